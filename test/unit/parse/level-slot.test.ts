/**
 * The level slot learned per source (`core/parse/level-slot.ts`): a general fallback for a product
 * that writes an ordinary level word where no per-line reader looks (glued by colons to a logger, in
 * a bracket deep in a long header, inside a status bracket), found from the source's own sample.
 * The class: a full level word between delimiters, in the same pair of delimiters on at least 80 %
 * of the sample's lines. Its limits: a sample whose words are all one severe word learns nothing, a
 * constant ordinary word is read (a product named `[Info]` reads INFO). The lines are invented.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, type Level } from '../../../core/parse/index.ts';
import { learnLetterSlot, learnLevelSlot } from '../../../core/parse/level-slot.ts';
import { readSource as readLines } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const second = (n: number) => String(n).padStart(2, '0');

/** The source's lines as the ingest reads them (`test/support/read-source.ts`). */
const readSource = (lines: readonly string[], later: readonly string[] = []) =>
  readLines(lines, receivedAt, later);

const levelOf = (n: number): string => (n % 7 === 3 ? 'WARNING' : n % 11 === 5 ? 'ERROR' : 'INFO');
const expected = (n: number): Level => (n % 7 === 3 ? 'WARN' : n % 11 === 5 ? 'ERROR' : 'INFO');

describe('a level word in the slot a source’s lines agree on', () => {
  it('reads a level glued by colons to a logger after a syslog tag and a prefix (Python’s `%(name)s:%(levelname)s:`)', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) =>
        `Nov 30 10:00:${second(n)} build-3 harvester[412]: hv [job-${n}]: harvester.queue.fetch:${levelOf(n)}: fetched batch ${n}`,
    );
    const { sample } = readSource(lines);
    expect(sample.map((line) => line.level)).toEqual(lines.map((_, n) => expected(n)));
    // Since long25 each line reads this pair itself (`name:LEVEL: text` after `prog [id]: `, the
    // level-word scan): the logger is the name, the message the text after it, and no slot is needed.
    expect(sample[3]).toMatchObject({ logger: 'harvester.queue.fetch', message: 'fetched batch 3' });
  });

  it('learns a slot deep in a long header from a sample that is all INFO, and reads its other words later', () => {
    // A bracket at one bracket position is a learned level column (NetBackup's `[Info]`); a word
    // between pipes past the header fields is no reader's, so the slot reads it.
    const line = (n: number, level: string) =>
      `2026-11-30 10:00:${second(n)}.100 [Service] AG 7781 syncd 41 PID:812 TID:${n} Unit:4 session ${4400 + n} |${level}| K-41-10 copy part ${n}`;
    const lines = Array.from({ length: 32 }, (_, n) => line(n, 'Info'));
    const { sample, later } = readSource(lines, [
      line(40, 'Warning'),
      line(41, 'Error'),
      line(42, 'critical'),
    ]);
    expect(sample.every((l) => l.level === 'INFO')).toBe(true);
    expect(later.map((l) => l.level)).toEqual(['WARN', 'ERROR', 'FATAL']);
    expect(later[0]?.message).toBe(
      '[Service] AG 7781 syncd 41 PID:812 TID:40 Unit:4 session 4440 |Warning| K-41-10 copy part 40',
    );
  });

  it('gives a line nothing else read its level as `level_slot`, the line whole as its message', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) => `relay ${n}: consumer [${n % 3 ? 'Info' : 'Warning'}] acked batch ${n}`,
    );
    const { sample } = readSource(lines);
    expect(sample[0]).toMatchObject({
      format: 'level_slot',
      level: 'WARN',
      message: 'relay 0: consumer [Warning] acked batch 0',
      parseFailed: false,
    });
    expect(sample[1]).toMatchObject({ format: 'level_slot', level: 'INFO' });
  });

  it('reads only a word in the learned slot on a later line: the same word elsewhere stays text', () => {
    // Level words in lower case, which no per-line reading takes after the prefix: the slot's.
    const lines = Array.from(
      { length: 32 },
      (_, n) =>
        `Nov 30 10:00:${second(n)} build-3 harvester[412]: hv [job-${n}]: harvester.queue.fetch:${levelOf(n).toLowerCase()}: fetched batch ${n}`,
    );
    const { later } = readSource(lines, [
      'Nov 30 10:01:00 build-3 harvester[412]: hv [job-40]: harvester.queue.fetch - error in step 2',
      'Nov 30 10:01:01 build-3 harvester[412]: hv [job-41]: after 2 error retries harvester.queue.fetch:debug: x',
    ]);
    expect(later.map((l) => l.level)).toEqual([undefined, 'DEBUG']);
  });
});

