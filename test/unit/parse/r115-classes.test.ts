/**
 * Round r115, on dev175's localisation and subtitle software: werkzeug's request line through
 * Python's `basicConfig` header (its `http.server` time, `dd/Mon/yyyy HH:mm:ss`), and the colour codes
 * a message's own text carries after a header (Rails' SQL colouring, werkzeug's status colour).
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { newLine } from '../../../core/parse/line.ts';
import { keepMessageColours } from '../../../core/parse/message-colours.ts';
import { scanHttpServerDate, type TimeScan } from '../../../core/parse/timestamps.ts';
import { charactersRead } from '../../support/characters-read.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.UTC(2026, 11, 1);
const read = (line: string) => parseLine(line, { receivedAt });
const learnt = (lines: readonly string[]) => learnedReader(lines, receivedAt);
const E = '\u001b';
const COLOUR_CODES = new RegExp(`${E}\\[[0-9;?]*[A-Za-z]`, 'g');

describe("werkzeug's request line after basicConfig's `LEVEL:name:`", () => {
  it("reads the request's time (http.server's log_date_time_string, local time), the message whole", () => {
    const line = read('INFO:werkzeug:198.51.100.23 - - [30/Nov/2026 16:05:41] "GET / HTTP/1.1" 200 -');
    expect(line).toMatchObject({
      timestamp: Date.parse('2026-11-30T16:05:41.000Z'),
      level: 'INFO',
      logger: 'werkzeug',
      message: '198.51.100.23 - - [30/Nov/2026 16:05:41] "GET / HTTP/1.1" 200 -',
    });
    expect(read('INFO:werkzeug:::1 - - [30/Nov/2026 16:05:41] "GET / HTTP/1.1" 200 -').timestamp).toBe(
      Date.parse('2026-11-30T16:05:41.000Z'),
    );
    expect(
      parseLine('INFO:werkzeug:10.0.0.1 - - [30/Nov/2026 16:05:41] "GET / HTTP/1.1" 200 -', {
        receivedAt,
        defaultZone: 'Europe/Berlin',
      }).timestamp,
    ).toBe(Date.parse('2026-11-30T15:05:41.000Z'));
  });

  it('reads it in a learned source, its status colour kept in the message', () => {
    const lines = [
      `INFO:werkzeug:${E}[33mPress CTRL+C to quit${E}[0m`,
      'INFO:root:Loading model facebook/nllb-200-distilled-600M ...',
      'INFO:werkzeug:198.51.100.23 - - [30/Nov/2026 16:05:41] "GET / HTTP/1.1" 200 -',
      'INFO:werkzeug:198.51.100.23 - - [30/Nov/2026 16:05:42] "POST /translate HTTP/1.1" 200 -',
    ];
    expect(
      learnt(lines)(
        `INFO:werkzeug:198.51.100.23 - - [30/Nov/2026 16:05:44] "${E}[33mGET /favicon.ico HTTP/1.1${E}[0m" 404 -`,
      ),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-30T16:05:44.000Z'),
      level: 'INFO',
      message: `198.51.100.23 - - [30/Nov/2026 16:05:44] "${E}[33mGET /favicon.ico HTTP/1.1${E}[0m" 404 -`,
    });
  });

  it("takes no time from a message's own words that are no access line", () => {
    // Four words before the bracket: prose, not `client ident user`.
    expect(read('INFO:root:copied a b c [30/Nov/2026 16:05:41] "x" 200 -').timestamp).toBeUndefined();
    // No quoted request after the bracket.
    expect(read('INFO:root:job [30/Nov/2026 16:05:41] done').timestamp).toBeUndefined();
    // No seconds, an impossible day, a time that is not bracketed.
    expect(
      read('INFO:root:10.0.0.1 - - [30/Nov/2026 16:05] "GET / HTTP/1.1" 200 -').timestamp,
    ).toBeUndefined();
    expect(
      read('INFO:root:10.0.0.1 - - [31/Nov/2026 16:05:41] "GET / HTTP/1.1" 200 -').timestamp,
    ).toBeUndefined();
    expect(
      read('INFO:root:10.0.0.1 - - 30/Nov/2026 16:05:41 "GET / HTTP/1.1" 200 -').timestamp,
    ).toBeUndefined();
    // The level stays the header's: a level word in the request sets nothing.
    expect(read('INFO:werkzeug:10.0.0.1 - - [30/Nov/2026 16:05:41] "GET /ERROR HTTP/1.1" 500 -').level).toBe(
      'INFO',
    );
  });

  it('scans only `dd/Mon/yyyy HH:mm:ss` with a space', () => {
    const out: TimeScan = { ms: 0, end: 0 };
    const ctx = { zone: 'UTC', receivedAt };
    expect(scanHttpServerDate('30/Nov/2026 16:05:41]', 0, ctx, out)).toBe(true);
    expect(out).toEqual({ ms: Date.parse('2026-11-30T16:05:41.000Z'), end: 20 });
    expect(scanHttpServerDate('30/Nov/2026:16:05:41]', 0, ctx, out)).toBe(false);
    expect(scanHttpServerDate('30/Foo/2026 16:05:41]', 0, ctx, out)).toBe(false);
    expect(scanHttpServerDate('30/Nov/2026 25:05:41]', 0, ctx, out)).toBe(false);
  });
});

describe("a message's own colour codes after a header", () => {
  const rails = (text: string) =>
    `D, [2026-11-30T09:14:02.327046 #31] DEBUG -- : [3c9a1f2e-7b44-4d0a-a8e6-5f1b2c3d4e71]   ${text}`;

  it("keeps Rails' SQL colouring, from the style that opens the text to the one that closes it", () => {
    const sql = `${E}[1m${E}[36mUser Load (0.7ms)${E}[0m  ${E}[1m${E}[34mSELECT "users".* FROM "users" LIMIT $1${E}[0m  [["LIMIT", 1]]`;
    expect(read(rails(sql))).toMatchObject({
      timestamp: Date.parse('2026-11-30T09:14:02.327Z'),
      level: 'DEBUG',
      message: sql,
    });
    const begin = `${E}[1m${E}[36mTRANSACTION (0.2ms)${E}[0m  ${E}[1m${E}[35mBEGIN${E}[0m`;
    expect(read(rails(begin)).message).toBe(begin);
  });

  it('keeps codes inside the text, and reads the same carried by a container runtime', () => {
    const text = `Activity ${E}[32m'https://example.org/a'${E}[39m is enqueued.`;
    expect(read(`2026-11-30 14:20:03,517 INFO ${text}`).message).toBe(text);
    expect(read(`2026-11-28T10:11:12.345678901Z stdout F 2026-11-30 14:20:03,517 INFO ${text}`).message).toBe(
      text,
    );
    expect(
      read(
        JSON.stringify({
          log: `2026-11-30 14:20:03,517 INFO ${text}\n`,
          stream: 'stdout',
          time: '2026-11-28T10:11:12Z',
        }),
      ).message,
    ).toBe(text);
  });

  it("leaves out a header's colours, its closing code before the text, and a colour around the whole text", () => {
    expect(read(`${E}[92mINFO${E}[0m: 2026-11-30 14:20:03 started`).message).toBe('started');
    expect(
      read(`${E}[33m[2026-11-29T07:58:12.341] [WARN] startup - ${E}[39mprocess.env.HOST invalid`).message,
    ).toBe('process.env.HOST invalid');
    expect(read(`2026-11-30 14:20:03,517 INFO ${E}[32mStarting application...${E}[39m`).message).toBe(
      'Starting application...',
    );
  });

  it('lets no colour code or coloured word set a level or a time the header did not', () => {
    const line = read(
      `2026-11-30 14:20:03,517 INFO ${E}[31mERROR${E}[0m at 2019-01-01 00:00:00 ${E}[1mFATAL${E}[0m`,
    );
    expect(line).toMatchObject({
      timestamp: Date.parse('2026-11-30T14:20:03.517Z'),
      level: 'INFO',
      message: `${E}[31mERROR${E}[0m at 2019-01-01 00:00:00 ${E}[1mFATAL${E}[0m`,
    });
    // A code cut short or never closed is left as the header reading gave the text.
    expect(read(`2026-11-30 14:20:03,517 INFO ${E}[1mopen to the end`).message).toBe('open to the end');
    expect(read(`2026-11-30 14:20:03,517 INFO broken ${E}[ code`).message).toBe(`broken ${E}[ code`);
  });
});

describe("the message's colour codes cost work linear in the line's length", () => {
  // Through the whole parser such lines already cost more than linear work before this round (the
  // header readers on many codes, measured with and without this reading alike): the reading alone.
  const lines: Readonly<Record<string, (n: number) => string>> = {
    'codes again and again in the message': (n) => `INFO ${`${E}[1mx${E}[0m`.repeat(n / 10)}`,
    'codes opened and never closed before the message': (n) => `INFO ${`${E}[32m`.repeat(n / 5)}x${E}[0m y`,
    'codes after the message again and again': (n) => `INFO ${E}[1mx y${`${E}[1m`.repeat(n / 4)}`,
    'a message found early': (n) => `INFO ${E}[1mab${E}[0m${' ab'.repeat(n / 3)}`,
  };
  const work = (text: string, message: string) =>
    charactersRead(() => keepMessageColours(text, newLine('generic', message)));
  for (const [name, line] of Object.entries(lines)) {
    it(name, () => {
      const message = (n: number) => line(n).replace(COLOUR_CODES, '').slice(5);
      const once = work(line(20_000), message(20_000));
      expect(work(line(40_000), message(40_000))).toBeLessThan(2.2 * once);
      expect(work(line(40_000), 'ab')).toBeLessThan(2.2 * work(line(20_000), 'ab'));
    });
  }
});
