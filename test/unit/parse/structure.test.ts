import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';
import { emptyHeader, lastSteps, STEP_BUDGET, scanHeader } from '../../../core/parse/structure.ts';
import { TIMESTAMP_SHAPES } from '../../../core/parse/timestamp-shapes.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });
const read = (raw: string) => {
  const line = parse(raw);
  return [line.level, line.message];
};

describe('the engines’ own logs', () => {
  it('reads OpenSearch’s `[time][LEVEL ][logger] …`: level, time, logger', () => {
    expect(
      parse('[2026-12-02T04:47:27,881][WARN ][o.o.b.BootstrapChecks] [node-1] max file descriptors too low'),
    ).toMatchObject({
      timestamp: Date.parse('2026-12-02T04:47:27.881Z'),
      level: 'WARN',
      logger: 'o.o.b.BootstrapChecks',
      message: '[node-1] max file descriptors too low',
    });
    expect(parse('[2026-12-02T05:44:28,003][DEPRECATION][o.o.d.n.Node ] [n] no-jdk').level).toBeUndefined();
    // OpenSearch pads the logger to 25 characters: the padding is not part of it.
    expect(parse('[2026-12-02T05:44:28,003][INFO ][o.o.n.Node               ] [n] started').logger).toBe(
      'o.o.n.Node',
    );
  });

  it('reads Kafka’s trailing `(logger.Class)` as the logger, not the message', () => {
    expect(
      parse(
        '[2026-12-02 05:44:25,767] INFO [ControllerServer id=1] Starting controller (kafka.server.ControllerServer)',
      ),
    ).toMatchObject({
      level: 'INFO',
      timestamp: Date.parse('2026-12-02T05:44:25.767Z'),
      logger: 'kafka.server.ControllerServer',
      message: '[ControllerServer id=1] Starting controller',
    });
    expect(
      parse('[2026-12-02 05:44:25,344] INFO Registered MBean (kafka.utils.Log4jControllerRegistration$)'),
    ).toMatchObject({ logger: 'kafka.utils.Log4jControllerRegistration$', message: 'Registered MBean' });
    // The bracket goes back into the message as written, its colon too.
    expect(
      parse(
        '[2026-12-02 05:44:29,523] INFO [LogDirFailureHandler]: Starting (kafka.server.ReplicaManager$Handler)',
      ),
    ).toMatchObject({
      logger: 'kafka.server.ReplicaManager$Handler',
      message: '[LogDirFailureHandler]: Starting',
    });
    // A parenthesis that is no class name stays in the message.
    expect(parse('[2026-12-02 05:44:25,344] INFO Done (in 3 ms)').message).toBe('Done (in 3 ms)');
  });
});

describe('whole timestamp values in any shape of the table', () => {
  it('reads werkzeug’s access-log time and a JSON time in US notation', () => {
    expect(parse('127.0.0.1 - - [02/Dec/2026 05:44:24] "GET /moto-api/ HTTP/1.1" 200 -')).toMatchObject({
      timestamp: Date.parse('2026-12-02T05:44:24Z'),
      message: 'GET /moto-api/ HTTP/1.1',
    });
    expect(parse('{"time":"11/30/2026 2:02:11 PM","msg":"x"}').timestamp).toBe(
      Date.parse('2026-11-30T14:02:11Z'),
    );
  });
});