describe('learning the slot', () => {
  it('proves no order of day and month: one line of the sample still proves nothing', () => {
    // A word between pipes: no reader nor learned column gives these lines a level, so the slot
    // reads the sample again.
    const line = (date: string, n: number) =>
      `${date} 10:00:${second(n)}.100 [Service] AG 7781 syncd 41 PID:812 TID:${n} Unit:4 session ${n} |Info| K-41-10 copy part ${n}`;
    const lines = Array.from({ length: 32 }, (_, n) => line(n === 5 ? '13/11/2026' : '11/03/2026', n));
    const parser = compileParser({});
    parser.learn('src', lines, receivedAt);
    // Read right after learning: the slot's second reading of the sample must not count `13/11` twice.
    expect(parser(line('11/03/2026', 40), receivedAt, 'src')).toMatchObject({
      level: 'INFO',
      timestamp: Date.UTC(2026, 10, 3, 10, 0, 40, 100),
    });
  });
});

describe('text that only looks like a level slot', () => {
  it('learns nothing from prose that mentions an error now and then', () => {
    const lines = Array.from({ length: 32 }, (_, n) =>
      n % 5 === 0
        ? `Copied ${n} files, one error: permission denied on share ${n}`
        : n % 5 === 1
          ? `Copied ${n} files, one warning: file name too long on share ${n}`
          : `Copied ${n} files to the archive without trouble`,
    );
    expect(learnLevelSlot(lines)).toBeUndefined();
    const { sample } = readSource(lines);
    expect(sample[0]?.level).toBeUndefined();
  });

  it('learns no slot of two spaces: an unmarked word is the text’s, and would read prose anywhere in the line', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) => `relay ${n} consumer ${n % 3 ? 'Info' : 'Warning'} acked batch ${n}`,
    );
    expect(learnLevelSlot(lines)).toBeUndefined();
    const { later } = readSource(lines, [
      'relay 40 consumer acked batch 40 with no error seen',
      'relay 41 consumer: fatal flag cleared, all fine',
    ]);
    expect(later.map((l) => l.level)).toEqual([undefined, undefined]);
    // A tab is a column's delimiter, a colon or a bracket a mark: those slots are still learned.
    const tabbed = lines.map((l) => l.replace(/ (Info|Warning) /, '\t$1\t'));
    expect(learnLevelSlot(tabbed)).toEqual({ before: 9, after: 9, field: -1 });
    const colon = lines.map((l) => l.replace(/ (Info|Warning) /, ' $1: '));
    expect(learnLevelSlot(colon)).toEqual({ before: 32, after: 58, field: -1 });
  });

  it('learns nothing from a value, a path or a name glued to other characters', () => {
    const values = Array.from(
      { length: 32 },
      (_, n) => `job ${n} finished status=${n % 3 ? 'info' : 'error'} took ${n} ms`,
    );
    const paths = Array.from({ length: 32 }, (_, n) => `fetch /api/info/health/${n} answered in ${n} ms`);
    const names = Array.from({ length: 32 }, (_, n) => `task ${n} wrote error_log.${n} and info-${n}.txt`);
    for (const lines of [values, paths, names]) {
      expect(learnLevelSlot(lines)).toBeUndefined();
      expect(readSource(lines).sample.every((l) => l.level === undefined)).toBe(true);
    }
  });

  it('learns nothing from one severe word on every line (a name of the product or a queue), nor from eight lines', () => {
    const named = Array.from({ length: 32 }, (_, n) => `relay ${n}: consumer [Critical] acked batch ${n}`);
    expect(learnLevelSlot(named)).toBeUndefined();
    expect(readSource(named).sample.every((l) => l.level === undefined)).toBe(true);
    const counts = Array.from({ length: 32 }, (_, n) => `sync ${n} done; error: none; changed ${n}`);
    expect(learnLevelSlot(counts)).toBeUndefined();
    // Seven lines agree on a slot: fewer than the eight it needs.
    const short = Array.from({ length: 7 }, (_, n) => `unit ${n} |info| started ${n}`);
    expect(learnLevelSlot(short)).toBeUndefined();
    expect(learnLevelSlot([...short, 'unit 7 |warn| started 7'])).toEqual({
      before: 124,
      after: 124,
      field: -1,
    });
  });

  it('reads a product named `[Info]` on every line as INFO: the accepted limit of a constant ordinary word', () => {
    const lines = Array.from({ length: 32 }, (_, n) => `relay ${n}: consumer [Info] acked batch ${n}`);
    expect(readSource(lines).sample.every((l) => l.level === 'INFO')).toBe(true);
  });

  it('does not run for a source with a learned level column', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) => `2026-11-30 10:00:${second(n)} ${n % 5 === 0 ? 'WARN ' : 'INFO '} worker - step ${n}`,
    );
    const { structure, later } = readSource(lines, ['2026-11-30 10:01:00 ----  worker - job error ignored']);
    expect(structure?.levelAfterTime).toBe(0);
    expect(later[0]?.level).toBeUndefined();
  });

  it('does not run for a source whose lines the readers give a level', () => {
    // The readers read `<INFO>` on every line, in two places: no column, yet no fallback either.
    const lines = Array.from({ length: 32 }, (_, n) =>
      n % 5 < 3 ? `node7 job=${n} <${n % 4 === 0 ? 'WARN' : 'INFO'}> step ${n}` : `node7 <INFO> step ${n}`,
    );
    expect(learnLevelSlot(lines)).toEqual({ before: 60, after: 62, field: -1 });
    const { sample, later } = readSource(lines, ['node7 the job stopped here <error> in step 40']);
    expect(sample.every((l) => l.level !== undefined)).toBe(true);
    expect(later[0]?.level).toBeUndefined();
  });
});

