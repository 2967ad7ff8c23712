/**
 * Timestamp conventions read as classes (ts36, on the timestamp misses of `format-docs-dev60` to
 * `format-docs-dev62`): the lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });
const at = (iso: string) => Date.parse(iso);

const learned = (lines: readonly string[]) => learnedReader(lines, receivedAt);

describe('a time of day with doubled colons (.NET console logger given `hh::mm::ss`, Garnet)', () => {
  it('reads it as the time of day, on the day before the arrival', () => {
    const line = parse('10::02::44 info: StoreWrapper[0] Checkpoint taken at version 77');
    expect(line.timestamp).toBe(at('2026-11-30T10:02:44Z'));
    expect(line.level).toBe('INFO');
  });

  it('leaves doubled colons that are no clock: an IPv6 address, a scope path, an hour past 23', () => {
    expect(parse('peer fe80::12::1 unreachable').timestamp).toBeUndefined();
    expect(parse('std::chrono::seconds overflow').timestamp).toBeUndefined();
    expect(parse('27::40::12 info: text').timestamp).toBeUndefined();
    expect(parse('09::61::12 info: text').timestamp).toBeUndefined();
  });

  it('reads it per line only opening the line or beside a level, as a time of day with single colons', () => {
    // review28: the shape was missing from the weak times of day, so it read in any header field.
    expect(parse('error in std::vector::at 12::30::45 out of range').timestamp).toBeUndefined();
    expect(parse('a b c 10::02::44 text here').timestamp).toBeUndefined();
    expect(parse('main 10::02::44 text here').timestamp).toBeUndefined();
    expect(parse('INFO 10::02::44 text').timestamp).toBe(at('2026-11-30T10:02:44Z'));
  });

  it('reads an AM or PM written after it (.NET `hh::mm::ss tt`), not the morning hour and the mark apart', () => {
    // review28: the mark went to header_columns and 10 PM read as 10 AM.
    const pm = parse('10::02::44 PM info: StoreWrapper[0] text');
    expect(pm.timestamp).toBe(at('2026-11-30T22:02:44Z'));
    expect(pm.message).toBe('StoreWrapper[0] text');
    const midnight = parse('12::02::44 AM info: text').timestamp;
    expect(midnight).toBe(parse('12:02:44 AM info: text').timestamp);
    expect(new Date(midnight ?? 0).getUTCHours()).toBe(0);
  });

  it('leaves a run of doubled colons that goes on after the seconds', () => {
    const line = parse('11::22::33::44 hex dump');
    expect(line.timestamp).toBeUndefined();
    expect(line.message).toBe('11::22::33::44 hex dump');
  });
});

describe("a year-first date with slashes to the minute (Go's golog `2006/01/02 15:04`, Iris)", () => {
  it('reads it after a bracketed level, the seconds as zero', () => {
    const line = parse('[WARN] 2026/11/30 14:05 upload scan skipped, scanner offline');
    expect(line.timestamp).toBe(at('2026-11-30T14:05:00Z'));
    expect(line.level).toBe('WARN');
    expect(line.message).toBe('upload scan skipped, scanner offline');
  });

  it('still reads the seconds where they are written, and leaves a date with a ratio', () => {
    expect(parse('[INFO] 2026/11/30 14:05:31 text').timestamp).toBe(at('2026-11-30T14:05:31Z'));
    expect(parse('[INFO] copied 2026/11/30 14 files').timestamp).toBeUndefined();
  });
});

describe("a level, a lone dash, then a dated time (Python's `%(levelname)s - %(asctime)s`, Litestar)", () => {
  // Litestar's default format, with uvicorn's own undated `INFO:` lines interleaved in one stream:
  // most lines carry no time, so the source learns a level column and no time.
  const sample = [
    'INFO:     Started server process [812]',
    'INFO:     Waiting for application startup.',
    'INFO - 2026-11-30 08:10:02,417 - app - startup - cache warmed with 40 rules',
    'INFO:     Application startup complete.',
    'INFO:     10.1.2.3:40112 - "GET /health HTTP/1.1" 200 OK',
    'INFO:     10.1.2.3:40114 - "GET /api/items HTTP/1.1" 200 OK',
    'WARNING - 2026-11-30 08:11:40,005 - app - items - item 12 has no price',
    'INFO:     10.1.2.3:40118 - "GET /api/items/12 HTTP/1.1" 200 OK',
    'INFO:     10.1.2.3:40120 - "POST /api/orders HTTP/1.1" 201 Created',
    'INFO:     10.1.2.3:40122 - "GET /health HTTP/1.1" 200 OK',
  ];

  it('reads the time in the field after the dash, and the message after the logger and module', () => {
    const read = learned(sample);
    const line = read('ERROR - 2026-11-30 08:12:03,951 - app - orders - payment gateway timed out');
    expect(line.timestamp).toBe(at('2026-11-30T08:12:03.951Z'));
    expect(line.level).toBe('ERROR');
    expect(line.message).toBe('payment gateway timed out');
    expect(read('INFO:     10.1.2.3:40130 - "GET /health HTTP/1.1" 200 OK').timestamp).toBeUndefined();
  });

  it('leaves a number after the dash that is no date: a status, a count, an epoch', () => {
    const read = learned(sample);
    expect(read('ERROR - 404 Not Found for /api/items/99').timestamp).toBeUndefined();
    expect(read('INFO - 2026 rows imported').timestamp).toBeUndefined();
    expect(read('INFO - 1796032800 is the cut-off').timestamp).toBeUndefined();
    expect(read('INFO - 14:02:11 elapsed').timestamp).toBeUndefined();
  });
});

describe('a time written twice in one JSON line, once to the second and once finer (Olric)', () => {
  it('takes the finer of the two keys, whichever ranks first, and keeps the other in fields', () => {
    const line = parse(
      '{"time":"2026-11-30T18:04:09.417302118Z","level":"INFO","msg":"Node joined","timestamp":"2026-11-30T18:04:09"}',
    );
    expect(line.timestamp).toBe(at('2026-11-30T18:04:09.417Z'));
    expect(line.fields.timestamp).toBe('2026-11-30T18:04:09');
    expect(line.fields.time).toBeUndefined();
    expect(line.message).toBe('Node joined');
  });

  it('leaves a second time key of another second, and an epoch number, to fields', () => {
    const other = parse(
      '{"time":"2026-11-30T18:04:10.417Z","level":"INFO","message":"m","timestamp":"2026-11-30T18:04:09"}',
    );
    expect(other.timestamp).toBe(at('2026-11-30T18:04:09Z'));
    const epoch = parse(
      '{"time":1796040249417,"level":"INFO","message":"m","timestamp":"2026-11-30T18:04:09"}',
    );
    expect(epoch.timestamp).toBe(at('2026-11-30T18:04:09Z'));
  });
});

describe("a structured logger's own time key beside an application's `timestamp` field", () => {
  it("takes zap's `ts` and slog's, logrus's or pino's `time` where the record's text is under `msg`", () => {
    const zap = parse(
      '{"level":"info","ts":1795946652.551207,"caller":"server/logging.go:92","msg":"Request handled","timestamp":1795946652.550307,"method":"GET"}',
    );
    expect(zap.timestamp).toBe(at('2026-11-29T10:04:12.551Z'));
    expect(zap.fields.timestamp).toBe(1795946652.550307);
    expect(zap.fields.ts).toBeUndefined();
    const slog = parse(
      '{"time":"2026-11-30T18:04:10.417Z","level":"INFO","msg":"m","timestamp":"2026-11-30T18:04:09"}',
    );
    expect(slog.timestamp).toBe(at('2026-11-30T18:04:10.417Z'));
    expect(slog.fields.timestamp).toBe('2026-11-30T18:04:09');
  });

  it('keeps `timestamp` where the other key is no time of the same hour, or the text is no `msg`', () => {
    const duration = parse('{"level":"info","time":12,"msg":"served","timestamp":"2026-11-30T18:04:09Z"}');
    expect(duration.timestamp).toBe(at('2026-11-30T18:04:09Z'));
    expect(duration.fields.time).toBe(12);
    const later = parse(
      '{"level":"info","ts":"2026-11-30T21:04:09Z","msg":"replayed","timestamp":"2026-11-30T18:04:09Z"}',
    );
    expect(later.timestamp).toBe(at('2026-11-30T18:04:09Z'));
    const winston = parse(
      '{"level":"info","message":"m","time":"2026-11-30T18:04:10Z","timestamp":"2026-11-30T18:04:09.120Z"}',
    );
    expect(winston.timestamp).toBe(at('2026-11-30T18:04:09.120Z'));
  });
});

describe('milliseconds in parentheses after a whole-second clock (ServiceNow MID Server), learned', () => {
  const mid = [
    '11/30/26 04:10:07 (118) StartupSequencer MID Server starting',
    '11/30/26 04:10:07 (402) StartupSequencer Loading configuration',
    '11/30/26 04:10:08 (031) StartupSequencer Connecting to instance',
    '11/30/26 04:10:08 (031) ECCQueueMonitor.40 Initializing AMB client...',
    '11/30/26 04:10:08 (913) AMBClientProvider Connecting AMB client to instance...',
    '11/30/26 04:10:11 (260) AMBClientProvider AMB client connected',
    '11/30/26 04:10:42 (077) ECCQueueMonitor.40 Fetched 6 output records',
    '11/30/26 04:10:42 (212) Worker-Standard:Probe-0b7e Worker starting',
    '11/30/26 04:10:44 (498) Worker-Standard:Probe-0b7e Worker completed',
    '11/30/26 04:10:44 (803) ECCSender.1 Sending ecc_queue.a8d2f40c.xml',
  ];

  it('adds them to the second and leaves them out of the message', () => {
    const line = learned(mid)('11/30/26 04:11:02 (045) ECCSender.1 Sending ecc_queue.b1.xml');
    expect(line.timestamp).toBe(at('2026-11-30T04:11:02.045Z'));
    expect(line.message).toBe('ECCSender.1 Sending ecc_queue.b1.xml');
  });

  it('leaves a column of few values that rises within a second by chance (an HTTP status)', () => {
    // review28: statuses repeat; two lines of a second may rise 200 -> 404 without ever falling.
    const status = [
      '11/30/26 04:10:07 (200) GET /a',
      '11/30/26 04:10:07 (404) GET /b',
      '11/30/26 04:10:08 (200) GET /c',
      '11/30/26 04:10:08 (304) GET /d',
      '11/30/26 04:10:09 (200) GET /e',
      '11/30/26 04:10:09 (500) GET /f',
      '11/30/26 04:10:10 (200) GET /g',
      '11/30/26 04:10:11 (200) GET /h',
      '11/30/26 04:10:12 (304) GET /i',
      '11/30/26 04:10:13 (200) GET /j',
    ];
    const line = learned(status)('11/30/26 04:10:14 (404) GET /k');
    expect(line.timestamp).toBe(at('2026-11-30T04:10:14Z'));
    expect(`${String(line.fields.header_columns)} ${line.message}`).toContain('(404)');
  });

  it('leaves a number in parentheses a line alone shows', () => {
    expect(parse('11/30/26 04:11:02 (045) ECCSender.1 text').timestamp).toBe(at('2026-11-30T04:11:02Z'));
  });

  it('leaves a column that never rises within a second (a pid), or never falls (a counter)', () => {
    const pid = mid.map((l) => l.replace(/\(\d{3}\)/, '(412)'));
    expect(learned(pid)(pid[1] as string).timestamp).toBe(at('2026-11-30T04:10:07Z'));
    const counter = mid.map((l, i) => l.replace(/\(\d{3}\)/, `(${String(100 + i * 7)})`));
    expect(learned(counter)(counter[1] as string).timestamp).toBe(at('2026-11-30T04:10:07Z'));
    const thread = mid.map((l, i) => l.replace(/\(\d{3}\)/, `(${String(900 - ((i * 37) % 500))})`));
    expect(learned(thread)(thread[1] as string).timestamp).toBe(at('2026-11-30T04:10:07Z'));
  });
});
