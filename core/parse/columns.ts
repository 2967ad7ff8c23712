/**
 * Header columns learned per source at the front of the message: what the per-line header reader
 * left before the text because one line alone does not show it is a column (a thread or component
 * in brackets, a `name:` tag, an id, a word padded to its width). Across a source's lines a column
 * shows itself: nearly every line has a field of the same shape in the same place, with values that
 * change from line to line. Pure, never throws, bounded: at most `MAX_COLUMNS` columns, each within
 * `MAX_COLUMN` characters.
 */

/** Shapes of a column at the front of a message. */
export type ColumnShape = 'bracket' | 'angle' | 'paren' | 'tag' | 'padded' | 'id';

/** Shapes tried in this order; the first that most lines share is the column. */
const SHAPES: readonly ColumnShape[] = ['bracket', 'angle', 'paren', 'tag', 'id', 'padded'];

/** Columns learned one after another at most. */
const MAX_COLUMNS = 4;
/** Longest column. */
const MAX_COLUMN = 64;
/** Share of a sample's messages that must have the column. */
const MIN_SHARE = 0.8;
/** Messages a column is learned from at least. */
const MIN_MESSAGES = 3;

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Index after the spaces at or after `i`; the text must go on after them. */
function textAfter(text: string, i: number): number {
  let k = i;
  while (isSpace(text.charCodeAt(k))) k++;
  return k > i && k < text.length ? k : -1;
}

/** `[…]` with brackets balanced inside (`[be[corp]]`), then an optional `:` and spaces. */
function bracketEnd(text: string, i: number, open: number, close: number): number {
  if (text.charCodeAt(i) !== open) return -1;
  let depth = 0;
  const limit = Math.min(text.length, i + MAX_COLUMN);
  for (let k = i; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === open) depth++;
    else if (c === close && --depth === 0) {
      if (k === i + 1) return -1;
      return textAfter(text, text.charCodeAt(k + 1) === 58 ? k + 2 : k + 1);
    }
  }
  return -1;
}

/** `<k3j4h5g6> `: a token in angle brackets without spaces. */
function angleEnd(text: string, i: number): number {
  if (text.charCodeAt(i) !== 60) return -1;
  const limit = Math.min(text.length, i + MAX_COLUMN);
  for (let k = i + 1; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 62) return k === i + 1 ? -1 : textAfter(text, k + 1);
    if (isSpace(c) || c === 60) return -1;
  }
  return -1;
}

/**
 * `name: ` with a name in lower case (`agent:`, `bt_hci_core:`) or capitals (`BGP:`), never a
 * capitalised word (`Installed:`, `Error:`), which more often opens the text.
 */
function tagEnd(text: string, i: number): number {
  const first = text.charCodeAt(i);
  if (!isUpper(first) && !isLower(first)) return -1;
  let lower = false;
  let other = false;
  const limit = Math.min(text.length, i + MAX_COLUMN);
  for (let k = i; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 58) {
      if (k === i || !isSpace(text.charCodeAt(k + 1))) return -1;
      // `Installed:` opens the text; `AMQ101000:`, `UI_COMMIT:` are message ids, part of it.
      if (isUpper(first) && (lower || other)) return -1;
      return textAfter(text, k + 1);
    }
    if (isLower(c)) lower = true;
    else if (isDigit(c) || c === 95 || c === 45 || c === 46 || c === 47) other = true;
    else if (!isUpper(c)) return -1;
  }
  return -1;
}

/** `7f3a9c7fe640 `, `1228  `: a decimal or hexadecimal id (a hexadecimal one with a digit). */
function idEnd(text: string, i: number): number {
  let digits = 0;
  let k = i;
  const limit = Math.min(text.length, i + 24);
  for (; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (isDigit(c)) digits++;
    else if (!((c >= 97 && c <= 102) || (c >= 65 && c <= 70))) break;
  }
  if (digits === 0 || k - i < (digits === k - i ? 1 : 4) || !isSpace(text.charCodeAt(k))) return -1;
  return textAfter(text, k);
}

/** `kernel  `, `ComApi          `: one word and two or more spaces, a column padded to its width. */
function paddedEnd(text: string, i: number): number {
  let k = i;
  const limit = Math.min(text.length, i + MAX_COLUMN);
  while (k < limit && !isSpace(text.charCodeAt(k))) k++;
  if (k === i || text.charCodeAt(k) !== 32 || text.charCodeAt(k + 1) !== 32) return -1;
  return textAfter(text, k);
}

/** Where the text goes on after a column of `shape` at `i`, or -1 when there is none there. */
export function columnEnd(text: string, i: number, shape: ColumnShape): number {
  switch (shape) {
    case 'bracket':
      return bracketEnd(text, i, 91, 93);
    case 'paren':
      return bracketEnd(text, i, 40, 41);
    case 'angle':
      return angleEnd(text, i);
    case 'tag':
      return tagEnd(text, i);
    case 'id':
      return idEnd(text, i);
    case 'padded':
      return paddedEnd(text, i);
  }
}

/**
 * The columns at the front of a source's messages: a shape that at least `MIN_SHARE` of them
 * (and `MIN_MESSAGES`) open with, holding two values or more, then the next one after it.
 */
export function learnColumns(messages: readonly string[]): ColumnShape[] {
  const columns: ColumnShape[] = [];
  if (messages.length < MIN_MESSAGES) return columns;
  const at = messages.map(() => 0);
  const needed = Math.max(MIN_MESSAGES, Math.ceil(MIN_SHARE * messages.length));
  while (columns.length < MAX_COLUMNS) {
    const shape = SHAPES.find((s) => sharedColumn(messages, at, s, needed));
    if (shape === undefined) break;
    columns.push(shape);
    for (let m = 0; m < messages.length; m++) {
      const end = columnEnd(messages[m] as string, at[m] as number, shape);
      if (end >= 0) at[m] = end;
    }
  }
  return columns;
}

function sharedColumn(
  messages: readonly string[],
  at: readonly number[],
  shape: ColumnShape,
  needed: number,
) {
  let count = 0;
  let first: string | undefined;
  let varies = false;
  for (let m = 0; m < messages.length; m++) {
    const text = messages[m] as string;
    const start = at[m] as number;
    const end = columnEnd(text, start, shape);
    if (end < 0) continue;
    count++;
    const value = text.slice(start, end).trimEnd();
    if (first === undefined) first = value;
    else if (value !== first) varies = true;
  }
  // A name the same on every line may be the text's own start (or a node's name the text keeps);
  // a process id is the same on every line of one process.
  return count >= needed && (varies || shape === 'id');
}

/**
 * The message past the learned `columns` it opens with, in order; the first that is not there ends
 * the header. The first column that names something (`[component]`, `tag:`) is the logger when the
 * line has none.
 */
export function skipColumns(
  message: string,
  columns: readonly ColumnShape[],
  named: { logger?: string | undefined },
): string {
  let i = 0;
  for (const shape of columns) {
    const end = columnEnd(message, i, shape);
    if (end < 0) break;
    if (named.logger === undefined && (shape === 'bracket' || shape === 'tag')) {
      const name = message
        .slice(shape === 'bracket' ? i + 1 : i, message.lastIndexOf(shape === 'bracket' ? ']' : ':', end))
        .trim();
      if (name.length > 0) named.logger = name;
    }
    i = end;
  }
  return i === 0 ? message : message.slice(i);
}
