import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';

const parse = (raw: string) => parseLine(raw, { receivedAt: Date.UTC(2025, 11, 1) });

describe('access logs', () => {
  it('reads the combined format', () => {
    expect(
      parse(
        '127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif?a=1 HTTP/1.0" 200 2326 "http://www.example.com/start.html" "Mozilla/4.08 [en] (Win98; I ;Nav)"',
      ),
    ).toEqual({
      format: 'access_combined',
      timestamp: Date.UTC(2000, 9, 10, 20, 55, 36),
      timestampText: '10/Oct/2000:13:55:36 -0700',
      level: 'INFO',
      message: 'GET /apache_pb.gif?a=1 HTTP/1.0',
      fields: {
        client: '127.0.0.1',
        user: 'frank',
        method: 'GET',
        path: '/apache_pb.gif?a=1',
        protocol: 'HTTP/1.0',
        status: 200,
        bytes: 2326,
        referrer: 'http://www.example.com/start.html',
        userAgent: 'Mozilla/4.08 [en] (Win98; I ;Nav)',
      },
      parseFailed: false,
    });
  });

  it('reads the common format with "-" bytes', () => {
    expect(parse('::1 - - [23/Oct/2025:14:32:15 +0000] "POST /api HTTP/1.1" 404 -')).toMatchObject({
      format: 'access_common',
      level: 'WARN',
      fields: { client: '::1', method: 'POST', path: '/api', status: 404, bytes: 0 },
    });
  });

  it.each([
    [200, 'INFO'],
    [301, 'INFO'],
    [404, 'WARN'],
    [499, 'WARN'],
    [500, 'ERROR'],
    [503, 'ERROR'],
  ])('status %i is %s', (status, level) => {
    expect(
      parse(`10.0.0.1 - - [23/Oct/2025:14:32:15 +0000] "GET / HTTP/1.1" ${status} 1 "-" "curl/8"`).level,
    ).toBe(level);
  });

  it('reads nginx lines with escaped quotes, a host name client and trailing extras', () => {
    const line = parse(
      'example.com - - [23/Oct/2025:14:32:15 +0200] "GET /\\"x\\" HTTP/1.1" 200 5 "-" "a \\"quoted\\" agent" 0.003 upstream=1',
    );
    expect(line).toMatchObject({
      format: 'access_combined',
      timestamp: Date.UTC(2025, 9, 23, 12, 32, 15),
      fields: {
        client: 'example.com',
        path: '/"x"',
        userAgent: 'a "quoted" agent',
        extra: '0.003 upstream=1',
      },
    });
    expect(line.fields.referrer).toBeUndefined();
  });

  it("reads Apache's vhost_combined", () => {
    expect(
      parse(
        'shop.example.com:443 10.1.2.3 - - [23/Oct/2025:14:32:15 +0000] "GET /cart HTTP/2.0" 302 0 "-" "curl/8"',
      ).fields,
    ).toEqual({
      vhost: 'shop.example.com:443',
      client: '10.1.2.3',
      method: 'GET',
      path: '/cart',
      protocol: 'HTTP/2.0',
      status: 302,
      bytes: 0,
      userAgent: 'curl/8',
    });
  });

  it('keeps a malformed request line whole', () => {
    expect(parse('1.2.3.4 - - [23/Oct/2025:14:32:15 +0000] "\\x16\\x03\\x01" 400 0 "-" "-"')).toMatchObject({
      format: 'access_combined',
      level: 'WARN',
      message: '\x16\x03\x01',
    });
  });

  it('keeps the event when the time is malformed', () => {
    const line = parse('1.2.3.4 - - [yesterday] "GET / HTTP/1.1" 200 1');
    expect(line).toMatchObject({ format: 'access_common', parseError: 'unparseable timestamp: yesterday' });
    expect(line.timestamp).toBeUndefined();
  });
});

