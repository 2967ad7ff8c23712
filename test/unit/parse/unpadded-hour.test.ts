/**
 * An hour before 10:00 written with one digit after a year-first date and a joiner the table's
 * layouts do not list (`2026-11-30T2:17:08`): Java's Formatter `%tk` in java.util.logging's
 * `SimpleFormatter.format` strings, .NET's and moment's `H`, and strftime's `%k` (which pads the
 * hour with a space: `T 2:17:08`). Read by the year-first class (`yearFirstShape`), with colons and
 * to the second only. The lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';
import { shapeIndex } from '../../../core/parse/timestamp-shapes.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });
const time = (line: string) => parse(line).timestamp;
const at = (iso: string) => Date.parse(iso);
const YEAR_FIRST = 'yyyy?MM?dd?HH:mm:ss (year first, any joiner)';

describe('a date and an unpadded hour before 10:00', () => {
  it('reads it after a `T` (`%1$tY-%1$tm-%1$tdT%1$tk:%1$tM:%1$tS`), with a fraction of 3, 6 or 9 digits or none', () => {
    expect(time('2026-11-30T2:17:08 INFO ready')).toBe(at('2026-11-30T02:17:08Z'));
    expect(time('2026-11-30T2:17:08.402 INFO ready')).toBe(at('2026-11-30T02:17:08.402Z'));
    expect(time('2026-11-30T2:17:08.402915 INFO ready')).toBe(at('2026-11-30T02:17:08.402Z'));
    expect(time('2026-11-30T0:05:12.402915000 INFO ready')).toBe(at('2026-11-30T00:05:12.402Z'));
  });

  it('reads it in brackets, the bracket cut from the message', () => {
    const line = parse('[2026-11-30T2:17:08.402915000] Skipping already applied migration 0001');
    expect([line.timestamp, line.message]).toEqual([
      at('2026-11-30T02:17:08.402Z'),
      'Skipping already applied migration 0001',
    ]);
  });

  it('reads its zone, and a slashed date before the `T`', () => {
    expect(time('2026-11-30T2:17:08Z INFO ready')).toBe(at('2026-11-30T02:17:08Z'));
    expect(time('2026-11-30T2:17:08.402+01:00 INFO ready')).toBe(at('2026-11-30T01:17:08.402Z'));
    expect(time('2026/11/30T2:17:08 INFO ready')).toBe(at('2026-11-30T02:17:08Z'));
  });

  it("reads the space strftime's `%k` pads the hour with after a `T`", () => {
    expect(time('2026-11-30T 2:17:08 INFO ready')).toBe(at('2026-11-30T02:17:08Z'));
  });

  it('reads it after a space, a slashed date or another joiner, as the table did before', () => {
    expect(time('2026-11-30 2:17:08.402 INFO ready')).toBe(at('2026-11-30T02:17:08.402Z'));
    expect(time('2026-11-30  2:17:08 INFO ready')).toBe(at('2026-11-30T02:17:08Z'));
    expect(time('[2026/11/30 2:17:08] INFO ready')).toBe(at('2026-11-30T02:17:08Z'));
    expect(time('2026-11-30_2:17:08 INFO ready')).toBe(at('2026-11-30T02:17:08Z'));
  });

  it('reads it as a JSON or logfmt value', () => {
    expect(time('{"time":"2026-11-30T2:17:08.402","level":"info","msg":"ready"}')).toBe(
      at('2026-11-30T02:17:08.402Z'),
    );
    expect(time('time=2026-11-30T2:17:08Z level=warn msg=slow')).toBe(at('2026-11-30T02:17:08Z'));
  });
});

describe('look-alikes of an unpadded hour the reading leaves alone', () => {
  it('reads no dotted time (a version), no time to the minute, no one-digit minute', () => {
    expect(time('2026-11-30T2.17.08 INFO x')).toBeUndefined();
    expect(time('2026-11-30T2:17 INFO x')).toBeUndefined();
    expect(time('2026-11-30T2:7:08 x')).toBeUndefined();
    expect(time('2026-11-30T2 files copied')).toBeUndefined();
  });

  it('reads none after a `T` and a date without separators: eight digits may be an id', () => {
    expect(time('20261130T2:17:08 x')).toBeUndefined();
    expect(time('20261130.2:17:08 x')).toBeUndefined();
  });

  it('reads no version, duration, address or ratio in prose', () => {
    expect(time('released 2.17.08 on 2026-11-30')).toBeUndefined();
    expect(time('took 2:17:08 at 2026-11-30')).toBeUndefined();
    expect(time('10.2.17.8 2026-11-30 connected')).toBeUndefined();
    expect(time('ratio 1:02:03 2026-11-30')).toBeUndefined();
  });
});

describe('a source writing the unpadded hour', () => {
  const late = (n: number) => `[2026-11-29T23:05:4${n}.612871000] Applied migration 000${n}.`;
  const early = (n: number) => `[2026-11-30T${n}:17:08.402915000] Skipping migration ${n}`;

  it('learns the year-first class when its sample holds both, and reads both with it', () => {
    const parser = compileParser({});
    parser.learn(
      'migrations',
      Array.from({ length: 8 }, (_, n) => (n % 2 === 1 ? late(n) : early(n))),
      receivedAt,
    );
    expect(parser.structureOf('migrations')?.shape).toBe(shapeIndex(YEAR_FIRST));
    expect(parser(early(3), receivedAt, 'migrations').timestamp).toBe(at('2026-11-30T03:17:08.402Z'));
    expect(parser(late(9), receivedAt, 'migrations').timestamp).toBe(at('2026-11-29T23:05:49.612Z'));
  });

  it('reads it per line where the sample held two-digit hours only', () => {
    const parser = compileParser({});
    parser.learn(
      'migrations',
      Array.from({ length: 8 }, (_, n) => late(n)),
      receivedAt,
    );
    const line = parser(early(2), receivedAt, 'migrations');
    expect([line.timestamp, line.message]).toEqual([at('2026-11-30T02:17:08.402Z'), 'Skipping migration 2']);
  });
});
