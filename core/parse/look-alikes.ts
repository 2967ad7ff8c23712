/**
 * Text that writes a level word without being the line's level, shared by the readings that find
 * one: a shell's trace, a plural mark, a count or a tally, a change of state, a drive or a label
 * written as one letter and a colon.
 */
import { isDigit, isLetter, isUpper } from './calendar.ts';
import { isFullLevelWord, isWholeLevelWord } from './levels.ts';

/** True when `text` at `i` opens a shell's trace (`set -x`): `+` repeated, then a space. */
export function opensShellTrace(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 43) return false;
  let k = i + 1;
  while (text.charCodeAt(k) === 43) k++;
  return text.charCodeAt(k) === 32;
}

/** True when `(s)` or `(S)` stands at `i`, right after a word (`ERROR(S)`): a plural. */
export function isPluralMark(text: string, i: number): boolean {
  return text.charCodeAt(i) === 40 && (text.charCodeAt(i + 1) | 32) === 115 && text.charCodeAt(i + 2) === 41;
}

/**
 * True when, from `i` to the end, a level word's marks (`]`, `:`, `|`, spaces) are followed by a
 * number, and nothing after it but numbers, marks and more full level words (`isWholeLevelWord`: a service's own too): a count (`[ERROR] 0`,
 * `| ERROR | 0 |`) or a tally (`ERROR 0 WARNING 2`). A word of text anywhere after it
 * (`WARN 2 retries left`) makes the number the text's.
 */
export function isCountFrom(text: string, i: number): boolean {
  let k = i;
  while (k < text.length && !isDigit(text.charCodeAt(k)) && !isLetter(text.charCodeAt(k))) {
    if (text.charCodeAt(k) > 127) return false;
    k++;
  }
  if (!isDigit(text.charCodeAt(k))) return false;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if (c > 127) return false;
    if (!isLetter(c)) {
      k++;
      continue;
    }
    const a = k;
    while (k < text.length && isLetter(text.charCodeAt(k))) k++;
    if (!isWholeLevelWord(text, a, k) || isDigit(text.charCodeAt(a - 1))) return false;
  }
  return true;
}

/** The end of an arrow (`->`, `-->`, `=>`, `→`) starting at `i`, or -1. */
export function arrowEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x2192) return i + 1;
  if (c !== 45 && c !== 61) return -1;
  let k = i + 1;
  while (text.charCodeAt(k) === c) k++;
  return text.charCodeAt(k) === 62 ? k + 1 : -1;
}

/**
 * True when an arrow (`->`, `-->`, `=>`, `==>`, `→`) follows at `i` (after spaces), then a word in
 * capitals that ends the text or a clause (`ERROR --> OK`, `WARN=>CRITICAL (3 checks)`): a change
 * of state. A layout's arrow before its text (`INFO --> Started server`) is not one.
 */
export function isStateChangeFrom(text: string, i: number): boolean {
  let k = i;
  while (text.charCodeAt(k) === 32) k++;
  k = arrowEnd(text, k);
  if (k < 0) return false;
  while (text.charCodeAt(k) === 32) k++;
  const a = k;
  while (isUpper(text.charCodeAt(k))) k++;
  if (k - a < 2) return false;
  while (text.charCodeAt(k) === 32) k++;
  const after = text.charCodeAt(k);
  return k >= text.length || after === 40 || after === 44 || after === 59 || after === 46;
}

/** A size at `i` after spaces: digits (a fraction too), then `%` or a unit of bytes (`120 GB`, `3.5TB`, `40 KiB`). */
export function isDriveSize(text: string, i: number): boolean {
  let k = i;
  while (text.charCodeAt(k) === 32) k++;
  const digits = k;
  while (isDigit(text.charCodeAt(k)) || (k > digits && text.charCodeAt(k) === 46)) k++;
  if (k === digits) return false;
  if (text.charCodeAt(k) === 37) return true;
  if (text.charCodeAt(k) === 32) k++;
  const unit = k;
  while (isLetter(text.charCodeAt(k))) k++;
  return /^(?:[KMGTP]i?B|B|bytes)$/.test(text.slice(unit, k));
}

