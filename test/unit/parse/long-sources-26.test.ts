/**
 * Classes the long-source development sets dev33 and dev34 showed (long26): each a convention
 * several products share, read as a class. The lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';
import { startsLikeStructure } from '../../../core/parse/structure.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });
const at = (iso: string) => Date.parse(iso);
const ctx = { zone: 'UTC', receivedAt };

/** A parser that learned `source` from `lines`, and a reader of that source's lines. */
function learnt(lines: readonly string[]) {
  const parser = compileParser({});
  parser.learn('src', lines, receivedAt);
  return {
    read: (line: string) => parser(line, receivedAt, 'src'),
    structure: () => parser.structureOf('src'),
  };
}

describe("WPP's trace prefix: `pid.tid::` in hex, glued before the time (Windows cluster.log, tracefmt)", () => {
  it('reads the time glued after the `::`, in any shape of the table', () => {
    const line = parse('0000137c.00001390::2026/11/28-02:14:06.117 INFO  [CS] Cluster service started');
    expect(line.timestamp).toBe(at('2026-11-28T02:14:06.117Z'));
    expect([line.level, line.message]).toEqual(['INFO', 'Cluster service started']);
    // tracefmt's default prefix, `[cpu]pid.tid::time [component]`, with a month-first date.
    const wpp = parse('[0]0A1C.0B2C::11/28/2026-02:14:06.117 [storport] Reset issued to port 2');
    expect(wpp.timestamp).toBe(at('2026-11-28T02:14:06.117Z'));
    expect(parse('1c44.1c58::2026/11/28-02:14:10.731 ERR   [RHS] Online failed').timestamp).toBe(
      at('2026-11-28T02:14:10.731Z'),
    );
  });

  it('keeps a learned source on its time, and its lines starting events', () => {
    const lines = Array.from(
      { length: 12 },
      (_, n) =>
        `0000137c.0000${1390 + n}::2026/11/28-02:14:${String(10 + n)}.117 INFO  [NM] Node ${n} joined`,
    );
    const { read, structure } = learnt(lines);
    const line = read('00001d08.00001d44::2026/11/28-02:16:00.421 ERR   [RES] Physical Disk: Error 21');
    expect([line.timestamp, line.level, line.message]).toEqual([
      at('2026-11-28T02:16:00.421Z'),
      'ERROR',
      'Physical Disk: Error 21',
    ]);
    const learned = structure();
    expect(learned).toBeDefined();
    if (learned === undefined) return;
    expect(startsLikeStructure(lines[3] as string, learned, ctx)).toBe(true);
    expect(startsLikeStructure('   at Cluster.Resource.Online()', learned, ctx)).toBe(false);
  });

  it('leaves look-alikes: an IPv6 address, words before `::`', () => {
    // No time right after the `::`.
    expect(parse('fe80::2026:11:28 is the gateway').timestamp).toBeUndefined();
    expect(parse('0000137c.00001390:: started').timestamp).toBeUndefined();
    // Not WPP's hex and dot: only the year-first class reads a time glued after another id's `::`
    // (`year-first-any-joiner.test.ts`), so a month-first one stays text.
    expect(parse('std::11/28/2026-02:14:06.117 text').timestamp).toBeUndefined();
    expect(parse('137c::2026/11/28-02:14:06.117 text').timestamp).toBe(at('2026-11-28T02:14:06.117Z'));
  });
});