describe('the header finder, line by line', () => {
  it('reads each line afresh: nothing of the line before it is left in the reused header', () => {
    const ctx = { zone: 'UTC', receivedAt: Date.UTC(2026, 11, 1) };
    const withoutTime = 'disk low on /var [WARN] retrying';
    const fresh = { ...scanHeader(withoutTime, ctx, emptyHeader()) };
    const reused = emptyHeader();
    scanHeader('2026-11-30 14:02:11,123 ERROR [main] boom at the end of a long header', ctx, reused);
    expect({ ...scanHeader(withoutTime, ctx, reused) }).toEqual(fresh);
  });

  it.each([
    ['a file name first', 'app.log 2026-11-30 14:02:11 WARN disk low', '2026-11-30T14:02:11Z', 'WARN'],
    [
      'a sequence number first',
      '000042 2026-11-30T14:02:11.5Z ERROR boom',
      '2026-11-30T14:02:11.500Z',
      'ERROR',
    ],
    ['a label first', 'worker-7 | 2026/11/30 14:02:11 | INFO | ok', '2026-11-30T14:02:11Z', 'INFO'],
    [
      'pipe columns, compact date',
      '20261130-14:2:3:045|svc|7|Step done',
      '2026-11-30T14:02:03.045Z',
      undefined,
    ],
    ['a comma after the time', '2026-11-30 14:02:11, Info   Loader  done', '2026-11-30T14:02:11Z', 'INFO'],
    ['dotted date', '2026.11.30 14:02:11.250 [ 12 ] <Warning> x', '2026-11-30T14:02:11.250Z', 'WARN'],
    ['dashes and dots', '2026-11-30-14.02.11.123456 kern FATAL x', '2026-11-30T14:02:11.123Z', 'FATAL'],
    ['bracketed month.day', '[11.30 14:02:11] thing.exe - open', '2026-11-30T14:02:11Z', undefined],
    ['year-less month-day', '11-30 14:02:11.123  42  43 W Tag: x', '2026-11-30T14:02:11.123Z', 'WARN'],
    ['epoch seconds first', '1796047331 host kernel: x', '2026-11-30T14:02:11Z', undefined],
    [
      'a level in colour',
      '2026-11-30T14:02:11Z \u001b[31mERROR\u001b[0m failed',
      '2026-11-30T14:02:11Z',
      'ERROR',
    ],
    ['a padded bracketed level', '2026-11-30 14:02:11 [WARN ] low', '2026-11-30T14:02:11Z', 'WARN'],
    ['12-hour clock', 'Nov 30, 2026 2:02:11 PM org.Foo bar', '2026-11-30T14:02:11Z', undefined],
    ['day month-name year', '30 Nov 2026 14:02:11.5 * ready', '2026-11-30T14:02:11.500Z', undefined],
    ['time of day only', '14:02:11.123 [main] ERROR a.B - x', '2026-12-01T14:02:11.123Z', 'ERROR'],
    ['a letter and a bang', '2026-11-30T14:02:11Z W! [inputs.disk] slow', '2026-11-30T14:02:11Z', 'WARN'],
    [
      'a zone abbreviation',
      '2026-11-30 14:02:11.250 CET [77] ERROR: gone',
      '2026-11-30T13:02:11.250Z',
      'ERROR',
    ],
    ['a US zone abbreviation', '2026-11-30 06:02:11 PST WARN slow', '2026-11-30T14:02:11Z', 'WARN'],
    ['Date.toString() with a zone', 'Mon Nov 30 09:02:11 EST 2026 INFO up', '2026-11-30T14:02:11Z', 'INFO'],
    ['colon before milliseconds', '2026-11-30 14:02:11:250 WARN slow', '2026-11-30T14:02:11.250Z', 'WARN'],
    ['compact date, dotted fraction', '20261130-14:02:11.250 INFO ok', '2026-11-30T14:02:11.250Z', 'INFO'],
    [
      'month name in an ISO date',
      '2026-Nov-30 14:02:11.250000 <warning> x',
      '2026-11-30T14:02:11.250Z',
      'WARN',
    ],
    ['ISO date, 12-hour clock', '2026-11-30 2:02:11 PM ERROR x', '2026-11-30T14:02:11Z', 'ERROR'],
    ['day-first with dashes', '30-11-2026 14:02:11 ERROR x', '2026-11-30T14:02:11Z', 'ERROR'],
    ['Erlang report date', '=WARNING REPORT==== 30-Nov-2026::14:02:11 ===', '2026-11-30T14:02:11Z', 'WARN'],
    ['kitchen time of day', '2:02PM WRN cache cold', '2026-12-01T14:02:00Z', 'WARN'],
    ['a 12-hour time of day', '2:02:11 PM [bundler] ERROR: rebuild failed', '2026-12-01T14:02:11Z', 'ERROR'],
    [
      'a zone after any layout',
      '[30-Nov-2026 15:02:11 +0100]: <ab12> WARN x',
      '2026-11-30T14:02:11Z',
      'WARN',
    ],
    [
      'date and time apart by a dash',
      '[API] 2026/11/30 - 14:02:11 | 200 | GET /',
      '2026-11-30T14:02:11Z',
      undefined,
    ],
    ['epoch µs cut to the ms', '1796047331.456789 INFO open(3)', '2026-11-30T14:02:11.456Z', 'INFO'],
    [
      'a level glued by colons',
      '2026-11-30 14:02:11,250:ERROR:billing:card refused',
      '2026-11-30T14:02:11.250Z',
      'ERROR',
    ],
    [
      'colons, a dotted logger',
      '2026-11-30 14:02:11.250:WARN:o.e.Srv:main: slow',
      '2026-11-30T14:02:11.250Z',
      'WARN',
    ],
    [
      'a level, then names, by colons',
      '[2026-11-30 14:02:11,250] WARNING:jobs.queue:Worker-2:slow',
      '2026-11-30T14:02:11.250Z',
      'WARN',
    ],
    [
      'month names in full',
      'November 30, 2026 14:02:11.250 [0x7f12] ERROR - x',
      '2026-11-30T14:02:11.250Z',
      'ERROR',
    ],
    ['day first, no year', '30 Nov 14:02:11 - [warn] [flow:x] slow', '2026-11-30T14:02:11Z', 'WARN'],
    [
      'a namespace, then a level',
      '2026-11-30 14:02:11 [cache:error] evicted',
      '2026-11-30T14:02:11Z',
      'ERROR',
    ],
    [
      'a hex thread id column',
      '2026-11-30 14:02:11.250 0x7f3a  Error  0x0  fs: gone',
      '2026-11-30T14:02:11.250Z',
      'ERROR',
    ],
    [
      'a key=value level',
      '2026-11-30T14:02:11Z web[1]: at=error code=H12 path=/',
      '2026-11-30T14:02:11Z',
      'ERROR',
    ],
  ])('%s: %s', (_name, line, time, level) => {
    const parsed = parse(line);
    expect(parsed.timestamp).toBe(Date.parse(time));
    expect(parsed.level).toBe(level);
    expect(parsed.parseFailed).toBe(false);
  });

  it('takes the names joined to a level by colons off the message, the first as the logger', () => {
    expect(parse('[2026-11-30 14:02:11,250] WARNING:jobs.queue:Worker-2:retry in 5 s')).toMatchObject({
      level: 'WARN',
      logger: 'jobs.queue',
      message: 'retry in 5 s',
    });
    expect(parse('2026-11-30 14:02:11,250:ERROR:billing:card refused: code 51')).toMatchObject({
      logger: 'billing',
      message: 'card refused: code 51',
    });
  });

  it('reads a level joined to a name by a colon, or followed by a code in brackets, without a time', () => {
    expect(parse('orm:warn pool nearly full')).toMatchObject({ level: 'WARN', message: 'pool nearly full' });
    expect(parse('warning[W0611]: unused import').level).toBe('WARN');
    // A URL's scheme, and a key:value pair that is no level, are not levels.
    expect(parse('http://example.com/health failed').level).toBeUndefined();
    expect(parse('2026-11-30 14:02:11 user:admin logged in').level).toBeUndefined();
  });

  it('reads FAIL, ALERT and the like in a header as levels only where marked as a field', () => {
    const failed = parse('Mon Nov 30 14:02:11 2026 [pid 77] [carol] FAIL LOGIN: Client "10.0.0.9"');
    expect(failed.level).toBeUndefined();
    expect(parse('2026-11-30 14:02:11.250 | SUCCESS  | jobs:run:8 - done').level).toBe('INFO');
    expect(parse('2026-11-30 14:02:11 [ALERT] disk array degraded').level).toBe('FATAL');
    expect(parse('fail: Web.Api[12] request aborted').level).toBe('ERROR');
  });

  it('takes no level from words of a sentence, nor a weak spelling from a line without a time', () => {
    expect(parse('2026-11-30 14:02:11 user asked for the ERROR report').level).toBeUndefined();
    expect(parse('fine').level).toBeUndefined();
    expect(parse('I think so').level).toBeUndefined();
    expect(parse('2026-11-30T14:02:11Z web[1]: what=error path=/').level).toBeUndefined();
  });

  it('a drive letter (`C:`) is not a one-letter level, per line', () => {
    expect(parse('2026-11-30 14:02:11 C: drive is full')).toMatchObject({
      level: undefined,
      message: 'C: drive is full',
    });
    expect(parse('[2026-11-30 14:02:11] D: volume mounted').level).toBeUndefined();
    expect(parse('09:15:00 E: share unreachable').level).toBeUndefined();
    // Unmarked, or marked otherwise, a single letter in the level's place still is one.
    expect(parse('2026-11-30 14:02:11 E Mover: queue stalled').level).toBe('ERROR');
    expect(parse('2026-11-30 14:02:11 [W] queue slow').level).toBe('WARN');
  });

  it('a level word quoted inside the text after a program tag or two words of prose is text', () => {
    for (const line of [
      '2026-11-30T14:02:11Z gw-3 relay[88]: client sent ERROR: bad request',
      'Nov 30 14:02:11 gw-3 relay[88]: client sent ERROR: bad request',
      '2026-11-30 14:02:11 peer answered FATAL: too many connections',
      '2026-11-30 14:02:11 relay: upstream said WARNING: slow',
    ]) {
      const parsed = parse(line);
      expect(parsed.level, line).toBeUndefined();
      expect(parsed.message, line).toMatch(/ (ERROR|FATAL|WARNING): /);
    }
    // A marked level after header fields (a pid, a key=value, a logger column) still is one.
    expect(parse('2026-11-30 14:02:11.5: worker pid 77: ERROR:  lost peer').level).toBe('ERROR');
    expect(parse('Nov 30 14:02:11 db2 pg[77]: [4-1] db=shop ERROR:  no such table').level).toBe('ERROR');
    expect(parse('2026-11-30 14:02:11,250 billing ERROR charge refused').level).toBe('ERROR');
  });

  it('reads a zone of hours alone after a space where the header goes on, not before a word', () => {
    // .NET's `zz` (Duplicati), the tz database's numeric abbreviations (PostgreSQL's `%m`, date(1)).
    expect(parse('2026-11-23 01:00:00 +01 - [Main]: The operation Backup has started')).toMatchObject({
      timestamp: Date.parse('2026-11-23T00:00:00Z'),
      message: '[Main]: The operation Backup has started',
    });
    expect(parse('2026-11-23 01:00:00.123 -03 [812] LOG:  checkpoint starting')).toMatchObject({
      timestamp: Date.parse('2026-11-23T04:00:00.123Z'),
      level: 'INFO',
      message: 'checkpoint starting',
    });
    expect(parse('[2026-11-23 01:00:00 +01] started').timestamp).toBe(Date.parse('2026-11-23T00:00:00Z'));
    expect(parse('Mon Nov 23 01:00:00 +03 2026 started').timestamp).toBe(Date.parse('2026-11-22T22:00:00Z'));
    // Before a word, or a signed number past any zone, it is the text's.
    expect(parse('2026-11-23 14:32:15 -12 items in queue')).toMatchObject({
      timestamp: Date.parse('2026-11-23T14:32:15Z'),
      message: '-12 items in queue',
    });
    expect(parse('2026-11-23 14:32:15 +15 - retries').timestamp).toBe(Date.parse('2026-11-23T14:32:15Z'));
    // A year-like number after a time whose date has its year is a count, not date(1)'s year.
    expect(parse('2026-11-23 14:32:15 +01 2026 retries')).toMatchObject({
      timestamp: Date.parse('2026-11-23T14:32:15Z'),
      message: '+01 2026 retries',
    });
  });

  it('reads a date written with colons (EXIF, Astaro / Sophos UTM)', () => {
    expect(
      parse('2026:11:28-10:15:32 utm-fw ulogd[4321]: id="2001" severity="info" name="dropped"'),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-28T10:15:32Z'),
      level: 'INFO',
    });
    expect(parse('2026:11:28 10:15:32 camera saved IMG_0042.JPG').timestamp).toBe(
      Date.parse('2026-11-28T10:15:32Z'),
    );
    expect(parse('2026:13:28 10:15:32 not a date').timestamp).toBeUndefined();
  });

  it('joins a date to a time of day written apart from it, in any date layout of the table', () => {
    const cases: Array<[string, string]> = [
      ['2026-11-28 @ 21:03:40 backup done', '2026-11-28T21:03:40Z'],
      ['job 11/28/2026 - 21:03:40: backup done', '2026-11-28T21:03:40Z'],
      ['27.11.2026 | 14:02:11.250 | sync finished', '2026-11-27T14:02:11.250Z'],
      ['[4] Nov27 03:11:40 main >> mounted', '2026-11-27T03:11:40Z'],
      ['27-Nov-2026, 2:02:11 PM ERROR lost peer', '2026-11-27T14:02:11Z'],
      // A layout that reads a date the calendar refuses (M/d/yyyy's month 28), or only the date's
      // start (MM-dd's `28-11`, no time after it), leaves the later layouts their turn.
      ['28/11/2026 - 21:03:40 backup done', '2026-11-28T21:03:40Z'],
      ['28-11-2026 - 21:03:40 backup done', '2026-11-28T21:03:40Z'],
      ['11-28-2026 - 21:03:40 backup done', '2026-11-28T21:03:40Z'],
    ];
    for (const [line, time] of cases) expect(parse(line).timestamp, line).toBe(Date.parse(time));
    expect(parse('27-Nov-2026, 2:02:11 PM ERROR lost peer')).toMatchObject({
      level: 'ERROR',
      message: 'lost peer',
    });
    // A number that is no date (a pid, a count) is not joined to the time after it.
    expect(parse('1201 - 21:03:40 backup done').timestamp).toBeUndefined();
    // Learned per source, the date is read on every line, not the last such time of day.
    const parser = compileParser({});
    const lines = Array.from(
      { length: 12 },
      (_, i) => `L 11/2${i % 8}/2026 - 21:03:${String(10 + i)}: player ${i} joined`,
    );
    parser.learn('game', lines, receivedAt);
    expect(parser(lines[3] as string, receivedAt, 'game').timestamp).toBe(Date.parse('2026-11-23T21:03:13Z'));
  });

  it('reads grok’s and the locales’ other date families and epoch nanoseconds opening a line', () => {
    const cases: Array<[string, string]> = [
      ['20261130140211 INFO service started', '2026-11-30T14:02:11Z'],
      ['11-30-2026 14:02:11 INFO service started', '2026-11-30T14:02:11Z'],
      ['11/30/2026 2:02 PM INFO service started', '2026-11-30T14:02:00Z'],
      ['30.11.26 14:02:11 INFO service started', '2026-11-30T14:02:11Z'],
      ['2026-11-30 14:02 INFO service started', '2026-11-30T14:02:00Z'],
      ['2026-11-30T14:02Z INFO service started', '2026-11-30T14:02:00Z'],
      ['1796047331123456789 INFO service started', '2026-11-30T14:02:11.123Z'],
    ];
    for (const [line, time] of cases) {
      expect(parse(line), line).toMatchObject({
        timestamp: Date.parse(time),
        level: 'INFO',
        message: 'service started',
      });
    }
    // A day-first date stays day-first where both read (`05-11-2026` is 5 November).
    expect(parse('05-11-2026 14:02:11 INFO x').timestamp).toBe(Date.parse('2026-11-05T14:02:11Z'));
  });

  it('reads a time of day after a thread column when a level word follows it (log4net’s `%t %d{ABSOLUTE} %-5p`)', () => {
    const yesterday = (time: string) => Date.parse(`2026-12-02T${time}Z`) - 86_400_000;
    expect(parse('4412 07:15:40 WARN  Cache flush took 812 ms')).toMatchObject({
      timestamp: yesterday('07:15:40'),
      level: 'WARN',
      message: 'Cache flush took 812 ms',
    });
    expect(parse('Scheduler #2 07:16:02 ERROR Task IndexRebuild failed')).toMatchObject({
      timestamp: yesterday('07:16:02'),
      level: 'ERROR',
      message: 'Task IndexRebuild failed',
    });
    // Without the level word, a time of day past the first field is the text's.
    expect(parse('Backup 4412 07:15:40 done').timestamp).toBeUndefined();
  });

  it('reads a time of day whose fraction follows a colon, where the source shows it', () => {
    const lines = Array.from(
      { length: 12 },
      (_, i) => `SVC(1a.2b) 08:04:${String(10 + i)}:${String(100 + i)} step ${i} applied`,
    );
    const parser = compileParser({});
    parser.learn('svc', lines, receivedAt);
    expect(parser(lines[2] as string, receivedAt, 'svc')).toMatchObject({
      timestamp: Date.parse('2026-12-02T08:04:12.102Z') - 86_400_000,
      message: 'step 2 applied',
    });
  });

  it('every shape in the table reads its own example', () => {
    const ctx = { zone: 'UTC', receivedAt };
    const examples: Record<string, string> = {
      'yyyy.MM.dd HH:mm:ssSZ': '2026.11.30 14:02:11',
      'yyyy.MM.dd-HH.mm.ssSZ': '2026.11.30-14.02.11',
      'yyyy.MM.dd-HH.mm.ss:SZ': '2026.11.30-14.02.11:000',
      'yyyy/MM/dd-HH:mm:ssSZ': '2026/11/30-14:02:11',
      'yyyy:MM:dd HH:mm:ssSZ': '2026:11:30 14:02:11',
      'yyyy:MM:dd-HH:mm:ssSZ': '2026:11:30-14:02:11',
      'yyyy-MM-dd.HH:mm:ssSZ': '2026-11-30.14:02:11',
      'yyyy-MM-dd-HH.mm.ssSZ': '2026-11-30-14.02.11',
      'yyyy-MM-dd_HH:mm:ssSZ': '2026-11-30_14:02:11',
      'yyyy-MM-dd HH-mm-ssSZ': '2026-11-30 14-02-11',
      'yyyy-MM-dd HH:mm:ss:SZ': '2026-11-30 14:02:11:000',
      'yyyyMMdd-H:m:s:SZ': '20261130-14:2:11:0',
      'yyyyMMdd-HH:mm:ssSZ': '20261130-14:02:11',
      // Read only with its fraction: without one, a build's or an order's id.
      'yyyyMMdd-HHmmss.SZ': '20261130-140211.000',
      'yyyyMMdd HH:mm:ssSZ': '20261130 14:02:11',
      yyyyMMddTHHmmssSZ: '20261130T140211',
      yyyyMMddHHmmssSSS: '20261130140211000',
      yyyyMMddHHmmssSZ: '20261130140211',
      // Read only before a space or a tab: alone, or before `.tar.gz`, it is a file name.
      yyyyMMdd_HHmmss: '20261130_140211 run',
      'yyyyMMdd HHmmssS': '20261130 140211.000 run',
      yyMMdd_HHmmss: '261130_140211 run',
      yyyy_MM_dd_HH_mm_ss: '2026_11_30_14_02_11 run',
      'yyMMdd HH:mm:ssSZ': '261130 14:02:11',
      'MMdd HH:mm:ssSZ': '1130 14:02:11',
      'MMdd/HHmmssS': '1130/140211.000000',
      'yyyy/MM/dd - HH:mm:ssSZ': '2026/11/30 - 14:02:11',
      'yyyy/MM/dd h:mmaZ': '2026/11/30 2:02PM',
      'MM/dd/yyyy-HH:mm:ssSZ': '11/30/2026-14:02:11',
      'MM/dd/yyyy:HH:mm:ssSZ': '11/30/2026:14:02:11 GMT',
      'MM/dd-HH:mm:ssSZ': '11/30-14:02:11',
      'MM-dd HH:mm:ssSZ': '11-30 14:02:11',
      'MM.dd HH:mm:ssSZ': '11.30 14:02:11',
      'MM/dd HH:mm:ssSZ': '11/30 14:02:11',
      'dd-MMM-yyyy HH:mm:ssSZ': '30-Nov-2026 14:02:11',
      'dd-MMM-yy HH:mm:ssSZ': '30-Nov-26 14:02:11',
      'dd-MMM-yyyy:HH:mm:ssSZ': '30-Nov-2026:14:02:11',
      'dd-MMM-yyyy::HH:mm:ssSZ': '30-Nov-2026::14:02:11',
      'dd-MMM-yyyyTHH:mm:ssSZ': '30-Nov-2026T14:02:11',
      'yyyy-MMM-dd HH:mm:ssSZ': '2026-Nov-30 14:02:11',
      'yyyy-MM-dd h:mm:ss aZ': '2026-11-30 2:02:11 PM',
      'dd-MM-yyyy HH:mm:ssSZ': '30-11-2026 14:02:11',
      'dd-MM-yy HH:mm:ssSZ': '30-11-26 14:02:11',
      'M-d-yyyy H:mm:ssSZ': '11-30-2026 14:02:11',
      'dd/MMM/yyyy HH:mm:ssSZ': '30/Nov/2026 14:02:11',
      'dd MM yyyy HH:mm:ssSZ': '30 11 2026 14:02:11',
      'yyyy MM dd HH:mm:ss:SZ': '2026 11 30 14:02:11:000',
      'd MMM yyyy HH:mm:ssSZ': '30 Nov 2026 14:02:11',
      'd MMM yyyy, HH:mm:ssSZ': '30 Nov 2026, 14:02:11',
      'd MMM HH:mm:ssSZ': '30 Nov 14:02:11',
      'M/d/yyyy h:mm:ss aZ': '11/30/2026 2:02:11 PM',
      'M/d/yyyy H:mm:ssSZ': '11/30/2026 14:02:11',
      'M/d/yyyy h:mm aZ': '11/30/2026 2:02 PM',
      'M/d/yy H:mm:ss:SZ': '11/30/26 14:02:11:000',
      'M/d/yy H:mm:ssSZ': '11/30/26 14:02:11',
      'd.M.yyyy H:mm:ssSZ': '30.11.2026 14:02:11',
      'd.M.yy H:mm:ssSZ': '30.11.26 14:02:11',
      'M.d.yy H:mm:ssSZ': '11.30.26 14:02:11',
      'yyyy-MM-dd HH:mmZ': '2026-11-30 14:02',
      'yyyy-MM-ddTHH:mmZ': '2026-11-30T14:02Z',
      'dd-MM-yy HH:mmZ': '30-11-26 14:02',
      'd/M/yyyy H:mm:ssSZ': '30/11/2026 14:02:11',
      'd/M/yyyy h:mm:ss aZ': '30/11/2026 2:02:11 PM',
      'time of day … M/d/yyyy': '14:02:11 - 11/30/2026',
      'time of day … d/M/yyyy': '14:02:11 - 30/11/2026',
      'time of day … d-M-yyyy': '14:02:11 | 30.11.2026',
      'time of day … M-d-yyyy': '14:02:11 - 11-30-2026',
      'h:mm:ss aZ': '2:02:11 PM',
      'H:mm:ssSZ': '14:02:11',
      'H:mm:ss:SZ': '14:02:11:000',
      'date … time of day': '11/30/2026 - 14:02:11',
      'date … time of day (month name)': 'Nov30 14:02:11',
      'h:mma': '2:02PM',
      'MMM d, yyyy h:mm:ss a': 'Nov 30, 2026 2:02:11 PM',
      'MMM d, yyyy H:mm:ssSZ': 'Nov 30, 2026 14:02:11',
      'EEE, MMM d, yyyy h:mm:ss aZ': 'Monday, November 30, 2026 2:02:11 PM',
      'MMM d yyyy HH:mm:ssSZ': 'Nov 30 2026 14:02:11',
      'MMM d HH:mm:ssSZ yyyy': 'Nov 30 14:02:11 2026',
      'MMM d HH:mm:ss:SZ yyyy': 'Nov 30 14:02:11:000 2026',
      'MMM d HH:mm:ssSZ': 'Nov 30 14:02:11',
      // Read only with its fraction after a dash (three or six digits): without one, syslog's shape reads it.
      'MMM d HH:mm:ss-SZ': 'Nov 30 14:02:11-000000',
      'MMM-dd HH:mm:ssSZ': 'Nov-30 14:02:11',
      'MMM-dd-yyyy HH:mm:ssSZ': 'Nov-30-2026 14:02:11',
      'EEE MMM d HH:mm:ssSZ yyyy.SZ': 'Mon Nov 30 14:02:11 UTC 2026',
      'EEE d MMM yyyy HH:mm:ssSZ': 'Mon 30 Nov 2026 14:02:11',
      'EEE d MMM HH:mm:ssSZ yyyy.SZ': 'Mon 30 Nov 14:02:11 2026',
      'days since 1601 HH:mm:ss (Windows day number)': '155561 14:02:11.0000000s',
      epoch: '1796047331',
      'yyyy?MM?dd?HH:mm:ss (year first, any joiner)': '2026/11/30_14:02:11',
      'iso/syslog/ctime/clf': '2026-11-30T14:02:11Z',
      // 2^62 + 10 + the Unix seconds, as daemontools' tai64nlocal reads it.
      tai64n: '@400000006b0d81ed00000000 text',
      // Learned only; read only before a space or a tab.
      'MM/dd HH:mm': '11/30 14:02 run',
      // The slash sibling of `yyyyMMdd-HHmmss.SZ`, its fraction required.
      'yyyyMMdd/HHmmss.SZ': '20261130/140211.000',
      // Learned only, before a space: a dotted time without a year; hundredths glued to the seconds.
      'MM/dd HH.mm.ss': '11/30 14.02.11 run',
      'yyMMdd HHmmsscc': '261130 14021100 run',
      'yyyy/MM/dd HH:mmZ': '2026/11/30 14:02',
      'HH::mm::ssSZ': '14::02::11',
      'hh::mm::ss aZ': '02::02::11 PM',
      // Learned only: the year-last class, each order with its separators.
      'MM/dd/yyyy?HH?mm?ss (year last, any joiner)': '11/30/2026-14:02:11',
      'dd/MM/yyyy?HH?mm?ss (year last, any joiner)': '30/11/2026_14-02-11',
      'dd-MM-yyyy?HH?mm?ss (year last, any joiner, - or .)': '30.11.2026_14-02-11',
      'MM-dd-yyyy?HH?mm?ss (year last, any joiner, - or .)': '11-30-2026T14.02.11',
      // And its compact date, each order (r44).
      'ddMMyyyy?HH:mm:ss (year last, compact)': '30112026 14:02:11',
      'MMddyyyy?HH:mm:ss (year last, compact)': '11302026 14:02:11',
      // Learned only, before a space: the hybrid IRC servers' `smalldate` (r60).
      'yyyy/M/d HH.mm': '2026/11/30 14.02 run',
      // The year-first date written day before month (r61).
      'yyyy-dd-MM HH:mm:ssSZ': '2026-30-11 14:02:11',
      // Learned only, before a space: a dotted time of day with no date (r65).
      'HH.mm.ss': '14.02.11 run',
      // Learned only, before a space: mORMot's stamp, hundredths glued to the seconds (r77).
      'yyyyMMdd HHmmsscc': '20261130 14021100 run',
      // Learned only, before a space: a time of day to the minute with no date (r81).
      'HH:mm': '14:02 run',
      // Learned only, before a space: the dashed month-first date without a year, to the minute (r88).
      'MM-dd HH:mm': '11-30 14:02 run',
      // 4diac FORTE's `T#` and epoch nanoseconds, then its colon (r89).
      'T#epoch ns': 'T#1796047331000000000: run',
      // YAZ's time of day, then its day and month (r99).
      'HH:mm:ss-dd/MM': '14:02:11-30/11 zebrasrv(1) [server] text',
      // Rich's time of day, its microseconds after a dash (r102).
      'HH:mm:ss-S': '14:02:11-000412 INFO text',
      // TinyMUX's log stamp, opening the line, before a space (r112).
      'yyyy.MMdd:HHmmss': '2026.1130:140211 Duskmere NET/CONN : text',
      // mprime's stamp to the minute, closing the bracket that opens the line (r118): read after its `[`.
      'MMM d HH:mm': '[Nov 30 14:02] text',
    };
    const out = { ms: 0, end: 0 };
    for (const shape of TIMESTAMP_SHAPES) {
      const example = examples[shape.name];
      expect(example, shape.name).toBeDefined();
      const text = example as string;
      const at = text.charCodeAt(0) === 91 ? 1 : 0;
      const c = text.charCodeAt(at);
      if (shape.digitFirst !== (c >= 48 && c <= 57)) continue;
      expect(shape.scan(text, at, ctx, out), shape.name).toBe(true);
      // A time of day alone is the last such time before the reference (YAZ's has its day after it).
      // A time of day in minutes (Go's Kitchen layout) has no seconds.
      const expected =
        shape.name === 'h:mma' || shape.name === 'HH:mm'
          ? '2026-12-01T14:02:00Z'
          : /(h:mmaZ|h:mm aZ|HH:mmZ|HH[:.]mm)$/.test(shape.name)
            ? '2026-11-30T14:02:00Z'
            : /^[Hh]+[:.]/.test(shape.name) && !shape.name.includes('dd')
              ? '2026-12-01T14:02:11Z'
              : '2026-11-30T14:02:11Z';
      expect(out.ms, shape.name).toBe(Date.parse(expected));
    }
  });
});

