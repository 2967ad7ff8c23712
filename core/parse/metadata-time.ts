/**
 * The time of a line that writes it only in the metadata closing it. As JSON: winston's `simple()`
 * format after `timestamp()` (logform's `simple.js` prints `${level}: ${message} ${rest}`, the rest
 * every other key of the record as JSON, key order sorted, among them the `timestamp` that logform's
 * `timestamp()` adds): `info: Server is listening on port 3000 {"timestamp":"2026-11-30 13:02:06"}`;
 * zap's console encoder with no time key and the time added as a field (`zap.Time("ts", …)`: its
 * context JSON closes the line, `info\ttext\t{"source": "d1", "ts": "2026-11-29T10:00:00.512Z"}`, or
 * epoch seconds as a float under zap's default `EpochTimeEncoder`). As `key=value` pairs: Mozilla's
 * request summary, which kinto.core (cliquet before it) binds as `time=isotimestamp, code=…, t=…`
 * and logging_color_formatter, Kinto's default, prints sorted by key after the event:
 * `"GET   /v1/batch?" 200 (61 ms)  agent=… rid=… time=2026-11-30T07:58:27.636000 uid=maria.k`.
 */
import { trailStart } from './columns.ts';
import { closingPairsFrom } from './formats/logfmt.ts';
import { ROLE_KEYS } from './formats/roles.ts';
import { isJsonObject } from './json-object.ts';
import { isInAcceptedWindow, parseAnyTimestamp } from './timestamp-shapes.ts';
import { parseTimestampValue, type TimeContext } from './timestamps.ts';
import type { ParsedLine } from './types.ts';

/** A four-digit year standing apart: a value that writes its date, not a time of day alone. */
const WRITTEN_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;
/** A clock (`13:02`): a value that writes its time of day, not a date alone. */
const WRITTEN_CLOCK = /\d:\d\d/;

/**
 * For a line with a level and no time: the first logger time key (`LOGGER_TIME_KEYS`, in their
 * order: `@timestamp`, `timestamp`, `time`, `ts`, `@t`) of the JSON object closing its message (or kept as
 * its learned `fields.context`) whose value is a full date and time: text with a year and a clock,
 * or zap's epoch seconds under `ts` inside the window the document layer accepts
 * (`isInAcceptedWindow`). The object leaves the message for `fields.context`, as a learned context
 * column does. A key of an object in the middle of the text, a value that is no time (`"ts": 3`,
 * a duration), a date or a time of day alone (it would be dated from the line's arrival) leave the
 * line as it was.
 */
export function takeMetadataTime(line: ParsedLine, ctx: TimeContext): void {
  const kept = line.fields.context;
  const message = line.message;
  const start = typeof kept === 'string' ? -1 : trailStart(message, message.length, 'context');
  const json = typeof kept === 'string' ? kept : start < 0 ? '' : message.slice(start + 1);
  if (json.charCodeAt(0) !== 123) return;
  if (!closingTime(json, ctx)) return;
  line.timestamp = found.ms;
  line.timestampText = found.text;
  if (start < 0) return;
  line.message = message.slice(0, start).trimEnd();
  line.fields.context = json;
}

/**
 * For a line with no time: the first logger time key (`LOGGER_TIME_KEYS`, in their order) standing
 * outside quotes among the `key=value` pairs that close its message (pairs only from that key to
 * the end: `… rid=… time=2026-11-30T07:58:27.636000 uid=maria.k`) whose value is a full date and
 * time, a year and a clock (`dateTimeOf`). The pairs stay in the message, where no reader took
 * them. A time key whose value is no date and time (`took time=3s`, a time of day alone), or
 * before a word that is no pair, leaves the line as it was.
 */
export function takeClosingPairsTime(line: ParsedLine, ctx: TimeContext): void {
  const message = line.message;
  if (message.indexOf('=') < 0) return;
  for (const key of LOGGER_TIME_KEYS) {
    const value = closingPairsFrom(message, key)?.[key];
    const ms = dateTimeOf(value, key, ctx);
    if (Number.isNaN(ms)) continue;
    line.timestamp = ms;
    line.timestampText = String(value);
    return;
  }
}

/**
 * The keys of `ROLE_KEYS.timestamp` a logger names its own time with, in their order. In a closing
 * context a `date`, `datetime`, `eventtime` or `t` is as often the record's own (an order's, a
 * booking's, an event's it reports) and would date the line silently.
 */
const LOGGER_TIME_KEYS = ROLE_KEYS.timestamp.filter((key) =>
  ['@timestamp', 'timestamp', 'time', 'ts', '@t'].includes(key),
);

/** The time `closingTime` found last, and its value as written. */
const found = { ms: 0, text: '' };

/** True when an object given as JSON text has a time key holding a full date and time (into `found`). */
function closingTime(json: string, ctx: TimeContext): boolean {
  let record: unknown;
  try {
    record = JSON.parse(json);
  } catch {
    return false;
  }
  if (!isJsonObject(record)) return false;
  for (const key of LOGGER_TIME_KEYS) {
    const value = record[key];
    const ms = dateTimeOf(value, key, ctx);
    if (Number.isNaN(ms)) continue;
    found.ms = ms;
    found.text = String(value);
    return true;
  }
  return false;
}

/**
 * The instant a value under `key` names as a full date and time (`takeMetadataTime`), else NaN: text
 * with a year and a clock, or, under zap's `ts`, epoch seconds with their fraction as zap's default
 * `EpochTimeEncoder` writes a `zap.Time` field (a whole number is as likely a count or an id).
 */
function dateTimeOf(value: unknown, key: string, ctx: TimeContext): number {
  if (typeof value === 'string')
    return WRITTEN_YEAR.test(value) && WRITTEN_CLOCK.test(value) ? parseAnyTimestamp(value, ctx) : Number.NaN;
  if (key !== 'ts' || typeof value !== 'number' || Number.isInteger(value)) return Number.NaN;
  const ms = parseTimestampValue(value, ctx);
  return isInAcceptedWindow(ms, ctx) ? ms : Number.NaN;
}
