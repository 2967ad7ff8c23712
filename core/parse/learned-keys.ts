/**
 * Keys and columns learned by value, for structured lines whose time, level or message sit under a
 * key no reader knows (JSON's `server_timestamp`, `log_message`; logfmt's `l=`), and for records
 * of quoted fields (`"Information","main","11/27/26","16:40:05",,"text"`), which no reader splits.
 * Elastic's text-structure finder learns NDJSON and delimited files so: by the values the sample's
 * lines hold under each key or column, never by one line (core/parse/README.md, "Keys and columns
 * learned by value"). A sample line is a record: its `fields` as the JSON and logfmt readers left
 * them, or its columns by position (`"0"`, `"1"`, …).
 *
 * - **Presence**: a key counts only on at least `MIN_AGREEMENT` of the records (a `"status":"error"`
 *   on the failing requests only is no level key).
 * - **Time**: its value reads as a timestamp on `MIN_AGREEMENT` of the records, written with a time of
 *   day, or as an epoch under a name hinting time; a time of day alone is joined to the key before it
 *   when that holds a date the two read together (`"11/27/26","16:40:05"`); its values advance with
 *   the lines and lie no later than a day after receipt (`isEventTime`: `created_at` is no time).
 * - **Level**: a level word of three letters or more on `MIN_AGREEMENT` of the records, with two
 *   distinct levels or a name hinting level; never a key naming an outcome (`status`, `result`), nor
 *   one holding a single level at WARN or above (a label); a data word (`alert`, `inf`) only under a
 *   key named for a level. Numbers are no levels: their scale is unknown.
 * - **Message**: a JSON or logfmt text key named for a message; of columns, which have no names, the
 *   one holding free text (a space in most values) that is longest on average.
 */

import { MIN_AGREEMENT } from './agreement.ts';
import { isLetter, isLower, isUpper } from './calendar.ts';
import { isSevereLabel, type Level, levelSpelling } from './levels.ts';
import { newLine } from './line.ts';
import { isPlausibleStampTime, parseAnyTimestamp } from './timestamp-shapes.ts';
import { parseTimestampValue, type TimeContext } from './timestamps.ts';
import type { ParsedLine } from './types.ts';

/** What a source's sample taught: the key (or column) of each role, or undefined for none. */
export interface LearnedKeys {
  readonly time: string | undefined;
  /** A key holding the date the time key's time of day belongs to. */
  readonly date: string | undefined;
  readonly level: string | undefined;
  readonly message: string | undefined;
  /** For records of quoted fields: their number of columns; undefined for JSON and logfmt. */
  readonly columns: number | undefined;
  /** The keys, said in words for a user (`ParsedLine.structure`). */
  readonly description: string;
}

/** A sample line as a record: its keys (or columns) and their values. */
export type KeyedRecord = Readonly<Record<string, unknown>>;

/** Which roles the readers left empty on most of the sample's lines: only those are learned. */
export interface OpenRoles {
  readonly time: boolean;
  readonly level: boolean;
  readonly message: boolean;
}

/** Fewest records a role is learned from: a short sample proves nothing. */
export const MIN_RECORDS = 4;

/**
 * Most keys (the first present, in their order) or columns a role is looked for among: a log
 * record's time, level and message come early, and learning costs a reading per key and record.
 */
export const MAX_KEYS = 64;

/** A key's last word (`server_timestamp`, `logMessage`, `event.level`), in lower case. */
function lastWord(key: string): string {
  let start = key.length;
  while (start > 0) {
    const c = key.charCodeAt(start - 1);
    if (!isLetter(c)) break;
    start--;
    // camelCase: an upper-case letter after a lower-case one begins the last word.
    if (isUpper(c) && start > 0 && isLower(key.charCodeAt(start - 1))) break;
  }
  return key.slice(start).toLowerCase();
}

const TIME_WORDS: ReadonlySet<string> = new Set([
  'time',
  'timestamp',
  'ts',
  't',
  'date',
  'datetime',
  'stamp',
  'clock',
  'when',
  'at',
  'created',
]);
const LEVEL_WORDS: ReadonlySet<string> = new Set([
  'level',
  'lvl',
  'loglevel',
  'severity',
  'sev',
  'priority',
  'prio',
  'l',
]);
const MESSAGE_WORDS: ReadonlySet<string> = new Set([
  'm',
  'msg',
  'message',
  'text',
  'body',
  'description',
  'desc',
  'summary',
]);
/** Keys naming an outcome: their `error`/`warning` is a result's, not the line's level. */
const OUTCOME_KEYS: ReadonlySet<string> = new Set(['status', 'result', 'outcome', 'state', 'code']);
/** Level spellings that are also outcomes or kinds (`success`, `fail`, `http`): no level by value. */
const OUTCOME_WORDS: ReadonlySet<string> = new Set(['success', 'fail', 'http', 'config']);
/** A time of day alone: `16:40:05`, `9:15`, `16:40:05.123`. */
const TIME_OF_DAY = /^\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?$/;

