/**
 * Classes of mainframe and midrange logs (issue #14, round 35): IBM-style severity identifiers of
 * the shapes IBM's schedulers document, a compact stamp joined by a slash, and two learned-only
 * stamps (a month-first date without a year before a dotted time; `yyMMdd HHmmsscc`). The lines are
 * invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { mayHoldIds } from '../../../core/parse/id-field.ts';
import { parseLine } from '../../../core/parse/index.ts';
import { charactersRead } from '../../support/characters-read.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });
const at = (iso: string) => Date.parse(iso);

/** A parser that learned `lines` as source `source`, and the parse of `line` through it. */
const learned = (source: string, lines: readonly string[]) => learnedReader(lines, receivedAt, source);

/*
 * CLASS: a message identifier whose last letter is its severity, in the shapes IBM's schedulers
 * document: IBM Z Workload Scheduler's `EQQFnnnC`, `EQQFFnnC`, `EQQnnnnC` (two digits after five
 * capitals) and IBM Workload Scheduler's `AWS<component><number><severity>` (six capitals), with
 * I/W/E. Limits: two digits only after exactly five capitals; eight capitals are no identifier (seven
 * are since r66: OpenJ9's `JVMDUMP032I`).
 */
describe('an IBM severity identifier of the schedulers’ documented shapes', () => {
  it('reads five capitals and two digits (`EQQSU01I`) and six capitals (`AWSBHT061I`)', () => {
    expect(parse('2026-11-30 06:09:26 EQQSU01I THE SUBMIT EXIT HAS BEEN LOADED')).toMatchObject({
      level: 'INFO',
      fields: { code: 'EQQSU01I' },
    });
    expect(parse('2026-11-30 06:09:26 EQQSU21E THE SUBMIT EXIT FAILED')).toMatchObject({ level: 'ERROR' });
    expect(parse('2026-11-30 06:09:26 AWSBHT061I Batchman has received an event')).toMatchObject({
      level: 'INFO',
      message: 'Batchman has received an event',
      fields: { code: 'AWSBHT061I' },
    });
    expect(parse('2026-11-30 06:09:26 AWSBCV012W Mailman lost a link')).toMatchObject({ level: 'WARN' });
  });

  it('reads one after a process name glued by its colon, the name the logger', () => {
    expect(parse('05:59:58 30.11.2026|NETMAN:AWSEDW026I Netman is starting on port 31111.')).toMatchObject({
      level: 'INFO',
      logger: 'NETMAN',
      message: 'Netman is starting on port 31111.',
      fields: { code: 'AWSEDW026I' },
    });
    expect(parse('06:21:53 30.11.2026|BATCHMAN:AWSBHT062E The job failed.')).toMatchObject({
      level: 'ERROR',
    });
  });

  it('keeps the process name in `fields.tag` when the line has a logger already (review27b)', () => {
    expect(parse('[2026-11-30 08:01:02][tws] BATCHMAN:AWSBHT001I The job was launched.')).toMatchObject({
      level: 'INFO',
      logger: 'tws',
      message: 'The job was launched.',
      fields: { code: 'AWSBHT001I', tag: 'BATCHMAN' },
    });
    // The kernel's subsystem tag, read by the same mark, the same way.
    expect(parse('[2026-11-30 08:01:02][host] XFS warning (device sdb1): metadata I/O error')).toMatchObject({
      level: 'WARN',
      logger: 'host',
      message: 'metadata I/O error',
      fields: { tag: 'XFS', context: 'device sdb1' },
    });
  });

  it('tests a long line of identifier-shaped words for one in linear time (review27b)', () => {
    // Each word's capitals and digits read, a capital glued after them: no identifier, and no dot
    // anywhere to stop a search backwards from each.
    const line = (words: number) => `x ${'AB123XY '.repeat(words)}`;
    expect(mayHoldIds([line(12_500)])).toBe(false);
    // Characters read, not time: twice the line, at most about twice the work (a search back per
    // word read 625 million characters of this line, 4 times those of half of it).
    const once = charactersRead(() => mayHoldIds([line(6_250)]));
    expect(charactersRead(() => mayHoldIds([line(12_500)]))).toBeLessThan(2.2 * once);
  });

  it('reads a glued name only before the six-capital form: a label before an order’s or a host’s id is no process (review27b)', () => {
    for (const line of [
      '2026-11-30 08:01:02 ORDER:XYZ12345S Shipped',
      '2026-11-30 08:01:02 REF:ABCDE12W Pending',
      '2026-11-30 08:01:02 ID:AB123I Opened',
      '2026-11-30 08:01:02 CPU:INTEL64S Detected',
      '2026-11-30 08:01:02 SERVER:LONDB01E Disk nearly full',
      'ORDER:XYZ12345S Shipped',
    ]) {
      expect(parse(line).level, line).toBeUndefined();
    }
    expect(
      parse('07:01:39 24.11.2026|BATCHMAN:AWSBHT075I Changing job stream JOBS status to EXEC.'),
    ).toMatchObject({
      level: 'INFO',
      logger: 'BATCHMAN',
      fields: { code: 'AWSBHT075I' },
    });
  });

  it('leaves look-alikes alone: other lengths, a tag in lower case, a word, running text', () => {
    for (const line of [
      '2026-11-30 08:01:02 ABCDEFGH123E Eight capitals are no prefix',
      '2026-11-30 08:01:02 ABCDEFG12E Two digits after seven capitals',
      '2026-11-30 08:01:02 ABCD12E Two digits after four capitals',
      '2026-11-30 08:01:02 ABCDEF12E Two digits after six capitals',
      '2026-11-30 08:01:02 EQQSU1I One digit',
      '2026-11-30 08:01:02 netman:AWSEDW026I A tag in lower case',
      '2026-11-30 08:01:02 N:AWSEDW026I A one-letter tag',
      '2026-11-30 08:01:02 NETMAN: AWSEDW026I A tag apart from the id',
      '2026-11-30 08:01:02 TICKET:REQAB12E closed by the desk',
      '2026-11-30 08:01:02 WIDE AREA NETWORK UP',
      '2026-11-30 08:01:02 SHIPPING:ORDER1234E shipped today',
    ]) {
      expect(parse(line).level, line).toBeUndefined();
    }
  });
});