// Class: custom nginx/Apache log formats that put more fields before `[$time_local]` than the
// access readers know (a cache identifier, a vhost, an upstream, a request id: lancache's
// `[$cacheidentifier] $remote_addr / $http_x_forwarded_for - $remote_user [$time_local] "$request" …`).
// Learned per source: the bracketed time after the same number of leading words on 80 % of the
// sample (>= 8 lines), a quoted request after it, no quote, `=`, level word or sentence before it.
describe('an access-log time after more leading words, learned per source', () => {
  const receivedAt = Date.UTC(2026, 11, 1);
  const caches = ['wsus', 'steam', 'epicgames', 'blizzard'];
  const lancache = Array.from(
    { length: 12 },
    (_, i) =>
      `[${caches[i % 4]}] 192.168.2.${40 + i} / - - - [30/Nov/2026:19:30:${String(10 + i)} +0100] "GET /depot/${i}/chunk HTTP/1.1" 200 ${4000 + i} "-" "Valve/Steam HTTP Client 1.0" "HIT" "cache.example.net" "-"`,
  );
  const learned = (lines: readonly string[]) => {
    const parser = compileParser({});
    parser.learn('s', lines, receivedAt);
    return (line: string) => parser(line, receivedAt, 's');
  };

  // The message is the request line, as access_combined's; which leading word is the client is the
  // format's own, so the leading words are kept as written, not named.
  it('reads the time, the request line as the message, and keeps the leading words and the rest', () => {
    const line = learned(lancache)(lancache[0] as string);
    expect(line.timestamp).toBe(Date.parse('2026-11-30T18:30:10Z'));
    expect(line.timestampText).toBe('30/Nov/2026:19:30:10 +0100');
    expect(line.message).toBe('GET /depot/0/chunk HTTP/1.1');
    expect(line.fields.header_columns).toBe('[wsus] 192.168.2.40 / - - -');
    expect(line.fields.extra).toBe('"-" "Valve/Steam HTTP Client 1.0" "HIT" "cache.example.net" "-"');
    expect(line.fields.client).toBeUndefined();
    expect(line.parseFailed).toBe(false);
  });

  it('keeps the line whole as its message where no request, status and size follow the time', () => {
    const read = learned(lancache);
    const timed = (lancache[0] as string).replace('" 200 4000 ', '" 0.125 200 ');
    const line = read(timed);
    expect(line.timestamp).toBe(Date.parse('2026-11-30T18:30:10Z'));
    expect(line.message).toBe(timed);
    expect(line.fields.header_columns).toBeUndefined();
    expect(line.fields.extra).toBeUndefined();
  });

  // The request, status and size follow the time as CLF writes them (`"%r" %>s %b`), read as the
  // access readers read them: a 5xx is an error, a 4xx a warning, as in access_combined.
  it('reads the request, status and size after the time, and the level of the status', () => {
    const read = learned(lancache);
    const line = read(lancache[0] as string);
    expect(line.format).toBe('access_custom');
    expect(line.fields).toEqual({
      method: 'GET',
      path: '/depot/0/chunk',
      protocol: 'HTTP/1.1',
      status: 200,
      bytes: 4000,
      header_columns: '[wsus] 192.168.2.40 / - - -',
      extra: '"-" "Valve/Steam HTTP Client 1.0" "HIT" "cache.example.net" "-"',
    });
    expect(line.level).toBe('INFO');
    const failed = (lancache[1] as string).replace('" 200 4001 ', '" 502 0 ');
    expect(read(failed).level).toBe('ERROR');
    expect(read(failed).fields.status).toBe(502);
    const missing = (lancache[2] as string).replace('" 200 4002 ', '" 404 - ');
    expect(read(missing).level).toBe('WARN');
    expect(read(missing).fields.bytes).toBe(0);
    const quoted = (lancache[3] as string).replace(
      '"GET /depot/3/chunk HTTP/1.1"',
      String.raw`"GET /a\"b HTTP/1.1"`,
    );
    expect(read(quoted).fields.path).toBe('/a"b');
    expect(read(quoted).message).toBe('GET /a"b HTTP/1.1');
    const ended = (lancache[4] as string).replace(/" 200 4004 .*$/, '" 200 4004');
    expect(read(ended).message).toBe('GET /depot/4/chunk HTTP/1.1');
    expect(read(ended).fields.extra).toBeUndefined();
  });

  it('reads no fields and no level where a number of another kind follows the request', () => {
    const read = learned(lancache);
    const timed = (lancache[0] as string).replace('" 200 4000 ', '" 0.125 200 ');
    const line = read(timed);
    expect(line.timestamp).toBe(Date.parse('2026-11-30T18:30:10Z'));
    expect(line.fields).toEqual({});
    expect(line.level).toBeUndefined();
    const glued = (lancache[0] as string).replace('" 200 4000 ', '" 2001 4000 ');
    expect(read(glued).level).toBeUndefined();
  });

  it('reads a later line of the source, and leaves one of another layout', () => {
    const read = learned(lancache);
    const later =
      '[steam] 10.0.0.7 / - - - [30/Nov/2026:19:45:00 +0100] "GET /depot/9 HTTP/1.1" 206 1 "-" "x" "MISS" "h" "bytes=0-1"';
    expect(read(later).timestamp).toBe(Date.parse('2026-11-30T18:45:00Z'));
    const other = '[steam] 10.0.0.7 / - - - - - [30/Nov/2026:19:45:00 +0100] "GET /x HTTP/1.1" 200 1';
    expect(read(other).timestamp).toBeUndefined();
  });

  it('learns from a sample with blank lines, which count for nothing', () => {
    const blanks = [...lancache.slice(0, 6), '', '', '', ...lancache.slice(6, 10)];
    expect(learned(blanks)(lancache[0] as string).timestamp).toBe(Date.parse('2026-11-30T18:30:10Z'));
  });

  it('leaves a sample that shows it on few lines, one line alone, and a short sample', () => {
    const mixed = lancache.map((l, i) => (i < 6 ? l : `cache warmup step ${i} done`));
    expect(learned(mixed)(lancache[0] as string).timestamp).toBeUndefined();
    expect(parseLine(lancache[0] as string, { receivedAt }).timestamp).toBeUndefined();
    expect(learned(lancache.slice(0, 6))(lancache[0] as string).timestamp).toBeUndefined();
  });

  // Six words or more before the bracket: fewer, the header finder reads the time in its field.
  it.each([
    [
      'a bracket after a sentence',
      (i: number) =>
        `Replayed the request of client 10.0.0.${i} at [30/Nov/2026:19:30:${10 + i} +0100] "GET / HTTP/1.1" 200 5`,
    ],
    [
      'a date in a quoted value',
      (i: number) =>
        `[job] 10.0.0.${i} / - - "started [30/Nov/2026:19:30:${10 + i} +0100]" "GET / HTTP/1.1" 200 5`,
    ],
    [
      'a date after a key',
      (i: number) => `[job] 10.0.0.${i} / - - at= [30/Nov/2026:19:30:${10 + i} +0100] "GET / HTTP/1.1" 200 5`,
    ],
    [
      'a date after a level word',
      (i: number) =>
        `[job] 10.0.0.${i} / - - ERROR [30/Nov/2026:19:30:${10 + i} +0100] "GET / HTTP/1.1" 200 5`,
    ],
    [
      'a date inside prose, no request after it',
      (i: number) => `[job] 10.0.0.${i} / - - - [30/Nov/2026:19:30:${10 + i} +0100] and ran`,
    ],
  ])('leaves %s', (_, make) => {
    const lines = Array.from({ length: 12 }, (_, i) => make(i));
    expect(learned(lines)(lines[0] as string).timestamp).toBeUndefined();
  });
});
