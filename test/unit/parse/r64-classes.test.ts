/**
 * Classes and false-level fixes of issue #14's round r64 (dev125–dev127). The lines are invented,
 * not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });
const learned = (source: string, lines: readonly string[]) => learnedReader(lines, receivedAt, source);

/*
 * CLASS: a sender tag in brackets after the time (`'[%s] %s' % (sender, msg)`), whose vocabulary is
 * the program's class names in title case (`[Main]`, `[Write]`, `[Producer]`): a class named after
 * syslog's alert or emergency (`[Alert]`) is one more name there, no FATAL on a routine line.
 */
describe('a title-case `[Alert]` in a bracket of title-case sender names', () => {
  const line = (i: number, name: string, text: string) =>
    `2026-11-29 19:20:${String(10 + i)} [${name}] ${text}`;
  const sample = [
    line(0, 'Main', 'Logging initialized successfully.'),
    line(1, 'Init', 'Waiting for data on port 8888...'),
    line(2, 'Alert', 'Starting trigger with sta=6s, lta=30s'),
    line(3, 'Write', 'Starting.'),
    line(4, 'Consumer', 'Starting.'),
    line(5, 'Producer', 'Starting.'),
    line(6, 'Main', 'Warmup complete.'),
    line(7, 'Write', 'Writing 40 seconds of data'),
  ];

  it('reads no level from it, in or out of the sample', () => {
    const read = learned('seis', sample);
    expect(read(line(8, 'Alert', 'Trigger threshold exceeded'))).toMatchObject({
      level: undefined,
      message: 'Trigger threshold exceeded',
    });
    expect(read(line(9, 'Emergency', 'Siren test')).level).toBeUndefined();
    const without = learned(
      'seis2',
      sample.filter((l) => !l.includes('[Alert]')),
    );
    expect(without(line(8, 'Alert', 'Trigger reset')).level).toBeUndefined();
  });

  it('keeps the level elsewhere: a line alone, upper case, another word, a later bracket', () => {
    expect(parse(line(8, 'Alert', 'Trigger threshold exceeded')).level).toBe('FATAL');
    const read = learned('seis', sample);
    expect(read(line(8, 'ALERT', 'disk failing')).level).toBe('FATAL');
    expect(read(line(8, 'Critical', 'disk failing')).level).toBe('FATAL');
    expect(read(line(8, 'Error', 'disk failing')).level).toBe('ERROR');
  });

  it('keeps it where the bracket holds level words beside the names, or too few names', () => {
    const mixed = learned('mixed', [
      ...sample.slice(0, 6),
      line(6, 'Error', 'socket closed'),
      line(7, 'Main', 'x'),
    ]);
    expect(mixed(line(8, 'Alert', 'Trigger threshold exceeded')).level).toBe('FATAL');
    const few = learned('few', [
      line(0, 'Main', 'a'),
      line(1, 'Main', 'b'),
      line(2, 'Init', 'c'),
      line(3, 'Main', 'd'),
      line(4, 'Init', 'e'),
      line(5, 'Main', 'f'),
    ]);
    expect(few(line(8, 'Alert', 'Trigger threshold exceeded')).level).toBe('FATAL');
  });
});

/*
 * CLASS: G4KLX's `" DMIWEF"` letters opening a line before a `yyyy-mm-dd hh:mm:ss` time (DVM Host's
 * `Log.h`), beside one other letter that is a kind of record (DVM's `A:` activity lines, which its
 * activity log copies into the main log): that letter no longer voids the scale, and reads no level.
 */