describe('timestamp shapes found in a source', () => {
  const learnedTimes = (lines: string[]) => {
    const parser = compileParser({});
    parser.learn('src', lines, receivedAt);
    return lines.map((line) => parser(line, receivedAt, 'src').timestamp);
  };

  it('a date and a time of day in tab-separated fields (W3C extended logs) are one timestamp', () => {
    const lines = Array.from(
      { length: 8 },
      (_, i) => `2026-11-27\t10:15:0${i}\tFRA56-P5\t1204\t203.0.113.7\tGET\t/index.html\t200`,
    );
    expect(learnedTimes(lines)).toEqual(lines.map((_, i) => Date.parse(`2026-11-27T10:15:0${i}Z`)));
  });

  it("reads a day-first date with a two-digit year and logback's month-name-dash-day date", () => {
    const dayFirst = Array.from(
      { length: 6 },
      (_, i) => `[28-11-26 18:20:0${i}.118] LOG  : General , step ${i}`,
    );
    expect(learnedTimes(dayFirst)).toEqual(dayFirst.map((_, i) => Date.parse(`2026-11-28T18:20:0${i}.118Z`)));
    const monthDash = Array.from(
      { length: 6 },
      (_, i) => `Nov-27 10:15:0${i}.123 [main] INFO  a.B - step ${i}`,
    );
    expect(learnedTimes(monthDash)).toEqual(
      monthDash.map((_, i) => Date.parse(`2026-11-27T10:15:0${i}.123Z`)),
    );
  });
});

