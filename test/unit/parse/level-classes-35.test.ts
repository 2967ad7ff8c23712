/**
 * Level readings of the lvl35 round, each a class several products share (the lines are invented):
 *
 * - A level letter in parentheses opening a JSON line's message field (`"log_message":"(I) text"`,
 *   1Password Connect's `(I)`/`(W)`/`(E)`, with `"level":3/2/1` beside it): the mark is the level and
 *   is cut from the message. A numeric level beside it is on the product's own scale (3 info, 1
 *   error, the reverse of syslog's), so the mark wins over it; a level word beside it wins over the
 *   mark. Limits: `I`, `W`, `E`, `D` only, opening the field, then a space and text.
 * - A level letter with its verbosity digit after the time, before the process and thread in
 *   brackets and a colon (Melown's dbglog, so VTS mapproxy, vtsd and vts-tools: `I1`…`I4`, `W1`…`W4`,
 *   `E1`…`E4`, `DD` debug, `FF` fatal; `TIME I3 [pid(thread)]: text {file.cpp:func():line}`): the
 *   level, the pid and thread in `fields`, the trailing location in `fields.caller`. Limits: only
 *   after a time and before that bracket; a letter and a digit in running text stay text.
 * - A program's name in capitals with its colon opening every line's text after the time (Stubby's
 *   `[06:12:03.551207] STUBBY: text`): a column even the same on every line where it opens the text
 *   right after the time, so the name is the logger and the text follows it (after a level, Hertz's
 *   `[Info] HERTZ: text`, it stays the text's). Limits: capital letters only, 3–16 of them, no level spelling and
 *   no word that opens text unmarked (`ERROR:`, `NOTE:`, `HTTP:` are levels, read as before).
 * - The PCoIP log line (Teradici's, now HP Anyware's agent, client and connection manager): `TIME
 *   <session uuid> > LVL:n RC:%4d <component> :text`, the level a number on the product's documented
 *   scale (0 critical, 1 error, 2 info, 3 debug, 4 verbose): the level, the session, return code and component
 *   (the logger), the text after ` :`. Limits: only that whole shape; `LVL:` elsewhere is text.
 * - The log fence of a PeopleSoft server process's line (`PSAPPSRV.pid (n) [time service](fence)
 *   text`), on PeopleTools' documented application log fence scale (1 error, 2 warning, 3 level 1,
 *   4 and 5 tracing). Limits: that whole shape from the line's start; 0 (status) gives no level, as
 *   no documentation found names it.
 */
import { describe, expect, it } from 'vitest';
import { takePcoipHeader } from '../../../core/parse/formats/pcoip.ts';
import { parseLine } from '../../../core/parse/index.ts';
import { newLine } from '../../../core/parse/line.ts';
import { readSource as readLines } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const readSource = (lines: readonly string[], later: readonly string[] = []) =>
  readLines(lines, receivedAt, later);
const second = (n: number) => String(n % 60).padStart(2, '0');

