import { describe, expect, it } from 'vitest';
import { takeBlitiriHeader } from '../../../core/parse/formats/blitiri-log.ts';
import { compileParser, parseLine } from '../../../core/parse/index.ts';
import type { ParsedLine } from '../../../core/parse/types.ts';
import { charactersRead } from '../../support/characters-read.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });
const syslog = (text: string) => `Nov 30 06:10:02 edge-dns1 dnss[702]: ${text}`;

describe("blitiri.com.ar/go/log's level character and caller (dnss, chasquid)", () => {
  it('reads the level, the caller and the text after its 18-character field', () => {
    const line = parse(syslog('_ dnss.go:143        Monitoring HTTP server listening on 127.0.0.1:9981'));
    expect(line).toMatchObject({
      level: 'INFO',
      message: 'Monitoring HTTP server listening on 127.0.0.1:9981',
      parseFailed: false,
    });
    expect(line.fields).toMatchObject({ caller: 'dnss.go:143', pid: 702 });
  });

  it.each([
    ['☠ server.go:164      Error initializing: open /etc/dnss/doh-ca.pem', 'FATAL'],
    ['E queue.go:388       Queue: failed to deliver', 'ERROR'],
    ['_ server.go:131      resolver query error: timeout', 'INFO'],
    ['. resolver.go:77     cache miss', 'DEBUG'],
    // A caller cut to its last 18 characters (`filepath.Base` of a long name).
    ['_ rpc_server.go:1207 serving', 'INFO'],
  ])('%s is %s', (text, level) => {
    expect(parse(syslog(text)).level).toBe(level);
  });

  it('reads the same through a learned source and after its own time', () => {
    const lines = Array.from(
      { length: 8 },
      (_, k) => `2026-11-30 06:10:0${k}.114522 _ server.go:131      resolver query error: attempt ${k}`,
    );
    const parser = compileParser({});
    parser.learn('dnss', lines, receivedAt);
    for (const raw of lines)
      expect(parser(raw, receivedAt, 'dnss')).toMatchObject({
        level: 'INFO',
        fields: { caller: 'server.go:131' },
      });
  });

  it('reads no level from the characters without a Go caller filling its field', () => {
    for (const text of [
      '_ the underscore opens this text and nothing else',
      'E main.c:42           not a Go file',
      '_ main.go:12 text goes on right after one space',
      'E wing closed for cleaning until noon today',
      '. dnss.go:143       one space short of the field',
    ]) {
      const line = parse(syslog(text));
      expect(line.level).toBeUndefined();
      expect(line.message).toBe(text);
    }
  });

  it("reads no further than the caller's field on a long line that opens with a letter and a space (review79)", () => {
    for (const text of [
      `_ ${'a'.repeat(18)} ${'b'.repeat(40_000)}.go:1 x`,
      `E main.c:42           ${'b '.repeat(20_000)}`,
    ]) {
      const line = { message: text, fields: {} } as unknown as ParsedLine;
      expect(charactersRead(() => takeBlitiriHeader(line))).toBeLessThan(100);
      expect(line.level).toBeUndefined();
    }
  });
});