/**
 * Level spellings that name other things as data (a notification's `alert`, a record's `trace`, a
 * number's `inf`, a quality's `fine`, a package's `deb`): a level only under a key named for one.
 */
const KIND_WORDS: ReadonlySet<string> = new Set([
  'alert',
  'panic',
  'trace',
  'fine',
  'finer',
  'inf',
  'deb',
  'verb',
  'silly',
  'crt',
]);

/** The level a value spells as a level word of three letters or more, or undefined. */
function valueLevel(value: unknown): Level | undefined {
  if (typeof value !== 'string' || value.length < 3 || value.length > 13) return undefined;
  const level = levelSpelling(value);
  return level === undefined || OUTCOME_WORDS.has(value.toLowerCase()) ? undefined : level;
}

/** The level `key`'s value spells (`valueLevel`); a word of `KIND_WORDS` only under a key named for a level. */
function keyLevel(key: string, value: unknown): Level | undefined {
  const level = valueLevel(value);
  if (level === undefined || LEVEL_WORDS.has(lastWord(key))) return level;
  return KIND_WORDS.has((value as string).toLowerCase()) ? undefined : level;
}

/**
 * The instant a value under a time key holds, or NaN: written with a time of day, or an epoch under
 * a key named for time; 2000 up to 2100 only (a `timeout` of 30 is no instant).
 */
function valueTime(key: string, value: unknown, ctx: TimeContext): number {
  let ms = Number.NaN;
  if (typeof value === 'number')
    ms = TIME_WORDS.has(lastWord(key)) ? parseTimestampValue(value, ctx) : Number.NaN;
  else if (typeof value === 'string' && value.length >= 5 && value.length <= 64) {
    if (value.indexOf(':') >= 0 || TIME_WORDS.has(lastWord(key))) ms = parseAnyTimestamp(value, ctx);
  }
  return isPlausibleStampTime(ms) ? ms : Number.NaN;
}

