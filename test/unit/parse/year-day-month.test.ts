/**
 * A year-first date with its day before its month (`yearDayMonthOpening`, `isYearDayMonthSample` in
 * `timestamp-shapes.ts`): a date pattern's `dd` and `MM` swapped, as log4j's or logback's
 * `%d{yyyy-dd-MM HH:mm:ss.SSS}` writes it. Per line only where ISO 8601 reads nothing (a middle
 * number of 13 to 31); learned from a sample that proves it, on every line of the source. The lines
 * are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.parse('2026-12-01T06:00:00Z');
const time = (line: string) => parseLine(line, { receivedAt }).timestamp;
const at = (iso: string) => Date.parse(iso);

/** Lines of `dates` in a log4j2 layout with pipes between its columns. */
const piped = (dates: readonly string[]) =>
  dates.map((d, n) => `${d} 06:0${n % 10}:11.407 | INFO  |   Starter | step ${n} done`);

describe('a year-first date written day before month', () => {
  it('reads a middle number of 13 to 31 as the day on one line alone', () => {
    expect(time('2026-29-11 06:02:11.407 | INFO  | Starter | Starting node')).toBe(
      at('2026-11-29T06:02:11.407Z'),
    );
    expect(time('2026-13-11 06:02:11 WARN pool low')).toBe(at('2026-11-13T06:02:11Z'));
  });

  it('reads a middle number of 12 or under year-month-day on one line alone', () => {
    expect(time('2026-11-05 06:02:11 INFO ready')).toBe(at('2026-11-05T06:02:11Z'));
  });

  it('reads no date where the last number is no month either, nor with ISO 8601’s T', () => {
    expect(time('2026-29-13 06:02:11 INFO ready')).not.toBe(at('2026-11-29T06:02:11Z'));
    expect(time('2026-29-13 06:02:11 INFO ready')).not.toBe(at('2027-01-29T06:02:11Z'));
    expect(time('2026-29-11T06:02:11Z INFO ready')).not.toBe(at('2026-11-29T06:02:11Z'));
  });

  it('reads every line of a source whose sample proves it day first, its days 1 to 12 too', () => {
    const read = learnedReader(
      piped(['2026-05-11', '2026-06-11', '2026-15-11', '2026-07-11']),
      receivedAt,
      'node',
    );
    expect(read('2026-05-11 06:02:11.407 | INFO  |   Starter | x')).toMatchObject({
      timestamp: at('2026-11-05T06:02:11.407Z'),
      level: 'INFO',
    });
    expect(read('2026-29-11 07:02:11.407 | WARN  |   Starter | y').timestamp).toBe(
      at('2026-11-29T07:02:11.407Z'),
    );
  });

  it('keeps year-month-day where the sample’s middle numbers are all 12 or under', () => {
    const read = learnedReader(piped(['2026-05-11', '2026-06-11', '2026-07-11']), receivedAt, 'node');
    expect(read('2026-05-11 06:02:11.407 | INFO  |   Starter | x').timestamp).toBe(
      at('2026-05-11T06:02:11.407Z'),
    );
  });

  it('keeps year-month-day where a sample line’s last number is over 12', () => {
    const read = learnedReader(piped(['2026-05-11', '2026-15-11', '2026-07-13']), receivedAt, 'node');
    expect(read('2026-05-11 06:02:11.407 | INFO  |   Starter | x').timestamp).toBe(
      at('2026-05-11T06:02:11.407Z'),
    );
  });

  it('keeps year-month-day where one odd line proves it beside an ISO sample’s days 1 to 12 (review58)', () => {
    const iso = ['2026-11-05', '2026-11-06', '2026-11-07', '2026-11-09'].map(
      (d) => `${d} 10:00:00 INFO step done`,
    );
    for (const odd of ['2026-29-11 10:06:00 INFO odd', 'build 2026-13-01 10:06:00 INFO odd']) {
      const read = learnedReader([...iso, odd], receivedAt, 'api');
      expect(read('2026-11-10 10:05:00 INFO x').timestamp).toBe(at('2026-11-10T10:05:00Z'));
    }
  });

  it('never swaps an ISO 8601 date with its T in a source that learned day first', () => {
    const read = learnedReader(piped(['2026-29-11', '2026-30-11']), receivedAt, 'node');
    expect(read('2026-05-11T06:02:11.407Z INFO x').timestamp).toBe(at('2026-05-11T06:02:11.407Z'));
  });
});