describe("G4KLX's letters beside one record-kind letter", () => {
  const sample = [
    'M: 2026-11-30 04:00:02.117 (HOST) Host is starting',
    'I: 2026-11-30 04:00:02.119 (HOST) General Parameters',
    'I: 2026-11-30 04:00:02.163 (MODEM) Opening the modem on /dev/ttyUSB0',
    'M: 2026-11-30 04:00:03.551 (NET) Logged into the master successfully',
    'M: 2026-11-30 04:12:44.905 (P25) RF voice transmission from 3104517 to TG 9',
    'A: 2026-11-30 04:12:44.906 P25 RF voice transmission from 3104517 to TG 9',
    'W: 2026-11-30 04:26:18.660 (P25) RF voice transmission rejected',
    'E: 2026-11-30 04:40:17.529 (NET) Failed to write to network',
    'M: 2026-11-30 04:40:27.690 (NET) Logged into the master successfully',
    'D: 2026-11-30 04:21:36.002 (P25) TSBK, IOSP_GRP_AFF',
  ];

  it('reads `M:` INFO, `A:` no level, and steps over the module column', () => {
    const read = learned('dvm', sample);
    expect(read('M: 2026-11-30 05:00:03.561 (HOST) Host is running')).toMatchObject({
      level: 'INFO',
      message: 'Host is running',
    });
    const activity = read('A: 2026-11-30 05:12:44.906 P25 Net end of transmission');
    expect(activity.level).toBeUndefined();
    expect(activity.timestamp).toBe(Date.parse('2026-11-30T05:12:44.906Z'));
    expect(read('W: 2026-11-30 05:26:18.660 (P25) rejected').level).toBe('WARN');
  });

  it('keeps no scale with two outside letters, or one beside `M`/`F` alone (a sex column)', () => {
    const transcript = learned('qa', [
      ...sample.slice(0, 6),
      'Q: 2026-11-30 04:12:45.000 how long was it',
      ...sample.slice(6),
    ]);
    expect(transcript('M: 2026-11-30 05:00:03.561 (HOST) Host is running').level).toBeUndefined();
    const sex = learned('ward', [
      'M: 2026-11-30 12:00:00 patient admitted',
      'F: 2026-11-30 12:05:00 patient admitted',
      'A: 2026-11-30 12:10:00 visitor signed in',
      'M: 2026-11-30 12:15:00 patient discharged',
      'F: 2026-11-30 12:20:00 patient discharged',
      'M: 2026-11-30 12:25:00 patient admitted',
    ]);
    expect(sex('M: 2026-11-30 13:00:00 patient admitted').level).toBeUndefined();
    // A line alone: `A:` is a label, no level.
    expect(parse('A: 2026-11-30 05:12:44.906 P25 RF voice').level).toBeUndefined();
  });
});

/*
 * CLASS: a level and a component joined by a slash in one bracket (SeisComP's `[level/Component]`,
 * Celery's `INFO/MainProcess`): the name is the logger and the text starts after the bracket, after a
 * full date as after a bare time of day.
 */
describe('`[level/Component]` after a full date', () => {
  it('reads the level and the logger, and starts the message after the bracket', () => {
    for (const date of ['2026/11/29 06:00:02', '2026-11-29 06:00:02', '06:00:02']) {
      expect(parse(`${date} [info/Application] Starting fdsnws 6.4.1`)).toMatchObject({
        level: 'INFO',
        logger: 'Application',
        message: 'Starting fdsnws 6.4.1',
      });
    }
    expect(parse('2026/11/29 06:00:05 [warning/fdsnws] slow query')).toMatchObject({
      level: 'WARN',
      logger: 'fdsnws',
      message: 'slow query',
    });
  });

  it('leaves a slash elsewhere as it was: a path, a protocol, a bracket with no level', () => {
    expect(parse('2026/11/29 06:00:02 GET /info/status 200').message).toBe('GET /info/status 200');
    expect(parse('2026/11/29 06:00:02 [api/v1] request served')).toMatchObject({
      level: undefined,
      message: '[api/v1] request served',
    });
    expect(parse('2026/11/29 06:00:02 [INFO] HTTP/1.1 upgrade').message).toBe('HTTP/1.1 upgrade');
  });
});

/*
 * CLASS: a trailing `(caller, LEVEL)` closing the line (java-common-lib's console formatter, as
 * CPAchecker writes it), whose level the learned word slot reads: the parenthesis is the header's,
 * cut from the message with its caller kept in `fields.caller`.
 */
