/**
 * Timestamp conventions read as classes (ts38, on the timestamp misses of `format-docs-dev72` and
 * `format-docs-dev75`): the lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });
const at = (iso: string) => Date.parse(iso);

const learned = (lines: readonly string[]) => learnedReader(lines, receivedAt);

describe("a time of day, then a date with a month's name (Java's `HH:mm:ss dd-MMM-yy z`)", () => {
  it('reads the date after the time, a two-digit year and the zone after the date', () => {
    const line = parse('INFO [05:58:41 29-Nov-26 UTC][sys] Runtime started');
    expect(line.timestamp).toBe(at('2026-11-29T05:58:41Z'));
    expect(line.level).toBe('INFO');
    expect(line.message).toContain('Runtime started');
    expect(line.message).not.toContain('29-Nov');
    expect(parse('14:02:11 29-Nov-2026 CET backup done').timestamp).toBe(at('2026-11-29T13:02:11Z'));
    expect(parse('14:02:11 29/Nov/2026 backup done').timestamp).toBe(at('2026-11-29T14:02:11Z'));
  });

  it('reads it through a learned source', () => {
    const lines = Array.from(
      { length: 10 },
      (_, k) => `WARNING [06:1${k}:00 29-Nov-26 UTC][web] Request ${k} slow`,
    );
    const read = learned(lines);
    const line = read('SEVERE [07:48:09 29-Nov-26 UTC][driver] Connection failed');
    expect(line.format).toBe('learned');
    expect(line.timestamp).toBe(at('2026-11-29T07:48:09Z'));
  });

  it("keeps the time's own zone over a word after the date", () => {
    expect(parse('05:58:41 +0100 29-Nov-26 text').timestamp).toBe(at('2026-11-29T04:58:41Z'));
  });

  it('leaves versions, addresses, durations and dates in the text where they were', () => {
    // A short year with digits alone is a version; an address is no date.
    expect(parse('05:58:41 1.2.26 installed').timestamp).toBe(at('2026-11-30T05:58:41Z'));
    expect(parse('12:00:01 10.1.2.3 connected').message).toBe('10.1.2.3 connected');
    // A one-digit hour may be a duration.
    expect(parse('2:13:45 29-Nov-26 elapsed').message).toBe('29-Nov-26 elapsed');
    // A date in the text after the header's own time, or a clock in prose after it.
    expect(parse('12:00:01 INFO backup of 29-Nov-26 done').timestamp).toBe(at('2026-11-30T12:00:01Z'));
    expect(parse('12:00:01 took 00:05:12 29-Nov-26').timestamp).toBe(at('2026-11-30T12:00:01Z'));
    const dated = parse('2026-11-30 12:00:01 INFO job ran at 10:00:00 29-Nov-26');
    expect(dated.timestamp).toBe(at('2026-11-30T12:00:01Z'));
    expect(dated.message).toBe('job ran at 10:00:00 29-Nov-26');
  });
});

describe('a fraction after a dash, glued to the seconds of a syslog date (`%b %d %H:%M:%S-%06u`)', () => {
  it('reads microseconds and milliseconds after the dash', () => {
    const line = parse('Nov 29 22:03:11-402918 exchange-httpd-4121 WARNING Request for unknown key');
    expect(line.timestamp).toBe(at('2026-11-29T22:03:11.402Z'));
    expect(line.level).toBe('WARN');
    expect(line.message).toBe('Request for unknown key');
    expect(parse('Nov  9 22:03:11-402 util-77 INFO text').timestamp).toBe(at('2026-11-09T22:03:11.402Z'));
  });

  it('reads it through a learned source', () => {
    const lines = Array.from(
      { length: 10 },
      (_, k) => `Nov 30 01:4${k}:05-06077${k} util-4121 ERROR lost ${k}`,
    );
    const read = learned(lines);
    const line = read('Nov 30 01:48:06-118907 util-4121 WARNING retrying');
    expect(line.format).toBe('learned');
    expect(line.timestamp).toBe(at('2026-11-30T01:48:06.118Z'));
  });

  it('leaves offsets, ids and numbers after a dash as they were read', () => {
    // Two or four digits are an offset.
    expect(parse('Nov 29 22:03:11-0800 host text').timestamp).toBe(at('2026-11-30T06:03:11Z'));
    expect(parse('Nov 29 22:03:11-12 host text').timestamp).toBe(at('2026-11-30T10:03:11Z'));
    // Another count of digits, or digits going on as a number, are the text's.
    expect(parse('Nov 29 22:03:11-1234567 host text').timestamp).toBe(at('2026-11-29T22:03:11Z'));
    expect(parse('Nov 29 22:03:11-402918.5 text').timestamp).toBe(at('2026-11-29T22:03:11Z'));
    // A dash and digits in a syslog message stay the text's.
    const syslog = parse('Nov 29 22:03:11 host sshd[1]: job-123456 done');
    expect(syslog.timestamp).toBe(at('2026-11-29T22:03:11Z'));
    expect(syslog.message).toBe('job-123456 done');
  });
});