/** The keys present on enough of `records`, in the order the first record that has them lists them. */
function presentKeys(records: readonly KeyedRecord[]): string[] {
  const counts = new Map<string, number>();
  for (const record of records) {
    for (const key in record) {
      const value = record[key];
      if (value === undefined || value === null || value === '') continue;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const keys: string[] = [];
  for (const [key, n] of counts) if (n >= MIN_AGREEMENT * records.length) keys.push(key);
  return keys;
}

/** True when `test` holds on `MIN_AGREEMENT` of the records. */
function mostHold(records: readonly KeyedRecord[], test: (record: KeyedRecord) => boolean): boolean {
  let n = 0;
  for (const record of records) if (test(record)) n++;
  return n >= MIN_AGREEMENT * records.length;
}

/** The time key and the date key before it, if any. */
function learnTime(
  records: readonly KeyedRecord[],
  keys: readonly string[],
  ctx: TimeContext,
): { time: string; date: string | undefined } | undefined {
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as string;
    const before = keys[k - 1];
    const timeOfDay = mostHold(records, (r) => typeof r[key] === 'string' && TIME_OF_DAY.test(r[key]));
    if (timeOfDay && before !== undefined) {
      const dated = isEventTime(records, (r) => valueTime(key, joinDate(r[before], r[key]), ctx), ctx);
      if (dated) return { time: key, date: before };
    }
    if (!timeOfDay && isEventTime(records, (r) => valueTime(key, r[key], ctx), ctx))
      return { time: key, date: undefined };
  }
  return undefined;
}

/** How far a line's time may go back from the line before's and still be in order (threads, buffers). */
const BACK_STEP_MS = 60_000;
/** How far after its receipt a line's time may lie (clocks and zones that disagree). */
const AHEAD_MS = 86_400_000;

/**
 * True when the instants `read` gives read on `MIN_AGREEMENT` of the records and are an event's time:
 * they advance with the lines (`MIN_AGREEMENT` of the steps between lines that read go forward or back
 * no more than `BACK_STEP_MS`) and lie no later than a day after receipt. A record's own dates
 * (`created_at` of the accounts a job lists, `last_login`, `expires`) jump about or lie ahead.
 */
function isEventTime(
  records: readonly KeyedRecord[],
  read: (record: KeyedRecord) => number,
  ctx: TimeContext,
): boolean {
  let timed = 0;
  let steps = 0;
  let inOrder = 0;
  let last = Number.NaN;
  const latest = Number.isFinite(ctx.receivedAt) ? ctx.receivedAt + AHEAD_MS : Number.POSITIVE_INFINITY;
  for (const record of records) {
    const ms = read(record);
    if (Number.isNaN(ms) || ms > latest) continue;
    timed++;
    if (!Number.isNaN(last)) {
      steps++;
      if (ms >= last - BACK_STEP_MS) inOrder++;
    }
    last = ms;
  }
  return timed >= MIN_AGREEMENT * records.length && inOrder >= MIN_AGREEMENT * steps;
}

/** A date and a time of day as one text, or undefined when the date is not text without a time. */
function joinDate(date: unknown, time: unknown): string | undefined {
  if (typeof date !== 'string' || typeof time !== 'string' || date.indexOf(':') >= 0) return undefined;
  return `${date} ${time}`;
}

function learnLevel(records: readonly KeyedRecord[], keys: readonly string[]): string | undefined {
  for (const key of keys) {
    if (OUTCOME_KEYS.has(lastWord(key))) continue;
    const levels = new Set<Level>();
    const held = mostHold(records, (r) => {
      const level = keyLevel(key, r[key]);
      if (level !== undefined) levels.add(level);
      return level !== undefined;
    });
    if (!held || isSevereLabel(levels)) continue;
    if (levels.size >= 2 || LEVEL_WORDS.has(lastWord(key))) return key;
  }
  return undefined;
}

/**
 * The message key: of the text keys named for a message (for columns, which have no names: holding
 * free text, a space in most values), the one whose text is longest; never one holding level words
 * (OpenTelemetry's `severity_text`). A named key's free text is not enough: a JSON access log's
 * `user_agent` is no message.
 */
function learnMessage(
  records: readonly KeyedRecord[],
  keys: readonly string[],
  named: boolean,
): string | undefined {
  let best: string | undefined;
  let longest = 0;
  for (const key of keys) {
    if (named && !MESSAGE_WORDS.has(lastWord(key))) continue;
    const text = (r: KeyedRecord): string | undefined => {
      const value = r[key];
      return typeof value === 'string' ? value : undefined;
    };
    if (!mostHold(records, (r) => text(r) !== undefined)) continue;
    if (!named && !mostHold(records, (r) => (text(r)?.indexOf(' ') ?? -1) > 0)) continue;
    if (mostHold(records, (r) => valueLevel(r[key]) !== undefined)) continue;
    let total = 0;
    for (const record of records) total += text(record)?.length ?? 0;
    if (total > longest) {
      longest = total;
      best = key;
    }
  }
  return best;
}

/**
 * The keys of the roles `open` names, learned from `records` (module comment); undefined when none
 * was learned. `columns` is the records' column count for records of quoted fields.
 */
export function learnKeys(
  records: readonly KeyedRecord[],
  open: OpenRoles,
  ctx: TimeContext,
  columns?: number,
): LearnedKeys | undefined {
  if (records.length < MIN_RECORDS) return undefined;
  const keys = presentKeys(records).slice(0, MAX_KEYS);
  const found = open.time ? learnTime(records, keys, ctx) : undefined;
  const taken = new Set([found?.time, found?.date]);
  const level = open.level
    ? learnLevel(
        records,
        keys.filter((k) => !taken.has(k)),
      )
    : undefined;
  taken.add(level);
  const message = open.message
    ? learnMessage(
        records,
        keys.filter((k) => !taken.has(k)),
        columns === undefined,
      )
    : undefined;
  if (found === undefined && level === undefined && message === undefined) return undefined;
  const said = [
    found === undefined
      ? ''
      : `time ${found.date === undefined ? '' : `${name(found.date, columns)} + `}${name(found.time, columns)}`,
    level === undefined ? '' : `level ${name(level, columns)}`,
    message === undefined ? '' : `message ${name(message, columns)}`,
  ].filter((s) => s !== '');
  return {
    time: found?.time,
    date: found?.date,
    level,
    message,
    columns,
    description: `${columns === undefined ? 'keys' : `${columns} quoted columns`} learned by value: ${said.join(', ')}`,
  };
}

function name(key: string, columns: number | undefined): string {
  return columns === undefined ? key : `column ${Number(key) + 1}`;
}

/**
 * Reads the roles a line's readers left empty from the learned keys of its `record` (`line.fields`
 * for JSON and logfmt), and returns the keys it read (none: an empty list); a key read leaves
 * `fields`. With `whole`, the record's roles replace the readers' (a record of quoted fields, which no
 * reader splits), and `fields` is left to the caller.
 */
export function readKeys(
  line: ParsedLine,
  record: KeyedRecord,
  keys: LearnedKeys,
  ctx: TimeContext,
  whole: boolean,
): string[] {
  const read: string[] = [];
  if (keys.time !== undefined && (whole || line.timestampText === undefined)) {
    const text = keys.date === undefined ? record[keys.time] : joinDate(record[keys.date], record[keys.time]);
    const ms = valueTime(keys.time, text, ctx);
    if (!Number.isNaN(ms)) {
      line.timestamp = ms;
      line.timestampText = String(text);
      read.push(keys.time);
      if (keys.date !== undefined) read.push(keys.date);
    }
  }
  if (keys.level !== undefined && (whole || line.level === undefined)) {
    const level = keyLevel(keys.level, record[keys.level]);
    if (level !== undefined) {
      line.level = level;
      read.push(keys.level);
    }
  }
  if (keys.message !== undefined && (whole || line.message === '')) {
    const message = record[keys.message];
    if (typeof message === 'string') {
      line.message = message;
      read.push(keys.message);
    }
  }
  if (read.length === 0) return read;
  line.structure = keys.description;
  if (!whole) for (const key of read) delete line.fields[key];
  return read;
}

/**
 * The fields of a record of quoted fields (`"a","b",,"c"`, also `;` or a tab between them), or
 * undefined when the line is not one: it opens with a quote, every field is quoted or empty or a
 * token with no quote in it, and at least three fields, at most `MAX_KEYS` (wider is a data row).
 */
export function splitQuotedRecord(raw: string): string[] | undefined {
  if (raw.charCodeAt(0) !== 34) return undefined;
  const end = closingQuote(raw, 1);
  if (end < 0) return undefined;
  const delimiter = raw.charCodeAt(end + 1);
  if (delimiter !== 44 && delimiter !== 59 && delimiter !== 9) return undefined;
  const out: string[] = [];
  let i = 0;
  for (;;) {
    if (raw.charCodeAt(i) === 34) {
      const close = closingQuote(raw, i + 1);
      if (close < 0) return undefined;
      out.push(raw.slice(i + 1, close).replaceAll('""', '"'));
      i = close + 1;
    } else {
      let j = i;
      while (j < raw.length && raw.charCodeAt(j) !== delimiter) {
        if (raw.charCodeAt(j) === 34) return undefined;
        j++;
      }
      out.push(raw.slice(i, j).trim());
      i = j;
    }
    if (i >= raw.length) break;
    if (raw.charCodeAt(i) !== delimiter || out.length >= MAX_KEYS) return undefined;
    i++;
  }
  return out.length >= 3 ? out : undefined;
}

/** The quote closing a quoted field opened before `i` (`""` is a quote inside it), or -1. */
function closingQuote(raw: string, i: number): number {
  for (; i < raw.length; i++) {
    if (raw.charCodeAt(i) !== 34) continue;
    if (raw.charCodeAt(i + 1) === 34) {
      i++;
      continue;
    }
    return i;
  }
  return -1;
}

/** A record's columns keyed by position, as `learnKeys` and `readKeys` take them. */
export function columnRecord(fields: readonly string[]): KeyedRecord {
  const record: Record<string, string> = {};
  for (let k = 0; k < fields.length; k++) record[String(k)] = fields[k] as string;
  return record;
}

/** The column count most records have. */
export function mostColumns(records: readonly string[][]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let most = 0;
  for (const record of records) {
    const n = (counts.get(record.length) ?? 0) + 1;
    counts.set(record.length, n);
    if (n > most) {
      most = n;
      best = record.length;
    }
  }
  return best;
}

/**
 * A record of quoted fields of the source's learned column count, read whole through its learned
 * columns (`readKeys`); the roles it learned no column for keep the readers' reading (`fixed`), and
 * the columns not read go to `fields.columns`. Undefined when the line is no such record, or when
 * the readers read its time, level and message as the columns do.
 */
export function readQuotedRecord(
  raw: string,
  fixed: ParsedLine | undefined,
  keys: LearnedKeys,
  ctx: TimeContext,
): ParsedLine | undefined {
  const fields = splitQuotedRecord(raw);
  if (fields === undefined || fields.length !== keys.columns) return undefined;
  const line = newLine('learned', fixed?.message ?? raw);
  line.level = fixed?.level;
  line.timestamp = fixed?.timestamp;
  line.timestampText = fixed?.timestampText;
  const read = readKeys(line, columnRecord(fields), keys, ctx, true);
  // A record whose learned time column does not read is not of the learned shape (its columns shifted).
  if (read.length === 0 || (keys.time !== undefined && !read.includes(keys.time))) return undefined;
  // The learned level column is the record's level place: empty or no level word, the record has no
  // level (a text's `fatal:` is no level of it).
  if (keys.level !== undefined && !read.includes(keys.level)) line.level = undefined;
  // Where the readers read the same, their reading stands (hMailServer's tab columns, learned).
  if (
    fixed !== undefined &&
    fixed.timestamp === line.timestamp &&
    fixed.level === line.level &&
    fixed.message.trim() === line.message.trim()
  )
    return undefined;
  // The columns read leave the record; a learned column that did not read stays (`"Audit"` in the level's).
  const rest = fields.filter((_, k) => !read.includes(String(k)));
  if (rest.length > 0) line.fields.columns = rest;
  return line;
}