describe('a trailing `(Class.method, LEVEL)` the learned slot reads', () => {
  const sample = [
    'Tool 3.1 started (Tool.run, INFO)',
    'Parsing CFA from file(s) "a.i" (Tool.parse, INFO)',
    'Option x.y was specified but is not used (Tool.run, WARNING)',
    'Using predicate analysis with a solver (PredicateCPA:PredicateCPA.<init>, INFO)',
    'Starting analysis ... (Tool.runAlgorithm, INFO)',
    'Stopping analysis ... (Tool.runAlgorithm, INFO)',
    'Verification result: TRUE. (Tool.run, INFO)',
    'Error path found (CounterexampleCheck.check, SEVERE)',
    'Analysis finished (Tool.run, INFO)',
    'Writing report to output/Report.html (Tool.writeReport, INFO)',
    'Memory used 512 MB (Tool.stats, INFO)',
    'Shutting down (Tool.run, INFO)',
  ];

  it('reads the level and cuts the parenthesis, keeping the caller', () => {
    const read = learned('cpa', sample);
    expect(read('Using refinement strategy. (PredicateCPA:PredicateCPARefiner.<init>, INFO)')).toMatchObject({
      level: 'INFO',
      message: 'Using refinement strategy.',
      fields: { caller: 'PredicateCPA:PredicateCPARefiner.<init>' },
    });
    expect(read('Option z was specified but is not used (Tool.run, WARNING)')).toMatchObject({
      level: 'WARN',
      message: 'Option z was specified but is not used',
    });
  });

  it('keeps a prose parenthesis and the line of a source that learned nothing', () => {
    const read = learned('cpa', sample);
    expect(read('Stopping (see above, info)').message).toBe('Stopping (see above, info)');
    expect(read('Stopping at (main loop, INFO)').message).toBe('Stopping at (main loop, INFO)');
    expect(parse('Verification result: TRUE. (Tool.run, INFO)').message).toBe(
      'Verification result: TRUE. (Tool.run, INFO)',
    );
  });
});

/*
 * CLASS: trailing ` | ` columns are a pipe-separated layout's (`time | LEVEL | text | logger |
 * thread`): learned only where the header before the text holds a pipe too; after a header with
 * none, a status line's own pipes stay its text.
 */
describe('trailing ` | ` columns and the header before the text', () => {
  it('keeps the pipes of a text after a header with none', () => {
    const read = learned(
      'dsd',
      Array.from(
        { length: 10 },
        (_, n) => `06:12:${String(10 + n)} Sync: +DMR  [slot1]  slot2  | Color Code=0${n % 3} | CSBK`,
      ),
    );
    expect(read('06:13:00 Sync: +DMR   slot1  [slot2] | Color Code=01 | IDLE')).toMatchObject({
      message: 'Sync: +DMR   slot1  [slot2] | Color Code=01 | IDLE',
    });
  });

  it('still moves them to `fields.columns` after a pipe-separated header', () => {
    const read = learned(
      'amq',
      Array.from(
        { length: 10 },
        (_, n) =>
          `2026-11-30 10:00:${String(10 + n)},123 | INFO  | step ${n} done | org.apache.Broker${n % 3} | main`,
      ),
    );
    expect(read('2026-11-30 10:01:00,123 | WARN  | disk slow | org.apache.Store | io-1')).toMatchObject({
      level: 'WARN',
      message: 'disk slow',
    });
  });
});

/*
 * review59: where the source's bracket of names is no column of every line (lines with no bracket,
 * lower-case names beside the title-case ones), a fixed reading kept `[Main]` in the message while
 * the `[Alert]` line, handed whole to the header, lost its bracket to `logger`: one bracket, two
 * readings. The name is unread as a level and the bracket stays the fixed reading's, so both go alike.
 */
describe('`[Alert]` read as `[Main]` is, in a source where not every line has a bracket', () => {
  const line = (i: number, text: string) => `2026-11-29 19:${String(20 + i)}:08 ${text}`;
  const sample = [
    line(0, '[Main] Logging initialized successfully.'),
    line(1, 'Using settings file: /home/pi/settings.json'),
    line(2, '[Init] Initializing.'),
    line(3, '[openSock] Opening socket on localhost:8888'),
    line(4, '[get_inventory] Inventory fetch successful.'),
    line(5, '[Alert] Starting trigger with sta=6s, lta=30s'),
    line(6, '[Write] Starting.'),
    line(7, '[Producer] Starting.'),
    line(8, '[Main] Warmup complete.'),
    line(9, '[Write] Writing 40 seconds of data'),
    line(10, '[Alert] Trigger threshold exceeded'),
    line(11, '[Tweeter] Could not send tweet'),
  ];

  it('gives the name the place `[Main]` gets, the level none', () => {
    const read = learned('sender', sample);
    const main = read(line(12, '[Main] Trigger reset'));
    const alert = read(line(12, '[Alert] Trigger reset'));
    expect(alert.level).toBeUndefined();
    expect(alert.message).toBe(main.message.replace('[Main]', '[Alert]'));
    expect(alert.logger).toBe(main.logger === undefined ? undefined : 'Alert');
  });
});
