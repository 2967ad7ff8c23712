/**
 * TAI64N stamps, the daemontools family's log stamp (`multilog t`, runit's `svlogd -t`, s6-log's `t`;
 * `svlogd -tt` writes a UTC date instead): `@` and 24 lower-case hex digits opening the line, then the
 * text. qmail, djbdns, publicfile and other daemontools-run services log through them. The lines
 * are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });

describe('a TAI64N stamp opening the line', () => {
  it('reads the label as 2^62 + 10 + UTC seconds (libtai / tai64nlocal) and the nanoseconds, the text after it', () => {
    // 0x692e8c64 = 1764658276: 2025-12-02T06:51:06Z (1764658266) plus the 10 s of the convention.
    expect(parse('@40000000692e8c641dcd6500 status: local 0/10 remote 0/20')).toMatchObject({
      timestamp: Date.parse('2025-12-02T06:51:06.500Z'),
      message: 'status: local 0/10 remote 0/20',
    });
    expect(parse('@400000006b0d74410c0c1370 new msg 1603181')).toMatchObject({
      timestamp: Date.parse('2026-11-30T13:03:51.202Z'),
      message: 'new msg 1603181',
    });
  });

  it('serves a learned source, every line read in the shape it found', () => {
    const parser = compileParser({});
    const lines = [
      '@400000006b0d74410c0c1370 status: local 0/10 remote 0/20',
      '@400000006b0d745428fa8250 new msg 1603181',
      '@400000006b0d74581013ad48 starting delivery 4411: msg 1603181 to remote a@example.org',
    ];
    parser.learn('qmail', lines, receivedAt);
    expect(parser(lines[2] ?? '', receivedAt, 'qmail')).toMatchObject({
      timestamp: Date.parse('2026-11-30T13:04:14.269Z'),
      message: 'starting delivery 4411: msg 1603181 to remote a@example.org',
    });
  });

  it('reads no other text that opens with `@` and hex digits', () => {
    for (const line of [
      '@400000006b0d74410c0c137 status: 23 digits',
      '@400000006b0d74410c0c13700 status: 25 digits',
      '@400000006B0D74410C0C1370 upper-case hex',
      '@500000006b0d74410c0c1370 a hex id, not a TAI64 label of this era',
      '@4000000000000001deadbeef a label before 2000',
      '@400000006b0d74413b9aca00 nanoseconds past a second',
      '@400000006b0d74410c0c1370:tail glued',
      'ops@example.org mailed @400000006b0d74410c0c1370 later',
      '@alice hello there',
    ]) {
      expect(parse(line).timestamp, line).toBeUndefined();
    }
  });
});
