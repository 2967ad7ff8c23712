/**
 * r63's timestamp classes, on the misses of `format-docs-dev125` to `dev127`: the lines are invented,
 * not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });
const time = (line: string) => parse(line).timestamp;
const at = (iso: string) => Date.parse(iso);

describe('a compact date, a space and a compact time: `yyyyMMdd HHmmss[.SSS]`', () => {
  it("reads logback's `%d{yyyyMMdd HHmmss.SSS}` opening a line, then the header after it", () => {
    const line = parse('20261129 071502.334 [main] INFO  c.e.app.Boot - Listening on port 8080');
    expect(line.timestamp).toBe(at('2026-11-29T07:15:02.334Z'));
    expect(line.level).toBe('INFO');
    expect(line.message).toBe('Listening on port 8080');
    expect(time('20261129 071502,334 WARN disk at 91%')).toBe(at('2026-11-29T07:15:02.334Z'));
    expect(time('20261129 081204 [CREATE_POLL] id:k3Xv, title: dinner')).toBe(at('2026-11-29T08:12:04Z'));
  });

  it('reads it in a learned source as per line', () => {
    const parser = compileParser({});
    const lines = [
      '20261129 071502.334 [main] INFO  a.B - one',
      '20261129 071503.010 [main] WARN  a.B - two',
    ];
    parser.learn('s', lines, receivedAt);
    const line = parser('20261129 071504.500 [io-2] ERROR a.B - three', receivedAt, 's');
    expect(line.timestamp).toBe(at('2026-11-29T07:15:04.500Z'));
    expect(line.level).toBe('ERROR');
  });

  it('reads no time where either number fails the calendar, or the year is no plausible one', () => {
    expect(time('20261399 071502 bad month')).toBeUndefined();
    expect(time('20261131 071502 no 31 November')).toBeUndefined();
    expect(time('20261129 241502 bad hour')).toBeUndefined();
    expect(time('20261129 076002 bad minute')).toBeUndefined();
    expect(time('11111111 111111 id pair')).toBeUndefined();
    expect(time('12345678 123456 counters')).toBeUndefined();
  });

  it('reads no time inside prose, glued to more digits or a letter, or alone on its line', () => {
    expect(time('copied 20261130 123456 bytes')).toBeUndefined();
    expect(time('order 20261130 123456 shipped')).toBeUndefined();
    expect(time('20261130 1234567 rows')).toBeUndefined();
    expect(time('20261130 123456abc')).toBeUndefined();
    expect(time('20261130 123456')).toBeUndefined();
  });
});

describe('a compact date joined to its time by the word of UTC: `yyyyMMdd_UTC_HH:mm:ss`', () => {
  const warsaw = (line: string) => parseLine(line, { receivedAt, defaultZone: 'Europe/Warsaw' }).timestamp;

  it("reads the year-first class's date and time with `_UTC_` or `_GMT_` between them as UTC", () => {
    const line = parse('20261129_UTC_21:40:11 seedlink: Read command file <seedlink.d>');
    expect(line.timestamp).toBe(at('2026-11-29T21:40:11Z'));
    expect(line.message).toBe('seedlink: Read command file <seedlink.d>');
    expect(warsaw('20261129_UTC_21:40:11 text')).toBe(at('2026-11-29T21:40:11Z'));
    expect(warsaw('20261129_GMT_21:40:11 text')).toBe(at('2026-11-29T21:40:11Z'));
    expect(warsaw('2026-11-29_UTC_21:40:11 text')).toBe(at('2026-11-29T21:40:11Z'));
    // Without the word, the wall time is the source's zone's, as before.
    expect(warsaw('20261129_21:40:11 text')).toBe(at('2026-11-29T20:40:11Z'));
  });

  it('reads no other zone word as UTC, nor the word without a date and a time to the second', () => {
    expect(time('20261129_CET_21:40:11 text')).toBeUndefined();
    expect(time('20261129_KST_21:40:11 text')).toBeUndefined();
    expect(time('20261129_utc_21:40:11 text')).toBeUndefined();
    expect(time('20261129_UTC_2140 text')).toBeUndefined();
    expect(time('job_UTC_21:40:11 text')).toBeUndefined();
    expect(time('20261399_UTC_21:40:11 bad month')).toBeUndefined();
    expect(time('20261129_UTC_25:40:11 bad hour')).toBeUndefined();
  });
});

describe('a duration opening the line: `H:mm:ss` before `elapsed`, `cpu time` or `wall time`', () => {
  it('reads no time of day from a duration and keeps the whole line as the message', () => {
    const line = parse('0:17:33 elapsed time, 1:32:18 cpu time, factor 5.26');
    expect(line.timestamp).toBeUndefined();
    expect(line.message).toBe('0:17:33 elapsed time, 1:32:18 cpu time, factor 5.26');
    expect(time('00:03:15 elapsed')).toBeUndefined();
    expect(time('0:01:02 cpu time')).toBeUndefined();
    expect(time('0:00:41 wall time')).toBeUndefined();
    const parser = compileParser({});
    parser.learn(
      'build',
      ['Running HOL ...', 'Finished HOL (0:03:39 elapsed time)', 'Building Pure ...'],
      receivedAt,
    );
    expect(parser('0:17:33 elapsed time, factor 5.26', receivedAt, 'build').timestamp).toBeUndefined();
  });

  it('keeps a time of day before a capitalised label, a program, a longer word or a level', () => {
    expect(time('10:00:01 Elapsed: 3s')).toBe(at('2026-12-01T10:00:01Z'));
    expect(time('10:00:01 elapsed: 3s')).toBe(at('2026-12-01T10:00:01Z'));
    expect(time('10:00:01 wall: Broadcast message from root')).toBe(at('2026-12-01T10:00:01Z'));
    expect(time('10:00:01 elapsedTimer fired')).toBe(at('2026-12-01T10:00:01Z'));
    expect(time('10:00:01 INFO elapsed 3s')).toBe(at('2026-12-01T10:00:01Z'));
    expect(time('2026-11-30 10:00:01 elapsed time 3s')).toBe(at('2026-11-30T10:00:01Z'));
  });
});
