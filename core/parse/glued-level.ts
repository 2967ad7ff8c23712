/**
 * A level word glued by hyphens between a name and the text, opening the message: bctoolbox's
 * default log handler's `domain-level-text` (`%s-%s-%s`), so the whole Belledonne stack (flexisip,
 * liblinphone, belle-sip, oRTP, mediastreamer2): `flexisip-warning-Cannot open …`,
 * `belle-sip-message-Listening point …`, where `message` is bctoolbox's ordinary level. One line
 * alone cannot tell `flexisip-error-Cannot` from a hyphenated name of the text (`job-error-handler`);
 * a source's sample can.
 *
 * - **The word**: in the run of lower-case letters, digits and hyphens opening the message (a letter
 *   first), the last part of 3–9 lower-case letters with a hyphen on each side (`belle-sip-message-`:
 *   `message`), the text glued after it.
 * - **The set**: at least `MIN_AGREEMENT` of the sample's messages, and 8, hold such a word, and the
 *   words are a level column's by `provenColumnWord` (at most 6 distinct, two levels spelled among
 *   them, the commonest one no spelling): that word (`message`) reads INFO, the spelled ones their
 *   level (`warning`, `error`), any other word none.
 * - **Reading**: on a later line the readers gave no level, the first such part in that run that is
 *   the product's word or a full level word gives the level; the name before it is the logger and
 *   the text after its hyphen the message.
 *
 * Limits: a sample of one level beside `message` (all startup lines and one error) learns nothing;
 * a text that opens with a lower-case hyphenated word (`belle-sip-message-channel-x …`) is learned from
 * its last part.
 */
import { isAgreed, isAgreedOn, MIN_SAMPLE_LINES } from './agreement.ts';
import { isDigit, isLower } from './calendar.ts';
import { type Level, levelSpelling } from './levels.ts';
import { provenColumnWord } from './proven-column.ts';
import type { ParsedLine } from './types.ts';

/** Longest name and level run read at the message's start. */
const MAX_RUN = 64;
const SHORTEST_WORD = 3;
const LONGEST_WORD = 9;
const HYPHEN = 45;

/** The end of the run of lower-case letters, digits and hyphens opening `text` (a letter first); 0 when none. */
function runEnd(text: string): number {
  if (!isLower(text.charCodeAt(0))) return 0;
  let k = 1;
  while (k < MAX_RUN) {
    const c = text.charCodeAt(k);
    if (!isLower(c) && !isDigit(c) && c !== HYPHEN) break;
    k++;
  }
  return k;
}

/**
 * Each part of lower-case letters between two hyphens in `text`'s opening run, as its start and end,
 * to `visit` in order until it returns true; that part's start, or -1.
 */
function findPart(text: string, visit: (a: number, b: number) => boolean): number {
  const end = runEnd(text);
  for (let a = text.indexOf('-') + 1; a > 0 && a < end; a = text.indexOf('-', a) + 1) {
    let b = a;
    // Bounded: a run of letters longer than a level word is none, however long the line.
    while (b - a <= LONGEST_WORD && isLower(text.charCodeAt(b))) b++;
    if (b - a < SHORTEST_WORD || b - a > LONGEST_WORD || text.charCodeAt(b) !== HYPHEN) continue;
    if (b + 1 >= text.length || text.charCodeAt(b + 1) === 32) continue;
    if (visit(a, b)) return a;
  }
  return -1;
}

/**
 * The product's word for its ordinary lines when the sample's messages open with a name and a level
 * glued by hyphens (the module comment), or undefined.
 */
export function learnGluedWord(messages: readonly string[]): string | undefined {
  const words = new Map<string, number>();
  let held = 0;
  for (const message of messages) {
    let last = '';
    findPart(message, (a, b) => {
      last = message.slice(a, b);
      return false;
    });
    if (last === '') continue;
    words.set(last, (words.get(last) ?? 0) + 1);
    held++;
  }
  if (!isAgreed(held, messages.length, MIN_SAMPLE_LINES)) return undefined;
  return provenColumnWord(words);
}

/** Lower-case letters between two hyphens anywhere in a line (`-message-`). */
const GLUED_WORD = /-[a-z]{3,9}-/;

/**
 * True when at least `MIN_AGREEMENT` of the sample's non-empty `lines`, and `MIN_SAMPLE_LINES`, hold
 * lower-case letters between two hyphens: a cheap test before the sample is read again for its
 * messages (`learnGluedWord` judges them).
 */
export function mayGlueLevels(lines: readonly string[]): boolean {
  return isAgreedOn(lines, MIN_SAMPLE_LINES, (line) => GLUED_WORD.test(line));
}

/** The level of a glued part: the product's `word` INFO, a full level word its level. */
function gluedLevel(text: string, a: number, b: number, word: string): Level | undefined {
  if (b - a === word.length && text.startsWith(word, a)) return 'INFO';
  return levelSpelling(text.slice(a, b));
}

/** A line the readers gave no level, whose message opens `name-level-text`: its level, logger and text. */
export function readGluedLevel(line: ParsedLine, word: string): void {
  const message = line.message;
  let level: Level | undefined;
  let end = 0;
  const a = findPart(message, (s, b) => {
    level = gluedLevel(message, s, b, word);
    end = b;
    return level !== undefined;
  });
  if (a < 0 || level === undefined) return;
  line.level = level;
  if (line.logger === undefined) line.logger = message.slice(0, a - 1);
  line.message = message.slice(end + 1);
}
