/**
 * Readings of the r52 round (the lines are invented):
 *
 * - RFC 822's date, its year in two digits (`Mon, 30 Nov 26 14:00:01 +0000`: PHP's `DATE_RFC822`,
 *   `D, d M y H:i:s O`, and old mail dates), read as day, month and year like RFC 2822's four-digit
 *   one. Inside such a date no month-first shape reads `Nov 26` as a month and its day. Limits: a
 *   syslog date (`Nov 26 14:00:01`) and a day and month with no weekday before them read as before.
 * - A level word that is only the last word of a bracket of several words (`[Step Debug]`, a
 *   debugger's channel) gives way to a level marked as a field right after the bracket (`INFO:`,
 *   `[WARN]`): `[2214] [Step Debug] ERR: text` is an ERROR. Limits: the bracket alone, or before a
 *   bare word or a one-letter prefix (`I: `), keeps its word as the level, as do one-word brackets.
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

describe('a level after a bracket of several words ending in a level word', () => {
  const read = (raw: string) => {
    const line = parseLine(raw, { receivedAt });
    return [line.level, line.message];
  };

  it('takes the level marked right after the bracket, with no time before it', () => {
    expect(read('[2214] [Step Debug] INFO: Connecting to 10.0.0.2:9003.')).toEqual([
      'INFO',
      'Connecting to 10.0.0.2:9003.',
    ]);
    expect(read('[2214] [Step Debug] ERR: Could not connect.')).toEqual(['ERROR', 'Could not connect.']);
    expect(read('[Step Debug] WARN: Creating socket failed')).toEqual(['WARN', 'Creating socket failed']);
    expect(read('[Connection Error] [INFO] retry in 5 s')).toEqual(['INFO', 'retry in 5 s']);
    expect(parseLine('[2214] [Step Debug] ERR: x', { receivedAt }).fields.header_columns).toBe(
      '[2214] [Step Debug]',
    );
    const lines = ['ERR', 'INFO', 'WARN', 'INFO'].map((w, k) => `[22${k}4] [Step Debug] ${w}: step ${k}`);
    expect(readLines(lines, receivedAt).sample.map((l) => l.level)).toEqual([
      'ERROR',
      'INFO',
      'WARN',
      'INFO',
    ]);
  });

  it('keeps the bracket’s word where no marked level follows, and one-word brackets as they were', () => {
    expect(read('[2214] [Step Debug] -> <init fileuri="x"/>')).toEqual(['DEBUG', '<init fileuri="x"/>']);
    expect(read('[Step Debug] Error in handler')[0]).toBe('DEBUG');
    expect(read('[Step Debug] I: Connecting')[0]).toBe('DEBUG');
    expect(read('[Connection Error] retry')).toEqual(['ERROR', 'retry']);
    expect(read('[DEBUG] INFO: x')[0]).toBe('DEBUG');
    expect(read('[main notice] Starting')).toEqual(['NOTICE', 'Starting']);
  });

  it('leaves a bracket after the time as it was read', () => {
    const timed = parseLine('2026-11-30 12:00:00 [Step Debug] INFO: x', { receivedAt });
    expect([timed.level, timed.message, timed.fields.thread]).toEqual(['INFO', 'x', 'Step Debug']);
    const notice = parseLine('2026-11-30 12:00:00 [main notice] bus started', { receivedAt });
    expect(notice.level).toBe('NOTICE');
  });
});
