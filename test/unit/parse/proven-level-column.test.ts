/**
 * A level column the sample proves though most of its words are no level (`core/parse/structure.ts`,
 * `provenBareColumn`). The class: the bare word right after the time, on at least 80 % of a sample's
 * lines (8 or more) one short word of letters from a small set (at most 6 distinct), of which known
 * level spellings (full words and the cuts a column reads, `WAR`) spell at least two levels, and the
 * column's commonest word is one no spelling knows: the product's word for its ordinary lines (SUSE's
 * y2log `MIL`, Clearwater's `Status`), read as INFO, a log's commonest level. The cuts and full words
 * read their level there; other unknown words there none. Limits: a column of at most six names two
 * of which spell levels (`Debug`, `Error`) is read as a level column; a product's ordinary word that
 * is not INFO on its own scale (Clearwater's `Status`, NOTICE) reads INFO. The lines are invented.
 */
import { describe, expect, it } from 'vitest';
import { readSource as readLines } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const readSource = (lines: readonly string[], later: readonly string[] = []) =>
  readLines(lines, receivedAt, later);
const second = (n: number) => String(n % 60).padStart(2, '0');

/** Words of a column by line: `word` on most, the listed ones at their lines. */
const column = (n: number, word: string, others: Readonly<Record<number, string>>): string =>
  others[n % 16] ?? word;

describe('a level column proven by its level words, whose commonest word is the product’s own', () => {
  const y2log = (n: number, word: string) =>
    `2026-11-30 03:00:${second(n)} ${word} libstore(4417) Store.cc(read):${200 + n} - loaded item ${n}`;

  it('reads SUSE y2log’s `MIL` as INFO beside `WAR`, `ERR` and `DBG`', () => {
    const words = Array.from({ length: 32 }, (_, n) => column(n, 'MIL', { 3: 'WAR', 7: 'ERR', 11: 'DBG' }));
    const lines = words.map((w, n) => y2log(n, w));
    const { sample, later } = readSource(lines, [y2log(40, 'SEC'), y2log(41, 'MIL'), y2log(42, 'WAR')]);
    const want = { MIL: 'INFO', WAR: 'WARN', ERR: 'ERROR', DBG: 'DEBUG' } as Record<string, string>;
    expect(sample.map((p) => p.level)).toEqual(words.map((w) => want[w]));
    expect(sample[0]?.message).toBe('loaded item 0');
    // A word the sample did not show there is no level.
    expect(later.map((p) => p.level)).toEqual([undefined, 'INFO', 'WARN']);
  });

  it('reads Clearwater’s `Status` as INFO beside `Warning` and `Error`, after the zone', () => {
    const words = Array.from({ length: 31 }, (_, n) =>
      column(n, 'Status', { 2: 'Warning', 5: 'Warning', 9: 'Error', 12: 'Warning', 14: 'Error' }),
    );
    const lines = words.map(
      (w, n) => `27-11-2026 08:41:${second(n)}.337 UTC ${w} store.cpp:${100 + n}: Server ${n} replied`,
    );
    const { sample } = readSource(lines);
    const want = { Status: 'INFO', Warning: 'WARN', Error: 'ERROR' } as Record<string, string>;
    expect(sample.map((p) => p.level)).toEqual(words.map((w) => want[w]));
    expect(sample[2]?.message).toBe('Server 2 replied');
    // The source location after the level is where the line was logged from: kept, not dropped.
    expect(sample.map((p) => p.fields.caller)).toEqual(words.map((_, n) => `store.cpp:${100 + n}`));
  });
});

