/**
 * A message identifier whose last letter is its severity (IBM's `PPPnnnnS`, `message-mark.ts`),
 * learned by its place: products write it after header columns no reader takes (a thread id:
 * `ltfs[31877]: 7c1e LTFS14000I text`), where one line alone cannot tell it from a part number in the
 * text (`SKU1234E`). A source's sample can.
 *
 * - **The word**: capitals and digits as `undottedIdBodyEnd` reads them and one capital, a whole word of the
 *   message (a space after it, or a colon and a space), in its fields 1 to `MAX_FIELD` (field 0, an
 *   identifier opening the message, is the per-line reading's).
 * - **The field**: learned when at least `MIN_AGREEMENT` of the sample's lines, and at least
 *   `MIN_SAMPLE_LINES`, hold such a word in the same field of their message, every such word there ends in
 *   a severity letter (`I`, `W`, `E`, `S`: a column of `A`, `B`, `X` is part numbers), and at least
 *   one in `I` (one severe identifier on every line is a label: a false alert on every line).
 * - **Reading**: on a later line the readers gave no level, an identifier in that field gives its
 *   letter's level; the identifier goes to `fields.code`, the columns before it to
 *   `fields.header_columns` (after any a reader kept there, in line order), and the message starts
 *   at the identifier (the product's text names it).
 *
 * Limits: a column of identifiers all ending in `I` reads INFO; a product's column of codes shaped so
 * whose last letters happen to be `I`, `W`, `E`, `S` only would read as severities.
 */
import { isAgreed, isAgreedOn, MIN_SAMPLE_LINES } from './agreement.ts';
import { isUpper } from './calendar.ts';
import { idLetterLevel, undottedIdBodyEnd } from './formats/message-mark.ts';
import type { Level } from './levels.ts';
import { appendHeaderColumns } from './line.ts';
import type { ParsedLine } from './types.ts';

/** Fields of the message the identifier may stand in: after one to three header columns. */
const MAX_FIELD = 3;

/** The end of an identifier-shaped word at `a` of `text`, before a space or `: `; -1 when none. */
function idShapeEnd(text: string, a: number): number {
  let k = undottedIdBodyEnd(text, a);
  if (k < 0 || !isUpper(text.charCodeAt(k))) return -1;
  k++;
  const c = text.charCodeAt(k);
  return c === 32 || (c === 58 && text.charCodeAt(k + 1) === 32) ? k : -1;
}

/** Where field `field` (words split by spaces) of `text` starts; -1 when the text has fewer. */
function fieldStart(text: string, field: number): number {
  let k = 0;
  while (text.charCodeAt(k) === 32) k++;
  for (let f = 0; f < field; f++) {
    while (k < text.length && text.charCodeAt(k) !== 32) k++;
    while (text.charCodeAt(k) === 32) k++;
    if (k >= text.length) return -1;
  }
  return k;
}

/**
 * The field of the message the sample's lines hold their severity identifier in (the module
 * comment), or -1. `messages` are the sample's non-empty lines' messages as the readers left them.
 */
export function learnIdField(messages: readonly string[]): number {
  for (let field = 1; field <= MAX_FIELD; field++) {
    let held = 0;
    let info = false;
    let stranger = false;
    for (const message of messages) {
      const a = fieldStart(message, field);
      const end = a < 0 ? -1 : idShapeEnd(message, a);
      if (end < 0) continue;
      const level = idLetterLevel(message.charCodeAt(end - 1));
      if (level === undefined) stranger = true;
      if (level === 'INFO') info = true;
      held++;
    }
    if (isAgreed(held, messages.length, MIN_SAMPLE_LINES)) return info && !stranger ? field : -1;
  }
  return -1;
}

/**
 * True when at least `MIN_AGREEMENT` of the non-empty `lines`, and `MIN_SAMPLE_LINES`, hold an
 * identifier-shaped word after a space: a cheap test before the sample is read again for its messages.
 */
export function mayHoldIds(lines: readonly string[]): boolean {
  return isAgreedOn(lines, MIN_SAMPLE_LINES, holdsId);
}

/** True when `line` holds an identifier-shaped word after a space. */
function holdsId(line: string): boolean {
  for (let k = line.indexOf(' '); k >= 0; k = line.indexOf(' ', k + 1))
    if (isUpper(line.charCodeAt(k + 1)) && idShapeEnd(line, k + 1) >= 0) return true;
  return false;
}

/** The identifier in field `field` of `line`'s message, when the readers gave the line no level: its level and the message from it on. */
export function readIdField(line: ParsedLine, field: number): void {
  const message = line.message;
  const a = fieldStart(message, field);
  if (a < 0 || !isUpper(message.charCodeAt(a))) return;
  const end = idShapeEnd(message, a);
  const level: Level | undefined = end < 0 ? undefined : idLetterLevel(message.charCodeAt(end - 1));
  if (level === undefined) return;
  line.level = level;
  if (line.fields.code === undefined) line.fields.code = message.slice(a, end);
  const before = message.slice(0, a).trim();
  // After the columns a reader kept (labels before the time): a line loses nothing.
  if (before.length > 0) appendHeaderColumns(line, before);
  line.message = message.slice(a);
}