/*
 * CLASS: a compact date and time joined by a slash, its fraction required (`yyyyMMdd/HHmmss.SSS`,
 * Automic's work-process log), the slash sibling of `yyyyMMdd-HHmmss.SSS`. Limits: read per line
 * only opening the line (further on, a path's folders); without the fraction it is an id or a path.
 */
describe('a compact date and time joined by a slash, with its fraction', () => {
  it('reads it opening a line, the dash after it no part of the text', () => {
    const line = parse("20261130/111204.077 - U00003400 Server 'WP003' started.");
    expect(line.timestamp).toBe(at('2026-11-30T11:12:04.077Z'));
    expect(line.message).toBe("U00003400 Server 'WP003' started.");
  });

  it('reads no path, no id without its fraction, and no impossible date', () => {
    for (const text of [
      'restored backup/20261130/111204.077 from tape',
      'copied 20261130/111204.077 to the archive',
      '20261130/111204 run started',
      '20261330/111204.077 bad month',
      '20261130/251204.077 bad hour',
      '20261130/111204.077x glued',
    ]) {
      expect(parse(text).timestamp, text).toBeUndefined();
    }
  });
});

/*
 * CLASS: `MM/dd HH.mm.ss`, a month-first date with no year and a dotted time, opening every line of
 * a source (IBM Z Workload Scheduler's message log, `mm/dd HH.MM.SS msgnum TEXT`). Learned only, as
 * `MM/dd HH:mm` is: per line `11/30` is as often a ratio and a dotted time a version.
 */
describe('a month-first date without a year before a dotted time, learned from a source', () => {
  const lines = [
    '11/30 06.02.14 EQQZ005I OPC SUBTASK EVENT MANAGER IS BEING STARTED',
    '11/30 06.03.32 EQQZ005I OPC SUBTASK GENERAL SERVICE IS BEING STARTED',
    '11/30 06.08.17 EQQN013I OPC HAS STARTED NORMAL MODE MANAGER SUBTASK',
    '11/30 06.09.26 EQQSU01I THE SUBMIT EXIT EQQUX001 HAS BEEN LOADED',
    '11/30 06.14.59 EQQW776W WORKSTATION CPU2 IS SET TO STATUS OFFLINE',
    '11/30 06.21.53 EQQE037E JOB GLED0300(JOB04520), OPERATION 010 ENDED IN ERROR',
    '11/30 06.25.09 EQQW777I WORKSTATION CPU2 IS SET TO STATUS ACTIVE',
    '11/30 06.29.12 EQQE036I JOB GLED0300(JOB04561), OPERATION 010 ENDED, RC=0000',
  ];

  it('reads no time from the shape in a line alone, nor from a ratio before a version', () => {
    expect(parse(lines[0] as string).timestamp).toBeUndefined();
    expect(parse('11/30 06.02.14 upgraded').timestamp).toBeUndefined();
  });

  it('learns it from a sample that opens with it: the time, and the identifier’s level', () => {
    const read = learned('eqqmlog', lines);
    expect(read('11/30 07.30.00 EQQE026W JOB CUST4420(JOB04566), OPERATION 040 IS LATE')).toMatchObject({
      timestamp: at('2026-11-30T07:30:00Z'),
      level: 'WARN',
      message: 'JOB CUST4420(JOB04566), OPERATION 040 IS LATE',
    });
    expect(read('11/30 07.31.00 EQQSU01I THE SUBMIT EXIT EQQUX001 HAS BEEN LOADED').level).toBe('INFO');
  });

  it('learns nothing from a sample of ratios and versions dated outside the time-range window', () => {
    // `0k/12` read month first is January to August: months before the arrival.
    const versions = Array.from({ length: 8 }, (_, k) => `0${k + 1}/12 01.02.0${k} RELEASE NOTES`);
    const read = learned('versions', versions);
    expect(read('09/12 01.02.09 RELEASE NOTES').timestamp).toBeUndefined();
    const old = lines.map((line) => `05/12${line.slice(5)}`);
    expect(learned('old', old)(old[0] as string).timestamp).toBeUndefined();
  });
});