describe("Python logging's `%(levelno)s` as a column after the time, learned per source (Checkmk's web.log)", () => {
  const line = (n: number, level: number, text: string) =>
    `2026-11-30 08:14:${String(10 + n).padStart(2, '0')},317 [${level}] [cmk.web ${41822 + n}] ${text}`;
  const sample = Array.from({ length: 20 }, (_, n) =>
    line(n, n % 7 === 3 ? 30 : n % 9 === 5 ? 40 : 20, `step ${n} done`),
  );

  it('reads 10 DEBUG, 20 INFO, 30 WARN, 40 ERROR, 50 FATAL once the sample agrees on the column', () => {
    const { read, structure } = learnt(sample);
    expect(structure()?.levelNumbers).toBe(true);
    const pick = (text: string) => {
      const parsed = read(text);
      return [parsed.level, parsed.message, parsed.fields.pid];
    };
    expect(pick(line(1, 20, 'User admin logged in'))).toEqual(['INFO', 'User admin logged in', undefined]);
    expect(pick(line(2, 30, 'Login failed'))).toEqual(['WARN', 'Login failed', undefined]);
    expect(pick(line(3, 40, 'Automation failed'))).toEqual(['ERROR', 'Automation failed', undefined]);
    expect(pick(line(4, 50, 'Site down'))).toEqual(['FATAL', 'Site down', undefined]);
    expect(pick(line(5, 10, 'Reading config'))).toEqual(['DEBUG', 'Reading config', undefined]);
    // Another number in the column is no level.
    expect(read(line(6, 25, 'odd')).level).toBeUndefined();
  });

  it('reads the bare column too (`%(asctime)s %(levelno)s %(message)s`)', () => {
    const bare = (n: number, level: number) =>
      `2026-11-30 08:14:${String(10 + n).padStart(2, '0')},317 ${level} job ${n} done`;
    const { read } = learnt(Array.from({ length: 10 }, (_, n) => bare(n, n % 4 === 1 ? 30 : 20)));
    expect([read(bare(3, 40)).level, read(bare(3, 40)).message]).toEqual(['ERROR', 'job 3 done']);
  });

  it('never reads the number per line, nor from a column of pids, threads or one value', () => {
    // One line alone: a bracketed number after the time is a pid.
    const one = parse(line(1, 30, 'Login failed'));
    expect([one.level, one.fields.pid]).toEqual([undefined, 30]);
    // The same value on every line: a worker's pid or thread, not a level.
    expect(learnt(Array.from({ length: 10 }, (_, n) => line(n, 20, 'x'))).structure()?.levelNumbers).toBe(
      undefined,
    );
    // Numbers off the scale among them: a pid or thread column.
    const threads = Array.from({ length: 10 }, (_, n) => line(n, [10, 20, 30, 14, 40][n % 5] as number, 'x'));
    expect(learnt(threads).structure()?.levelNumbers).toBe(undefined);
    // pino's scale (60 fatal) is JSON's, never this column's.
    const pino = Array.from({ length: 10 }, (_, n) => line(n, [30, 40, 60][n % 3] as number, 'x'));
    expect(learnt(pino).structure()?.levelNumbers).toBe(undefined);
    // A level word learned in its own column keeps it (the number is a pid there).
    const worded = Array.from(
      { length: 10 },
      (_, n) => `2026-11-30 08:14:1${n},317 [${n % 2 === 0 ? 20 : 30}] INFO app: step ${n}`,
    );
    expect(learnt(worded).read(worded[1] as string).level).toBe('INFO');
  });

  it("leaves pino's and bunyan's JSON on their own scale (30 info)", () => {
    const json = '{"level":30,"time":1796026442317,"msg":"listening"}';
    const { read } = learnt(sample);
    expect(read(json).level).toBe('INFO');
    expect(parse('{"level":20,"time":1796026442317,"msg":"query"}').level).toBe('DEBUG');
  });
});

