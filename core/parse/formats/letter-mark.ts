/**
 * A level letter in parentheses opening a message field, then a space and text: `(I) GET /v1/vaults`
 * (1Password Connect's `log_message`, `(I)`, `(W)`, `(E)`, `(D)`). One letter of four, in capitals;
 * `(A) first option`, `(i) item`, `(E)xtra` and `(EE)` are text. Read only where the caller knows the
 * field is a message (a JSON line's message key), never inside a sentence.
 */
import type { Level } from '../levels.ts';

const LETTERS: ReadonlyMap<number, Level> = new Map([
  [73, 'INFO'], // I
  [87, 'WARN'], // W
  [69, 'ERROR'], // E
  [68, 'DEBUG'], // D
]);

/** Where the text after the mark starts. */
export const LETTER_MARK_CHARS = 4;

/** The level of the mark opening `text`, or undefined when it opens with none. */
export function parenthesisedLetterLevel(text: string): Level | undefined {
  if (text.charCodeAt(0) !== 40 || text.charCodeAt(2) !== 41 || text.charCodeAt(3) !== 32) return undefined;
  const after = text.charCodeAt(LETTER_MARK_CHARS);
  if (Number.isNaN(after) || after === 32) return undefined;
  return LETTERS.get(text.charCodeAt(1));
}
