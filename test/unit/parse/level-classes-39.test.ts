/**
 * Level classes of the lvl39 round (the level misses of `format-docs-dev72` to `-dev74`):
 *
 * - a level letter glued to a zero-padded message number opening the message, learned per source
 *   (`core/parse/letter-code.ts`): printf's `%c%08d: ` (knxd's `W00000116: text`, its letters the
 *   initials of `fatal error warning note info debug`);
 * - `NOTE` in capitals standing bare in a learned level column is NOTICE, syslog's notice cut to
 *   four letters (Unidata LDM's `DEBUG INFO NOTE WARN ERROR`); marked (`[Note]`, `NOTE:`) it stays INFO;
 * - a level column proven by its level words inside a bracket, after the time or one column after
 *   it, the level joined by a comma to the name of what logged (Micro-Manager's CoreLog, `tid5412
 *   [IFO,App] text` beside `[WRN,Core]`, `[ERR,Core:dev:Camera-1]`): the commonest word no spelling
 *   knows is the product's INFO, the name the logger, the text after the bracket.
 *
 * The lines are invented.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { readSource as readLines } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const readSource = (lines: readonly string[], later: readonly string[] = []) =>
  readLines(lines, receivedAt, later);
const second = (n: number) => String(n % 60).padStart(2, '0');
const levelsOf = (lines: readonly string[], later: readonly string[] = []) => {
  const read = readSource(lines, later);
  return [...read.sample, ...read.later].map((p) => p.level);
};

describe('a level letter glued to a zero-padded message number, learned per source', () => {
  const letters = ['W', 'W', 'E', 'F', 'W', 'E', 'W', 'W'];
  const knx = (n: number, code: string) =>
    `Nov 29 04:51:${second(n)} gw-02 busd[812]: ${code}: [24:B.serial] Line state x${n}`;
  const lines = Array.from({ length: 32 }, (_, n) =>
    knx(n, `${letters[n % 8]}${String(100 + n).padStart(8, '0')}`),
  );

  it('reads the letter’s level, keeps the code, and starts the message after it', () => {
    const { sample, later } = readSource(lines, [
      knx(40, 'N00000012'),
      knx(41, 'I00000007'),
      knx(42, 'D00000001'),
    ]);
    expect(sample.map((p) => p.level)).toEqual(
      lines.map((_, n) => ({ W: 'WARN', E: 'ERROR', F: 'FATAL' })[letters[n % 8] as 'W' | 'E' | 'F']),
    );
    expect(sample[0]).toMatchObject({
      message: '[24:B.serial] Line state x0',
      fields: { code: 'W00000100' },
    });
    expect(later.map((p) => p.level)).toEqual(['NOTICE', 'INFO', 'DEBUG']);
  });

  it('a code of another width on a later line is no code of the source', () => {
    const { later } = readSource(lines, [knx(40, 'E0023')]);
    expect(later[0]?.level).toBeUndefined();
  });

  it('one line alone is text: an id opening a message', () => {
    expect(parseLine(knx(1, 'E00000023')).level).toBeUndefined();
  });

  it('one letter on every line is a label or an id’s prefix: no level', () => {
    const same = Array.from({ length: 32 }, (_, n) => knx(n, `E${String(100 + n).padStart(8, '0')}`));
    expect(levelsOf(same).every((l) => l === undefined)).toBe(true);
  });

  it('room and wing numbers that are not zero-padded stay text', () => {
    const wings = ['E', 'W', 'N'];
    const rooms = Array.from(
      { length: 32 },
      (_, n) => `2026-11-30 10:00:${second(n)} ${wings[n % 3]}${2041 + n}: booked for the review`,
    );
    expect(levelsOf(rooms).every((l) => l === undefined)).toBe(true);
  });

  it('letters that are no level’s, widths that grow, or codes on a few lines: no level', () => {
    const parts = Array.from(
      { length: 32 },
      (_, n) => `2026-11-30 10:00:${second(n)} ${'ABX'[n % 3]}${String(n).padStart(6, '0')}: part restocked`,
    );
    const tickets = Array.from(
      { length: 32 },
      (_, n) => `2026-11-30 10:00:${second(n)} ${'EW'[n % 2]}0${'1'.repeat(3 + (n % 4))}: ticket opened`,
    );
    const few = Array.from({ length: 32 }, (_, n) =>
      n % 6 === 0
        ? `2026-11-30 10:00:${second(n)} E00001${n}: employee badge issued`
        : `2026-11-30 10:00:${second(n)} badge ${n} issued`,
    );
    for (const sample of [parts, tickets, few])
      expect(levelsOf(sample).every((l) => l === undefined)).toBe(true);
  });
});

describe('NOTE in capitals in a learned level column', () => {
  const words = ['NOTE', 'NOTE', 'NOTE', 'WARN', 'NOTE', 'ERROR', 'NOTE', 'INFO'];
  const ldm = (n: number, word: string, text = 'Starting Up') =>
    `20261129T1140${second(n)}.318840Z ldmd[1422] ${word} ldmd.c:main():1189 ${text}`;
  const lines = Array.from({ length: 32 }, (_, n) => ldm(n, words[n % 8] as string));

  it('is NOTICE, syslog’s notice cut to four letters, beside the column’s other levels', () => {
    const { sample } = readSource(lines);
    expect(sample.map((p) => p.level)).toEqual(
      lines.map(
        (_, n) => ({ NOTE: 'NOTICE', WARN: 'WARN', ERROR: 'ERROR', INFO: 'INFO' })[words[n % 8] as 'NOTE'],
      ),
    );
  });

  it('marked it stays INFO: MySQL’s `[Note]`, a line opening with `NOTE:`', () => {
    expect(parseLine('2026-11-30 10:00:00 0 [Note] InnoDB: Buffer pool(s) load completed').level).toBe(
      'INFO',
    );
    const tasks = Array.from({ length: 32 }, (_, n) =>
      n % 8 === 3 ? `WARNING: Task ${n} was rerun` : `NOTE: Executing task ${n}`,
    );
    expect(new Set(levelsOf(tasks))).toEqual(new Set(['INFO', 'WARN']));
  });

  it('as a word of prose it stays text', () => {
    expect(parseLine('2026-11-30 10:00:00 please NOTE the change window').level).toBeUndefined();
  });
});

describe('a level column proven by its level words inside a bracket', () => {
  const words = ['IFO', 'IFO', 'IFO', 'WRN', 'IFO', 'IFO', 'ERR', 'IFO'];
  const core = (n: number, word: string, name = 'Core') =>
    `2026-11-29T08:12:${second(n)}.412087 tid5412 [${word},${name}] Did initialize device ${n}`;
  const lines = Array.from({ length: 32 }, (_, n) => core(n, words[n % 8] as string));

  it('reads the commonest unknown word as INFO, the name as the logger, the text after the bracket', () => {
    const { sample, later } = readSource(lines, [core(40, 'dbg'), core(41, 'ERR', 'Core:dev:Camera-1')]);
    expect(sample.map((p) => p.level)).toEqual(
      lines.map((_, n) => ({ IFO: 'INFO', WRN: 'WARN', ERR: 'ERROR' })[words[n % 8] as 'IFO']),
    );
    expect(sample[0]).toMatchObject({ message: 'Did initialize device 0', logger: 'Core' });
    expect(later.map((p) => p.level)).toEqual(['DEBUG', 'ERROR']);
    expect(later[1]).toMatchObject({ message: 'Did initialize device 41', logger: 'Core:dev:Camera-1' });
  });

  it('right after the time too', () => {
    const bare = lines.map((line) => line.replace(' tid5412', ''));
    expect(readSource(bare).sample[0]).toMatchObject({ level: 'INFO', message: 'Did initialize device 0' });
  });

  it('a bracket of names beside one level word is no level column', () => {
    const names = ['Auth', 'Store', 'Net', 'Auth', 'Error', 'Auth', 'Store', 'Auth'];
    const named = Array.from({ length: 32 }, (_, n) => core(n, names[n % 8] as string).replace(',Core', ''));
    expect(levelsOf(named).filter((l) => l !== undefined)).toEqual(
      levelsOf(named).filter((l) => l === 'ERROR'),
    );
    expect(levelsOf(named).some((l) => l === 'INFO')).toBe(false);
  });

  it('a list in brackets, or a name with a space, keeps the text', () => {
    expect(parseLine('2026-11-30 10:00:00 [INFO,foo bar] x').message).toContain('foo bar]');
  });

  it('a second level word after the comma is a list of levels, not a logger', () => {
    for (const line of [
      '2026-11-30 10:00:00 levels [ERROR,WARN] now active',
      '12:00:01 allowed levels: [WARN,ERROR] set by admin',
      '2026-11-30 10:00:00 [WARN,Info] text',
    ])
      expect(parseLine(line).logger).toBeUndefined();
    // A word that unmarked is text names a thing.
    expect(parseLine('2026-11-30 10:00:00 [WRN,Http] slow').logger).toBe('Http');
  });
});