/**
 * The letter slot (`learnLetterSlot`): the class of one capital letter of the common scale, or a
 * three-letter cut the parser knows, in one delimiter pair and one whitespace field of a source's
 * header (a letter glued to a colon, SRT's `*E:`, ZoneMinder's `.INF-`). Its limits: at least two levels
 * in the slot, no letter that is no level, eight lines; a slot whose pair differs by level (SRT's
 * `!W:` beside `*E:`) is not learned. The lines are invented.
 */
const letterOf = (n: number): string => (n % 7 === 3 ? 'W' : n % 11 === 5 ? 'E' : n % 5 === 1 ? 'D' : 'I');
const letterLevel = (n: number): Level =>
  n % 7 === 3 ? 'WARN' : n % 11 === 5 ? 'ERROR' : n % 5 === 1 ? 'DEBUG' : 'INFO';

describe('a level letter in the slot a source’s lines agree on', () => {
  it('reads a letter glued by colons to a worker name (`worker:W:`), and its other letters later', () => {
    // A letter standing alone between spaces or in a bracket (tarantool's `I>`, srsRAN's `[I]`) the
    // readers' learned columns read already; one glued into a field is this slot's alone.
    const lines = Array.from(
      { length: 32 },
      (_, n) => `2026-11-30 10:00:${second(n)} pid=12 worker:${letterOf(n)}: applied batch ${n}`,
    );
    const { sample, later } = readSource(lines, [
      '2026-11-30 10:01:00 pid=12 worker:F: lost the journal',
      '2026-11-30 10:01:01 pid=12 worker:C: out of memory',
      '2026-11-30 10:01:02 pid=12 worker:X: unknown mark',
    ]);
    expect(sample.map((line) => line.level)).toEqual(lines.map((_, n) => letterLevel(n)));
    expect(later.map((line) => line.level)).toEqual(['FATAL', 'FATAL', undefined]);
    expect(sample[3]?.message).toBe('pid=12 worker:W: applied batch 3');
  });

  it('reads a letter between a star and a colon inside the first field (SRT’s `GC*E:`)', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) =>
        `09:22:${second(n)}.114052/SRT:${n % 2 ? 'GC' : 'TsbPd'}*${letterOf(n)}:SRT.br: @38820411 batch ${n}`,
    );
    const { sample } = readSource(lines);
    expect(sample.map((line) => line.level)).toEqual(lines.map((_, n) => letterLevel(n)));
  });

  it('reads a three-letter cut glued between a dot and a dash (ZoneMinder’s `.INF-`, `.WAR-`)', () => {
    const cut = (n: number) => (n % 7 === 3 ? 'WAR' : n % 11 === 5 ? 'ERR' : 'INF');
    const lines = Array.from(
      { length: 32 },
      (_, n) =>
        `11/24/26 12:19:${second(n)}.541496 zmc_m1[445].${cut(n)}-zm_monitor.cpp/1681 [capturing frame ${n}]`,
    );
    const { sample } = readSource(lines);
    expect(sample.map((line) => line.level)).toEqual(
      lines.map((_, n) => (n % 7 === 3 ? 'WARN' : n % 11 === 5 ? 'ERROR' : 'INFO')),
    );
  });
});

