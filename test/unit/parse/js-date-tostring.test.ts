/**
 * JavaScript's `Date.prototype.toString()` (`Mon Nov 30 2026 11:20:04 GMT+0100 (Central European
 * Standard Time)`, or cut after the time), Node programs' `new Date().toString()`, read wherever a
 * syslog-style date is: the offset gives the instant, the zone's name in parentheses is a label. The
 * lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { parseTimestampText } from '../../../core/parse/timestamps.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');
const utc = { zone: 'UTC', receivedAt };
const parse = (line: string) => parseLine(line, { receivedAt });

describe('JavaScript’s Date.prototype.toString()', () => {
  it('reads the full form opening a line: the offset applied, the zone’s name a label', () => {
    expect(
      parse('Mon Nov 30 2026 11:20:04 GMT+0100 (Central European Standard Time) server started'),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-30T10:20:04Z'),
      message: 'server started',
    });
    expect(parse('Tue Dec 01 2026 09:05:00 GMT-0500 (Eastern Standard Time) WARN disk low')).toMatchObject({
      timestamp: Date.parse('2026-12-01T14:05:00Z'),
      level: 'WARN',
      message: 'disk low',
    });
    expect(parse('Mon Nov 30 2026 11:20:04 GMT+0100 (Mitteleuropäische Normalzeit) x').message).toBe('x');
  });

  it('reads the form cut after the time in the source’s zone, and as a JSON or logfmt value', () => {
    expect(
      parseLine('Mon Nov 30 2026 11:20:04 INFO ready', { receivedAt, defaultZone: 'Europe/Paris' }),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-30T10:20:04Z'),
      level: 'INFO',
      message: 'ready',
    });
    expect(
      parseTimestampText('Mon Nov 30 2026 11:20:04 GMT+0100 (Central European Standard Time)', utc),
    ).toBe(Date.parse('2026-11-30T10:20:04Z'));
    expect(parseTimestampText('Mon Nov 02 2026 11:20:04', utc)).toBe(Date.parse('2026-11-02T11:20:04Z'));
    expect(
      parse(
        '{"time":"Mon Nov 30 2026 11:20:04 GMT+0100 (Central European Standard Time)","level":"info","msg":"x"}',
      ).timestamp,
    ).toBe(Date.parse('2026-11-30T10:20:04Z'));
    expect(
      parse('time="Mon Nov 30 2026 11:20:04 GMT-0500 (Eastern Standard Time)" level=info msg=x').timestamp,
    ).toBe(Date.parse('2026-11-30T16:20:04Z'));
  });

  it('takes no parenthesis but a zone’s name in words, and no date the calendar refuses', () => {
    expect(parse('Mon Nov 30 2026 11:20:04 GMT+0100 (pid 42) text')).toMatchObject({
      timestamp: Date.parse('2026-11-30T10:20:04Z'),
      message: '(pid 42) text',
    });
    expect(parseTimestampText('Mon Feb 30 2026 11:20:04', utc)).toBeNaN();
    expect(parseTimestampText('Mon Nov 30 2026 11:20:04 GMT+0100 (pid 42)', utc)).toBeNaN();
  });
  it('reads the offset V8 names a zone with no name of its own (Etc/GMT-3: GMT+0300 (GMT+03:00)) as its label', () => {
    const t = Date.parse('2026-11-30T10:20:04Z');
    expect(parseTimestampText('Mon Nov 30 2026 13:20:04 GMT+0300 (GMT+03:00)', utc)).toBe(t);
    expect(parse('Mon Nov 30 2026 13:20:04 GMT+0300 (GMT+03:00) server started')).toMatchObject({
      timestamp: t,
      message: 'server started',
    });
    expect(parseTimestampText('Mon Nov 30 2026 07:50:04 GMT-0230 (GMT-02:30)', utc)).toBe(t);
    // Only that shape: another offset's text, or one left open, is no label.
    expect(parseTimestampText('Mon Nov 30 2026 13:20:04 GMT+0300 (GMT+03:00', utc)).toBeNaN();
    expect(parseTimestampText('Mon Nov 30 2026 13:20:04 GMT+0300 (GMT+3)', utc)).toBeNaN();
    expect(parse('Mon Nov 30 2026 13:20:04 GMT+0300 (GMT+03:00x) text').message).toBe('(GMT+03:00x) text');
  });
});
