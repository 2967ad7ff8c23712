/**
 * Classes of issue #14's round r77: Pascal and Fortran programs' layouts. The lines are invented, not
 * taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { readSource } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });

/*
 * CLASS: mORMot's `TSynLog` line (`mormot.core.log.pas`): `ToLogTime`'s `yyyyMMdd HHmmsscc` stamp,
 * hundredths glued to the seconds, then (after a thread column, below) the 7-character column of
 * `LOG_LEVEL_TEXT`, whose words are
 * mORMot's own (`srvr`, `SQL`, `EXC`, `+` …) beside level words. Learned only: the stamp is as often
 * two counters, and `SQL` or `http` are no level anywhere else. A word that spells a level reads as
 * written; the others as mORMot's `LOG_TO_SYSLOG` sends them to syslog.
 */
describe("mORMot's TSynLog stamp and level column, learned from a source", () => {
  const lines = [
    '20261130 06120512  info  TRestHttpServer started on port 8080',
    '20261130 06120531  SQL   PRAGMA journal_mode=WAL',
    '20261130 06121204  http  GET /root/timestamp from 192.0.2.7',
    '20261130 06121204  srvr  GET root/timestamp Method -> 200 with outlen=12 in 41us',
    '20261130 06121977  debug session 12 created for user admin',
    '20261130 06122610  +    TRestServerDB(7f3a10c0).Batch',
    '20261130 06122611  -    00.000.883',
    '20261130 06123342  warn  invalid signature for session 13',
    '20261130 06125067  EXC   ESqlite3Exception ("database is locked") at 00a4c2f1',
    '20261130 06125068  ERROR Batch failed: database is locked',
  ];

  it('reads the stamp with its hundredths, mORMot’s words as levels, and the text after the column', () => {
    const { sample } = readSource(lines, receivedAt);
    expect(sample[0]?.timestamp).toBe(Date.parse('2026-11-30T06:12:05.120Z'));
    expect(sample[9]?.timestamp).toBe(Date.parse('2026-11-30T06:12:50.680Z'));
    expect(sample.map((line) => line.level)).toEqual([
      'INFO',
      'DEBUG',
      'DEBUG',
      'DEBUG',
      'DEBUG',
      'DEBUG',
      'DEBUG',
      'WARN',
      'ERROR',
      'ERROR',
    ]);
    expect(sample[1]?.message).toBe('PRAGMA journal_mode=WAL');
    expect(sample[3]?.message).toBe('GET root/timestamp Method -> 200 with outlen=12 in 41us');
    expect(sample[8]?.message).toBe('ESqlite3Exception ("database is locked") at 00a4c2f1');
    expect(sample[0]?.structure).toContain('level (mORMot) 0 fields after it');
  });

  it('reads neither the stamp nor mORMot’s words in a line alone', () => {
    const alone = parse(lines[3] as string);
    expect(alone.timestamp).toBeUndefined();
    expect(alone.level).toBeUndefined();
  });

  it('leaves mORMot’s words unread after another stamp, and a column of other words unread', () => {
    const iso = lines.map((line) => `2026-11-30T06:12:${line.slice(13, 15)}.${line.slice(15)}`);
    const { sample } = readSource(iso, receivedAt);
    expect(sample[1]?.timestamp).toBe(Date.parse('2026-11-30T06:12:05.310Z'));
    expect(sample[1]?.level).toBeUndefined();
    expect(sample[3]?.level).toBeUndefined();
    const requests = lines.map((line, k) => `${line.slice(0, 17)}  GET /item/${k} 200`);
    const read = readSource(requests, receivedAt).sample;
    expect(read[0]?.timestamp).toBe(Date.parse('2026-11-30T06:12:05.120Z'));
    expect(read[0]?.structure).not.toContain('mORMot');
  });

  it('learns no time from counters: impossible dates, or dates outside the window', () => {
    const counters = lines.map((line, k) => `1234567${k} 9${line.slice(10)}`);
    expect(readSource(counters, receivedAt).sample[0]?.timestamp).toBeUndefined();
    const old = lines.map((line) => `19990101${line.slice(8)}`);
    expect(readSource(old, receivedAt).sample[0]?.timestamp).toBeUndefined();
  });
});

/*
 * The same column as mORMot 2 writes it (`mormot.core.log.pas`): `TSynLog.FillInfo` puts `ToLogTime`'s
 * 17 characters, then under `ptIdentifiedInOneFile` (the family's default) the thread number as
 * `Int18ToText` writes it, three characters of 6 bits each from a space (thread 1 `  !`, 11 `  +`,
 * 13 `  -`, 64 ` ! `); `LogHeader` follows with the 7-character `LOG_LEVEL_TEXT` slot, a space and the
 * word (two before `+` and `-`). `ptMergedInOneFile` and `ptOneFilePerThread` write no thread column.
 */
