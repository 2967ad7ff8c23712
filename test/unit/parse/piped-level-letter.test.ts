import { describe, expect, it } from 'vitest';
import { compileParser } from '../../../core/parse/index.ts';
import { priorityLetterLevel } from '../../../core/parse/levels.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');

/** A source's lines, learned from themselves, as read. */
function readSource(lines: readonly string[]) {
  const parser = compileParser({});
  parser.learn('s', lines, receivedAt);
  return lines.map((raw) => parser(raw, receivedAt, 's'));
}

const MODULES = ['  system', '  server', '    zone', 'database'];

/** YADIFA's log line: `"%04d-…%06d | %-5i | %08x | %8s | %c | "`, the letter from `"!ACEWNID"`. */
const yadifa = (letter: string, k: number) =>
  `2026-11-25 09:14:${String(10 + k).padStart(2, '0')}.118342 | 14235 | 8ff3b7${40 + k} | ${MODULES[k % 4]} | ${letter} | zone load: step ${k} for 'example.org'`;

describe("a level letter in a pipe-separated column (YADIFA's `| N |`)", () => {
  it('reads the letters of a column that holds one on every line, two letters or more, as levels', () => {
    const letters = ['N', 'N', 'I', 'N', 'W', 'N', 'N', 'E', 'N', 'N', 'D', 'N'];
    const lines = readSource(letters.map(yadifa));
    expect(lines.map((line) => line.level)).toEqual([
      'NOTICE',
      'NOTICE',
      'INFO',
      'NOTICE',
      'WARN',
      'NOTICE',
      'NOTICE',
      'ERROR',
      'NOTICE',
      'NOTICE',
      'DEBUG',
      'NOTICE',
    ]);
    expect(lines[0]).toMatchObject({ message: "zone load: step 0 for 'example.org'" });
    expect(lines[0]?.fields.header_columns).not.toContain('N');
  });

  it("reads YADIFA's critical, alert and emergency letters as FATAL in a learned column", () => {
    const letters = ['N', 'I', 'N', 'C', 'N', 'N', 'A', 'N', 'W', 'N'];
    expect(readSource(letters.map(yadifa)).map((line) => line.level)).toEqual([
      'NOTICE',
      'INFO',
      'NOTICE',
      'FATAL',
      'NOTICE',
      'NOTICE',
      'FATAL',
      'NOTICE',
      'WARN',
      'NOTICE',
    ]);
  });

  it('reads no level from one letter on every line, from a column of kinds beside level letters, or from mostly severe letters', () => {
    const same = readSource(Array.from({ length: 10 }, (_, k) => yadifa('N', k)));
    expect(same.map((line) => line.level)).toEqual(Array(10).fill(undefined));
    // A change's kind (`I` insert, `D` delete, `U` update): one letter no level's among them.
    const kinds = readSource(['I', 'D', 'I', 'I', 'U', 'I', 'D', 'I', 'I', 'I'].map(yadifa));
    expect(kinds.map((line) => line.level)).toEqual(Array(10).fill(undefined));
    // Compass points or grades: W and E on half the lines or more.
    const points = readSource(['W', 'E', 'N', 'W', 'E', 'W', 'N', 'E', 'W', 'E'].map(yadifa));
    expect(points.map((line) => line.level)).toEqual(Array(10).fill(undefined));
  });

  it("reads YADIFA's table by syslog priority in levels.ts, the one home of its letters (review79)", () => {
    expect([...'!ACEWNID'].map((c) => priorityLetterLevel(c.charCodeAt(0)))).toEqual([
      'FATAL',
      'FATAL',
      'FATAL',
      'ERROR',
      'WARN',
      'NOTICE',
      'INFO',
      'DEBUG',
    ]);
    for (const c of ['O', 'B', 'n', '1', '?']) expect(priorityLetterLevel(c.charCodeAt(0))).toBeUndefined();
  });
});
