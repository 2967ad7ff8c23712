/**
 * The time of a line that writes it only in the JSON metadata closing it: winston's `simple()`
 * format after `timestamp()` (logform's `simple.js` prints `${level}: ${message} ${rest}`, the rest
 * every other key of the record as JSON, key order sorted, among them the `timestamp` that logform's
 * `timestamp()` adds): `info: Server is listening on port 3000 {"timestamp":"2026-11-30 13:02:06"}`.
 */
import { trailStart } from './columns.ts';
import { isJsonObject } from './json-object.ts';
import { parseAnyTimestamp } from './timestamp-shapes.ts';
import type { TimeContext } from './timestamps.ts';
import type { ParsedLine } from './types.ts';

/** A four-digit year standing apart: a value that writes its date, not a time of day alone. */
const WRITTEN_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;

/**
 * For a line with a level and no time: the `timestamp` key of the JSON object closing its message
 * (or kept as its learned `fields.context`), where it is a string that reads as a date and time.
 * The object leaves the message for `fields.context`, as a learned context column does. A key of
 * an object in the middle of the text, a value that is no time, or a time of day with no date (it
 * would be dated from the line's arrival) leave the line as it was.
 */
export function takeMetadataTime(line: ParsedLine, ctx: TimeContext): void {
  const kept = line.fields.context;
  const message = line.message;
  const start = typeof kept === 'string' ? -1 : trailStart(message, message.length, 'context');
  const json = typeof kept === 'string' ? kept : start < 0 ? '' : message.slice(start + 1);
  if (json.charCodeAt(0) !== 123) return;
  const value = timestampKey(json);
  if (value === undefined || !WRITTEN_YEAR.test(value)) return;
  const ms = parseAnyTimestamp(value, ctx);
  if (Number.isNaN(ms)) return;
  line.timestamp = ms;
  line.timestampText = value;
  if (start < 0) return;
  line.message = message.slice(0, start).trimEnd();
  line.fields.context = json;
}

/** The string value of an object's `timestamp` key, the object given as JSON text; else undefined. */
function timestampKey(json: string): string | undefined {
  if (!json.includes('"timestamp"')) return undefined;
  try {
    const record: unknown = JSON.parse(json);
    if (!isJsonObject(record)) return undefined;
    const value = record.timestamp;
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}
