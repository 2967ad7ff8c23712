/**
 * Classes the long-source development sets dev38 and dev39 showed (long28): each a convention
 * several products share, read as a class. The lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });
const at = (iso: string) => Date.parse(iso);

/** A parser that learned `source` from `lines`, and a reader of that source's lines. */
function learnt(lines: readonly string[]) {
  const parser = compileParser({});
  parser.learn('src', lines, receivedAt);
  return (line: string) => parser(line, receivedAt, 'src');
}

describe('a process id in parentheses among the brackets after a ctime (`[ctime] (pid=N) [level] text`)', () => {
  it('steps over the process id and reads the level bracket after it', () => {
    const line = parse('[Mon Nov 30 07:41:09 2026] (pid=1771) [notice] resync requested');
    expect([line.format, line.level, line.message, line.fields.pid]).toEqual([
      'apache_error',
      'NOTICE',
      'resync requested',
      1771,
    ]);
    expect(parse('[Mon Nov 30 07:57:20 2026] (pid 2406) [ERROR] cannot open socket').level).toBe('ERROR');
    expect(parse('[Mon Nov 30 07:57:20 2026] (PID:2406) [warn] queue is full').fields.pid).toBe(2406);
  });

  it('leaves look-alikes: words in parentheses, a name in the bracket after the process id', () => {
    const words = parse('[Mon Nov 30 07:41:09 2026] (see below) [error] text');
    expect([words.level, words.message]).toEqual([undefined, '(see below) [error] text']);
    expect(parse('[Mon Nov 30 07:41:09 2026] (pid=1771) [alice] joined').level).toBeUndefined();
    // A process id a sentence names after the level stays the text's.
    const text = parse('[Mon Nov 30 07:41:09 2026] [notice] child (pid=1771) exited');
    expect([text.level, text.message]).toEqual(['NOTICE', 'child (pid=1771) exited']);
  });
});

describe("the VRP family's `MODULE/severity/DIGEST:` after the host, without its `%` (H3C and HPE Comware's log file)", () => {
  it('reads the digit between the slashes as a syslog severity and the text after the colon', () => {
    // Per line, after a time the table reads and the host.
    expect(parse('Nov 30 01:04:02 2026 sw1 LLDP/5/LLDP_CREATE_NEIGHBOR: neighbor created').level).toBe(
      'NOTICE',
    );
    // The file's own mark glued before the date (`%` a log, `*` a debug line, `^` a trap), and the
    // year after the time, its milliseconds after a colon.
    const marked = parse('%Nov 30 01:04:02:327 2026 LEAF-07 SHELL/6/SHELL_CMD: -Line=vty0; Command is save');
    expect([marked.timestamp, marked.level, marked.message]).toEqual([
      at('2026-11-30T01:04:02.327Z'),
      'INFO',
      '-Line=vty0; Command is save',
    ]);
    expect(parse('Nov 30 01:04:02 2026 sw1 text').timestamp).toBe(at('2026-11-30T01:04:02.000Z'));
    // The same through the source's learned structure.
    const read = learnt(
      Array.from(
        { length: 10 },
        (_, n) => `%Nov 30 01:0${n}:14:227 2026 LEAF-07 DEV/5/BOARD_STATE: Board ${n} is Normal.`,
      ),
    );
    const line = read(
      '%Nov 30 01:02:19:727 2026 LEAF-07 IFNET/3/PHY_UPDOWN: Physical state on Ten1/0/2 changed to up.',
    );
    expect([line.timestamp, line.level, line.message]).toEqual([
      at('2026-11-30T01:02:19.727Z'),
      'ERROR',
      'Physical state on Ten1/0/2 changed to up.',
    ]);
    expect(
      read('%Nov 30 01:04:02:327 2026 LEAF-07 SHELL/6/SHELL_CMD: -Line=vty0; Command is save').level,
    ).toBe('INFO');
  });

  it('leaves look-alikes: an interface name, a ratio, a path, a digit outside 0–7', () => {
    expect(parse('Nov 30 01:04:02 2026 sw1 GE1/0/1: link down').level).toBeUndefined();
    expect(parse('Nov 30 01:04:02 2026 sw1 IFNET/0/1: link down').level).toBeUndefined();
    expect(parse('Nov 30 01:04:02 2026 sw1 API/9/STATUS: fine').level).toBeUndefined();
    expect(parse('Nov 30 01:04:02 2026 sw1 usr/3/lib: moved').level).toBeUndefined();
    expect(parse('2026-11-30 10:00:00 HTTP/1/GET: sent').level).toBeUndefined();
    expect(parse('Nov 30 01:04:02 2026 sw1 SHELL/4/LOGIN: VTY login from 10.1.1.1.').level).toBe('WARN');
    expect(parse('2026-11-30 01:04:02 moved files to BACKUP/3/DAILY: done').level).toBeUndefined();
    // A percent sign before a month's name and no time: text.
    expect(parse('%Nov 30 is the date').timestamp).toBeUndefined();
    expect(parse('%November sales 01:04:02').timestamp).toBeUndefined();
  });

  it("reads it only in Comware's place, right after the host after a year written after the time: a capital path elsewhere stays text", () => {
    // An ISO time (no year after it), no time, or the path not right after the host: no severity.
    expect(parse('2026-11-30 10:00:00 host API/2/USERS: 200').level).toBeUndefined();
    expect(parse('2026-11-30 10:00:00 copying DATA/0/BACKUP: ok').level).toBeUndefined();
    expect(parse('2026-11-30 10:00:00 DATA/0/BACKUP: ok').level).toBeUndefined();
    expect(parse('10:00:00 DATA/0/BACKUP: ok').level).toBeUndefined();
    expect(parse('DATA/0/BACKUP: ok').level).toBeUndefined();
    expect(parse('Nov 30 01:04:02 2026 sw1 copying DATA/0/BACKUP: ok').level).toBeUndefined();
    const read = learnt(
      Array.from(
        { length: 10 },
        (_, n) => `%Nov 30 01:0${n}:14:227 2026 LEAF-07 DEV/5/BOARD_STATE: Board ${n} is Normal.`,
      ),
    );
    expect(read('%Nov 30 01:02:19:727 2026 LEAF-07 copying DATA/0/BACKUP: ok').level).toBeUndefined();
    expect(read('%Nov 30 01:02:19:727 2026 LEAF-07 DEV/3/FAN_ABSENT: Fan 2 is absent.').level).toBe('ERROR');
  });
});

