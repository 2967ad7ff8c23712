/**
 * Compiler and linter diagnostics: a source location, then a category, then the text. The GNU
 * convention (`file:line:column: category: text`, gcc and clang), MSBuild's canonical format
 * (`origin(line,col): category CODE: text`, C#, MSVC, tsc), tsc's pretty form
 * (`file:line:col - error TS2554: text`), Python's warnings (`file:line: DeprecationWarning: text`)
 * and the linters' severity letters (RuboCop's `W:`, pylint's `E0401:`).
 */
import { isAlnum, isDigit } from './calendar.ts';
import { skipSpaces } from './header-fields.ts';
import type { Level } from './levels.ts';

/**
 * What a diagnostic at the start of a text says: its level, where its category is written
 * (`warning`, RuboCop's `W`; empty for a category the text keeps, Python's `DeprecationWarning`) and
 * where its text starts.
 */
export interface Diagnostic {
  level: Level;
  categoryStart: number;
  categoryEnd: number;
  textStart: number;
}

/** Longest location looked at. */
const MAX_LOCATION = 300;

const CATEGORIES: ReadonlyArray<readonly [string, Level]> = [
  ['fatal error', 'FATAL'],
  ['error', 'ERROR'],
  ['warning', 'WARN'],
  ['note', 'INFO'],
  ['remark', 'INFO'],
  ['info', 'INFO'],
];

/** pylint's and RuboCop's category letters: convention, refactor, info, warning, error, fatal. */
const LINTER_LETTERS: ReadonlyMap<number, Level> = new Map([
  [67, 'NOTICE'],
  [82, 'NOTICE'],
  [73, 'INFO'],
  [87, 'WARN'],
  [69, 'ERROR'],
  [70, 'FATAL'],
]);

/** True when `word` is a diagnostic's category as written (`note`, `fatal error`, RuboCop's `C`). */
export function isDiagnosticCategory(word: string): boolean {
  if (word.length === 1) return LINTER_LETTERS.has(word.charCodeAt(0));
  return CATEGORIES.some(([category]) => category === word);
}

/**
 * The diagnostic whose location starts at `i` of `raw`, or undefined (fills `out`). The location
 * is a file name with an extension and a line: `name.ext(12)`, `(12,5)`, `:12`, `:12:5`.
 */
export function diagnosticAt(raw: string, i: number, out: Diagnostic): boolean {
  let end = i;
  const limit = Math.min(raw.length, i + MAX_LOCATION);
  while (end < limit) {
    const c = raw.charCodeAt(end);
    if (c === 32 || c === 9) break;
    end++;
  }
  let locationEnd: number;
  let text: number;
  if (raw.charCodeAt(end - 1) === 58) {
    locationEnd = end - 1;
    text = end;
  } else if (raw.startsWith(' - ', end)) {
    locationEnd = end;
    text = end + 3;
  } else return false;
  const nameEnd = lineNumbersStart(raw, i, locationEnd);
  if (nameEnd < 0 || !endsWithExtension(raw, i, nameEnd)) return false;
  return categoryAt(raw, skipSpaces(raw, text), out);
}

/** Start of the `(12,5)` or `:12:5` that ends the location at `end`; -1 when there is none. */
function lineNumbersStart(raw: string, start: number, end: number): number {
  if (raw.charCodeAt(end - 1) === 41) {
    const open = raw.lastIndexOf('(', end - 1);
    if (open <= start || open === end - 2) return -1;
    for (let k = open + 1; k < end - 1; k++) {
      const c = raw.charCodeAt(k);
      if (!isDigit(c) && c !== 44) return -1;
    }
    return isDigit(raw.charCodeAt(open + 1)) ? open : -1;
  }
  let k = end;
  let groups = 0;
  while (groups < 2) {
    let d = k;
    while (d > start && isDigit(raw.charCodeAt(d - 1))) d--;
    if (d === k || raw.charCodeAt(d - 1) !== 58) break;
    k = d - 1;
    groups++;
  }
  return groups > 0 ? k : -1;
}

/** `name.ext`: a dot and one to five letters or digits end the name. */
function endsWithExtension(raw: string, start: number, end: number): boolean {
  let k = end;
  while (k > start && end - k <= 5 && isAlnum(raw.charCodeAt(k - 1))) k--;
  return k < end && end - k <= 5 && k - 1 > start && raw.charCodeAt(k - 1) === 46;
}

/**
 * A category word and a colon opening a diagnostic without a location (`note: text`,
 * `fatal error: text`, as compilers and build tools print them); fills `out`.
 */
export function categoryOpening(raw: string, out: Diagnostic): boolean {
  for (const [word, level] of CATEGORIES) {
    if (
      raw.startsWith(word, 0) &&
      raw.charCodeAt(word.length) === 58 &&
      raw.charCodeAt(word.length + 1) === 32
    )
      return found(out, level, 0, word.length, skipSpaces(raw, word.length + 1));
  }
  return false;
}

function categoryAt(raw: string, i: number, out: Diagnostic): boolean {
  for (const [word, level] of CATEGORIES) {
    if (!raw.startsWith(word, i)) continue;
    const after = i + word.length;
    if (raw.charCodeAt(after) === 58) return found(out, level, i, after, skipSpaces(raw, after + 1));
    // `error CS0219: text`, `warning C4996: text`: the code stays, as the text's first word.
    if (raw.charCodeAt(after) === 32 && codeEnd(raw, after + 1) > 0)
      return found(out, level, i, after, after + 1);
    return false;
  }
  const letter = LINTER_LETTERS.get(raw.charCodeAt(i));
  if (letter !== undefined) {
    if (raw.charCodeAt(i + 1) === 58 && raw.charCodeAt(i + 2) === 32)
      return found(out, letter, i, i + 1, skipSpaces(raw, i + 2));
    // pylint's message id, `E0401:`: the letter is its category, and the id stays as the text's.
    if (codeEnd(raw, i) === i + 5) return found(out, letter, i, i, i);
  }
  return pythonWarning(raw, i, out);
}

/** `DeprecationWarning: text`: a warning class of Python's `warnings` module. */
function pythonWarning(raw: string, i: number, out: Diagnostic): boolean {
  const c = raw.charCodeAt(i);
  if (c < 65 || c > 90) return false;
  let k = i + 1;
  while (k - i < 48 && isAlnum(raw.charCodeAt(k))) k++;
  return raw.startsWith('Warning:', k - 7) && k - i > 7 ? found(out, 'WARN', i, i, i) : false;
}

/** End of a diagnostic code at `i` (`CS0219`, `TS2554`, `C4996`, `E0401`) followed by a colon; -1 if none. */
function codeEnd(raw: string, i: number): number {
  let k = i;
  while (k - i < 8 && raw.charCodeAt(k) >= 65 && raw.charCodeAt(k) <= 90) k++;
  const letters = k - i;
  while (k - i < 12 && isDigit(raw.charCodeAt(k))) k++;
  if (letters === 0 || k - i === letters || raw.charCodeAt(k) !== 58) return -1;
  return k;
}

function found(
  out: Diagnostic,
  level: Level,
  categoryStart: number,
  categoryEnd: number,
  textStart: number,
): true {
  out.level = level;
  out.categoryStart = categoryStart;
  out.categoryEnd = categoryEnd;
  out.textStart = textStart;
  return true;
}