/*
 * CLASS: `yyMMdd HHmmsscc`, hundredths glued to the seconds (Micro Focus Enterprise Server's console
 * log: `261130 04000618  3104 ESMFG01  CASCD0167I text`). Learned only: 6 and 8 digits are as often
 * two counters; a sample dated outside the time-range window learns nothing.
 */
describe('a compact two-digit-year date and a time with glued hundredths, learned from a source', () => {
  const lines = [
    '261130 04000618  3104 ESMFG01  CASCD0167I ES "ESMFG01" initialization started  04:00:06',
    '261130 04010607  3104 ESMFG01  CASCD0102I TX Daemon Started  04:01:06',
    '261130 04015728  3112 ESMFG01  CASSI1500I SEP started, pid 3112  04:01:57',
    '261130 04023842  3112 ESMFG01  CASSI5030I PLTPI Phase 1 - Main Startup Complete  04:02:38',
    '261130 04032640  3104 ESMFG01  CASCD0150I ES initialization completed successfully  04:03:26',
    '261130 04034683  3104 ESMFG01  CASCD1021I Batch job J51000 submitted to class A  04:03:46',
    '261130 04040012  3112 ESMFG01  CASKC0012W Transaction T1 is slow  04:04:00',
    '261130 04050099  3112 ESMFG01  CASKC0013E Transaction T2 abended  04:05:00',
  ];

  it('reads no time from the shape in a line alone', () => {
    expect(parse(lines[0] as string).timestamp).toBeUndefined();
  });

  it('learns it from a sample that opens with it: hundredths as milliseconds, the identifier’s level', () => {
    const read = learned('mfes', lines);
    expect(read('261130 04100618  3104 ESMFG01  CASCD0167E ES stopped  04:10:06')).toMatchObject({
      timestamp: at('2026-11-30T04:10:06.180Z'),
      level: 'ERROR',
    });
  });

  it('learns nothing from counters: impossible dates, or dates outside the window', () => {
    const counters = lines.map((line, k) => `12345${k} 0400061${k}${line.slice(15)}`);
    expect(learned('counters', counters)(counters[0] as string).timestamp).toBeUndefined();
    const old = lines.map((line) => `190101${line.slice(6)}`);
    expect(learned('old', old)(old[0] as string).timestamp).toBeUndefined();
  });
});

/*
 * CLASS: a pipe-joined header whose level column stands after long id columns (casual's domain
 * log, `time|domain|execution|pid|thread|executable|transaction|parent|service|category|text`, its
 * category `information`, `warning`, `error`): a line carrying a transaction id writes its level
 * column past the first `HEADER_CHARS` characters, where lines without one write it within them.
 * The learned level slot between pipes looks up to twice as far, for words glued between two pipes.
 * Limit: a column further on still reads nothing; only a slot learned between pipes looks further.
 */
describe('a level column between pipes after long id columns', () => {
  const hex = (n: number) => n.toString(16).padStart(4, '0').repeat(9);
  const categories = ['information', 'information', 'warning', 'information', 'error'];
  const levels = ['INFO', 'INFO', 'WARN', 'INFO', 'ERROR'];
  const line = (n: number) => {
    const trid = n % 2 === 1 ? `${hex(n)}:${hex(n + 1)}:42:23101:${5140000 + n}` : '';
    return `2026-11-30T14:20:${second(n)}.005|prod-xatmi|${hex(n)}|2310${n % 3}|14021300016${n}|payroll-server|${trid}||payroll/get|${categories[n % 5]}|service call ${n} completed`;
  };
  const second = (n: number) => String(n).padStart(2, '0');

  it('reads the category of every line, those with a transaction id too', () => {
    const lines = Array.from({ length: 32 }, (_, n) => line(n));
    expect((lines[1] as string).indexOf('|information|')).toBeGreaterThan(200);
    const read = learned('casual', lines);
    expect(lines.map((text) => read(text).level)).toEqual(lines.map((_, n) => levels[n % 5]));
  });

  it('reads no level word far along a line whose source learned no slot between pipes', () => {
    const padding = 'x'.repeat(210);
    const lines = Array.from(
      { length: 32 },
      (_, n) =>
        `2026-11-30T14:20:${second(n)}.005 job ${n} ran ${padding} result|${n % 2 ? 'error' : 'info'}|done`,
    );
    const read = learned('prose', lines);
    expect(lines.map((text) => read(text).level)).toEqual(lines.map(() => undefined));
  });
});
