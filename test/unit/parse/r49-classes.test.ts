/**
 * Readings of the r49 round (the lines are invented):
 *
 * - A full level word in capitals glued by hyphens to the time's last digit and to the text
 *   (Python's much-copied `%(asctime)s-%(levelname)s-%(message)s`, and its variants that glue the
 *   module and the word `line` after it: `%(module)s-line:%(lineno)d - `, `%(module)s-line: `).
 *   Limits: a time range (`10:00-12:00`), a kebab-case id, a cut (`-ERR-`) or a lower-case word
 *   between hyphens stays text; a `name-` glued after the level with no `line` stays in the text.
 * - G4KLX's `M:` (LogMessage, INFO) opening a line before `yyyy-mm-dd hh:mm:ss` (MMDVMHost,
 *   DMRGateway, ircDDBGateway's wx log: `" DMIWEF"`), where `I:`/`W:`/`E:`/`D:` read already.
 *   Limits: `M` before another date shape, without a time, or after the time (a learned column of
 *   `M`/`F`) stays no level; `F:` stays unread (beside `M:`, a sex column's look-alike).
 *   Nor `M:` where the sample pairs it before the time with `F` alone or a letter outside the
 *   scale (a sex column, fix44); `M` alone or beside `I:`/`W:`/`E:`/`D:` still reads.
 * - `[*]` is never Redis's bare `*` notice mark (in a learned mark column, the status marks' info); the bracketed status marks (`[*]` INFO, `[!]` WARN)
 *   opening a syslog message after the program's tag, learned when most of the sample's messages
 *   open with them (a Rust CLI's `Level::Info => "[*]"` under journald), as at a line's start.
 *   Limits: a line alone, a sample whose messages show a mark here and there, and Twisted's and
 *   OpenStack's `[-]` (a placeholder, not a level) read none.
 * - A learned mark column that shows one and the same mark on every sample line is a prefix the
 *   lines share (buildozer's `# ` opening each message), stepped over with no level. Redis's marks
 *   vary (`*` among `#`, `.`, `-`) and stay levels, as does a sample of its `*` lines alone after the time.
 * - In a source that learned a level column and no time, a time of day after a bare `LEVEL ` is its
 *   text's, as after `LEVEL:` and `[LEVEL] ` (`ERROR 12:00:00 is not a valid time`). A source whose
 *   lines carry the time there learns it (log4j's `%-5p %d{ABSOLUTE}`), a line alone reads it, and
 *   so does a line whose time has a fraction or stands apart by a column's pipe or padding.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { readSource as readLines } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const second = (n: number) => String(n % 60).padStart(2, '0');
const pick = (line: ReturnType<typeof parseLine>) => [line.level, line.message];

describe('a level glued by hyphens after the time', () => {
  it('reads the level and the text after the second hyphen, per line', () => {
    expect(pick(parseLine('2026-11-29 17:24:47,123-INFO-Program start'))).toEqual(['INFO', 'Program start']);
    expect(pick(parseLine('2026/11/29 17:24:47-WARNING-late by 0.6 s'))).toEqual(['WARN', 'late by 0.6 s']);
    expect(pick(parseLine('11/29/2026 17:24:47-CRITICAL-disk full'))).toEqual(['FATAL', 'disk full']);
  });

  it('steps over the module and line the snippet glues after the level', () => {
    const a = parseLine('2026/11/29 17:24:47-WARNING-BufferedCapture-line: Frame block 4 was late');
    expect(pick(a)).toEqual(['WARN', 'Frame block 4 was late']);
    expect(a.fields.header_columns).toBe('BufferedCapture-line');
    expect(pick(parseLine('2026/11/29 17:24:47-DEBUG-capture-line:42 - Started'))).toEqual([
      'DEBUG',
      'Started',
    ]);
    expect(pick(parseLine('2026/11/29 17:24:47-ERROR-main-Line 88: Stopped'))).toEqual(['ERROR', 'Stopped']);
    // `-lines` and a name with no `line` after it are the text's.
    expect(pick(parseLine('2026/11/29 17:24:47-ERROR-main-lines dropped'))).toEqual([
      'ERROR',
      'main-lines dropped',
    ]);
    expect(pick(parseLine('2026/11/29 17:24:47-ERROR-pipeline: stalled'))).toEqual([
      'ERROR',
      'pipeline: stalled',
    ]);
  });

  it('reads the same on a learned source', () => {
    const levels = ['INFO', 'DEBUG', 'INFO', 'WARNING', 'INFO', 'ERROR'];
    const lines = Array.from(
      { length: 32 },
      (_, n) => `2026/11/29 17:24:${second(n)}-${levels[n % 6]}-StartCapture-line: Step ${n} done`,
    );
    const { sample, later } = readLines(lines, receivedAt, ['2026/11/29 17:25:40-INFO-Logger-line: Stopped']);
    expect(pick(sample[3] as ReturnType<typeof parseLine>)).toEqual(['WARN', 'Step 3 done']);
    expect(pick(sample[5] as ReturnType<typeof parseLine>)).toEqual(['ERROR', 'Step 5 done']);
    expect(pick(later[0] as ReturnType<typeof parseLine>)).toEqual(['INFO', 'Stopped']);
  });

  it('leaves ranges, ids, cuts and lower-case words between hyphens as text', () => {
    expect(parseLine('2026-11-29 10:00:00 job-ERROR-count 4').level).toBeUndefined();
    expect(parseLine('2026-11-29 10:00:00-info-x text').level).toBeUndefined();
    expect(parseLine('2026-11-29 10:00:00-ERR-x text').level).toBeUndefined();
    expect(parseLine('2026-11-29 10:00:00-ERRORS-x text').level).toBeUndefined();
    expect(parseLine('maintenance 10:00-12:00 window').level).toBeUndefined();
    expect(parseLine('2026-11-29 10:00-12:00 maintenance window').level).toBeUndefined();
    const ranged = parseLine('2026-11-29 10:00:00 backup from 10:00-INFO-desk');
    expect(ranged.level).toBeUndefined();
  });

  it('reads no level after a time that does not open the line (review43)', () => {
    expect(parseLine('Meeting 2026-11-30 12:00:00-ERROR-prone schedule').level).toBeUndefined();
    expect(parseLine('copied to 2026-11-30 12:00:00-ERROR-log.txt').level).toBeUndefined();
  });
});

describe("G4KLX's M letter before its date", () => {
  it('reads M as INFO opening the line before yyyy-mm-dd hh:mm:ss, per line and learned', () => {
    expect(pick(parseLine('M: 2026-11-30 02:14:07.511 DMRGateway-20260921 is starting'))).toEqual([
      'INFO',
      'DMRGateway-20260921 is starting',
    ]);
    expect(pick(parseLine('M: 2026-11-30 03:10:44: Linking N0XYZ  B to DCS009 C'))).toEqual([
      'INFO',
      'Linking N0XYZ  B to DCS009 C',
    ]);
    const letters = ['M', 'M', 'I', 'M', 'E', 'M', 'W', 'M'];
    const lines = Array.from(
      { length: 32 },
      (_, n) => `${letters[n % 8]}: 2026-11-30 02:14:${second(n)}.511 Network ${n}, Opening DMR Network`,
    );
    const { sample } = readLines(lines, receivedAt);
    expect(sample.slice(0, 8).map((line) => line.level)).toEqual([
      'INFO',
      'INFO',
      'INFO',
      'INFO',
      'ERROR',
      'INFO',
      'WARN',
      'INFO',
    ]);
    expect(sample[0]?.message).toBe('Network 0, Opening DMR Network');
  });

  it('leaves M elsewhere, before other dates and with no time, and F, unread', () => {
    expect(parseLine('M: 11/14/17 21:08:12 - text').level).toBeUndefined();
    expect(parseLine('M: 2026-11-30 meeting notes').level).toBeUndefined();
    expect(parseLine('F: 2026-11-30 02:14:07.511 text').level).toBeUndefined();
    expect(parseLine('M: Ana Silva, 34').level).toBeUndefined();
    const column = Array.from(
      { length: 32 },
      (_, n) => `2026-11-30 10:00:${second(n)} ${'MF'[n % 2]}: patient ${n} admitted`,
    );
    const { sample } = readLines(column, receivedAt);
    expect(sample.some((line) => line.level !== undefined)).toBe(false);
  });
  it('reads no level from an M/F column opening the line before the time, and keeps G4KLX sources', () => {
    const sexes = Array.from(
      { length: 32 },
      (_, n) => `${'MF'[n % 2]}: 2026-11-30 12:00:${second(n)} patient ${n} admitted`,
    );
    expect(readLines(sexes, receivedAt).sample.some((line) => line.level !== undefined)).toBe(false);
    const stranger = sexes.map((line, n) => (n === 5 ? `X${line.slice(1)}` : line.replace(/^F/, 'M')));
    expect(readLines(stranger, receivedAt).sample.some((line) => line.level !== undefined)).toBe(false);
    // DMRGateway's lines: M alone, or M beside I/W/E/D (and a fatal F), still read.
    const alone = sexes.map((line) => line.replace(/^F/, 'M'));
    expect(readLines(alone, receivedAt).sample.every((line) => line.level === 'INFO')).toBe(true);
    const letters = 'MMIMDMWE';
    const mixed = sexes.map((line, n) => `${n === 31 ? 'F' : letters[n % 8]}${line.slice(1)}`);
    expect(
      readLines(mixed, receivedAt)
        .sample.slice(0, 8)
        .map((line) => line.level),
    ).toEqual(['INFO', 'INFO', 'INFO', 'INFO', 'DEBUG', 'INFO', 'WARN', 'ERROR']);
  });
});

describe('bracketed status marks after a syslog tag', () => {
  const tagged = (n: number, mark: string, text: string) =>
    `Nov 30 10:02:${second(n)} edge-gw1 innernet[741]: [${mark}] ${text}`;
  const lines = Array.from({ length: 32 }, (_, n) =>
    n % 9 === 4
      ? tagged(n, '!', 'failed to update hosts')
      : tagged(n, '*', `fetching state ${n} from server...`),
  );

  it('reads [*] as INFO and [!] as WARN where the sample agreed, the text after the mark', () => {
    const { sample, later } = readLines(lines, receivedAt, [
      'Nov 30 10:09:00 edge-gw1 innernet[741]: [!] your network is using an old version',
    ]);
    expect(pick(sample[0] as ReturnType<typeof parseLine>)).toEqual([
      'INFO',
      'fetching state 0 from server...',
    ]);
    expect(pick(sample[4] as ReturnType<typeof parseLine>)).toEqual(['WARN', 'failed to update hosts']);
    expect(pick(later[0] as ReturnType<typeof parseLine>)).toEqual([
      'WARN',
      'your network is using an old version',
    ]);
  });

  it("reads the program's mark over the transport's priority", () => {
    const prioritised = lines.map((line) =>
      line.replace('edge-gw1 innernet', 'edge-gw1 daemon.info innernet'),
    );
    const withPri = lines.map((line) => `<30>${line}`);
    expect(readLines(withPri, receivedAt).sample[4]?.level).toBe('WARN');
    const logread = readLines(prioritised, receivedAt).sample;
    expect(pick(logread[4] as ReturnType<typeof parseLine>)).toEqual(['WARN', 'failed to update hosts']);
    expect(logread[0]?.level).toBe('INFO');
  });

  it('reads no mark on a line alone, in a sample with marks here and there, or for [-]', () => {
    expect(parseLine(lines[0] as string).level).toBeUndefined();
    const some = Array.from({ length: 32 }, (_, n) =>
      n % 8 === 0
        ? tagged(n, '*', 'starred item')
        : `Nov 30 10:02:${second(n)} edge-gw1 app[7]: plain text ${n}`,
    );
    expect(readLines(some, receivedAt).sample[0]?.level).toBeUndefined();
    const twisted = Array.from({ length: 32 }, (_, n) => tagged(n, '-', `Loading service ${n}`));
    const read = readLines(twisted, receivedAt).sample[0];
    expect(read?.level).toBeUndefined();
    expect(read?.message).toBe('[-] Loading service 0');
  });

  it("never reads a bracketed * as Redis's notice mark", () => {
    const dated = Array.from(
      { length: 32 },
      (_, n) => `2026-11-30 10:00:${second(n)} ${n % 5 === 2 ? '#' : '*'} Background saving started ${n}`,
    );
    expect(readLines(dated, receivedAt).sample[0]?.level).toBe('NOTICE');
    // In brackets `*` is the status marks' info, and `#` no mark of a level.
    const bracketed = dated.map((line) => line.replace(/ ([*#]) /, ' [$1] '));
    const read = readLines(bracketed, receivedAt).sample;
    expect([read[0]?.level, read[2]?.level]).toEqual(['INFO', undefined]);
  });
});

describe('a time of day after a bare level in a source with no learned time', () => {
  const levels = ['INFO', 'WARN', 'ERROR', 'INFO'];
  it('keeps it in the text, as after LEVEL: and [LEVEL]', () => {
    const lines = Array.from({ length: 32 }, (_, n) => `${levels[n % 4]} request ${n} served`);
    const { later } = readLines(lines, receivedAt, [
      'ERROR 12:00:00 is not a valid time',
      'ERROR 14:02:11,250 request failed',
      'WARN  | 21:04:12 8124 [RadioIf] Ignore received packet',
    ]);
    expect(later[0]?.timestamp).toBeUndefined();
    expect(pick(later[0] as ReturnType<typeof parseLine>)).toEqual(['ERROR', '12:00:00 is not a valid time']);
    // With a fraction, or apart from the level by a column's pipe, the time is the header's.
    expect(later[1]?.timestampText).toBe('14:02:11,250');
    expect(later[2]?.timestampText).toBe('21:04:12');
  });

  it('reads it where the source learned the time there, and on a line alone', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) => `${levels[n % 4]}  14:02:${second(n)},250 request ${n}`,
    );
    const { sample } = readLines(lines, receivedAt);
    expect(sample[2]?.timestampText).toBe('14:02:02,250');
    expect(pick(sample[2] as ReturnType<typeof parseLine>)).toEqual(['ERROR', 'request 2']);
    expect(parseLine('INFO  14:02:11,250 text').timestampText).toBe('14:02:11,250');
  });
});

describe('a mark column that is one mark on every line', () => {
  it('reads no level from a # opening every line, the text after it', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) => `\x1b[0m\x1b[1;34m# Check configuration tokens ${n}\x1b[0m`,
    );
    const { sample } = readLines(lines, receivedAt);
    expect(pick(sample[3] as ReturnType<typeof parseLine>)).toEqual([
      undefined,
      'Check configuration tokens 3',
    ]);
    const bare = Array.from({ length: 32 }, (_, n) => `# Install platform ${n}`);
    expect(readLines(bare, receivedAt).sample[0]?.level).toBeUndefined();
  });

  it("keeps Redis's marks, mixed or a sample of * alone after the time", () => {
    const redis = (n: number, mark: string) => `1234:M 30 Nov 2026 14:02:${second(n)}.456 ${mark} Line ${n}`;
    const mixed = Array.from({ length: 32 }, (_, n) => redis(n, n % 7 === 3 ? '#' : n % 5 === 1 ? '.' : '*'));
    const read = readLines(mixed, receivedAt).sample;
    expect([read[0]?.level, read[3]?.level, read[1]?.level]).toEqual(['NOTICE', 'WARN', 'DEBUG']);
    const starred = Array.from({ length: 32 }, (_, n) => redis(n, '*'));
    expect(readLines(starred, receivedAt).sample[0]?.level).toBe('NOTICE');
  });
});
