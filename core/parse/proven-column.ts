/**
 * A level column the sample proves though most of its words are no level: the bare word right after
 * the time, where a product writes its own word for its ordinary lines beside level words the parser
 * knows (SUSE's y2log `MIL` beside `WAR`, `ERR`, `DBG`; Clearwater's `Status` beside `Warning` and
 * `Error`). One line alone cannot tell `Warning store.cpp:201: text` from a sentence; the sample can.
 *
 * - **The words**: `structure.ts` counts, per sample line, the word of 2–9 letters standing alone
 *   (spaces on both sides) right after the time; at least `MIN_AGREEMENT` of the lines, and at least
 *   8, must hold one.
 * - **The set**: at most `MAX_WORDS` distinct words, of which known spellings (full words in any case,
 *   and the cuts a column reads, `WAR`; not the words that stand as text, `FAIL`, `HTTP`) spell at
 *   least two levels: a status column (`OK`, `FAIL`, `ERROR`), HTTP methods, names among which one is
 *   `Error`, or a column of one level (all `WARN` beside a product word) proves nothing.
 * - **The product's word**: the column's commonest word, more frequent than every other, and no
 *   spelling: read INFO, a log's commonest level. Other words no spelling knows stay without one.
 *
 * Limits: six names or fewer, two of which spell levels (`Debug`, `Error`), are read as a level
 * column; a product's ordinary word that is not INFO on its own scale (Clearwater's `Status` is
 * between its `Warning` and `Info`, NOTICE) reads INFO.
 */
import { columnLevelSpelling, type Level, levelSpelling, opensTextUnmarked } from './levels.ts';

/** Most distinct words the column may hold: a level scale is short, prose is not. */
const MAX_WORDS = 6;

/** Fewest sample lines that must hold a word there: a short sample proves nothing. */
export const MIN_COLUMN_LINES = 8;

/** Shortest and longest word counted. */
export const SHORTEST_COLUMN_WORD = 2;
export const LONGEST_COLUMN_WORD = 9;

/** The level a known spelling in the column spells (`ERR`, `Warning`, the cut `WAR`), if any. */
function spelledLevel(word: string): Level | undefined {
  if (opensTextUnmarked(word)) return undefined;
  return levelSpelling(word) ?? columnLevelSpelling(word);
}

/**
 * The product's word for its ordinary lines in a column whose words and their counts are `words`
 * (the module comment), or undefined when the column is no proven level column.
 */
export function provenColumnWord(words: ReadonlyMap<string, number>): string | undefined {
  if (words.size > MAX_WORDS) return undefined;
  const levels = new Set<Level>();
  let commonest: string | undefined;
  let most = 0;
  let tied = false;
  for (const [word, n] of words) {
    const level = spelledLevel(word);
    if (level !== undefined) levels.add(level);
    if (n > most) {
      commonest = word;
      most = n;
      tied = false;
    } else if (n === most) tied = true;
  }
  if (levels.size < 2 || tied || commonest === undefined) return undefined;
  return spelledLevel(commonest) === undefined ? commonest : undefined;
}