describe('single letters that are no level', () => {
  const column = (a: string, b: string) =>
    Array.from(
      { length: 32 },
      (_, n) => `2026-11-30 10:00:${second(n)} batch=${n} [${n % 3 ? a : b}] row copied`,
    );

  it.each([
    ['A', 'B'],
    ['M', 'F'],
    ['Y', 'N'],
    ['R', 'W'],
    ['U', 'D'],
    ['S', 'E'],
  ])('learns nothing from a column of %s and %s: one of them is no level letter', (a, b) => {
    expect(learnLetterSlot(column(a, b))).toBeUndefined();
  });

  it('learns nothing from a column that is always `I` or always `W`: a label', () => {
    expect(learnLetterSlot(column('I', 'I'))).toBeUndefined();
    expect(learnLetterSlot(column('W', 'W'))).toBeUndefined();
  });

  it('learns nothing from eight lines short of the sample’s agreement, nor from seven lines', () => {
    expect(learnLetterSlot(column('I', 'W').slice(0, 7))).toBeUndefined();
    const mixed = column('I', 'W').map((line, n) => (n % 4 === 0 ? `${n} copied without a mark` : line));
    expect(learnLetterSlot(mixed)).toBeUndefined();
  });

  it('learns nothing from prose with `I` and other capitals at the start of its sentences', () => {
    const prose = [
      'I think the backup finished',
      'I restarted the node at noon',
      'A new disk was added',
      'I checked the logs',
      'E block looks fine',
      'I will rerun it',
      'W said it was fine',
      'I agree',
      'I see',
      'I do',
    ];
    expect(learnLetterSlot(prose)).toBeUndefined();
  });

  it('learns nothing from a letter after a time inside the message, at no fixed field', () => {
    const lines = Array.from({ length: 32 }, (_, n) => {
      const words = ['shift', 'change', 'noted', 'by', 'desk'].slice(0, n % 5);
      return `2026-11-30 10:00:${second(n)} ${words.join(' ')} at 10:${second(n)} ${n % 2 ? 'E' : 'W'} wing`;
    });
    expect(learnLetterSlot(lines)).toBeUndefined();
  });

  it('reads no letter glued to digits or letters (`18T15`, `I1130`, `IO`)', () => {
    const lines = Array.from({ length: 32 }, (_, n) => `2026-11-18T15:04:${second(n)}Z IO${n} done`);
    expect(learnLetterSlot(lines)).toBeUndefined();
  });
});

