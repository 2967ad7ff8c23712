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
 * - **The product's word**: the column's commonest word, more frequent than every other, no spelling
 *   (not even `ALERT`, `PANIC`, which stand as text unmarked), and no word of a check's outcome or of
 *   an alarm (`NO_ORDINARY_WORDS`: a health checker's `OK`, a test runner's `PASS`, an outage's
 *   `Alarm`), and in a column whose words spell no INFO of their own (a scale that has `Info` has
 *   no other word for it): read INFO, a log's commonest level. Besides it, at most one other word no spelling
 *   knows (y2log's rare `SEC`; component names `Auth`, `Store`, `Net` beside `Debug` and `Error` are
 *   no scale); such a word stays without a level.
 *
 * Limits: names beside which two spell levels (`Auth` most, then `Debug`, `Error` and one other name)
 * are read as a level column: one line cannot tell them apart, nor a sample; a product's ordinary
 * word that is not INFO on its own scale (Clearwater's `Status` is between its `Warning` and `Info`,
 * NOTICE) reads INFO, and a sample of Clearwater's that shows `Info` (log level 3 and above) learns
 * nothing; an ordinary word of a product that is an alarm word not listed reads INFO when
 * most lines write it.
 */
import { columnWordLevel, type Level, opensTextUnmarked } from './levels.ts';

/** Most distinct words the column may hold: a level scale is short, prose is not. */
const MAX_WORDS = 6;

/** Shortest and longest word counted. */
export const SHORTEST_COLUMN_WORD = 2;
export const LONGEST_COLUMN_WORD = 9;

/**
 * Words of a check's outcome or of an alarm: a column whose commonest word is one is a status or a
 * result column (a health checker's `OK`, a test runner's `PASS`) or an outage (`Alarm`), and none of
 * them is a product's word for its ordinary lines.
 */
const NO_ORDINARY_WORDS: ReadonlySet<string> = new Set([
  'ok',
  'pass',
  'passed',
  'success',
  'done',
  'up',
  'down',
  'fail',
  'failed',
  'failure',
  'skip',
  'skipped',
  'alarm',
  'fault',
  'abort',
  'crash',
]);

/** Most words no spelling knows, besides the commonest, the column may hold (y2log's rare `SEC`). */
const MAX_OTHER_WORDS = 1;

/** The level a known spelling in the column spells (`ERR`, `Warning`, the cut `WAR`), if any. */
function spelledLevel(word: string): Level | undefined {
  return opensTextUnmarked(word) ? undefined : columnWordLevel(word);
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
  let unknown = 0;
  for (const [word, n] of words) {
    const level = spelledLevel(word);
    if (level !== undefined) levels.add(level);
    else unknown++;
    if (n > most) {
      commonest = word;
      most = n;
      tied = false;
    } else if (n === most) tied = true;
  }
  if (levels.size < 2 || tied || commonest === undefined || unknown - 1 > MAX_OTHER_WORDS) return undefined;
  // A scale that spells INFO itself has no other word for its ordinary lines (`user-info-updated`
  // beside `user-session-opened` is a name's part).
  if (levels.has('INFO')) return undefined;
  return isOrdinaryWord(commonest) ? commonest : undefined;
}

/**
 * True for a word that may be a product's word for its ordinary lines: no level spelling at all (not
 * `ALERT` or `PANIC`, which stand as text unmarked but are levels in a column), no cut, and no
 * outcome or alarm (`NO_ORDINARY_WORDS`).
 */
function isOrdinaryWord(word: string): boolean {
  return columnWordLevel(word) === undefined && !isOutcomeWord(word);
}

/** True for a word of a check's outcome or of an alarm, in any case (`OK`, `PASS`, `Done`: `NO_ORDINARY_WORDS`). */
export function isOutcomeWord(word: string): boolean {
  return NO_ORDINARY_WORDS.has(word.toLowerCase());
}