describe('a level letter in parentheses opening a JSON message field', () => {
  it('reads the mark over a numeric level and cuts it from the message', () => {
    const info = parseLine(
      '{"msg":"(I) GET /v1/vaults","timestamp":"2026-11-28T14:00:31.882016303Z","level":3}',
    );
    expect([info.format, info.level, info.message]).toEqual(['json', 'INFO', 'GET /v1/vaults']);
    expect(info.timestamp).toBe(Date.parse('2026-11-28T14:00:31.882Z'));
    const warn = parseLine('{"message":"(W) no account data synced yet","level":2}');
    expect([warn.level, warn.message]).toEqual(['WARN', 'no account data synced yet']);
    const error = parseLine('{"msg":"(E) Server: (unable to get credentials), retrying in 30s","level":1}');
    expect([error.level, error.message]).toEqual([
      'ERROR',
      'Server: (unable to get credentials), retrying in 30s',
    ]);
    const debug = parseLine('{"msg":"(D) cache hit","level":4}');
    expect([debug.level, debug.message]).toEqual(['DEBUG', 'cache hit']);
  });

  it('keeps the number the mark overrode in the fields', () => {
    const line = parseLine('{"msg":"(I) serving on :8080","level":3}');
    expect(line.fields.level).toBe(3);
  });

  it('reads it in a message key the source taught (`log_message`), over numbers mostly 3', () => {
    const marks = ['(I)', '(I)', '(W)', '(I)', '(E)', '(I)'];
    const numbers = [3, 3, 2, 3, 1, 3];
    const lines = Array.from(
      { length: 32 },
      (_, n) =>
        `{"log_message":"${marks[n % 6]} GET /v1/vaults/${n}","timestamp":"2026-11-28T14:00:${second(n)}.104551812Z","level":${numbers[n % 6]}}`,
    );
    const { sample } = readSource(lines);
    const want = ['INFO', 'INFO', 'WARN', 'INFO', 'ERROR', 'INFO'];
    expect(sample.map((p) => p.level)).toEqual(lines.map((_, n) => want[n % 6]));
    expect(sample.map((p) => p.message)).toEqual(lines.map((_, n) => `GET /v1/vaults/${n}`));
    expect(sample[0]?.fields.level).toBe(3);
  });

  it('reads the mark when the line names no level', () => {
    const line = parseLine('{"msg":"(W) disk almost full","ts":"2026-11-28T14:00:31Z"}');
    expect([line.level, line.message]).toEqual(['WARN', 'disk almost full']);
  });

  it('reads every line of such a source, on a scale the sample would call small', () => {
    const marks = ['(E)', '(W)', '(E)', '(I)'];
    const numbers = [1, 2, 1, 3];
    const lines = Array.from(
      { length: 32 },
      (_, n) =>
        `{"log_message":"${marks[n % 4]} request ${n} done","timestamp":"2026-11-28T14:00:${second(n)}.1Z","level":${numbers[n % 4]}}`,
    );
    const { sample } = readSource(lines);
    const want = ['ERROR', 'WARN', 'ERROR', 'INFO'];
    expect(sample.map((p) => p.level)).toEqual(lines.map((_, n) => want[n % 4]));
    expect(sample.map((p) => p.message)).toEqual(lines.map((_, n) => `request ${n} done`));
  });

  it('leaves a level word beside the mark as the level, and the message whole', () => {
    const line = parseLine('{"level":"info","msg":"(E) is the fifth option"}');
    expect([line.level, line.message]).toEqual(['INFO', '(E) is the fifth option']);
  });

  it("leaves a number on pino and bunyan's scale as the level over the mark, and the message whole", () => {
    // 10-60 name their levels on a scale of their own: only a number of syslog's range is the product's.
    const line = parseLine('{"level":50,"msg":"(I) first item failed","time":1764583200000}');
    expect([line.level, line.message]).toEqual(['ERROR', '(I) first item failed']);
    const agrees = parseLine('{"level":30,"msg":"(E) listed twice","time":1764583200000}');
    expect([agrees.level, agrees.message]).toEqual(['INFO', '(E) listed twice']);
  });

  it('leaves an enumeration of capital letters in parentheses as text', () => {
    // `(D) … (E) …`: another letter label later in the message makes the first one a list's.
    const list = parseLine('{"msg":"(D) Paris, (E) Rome","ts":"2026-11-28T14:00:31Z"}');
    expect([list.level, list.message]).toEqual([undefined, '(D) Paris, (E) Rome']);
    const options = parseLine('{"msg":"(E) none of the above (F) all of them","level":3}');
    expect([options.level, options.message]).toEqual([undefined, '(E) none of the above (F) all of them']);
  });

  it('leaves marks that are not one as text', () => {
    // Inside a sentence, another letter, lower case, no text after it, no space after it.
    const inside = parseLine('{"msg":"Chapter (I) opens","level":30}');
    expect([inside.level, inside.message]).toEqual(['INFO', 'Chapter (I) opens']);
    const other = parseLine('{"msg":"(A) first option","level":3}');
    expect([other.level, other.message]).toEqual([undefined, '(A) first option']);
    const lower = parseLine('{"msg":"(i) roman item"}');
    expect([lower.level, lower.message]).toEqual([undefined, '(i) roman item']);
    const bare = parseLine('{"msg":"(E) "}');
    expect(bare.level).toBeUndefined();
    const glued = parseLine('{"msg":"(E)xtra credit"}');
    expect([glued.level, glued.message]).toEqual([undefined, '(E)xtra credit']);
    const two = parseLine('{"msg":"(EE) doubled"}');
    expect(two.level).toBeUndefined();
  });
});

