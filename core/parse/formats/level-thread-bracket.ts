/**
 * A level word in capitals glued to its thread's bracket opening a message, `WARN[main]: text`, as
 * the Omni-Path Fabric Manager writes every line to syslog (`fm0_sm[3187]: PROGR[topology]: SM:
 * topology_main: text`): the prefix `"%s[%s]: %s%s%s%s%s"` of Debian's `opa-fm` 10.10.3 (`runtime/sm`),
 * its severity names padded to five (`FATAL`, `ERROR`, `WARN `, `NOTIC`, `PROGR`, `INFO `, `VBOSE`),
 * the thread, then the manager's prefix (`SM: `), the function and `: `, the text.
 *
 * - **The level**: a level spelling (`WARN`, `ERROR`), a placed one (`NOTIC`, a cut of `NOTICE`), or
 *   the FM's own `PROGR` (progress, between notice and info in its log mask: INFO) and `VBOSE`
 *   (verbose: TRACE).
 * - **The rest**: the thread → `fields.thread`; after it, a manager's prefix of two or three capitals
 *   and `: ` → `logger`, then a C function name and `: ` → `fields.caller`, each only where written.
 *
 * Only that shape at the message's start: the word (one space of padding allowed), `[`, a name with
 * no space, `]: `. `ERROR[3] of 5 retries` and a word elsewhere stay text.
 */
import { isLower, isUpper } from '../calendar.ts';
import { type Level, levelSpelling, placedLevelSpelling } from '../levels.ts';
import type { ParsedLine } from '../types.ts';

/** Longest level word read (`WARNING`). */
const WORD_CHARS = 7;
/** Longest thread name read. */
const THREAD_CHARS = 32;

/** The FM's severity names that no spelling reads (`PROGR` progress, `VBOSE` verbose). */
const FM_NAMES: ReadonlyMap<string, Level> = new Map([
  ['PROGR', 'INFO'],
  ['VBOSE', 'TRACE'],
]);

/** Where the `[` after the capitals opening `text` is, or -1: a few character tests. */
function bracketAt(text: string): number {
  let k = 1;
  while (k <= WORD_CHARS && isUpper(text.charCodeAt(k))) k++;
  if (k < 3 || k > WORD_CHARS) return -1;
  if (text.charCodeAt(k) === 91) return k;
  return k <= 4 && text.charCodeAt(k) === 32 && text.charCodeAt(k + 1) === 91 ? k + 1 : -1;
}

/** Where the `]` closing a thread's name from `from` is, at most `THREAD_CHARS` on, or -1. */
function closingBracketAt(text: string, from: number): number {
  const limit = Math.min(text.length, from + THREAD_CHARS);
  for (let k = from; k < limit; k++) if (text.charCodeAt(k) === 93) return k;
  return -1;
}

/** Where a manager's `XX: ` or a function's `name: ` opening `text` at `i` ends, or `i`. */
function fieldEnd(text: string, i: number, lower: boolean): number {
  let k = i;
  const limit = i + (lower ? 64 : 3);
  while (k < limit && (lower ? isFunctionChar(text.charCodeAt(k)) : isUpper(text.charCodeAt(k)))) k++;
  if (k - i < 2 || text.charCodeAt(k) !== 58 || text.charCodeAt(k + 1) !== 32) return i;
  return k;
}

function isFunctionChar(c: number): boolean {
  return isLower(c) || c === 95 || (c >= 48 && c <= 57);
}

/**
 * The level, thread, manager and function opening `line.message` (whose first character the caller
 * tested a capital), taken off it. True when it read them.
 */
export function takeLevelThreadBracket(line: ParsedLine): boolean {
  const text = line.message;
  const open = bracketAt(text);
  if (open < 0) return false;
  const close = closingBracketAt(text, open + 1);
  if (close < open + 2) return false;
  if (text.charCodeAt(close + 1) !== 58 || text.charCodeAt(close + 2) !== 32) return false;
  const thread = text.slice(open + 1, close);
  if (thread.includes(' ')) return false;
  const word = text.slice(0, text.charCodeAt(open - 1) === 32 ? open - 1 : open);
  const level = levelSpelling(word) ?? placedLevelSpelling(word) ?? FM_NAMES.get(word);
  if (level === undefined) return false;
  line.level = level;
  line.fields.thread = thread;
  let at = close + 3;
  const managerEnd = fieldEnd(text, at, false);
  if (managerEnd > at) {
    line.logger = text.slice(at, managerEnd);
    at = managerEnd + 2;
    const functionEnd = isLower(text.charCodeAt(at)) ? fieldEnd(text, at, true) : at;
    if (functionEnd > at) {
      line.fields.caller = text.slice(at, functionEnd);
      at = functionEnd + 2;
    }
  }
  line.message = text.slice(at);
  return true;
}
