import type { Level } from './levels.ts';
import { parseAnyTimestamp } from './timestamp-shapes.ts';
import type { TimeContext } from './timestamps.ts';
import type { ParsedLine } from './types.ts';

/** A ParsedLine with every property present, so all lines share one object shape. */
export function newLine(format: string, message: string): ParsedLine {
  return {
    format,
    timestamp: undefined,
    timestampText: undefined,
    level: undefined as Level | undefined,
    message,
    logger: undefined,
    host: undefined,
    service: undefined,
    fields: {},
    parseFailed: false,
    parseError: undefined,
  };
}

/**
 * Adds header columns a reader stepped over to `fields.header_columns`, after any an earlier reader
 * kept there: in the order the line wrote them, none dropped.
 */
export function appendHeaderColumns(line: ParsedLine, columns: string): void {
  const kept = line.fields.header_columns;
  line.fields.header_columns = kept === undefined || kept === '' ? columns : `${String(kept)} ${columns}`;
}

/** Removes `value` from the columns `fields.header_columns` keeps, where it is one of them. */
export function dropHeaderColumn(line: ParsedLine, value: string): void {
  const kept = line.fields.header_columns;
  if (typeof kept !== 'string') return;
  const columns = kept.split(' ');
  const at = columns.indexOf(value);
  if (at < 0) return;
  columns.splice(at, 1);
  if (columns.length > 0) line.fields.header_columns = columns.join(' ');
  else delete line.fields.header_columns;
}

/**
 * True when `line.fields[key]` is unset or holds `value` already: a reader that would cut a value
 * from the text writes it only there, and otherwise leaves the text as it was.
 */
export function isFieldFree(line: ParsedLine, key: string, value: unknown): boolean {
  const held = line.fields[key];
  return held === undefined || held === value;
}

/**
 * True when `line`'s message opens in `raw` right after its time and `separator` (`': '`, `':'`):
 * the place a reader of what opens the message after the time (`short-level.ts`,
 * `formats/caller-letter.ts`) looks for its mark.
 */
export function followsTimeAndSeparator(line: ParsedLine, raw: string, separator: string): boolean {
  const time = line.timestampText;
  if (time === undefined || !raw.endsWith(line.message)) return false;
  const at = raw.length - line.message.length - separator.length;
  return raw.startsWith(separator, at) && raw.startsWith(time, at - time.length);
}

/** A line no format recognised: kept whole, flagged. */
export function plainLine(raw: string, parseError?: string): ParsedLine {
  const line = newLine('plain', raw);
  line.parseFailed = true;
  line.parseError = parseError;
  return line;
}

/**
 * Sets the line's timestamp from its text. A timestamp that cannot be read keeps the event (the
 * ingest falls back to the received time) and says so in `parseError`.
 */
export function setTimestampText(line: ParsedLine, text: string, ctx: TimeContext): void {
  line.timestampText = text;
  const ms = parseAnyTimestamp(text, ctx);
  if (Number.isNaN(ms)) line.parseError = `unparseable timestamp: ${clip(text)}`;
  else line.timestamp = ms;
}

/** Text short enough to quote in an error. */
export function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * A process or thread id as written: a number when it is all digits, else the text. The number is
 * summed while the digits are checked (exact: 15 digits stay below 2^53), not read again by `Number`.
 */
export function idValue(text: string): number | string {
  if (text.length === 0 || text.length > 15) return text;
  let value = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return text;
    value = value * 10 + (c - 48);
  }
  return value;
}