describe('levels in a learned column or marked as a field', () => {
  it("reads java.util.logging's names cut to a five-letter column once the source shows the column", () => {
    const levels = ['INFO ', 'WARNI', 'INFO ', 'SEVER', 'INFO ', 'INFO '];
    const lines = levels.map((l, i) => `2026-11-23 04:30:1${i}:512 ${l} Storage step ${i} done [OServer]`);
    const parser = compileParser({});
    parser.learn('src', lines, receivedAt);
    expect(lines.map((line) => parser(line, receivedAt, 'src').level)).toEqual([
      'INFO',
      'WARN',
      'INFO',
      'ERROR',
      'INFO',
      'INFO',
    ]);
    // The logger's name the same on every line closes them as a recurring tag does (r79).
    expect(parser(lines[1] as string, receivedAt, 'src')).toMatchObject({
      message: 'Storage step 1 done',
      logger: 'OServer',
    });
    // Read alone, a cut word is text.
    expect(parseLine('2026-11-23 04:30:11:871 SEVER the link', { receivedAt }).level).toBeUndefined();
  });

  it("reads a debug or trace word with a verbosity number, marked as a field (firewalld's `DEBUG1:`)", () => {
    expect(parseLine('2026-11-29 13:40:02 DEBUG1: start()', { receivedAt })).toMatchObject({
      level: 'DEBUG',
      message: 'start()',
    });
    expect(parseLine('2026-11-29 13:40:02 [TRACE2] polling', { receivedAt }).level).toBe('TRACE');
    // Unmarked, or another word with a number, it is text.
    expect(parseLine('2026-11-29 13:40:02 ERROR2: x', { receivedAt }).level).toBeUndefined();
  });

  it("reads a level between asterisks as a field (Apache Sling's `*WARN*`), the closing one not the text's", () => {
    expect(
      parseLine('26.11.2026 08:15:31.664 *WARN* [qtp-219] No renderer for extension json5', { receivedAt }),
    ).toMatchObject({ level: 'WARN', timestamp: Date.parse('2026-11-26T08:15:31.664Z') });
    expect(
      parseLine('26.11.2026 08:15:31.664 *WARN* [qtp-219] No renderer for extension json5', { receivedAt })
        .message,
    ).not.toMatch(/^\*/);
  });
});

