/**
 * Round r113, on dev173's print and label software: LPRng's status line, its time and job in a
 * trailer after the text (`send_to_logger()`'s `"%s at %s ## %s=%s %s=%d %s=%d\n"`, `Time_str()`'s
 * `"%d-%02d-%02d-%02d:%02d:%02d.%03d"`).
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.UTC(2026, 11, 1);
const read = (line: string) => parseLine(line, { receivedAt });

const JOB = '## A=mara@mac-prepress2+412 number=412 process=5120';

describe("LPRng's status line (`status.pr`)", () => {
  it('reads the time before the trailer, the job and the process; the text before ` at ` is the message', () => {
    expect(read(`printing finished at 2026-11-30-07:42:14.061 ${JOB}`)).toMatchObject({
      format: 'lprng_status',
      timestamp: Date.parse('2026-11-30T07:42:14.061Z'),
      timestampText: '2026-11-30-07:42:14.061',
      level: undefined,
      message: 'printing finished',
      fields: { identifier: 'mara@mac-prepress2+412', number: 412, pid: 5120 },
    });
    expect(
      read(
        `cannot open '198.51.100.41%9100' - 'Connection refused', attempt 1, sleeping 10 at 2026-11-30-07:43:28.317 ${JOB}`,
      ).message,
    ).toBe("cannot open '198.51.100.41%9100' - 'Connection refused', attempt 1, sleeping 10");
  });

  it('reads the stamp to the second where `ms_time_resolution` is off, and a status line with no job', () => {
    const line = read('lpd: restarted at 2026-11-30-07:40:02 ## A=<NULL> number=0 process=2214');
    expect(line).toMatchObject({
      format: 'lprng_status',
      timestamp: Date.parse('2026-11-30T07:40:02.000Z'),
      message: 'lpd: restarted',
      fields: { pid: 2214 },
    });
    expect(line.fields.identifier).toBeUndefined();
    expect(line.fields.number).toBeUndefined();
  });

  it("reads the stamp as local time in the source's zone", () => {
    const line = parseLine(`printing finished at 2026-11-30-08:42:14.061 ${JOB}`, {
      receivedAt,
      defaultZone: 'Europe/Berlin',
    });
    expect(line.timestamp).toBe(Date.parse('2026-11-30T07:42:14.061Z'));
  });

  it("keeps an earlier ` at ` and date in the text: the time is the one before the trailer, as lpq's", () => {
    const line = read(
      `job 'x' held at 2026-01-01-00:00:00.000 by operator at 2026-11-30-07:42:14.061 ${JOB}`,
    );
    expect(line.timestamp).toBe(Date.parse('2026-11-30T07:42:14.061Z'));
    expect(line.message).toBe("job 'x' held at 2026-01-01-00:00:00.000 by operator");
  });

  it('reads it in a learned source and carried by CRI as bare', () => {
    const lines = [
      `subserver pid 5120 starting at 2026-11-30-07:42:10.318 ${JOB}`,
      `opening device '198.51.100.41%9100' at 2026-11-30-07:42:10.322 ${JOB}`,
      `opening TCP/IP connection to 198.51.100.41%9100 at 2026-11-30-07:42:10.323 ${JOB}`,
      `printing job 'mara@mac-prepress2+412' at 2026-11-30-07:42:10.360 ${JOB}`,
      `IF filter 'lpf' filter finished at 2026-11-30-07:42:13.848 ${JOB}`,
    ];
    const later = `processing 'dfA412mac-prepress2.example.org', size 482133, format 'f', IF filter 'lpf' at 2026-11-30-07:42:10.366 ${JOB}`;
    const bare = learnedReader(lines, receivedAt)(later);
    expect(bare).toMatchObject({
      format: 'lprng_status',
      timestamp: Date.parse('2026-11-30T07:42:10.366Z'),
      message: "processing 'dfA412mac-prepress2.example.org', size 482133, format 'f', IF filter 'lpf'",
    });
    const carried = read(`2026-11-30T07:42:11.000000000Z stdout F ${later}`);
    expect(carried).toMatchObject({
      timestamp: bare.timestamp,
      message: bare.message,
      format: 'lprng_status',
    });
  });
});

describe("LPRng's status line: what is not read", () => {
  it('sets no level from a word of the text', () => {
    for (const text of ['ERROR: cannot open printer', 'WARN disk full', 'FATAL error in filter']) {
      const line = read(`${text} at 2026-11-30-07:42:14.061 ${JOB}`);
      expect(line.format, text).toBe('lprng_status');
      expect(line.level, text).toBeUndefined();
      expect(line.message).toBe(text);
    }
  });

  it('sets none in a learned source whose texts open with level words or status marks', () => {
    const texts = [
      'ERROR: cannot open a',
      'WARN: slow b',
      '[!] c',
      'ERROR: cannot open d',
      '[*] e',
      'INFO: f',
    ];
    const lines = texts.map((text, k) => `${text} at 2026-11-30-07:42:1${k}.061 ${JOB}`);
    const reader = learnedReader(lines, receivedAt);
    for (const [k, raw] of lines.entries()) {
      const line = reader(raw);
      expect(line.level, raw).toBeUndefined();
      expect(line.message, raw).toBe(texts[k]);
    }
  });

  // A syslog relay's body is read by the relay's own path (round r111 routes it through the bare
  // line's); here the lines whose own header opens them.
  it("leaves a dated or JSON line whose text ends so to its own header's time", () => {
    const stamped = read(`2026-11-28 10:00:00 INFO copied: done at 2026-11-30-07:42:14.061 ${JOB}`);
    expect(stamped.timestamp).toBe(Date.parse('2026-11-28T10:00:00.000Z'));
    expect(stamped.level).toBe('INFO');
    const json = read(JSON.stringify({ msg: `done at 2026-11-30-07:42:14.061 ${JOB}` }));
    expect(json.format).toBe('json');
    expect(json.timestamp).toBeUndefined();
  });

  // review89: a trailer the text forged at the end of another product's line (a user's input last)
  // neither hides its level nor moves its time where the line's own header reads a time before it.
  it("leaves a line whose own header reads a time before the trailer to that header (glog's, a level first)", () => {
    const forged = ' at 2099-12-31-23:59:59.000 ## A=x number=1 process=2';
    const cases: readonly [string, number][] = [
      [`E1130 10:00:00.123456 1234 main.go:12] disk failed${forged}`, Date.UTC(2026, 10, 30, 10, 0, 0, 123)],
      [`ERROR 2026-11-30T10:00:00Z disk failed${forged}`, Date.UTC(2026, 10, 30, 10)],
      [`[ERROR] 2026-11-30 10:00:00 disk failed${forged}`, Date.UTC(2026, 10, 30, 10)],
    ];
    for (const [raw, at] of cases) {
      const line = read(raw);
      expect(line.format, raw).not.toBe('lprng_status');
      expect(line.level, raw).toBe('ERROR');
      expect(line.timestamp, raw).toBe(at);
      expect(line.message, raw).toBe(`disk failed${forged}`);
    }
  });

  it('reads no trailer that is not whole, in its order, closing the line', () => {
    const near = [
      'printing finished at 2026-11-30-07:42:14.061',
      'printing finished at 2026-11-30-07:42:14.061 ## A=a number=1',
      'printing finished at 2026-11-30-07:42:14.061 ## A=a process=2 number=1',
      'printing finished at 2026-11-30-07:42:14.061 ## A=a number=1 process=2 more',
      'printing finished at 2026-11-30-07:42:14.061 ## A=a b number=1 process=2',
      'printing finished at 2026-11-30-07:42:14.061 # A=a number=1 process=2',
      'printing finished at 2026-11-30-07:42:14.061 ## B=a number=1 process=2',
      'printing finished at 2026-11-30-07:42:14.061 ## A=a number=x process=2',
      'printing finished 2026-11-30-07:42:14.061 ## A=a number=1 process=2',
      'printing finished at 2026-11-30T07:42:14.061 ## A=a number=1 process=2',
      'printing finished at 2026-11-30 07:42:14.061 ## A=a number=1 process=2',
      'printing finished at 2026-11-30-07:42:14.06 ## A=a number=1 process=2',
      'printing finished at 2026-11-30-07:42:14,061 ## A=a number=1 process=2',
      'printing finished at 2026-13-30-07:42:14.061 ## A=a number=1 process=2',
      'printing finished at 2026-02-30-07:42:14.061 ## A=a number=1 process=2',
      'printing finished at 2026-11-30-24:42:14.061 ## A=a number=1 process=2',
      'printing finished at 26-11-30-07:42:14.061 ## A=a number=1 process=2',
      ' ## A=a number=1 process=2',
      'process=2',
    ];
    for (const raw of near) expect(read(raw).format, raw).not.toBe('lprng_status');
  });

  it('reads the trailer closing the line, not one the text forged before it', () => {
    const line = read(
      'x at 2020-01-01-00:00:00.000 ## A=forged number=9 process=9 at 2026-11-30-07:42:14.061 ## A=a number=1 process=2',
    );
    expect(line.timestamp).toBe(Date.parse('2026-11-30T07:42:14.061Z'));
    expect(line.fields).toMatchObject({ identifier: 'a', number: 1, pid: 2 });
    expect(line.message).toBe('x at 2020-01-01-00:00:00.000 ## A=forged number=9 process=9');
  });
});