describe('learned per source: a level word as the last dotted part of a bracket (`[component.info]`, `[.error]`)', () => {
  const word = (n: number) => (n % 9 === 4 ? 'error' : n % 7 === 3 ? 'warn' : 'info');
  const lines = Array.from(
    { length: 24 },
    (_, n) =>
      `[2026-11-21T11:58:${String(10 + n)}.212+0000] [${n < 4 ? 'header' : ''}.${word(n)}] [src/agent.go:Run:${n}] step ${n}`,
  );

  it("reads the word after the bracket's last dot where a source's lines agree on that slot", () => {
    const read = learnt(lines);
    expect(
      read('[2026-11-21T12:05:18.263+0000] [.error] [src/director.go:plan:988] apply failed').level,
    ).toBe('ERROR');
    expect(read('[2026-11-21T12:05:19.263+0000] [.info] [src/director.go:plan:905] running step').level).toBe(
      'INFO',
    );
    expect(read('[2026-11-21T12:05:20.263+0000] [header.info] [::0]  Version = 1').level).toBe('INFO');
  });

  it('leaves a logger named `.error` on every line, a bracket per line, and a lower-case word outside its bracket', () => {
    // uvicorn's `error` logger logs its INFO lines too: a severe word on every line is a label.
    const uvicorn = learnt(
      Array.from(
        { length: 16 },
        (_, n) => `2026-11-21 11:58:${String(10 + n)} [uvicorn.error] Started worker ${n}`,
      ),
    );
    expect(uvicorn('2026-11-21 11:59:00 [uvicorn.error] Started worker 99').level).toBeUndefined();
    // One line alone tells nothing.
    expect(
      parse('[2026-11-21T12:05:18.263+0000] [.error] [src/director.go:plan:988] apply failed').level,
    ).toBeUndefined();
    // Loggers' names in the bracket, no level word among them.
    const names = ['app.main', 'db.pool', 'http.server'];
    const loggers = learnt(
      Array.from(
        { length: 16 },
        (_, n) => `2026-11-21 11:58:${String(10 + n)} [${names[n % 3]}] handled ${n}`,
      ),
    );
    expect(loggers('2026-11-21 11:59:00 [app.error] handled 99').level).toBeUndefined();
  });

  it("leaves loggers' names whose last part is a level word: each name writes one word, and no bracket is `[.word]`", () => {
    // uvicorn's `error` logger beside an application's module `api.info`: a word per name is a name.
    const mixed = learnt(
      Array.from(
        { length: 16 },
        (_, n) =>
          `2026-11-21 11:58:${String(10 + n)} [${n % 4 === 0 ? 'api.info' : 'uvicorn.error'}] Started worker ${n}`,
      ),
    );
    expect(mixed('2026-11-21 11:59:00 [uvicorn.error] Started worker 99').level).toBeUndefined();
    // One component written with two words is a level there (`[agent.info]`, `[agent.warn]`).
    const agent = learnt(
      Array.from(
        { length: 16 },
        (_, n) =>
          `[2026-11-21T11:58:${String(10 + n)}.212+0000] [agent.${n % 5 === 2 ? 'warn' : 'info'}] step ${n}`,
      ),
    );
    expect(agent('[2026-11-21T11:59:00.212+0000] [agent.error] apply failed').level).toBe('ERROR');
  });
});

