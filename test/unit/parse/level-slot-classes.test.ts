/**
 * Three level conventions several products share, read through the readings a source's sample
 * proves (`core/parse/level-slot.ts`, `levels.ts`). The lines are invented, in each product's
 * documented layout.
 *
 * - libwebsockets' logger (`[yyyy/mm/dd HH:MM:SS:ffff] N: text`, ttyd, lwsws, every lws program):
 *   its letters `E W N I D`, then `P H X C L U T`; its default filter shows notices and up, so a
 *   sample's common letter is `N`. Limit: only a sample that proves a letter slot reads `N:`.
 * - A pipe-separated header whose level column holds full level words padded by spaces
 *   (`ALARM: id | module | level | code | text`, Fortinet's wireless controller; any layout of
 *   ` | `-joined columns after a syslog header): the level from the column, the message the last
 *   column. Limit: a table row closed by its pipe is no header.
 * - ArubaOS's severity column (`<ERRS>` beside `<WARN>`, `<NOTI>`): `ERRS` is ERROR where a level
 *   stands; `errs` elsewhere is a word.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import {
  type LevelSlot,
  learnLetterSlot,
  learnLevelSlot,
  readSlotLevel,
} from '../../../core/parse/level-slot.ts';
import { levelWord, placedLevelSpelling } from '../../../core/parse/levels.ts';
import { newLine } from '../../../core/parse/line.ts';
import type { ParsedLine } from '../../../core/parse/types.ts';
import { readSource as readLines } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const second = (n: number) => String(n).padStart(2, '0');
const readSource = (lines: readonly string[], later: readonly string[] = []) =>
  readLines(lines, receivedAt, later);

describe('libwebsockets’ level letters after its bracketed time', () => {
  const lws = (n: number, letter: string, text: string) =>
    `[2026/11/30 12:43:${second(n)}:${String(1000 + n * 37).slice(-4)}] ${letter}: ${text}`;
  const letterOf = (n: number) => (n % 9 === 4 ? 'W' : n % 13 === 7 ? 'E' : 'N');
  const levelOf = (n: number) => (n % 9 === 4 ? 'WARN' : n % 13 === 7 ? 'ERROR' : 'NOTICE');

  it('reads a sample of mostly `N:` beside `W:` and `E:` (lws’s default filter) and cuts the letter from the text', () => {
    const lines = Array.from({ length: 32 }, (_, n) =>
      lws(n, letterOf(n), `WS /ws - 10.30.1.${n}, clients: 1`),
    );
    const { sample } = readSource(lines);
    expect(sample.map((line) => line.level)).toEqual(lines.map((_, n) => levelOf(n)));
    expect(sample[0]?.message).toBe('WS /ws - 10.30.1.0, clients: 1');
    expect(sample[4]?.message).toBe('WS /ws - 10.30.1.4, clients: 1');
  });

  it('reads lws’s own letters on its scale when the sample writes one only lws has (`U:`, `P:`)', () => {
    const letter = (n: number) => (n % 5 === 1 ? 'U' : n % 9 === 4 ? 'W' : n === 30 ? 'P' : 'N');
    const lines = Array.from({ length: 32 }, (_, n) => lws(n, letter(n), `vhost default: listening on ${n}`));
    expect(learnLetterSlot(lines)?.lws).toBe(true);
    const { sample, later } = readSource(lines, [
      lws(40, 'C', 'client connection to 10.0.0.1 up'),
      lws(41, 'E', 'failed to bind'),
    ]);
    expect(sample[1]?.level).toBe('INFO');
    expect(sample[30]?.level).toBe('DEBUG');
    // lws's `C` is its client category, not CUPS's critical.
    expect(later.map((line) => line.level)).toEqual(['DEBUG', 'ERROR']);
  });

  it('reads no `N:` on a line alone, nor in a source whose sample proves no letter slot', () => {
    expect(parseLine(lws(1, 'N', 'ttyd 1.7.7'), { receivedAt }).level).toBeUndefined();
    // One letter only (all `N:`) is a label, not a scale.
    const labels = Array.from({ length: 32 }, (_, n) => lws(n, 'N', `note ${n}`));
    expect(learnLetterSlot(labels)).toBeUndefined();
    expect(readSource(labels).sample.every((line) => line.level === undefined)).toBe(true);
    // A compass point glued to its colon: `S` is no level letter of either scale.
    const compass = Array.from(
      { length: 32 },
      (_, n) => `2026-11-30 10:00:${second(n)} station=4 dir:${'NNSNWNEN'[n % 8]}: ${n} kt`,
    );
    expect(learnLetterSlot(compass)).toBeUndefined();
    // `N` and `Y` flags: `Y` is no level letter.
    const flags = Array.from({ length: 32 }, (_, n) => `job ${n} done:${n % 3 ? 'N' : 'Y'}: ok`);
    expect(learnLetterSlot(flags)).toBeUndefined();
  });

  it('keeps the common scale (CUPS’s `C` critical) when the sample writes no letter only lws has', () => {
    const lines = Array.from({ length: 32 }, (_, n) => lws(n, n % 4 === 1 ? 'I' : 'N', `job ${n}`));
    expect(learnLetterSlot(lines)?.lws).toBeUndefined();
    const { later } = readSource(lines, [lws(40, 'C', 'scheduler crashed')]);
    expect(later[0]?.level).toBe('FATAL');
  });
});

describe('a level column of full words in a pipe-separated header', () => {
  const words = ['notice', 'info', 'warning', 'info', 'error', 'notice', 'info', 'critical'] as const;
  const levels = ['NOTICE', 'INFO', 'WARN', 'INFO', 'ERROR', 'NOTICE', 'INFO', 'FATAL'];
  const alarm = (n: number, text: string) =>
    `Nov 27 13:${second(10 + n)}:32 172.18.37.201 ALARM: 17957850${second(n)}l | ${n % 2 ? 'system' : 'ap'} | ${words[n % 8]} | RAD | ${text}`;

  it('reads the level column and takes the last column as the message (Fortinet’s wireless controller)', () => {
    const lines = Array.from({ length: 32 }, (_, n) =>
      alarm(n, `AP-${n} (06:39:b0:2b:21:8c) is up, uptime ${n} s`),
    );
    const { sample } = readSource(lines);
    expect(sample.map((line) => line.level)).toEqual(lines.map((_, n) => levels[n % 8]));
    expect(sample[2]).toMatchObject({
      message: 'AP-2 (06:39:b0:2b:21:8c) is up, uptime 2 s',
      fields: { header_columns: '1795785002l | ap | warning | RAD' },
    });
  });

  it('keeps a pipe of the text in the message: the header has as many pipes as its fewest lines write', () => {
    const lines = Array.from({ length: 32 }, (_, n) =>
      alarm(n, n % 5 === 2 ? `policy a | b applied to AP-${n}` : `AP-${n} joined`),
    );
    const { sample } = readSource(lines);
    expect(sample[2]?.message).toBe('policy a | b applied to AP-2');
    expect(sample[3]?.message).toBe('AP-3 joined');
  });

  it('reads no level from a table of rows closed by their pipe, nor from words between spaces', () => {
    const table = Array.from(
      { length: 32 },
      (_, n) =>
        `2026-11-30 10:00:${second(n)} report row: | web-${n} | ${n % 4 ? 'info' : 'error'} | ${n} requests |`,
    );
    expect(learnLevelSlot(table)).toBeUndefined();
    expect(readSource(table).sample.every((line) => line.level === undefined)).toBe(true);
    const prose = Array.from(
      { length: 32 },
      (_, n) => `2026-11-30 10:00:${second(n)} saw ${n % 3 ? 'info' : 'error'} text in report ${n}`,
    );
    expect(learnLevelSlot(prose)).toBeUndefined();
  });
});

describe('ArubaOS’s severity column', () => {
  it('reads `<ERRS>` as ERROR in its learned angle column, beside `<NOTI>` and `<WARN>`', () => {
    const severity = (n: number) => (n % 7 === 3 ? 'ERRS' : n % 5 === 1 ? 'WARN' : 'NOTI');
    const lines = Array.from(
      { length: 32 },
      (_, n) =>
        `Nov 29 09:${second(10 + n)}:54 authmgr[3598]: <5220${second(n)}> <3598> <${severity(n)}> <mc-east-01>  User event ${n}`,
    );
    const { sample } = readSource(lines);
    expect(sample[3]).toMatchObject({ level: 'ERROR', message: 'User event 3' });
    expect(sample[1]?.level).toBe('WARN');
    expect(sample[2]?.level).toBe('NOTICE');
  });

  it('places `ERRS` only: in text `errs` is a word (a verb, a counter)', () => {
    expect(placedLevelSpelling('ERRS')).toBe('ERROR');
    expect(levelWord('ERRS')).toBeUndefined();
    expect(levelWord('errs')).toBeUndefined();
    expect(parseLine('2026-11-30 10:00:00 eth0 rx errs 3 dropped 0', { receivedAt }).level).toBeUndefined();
  });
});

describe('look-alikes of these three readings read no level', () => {
  const stamp = (n: number) => `2026-11-30 10:00:${second(n)}`;
  const none = (lines: readonly string[]) =>
    readSource(lines).sample.filter((line) => line.level !== undefined);

  it('reads no `ERRS` counter as a level, marked or not, on a line alone or in a source (`<ERRS> 3`, `[ERRS] 4`, `ERRS: 5`)', () => {
    for (const shape of ['<ERRS> %', '[ERRS] %', 'ERRS: %', 'IFACE | ERRS | %']) {
      const lines = Array.from(
        { length: 32 },
        (_, n) => `${stamp(n)} if0 ${shape.replace('%', String(n))} drops 0`,
      );
      expect(parseLine(lines[3] as string, { receivedAt }).level).toBeUndefined();
      expect(none(lines)).toEqual([]);
    }
  });

  it('reads no level word beside one pipe of prose (`a | b, info | trace`): a column stands between two pipes', () => {
    const words = ['info', 'debug', 'info', 'warning', 'info', 'error', 'info', 'trace'];
    const prose = Array.from(
      { length: 32 },
      (_, n) => `${stamp(n)} user ${n} said: use a | b, ${words[n % 8]} | trace either way`,
    );
    expect(learnLevelSlot(prose)).toBeUndefined();
    expect(none(prose)).toEqual([]);
  });

  it('reads no `N:` column that follows no bracketed header: compass points, answers, keys (lws writes `] N:`)', () => {
    const compass = Array.from({ length: 32 }, (_, n) => `${stamp(n)} wind ${'NNWNENNW'[n % 8]}: ${n} kt`);
    const answers = Array.from({ length: 32 }, (_, n) => `${stamp(n)} answer ${'NNNNNNEW'[n % 8]}: q${n}`);
    const glued = Array.from({ length: 32 }, (_, n) => `${stamp(n)} q${n}:${'NNNNNNEW'[n % 8]}: answer`);
    const moves = Array.from({ length: 32 }, (_, n) => `${stamp(n)} move ${'NNWNEUNP'[n % 8]}: ${n} steps`);
    for (const lines of [compass, answers, glued, moves]) {
      expect(learnLetterSlot(lines)).toBeUndefined();
      expect(none(lines)).toEqual([]);
    }
  });
});

describe('a pipe-separated header keeps all its line says', () => {
  const words = ['notice', 'info', 'warning', 'info', 'error', 'notice', 'info', 'debug'];
  const line = (n: number, columns: string, text: string) =>
    `2026-11-30 10:00:${second(n)} [t-${n % 3}] 17957 | ${columns}${words[n % 8]} | RAD | ${text}`;
  const sample = Array.from({ length: 32 }, (_, n) => line(n, 'ap | ', `AP-${n} up`));
  const said = (read: ParsedLine | undefined) =>
    [read?.message, ...Object.values(read?.fields ?? {})].join(' ');

  it('keeps the columns before the pipe it learned beside those the readers kept in `header_columns`', () => {
    const slot = learnLevelSlot(sample);
    expect(slot?.pipes).toBe(4);
    const raw = '2026-11-30 10:00:59 17957 | ap | info | RAD | text';
    const read = newLine('timestamped', 'ap | info | RAD | text');
    read.fields.header_columns = '17957';
    readSlotLevel(read, raw, slot as LevelSlot);
    expect(read).toMatchObject({
      level: 'INFO',
      message: 'text',
      fields: { header_columns: '17957 ap | info | RAD' },
    });
  });

  it('ends the message where the readers ended it: a trailing column stays in its field, once', () => {
    const { later } = readSource(sample, [line(40, 'ap | sub | ', 'AP-40 text')]);
    expect(later[0]?.level).toBe('NOTICE');
    for (const word of ['17957', 'ap', 'sub', 'RAD', 'AP-40 text']) expect(said(later[0])).toContain(word);
    expect(said(later[0]).split('AP-40 text').length - 1).toBe(1);
  });
});
