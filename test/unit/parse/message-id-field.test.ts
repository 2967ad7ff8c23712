/**
 * A message identifier whose last letter is its severity, learned by its place in the message
 * (`core/parse/id-field.ts`). The class: IBM's `PPPnnnnS` (`I` INFO, `W` WARN, `E` and `S` ERROR),
 * written after one to three header columns the readers left in the message (a thread id before
 * it: `ltfs[31877]: 7c1e LTFS14000I text`). Learned when the same field of the message holds such an
 * identifier on at least 80 % of the sample's lines (8 or more), every identifier-shaped word there
 * ends in a severity letter, and at least one is `I`; read on later lines the readers gave no level.
 * Limits: an identifier that opens the message stays the per-line reading's (`message-mark.ts`); a
 * column of identifiers that are all `I` reads INFO. The lines are invented.
 */
import { describe, expect, it } from 'vitest';
import { readSource as readLines } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const readSource = (lines: readonly string[], later: readonly string[] = []) =>
  readLines(lines, receivedAt, later);
const second = (n: number) => String(n % 60).padStart(2, '0');

const letterOf = (n: number) => (n % 9 === 4 ? 'W' : n % 13 === 6 ? 'E' : n === 20 ? 'S' : 'I');
const levelOf = (n: number) => ({ I: 'INFO', W: 'WARN', E: 'ERROR', S: 'ERROR' })[letterOf(n)];
const tapefs = (n: number, id: string) =>
  `Nov 30 06:12:${second(n)} tapesrv02 tapefs[31877]: 7c1e ${id} Volume ${n} written to slot b.`;

describe('a severity identifier in the field of the message its sample agrees on', () => {
  it('reads the identifier’s letter after a thread column, the message from the identifier on', () => {
    const lines = Array.from({ length: 32 }, (_, n) => tapefs(n, `TPFS${14000 + n}${letterOf(n)}`));
    const { sample, later } = readSource(lines, [tapefs(40, 'TPFS30205E'), tapefs(41, 'TPFS11334W')]);
    expect(sample.map((p) => p.level)).toEqual(lines.map((_, n) => levelOf(n)));
    expect(sample[0]).toMatchObject({
      message: 'TPFS14000I Volume 0 written to slot b.',
      fields: { code: 'TPFS14000I' },
    });
    expect(later.map((p) => p.level)).toEqual(['ERROR', 'WARN']);
  });

  it('reads it after two columns and before a colon', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) => `2026-11-30 10:00:${second(n)} [main] 0x1f BKP${2000 + n}${letterOf(n)}: job ${n} done`,
    );
    const { sample } = readSource(lines);
    expect(sample.map((p) => p.level)).toEqual(lines.map((_, n) => levelOf(n)));
  });

  it('keeps a level the readers found', () => {
    const lines = Array.from({ length: 32 }, (_, n) => tapefs(n, `TPFS${14000 + n}${letterOf(n)}`));
    const { later } = readSource(lines, [
      'Nov 30 06:13:00 tapesrv02 tapefs[31877]: WARNING: 7c1e TPFS14001I Volume 3 written',
      'Nov 30 06:13:00 tapesrv02 tapefs[31877]: ERROR: TPFS14001I lost',
    ]);
    expect(later.map((p) => p.level)).toEqual(['WARN', 'ERROR']);
  });
});

describe('identifier look-alikes stay text', () => {
  const plain = (n: number, words: string) => `Nov 30 06:12:${second(n)} shop01 orders[211]: ${words}`;
  const levelsOf = (lines: readonly string[], later: readonly string[] = []) => {
    const read = readSource(lines, later);
    return [...read.sample, ...read.later].map((p) => p.level);
  };

  it('identifiers inside the text, on a few lines', () => {
    const lines = Array.from({ length: 32 }, (_, n) =>
      plain(n, n % 5 === 0 ? `a1 user ordered SKU${1234 + n}E today` : `a1 order ${n} shipped`),
    );
    expect(levelsOf(lines).every((l) => l === undefined)).toBe(true);
  });

  it('part numbers that end in a letter that is no severity: no level set', () => {
    const letters = 'ABEIXW';
    const lines = Array.from({ length: 32 }, (_, n) =>
      plain(n, `a1 SKU${1234 + n}${letters[n % 6]} Item restocked`),
    );
    expect(levelsOf(lines).every((l) => l === undefined)).toBe(true);
  });

  it('a return number on a few lines', () => {
    const lines = Array.from({ length: 32 }, (_, n) =>
      plain(n, n % 8 === 0 ? `a1 RMA${20391 + n}I Return opened` : `a1 Order ${n} shipped`),
    );
    expect(levelsOf(lines).every((l) => l === undefined)).toBe(true);
  });

  it('a constant severe identifier on every line is a label', () => {
    const lines = Array.from({ length: 32 }, (_, n) => plain(n, `a1 MON0001E Queue depth ${n}`));
    expect(levelsOf(lines).every((l) => l === undefined)).toBe(true);
  });

  it('a ticket column', () => {
    const lines = Array.from({ length: 32 }, (_, n) => plain(n, `a1 INC${40021 + n} Ticket updated`));
    expect(levelsOf(lines).every((l) => l === undefined)).toBe(true);
  });
});

describe('the columns a severity identifier steps over', () => {
  it('are kept after the labels kept before the time, in line order', () => {
    // A line loses nothing: the columns the identifier steps over (`worker-0 7c1e`) join the labels
    // and ids before the time (`lead-before-time.ts`, `labels-before-time.ts`).
    for (const [lead, kept] of [
      ['web-0 ', 'web-0 worker-0 7c1e'],
      ['[Nest] 19096  - ', '[Nest] 19096 worker-0 7c1e'],
      ['', 'worker-0 7c1e'],
    ] as const) {
      const line = (n: number) =>
        `${lead}2026-11-30 10:00:${second(n)} worker-${n % 3} 7c1e TPFS${14000 + n}${letterOf(n)} Volume ${n} written`;
      const { sample } = readSource(Array.from({ length: 32 }, (_, n) => line(n)));
      expect(sample[0]).toMatchObject({
        level: 'INFO',
        message: 'TPFS14000I Volume 0 written',
        fields: { header_columns: kept, code: 'TPFS14000I' },
      });
    }
  });
});
