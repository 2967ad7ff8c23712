/**
 * The year-last class (`yearLastShape` in `timestamp-shapes.ts`): a numeric date with its four-digit
 * year last, day first or month first, joined to its time by whatever separator a product chose, the
 * time's fields apart by `:`, `-` or `.`, or to the minute with `:`; learned only, from a source whose
 * lines open with it. And the `Z` joiner of strftime's `%Y-%m-%dZ%H:%M:%S` in the year-first class.
 * The lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.parse('2026-12-01T06:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });
const time = (line: string) => parse(line).timestamp;
const at = (iso: string) => Date.parse(iso);
const two = (n: number) => String(n).padStart(2, '0');

/** A parser that learned `lines` as source `source`, and the parse of `line` through it. */
const learned = (source: string, lines: readonly string[]) => learnedReader(lines, receivedAt, source);

/** Eight lines of `stamp(n)` then a message, one minute apart. */
const sample = (stamp: (n: number) => string, text = 'job step done') =>
  Array.from({ length: 8 }, (_, n) => `${stamp(n)} ${text} ${n}`);

describe('a day-first or month-first date, year last, joined to its time by any separator', () => {
  // PHP's `date('d.m.Y-H:i')`: a dotted day-first date, a dash, a time to the minute.
  const dotted = sample((n) => `29.11.2026-13:${two(n)} - WARNING -`, 'quota nearly full');
  // `%m.%d.%Y_%H-%M-%S` in brackets, as backup scripts name their archives.
  const filed = sample((n) => `[11.29.2026_02-${two(n)}-04]`);

  it('reads nothing from one line alone: a version, a range or a file name may look so', () => {
    expect(time(dotted[0] as string)).toBeUndefined();
    expect(time(filed[0] as string)).toBeUndefined();
    expect(time('29.11.2026-13:04 released')).toBeUndefined();
  });

  it('learns a dotted day-first date with a dash and a time to the minute', () => {
    const read = learned('panel', dotted);
    expect(read('29.11.2026-13:30 - ERROR - certificate could not be issued')).toMatchObject({
      timestamp: at('2026-11-29T13:30:00Z'),
      level: 'ERROR',
      message: 'certificate could not be issued',
    });
  });

  it('learns a month-first date with an underscore and a time of dashes, in brackets', () => {
    const read = learned('backup', filed);
    expect(
      read('[11.29.2026_02-42-03] Compressing /home/site into site-11.29.2026_02-28-00.tar.gz'),
    ).toMatchObject({
      timestamp: at('2026-11-29T02:42:03Z'),
      message: 'Compressing /home/site into site-11.29.2026_02-28-00.tar.gz',
    });
  });

  it('reads seconds, a fraction and an offset where the source writes them', () => {
    const read = learned(
      'app',
      sample((n) => `29-11-2026T13:${two(n)}:05.250+0100`),
    );
    expect(read('29-11-2026T13:40:05.250+0100 job step done').timestamp).toBe(at('2026-11-29T12:40:05.250Z'));
    const slashed = learned(
      'slashed',
      sample((n) => `11/29/2026 07:${two(n)}`),
    );
    expect(slashed('11/29/2026 07:45 job step done').timestamp).toBe(at('2026-11-29T07:45:00Z'));
  });

  it('settles the order as the table does: the default per separator, or what the source’s days prove', () => {
    // Every day 12 or under: dots read day first, slashes month first.
    const dots = learned(
      'dots',
      sample((n) => `05.11.2026_08-${two(n)}-00`),
    );
    expect(dots('05.11.2026_08-30-00 x').timestamp).toBe(at('2026-11-05T08:30:00Z'));
    const slashes = learned(
      'slashes',
      sample((n) => `11/05/2026-08:${two(n)}`),
    );
    expect(slashes('11/05/2026-08:30 x').timestamp).toBe(at('2026-11-05T08:30:00Z'));
    // Dots whose days over 12 prove month first: a later `11.05.2026` is 5 November too.
    const proven = learned(
      'proven',
      sample((n) => `11.${two(20 + n)}.2026_08-00-00`),
    );
    expect(proven('11.29.2026_09-00-00 x').timestamp).toBe(at('2026-11-29T09:00:00Z'));
    expect(proven('11.05.2026_09-00-00 x').timestamp).toBe(at('2026-11-05T09:00:00Z'));
  });
});

describe('look-alikes the year-last class leaves alone, learned or not', () => {
  it('reads no dotted time after a dotted date (a version), nor dashes to the minute', () => {
    expect(
      learned(
        'v',
        sample((n) => `29.11.2026.13.${two(n)}.01`),
      )('29.11.2026.13.30.01 x').timestamp,
    ).toBeUndefined();
    expect(
      learned(
        'r',
        sample((n) => `29.11.2026-13-${two(n)}`),
      )('29.11.2026-13-30 x').timestamp,
    ).toBeUndefined();
  });

  it('reads no one-digit field, address, size or counter, and no date the calendar refuses', () => {
    expect(
      learned(
        'ver',
        sample((n) => `1.2.2026-13:${two(n)}`),
      )('1.2.2026-13:30 x').timestamp,
    ).toBeUndefined();
    expect(
      learned(
        'ip',
        sample((n) => `10.20.30.40:${two(n)}`),
      )('10.20.30.40:30 x').timestamp,
    ).toBeUndefined();
    expect(
      learned(
        'n',
        sample((n) => `12-34-2026_12-${two(n)}-00`),
      )('12-34-2026_12-30-00 x').timestamp,
    ).toBeUndefined();
    const read = learned(
      'panel',
      sample((n) => `29.11.2026-13:${two(n)}`),
    );
    // A day the month lacks, an hour past 23: that line has no time.
    expect(read('31.11.2026-13:30 x').timestamp).toBeUndefined();
    expect(read('29.11.2026-25:30 x').timestamp).toBeUndefined();
  });

  it('learns nothing from a sample dated outside the time-range window', () => {
    const old = learned(
      'old',
      sample((n) => `29.11.2019-13:${two(n)}`),
    );
    expect(old('29.11.2019-13:30 x').timestamp).toBeUndefined();
  });

  it('leaves the table’s own readings as they were', () => {
    expect(time('29.11.2026 13:04:05 INFO x')).toBe(at('2026-11-29T13:04:05Z'));
    expect(time('11/29/2026-13:04:05 x')).toBe(at('2026-11-29T13:04:05Z'));
  });
});

describe('a year-first date joined to its time by a `Z`', () => {
  it('reads it per line, in UTC (the letter’s meaning), whatever the source’s zone', () => {
    expect(time('2026-11-30Z14:00:03       Initialising')).toBe(at('2026-11-30T14:00:03Z'));
    const berlin = parseLine('2026-11-30Z14:00:03 WARN  buffer underrun', {
      receivedAt,
      defaultZone: 'Europe/Berlin',
    });
    expect([berlin.timestamp, berlin.level, berlin.message]).toEqual([
      at('2026-11-30T14:00:03Z'),
      'WARN',
      'buffer underrun',
    ]);
  });

  it('takes a written offset over the letter, reads a fraction', () => {
    expect(time('2026-11-30Z14:00:03+01:00 x')).toBe(at('2026-11-30T13:00:03Z'));
    expect(time('2026-11-30Z14:00:03.250 x')).toBe(at('2026-11-30T14:00:03.250Z'));
  });

  it('reads no word, hour alone or date alone after the letter', () => {
    expect(time('2026-11-30Zulu 14:00:03 x')).toBeUndefined();
    expect(time('2026-11-30Z14 x')).toBeUndefined();
    expect(time('2026-11-30Z x')).toBeUndefined();
  });
});