describe('columns that are no level column stay as they were', () => {
  const levelsOf = (words: readonly string[], line: (n: number, word: string) => string) =>
    readSource(words.map((w, n) => line(n, w))).sample.map((p) => p.level);
  const after = (n: number, word: string) =>
    `2026-11-30 10:00:${second(n)} ${word} /api/items/${n} took 12 ms`;

  it('a status column (`OK`, `FAIL`, `ERROR`): one level only, `OK` is no INFO', () => {
    const words = Array.from({ length: 32 }, (_, n) => column(n, 'OK', { 3: 'FAIL', 9: 'ERROR' }));
    const levels = levelsOf(words, (n, w) => `2026-11-30 10:00:${second(n)} ${w} check disk-${n} done`);
    words.forEach((w, n) => {
      if (w === 'OK') expect(levels[n]).toBeUndefined();
    });
  });

  it('HTTP methods: no level', () => {
    const words = Array.from({ length: 32 }, (_, n) =>
      column(n, 'GET', { 3: 'POST', 9: 'PUT', 12: 'DELETE' }),
    );
    expect(levelsOf(words, after).every((l) => l === undefined)).toBe(true);
  });

  it('component names one of which is `Error`: the others stay without a level', () => {
    const words = Array.from({ length: 32 }, (_, n) =>
      column(n, 'Auth', { 3: 'Error', 9: 'Store', 12: 'Net' }),
    );
    const levels = levelsOf(words, after);
    words.forEach((w, n) => {
      if (w !== 'Error') expect(levels[n]).toBeUndefined();
    });
  });

  it('a column whose only level is `WARN`: its other word is no INFO', () => {
    const words = Array.from({ length: 32 }, (_, n) => column(n, 'Batch', { 3: 'WARN', 9: 'WARN' }));
    const levels = levelsOf(words, after);
    words.forEach((w, n) => {
      expect(levels[n]).toBe(w === 'WARN' ? 'WARN' : undefined);
    });
  });

  it('many words there (more than six): prose, no column', () => {
    const prose = ['Loaded', 'Started', 'Stopped', 'Opened', 'Closed', 'Synced', 'Moved'];
    const words = Array.from({ length: 32 }, (_, n) =>
      column(n, prose[n % 7] as string, { 3: 'Warning', 9: 'Error' }),
    );
    const levels = levelsOf(words, after);
    words.forEach((w, n) => {
      if (w !== 'Warning' && w !== 'Error') expect(levels[n]).toBeUndefined();
    });
  });

  it('an unknown word that is not the column’s commonest is no INFO', () => {
    const words = Array.from({ length: 32 }, (_, n) =>
      column(n, 'ERR', { 1: 'MIL', 3: 'WAR', 5: 'MIL', 9: 'WAR', 13: 'WAR' }),
    );
    const levels = levelsOf(words, after);
    words.forEach((w, n) => {
      if (w === 'MIL') expect(levels[n]).toBeUndefined();
    });
  });
});

/**
 * A column whose commonest word is a word of a check's outcome or of an alarm is no product's word
 * for its ordinary lines: a health checker’s `OK` beside `WARNING` and `CRITICAL`, a test runner’s
 * `PASS` beside `ERROR` and `FATAL`, an outage’s `Alarm` most lines write (`ALERT` and `PANIC`, level
 * spellings, make the column a level column of their own). Nor is a column of
 * names two of which spell levels (`Debug`, `Error`) beside two other names or more: a level scale has
 * one word of its own for its ordinary lines, and at most one rare other (y2log's `SEC`).
 */
describe('a commonest word that is an outcome, an alarm or one of several names reads no INFO', () => {
  const levelsOf = (words: readonly string[]) =>
    readSource(
      words.map((w, n) => `2026-11-30 10:00:${second(n)} ${w} check disk-${n} on host-${n % 3} done`),
    ).sample.map((p) => p.level);
  const commonestNoInfo = (commonest: string, others: Readonly<Record<number, string>>) => {
    const words = Array.from({ length: 32 }, (_, n) => column(n, commonest, others));
    const levels = levelsOf(words);
    words.forEach((w, n) => {
      if (w === commonest) expect(levels[n], `${w} line ${n}`).toBeUndefined();
    });
    return { words, levels };
  };

  it('a health checker’s `OK` beside `WARNING` and `CRITICAL`', () => {
    commonestNoInfo('OK', { 3: 'WARNING', 9: 'CRITICAL', 12: 'UNKNOWN' });
  });

  it('a test runner’s `PASS` beside `ERROR` and `FATAL`: `PASS` no INFO, `FAIL` no ERROR', () => {
    const { words, levels } = commonestNoInfo('PASS', { 3: 'FAIL', 6: 'ERROR', 9: 'FATAL', 12: 'SKIP' });
    words.forEach((w, n) => {
      if (w === 'FAIL') expect(levels[n]).toBeUndefined();
    });
  });

  it('an outage’s commonest `Alarm` beside `Info` and `Warning`', () => {
    commonestNoInfo('Alarm', { 3: 'Info', 9: 'Warning', 12: 'Info' });
  });

  it('`Status` beside `Info`, `Warning` and `Error`: a scale with its own INFO word', () => {
    commonestNoInfo('Status', { 3: 'Info', 6: 'Warning', 9: 'Error', 12: 'Info' });
  });

  it('component names two of which are `Debug` and `Error`, beside two others', () => {
    const { words, levels } = commonestNoInfo('Auth', { 3: 'Debug', 6: 'Store', 9: 'Error', 12: 'Net' });
    words.forEach((w, n) => {
      if (w === 'Debug') expect(levels[n]).toBeUndefined();
    });
  });

  it('still reads y2log’s `MIL` as INFO beside one rare other word of its own (`SEC`)', () => {
    const words = Array.from({ length: 32 }, (_, n) =>
      column(n, 'MIL', { 3: 'WAR', 7: 'ERR', 11: 'DBG', 13: 'SEC' }),
    );
    const levels = levelsOf(words);
    const want = { MIL: 'INFO', WAR: 'WARN', ERR: 'ERROR', DBG: 'DEBUG' } as Record<string, string>;
    expect(levels).toEqual(words.map((w) => want[w]));
  });
});
