/**
 * A level letter in parentheses opening a message field, then a space and text: `(I) GET /v1/vaults`
 * (1Password Connect's `log_message`, `(I)`, `(W)`, `(E)`, `(D)`). One letter of four, in capitals;
 * `(A) first option`, `(i) item`, `(E)xtra`, `(EE)` and a list's label (`(D) Paris, (E) Rome`) are text. Read only where the caller knows the
 * field is a message (a JSON line's message key), never inside a sentence.
 */
import { isUpper } from '../calendar.ts';
import type { Level } from '../levels.ts';

const LETTERS: ReadonlyMap<number, Level> = new Map([
  [73, 'INFO'], // I
  [87, 'WARN'], // W
  [69, 'ERROR'], // E
  [68, 'DEBUG'], // D
]);

/** Where the text after the mark starts. */
export const LETTER_MARK_CHARS = 4;

/**
 * The level of the mark opening `text`, or undefined when it opens with none, or opens a list: another
 * capital letter in parentheses later on (`(D) Paris, (E) Rome`) makes it a list's label.
 */
export function parenthesisedLetterLevel(text: string): Level | undefined {
  if (text.charCodeAt(0) !== 40 || text.charCodeAt(2) !== 41 || text.charCodeAt(3) !== 32) return undefined;
  const after = text.charCodeAt(LETTER_MARK_CHARS);
  if (Number.isNaN(after) || after === 32) return undefined;
  const level = LETTERS.get(text.charCodeAt(1));
  return level === undefined || hasLetterLabel(text, LETTER_MARK_CHARS) ? undefined : level;
}

/** True when a capital letter in parentheses (`(E)`) stands in `text` from `from` on. */
function hasLetterLabel(text: string, from: number): boolean {
  for (let k = text.indexOf('(', from); k >= 0; k = text.indexOf('(', k + 1))
    if (isUpper(text.charCodeAt(k + 1)) && text.charCodeAt(k + 2) === 41) return true;
  return false;
}
