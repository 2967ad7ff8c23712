/**
 * A time of day written right after a compact date no shape reads is never dated from the line's
 * arrival (`undatedBesideDate` in `timestamp-shapes.ts`): that would put it a day or more off without
 * a sign. And the year-last class's compact date (`ddMMyyyy` / `MMddyyyy` before a time, log4j's
 * `%d{ddMMyyyy HH:mm:ss,SSS}`), learned per source like the class's separated dates, its order of
 * day and month settled by the source's own dates. The lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const time = (line: string) => parseLine(line, { receivedAt }).timestamp;
const at = (iso: string) => Date.parse(iso);
const two = (n: number) => String(n).padStart(2, '0');
const learned = (source: string, lines: readonly string[]) => learnedReader(lines, receivedAt, source);

/** Eight lines of `stamp(n)` then a level and a message, one second apart. */
const sample = (stamp: (n: number) => string) =>
  Array.from({ length: 8 }, (_, n) => `${stamp(n)} INFO  [main] [ContextLoader] step ${n} done`);

describe('no arrival date for a time of day beside an unread compact date', () => {
  it('gives a line no time rather than the arrival day’s, per line and learned', () => {
    expect(time('29112026 09:30:02,118 INFO [main] started')).toBeUndefined();
    expect(time('[REPORT] 112926 09:30:02 INFO started')).toBeUndefined();
    const lines = sample((n) => `[REPORT] 29112019 09:30:${two(n)},118`);
    // Outside the time-range window the date is not learned; the time alone is not taken instead.
    expect(learned('old', lines)('[REPORT] 29112019 09:31:00,118 INFO x').timestamp).toBeUndefined();
  });

  it('still dates a time of day from the arrival beside other numbers: a pid, a count, an id', () => {
    expect(time('12345678 09:30:02 INFO started')).toBe(at('2026-11-30T09:30:02Z'));
    expect(time('09:30:02 INFO started 29112026')).toBe(at('2026-11-30T09:30:02Z'));
    expect(time('4711 09:30:02 INFO started')).toBe(at('2026-11-30T09:30:02Z'));
    expect(time('build29112026 09:30:02 INFO started')).toBe(at('2026-11-30T09:30:02Z'));
    // A run glued to a word or a mark is an id, even where its digits read as a date.
    expect(time('build-101112 09:30:02 INFO done')).toBe(at('2026-11-30T09:30:02Z'));
    expect(time('job_120612 09:30:02 INFO done')).toBe(at('2026-11-30T09:30:02Z'));
    expect(time('#120612 09:30:02 INFO done')).toBe(at('2026-11-30T09:30:02Z'));
  });
});

describe('the compact year-last date, learned per source', () => {
  it('reads a day-first date after a constant lead, with its comma fraction', () => {
    const read = learned(
      'report',
      sample((n) => `[REPORT] 29112026 09:30:${two(n)},118`),
    );
    expect(
      read('[REPORT] 29112026 09:31:05,017 DEBUG [exec-2] [EventResource] fetched 250 events'),
    ).toMatchObject({
      timestamp: at('2026-11-29T09:31:05.017Z'),
      level: 'DEBUG',
    });
  });

  it('settles the order by the source’s dates: a first pair over 12 is a day, a second one a month’s day', () => {
    const monthFirst = learned(
      'us',
      sample((n) => `11${two(20 + n)}2026 08:00:00`),
    );
    expect(monthFirst('11292026 09:00:00 INFO x').timestamp).toBe(at('2026-11-29T09:00:00Z'));
    expect(monthFirst('11052026 09:00:00 INFO x').timestamp).toBe(at('2026-11-05T09:00:00Z'));
    // Every day 12 or under: day first, as the class reads dashes and dots.
    const unproven = learned(
      'eu',
      sample((n) => `05112026 08:00:${two(n)}`),
    );
    expect(unproven('05112026 09:00:00 INFO x').timestamp).toBe(at('2026-11-05T09:00:00Z'));
  });

  it('reads nothing from one line alone, nor an id, nor a date the calendar refuses', () => {
    expect(time('29112026 09:30:02 job done')).toBeUndefined();
    const ids = learned(
      'ids',
      sample((n) => `12345678 09:30:${two(n)}`),
    );
    expect(ids('12345678 09:31:00 INFO x').timestamp).toBe(at('2026-11-30T09:31:00Z'));
    const read = learned(
      'report',
      sample((n) => `29112026 09:30:${two(n)}`),
    );
    // 31 November is no date: its eight digits are a number like an id's, beside a time of day.
    expect(read('31112026 09:30:00 INFO x').timestamp).toBe(at('2026-11-30T09:30:00Z'));
  });

  it('leaves the year-first compact date as it reads', () => {
    expect(time('20261129 09:30:02 INFO started')).toBe(at('2026-11-29T09:30:02Z'));
    const read = learned(
      'ymd',
      sample((n) => `[REPORT] 20261129 09:30:${two(n)},118`),
    );
    expect(read('[REPORT] 20261129 09:31:00,118 INFO x').timestamp).toBe(at('2026-11-29T09:31:00.118Z'));
  });
});