describe('learned per source: a number after the seconds and a colon that keeps one value while the seconds change is a process id', () => {
  const lines = Array.from(
    { length: 16 },
    (_, n) => `20261123:22:41:${String(10 + n)}:031877 gprecoverseg:mdw:gpadmin-[INFO]:-Step ${n} done`,
  );

  it('reads the time to the second and the number as fields.pid (Greenplum utilities: `yyyyMMdd:HH:mm:ss:pid`)', () => {
    const read = learnt(lines);
    const line = read('20261123:22:42:05:031877 gprecoverseg:mdw:gpadmin-[WARNING]:-Segment 10 is down');
    expect([line.timestamp, line.level, line.fields.pid]).toEqual([
      at('2026-11-23T22:42:05.000Z'),
      'WARN',
      31877,
    ]);
    // A later run of the utility writes another process id: still no fraction.
    expect(read('20261123:22:50:05:040112 gpstart:mdw:gpadmin-[INFO]:-Starting').timestamp).toBe(
      at('2026-11-23T22:50:05.000Z'),
    );
  });

  it('leaves fractions that change from line to line, a single line, and zeros', () => {
    // Windows' debug logs and fwupd write milliseconds after a colon.
    const clock = learnt(
      Array.from(
        { length: 16 },
        (_, n) => `05:21:${String(10 + n)}:${String(100 + n * 37)} FuEngine step ${n}`,
      ),
    );
    expect(clock('05:22:01:648 FuEngine loaded').timestamp).toBe(at('2026-12-02T05:22:01.648Z'));
    expect(parse('20261123:22:41:05:031877 gprecoverseg:mdw:gpadmin-[INFO]:-Starting').timestamp).toBe(
      at('2026-11-23T22:41:05.031Z'),
    );
    const zeros = learnt(
      Array.from({ length: 16 }, (_, n) => `2026-11-23 22:41:${String(10 + n)}:000 step ${n}`),
    );
    const zero = zeros('2026-11-23 22:42:05:000 step 99');
    expect([zero.timestamp, zero.fields.pid]).toEqual([at('2026-11-23T22:42:05.000Z'), undefined]);
  });

  it("leaves a clock's milliseconds that repeat on a timer's every tick, and a fraction padded from them", () => {
    // A timer firing each second writes one millisecond on every line: three digits are a clock's.
    const timer = learnt(
      Array.from({ length: 16 }, (_, n) => `05:21:${String(10 + n)}:250 FuEngine tick ${n}`),
    );
    const tick = timer('05:22:01:648 FuEngine loaded');
    expect([tick.timestamp, tick.fields.pid]).toEqual([at('2026-12-02T05:22:01.648Z'), undefined]);
    expect(timer('05:22:02:250 FuEngine tick 99').timestamp).toBe(at('2026-12-02T05:22:02.250Z'));
    // The same milliseconds written to the microsecond (`250000`).
    const padded = learnt(
      Array.from({ length: 16 }, (_, n) => `2026-11-23 22:41:${String(10 + n)}:250000 step ${n}`),
    );
    expect(padded('2026-11-23 22:42:05:250000 step 99').timestamp).toBe(at('2026-11-23T22:42:05.250Z'));
  });
});

describe("a day number since 1601 (Windows FILETIME's epoch) before the time of day (W32Time's debug log)", () => {
  it('reads the day and the UTC time, its fraction cut to the millisecond', () => {
    const line = parse('155563 06:18:52.1134025s - ReadConfig: Found provider NtpClient:');
    expect(line.timestamp).toBe(at('2026-12-02T06:18:52.113Z'));
    expect(parse('155562 23:59:59.9999999s - eLSState changed.').timestamp).toBe(
      at('2026-12-01T23:59:59.999Z'),
    );
    const read = learnt(
      Array.from({ length: 12 }, (_, n) => `155562 10:0${n % 10}:27.6464952s - ReadConfig: value ${n}`),
    );
    expect(read('155562 11:02:27.6464952s - Logging information: NtpClient started').timestamp).toBe(
      at('2026-12-01T11:02:27.646Z'),
    );
  });

  it('leaves a six-digit id naming no day near the arrival, and other shapes', () => {
    // A thread id before a time of day: 123456 days is the year 1939.
    const thread = parse('123456 06:18:52.113 INFO worker started').timestamp;
    expect(new Date(thread ?? 0).getUTCFullYear()).toBe(2026);
    // Glued to a word, or seven digits.
    expect(parse('155563 06:18:52.11x text').timestamp).toBeUndefined();
    expect(parse('1555630 06:18:52 text').timestamp).not.toBe(at('2026-12-02T06:18:52.000Z'));
  });
});
