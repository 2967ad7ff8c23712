/**
 * Timestamp conventions several products share, read as classes (tune20b, on the timestamp misses of
 * `format-docs-dev21` and `format-docs-dev22`): the lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine, parseTimestampText } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });
const utc = { zone: 'UTC', receivedAt };

describe('a zone in parentheses after the time: `(UTC+0100)`', () => {
  it('reads UTC or GMT with an offset, or alone, in parentheses after the time', () => {
    // open62541's `(UTC%+05d)`; Windows' display names write `(UTC+01:00)`.
    expect(parse('[2026-11-20 08:30:12.402 (UTC+0100)] warn/server\tAccess granted').timestamp).toBe(
      Date.parse('2026-11-20T07:30:12.402Z'),
    );
    expect(parse('2026-11-20 08:30:12 (UTC-05:00) INFO started').timestamp).toBe(
      Date.parse('2026-11-20T13:30:12Z'),
    );
    expect(parse('2026-11-20 08:30:12 (GMT+02) INFO started').timestamp).toBe(
      Date.parse('2026-11-20T06:30:12Z'),
    );
    expect(parseTimestampText('2026-11-20 08:30:12 (UTC)', { zone: 'Europe/Paris', receivedAt })).toBe(
      Date.parse('2026-11-20T08:30:12Z'),
    );
  });

  it("reads open62541's hundredths of an hour: +0550 is +05:30, +0575 +05:45, -0350 -03:30", () => {
    // `%+05d` of the offset's seconds / 36: whole hours read alike either way, 50 and 75 only so.
    const at = (zone: string) =>
      parse(`[2026-11-20 08:30:12.402 (UTC${zone})] info/network\tTCP network layer listening`).timestamp;
    expect(at('+0550')).toBe(Date.parse('2026-11-20T03:00:12.402Z'));
    expect(at('+0575')).toBe(Date.parse('2026-11-20T02:45:12.402Z'));
    expect(at('-0350')).toBe(Date.parse('2026-11-20T12:00:12.402Z'));
    expect(at('+1050')).toBe(Date.parse('2026-11-19T22:00:12.402Z'));
    // Hours and minutes as others write them: 30 and 45 are minutes.
    expect(at('+0530')).toBe(Date.parse('2026-11-20T03:00:12.402Z'));
    expect(at('+0545')).toBe(Date.parse('2026-11-20T02:45:12.402Z'));
    expect(at('+0100')).toBe(Date.parse('2026-11-20T07:30:12.402Z'));
    // Past 14 hours it is no zone, nor with a fifth digit.
    expect(at('+1550')).toBe(Date.parse('2026-11-20T08:30:12.402Z'));
    expect(at('+05500')).toBe(Date.parse('2026-11-20T08:30:12.402Z'));
  });

  it('leaves other words in parentheses, and unclosed ones, to the text', () => {
    // A parenthesis that is no zone: the time keeps the source's zone (here UTC), and the text its words.
    expect(parse('2026-11-20 08:30:12 (UTC+0100 INFO started').timestamp).toBe(
      Date.parse('2026-11-20T08:30:12Z'),
    );
    expect(parse('2026-11-20 08:30:12 (UTCX) INFO started').timestamp).toBe(
      Date.parse('2026-11-20T08:30:12Z'),
    );
    expect(parse('2026-11-20 08:30:12 (UTC+99) INFO started').timestamp).toBe(
      Date.parse('2026-11-20T08:30:12Z'),
    );
  });
});

describe('a fraction written after the year of a date whose year follows its time', () => {
  // C's strftime has no fraction: programs append `.%06ld` or `.%03dZ` to ctime's or `%c`'s text,
  // which ends with the year (MapServer's `[ctime].usec`, FIWARE Orion's `%A %d %b %T %Y.msZ`).
  it("reads ctime's date with the fraction after its year", () => {
    expect(parseTimestampText('Sat Nov  7 15:05:56 2026.971995', utc)).toBe(
      Date.parse('2026-11-07T15:05:56.971Z'),
    );
    expect(parse('Sat Nov  7 15:05:56 2026.971995 msDrawMap(): Layer 0')).toMatchObject({
      timestamp: Date.parse('2026-11-07T15:05:56.971Z'),
      message: 'msDrawMap(): Layer 0',
    });
    // A fraction before the year stays the one read.
    expect(parseTimestampText('Wed Oct 11 14:32:52.123456 2025', utc)).toBe(
      Date.parse('2025-10-11T14:32:52.123Z'),
    );
  });

  it('reads the fraction after the bracket that holds the ctime date: `[ctime].usec`', () => {
    expect(parse('[Sat Nov  7 15:05:56 2026].971995 msDrawMap(): Layer 0 (parcels), 0.004s')).toMatchObject({
      timestamp: Date.parse('2026-11-07T15:05:56.971Z'),
      message: 'msDrawMap(): Layer 0 (parcels), 0.004s',
    });
  });

  it('reads a weekday, a day-first date, the time, then the year, a fraction and a zone', () => {
    expect(
      parse(
        'time=Monday 16 Nov 09:02:44 2026.118Z | lvl=INFO | comp=Orion | msg=Orion Context Broker is running',
      ).timestamp,
    ).toBe(Date.parse('2026-11-16T09:02:44.118Z'));
    // date(1) in en_GB: the zone before the year.
    expect(parse('Mon 16 Nov 09:02:44 GMT 2026 backup started').timestamp).toBe(
      Date.parse('2026-11-16T09:02:44Z'),
    );
    expect(parse('Mon Nov 16 09:02:44 2026.118Z worker ready').timestamp).toBe(
      Date.parse('2026-11-16T09:02:44.118Z'),
    );
    // A zone read before the year is the line's: an offset after the year is then the text's.
    expect(parse('Mon Nov 30 14:02:11 UTC 2026 +0100 items')).toMatchObject({
      timestamp: Date.parse('2026-11-30T14:02:11Z'),
      message: '+0100 items',
    });
  });

  it('reads no fraction from a comma after the year: a column of CSV-like text stays the text', () => {
    // C programs append `.%06ld`; a comma after the year ends a column (`Date.toString()` in a CSV).
    const csv = parse('Mon Nov 30 14:02:11 UTC 2026,200,GET /index.html');
    expect(csv.timestamp).toBe(Date.parse('2026-11-30T14:02:11Z'));
    expect(csv.message).toMatch(/(^|,)200,GET \/index\.html$/);
    const dayFirst = parse('Mon 30 Nov 14:02:11 2026,17,done');
    expect(dayFirst.timestamp).toBe(Date.parse('2026-11-30T14:02:11Z'));
    expect(dayFirst.message).toMatch(/(^|,)17,done$/);
  });

  it('takes a number after the time for its year only from 1970 to 2099, as after syslog’s time', () => {
    // A count after a weekday's date and time that wrote no year: the text's, not year 4096.
    for (const line of ['Sat 28 Nov 14:02:11 4096 bytes free', 'Sat Nov 28 14:02:11 4096 bytes free']) {
      const parsed = parse(line);
      expect(parsed.timestamp).toBe(Date.parse('2026-11-28T14:02:11Z'));
      expect(parsed.message).toBe('4096 bytes free');
    }
    expect(parse('Sat 28 Nov 14:02:11 2026 backup started').timestamp).toBe(
      Date.parse('2026-11-28T14:02:11Z'),
    );
  });

  it('leaves a version after the year, and a number after the bracket that is no fraction, alone', () => {
    // `2026.11.3` is a calendar version: no fraction, and no time read there.
    expect(parse('Sat Nov  7 15:05:56 2026.11.3 upgraded').timestamp).not.toBe(
      Date.parse('2026-11-07T15:05:56.110Z'),
    );
    expect(parse('[Sat Nov  7 15:05:56 2026].txt written')).toMatchObject({
      timestamp: Date.parse('2026-11-07T15:05:56Z'),
    });
    expect(parse('[Sat Nov  7 15:05:56 2026] .5 s elapsed')).toMatchObject({
      timestamp: Date.parse('2026-11-07T15:05:56Z'),
      message: '.5 s elapsed',
    });
  });
});

describe('a dated time after the level column of a source whose lines do not all carry a time', () => {
  // Python's `%(levelname)s: [%(asctime)s] %(message)s` beside lines of another layout (uvicorn's
  // own `INFO:     text`, a library's `ERROR:name:text`): the source learns a level column and no
  // time, yet a line with a date and time right after its level has its time.
  const lines = [
    'INFO:     [19-11-2026 13:25:51] Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)',
    'INFO:     [19-11-2026 13:26:21] 10.3.0.17:56690 - "GET /api/v2/heartbeat HTTP/1.1" 200',
    'ERROR:chromadb.telemetry:Failed to send telemetry event',
    'INFO:     Started server process [7]',
    'INFO:     Waiting for application startup.',
  ];
  it('reads it in the field after the level', () => {
    const parser = compileParser({});
    parser.learn('chroma', lines, receivedAt);
    expect(parser.structureOf('chroma')?.shape).toBe(-1);
    expect(parser(lines[0] as string, receivedAt, 'chroma')).toMatchObject({
      level: 'INFO',
      timestamp: Date.parse('2026-11-19T13:25:51Z'),
      message: 'Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)',
    });
    expect(parser(lines[1] as string, receivedAt, 'chroma').timestamp).toBe(
      Date.parse('2026-11-19T13:26:21Z'),
    );
  });

  it('reads no time from a number after the level, nor from the text further on', () => {
    const parser = compileParser({});
    parser.learn('chroma', lines, receivedAt);
    const at = (line: string) => parser(line, receivedAt, 'chroma');
    expect(at('INFO:     12 workers started').timestamp).toBeUndefined();
    expect(at('INFO:     1796047331 bytes written').timestamp).toBeUndefined();
    expect(at('INFO:     Backup finished at 19-11-2026 13:25:51').timestamp).toBeUndefined();
    expect(at('INFO:     2:13:45 elapsed').timestamp).toBeUndefined();
  });
});

describe('a time framed by a run of marks at the line’s start', () => {
  it("reads wget's `--time--` and a script's `=== time ===` banner", () => {
    expect(parse('--2026-11-11 13:49:09--  https://downloads.example.org/refs/GRCh38.fa.gz')).toMatchObject({
      timestamp: Date.parse('2026-11-11T13:49:09Z'),
      message: 'https://downloads.example.org/refs/GRCh38.fa.gz',
    });
    expect(parse('=== 2026-11-11 13:49:09 === nightly backup').timestamp).toBe(
      Date.parse('2026-11-11T13:49:09Z'),
    );
  });

  it('leaves a run that does not close the time, a lone mark and numbers that are no time alone', () => {
    expect(parse('--2026-11-11 13:49:09 upload').timestamp).toBeUndefined();
    expect(parse('--2026-11-11 13:49:09==  mixed').timestamp).toBeUndefined();
    expect(parse('--12345--  https://example.org/').timestamp).toBeUndefined();
    expect(parse('--retries 13:49:09--').timestamp).toBeUndefined();
    expect(parse('--------2026-11-11 13:49:09--------').timestamp).toBeUndefined();
  });
});