describe('structure learned per source', () => {
  const titled = (i: number, level: string) =>
    `2026-11-30 14:02:${String(i % 60).padStart(2, '0')} [worker-${i % 3}] ${level}  step ${i} done`;
  const sample = Array.from({ length: 20 }, (_, i) => titled(i, i % 5 === 0 ? 'Warning' : 'Info'));

  it('a column of title-case levels is a level only once the source shows it holds one', () => {
    const parser = compileParser({});
    expect(parser(titled(1, 'Warning'), receivedAt, 'src-a').level).toBeUndefined();
    parser.learn('src-a', sample, receivedAt);
    expect(parser.structureOf('src-a')).toMatchObject({ timeField: 0, levelAfterTime: 1 });
    expect(parser(titled(1, 'Warning'), receivedAt, 'src-a')).toMatchObject({
      level: 'WARN',
      timestamp: Date.parse('2026-11-30T14:02:01Z'),
    });
    // Another source learned nothing.
    expect(parser(titled(1, 'Warning'), receivedAt, 'src-b').level).toBeUndefined();
  });

  it('says, on each line it read, what it learned: the time shape and field, the level column, the agreement', () => {
    const parser = compileParser({});
    parser.learn('src', sample, receivedAt);
    expect(parser(titled(1, 'Warning'), receivedAt, 'src').structure).toBe(
      'time iso/syslog/ctime/clf in field 0; level 1 field after it; 20 of 20 lines',
    );
    expect(parser(titled(1, 'Warning'), receivedAt, 'other').structure).toBeUndefined();
  });

  it('learns again when the lines stop matching', () => {
    const parser = compileParser({});
    parser.learn('src', sample, receivedAt);
    const other = (i: number) => `host-1 ${1796047331 + i} I step ${i}`;
    for (let i = 0; i < 64; i++) parser(other(i), receivedAt, 'src');
    parser.learn(
      'src',
      Array.from({ length: 20 }, (_, i) => other(i)),
      receivedAt,
    );
    expect(parser.structureOf('src')).toMatchObject({ timeField: 1 });
    expect(parser(other(3), receivedAt, 'src')).toMatchObject({ format: 'learned', level: 'INFO' });
  });

  it('reads a date that fits both orders of day and month in the order the source’s other lines proved', () => {
    const parser = compileParser({});
    const lines = [
      '13/11/2026 08:50:30 :: Sorted 349 cache queues',
      '14/11/2026 08:50:31 :: MetricCache is full',
      '09/11/2026 03:12:44 :: Unhandled Error',
    ];
    // Alone, `09/11/2026` is month-first.
    expect(parser(lines[2] as string, receivedAt, 'carbon').timestamp).toBe(
      Date.parse('2026-09-11T03:12:44Z'),
    );
    parser.learn('carbon', lines, receivedAt);
    expect(parser.structureOf('carbon')).toMatchObject({ timeField: 0, confidence: 1 });
    expect(parser(lines[2] as string, receivedAt, 'carbon').timestamp).toBe(
      Date.parse('2026-11-09T03:12:44Z'),
    );
  });

  it('reads an ambiguous date day-first when the sample opens with it', () => {
    const parser = compileParser({});
    // The month-first shape reads `13/11/2026` from its second character (3 November): that is no
    // vote for it, or it would tie with the day-first shape and win by coming first.
    const lines = [
      '09/11/2026 03:12:44 :: Unhandled Error',
      '13/11/2026 08:50:30 :: Sorted 349 cache queues',
      '14/11/2026 08:50:31 :: MetricCache is full',
    ];
    parser.learn('carbon', lines, receivedAt);
    expect(parser(lines[0] as string, receivedAt, 'carbon').timestamp).toBe(
      Date.parse('2026-11-09T03:12:44Z'),
    );
  });

  it('fixed formats stay the fast path and learn nothing', () => {
    const parser = compileParser({ format: 'json' });
    parser.learn('src', sample, receivedAt);
    expect(parser.structureOf('src')).toBeUndefined();
  });
});