/**
 * Columns of single capitals that use only level letters and are no level: a Windows drive
 * (`C:\`, `D:/`), a compass point between spaces, a grade or a size glued to a mark. A letter slot
 * spelling them would raise an alert on every `C`, `E`, `F` or `W` line.
 */
describe('letters of the level scale that are no level', () => {
  const pick = (n: number, letters: readonly string[]): string =>
    letters[(n * 7 + (n >> 2)) % letters.length] ?? '';

  it('learns nothing from a Windows drive letter before `:\\` or `:/`, and reads none later', () => {
    const back = Array.from(
      { length: 32 },
      (_, n) => `2026-11-30 10:00:${second(n)} copied ${pick(n, ['D', 'D', 'C', 'D'])}:\\data\\f${n}.txt ok`,
    );
    const slash = Array.from(
      { length: 32 },
      (_, n) => `2026-11-30 10:00:${second(n)} scan ${pick(n, ['D', 'D', 'C'])}:/files/${n} done`,
    );
    expect(learnLetterSlot(back)).toBeUndefined();
    expect(learnLetterSlot(slash)).toBeUndefined();
    expect(readSource(back).sample.every((line) => line.level === undefined)).toBe(true);
    // A source that learned `worker:W:` reads no level from a drive in that slot later.
    const worker = Array.from(
      { length: 32 },
      (_, n) => `2026-11-30 10:00:${second(n)} worker:${letterOf(n)}: batch ${n}`,
    );
    const { later } = readSource(worker, ['2026-11-30 10:01:00 worker:C:/temp/f1 copied']);
    expect(later[0]?.level).toBeUndefined();
  });

  it('learns nothing from a letter between spaces: a word of the text (a compass point), as for a level word', () => {
    const compass = Array.from(
      { length: 32 },
      (_, n) => `2026-11-30 10:00:${second(n)} station=12 wind ${pick(n, ['N', 'N', 'E', 'N', 'W'])} ${n}kt`,
    );
    expect(learnLetterSlot(compass)).toBeUndefined();
    expect(readSource(compass).sample.every((line) => line.level === undefined)).toBe(true);
  });

  it('learns nothing from a column whose letters are mostly WARN or above (a grade, a size): a log’s levels are mostly lower', () => {
    const grade = Array.from(
      { length: 32 },
      (_, n) => `2026-11-30 10:00:${second(n)} student ${n} grade:${pick(n, ['C', 'D', 'F'])}: ok`,
    );
    const size = Array.from(
      { length: 32 },
      (_, n) => `2026-11-30 10:00:${second(n)} shirt ${pick(n, ['D', 'E', 'F'])}-cup size ${n}`,
    );
    expect(learnLetterSlot(grade)).toBeUndefined();
    expect(learnLetterSlot(size)).toBeUndefined();
    expect(readSource(grade).sample.every((line) => line.level === undefined)).toBe(true);
  });

  it('learns nothing from a column with neither `I` nor `D`, a log’s common levels (a boolean `T`/`F`, mostly true)', () => {
    const flag = (n: number): string => (n % 4 === 1 ? 'F' : 'T');
    const colon = Array.from(
      { length: 32 },
      (_, n) => `2026-11-30 10:00:${second(n)} job=${n} ok:${flag(n)}: done`,
    );
    const pair = Array.from(
      { length: 32 },
      (_, n) => `2026-11-30 10:00:${second(n)} job ${n} enabled=${flag(n)}; done`,
    );
    expect(learnLetterSlot(colon)).toBeUndefined();
    expect(learnLetterSlot(pair)).toBeUndefined();
    expect(readSource(colon).sample.every((line) => line.level === undefined)).toBe(true);
  });
});