describe('a level and its status code in one bracket (`[ERROR:00000005]`, FSLogix)', () => {
  it('reads the level, keeps the code, starts the message after the bracket', () => {
    const line = parse('[08:03:35.673][tid:00000c3c.00001a90][ERROR:00000005]  Failed to attach disk');
    expect([line.level, line.message, line.fields.code]).toEqual([
      'ERROR',
      'Failed to attach disk',
      '00000005',
    ]);
    const warn = parse('2026-11-30 08:03:35.673 [WARN:80070005] Retrying the share');
    expect([warn.level, warn.message, warn.fields.code]).toEqual(['WARN', 'Retrying the share', '80070005']);
  });

  it('reads it in a level column a source learned from its plain brackets', () => {
    const lines = Array.from(
      { length: 12 },
      (_, n) => `[07:58:${String(10 + n)}.402][tid:00000a5c.00001ee8][INFO]            step ${n}`,
    );
    const { read } = learnt(lines);
    const line = read('[08:03:35.677][tid:00000c3c.00001a90][ERROR:00000005]  LoadProfile failed.');
    expect([line.level, line.message, line.fields.code]).toEqual([
      'ERROR',
      'LoadProfile failed.',
      '00000005',
    ]);
  });

  it('reads it on every line of a learned source, the code-carrying brackets stepped over as a column', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) =>
        `[10:00:${String(n).padStart(2, '0')}.402][pid 12][${n % 6 === 1 ? 'WARN' : 'INFO'}:0000000${n % 3}] Attaching volume ${n}`,
    );
    const { read } = learnt(lines);
    expect(read(lines[1] as string)).toMatchObject({ level: 'WARN', message: 'Attaching volume 1' });
    expect(read(lines[2] as string)).toMatchObject({ level: 'INFO', message: 'Attaching volume 2' });
    expect(read('[10:01:00.000][pid 12][ERROR:00000005] Attach failed')).toMatchObject({
      level: 'ERROR',
      message: 'Attach failed',
      fields: { code: '00000005' },
    });
  });

  it('leaves look-alikes: a name and a number, a title-case word, a word after the code', () => {
    expect(parse('2026-11-30 08:03:35.673 [worker:00000005] text').level).toBeUndefined();
    expect(parse('2026-11-30 08:03:35.673 [Error:404] text').level).toBeUndefined();
    expect(parse('2026-11-30 08:03:35.673 [ERROR:5 retries] text').fields.code).toBeUndefined();
    expect(parse('2026-11-30 08:03:35.673 [ERROR:abc] text').fields.code).toBeUndefined();
    // A short number is a tally, not a status code written to its width (a linter's or a test run's
    // counts): no level, and the line keeps its text.
    const tally = parse('2026-11-30 08:00:00 [ERROR:0] [WARNING:12] lint finished');
    expect([tally.level, tally.fields.code]).toEqual([undefined, undefined]);
    expect(parse('2026-11-30 08:00:00 build [CRITICAL:0] ok').level).toBeUndefined();
    expect(parse('[FATAL:0] [ERROR:3] build ok').level).toBeUndefined();
    // A level among colon-joined parts of a bracket: the number after it is the bracket's (cardano-node).
    const joined = parse('[5f2f3ee0:app.node.ChainDB:ERROR:90] [2026-09-12 09:53:50.35 UTC] Chain stalled');
    expect([joined.level, joined.fields.code, joined.message]).toEqual(['ERROR', undefined, 'Chain stalled']);
  });
});

