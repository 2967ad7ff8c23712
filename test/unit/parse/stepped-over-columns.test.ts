/**
 * The header reader steps over the columns before a level (learned as a column or found per line):
 * what they said stays the line's, in `fields.header_columns` in order, or in the message. And a
 * Markdown table row (`| a | b | c |`, no time) is a table's, not a header whose cell is a level.
 * The lines are invented.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';
import type { ParsedLine } from '../../../core/parse/types.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const second = (n: number) => String(n).padStart(2, '0');

/** A parser that learned `source` from `lines`, and a reader of that source's lines. */
function learnt(lines: readonly string[]) {
  const parser = compileParser({});
  parser.learn('src', lines, receivedAt);
  return { read: (line: string) => parser(line, receivedAt, 'src'), structure: parser.structureOf('src') };
}

/** All a parsed line kept as text: its message, logger and field values. */
function keptText(line: ParsedLine): string {
  return [line.message, line.logger ?? '', ...Object.values(line.fields).map(String)].join('\u0000');
}

describe('a pipe-joined header keeps the columns before its level column', () => {
  it('keeps the columns before a learned level column in `header_columns` (`17957 | ap | notice | RAD | text | req-0`)', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) => `${17957 + n} | ap | ${n % 5 === 3 ? 'warning' : 'notice'} | RAD | text ${n} | req-${n}`,
    );
    const { read } = learnt(lines);
    const line = read(lines[0] as string);
    expect([line.level, line.message]).toEqual(['NOTICE', 'text 0']);
    expect(line.fields.header_columns).toBe('17957 | ap RAD |');
    expect(line.fields.columns).toBe('req-0');
    expect(read(lines[3] as string).fields.header_columns).toBe('17960 | ap RAD |');
  });

  it('keeps a column between the time and a learned level column (`… 10:00:00 web-0 info text`)', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) => `2026-11-30 10:00:${second(n)} web-${n} ${n % 5 === 3 ? 'warn' : 'info'} text ${n}`,
    );
    const { read } = learnt(lines);
    const line = read(lines[1] as string);
    expect([line.level, line.message, line.fields.header_columns]).toEqual(['INFO', 'text 1', 'web-1']);
  });

  it('keeps them on a line read alone too (`web-0 | INFO | text`)', () => {
    const line = parseLine('web-0 | INFO | text', { receivedAt });
    expect([line.level, line.message, line.fields.header_columns]).toEqual(['INFO', 'text', 'web-0']);
    const timed = parseLine('2026-11-30 10:00:00 main INFO text', { receivedAt });
    expect([timed.level, timed.message, timed.fields.header_columns]).toEqual(['INFO', 'text', 'main']);
  });

  it('adds nothing where only the level’s marks or the time’s brackets stand before it', () => {
    const bracketed = parseLine('[2026-11-30 10:00:00] [INFO] text', { receivedAt });
    expect([bracketed.level, bracketed.message, bracketed.fields.header_columns]).toEqual([
      'INFO',
      'text',
      undefined,
    ]);
    const plain = parseLine('2026-11-30 10:00:00 INFO text', { receivedAt });
    expect(plain.fields.header_columns).toBeUndefined();
    const first = parseLine('INFO 2026-11-30 10:00:00 text', { receivedAt });
    expect(first.fields.header_columns).toBeUndefined();
    // A mark with no letter or digit is the level's wrapper or a separator, not a column.
    const starred = parseLine('14.11.2026 02:30:05.118 *INFO* [Osgi] org.x.Y text here', { receivedAt });
    expect([starred.level, starred.fields.header_columns]).toEqual(['INFO', undefined]);
    expect(
      parseLine('2026-11-30 10:00:00 = INFO text', { receivedAt }).fields.header_columns,
    ).toBeUndefined();
    // A program's name and pid before the time keep their own brackets.
    const before = parseLine('OSPD[7210] 2026-09-30 02:00:13,442: INFO: (ospd.main) Starting', {
      receivedAt,
    });
    expect([before.level, before.fields.header_columns]).toEqual(['INFO', 'OSPD[7210]']);
  });
});

describe('a Markdown table row learns no level column', () => {
  const row = (n: number) => `| web-${n} | ${n % 5 === 3 ? 'warn' : 'info'} | ${n} |`;

  it('reads `| web-0 | info | 0 |` whole, a table’s row: its cells are no header', () => {
    const lines = Array.from({ length: 32 }, (_, n) => row(n));
    const { read, structure } = learnt(lines);
    expect(structure?.levelField ?? -1).toBe(-1);
    const line = read(lines[0] as string);
    expect([line.level, line.message]).toEqual([undefined, '| web-0 | info | 0 |']);
  });

  it('still learns a column of rows a pipe opens or closes, not both (`| info | web-0 | text`)', () => {
    const opened = learnt(
      Array.from({ length: 32 }, (_, n) => `| ${n % 5 === 3 ? 'warn' : 'info'} | web-${n} | t ${n}`),
    );
    expect(opened.structure?.levelField).toBe(0);
    expect(opened.read(`| info | web-1 | t 1`).level).toBe('INFO');
    const timed = learnt(
      Array.from(
        { length: 32 },
        (_, n) => `| 2026-11-30 10:00:${second(n)} | ${n % 5 === 3 ? 'warn' : 'info'} | t ${n} |`,
      ),
    );
    expect(timed.read(`| 2026-11-30 10:00:01 | info | t 1 |`).level).toBe('INFO');
  });
});

/** A cell's text: letters, digits and a hyphen, two to eight characters, opening with a letter. */
const cell = fc.stringMatching(/^[a-z][a-z0-9-]{1,7}$/);
const levelWord = fc.constantFrom(
  'info',
  'INFO',
  'warn',
  'WARNING',
  'error',
  'ERROR',
  'notice',
  'debug',
  'Info',
);

describe('property: every column of a pipe-joined row survives', () => {
  it('for random rows (leading or trailing pipes or none, padded or not, the level in some column)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 0, max: 5 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.tuple(fc.array(cell, { minLength: 6, maxLength: 6 }), levelWord), {
          minLength: 32,
          maxLength: 32,
        }),
        (width, at, leading, trailing, padded, rows) => {
          const levelAt = at % width;
          const joint = padded ? ' | ' : '|';
          const cellsOf = ([words, level]: [string[], string]) =>
            words.slice(0, width).map((word, k) => (k === levelAt ? level : word));
          const lineOf = (cells: readonly string[]) =>
            `${leading ? (padded ? '| ' : '|') : ''}${cells.join(joint)}${trailing ? (padded ? ' |' : '|') : ''}`;
          const lines = rows.map((r) => lineOf(cellsOf(r)));
          const { read } = learnt(lines);
          rows.forEach((r, n) => {
            const cells = cellsOf(r);
            const line = read(lines[n] as string);
            const kept = keptText(line);
            cells.forEach((text, k) => {
              if (k === levelAt && line.level !== undefined) return;
              if (!kept.includes(text))
                throw new Error(`lost ${JSON.stringify(text)} of ${lines[n]}: ${kept}`);
            });
          });
        },
      ),
      { numRuns: 300, seed: 26 },
    );
  });
});