/**
 * The learned level column (`structure.ts`) asks the letter slot's rule (`isLetterLevelSet`) of a
 * column that is mostly single letters, and refuses one whose letters stand between spaces (or the
 * line's start and a space) on most lines: before review24d it read each of these as levels. Its
 * limit: letters glued to a mark that spell INFO and ERROR (`[I]`/`[E]` as input/export flags) are
 * read, as srsRAN's `[I]` is.
 */
describe('a learned column of single letters that are no level', () => {
  const flag = (n: number): string => (n % 4 === 1 ? 'F' : 'T');
  const compass = (n: number): string => 'NEW'[n % 3] ?? '';
  const lines = (make: (n: number) => string) => Array.from({ length: 32 }, (_, n) => make(n));
  const levels = (sample: readonly string[]) => readSource(sample).sample.map((line) => line.level);
  const none = Array.from({ length: 32 }, () => undefined);

  it.each([
    ['in brackets', (n: number) => `2026-11-30 10:00:${second(n)} sync [${flag(n)}] replica ${n} caught up`],
    ['between pipes', (n: number) => `2026-11-30 10:00:${second(n)}|job-${n}|${flag(n)}|copied ${n} rows`],
    ['between commas', (n: number) => `2026-11-30 10:00:${second(n)},job-${n},${flag(n)},copied ${n} rows`],
    ['between spaces', (n: number) => `2026-11-30 10:00:${second(n)} job-${n} ${flag(n)} copied ${n} rows`],
  ])('reads no TRACE or FATAL from a boolean `T`/`F` %s', (_, make) => {
    expect(levels(lines(make))).toEqual(none);
  });

  it('reads no NOTICE, ERROR or WARN from compass points `[N]` `[E]` `[W]`, nor between spaces', () => {
    expect(
      levels(lines((n) => `2026-11-30 10:00:${second(n)} station-4 [${compass(n)}] wind ${n} kt`)),
    ).toEqual(none);
    expect(
      levels(lines((n) => `2026-11-30 10:00:${second(n)} station-4 ${compass(n)} wind ${n} kt`)),
    ).toEqual(none);
  });

  it('reads no INFO or ERROR from an `I`/`E` input/export flag between spaces', () => {
    const io = (n: number): string => (n % 3 === 0 ? 'E' : 'I');
    expect(levels(lines((n) => `2026-11-30 10:00:${second(n)} edi ${io(n)} doc-${n} 4 segments`))).toEqual(
      none,
    );
  });

  it('reads no level from prose whose lines open with one capital (`E wing closed`)', () => {
    const opening = [
      'E wing closed for repairs',
      'I think the lift is fixed',
      'W gate opens at nine',
      'D block is quiet',
    ];
    expect(levels(lines((n) => `${opening[n % 4]} (note ${n})`))).toEqual(none);
  });

  it('still reads letter levels glued to a mark: logcat, glog, Ruby’s Logger, a bracket', () => {
    const logcat = lines((n) => `${letterOf(n)}/ActivityManager( 1702): Start proc ${n} for service`);
    const glog = lines(
      (n) => `${letterOf(n)}1130 10:00:${second(n)}.123456   412 server.cc:${n}] request ${n}`,
    );
    const ruby = lines(
      (n) =>
        `${letterOf(n)}, [2026-11-30T10:00:${second(n)}.123456 #412] ${letterLevel(n).padStart(5)} -- : job ${n}`,
    );
    const bracket = lines((n) => `2026-11-30 10:00:${second(n)} [${letterOf(n)}] rrc: attach ${n}`);
    // Between spaces right after the time, or after ids only (Percona Backup's, logcat's threadtime).
    const pbm = lines(
      (n) => `2026-11-30T11:08:${second(n)}.000+0000 ${letterOf(n)} [pitr] created chunk ${n}`,
    );
    const threadtime = lines(
      (n) => `11-30 10:00:${second(n)}.120  1702  1715 ${letterOf(n)} ActivityManager: proc ${n}`,
    );
    for (const source of [logcat, glog, ruby, bracket, pbm, threadtime]) {
      expect(levels(source)).toEqual(source.map((_, n) => letterLevel(n)));
    }
  });

  it('still reads a crash dump of only `E` and `W` in logcat’s, glog’s and Percona Backup’s conventions', () => {
    const severe = (n: number): string => (n % 3 === 0 ? 'W' : 'E');
    const severeLevel = (n: number): Level => (n % 3 === 0 ? 'WARN' : 'ERROR');
    const logcat = lines(
      (n) => `${severe(n)}/AndroidRuntime( 1702): at com.example.Main.run(Main.java:${n})`,
    );
    const glog = lines((n) => `${severe(n)}1130 10:00:${second(n)}.123456   412 server.cc:${n}] failed ${n}`);
    const pbm = lines((n) => `2026-11-30T11:08:${second(n)}.000+0000 ${severe(n)} [pitr] failed ${n}`);
    const threadtime = lines(
      (n) => `11-30 10:00:${second(n)}.120  1702  1715 ${severe(n)} AndroidRuntime: frame ${n}`,
    );
    for (const source of [logcat, glog, pbm, threadtime]) {
      expect(levels(source)).toEqual(source.map((_, n) => severeLevel(n)));
    }
  });

  it('still reads letters between spaces after ids in brackets or joined by a hyphen (`[412] I`, `412-413 I`)', () => {
    const pid = lines((n) => `2026-11-30 10:00:${second(n)} [412] ${letterOf(n)} worker ${n} started`);
    const pidTid = lines(
      (n) => `2026-11-30 10:00:${second(n)}.120 412-413 ${letterOf(n)} ActivityManager: proc ${n}`,
    );
    for (const source of [pid, pidTid]) {
      expect(levels(source)).toEqual(source.map((_, n) => letterLevel(n)));
    }
    // A bracketed name is no id: an `I`/`E` flag after it stays unread.
    const io = (n: number): string => (n % 3 === 0 ? 'E' : 'I');
    expect(levels(lines((n) => `2026-11-30 10:00:${second(n)} [edi] ${io(n)} doc-${n} 4 segments`))).toEqual(
      none,
    );
  });

  it('reads no level from a CDC or direction column right after the time that also holds other capitals', () => {
    // Insert/update/delete and in/out: `I` and `D` spell INFO and DEBUG, `U` and `O` no level.
    const cdc = lines((n) => `2026-11-30 10:00:${second(n)} ${'IUUDI'[n % 5]} public.orders id=${n}`);
    const direction = lines((n) => `2026-11-30 10:00:${second(n)} ${n % 2 ? 'O' : 'I'} frame ${n} 512 bytes`);
    for (const source of [cdc, direction]) expect(levels(source)).toEqual(none);
  });

  it('still reads a burst of only `E>` and `W>` in tarantool’s convention, which only the learned column reads', () => {
    const severe = (n: number): string => (n % 3 === 0 ? 'W' : 'E');
    const severeLevel = (n: number): Level => (n % 3 === 0 ? 'WARN' : 'ERROR');
    const tarantool = lines(
      (n) => `2026-11-30 10:00:${second(n)}.123 [412] main/103/iproto ${severe(n)}> connection ${n} refused`,
    );
    expect(levels(tarantool)).toEqual(tarantool.map((_, n) => severeLevel(n)));
    // Only tarantool's `E> ` is spared: a letter before `>` and a number is a comparison, still judged.
    const compassArrow = lines((n) => `2026-11-30 10:00:${second(n)} station-4 ${compass(n)}>${n} kt wind`);
    expect(levels(compassArrow)).toEqual(none);
  });
});
