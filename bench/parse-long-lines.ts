/**
 * Milliseconds to read crafted long lines of 10k and 100k characters, each built to make one reading
 * look again and again (near misses of a bracketed status mark, identifier-shaped words, key=value
 * pairs, dash columns, glued dates, restated fractions, colon numbers, one- and two-letter words
 * before a mark), and their ratio: linear work keeps it near 10. Printed, never asserted: the unit
 * tests hold the same lines to linear work by counting the characters read
 * (`test/support/characters-read.ts`), which no machine's load moves.
 *
 *   node bench/parse-long-lines.ts [--rounds 5]
 */
import { parseArgs } from 'node:util';
import { mayHoldIds } from '../core/parse/id-field.ts';
import { parseLine } from '../core/parse/index.ts';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' } } });
const rounds = Number(values.rounds);
const receivedAt = Date.UTC(2026, 11, 1);
const parse = (line: string) => parseLine(line, { receivedAt });

/** Each probe reads a line of about `n` characters. */
const probes: Record<string, (n: number) => void> = {
  'status-mark near misses': (n) => parse(`[*] Started ${'[-] [! '.repeat(n / 7)}`),
  'identifier-shaped words (learned id test)': (n) => mayHoldIds([`x ${'AB123XY '.repeat(n / 8)}`]),
  'key=value pairs before a level': (n) => parse(`2026-11-30T10:00:00Z ${'k=v '.repeat(n / 4)}ERROR: x`),
  'one long key before =': (n) => parse(`2026-11-30T10:00:00Z ${'k'.repeat(n)}=v" ERROR`),
  'dash columns': (n) => parse(`2026-11-30 10:00:00 ${'- a '.repeat(n / 4)}- ERROR - x`),
  'dates glued after labels': (n) => parse(`${'x:2026-11-29 '.repeat(n / 14)}19:20:05`),
  'levels glued before dates': (n) => parse('ERROR:2026-11-29 19:20:05,330.330 '.repeat(n / 34)),
  'restated fractions': (n) => parse(',350.350 '.repeat(n / 9)),
  'unpadded hours after a T': (n) => parse('2026-11-30T2:17:08 '.repeat(n / 19)),
  'colon numbers after the seconds': (n) => parse('10:05:03:53 '.repeat(n / 12)),
  'two-letter words before a mark': (n) => parse('x) y] zz: '.repeat(n / 10)),
};

/** The best of `rounds` runs of `probe` on a line of `n` characters, in milliseconds. */
function best(probe: (n: number) => void, n: number): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    probe(n);
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

const rows = Object.entries(probes).map(([name, probe]) => {
  best(probe, 10_000);
  const short = best(probe, 10_000);
  const long = best(probe, 100_000);
  return {
    line: name,
    '10k ms': short.toFixed(2),
    '100k ms': long.toFixed(2),
    ratio: (long / short).toFixed(1),
  };
});
console.table(rows);