describe('a level bracket deep in a long header, learned by its place among the brackets (NetBackup)', () => {
  const context = (n: number) =>
    n % 3 === 0 ? '[No context]' : `[jobid=${48211 + n} parentid=${48211 + n}]`;
  const line = (n: number, level: string, text: string) =>
    `11/30/2026 12:${String(10 + n)}:03.211 [Application] NB 51216 nbjm 117 PID:6120 TID:${14 + n} File ID:117 ${context(n)} [${level}] V-117-${100 + n} ${text}`;
  const sample = Array.from({ length: 16 }, (_, n) =>
    line(n, n % 5 === 2 ? 'Warning' : n % 7 === 4 ? 'Error' : 'Info', `job ${n} step done`),
  );

  it('reads the level and the text after the message id, whatever the brackets before it hold', () => {
    const { read } = learnt(sample);
    const pick = (text: string) => {
      const parsed = read(text);
      return [parsed.level, parsed.message];
    };
    expect(pick(line(1, 'Info', 'resources granted, media server=ms02'))).toEqual([
      'INFO',
      'resources granted, media server=ms02',
    ]);
    expect(pick(line(3, 'Warning', 'request still pending'))).toEqual(['WARN', 'request still pending']);
    expect(pick(line(5, 'Error', 'job failed, status 58'))).toEqual(['ERROR', 'job failed, status 58']);
    expect(pick(line(6, 'Critical', 'database down'))).toEqual(['FATAL', 'database down']);
  });

  it('leaves a bracket that is no level word there, and a line read alone', () => {
    const { read } = learnt(sample);
    expect(read(line(2, 'Session', 'text')).level).toBeUndefined();
    expect(parse(line(1, 'Error', 'job failed')).level).toBeUndefined();
  });

  it('learns no bracket column from one severe word on every line: a label of the text (a queue named `[Critical]`)', () => {
    const named = Array.from({ length: 16 }, (_, n) => line(n, 'Critical', `queue job ${n} done`));
    const { read, structure } = learnt(named);
    expect(structure()?.levelBracket).toBeUndefined();
    expect(read(line(20, 'Critical', 'queue job 20 done')).level).toBeUndefined();
    // An ordinary word on every line is learned (a long log's first lines are often all INFO).
    expect(learnt(sample.map((_, n) => line(n, 'Info', 'x'))).structure()?.levelBracket).toBe(2);
  });

  it('learns no bracket column from a minority of lines, nor from brackets of names', () => {
    const mixed = sample.map((text, n) =>
      n % 2 === 0 ? text.replace(/ \[(Info|Warning|Error)\]/, '') : text,
    );
    expect(learnt(mixed).read(line(5, 'Error', 'x')).level).toBeUndefined();
    const names = Array.from(
      { length: 12 },
      (_, n) =>
        `11/30/2026 12:${String(10 + n)}:03.211 [Application] NB ${n} [ctx ${n}] [Scheduler] job ${n}`,
    );
    const { structure } = learnt(names);
    expect(structure()?.levelBracket).toBeUndefined();
  });

  it('cuts a message id only as a column the source learned, and only with two numbers or more', () => {
    expect(parse('2026-11-30 08:00:01 INFO V-117-102 nbjm started').message).toBe('V-117-102 nbjm started');
    const oracle = Array.from(
      { length: 8 },
      (_, n) => `2026-11-30 08:00:0${n} ERROR ORA-0094${n} table missing`,
    );
    expect(learnt(oracle).read(oracle[2] as string).message).toBe('ORA-00942 table missing');
    const hex = Array.from({ length: 8 }, (_, n) => `2026-11-30 08:00:0${n} INFO AB12C${n} session opened`);
    expect(learnt(hex).read(hex[2] as string).message).toBe('session opened');
  });
});

describe("sd-daemon's `<N>` glued to a program's own time (`SD_INFO` written before a time-first line)", () => {
  it('reads the time right after the priority, in any shape of the table', () => {
    const splog = parse('<6>Nov30 13:35:45.370 SM_03280[SRService] Streamer service started');
    expect([splog.timestamp, splog.level, splog.message]).toEqual([
      at('2026-11-30T13:35:45.370Z'),
      'INFO',
      'SM_03280[SRService] Streamer service started',
    ]);
    expect(parse('<4>2026-11-30 10:15:02.123 cache nearly full').timestamp).toBe(
      at('2026-11-30T10:15:02.123Z'),
    );
  });

  it('leaves text after the priority that is no time, and a priority of more digits to syslog', () => {
    expect(parse('<6>2026 budget approved').timestamp).toBeUndefined();
    expect(parse('<3>Nov 30 rebuild failed').timestamp).toBeUndefined();
    expect(parse('<6>10 files copied').timestamp).toBeUndefined();
    expect(parse('<6>10 files copied').message).toBe('10 files copied');
  });
});
