/**
 * A level letter glued to a zero-padded message number, opening the message, learned per source:
 * printf's `%c%08d: ` (knxd's `W00000116: text`, `E00000023:`, `F00000105:`, whose letter is the
 * initial of its level, `fatal error warning note info debug`). One line alone cannot tell
 * `E00000023: text` from an employee's or a ticket's id opening the text; a sample whose every line
 * opens so, with a fixed width and more than one letter, can. VMware's and WiX Burn's three digits
 * (`I125:`, `w341:`) are a per-line reading after the time (`structure.ts`).
 *
 * - **The code**: one capital among `LETTER_LEVELS`, then `MIN_DIGITS` to `MAX_DIGITS` digits the
 *   first of which is `0` (a number padded to its width: a room `E204:` or a wing `N101:` is not),
 *   then `: `, opening the message as the readers left it.
 * - **Learned** when at least `MIN_AGREEMENT` of the sample's lines, and `MIN_SAMPLE_LINES`, open so,
 *   all with one width, every letter a level's, and at least two letters (one letter on every line is
 *   a label or an id's prefix: a false alert on every line of an `E`).
 * - **Reading**: on a later line the readers gave no level, such a code of the learned width gives
 *   its letter's level; the code goes to `fields.code` and the text after it is the message.
 *
 * Limit: a column of ids zero-padded to one width behind two or more of these letters reads as levels.
 */
import { isAgreed, isAgreedOn, MIN_SAMPLE_LINES } from './agreement.ts';
import { isDigit } from './calendar.ts';
import type { Level } from './levels.ts';
import type { ParsedLine } from './types.ts';

/** The initials of a level (knxd's scale: fatal, error, warning, note, info, debug). */
const LETTER_LEVELS: ReadonlyMap<number, Level> = new Map([
  [70, 'FATAL'], // F
  [69, 'ERROR'], // E
  [87, 'WARN'], // W
  [78, 'NOTICE'], // N
  [73, 'INFO'], // I
  [68, 'DEBUG'], // D
]);

/** Fewest and most digits of the number: below four a room or a gate, past eight a timestamp. */
const MIN_DIGITS = 4;
const MAX_DIGITS = 8;

/** The number of digits of a code opening `text` (after its spaces), or 0 when none opens it. */
function codeDigits(text: string, a: number): number {
  if (!LETTER_LEVELS.has(text.charCodeAt(a)) || text.charCodeAt(a + 1) !== 48) return 0;
  let k = a + 1;
  while (k - a - 1 <= MAX_DIGITS && isDigit(text.charCodeAt(k))) k++;
  const digits = k - a - 1;
  if (digits < MIN_DIGITS || digits > MAX_DIGITS) return 0;
  return text.charCodeAt(k) === 58 && text.charCodeAt(k + 1) === 32 ? digits : 0;
}

/** Where the message's first word starts. */
function opening(text: string): number {
  let k = 0;
  while (text.charCodeAt(k) === 32) k++;
  return k;
}

/**
 * The width of the number in the code the sample's messages open with (the module comment), or 0
 * when none is learned. `messages` are the sample's non-empty lines' messages as the readers left them.
 */
export function learnLetterCode(messages: readonly string[]): number {
  let width = 0;
  let held = 0;
  let first = 0;
  let letters = false;
  for (const message of messages) {
    const a = opening(message);
    const digits = codeDigits(message, a);
    if (digits === 0) continue;
    if (width !== 0 && digits !== width) return 0;
    width = digits;
    const letter = message.charCodeAt(a);
    if (first === 0) first = letter;
    else if (letter !== first) letters = true;
    held++;
  }
  return letters && isAgreed(held, messages.length, MIN_SAMPLE_LINES) ? width : 0;
}

/**
 * True when at least `MIN_AGREEMENT` of the non-empty `lines`, and `MIN_SAMPLE_LINES`, hold a code's
 * shape after a space: a cheap test before the sample is read again for its messages.
 */
export function mayHoldLetterCodes(lines: readonly string[]): boolean {
  return isAgreedOn(lines, MIN_SAMPLE_LINES, holdsLetterCode);
}

/** True when `line` holds a code's shape after a space. */
function holdsLetterCode(line: string): boolean {
  for (let k = line.indexOf(' '); k >= 0; k = line.indexOf(' ', k + 1))
    if (codeDigits(line, k + 1) !== 0) return true;
  return false;
}

/** A line the readers gave no level whose message opens with a code of `width` digits: its level, code and text. */
export function readLetterCode(line: ParsedLine, width: number): void {
  const message = line.message;
  const a = opening(message);
  if (codeDigits(message, a) !== width) return;
  line.level = LETTER_LEVELS.get(message.charCodeAt(a));
  const end = a + 1 + width;
  if (line.fields.code === undefined) line.fields.code = message.slice(a, end);
  line.message = message.slice(end + 2);
}