describe("dbglog's level letter and verbosity digit after the time", () => {
  it('reads the level, the pid and thread, and the trailing location', () => {
    const line = parseLine(
      '2026-11-23 21:10:02 I3 [24811(main)]: Service mapproxy-1.9.4 starting. {service.cpp:operator()():88}',
    );
    expect([line.level, line.message]).toEqual(['INFO', 'Service mapproxy-1.9.4 starting.']);
    expect(line.fields).toMatchObject({ pid: 24811, thread: 'main', caller: 'service.cpp:operator()():88' });
    expect(line.timestamp).toBe(Date.parse('2026-11-23T21:10:02Z'));
  });

  it('reads every letter and digit dbglog writes, and its older pid/thread form', () => {
    const level = (mark: string) =>
      parseLine(`2026-11-23 21:10:02 ${mark} [24811(tile:3-0-3)]: gdal error 1: x {geodataset.cpp:f():77}`)
        .level;
    expect(['I1', 'I4', 'W1', 'W2', 'W4', 'E2', 'E4', 'DD', 'FF'].map(level)).toEqual([
      'INFO',
      'INFO',
      'WARN',
      'WARN',
      'WARN',
      'ERROR',
      'ERROR',
      'DEBUG',
      'FATAL',
    ]);
    const older = parseLine(
      '2026-11-23 21:10:02 W2 [31406/7]: Resource has no credits defined. {resource.cpp:parseResource():402}',
    );
    expect([older.level, older.message, older.fields.pid, older.fields.thread]).toEqual([
      'WARN',
      'Resource has no credits defined.',
      31406,
      '7',
    ]);
  });

  it('reads every line of such a source', () => {
    const marks = ['I3', 'I2', 'W2', 'I3', 'E2', 'I2'];
    const lines = Array.from(
      { length: 32 },
      (_, n) =>
        `2026-11-23 21:10:${second(n)} ${marks[n % 6]} [24811(updater)]: Ready to serve resource <r${n}> (rev 4). {core.cpp:updateResources():311}`,
    );
    const { sample } = readSource(lines);
    const want = ['INFO', 'INFO', 'WARN', 'INFO', 'ERROR', 'INFO'];
    expect(sample.map((p) => p.level)).toEqual(lines.map((_, n) => want[n % 6]));
    expect(sample.map((p) => p.message)).toEqual(
      lines.map((_, n) => `Ready to serve resource <r${n}> (rev 4).`),
    );
  });

  it("keeps a pid the line already holds (a syslog tag's) and leaves its own bracket in the text", () => {
    const line = parseLine('Nov 23 21:10:02 host1 vtsd[12]: I3 [24811(main)]: text {file.cpp:func():88}');
    expect([line.level, line.fields.pid, line.message]).toEqual([
      'INFO',
      12,
      '[24811(main)]: text {file.cpp:func():88}',
    ]);
    const same = parseLine('Nov 23 21:10:02 host1 vtsd[12]: E2 [12(main)]: text {file.cpp:func():88}');
    expect([same.level, same.message]).toEqual(['ERROR', 'text']);
    expect(same.fields).toMatchObject({ pid: 12, thread: 'main', caller: 'file.cpp:func():88' });
  });

  it('leaves a letter and a digit that are not its mark as text', () => {
    const prose = parseLine('2026-11-23 21:10:02 E2 instance failed to boot');
    expect([prose.level, prose.message]).toEqual([undefined, 'E2 instance failed to boot']);
    const named = parseLine('2026-11-23 21:10:02 E2 [eu-west]: instance failed');
    expect(named.level).toBeUndefined();
    const other = parseLine('2026-11-23 21:10:02 A4 [24811(main)]: paper size set');
    expect(other.level).toBeUndefined();
    const digit = parseLine('2026-11-23 21:10:02 I5 [24811(main)]: lane five open');
    expect(digit.level).toBeUndefined();
    const noTime = parseLine('I3 [24811(main)]: Service starting.');
    expect(noTime.level).toBeUndefined();
    // The location is the mark's line's only: without the mark a trailing brace stays.
    const braces = parseLine('2026-11-23 21:10:02 job done {a.cpp:f():1}');
    expect(braces.message).toBe('job done {a.cpp:f():1}');
  });
});

