/**
 * Readings of the r52 round (the lines are invented):
 *
 * - RFC 822's date, its year in two digits (`Mon, 30 Nov 26 14:00:01 +0000`: PHP's `DATE_RFC822`,
 *   `D, d M y H:i:s O`, and old mail dates), read as day, month and year like RFC 2822's four-digit
 *   one. Inside such a date no month-first shape reads `Nov 26` as a month and its day. Limits: a
 *   syslog date (`Nov 26 14:00:01`) and a day and month with no weekday before them read as before.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { readSource as readLines } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const iso = (line: ReturnType<typeof parseLine>) =>
  line.timestamp === undefined ? undefined : new Date(line.timestamp).toISOString();

describe("RFC 822's date with a two-digit year", () => {
  it('reads day, month and year, with its zone, per line and learned', () => {
    const a = parseLine('[Mon, 30 Nov 26 14:00:01 +0100][info] Worker started', { receivedAt });
    expect([iso(a), a.level, a.message]).toEqual(['2026-11-30T13:00:01.000Z', 'INFO', 'Worker started']);
    // Across New Year the year is the one written, not the one before the arrival.
    expect(iso(parseLine('Tue, 01 Dec 26 14:00:01 GMT sent', { receivedAt }))).toBe(
      '2026-12-01T14:00:01.000Z',
    );
    expect(iso(parseLine('Date: Sun, 6 Dec 98 09:15:00 -0500', { receivedAt }))).toBe(
      '1998-12-06T14:15:00.000Z',
    );
    const lines = Array.from(
      { length: 8 },
      (_, k) => `[Mon, 30 Nov 26 14:0${k}:01 +0000][${k % 2 ? 'error' : 'debug'}] Job ${k} done`,
    );
    const { sample } = readLines(lines, receivedAt);
    expect(sample.map(iso)).toEqual(lines.map((_, k) => `2026-11-30T14:0${k}:01.000Z`));
    expect(sample[1]?.fields.header_columns).toBeUndefined();
  });

  it('never reads the month and the year inside it as a syslog date', () => {
    // A fraction no RFC date writes: no time rather than 26 November.
    expect(parseLine('Mon, 30 Nov 26 14:00:01.123 +0100 hello', { receivedAt }).timestamp).toBeUndefined();
    expect(parseLine('[Mon, 30 Nov 26 14:00:01.5] hello', { receivedAt }).timestamp).toBeUndefined();
  });

  it('leaves syslog dates, four-digit years and prose as they were', () => {
    expect(iso(parseLine('Nov 26 14:00:01 host sshd[1]: ok', { receivedAt }))).toBe(
      '2026-11-26T14:00:01.000Z',
    );
    expect(iso(parseLine('Mon, 30 Nov 2026 14:00:01 +0000 ok', { receivedAt }))).toBe(
      '2026-11-30T14:00:01.000Z',
    );
    // No weekday and comma: the day before the month is no RFC date's.
    expect(iso(parseLine('sent 30 Nov 26 14:00:01 reports', { receivedAt }))).toBe(
      '2026-11-26T14:00:01.000Z',
    );
    // RFC 822 lets the seconds go: not read here, as before.
    expect(parseLine('Mon, 30 Nov 26 14:00 meeting moved', { receivedAt }).timestamp).toBeUndefined();
    expect(parseLine('On Mon, 30 Nov we shipped 26 boxes', { receivedAt }).timestamp).toBeUndefined();
  });
});