/** Words of storage that follow a drive's letter (`E: drive is full`, `W: share unreachable`). */
const STORAGE_WORDS: ReadonlySet<string> = new Set([
  'drive',
  'disk',
  'share',
  'volume',
  'partition',
  'mounted',
]);

/**
 * True when what follows one letter and its colon (`i` is past the colon) is no message: not one
 * space and a word (`C:\Windows`, `E: /mnt`, `N: 42`, `A:yes`), a word of storage (`E: drive is
 * full`, `W: share unreachable`), or one word and another letter's label (`E: Data, F: Media`, `W:
 * wide H: tall`: a list of drives or sizes): the letter names a drive or labels an item.
 */
export function isLetterLabel(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 32 || !isLetter(text.charCodeAt(i + 1))) return true;
  let k = i + 1;
  while (isLetter(text.charCodeAt(k))) k++;
  return (
    (k - i - 1 <= 9 && STORAGE_WORDS.has(text.slice(i + 1, k).toLowerCase())) || opensLetterLabel(text, k)
  );
}

/** True when, after an optional `,` or `;` at `i`, spaces and one upper-case letter and its colon follow (`, F: Media`). */
function opensLetterLabel(text: string, i: number): boolean {
  let k = i;
  const c = text.charCodeAt(k);
  if (c === 44 || c === 59) k++;
  if (text.charCodeAt(k) !== 32) return false;
  while (text.charCodeAt(k) === 32) k++;
  if (!isUpper(text.charCodeAt(k)) || text.charCodeAt(k + 1) !== 58) return false;
  return k + 2 >= text.length || text.charCodeAt(k + 2) === 32;
}

/** How a word of letters at [a, b) is written: all capitals, all lower case, capitalised, or mixed. */
export function letterCase(text: string, a: number, b: number): 'upper' | 'lower' | 'title' | 'mixed' {
  let upper = 0;
  for (let k = a + 1; k < b; k++) if (isUpper(text.charCodeAt(k))) upper++;
  if (!isUpper(text.charCodeAt(a))) return upper === 0 ? 'lower' : 'mixed';
  if (upper === 0) return b - a === 1 ? 'upper' : 'title';
  return upper === b - a - 1 ? 'upper' : 'mixed';
}

/**
 * True when the word at [a, b) opens a bracket (after padding) and one space and a word of letters
 * written in the same case follow it (`[Error Handler]`, `[HTTP SERVER]`, `[DEBUG CONSOLE]`, `[Info
 * Panel]`): a scope named in words, not a level. A level in brackets fills them (`[WARN ]`, `[ INFO
 * ]`), stands before padding (`[Info   :   BepInEx]`) or is joined to what follows by a mark
 * (`[INFO@mau.init]`, `[ERROR, x]`), and the name or path after it is written otherwise (`[INFO
 * crates/…]`, `[ERROR main]`, `[info 2026/11/29 …]`).
 */
export function opensBracketedName(text: string, a: number, b: number): boolean {
  let open = a - 1;
  while (open >= 0 && text.charCodeAt(open) === 32) open--;
  if (open < 0 || text.charCodeAt(open) !== 91 || text.charCodeAt(b) !== 32) return false;
  const next = b + 1;
  let end = next;
  while (isLetter(text.charCodeAt(end))) end++;
  if (end === next || (text.charCodeAt(end) !== 93 && text.charCodeAt(end) !== 32)) return false;
  const kind = letterCase(text, a, b);
  return kind !== 'mixed' && kind === letterCase(text, next, end);
}

/**
 * True when the word at [a, b) is a word of a bracketed name: it opens one (`opensBracketedName`), or
 * follows, one space on, a full level word opening one (`[ERROR HTTP]`, `[Error Warning]`, `[INFO
 * DEBUG]`): the scope lends none of its words as the level. A name whose first word is no full level
 * word (`[Connection Error]`, `[HTTP ERROR]`) keeps its level word.
 */
export function inBracketedName(text: string, a: number, b: number): boolean {
  if (opensBracketedName(text, a, b)) return true;
  if (text.charCodeAt(a - 1) !== 32) return false;
  let first = a - 1;
  while (first > 0 && isLetter(text.charCodeAt(first - 1))) first--;
  return isFullLevelWord(text, first, a - 1) && opensBracketedName(text, first, a - 1);
}