describe('a level joined by a colon to a name inside angle brackets (Extreme EXOS)', () => {
  it('starts the text after the angle bracket closes, and reads a cut level in a learned column', () => {
    expect(parse('11/27/2026 10:31:02.93 <Warn:HAL.Fan.Warning> Fan tray 1 fan 2 is slow')).toMatchObject({
      level: 'WARN',
      message: 'Fan tray 1 fan 2 is slow',
    });
    const exos = (i: number, level: string, name: string, text: string) =>
      `11/27/2026 10:1${i}:03.41 <${level}:${name}> ${text}`;
    const parser = compileParser({});
    parser.learn(
      'exos',
      [
        exos(1, 'Info', 'vlan.msgs.portLinkStateUp', 'Port 1:12 link UP'),
        exos(2, 'Noti', 'AAA.authPass', 'Login passed for user admin'),
        exos(3, 'Warn', 'HAL.Fan.Warning', 'Fan tray 1 fan 2 is slow'),
        exos(4, 'Erro', 'EPM.upgrade.fail', 'Upgrade failed'),
      ],
      receivedAt,
    );
    expect(
      parser(exos(5, 'Noti', 'AAA.authPass', 'Login passed for user ops'), receivedAt, 'exos'),
    ).toMatchObject({
      level: 'NOTICE',
      message: 'Login passed for user ops',
    });
  });
});

describe('a level joined by colons to what logged, after a prefix, in a line without a time', () => {
  it("reads `LEVEL:file:line` after the program's name, an elapsed time and a thread (cloud-hypervisor)", () => {
    expect(
      parse('cloud-hypervisor: 7.342118ms: <vmm> INFO:vmm/src/lib.rs:2114 -- API request event: VmBoot'),
    ).toMatchObject({ level: 'INFO', message: 'API request event: VmBoot' });
    expect(
      parse('vmm: 4.771905s: <_disk0_q0> ERROR:virtio-devices/src/block.rs:143 -- Failed'),
    ).toMatchObject({
      level: 'ERROR',
      message: 'Failed',
    });
    // Python's `%(levelname)s:%(name)s:%(message)s` behind a prefix: a number opening the text stays.
    expect(parse('worker-3: +1.2s: <main> WARNING:root:12 jobs left')).toMatchObject({
      level: 'WARN',
      message: '12 jobs left',
    });
  });

  it("keeps a number opening the text after a Python logger's dotted name, which is no source file", () => {
    // Docker Compose's prefix before Python's default format; `app.db` is a module, not a file.
    expect(parse('web-1  | WARNING:app.db:5 retries left')).toMatchObject({
      level: 'WARN',
      logger: 'app.db',
      message: '5 retries left',
    });
    expect(parse('worker-3: +1.2s: <main> INFO:celery.app:12 tasks queued')).toMatchObject({
      level: 'INFO',
      message: '12 tasks queued',
    });
  });

  it('leaves a setting, a table heading and a bare marked word past the first fields as text', () => {
    for (const text of [
      'key1 value1 key2 DEBUG:on',
      'NAME STATUS AGE NOTE: see below',
      'Deploying to host web-3 ERROR: disk full',
      'flags in this build: TRACE:off',
    ]) {
      expect(parse(text)).toMatchObject({ level: undefined, message: text });
    }
  });
});

describe('levels joined to a name by a hyphen, or spelled out', () => {
  it('reads a level opening a bracket, joined by a hyphen to a name, and starts the text after it', () => {
    expect(
      parse(
        '2026-11-23 01:04:17 +01 - [Warning-Duplicati.Library.Main.Operation.FileEntry-PathFailed]: Failed to process path',
      ),
    ).toMatchObject({ level: 'WARN', message: 'Failed to process path' });
    expect(parse('2026-11-23 01:00:00 [WARN-main] low disk')).toMatchObject({
      level: 'WARN',
      message: 'low disk',
    });
    // Compound words stay words: a letter, a word of text, or a level in lower case before a lower-case word.
    for (const line of [
      '2026-11-23 01:00:00 [e-mail] sent',
      '2026-11-23 01:00:00 [fail-safe] engaged',
      '2026-11-23 01:00:00 [Error-prone] checks skipped',
      // A name whose first word is a level's: Google's checker, a build flavour.
      '2026-11-23 01:00:00 [Error-Prone] plugin loaded',
      '2026-11-23 01:00:00 [Debug-Build] starting version 1.2',
      '2026-11-23 01:00:00 [Fatal-Error] handler installed',
    ])
      expect(parse(line).level, line).toBeUndefined();
  });

  it('reads `Notification` as NOTICE where a level stands, and as a word elsewhere', () => {
    expect(parse('27.11.2026 22:40:01 [Notification] Server Main Thread: Launching server...')).toMatchObject(
      {
        level: 'NOTICE',
        message: 'Server Main Thread: Launching server...',
      },
    );
    expect(parse('2026-11-27 22:40:01 Notification sent to user 42').level).toBeUndefined();
  });
});