describe("a program's name in capitals opening every line's text", () => {
  const stubby = (n: number, text: string) => `[06:12:${second(n)}.551207] STUBBY: ${text}`;
  it('is a column even the same on every line: the logger, the text after it', () => {
    const texts = [
      'Stubby version: Stubby 0.4.3',
      'DNSSEC Validation is OFF',
      '  - TLS',
      'Starting DAEMON....',
    ];
    const lines = Array.from({ length: 32 }, (_, n) => stubby(n, `${texts[n % 4]}`));
    const { sample } = readSource(lines);
    expect(sample.map((p) => p.message.trim())).toEqual(lines.map((_, n) => (texts[n % 4] as string).trim()));
    expect(sample[0]?.logger).toBe('STUBBY');
    expect(sample[0]?.timestamp).toBe(Date.parse('2026-11-30T06:12:00.551Z'));
  });

  it('leaves such a name after a level in the text (Hertz writes its own before each message)', () => {
    const levels = ['Info', 'Info', 'Warn', 'Error'];
    const lines = Array.from(
      { length: 32 },
      (_, n) =>
        `2026/11/18 09:12:${second(n)}.541006 engine.go:669: [${levels[n % 4]}] HERTZ: request ${n} served`,
    );
    const { sample } = readSource(lines);
    expect(sample[5]?.message).toBe('HERTZ: request 5 served');
    expect(sample[5]?.level).toBe('INFO');
  });

  it('leaves a capitalised word and a two-letter name the same on every line in the text', () => {
    for (const word of ['Stubby', 'OK', 'Processing']) {
      const lines = Array.from(
        { length: 32 },
        (_, n) => `[06:12:${second(n)}.551207] ${word}: request ${n} done`,
      );
      const { sample } = readSource(lines);
      expect(sample[3]?.message, word).toContain(`${word}: request 3 done`);
    }
  });
});

describe('the PCoIP log line, its level a number on the product’s documented scale', () => {
  const pcoip = (level: number, rc: string, component: string, text: string, n = 2) =>
    `2026-11-30T08:14:${second(n)}.208931Z 3f9c1e52-8a7d-11ef-b3c4-0a58a9feac02 > LVL:${level} RC:${rc.padStart(4)} ${component.padStart(16)} :${text}`;

  it('reads the level, the component as the logger, the session and return code, and the text', () => {
    const line = parseLine(pcoip(1, '-500', 'SCNET', 'Packet loss above threshold: 7.8% over 10 s'));
    expect([line.level, line.message, line.logger]).toEqual([
      'ERROR',
      'Packet loss above threshold: 7.8% over 10 s',
      'SCNET',
    ]);
    expect(line.fields).toMatchObject({ session: '3f9c1e52-8a7d-11ef-b3c4-0a58a9feac02', rc: -500 });
    expect(line.timestamp).toBe(Date.parse('2026-11-30T08:14:02.208Z'));
    expect([0, 2, 3, 4].map((n) => parseLine(pcoip(n, '0', 'AGENT', 'text')).level)).toEqual([
      'FATAL',
      'INFO',
      'DEBUG',
      'TRACE',
    ]);
  });

  it('reads every line of such a source', () => {
    const levels = [2, 2, 1, 2, 3, 0];
    const want = ['INFO', 'INFO', 'ERROR', 'INFO', 'DEBUG', 'FATAL'];
    const lines = Array.from({ length: 32 }, (_, n) =>
      pcoip(levels[n % 6] as number, '0', 'MGMT_SSL', `event ${n}`, n),
    );
    const { sample } = readSource(lines);
    expect(sample.map((p) => p.level)).toEqual(lines.map((_, n) => want[n % 6]));
    expect(sample.map((p) => p.message)).toEqual(lines.map((_, n) => `event ${n}`));
  });

  it('leaves `LVL:` outside that shape as text', () => {
    const prose = parseLine('2026-11-30T08:14:02.208931Z tank > LVL:1 RC: full');
    expect(prose.level).toBeUndefined();
    const noMark = parseLine('2026-11-30T08:14:02.208931Z LVL:1 RC:   0  AGENT :text');
    expect(noMark.level).toBeUndefined();
    const big = parseLine(
      '2026-11-30T08:14:02.208931Z 3f9c1e52-8a7d-11ef-b3c4-0a58a9feac02 > LVL:7 RC:   0  AGENT :text',
    );
    expect(big.level).toBeUndefined();
  });

  it('keeps the component where the line names its logger already, and its header where it holds another session or code (review29w)', () => {
    // A learned column names the logger (`[worker-0]`, or the capitals program-name column's `PCOIP:`):
    // the component went nowhere, lost.
    const lines = Array.from(
      { length: 32 },
      (_, n) =>
        `2026-11-30T08:14:${second(n)}.208931Z [worker-${n % 4}] 3f9c1e52-8a7d-11ef-b3c4-0a58a9feac02 > LVL:${n % 3} RC:   0 ${['AGENT', 'MGMT_SSL', 'SCNET'][n % 3]} :event ${n}`,
    );
    const { sample } = readSource(lines);
    expect(sample.map((p) => [p.level, p.logger, p.fields.tag, p.message]).slice(0, 3)).toEqual([
      ['FATAL', 'worker-0', 'AGENT', 'event 0'],
      ['ERROR', 'worker-1', 'MGMT_SSL', 'event 1'],
      ['INFO', 'worker-2', 'SCNET', 'event 2'],
    ]);
    const named = Array.from(
      { length: 32 },
      (_, n) =>
        `2026-11-30T08:14:${second(n)}.208931Z PCOIP: 3f9c1e52-8a7d-11ef-b3c4-0a58a9feac02 > LVL:2 RC:   0 ${['AGENT', 'SCNET'][n % 2]} :event ${n}`,
    );
    expect(
      readSource(named)
        .sample.map((p) => [p.logger, p.fields.tag, p.message])
        .slice(0, 2),
    ).toEqual([
      ['PCOIP', 'AGENT', 'event 0'],
      ['PCOIP', 'SCNET', 'event 1'],
    ]);
    // Every place taken (a logger, a tag, another session): the header stays the text's, the level read.
    const text = '3f9c1e52-8a7d-11ef-b3c4-0a58a9feac02 > LVL:1 RC:-500 SCNET :text';
    const held = { ...newLine('learned', text), timestampText: '08:14:02', logger: 'worker-0' };
    held.fields = { tag: 'x', session: 'other' };
    takePcoipHeader(held);
    expect([held.level, held.message, held.fields]).toEqual(['ERROR', text, { tag: 'x', session: 'other' }]);
  });
});