describe("mORMot's TSynLog lines as FillInfo and LogHeader write them", () => {
  const SLOTS = {
    fail: ' fail  ',
    info: ' info  ',
    SQL: ' SQL   ',
    srvr: ' srvr  ',
    enter: '  +    ',
    leave: '  -    ',
    warn: ' warn  ',
    EXC: ' EXC   ',
    ERROR: ' ERROR ',
    debug: ' debug ',
  } as const;
  const threadDigits = (n: number) =>
    String.fromCharCode(((n >> 12) & 63) + 32, ((n >> 6) & 63) + 32, (n & 63) + 32);
  const records: [keyof typeof SLOTS, number, string][] = [
    ['info', 1, 'TRestHttpServer started on port 8080'],
    ['SQL', 2, 'PRAGMA journal_mode=WAL'],
    ['srvr', 11, 'GET root/timestamp Method -> 200 with outlen=12 in 41us'],
    ['enter', 1, 'TRestServerDB(7f3a10c0).Batch'],
    ['leave', 1, '00.000.883'],
    ['debug', 13, 'session 12 created for user admin'],
    ['ERROR', 11, 'Batch failed: database is locked'],
    ['fail', 13, 'session 13 closed: no heartbeat'],
    ['warn', 64, 'invalid signature for session 13'],
    ['EXC', 65, 'ESqlite3Exception ("database is locked") at 00a4c2f1'],
  ];
  const line = (k: number, thread: boolean) => {
    const [level, n, text] = records[k] as (typeof records)[number];
    return `20261130 061205${10 + k}${thread ? threadDigits(n) : ''}${SLOTS[level]}${text}`;
  };
  // `fail` is sllFail: `LOG_TO_SYSLOG` sends it as ssNotice, `LOG_WNG` counts it among the warnings.
  const levels = ['INFO', 'DEBUG', 'DEBUG', 'DEBUG', 'DEBUG', 'DEBUG', 'ERROR', 'WARN', 'WARN', 'ERROR'];

  for (const [thread, layout] of [
    [true, 'after the thread column of the default layout, a thread `+` or `-` no level'],
    [false, 'right after the stamp where no thread column stands (ptMergedInOneFile)'],
  ] as const)
    it(`reads the level ${layout}`, () => {
      const { sample } = readSource(
        records.map((_, k) => line(k, thread)),
        receivedAt,
      );
      expect(sample.map((read) => read.level)).toEqual(levels);
      expect(sample.map((read) => read.message)).toEqual(records.map(([, , text]) => text));
      expect(sample[6]?.timestamp).toBe(Date.parse('2026-11-30T06:12:05.160Z'));
    });

  it('reads no level from a short column of other words after the stamp', () => {
    const other = records.map((_, k) => `20261130 061205${10 + k}  ! GET /item/${k} 200 in 3ms`);
    const { sample } = readSource(other, receivedAt);
    expect(sample[0]?.timestamp).toBe(Date.parse('2026-11-30T06:12:05.100Z'));
    expect(sample.map((read) => read.level).filter(Boolean)).toEqual([]);
    expect(sample[0]?.structure).not.toContain('mORMot');
  });
});

/*
 * CLASS: the WRF Preprocessing System's log line (`geogrid/src/module_debug.F`, `mprintf`, shared by
 * geogrid, ungrib and metgrid): `print_date//' '//print_time//' --- '`, then `DEBUG: `, `INFORM: `,
 * `WARNING: ` or `ERROR: `, or nothing for its plain log-file lines. The three dashes are no text's,
 * and `INFORM:` is INFO where a level is expected; elsewhere `inform` is a verb.
 */
describe("WPS's `date time --- TAG: text` line", () => {
  it('reads INFORM as INFO after the dashes, the text after the tag, and the dashes out of a tagless text', () => {
    expect(parse('2026-11-29 06:41:03.218 --- INFORM: Processing domain 1 of 2')).toMatchObject({
      timestamp: Date.parse('2026-11-29T06:41:03.218Z'),
      level: 'INFO',
      message: 'Processing domain 1 of 2',
    });
    expect(parse('2026-11-29 06:41:05.961 --- WARNING: Entry in METGRID.TBL not found')).toMatchObject({
      level: 'WARN',
      message: 'Entry in METGRID.TBL not found',
    });
    const plain = parse('2026-11-29 06:41:07.118 --- Writing met_em.d01.2026-11-29_00:00:00.nc');
    expect(plain.level).toBeUndefined();
    expect(plain.message).toBe('Writing met_em.d01.2026-11-29_00:00:00.nc');
  });

  it('reads no level from `inform` as a word of text, nor past another field after the time', () => {
    expect(parse('2026-11-29 06:41:03 please inform: the operator').level).toBeUndefined();
    expect(parse('Please inform: the operator').level).toBeUndefined();
    expect(parse('2026-11-29 06:41:03 -- INFORM: two dashes').level).toBeUndefined();
    expect(parse('2026-11-29 06:41:03 --- job7 INFORM: later field').level).toBeUndefined();
  });
});