describe('level vocabulary and learned level columns', () => {
  const learnt = (lines: readonly string[]) => {
    const parser = compileParser({});
    parser.learn('src', lines, receivedAt);
    return { parser, read: (line: string) => parser(line, receivedAt, 'src') };
  };

  it('reads the three-letter cuts of level names in a learned three-letter column (`DEB INF WAR ERR`)', () => {
    const line = (i: number, level: string, text: string) => `2026/11/29 19:40:0${i} ${level} ${text}`;
    const { read } = learnt([
      line(0, 'INF', 'server v1.9.3'),
      line(1, 'DEB', 'path manager created'),
      line(2, 'INF', '[RTSP] listener opened on :8554'),
      line(3, 'ERR', '[path cam3] dial tcp: i/o timeout'),
    ]);
    expect(read(line(4, 'WAR', '[path cam2] 12 RTP packets lost'))).toMatchObject({
      level: 'WARN',
      message: '[path cam2] 12 RTP packets lost',
    });
    // Alone, even marked, they are names: Kubernetes's runtime interface, a file system, a game's war.
    for (const text of [
      'CRI: runtime ready',
      '[CRI] runtime ready',
      '[FAT] volume mounted',
      '[war] begins',
    ]) {
      expect(parse(`2026-11-29 19:41:17 ${text}`)).toMatchObject({ level: undefined });
    }
  });

  it('leaves a cut in a level column as a name or a word where it is marked or not in upper case', () => {
    const line = (i: number, level: string, text: string) => `2026/11/29 19:40:0${i} ${level} ${text}`;
    const { read } = learnt([
      line(0, 'INFO', 'server started'),
      line(1, 'ERROR', 'dial tcp: i/o timeout'),
      line(2, 'WARN', 'retrying [path cam2]'),
      line(3, 'INFO', 'listening on :8554'),
    ]);
    // A line without a level whose text opens with Kubernetes's runtime interface, a file system or a word.
    for (const text of ['cri: runtime ready', 'FAT: volume [sda1] mounted', 'war [zone 3] begins']) {
      expect(read(`2026/11/29 19:40:04 ${text}`)).toMatchObject({ level: undefined, message: text });
    }
  });

  it('reads `[Notification]` as a name, not NOTICE, where the bracket after the time holds names', () => {
    const line = (i: number, name: string, text: string) => `2026-11-28 10:15:3${i} [${name}] ${text}`;
    const sample = [
      line(0, 'Scheduler', 'Running job cleanup'),
      line(1, 'Auth', 'User alice signed in'),
      line(2, 'Notification', 'Sending 3 emails'),
      line(3, 'Scheduler', 'Job cleanup finished'),
      line(4, 'Auth', 'Token refreshed'),
      line(5, 'Notification', 'Queue drained'),
    ];
    const { read } = learnt(sample);
    expect(read(line(6, 'Notification', 'Sending 1 email'))).toMatchObject({
      level: undefined,
      logger: 'Notification',
      message: 'Sending 1 email',
    });
    expect(read(line(7, 'Auth', 'Token revoked'))).toMatchObject({
      logger: 'Auth',
      message: 'Token revoked',
    });
    // Without a Notification line in the sample, too.
    const other = learnt(sample.filter((l) => !l.includes('Notification')));
    expect(other.read(line(8, 'Notification', 'Queue drained')).level).toBeUndefined();
    // The older weak spellings too (MySQL's `[System]`, GLib's `[Message]`).
    expect(other.read(line(9, 'System', 'Disk check done')).logger).toBe('System');
    expect(other.read(line(9, 'Message', 'Mail sent')).level).toBeUndefined();
    // Only the bracket's names: a line of the source with `LOG:` after its time keeps that level.
    expect(read('2026-11-28 10:15:39 LOG: checkpoint starting')).toMatchObject({
      level: 'INFO',
      message: 'checkpoint starting',
    });
  });

  it('takes `LOG:` and `[Note]` as levels where a level stands, and as words elsewhere', () => {
    expect(parse('2026-12-01 09:00:01.500 UTC [812] LOG:  checkpoint starting: time')).toMatchObject({
      level: 'INFO',
      message: 'checkpoint starting: time',
    });
    expect(parse('2026-12-01T09:00:01.500000Z 0 [Note] [MY-010051] [Server] scheduler started').level).toBe(
      'INFO',
    );
    expect(parse('2026-12-01 09:00:01 log rotated after 10 MB').level).toBeUndefined();
    expect(parse('2026-12-01 09:00:01 System restart requested by admin').level).toBeUndefined();
  });

  it("reads a bare upper-case `LOG` before the text in a learned level column (libusual's: PgBouncer, pgqd)", () => {
    const line = (i: number, level: string, text: string) =>
      `2026-11-30 10:00:0${i}.123 UTC [1234] ${level} ${text}`;
    const { read } = learnt([
      line(0, 'LOG', 'kernel file descriptor limit: 1024 (hard: 524288); max_client_conn: 100'),
      line(1, 'LOG', 'listening on 0.0.0.0:6432'),
      line(2, 'WARNING', 'C-0x55d1: shop/app@10.0.0.5:51234 pooler error: no more connections allowed'),
      line(3, 'LOG', 'process up: PgBouncer 1.21.0, libevent 2.1.12-stable (epoll), adns: c-ares 1.19.1'),
      line(4, 'ERROR', 'S-0x55d2: shop/app@127.0.0.1:5432 closing because: server conn crashed? (age=3s)'),
    ]);
    expect(read(line(5, 'LOG', 'stats: 12 xacts/s, 40 queries/s'))).toMatchObject({
      level: 'INFO',
      message: 'stats: 12 xacts/s, 40 queries/s',
    });
    // Out of a learned column, or not in capitals there, the word is text.
    expect(parse(line(6, 'LOG', 'stats: 12 xacts/s')).level).toBeUndefined();
    expect(read(line(7, 'Log', 'rotated after 10 MB')).level).toBeUndefined();
    expect(read('2026-11-30 10:00:08.123 UTC [1234] rotated LOG file of 10 MB').level).toBeUndefined();
    // The capitals are no licence for a column's three-letter cut: `FAT partition` (the file
    // system), `CRI runtime` (Kubernetes's), `WAR file` (Java's) would be false alerts.
    for (const text of ['FAT partition mounted read-only', 'CRI runtime is down', 'WAR file deployed']) {
      expect(read(`2026-11-30 10:00:09.123 UTC [1234] ${text}`)).toMatchObject({
        level: undefined,
        message: text,
      });
    }
  });

  it("reads no level letter from a source file's extension before its line in parentheses (`processor.c(218):`)", () => {
    // C's `__FILE__(__LINE__)` (Seafile, MSVC-built programs), Verilog's `.v`, Fortran's `.f`, D's `.d`.
    for (const location of [
      'seafile-session.c(65):',
      'top.v(12):',
      'sim.f(12)',
      '../common/processor.c(218):',
    ]) {
      expect(parse(`2026-11-20 08:54:15 ${location} fileserver: started`).level).toBeUndefined();
    }
    expect(
      parse('[11/22/26 15:48:06] ../common/connect-mgr.c(210): [conn] handshake fails.').level,
    ).toBeUndefined();
    // A level word after the dot still is one (Laravel's and Monolog's `channel.LEVEL:`).
    expect(parse('2026-11-20 08:54:15 local.ERROR: disk full').level).toBe('ERROR');
    expect(parse('[2026-11-20 08:54:15] app.WARNING: slow query').level).toBe('WARN');
  });

  it('a `tag:` after a level in its place starts the message: a later FATAL is text', () => {
    expect(parse('12-01 09:00:01.789  4321  4321 E AndroidRuntime: FATAL EXCEPTION: main').level).toBe(
      'ERROR',
    );
  });

  it('learns a column of one-character marks (`*` `#` `.` `-`) once `*` or `#` founds it', () => {
    const redis = (i: number, mark: string) =>
      `77:M 01 Dec 2026 09:00:${String(i).padStart(2, '0')}.000 ${mark} Background saving step ${i}`;
    const { parser, read } = learnt([0, 1, 2, 3, 4].map((i) => redis(i, i === 2 ? '#' : '*')));
    expect(parser.structureOf('src')).toMatchObject({ levelAfterTime: 0 });
    expect(read(redis(9, '*'))).toMatchObject({ level: 'NOTICE', message: 'Background saving step 9' });
    expect(read(redis(9, '#')).level).toBe('WARN');
    expect(read(redis(9, '.')).level).toBe('DEBUG');
    expect(read(redis(9, '-')).level).toBe('TRACE');
    // Dashes alone never make a column of levels: they separate fields in many layouts.
    const dashed = (i: number) => `2026-12-01 09:00:0${i} - worker - step ${i}`;
    const plain = learnt([1, 2, 3, 4].map(dashed));
    expect(plain.read(dashed(5)).level).toBeUndefined();
  });

  it('learns a column of single letters after a thread id and a logger', () => {
    const ws = (i: number, letter: string) =>
      `[12/1/26 9:00:0${i}:123 UTC] 0000002${i} WebContainer  ${letter}   SRVE0242I: step ${i}`;
    const { read } = learnt(['A', 'I', 'W', 'E', 'A'].map((l, i) => ws(i, l)));
    expect(read(ws(6, 'A'))).toMatchObject({ level: 'INFO', message: 'SRVE0242I: step 6' });
    expect(read(ws(7, 'E')).level).toBe('ERROR');
  });

  it('learns a column where most lines hold a level letter and the others a letter no spelling knows', () => {
    const ws = (i: number, letter: string) =>
      `[12/1/26 9:00:0${i}:123 UTC] 0000002${i} WebContainer  ${letter}   SRVE0242I: step ${i}`;
    const { parser, read } = learnt(['O', 'I', 'W', 'O', 'E', 'I'].map((l, i) => ws(i, l)));
    expect(parser.structureOf('src')).toMatchObject({ levelAfterTime: 2 });
    expect(read(ws(7, 'E'))).toMatchObject({ level: 'ERROR', message: 'SRVE0242I: step 7' });
    // WebSphere's `O` (System.out) is no level, but the column still ends the header.
    const out = `[12/1/26 9:00:08:123 UTC] 00000028 WebContainer  O   step 8`;
    expect(read(out)).toMatchObject({ level: undefined, message: 'step 8' });
    // A message id's severity letter then gives the level, as on a line with no column (tune20a).
    expect(read(ws(9, 'O'))).toMatchObject({
      level: 'INFO',
      message: 'step 9',
      fields: { code: 'SRVE0242I' },
    });
  });

  it('learns no level column from letters most of which spell no level (initials, shard names)', () => {
    const by = (i: number, letter: string) =>
      `2026-12-01 09:00:0${i} 0000002${i} team ${letter} approved step ${i}`;
    const { parser, read } = learnt(['J', 'K', 'E', 'M', 'P', 'Q'].map((l, i) => by(i, l)));
    expect(parser.structureOf('src')).toMatchObject({ levelAfterTime: -1 });
    expect(read(by(7, 'E')).level).toBeUndefined();
  });

  it('learns a level column in lines without a timestamp (logcat brief)', () => {
    const brief = (l: string, i: number) => `${l}/ActivityManager( 170${i}): step ${i} done`;
    const { parser, read } = learnt(['I', 'W', 'I', 'E', 'D'].map(brief));
    expect(parser.structureOf('src')).toMatchObject({ shape: -1, levelField: 0 });
    expect(read(brief('W', 8))).toMatchObject({
      level: 'WARN',
      logger: 'ActivityManager',
      message: 'step 8 done',
    });
    expect(read('A line of another kind').level).toBeUndefined();
  });

  it('keeps the text of a bracket around the whole line (Solaris SMF’s `[ time text ]`)', () => {
    expect(
      parse('[ 2026 Nov 28 11:07:08 Executing start method ("/lib/svc/method/dns-client start"). ]'),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-28T11:07:08Z'),
      message: 'Executing start method ("/lib/svc/method/dns-client start").',
    });
    const { read } = learnt(['[ 2026 Nov 28 11:07:08 Enabled. ]', '[ 2026 Nov 28 11:07:09 Stopping. ]']);
    expect(read('[ 2026 Nov 28 11:08:00 Enabled. ]')).toMatchObject({ message: 'Enabled.' });
    // A bracket closed before the text still ends the header.
    expect(parse('[2026-11-28 11:07:08 INFO HostContext] started').message).toBe('started');
  });

  it('learns a padded level before a bracketed subsystem after the program’s name (libqb: corosync, pacemaker)', () => {
    const { parser, read } = learnt([
      'Nov 20 02:46:16 [2297] ha2 corosync info    [QB    ] server name: quorum',
      'Nov 20 02:46:16 [2297] ha2 corosync warning [TOTEM ] JOIN or LEAVE message was thrown away.',
      'Nov 20 02:46:16 [2297] ha2 corosync notice  [TOTEM ] A new membership (10.1.11.203:16) was formed.',
      'Nov 20 02:46:17 [2297] ha2 corosync notice  [QUORUM] Members[2]: 1 2',
    ]);
    expect(parser.structureOf('src')).toMatchObject({ levelAfterTime: 3 });
    expect(
      read('Nov 20 02:47:00 [2297] ha2 corosync error   [KNET  ] link: host: 1 link: 0 is down'),
    ).toMatchObject({
      level: 'ERROR',
      message: 'link: host: 1 link: 0 is down',
    });
    // Read line by line, without the sample's agreement, the word after a program's name stays text.
    expect(
      parse('Nov 20 02:46:16 [2297] ha2 corosync info    [QB    ] server name: quorum').level,
    ).toBeUndefined();
  });

  it('learns a level column closed by dashes, padded or glued (Verdaccio’s ` warn --- text`)', () => {
    const { parser, read } = learnt([
      ' warn --- config file  - /verdaccio/conf/config.yaml',
      ' warn --- Plugin successfully loaded: verdaccio-htpasswd',
      ' info --- http address - http://0.0.0.0:4873/',
      'error--- unexpected error: connect ETIMEDOUT 104.16.24.35:443',
    ]);
    expect(parser.structureOf('src')).toMatchObject({ shape: -1, levelField: 0 });
    expect(read(' warn --- config file  - /etc/config.yaml')).toMatchObject({
      level: 'WARN',
      message: 'config file  - /etc/config.yaml',
    });
    expect(read('error--- unexpected error: socket hang up')).toMatchObject({
      level: 'ERROR',
      message: 'unexpected error: socket hang up',
    });
    // Dashes in a word (`well-known`) or four of them are no separator.
    expect(parse('error---- x').message).toBe('error---- x');
  });
});

