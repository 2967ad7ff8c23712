/**
 * Round r115, on dev175's localisation and subtitle software: werkzeug's request line through
 * Python's `basicConfig` header (its `http.server` time, `dd/Mon/yyyy HH:mm:ss`); and a message
 * stays without terminal colour codes, even those its own text carries (Rails' SQL colouring,
 * werkzeug's status colour): the message is what search tokenises and the console shows.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { scanHttpServerDate, type TimeScan } from '../../../core/parse/timestamps.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.UTC(2026, 11, 1);
const read = (line: string) => parseLine(line, { receivedAt });
const learnt = (lines: readonly string[]) => learnedReader(lines, receivedAt);
const E = '\u001b';

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

  it('reads it in a learned source, its status colour left out of the message', () => {
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
      message: '198.51.100.23 - - [30/Nov/2026 16:05:44] "GET /favicon.ico HTTP/1.1" 404 -',
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

describe('a message without terminal colour codes, even those its own text carries', () => {
  const rails = (text: string) =>
    `D, [2026-11-30T09:14:02.327046 #31] DEBUG -- : [3c9a1f2e-7b44-4d0a-a8e6-5f1b2c3d4e71]   ${text}`;
  // Kept, `36mUser` would be one token to OpenSearch's standard analyzer: `q=User` would miss the line.
  it("drops Rails' SQL colouring, so that search and the console see the words", () => {
    const sql = `${E}[1m${E}[36mUser Load (0.7ms)${E}[0m  ${E}[1m${E}[34mSELECT "users".* FROM "users" LIMIT $1${E}[0m  [["LIMIT", 1]]`;
    expect(read(rails(sql))).toMatchObject({
      timestamp: Date.parse('2026-11-30T09:14:02.327Z'),
      level: 'DEBUG',
      message: 'User Load (0.7ms)  SELECT "users".* FROM "users" LIMIT $1  [["LIMIT", 1]]',
    });
  });

  it('drops codes inside the text, bare and carried by a container runtime alike', () => {
    const text = `Activity ${E}[32m'https://example.org/a'${E}[39m is enqueued.`;
    const plain = "Activity 'https://example.org/a' is enqueued.";
    expect(read(`2026-11-30 14:20:03,517 INFO ${text}`).message).toBe(plain);
    expect(read(`2026-11-28T10:11:12.345678901Z stdout F 2026-11-30 14:20:03,517 INFO ${text}`).message).toBe(
      plain,
    );
  });

  it('lets no colour code or coloured word set a level or a time the header did not', () => {
    expect(
      read(`2026-11-30 14:20:03,517 INFO ${E}[31mERROR${E}[0m at 2019-01-01 00:00:00 ${E}[1mFATAL${E}[0m`),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-30T14:20:03.517Z'),
      level: 'INFO',
      message: 'ERROR at 2019-01-01 00:00:00 FATAL',
    });
  });
});
