/**
 * Classes of round r99 (libraries, archives and museums): the YAZ toolkit's log line (Index Data's C
 * library under Zebra, Metaproxy, pazpar2, yaz-ztest and the Z39.50 servers built on it), its time
 * `HH:MM:SS-DD/MM` and its bracketed level names. The lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { readSource } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });
const at = (iso: string) => Date.parse(iso);

/*
 * CLASS: YAZ's log time, `%H:%M:%S-%d/%m` (yaz 5.34 `yaz/log.h`: "If not called at all, the old
 * format is used", `11:55:06-02/11`), no year: the latest such date not after the line's arrival.
 */
describe("YAZ's time of day, then its day and month", () => {
  const lines = [
    '06:25:01-28/11 zebrasrv(1) [server] Adding dynamic listener on tcp:@:9998 id=3 PID=2107',
    '06:31:44-28/11 zebrasrv(2) [session] Session - OK 2 unix:/var/run/zebra/socket PID=2231',
    '06:31:44-28/11 zebrasrv(2) [request] Search books OK 17 1 1+0 RPN @attrset Bib-1 @attr 1=4 tide',
    '06:40:04-28/11 zebrasrv(3) [warn] rec_get fail on sysno=48213',
    '13:23:14-23/11 yaz-ztest(1) [log] Starting server yaz-ztest',
    '13:24:13-23/11 yaz-ztest(1) [fatal] Failed to bind',
  ];

  it('reads the date, the level name and the text, learned or alone', () => {
    const { sample } = readSource(lines, receivedAt);
    for (const read of [sample, lines.map(parse)]) {
      expect(read.map((line) => line.timestamp)).toEqual([
        at('2026-11-28T06:25:01Z'),
        at('2026-11-28T06:31:44Z'),
        at('2026-11-28T06:31:44Z'),
        at('2026-11-28T06:40:04Z'),
        at('2026-11-23T13:23:14Z'),
        at('2026-11-23T13:24:13Z'),
      ]);
      expect(read.map((line) => line.level)).toEqual(['INFO', 'INFO', 'INFO', 'WARN', 'INFO', 'FATAL']);
      expect(read[1]?.message).toBe('Session - OK 2 unix:/var/run/zebra/socket PID=2231');
      expect(read[3]?.message).toBe('rec_get fail on sysno=48213');
    }
  });

  it('takes the year before when the day and month lie after the arrival', () => {
    expect(parse('23:59:59-31/12 zebrasrv(1) [server] Starting').timestamp).toBe(at('2025-12-31T23:59:59Z'));
  });

  it("takes next year's 1 January on 31 December, as syslog's year-less date does", () => {
    // One home for the year of a year-less date (`yearlessInstant`): the writer's clock a little ahead.
    const newYear = (raw: string) => parseLine(raw, { receivedAt: at('2026-12-31T23:59:59Z') }).timestamp;
    expect(newYear('00:00:01-01/01 zebrasrv(1) [server] Starting')).toBe(at('2027-01-01T00:00:01Z'));
    expect(newYear('Jan  1 00:00:01 host zebrasrv: Starting')).toBe(at('2027-01-01T00:00:01Z'));
    // A day long gone this year stays this year's.
    expect(newYear('06:25:01-28/11 zebrasrv(1) [server] Starting')).toBe(at('2026-11-28T06:25:01Z'));
    // 29 February a year on: the leap year's.
    const leap = parseLine('10:00:00-29/02 zebrasrv(1) [server] leap', {
      receivedAt: at('2025-03-01T00:00:00Z'),
    });
    expect(leap.timestamp).toBe(at('2024-02-29T10:00:00Z'));
  });

  it('reads no date that is not a day and month, or is glued to more text', () => {
    // Day 12, month 30; 31 February: the time of day stands alone, the rest is text.
    expect(parse('10:00:00-12/30 text').timestamp).not.toBe(at('2026-12-30T10:00:00Z'));
    expect(parse('10:00:00-31/02 text').timestamp).toBe(at('2026-11-30T10:00:00Z'));
    expect(parse('10:00:00-11/12/2026 text').timestamp).not.toBe(at('2026-12-11T10:00:00Z'));
    expect(parse('10:00:00-11/12x text').timestamp).not.toBe(at('2026-12-11T10:00:00Z'));
    // Inside text a time and a fraction are the text's.
    expect(parse('meeting 10:00:00-11/12 in room 4').timestamp).toBeUndefined();
  });
});

/*
 * CLASS: YAZ's bracketed level names after `program(n)`. The manual's "Log levels for servers":
 * `server`, `session`, `request` (dynamic bits of the same mask as `fatal`, `warn`, `debug`, `log`).
 */
describe("YAZ's server log levels, only in YAZ's line", () => {
  it('reads server, session, request and log as INFO after the time and program(n)', () => {
    for (const name of ['server', 'session', 'request', 'log']) {
      const line = parse(`06:31:44-28/11 pazpar2(4) [${name}] text here`);
      expect(line.level).toBe('INFO');
      expect(line.message).toBe('text here');
    }
  });

  it('leaves other names and a bracketed component in other lines unread', () => {
    expect(parse('06:31:44-28/11 zebrasrv(2) [requestdetail] Search details').level).toBeUndefined();
    expect(parse('06:31:44-28/11 zebrasrv(2) [zoom] connect').level).toBeUndefined();
    for (const raw of [
      '12:00:01 app(2) [server] started',
      '2026-11-30 12:00:01 [server] started',
      '2026-11-30 12:00:01 web(3) [session] opened',
      '06:31:44-28/11 zebrasrv(2) x [request] y',
      'Nov 30 12:00:01 host app[12]: [request] handled',
    ]) {
      expect(parse(raw).level).toBeUndefined();
    }
  });
});
