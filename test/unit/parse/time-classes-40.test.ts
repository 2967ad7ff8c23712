/**
 * Timestamp classes of ts40, each a shape several products write (the lines are invented, not taken
 * from any corpus): Python's `%(asctime)s.%(msecs)03d` without a `datefmt`, whose milliseconds are
 * written twice (`07,350.350`); the minute and second written again after the seconds by
 * `HH:mm:ss:ms` (winston's timestamp through fecha, `05:14:24:1424`), learned per source; a date
 * glued after a level and a colon (Python's `[%(levelname)s:%(asctime)s]`) or another label, never
 * left for a time of day dated from the day the line was received.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-01T06:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });
const time = (line: string) => parse(line).timestamp;
const at = (iso: string) => Date.parse(iso);

describe("Python's asctime with `.%(msecs)03d` appended and no datefmt: `,350.350`", () => {
  it('reads the time, the level, the logger and the message after the doubled milliseconds', () => {
    const line = parse('2026-11-30 10:12:00,402.402 INFO worker.processing - Verified the queue URL');
    expect([line.timestamp, line.level, line.logger, line.message]).toEqual([
      at('2026-11-30T10:12:00.402Z'),
      'INFO',
      'worker.processing',
      'Verified the queue URL',
    ]);
  });

  it('reads it before a bracketed thread and a source location', () => {
    const line = parse('2026-11-30 01:14:07,005.005 WARNING [MainThread] [app.py:38] - Loaded ext (0.12 ms)');
    expect([line.timestamp, line.level, line.message]).toEqual([
      at('2026-11-30T01:14:07.005Z'),
      'WARN',
      'Loaded ext (0.12 ms)',
    ]);
  });

  it('reads it as a JSON value', () => {
    expect(time('{"time":"2026-11-30 01:14:07,350.350","level":"INFO","message":"ready"}')).toBe(
      at('2026-11-30T01:14:07.350Z'),
    );
  });
});

describe('look-alikes of doubled milliseconds the reading leaves as they were', () => {
  const unchanged = [
    // Other digits after the dot: not the same milliseconds again.
    '2026-11-30 10:12:00,402.403 INFO worker - text',
    '2026-11-30 10:12:00,402.40 INFO worker - text',
    '2026-11-30 10:12:00,402.4021 INFO worker - text',
    // A number of the text after the time.
    '2026-11-30 10:12:00,402.5 GB free',
    // A dot fraction followed by a comma and the same digits (`,402,402` reads since r48: Python's
    // `%(asctime)s,%(msecs)d` with no datefmt, loose-ends-48).
    '2026-11-30 10:12:00.402,402 INFO worker - text',
    // Decimals in prose.
    'Measured 1,350.350 litres at the tank',
    'The total was 7,350.350 and not 7,350.351',
  ];
  it.each(unchanged)('reads %s as before: no time', (line) => {
    expect(time(line)).toBeUndefined();
  });

  it('reads a single comma fraction as before', () => {
    expect(time('2026-11-30 10:12:00,402 INFO worker - text')).toBe(at('2026-11-30T10:12:00.402Z'));
    expect(time('2026-11-30 10:12:00.402 INFO worker - text')).toBe(at('2026-11-30T10:12:00.402Z'));
  });
});

/** `count` lines of one source, a few seconds apart from 05:00:03, each line's clock written by `clock`. */
function clockLines(count: number, clock: (h: string, m: number, s: number, i: number) => string): string[] {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const t = 3 + i * 67;
    const [m, s] = [Math.floor(t / 60), t % 60];
    lines.push(`2026-11-30 ${clock('05', m, s, i)} [info]: JOB ID: ${5140 + i} done`);
  }
  return lines;
}
const pad = (n: number) => String(n).padStart(2, '0');
/** fecha's `HH:mm:ss:ms`: the minute and second again, unpadded. */
const fecha = (h: string, m: number, s: number) => `${h}:${pad(m)}:${pad(s)}:${m}${s}`;
/** `HH:mm:ss:SSS`: real milliseconds after a colon. */
const millis = (h: string, m: number, s: number, i: number) =>
  `${h}:${pad(m)}:${pad(s)}:${pad(100 + ((i * 379) % 900))}`;

function learnedTimes(sample: readonly string[], lines: readonly string[] = sample): (string | undefined)[] {
  const parser = compileParser({});
  parser.learn('src', sample, receivedAt);
  return lines.map((line) => {
    const t = parser(line, receivedAt, 'src').timestamp;
    return t === undefined ? undefined : new Date(t).toISOString();
  });
}

describe("the minute and second written again after the seconds (`HH:mm:ss:ms`, fecha's `m` and `s`)", () => {
  it('reads a source whose every sampled line writes them as a time to the second', () => {
    const sample = clockLines(20, fecha);
    expect(sample.slice(0, 3)).toEqual([
      '2026-11-30 05:00:03:03 [info]: JOB ID: 5140 done',
      '2026-11-30 05:01:10:110 [info]: JOB ID: 5141 done',
      '2026-11-30 05:02:17:217 [info]: JOB ID: 5142 done',
    ]);
    const times = learnedTimes(sample, [
      ...sample.slice(0, 3),
      '2026-11-30 05:14:24:1424 [info]: JOB ID: 5145 done',
      '2026-11-30 05:07:04:74 [error]: JOB ID: 5146 failed',
    ]);
    expect(times).toEqual([
      '2026-11-30T05:00:03.000Z',
      '2026-11-30T05:01:10.000Z',
      '2026-11-30T05:02:17.000Z',
      '2026-11-30T05:14:24.000Z',
      '2026-11-30T05:07:04.000Z',
    ]);
  });

  it("keeps a later line's colon milliseconds that are not its minute and second", () => {
    const [time] = learnedTimes(clockLines(20, fecha), ['2026-11-30 05:14:24:123 [info]: JOB ID: 1 done']);
    expect(time).toBe('2026-11-30T05:14:24.123Z');
  });
});