describe('bounded work per line', () => {
  it('a header scan never exceeds its step budget, however long or odd the line', () => {
    const header = emptyHeader();
    const ctx = { zone: 'UTC', receivedAt };
    for (const line of [
      '1'.repeat(100_000),
      '1 '.repeat(50_000),
      '[1'.repeat(50_000),
      '11-30 '.repeat(10_000),
      'Nov 30 '.repeat(10_000),
      `${'2026-11-30 '.repeat(1000)}INFO`,
    ]) {
      scanHeader(line, ctx, header);
      expect(lastSteps).toBeLessThanOrEqual(STEP_BUDGET);
    }
  });
});

describe("logrus's cut level names before its bracketed seconds or time", () => {
  it('reads PANI, FATA and TRAC as levels on a line of their own, as ERRO and WARN already are', () => {
    expect(read('FATA[0004] writing signatures: reading manifest sha256-9f2e.sig: not found')).toEqual([
      'FATAL',
      'writing signatures: reading manifest sha256-9f2e.sig: not found',
    ]);
    expect(read('TRAC[0000] Looking up registry')).toEqual(['TRACE', 'Looking up registry']);
    expect(read('PANI[2026/11/21 17:32:34] [db] runtime error')).toEqual(['FATAL', 'runtime error']);
  });

  it('needs the capitals and the bracketed number glued on: other cuts and spacings stay text', () => {
    for (const raw of [
      'SEVE[3] of the list',
      'Fata[0004] morgana',
      'FATA [0004] x',
      'FATA[x] y',
      'TRAC[k] = 0.5',
    ]) {
      expect([raw, parse(raw).level]).toEqual([raw, undefined]);
    }
  });

  it('needs the cut to open the line: one inside text is an array or a name, and the text stays whole', () => {
    for (const raw of [
      'The array TRAC[0] holds the first trace',
      'See TRAC[12] for details',
      'x = FATA[2] + FATA[3]',
      '- PANI[1] was the first entry',
    ]) {
      expect([raw, parse(raw).level, parse(raw).message]).toEqual([raw, undefined, raw]);
    }
  });
});

describe("Python's dash-separated header with a time of day alone", () => {
  it('reads the level in the third column, after one name', () => {
    expect(read('23:23:41 - cmdstanpy - INFO - CmdStan start processing')).toEqual([
      'INFO',
      'CmdStan start processing',
    ]);
    expect(read('23:23:47 - cmdstanpy - WARNING - Some chains may have failed to converge.')).toEqual([
      'WARN',
      'Some chains may have failed to converge.',
    ]);
    expect(read('[09:14:02] - app.db - ERROR - connection refused')).toEqual(['ERROR', 'connection refused']);
  });

  it('leaves words of a sentence between the time and the word, and lower-case words, as text', () => {
    expect(parse('10:30:00 - we fixed the bug - ERROR - count was wrong').level).toBeUndefined();
    expect(parse('10:30:00 - standup - info - nothing to report').level).toBeUndefined();
    expect(parse('10:30 - weekly notes - TODO - slides').level).toBeUndefined();
  });

  it('needs the time to open the line: after words of text the columns are the text’s', () => {
    const raw = 'Meeting notes 2026-12-03 10:30:15 - alice - INFO - nothing new';
    expect(parse(raw).level).toBeUndefined();
    expect(parse(raw).message).toContain('alice - INFO - nothing new');
  });
});

describe("a level column holding the source's own words (tune17)", () => {
  const learnt = (lines: readonly string[]) => {
    const parser = compileParser({});
    parser.learn('src', lines, Date.parse('2026-12-02T06:00:00Z'));
    return { parser, read: (line: string) => parser(line, Date.parse('2026-12-02T06:00:00Z'), 'src') };
  };
  const snitch = (level: string, text: string) => `[2026-09-01 09:22:53]  ${level}  ${text}`;

  it('learns the column where half the lines spell a level and the others write short upper-case words of their own', () => {
    const { parser, read } = learnt([
      snitch('IMP', 'Starting daemon v1.6.6'),
      snitch('INF', 'Loading rules'),
      snitch('WAR', 'Is the daemon already running?'),
      snitch('!!!', 'Error while creating queue #0'),
      snitch('ERR', 'Connection to the UI service lost'),
    ]);
    expect(parser.structureOf('src')).toMatchObject({ levelAfterTime: 0 });
    // A cut only a learned column reads; the source's own word stays without a level.
    expect(read(snitch('WAR', 'rule list is empty')).level).toBe('WARN');
    expect(read(snitch('IMP', 'Stopping daemon')).level).toBeUndefined();
  });

  it('reads no column cut that opens an upper-case phrase of the text (`NOT FOUND`, `WAR ROOM`)', () => {
    const at = (second: number, text: string) => `2026-11-30 10:00:0${second} ${text}`;
    const { parser, read } = learnt([
      at(0, 'ERROR db down'),
      at(1, 'INFO up'),
      at(2, 'INFO up again'),
      at(3, 'WARN slow'),
      at(4, 'GET /index 200'),
      at(5, 'POST /login 302'),
    ]);
    expect(parser.structureOf('src')).toMatchObject({ levelAfterTime: 0 });
    expect(read(at(6, 'NOT FOUND /x'))).toMatchObject({ level: undefined, message: 'NOT FOUND /x' });
    expect(read(at(7, 'WAR ROOM opened by ops'))).toMatchObject({ level: undefined });
    expect(read(at(8, 'WAR [db] slow query')).level).toBe('WARN');
  });

  it('learns no column where the other lines open their text with ordinary words', () => {
    const { parser } = learnt([
      snitch('INFO', 'Loading rules'),
      snitch('ERROR', 'Connection lost'),
      snitch('Starting', 'daemon v1.6.6'),
      snitch('Loaded', '12 rules'),
    ]);
    expect(parser.structureOf('src')).toMatchObject({ levelAfterTime: -1 });
  });
});
