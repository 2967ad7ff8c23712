/**
 * Which learned level reading wins when a source's sample fits two (core/parse/README.md, "Which
 * learned level reading wins"): a source learns one level column, the first of the list. The lines
 * are invented.
 */
import { describe, expect, it } from 'vitest';
import { readSource } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const at = (n: number) => `2026-11-28 07:42:${String(n % 60).padStart(2, '0')}.118`;

describe('a sample that fits a level word column and a severity digit column', () => {
  it('reads the level word: the digit before it stays the text’s, never a second level', () => {
    const digit = (n: number) => [6, 6, 5, 7, 4, 6][n % 6];
    const word = (n: number) => (n % 5 === 2 ? 'ERROR' : n % 7 === 3 ? 'WARN' : 'INFO');
    const lines = Array.from({ length: 32 }, (_, n) => `${at(n)} ${digit(n)} ${word(n)} job ${n} ran`);
    const { sample, structure } = readSource(lines, receivedAt);
    expect(structure?.levelSeverity).toBeUndefined();
    expect(sample.map((p) => p.level)).toEqual(lines.map((_, n) => word(n)));
  });
});

describe('a sample that fits a proven column and a severity digit after it', () => {
  it('learns the proven column; the digit is no level', () => {
    const word = (n: number) => (n % 5 === 2 ? 'ERR' : n % 7 === 3 ? 'WAR' : 'MIL');
    const lines = Array.from({ length: 32 }, (_, n) => `${at(n)} ${word(n)} ${n % 2 ? 3 : 6} libfoo(41) ran`);
    const { sample, structure } = readSource(lines, receivedAt);
    expect(structure?.levelSeverity).toBeUndefined();
    const want = { MIL: 'INFO', WAR: 'WARN', ERR: 'ERROR' } as Record<string, string>;
    expect(sample.map((p) => p.level)).toEqual(lines.map((_, n) => want[word(n)]));
  });
});
