import { describe, expect, it } from 'vitest';
import { MAX_PARSED_LENGTH, parseLine } from '../../../core/parse/index.ts';

describe('parseLine never throws', () => {
  const garbage: unknown[] = [
    '',
    ' ',
    'null',
    'true',
    '42',
    '[]',
    '[1,2',
    '{',
    '{"a":',
    '{"a":1}}',
    '"just a string"',
    '\u0000\u0001\u0002\ufffd\ufffe',
    '\uD800 lone surrogate',
    '<',
    '<999999>',
    '<1>',
    '<13>1',
    '<13>1 ',
    '<13>1 2025-10-23T14:32:15Z',
    '<13>1 - h a p m [unterminated',
    '<13>1 - h a p m [x k="v',
    '[',
    '[Sun',
    '[Sun Dec 04 04:47:44 2005',
    '[Sun Dec 04 04:47:44 2005] [',
    '2025-',
    '2025-10-23T',
    '2025-10-23 14:32:15,',
    '2025-10-23 14:32:15 - ',
    '2025-10-23 14:32:15 INFO [unclosed',
    '081109 203615 148',
    'Jun',
    'Jun 14 15:16:01',
    'Jun 14 15:16:01 host tag[',
    'a=',
    '=a',
    'a="',
    '1.2.3.4 - - [',
    '1.2.3.4 - - [10/Oct/2000:13:55:36 -0700] "',
    'WARNING:',
    'WARNING:root',
    'x'.repeat(100_000),
    `{"a":"${'x'.repeat(100_000)}"}`,
    `${'['.repeat(50_000)}`,
    `2025-10-23 14:32:15 INFO ${'['.repeat(50_000)}`,
    `a=${'"'.repeat(10_000)}`,
    `${'{"a":'.repeat(10_000)}`,
    'y'.repeat(MAX_PARSED_LENGTH + 1),
    '2025-10-23T14:32:15.123456789Z stdout F '.repeat(6000),
    `garbage\r\n`,
    null,
    undefined,
    42,
    {},
  ];

  it.each(garbage.map((g) => [g]))('%#', (raw) => {
    const line = parseLine(raw as string, { receivedAt: Date.UTC(2025, 11, 1) });
    expect(typeof line.format).toBe('string');
    expect(typeof line.message).toBe('string');
    expect(typeof line.parseFailed).toBe('boolean');
    expect(line.fields).toBeTypeOf('object');
    if (line.parseFailed) expect(line.format).toBe('plain');
  });

  it('never throws on random bytes', () => {
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed;
    };
    const prefixes = [
      '',
      '{',
      '<13>',
      '<13>1 ',
      '[',
      '2025-10-23 14:32:15 ',
      'Jun 14 15:16:01 ',
      '1.2.3.4 - - [',
      'a=',
    ];
    for (let i = 0; i < 3000; i++) {
      const chars = Array.from({ length: next() % 80 }, () => String.fromCharCode(next() % 128));
      const raw = (prefixes[i % prefixes.length] ?? '') + chars.join('');
      expect(() => parseLine(raw)).not.toThrow();
    }
  });

  it('survives broken options', () => {
    const syslog = 'Jun 14 15:16:01 combo sshd[1]: m';
    expect(parseLine(syslog, null as never).format).toBe('syslog3164');
    expect(parseLine(syslog, { receivedAt: Number.NaN }).format).toBe('syslog3164');
    expect(parseLine(syslog, { defaultZone: 42 as never }).format).toBe('syslog3164');
    expect(parseLine(syslog, { custom: {} as never })).toMatchObject({
      format: 'syslog3164',
      parseError: 'custom pattern not compiled; detected',
    });
  });

  it('keeps an unrecognised line whole, flagged', () => {
    expect(parseLine('something happened')).toEqual({
      format: 'plain',
      message: 'something happened',
      fields: {},
      parseFailed: true,
      parseError: 'no known format',
    });
  });

  it('does not parse lines longer than MAX_PARSED_LENGTH but keeps them', () => {
    const raw = `{"msg":"${'x'.repeat(MAX_PARSED_LENGTH)}"}`;
    expect(parseLine(raw)).toMatchObject({ format: 'plain', message: raw, parseFailed: true });
  });

  it('detects past leading white space and a byte-order mark, but keeps a plain line as written', () => {
    expect(parseLine('  {"msg":"m"}').format).toBe('json');
    expect(parseLine('\ufeff{"msg":"m"}').format).toBe('json');
    expect(parseLine('\tat com.example.Foo.bar(Foo.java:42)').message).toBe(
      '\tat com.example.Foo.bar(Foo.java:42)',
    );
  });

  it('drops a trailing line terminator', () => {
    expect(parseLine('WARNING:root:m\r\n').message).toBe('m');
    expect(parseLine('plain text\n').message).toBe('plain text');
  });

  it('falls back to UTC for an unknown default zone and says so', () => {
    expect(parseLine('2025-10-23 14:32:15 INFO m', { defaultZone: 'Nowhere/Land' })).toMatchObject({
      timestamp: Date.UTC(2025, 9, 23, 14, 32, 15),
      parseError: 'unknown time zone Nowhere/Land; used UTC',
    });
  });
});

describe('forced formats', () => {
  it('parses with the forced format', () => {
    expect(parseLine('ts=2025-10-23T14:32:15Z level=info msg=m', { format: 'logfmt' }).format).toBe('logfmt');
    expect(
      parseLine('Jun 14 15:16:01 h t: m', { format: 'syslog3164', receivedAt: Date.UTC(2025, 11, 1) })
        .service,
    ).toBe('t');
  });

  it('flags a line that does not match the forced format instead of guessing', () => {
    expect(parseLine('{"msg":"m"}', { format: 'syslog5424' })).toEqual({
      format: 'plain',
      message: '{"msg":"m"}',
      fields: {},
      parseFailed: true,
      parseError: 'does not match format syslog5424',
    });
  });

  it('detects, and says so, when the configured format is unknown', () => {
    expect(parseLine('{"msg":"m"}', { format: 'yaml' as never })).toMatchObject({
      format: 'json',
      parseFailed: false,
      parseError: 'unknown format yaml; detected',
    });
  });

  it('accepts either access layout when one is forced', () => {
    expect(
      parseLine('1.2.3.4 - - [10/Oct/2000:13:55:36 -0700] "GET / HTTP/1.0" 200 1', {
        format: 'access_combined',
      }).format,
    ).toBe('access_common');
  });
});