describe('the PeopleTools log fence after a server process log line’s time', () => {
  const ps = (fence: number, text: string, n = 2) =>
    `PSAPPSRV.18422 (${n}) [2026-11-30T05:31:${second(n)}.457 ICPanel](${fence}) ${text}`;

  it('reads the fence on the documented scale: 1 error, 2 warning, 3 level 1, 4 and 5 tracing', () => {
    const line = parseLine(ps(1, 'SQL error. Stmt #: 4077  Error Position: 0  Return: 3113'));
    expect([line.level, line.message]).toEqual([
      'ERROR',
      'SQL error. Stmt #: 4077  Error Position: 0  Return: 3113',
    ]);
    expect(line.timestamp).toBe(Date.parse('2026-11-30T05:31:02.457Z'));
    expect([2, 3, 4, 5].map((f) => parseLine(ps(f, 'text')).level)).toEqual([
      'WARN',
      'INFO',
      'DEBUG',
      'DEBUG',
    ]);
  });

  it('reads every line of such a source', () => {
    const fences = [3, 3, 2, 3, 1, 3];
    const want = ['INFO', 'INFO', 'WARN', 'INFO', 'ERROR', 'INFO'];
    const lines = Array.from({ length: 32 }, (_, n) =>
      ps(fences[n % 6] as number, `User VP${n}: Component PO_EXPRESS`, n),
    );
    const { sample } = readSource(lines);
    expect(sample.map((p) => p.level)).toEqual(lines.map((_, n) => want[n % 6]));
    expect(sample.map((p) => p.message)).toEqual(lines.map((_, n) => `User VP${n}: Component PO_EXPRESS`));
  });

  it('leaves the status fence 0, which the documentation found gives no level, and look-alikes unread', () => {
    const status = parseLine('PSAPPSRV.18422 (0) [2026-11-30T05:30:55.770](0) Server started');
    expect([status.level, status.message, status.fields.fence]).toEqual([undefined, 'Server started', 0]);
    // Not a PeopleSoft process, a count in parentheses, a fence not glued to the bracket.
    expect(parseLine('[2026-11-30T05:30:55.770](2) retries left').level).toBeUndefined();
    expect(parseLine('APPSRV.18422 (3) [2026-11-30T05:30:55.770](1) one error found').level).toBeUndefined();
    expect(parseLine('PSAPPSRV.18422 (3) [2026-11-30T05:30:55.770] (1) item').level).toBeUndefined();
  });
});