describe('look-alikes of the minute and second written again, read as before', () => {
  it("keeps a real `HH:mm:ss:SSS` source's milliseconds, where one line's digits happen to be its minute and second", () => {
    const sample = clockLines(20, millis);
    const times = learnedTimes(sample, [
      sample[1] as string,
      '2026-11-30 05:05:24:524 [info]: JOB ID: 1 done',
    ]);
    expect(times).toEqual(['2026-11-30T05:01:10.479Z', '2026-11-30T05:05:24.524Z']);
  });

  it('learns nothing from a sample where one line writes other digits there', () => {
    const sample = clockLines(20, fecha);
    sample[7] = '2026-11-30 05:07:52:123 [info]: JOB ID: 5147 done';
    expect(learnedTimes(sample, ['2026-11-30 05:14:24:1424 [info]: JOB ID: 5 done'])).toEqual([
      '2026-11-30T05:14:24.142Z',
    ]);
  });

  it('learns nothing from a short sample, and a line alone keeps the fraction it was read with', () => {
    expect(learnedTimes(clockLines(5, fecha), ['2026-11-30 05:14:24:1424 [info]: JOB ID: 5 done'])).toEqual([
      '2026-11-30T05:14:24.142Z',
    ]);
    expect(time('2026-11-30 05:14:24:1424 [info]: JOB ID: 5 done')).toBe(at('2026-11-30T05:14:24.142Z'));
  });
});

describe("a date glued after `[LEVEL:` (Python's `[%(levelname)s:%(asctime)s]`) or another label", () => {
  it('reads the date, the time and the level, as the form with a space does', () => {
    for (const line of [
      '[DEBUG:2026-11-29 19:20:05,330] server.hermes: Namespace(port=12101)',
      '[DEBUG: 2026-11-29 19:20:05,330] server.hermes: Namespace(port=12101)',
    ]) {
      const read = parse(line);
      expect([read.timestamp, read.level, read.logger, read.message]).toEqual([
        at('2026-11-29T19:20:05.330Z'),
        'DEBUG',
        'server.hermes',
        'Namespace(port=12101)',
      ]);
    }
    expect([
      parse('[WARNING:29/11/2026 19:20:05] text').timestamp,
      parse('[info:2026/11/29 19:20:05] text').level,
    ]).toEqual([at('2026-11-29T19:20:05Z'), 'INFO']);
  });

  it('reads a learned source of such lines on the day they show, not the day they were received', () => {
    const sample = Array.from({ length: 12 }, (_, i) => {
      const level = i % 3 === 0 ? 'INFO' : 'DEBUG';
      return `[${level}:2026-11-29 23:${pad(10 + i)}:05,${100 + i}] server.hermes: step ${i}`;
    });
    const parser = compileParser({});
    parser.learn('src', sample, receivedAt);
    const read = parser('[ERROR:2026-11-28 08:00:01,002] server.hermes: failed', receivedAt, 'src');
    expect([new Date(read.timestamp ?? 0).toISOString(), read.level]).toEqual([
      '2026-11-28T08:00:01.002Z',
      'ERROR',
    ]);
  });

  it('dates a time of day read after a date glued to any label with that date', () => {
    expect(time('worker-1:2026-11-29 19:20:05 INFO text')).toBe(at('2026-11-29T19:20:05Z'));
    expect(time('#2026-11-29 19:20:05 INFO text')).toBe(at('2026-11-29T19:20:05Z'));
    expect(time('12345 host:2026-11-29 19:20:05 INFO text')).toBe(at('2026-11-29T19:20:05Z'));
    expect(time('release-2026-11-29 19:20:05 INFO text')).toBe(at('2026-11-29T19:20:05Z'));
  });
});

describe('look-alikes of a glued date, read as before', () => {
  it('reads no time where digits run into the date or no date is whole', () => {
    for (const line of [
      'ratio 12:2026-11-29 19:20:05 x',
      '[DEBUG:12026-11-29 19:20:05] text',
      '[DEBUG:2026-11 19:20:05] text',
      '[DEBUG:2026-1-29 19:20:05] text',
    ])
      expect(time(line)).toBeUndefined();
  });

  it("keeps a label that is no level out of the level, and a glued date deeper in the text the text's", () => {
    const read = parse('[main:2026-11-29 19:20:05,330] INFO text');
    expect([read.timestamp, read.level, read.message]).toEqual([
      at('2026-11-29T19:20:05.330Z'),
      'INFO',
      'text',
    ]);
    expect(time('Backup finished for job nightly:2026-11-29 19:20:05 with 3 files')).toBeUndefined();
  });

  it('dates a time of day that has no date beside it from the day it was received, as before', () => {
    expect(time('[INFO] 19:20:05 text')).toBe(at('2026-11-30T19:20:05Z'));
    expect(time('worker-1: 19:20:05 INFO text')).toBe(at('2026-11-30T19:20:05Z'));
  });
});
