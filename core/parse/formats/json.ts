import { isLetter } from '../calendar.ts';
import { isJsonObject, type JsonObject, putField } from '../json-object.ts';
import {
  funcrLevel,
  type Level,
  logMethodLevel,
  monologLevel,
  nextcloudLevel,
  normaliseLevel,
  onsSeverityLevel,
} from '../levels.ts';
import { clip, newLine } from '../line.ts';
import { parseAnyTimestamp } from '../timestamp-shapes.ts';
import { parseTimestampValue, type TimeContext } from '../timestamps.ts';
import type { ParsedLine } from '../types.ts';
import { LETTER_MARK_CHARS, parenthesisedLetterLevel } from './letter-mark.ts';
import { readLoosePairs } from './loose-json.ts';
import { isOtelRecord, takeOtelRecord } from './otel-record.ts';
import { NESTED_ROLES, ROLE_KEYS, ROLE_OF, ROLES, type Role, type RoleRank, roleOf } from './roles.ts';
import { unwrapSerializedRecord } from './serialized-record.ts';
import { isSyslogFacility } from './syslog.ts';

type Obj = JsonObject;

function accepts(role: Role, v: unknown): boolean {
  if (typeof v === 'string') return true;
  if (role === 'timestamp' && isJsonObject(v)) return timeInObject(v) !== undefined;
  return typeof v === 'number' && (role === 'timestamp' || role === 'level');
}

/**
 * A time written as an object: MongoDB Extended JSON's `{"$date": …}` (text, epoch ms, or
 * `{"$numberLong": "…"}`), protobuf's `{"seconds": …, "nanos": …}` (Google Cloud's `timestamp`)
 * and Jackson's `java.time.Instant` (`{"epochSecond": …, "nanoOfSecond": …}`, log4j 2's
 * `instant`). Epoch values come back in milliseconds, nanoseconds cut.
 */
function timeInObject(v: Obj): string | number | undefined {
  const date = v.$date;
  if (typeof date === 'string' || typeof date === 'number') return date;
  if (isJsonObject(date) && typeof date.$numberLong === 'string') return Number(date.$numberLong);
  if (isInstant(v)) return (v.epochSecond as number) * 1000 + Math.floor((v.nanoOfSecond as number) / 1e6);
  const seconds = typeof v.seconds === 'string' ? Number(v.seconds) : v.seconds;
  if (typeof seconds === 'number' && Number.isFinite(seconds)) {
    const nanos = typeof v.nanos === 'number' ? v.nanos : 0;
    return seconds * 1000 + Math.floor(nanos / 1e6);
  }
  return undefined;
}

/** Ten-digit epoch seconds (September 2001 to 2286): a log record's time, not a small count. */
const EARLIEST_EPOCH_SECOND = 1e9;
const EPOCH_SECOND_END = 1e10;

/** An integer count of seconds since the epoch in `EARLIEST_EPOCH_SECOND`'s range. */
function isEpochSecond(v: unknown): v is number {
  return (
    Number.isSafeInteger(v) && (v as number) >= EARLIEST_EPOCH_SECOND && (v as number) < EPOCH_SECOND_END
  );
}

/** Jackson's form of a `java.time.Instant`: exactly an `epochSecond` of a log's era and a `nanoOfSecond` below a second. */
function isInstant(v: unknown): boolean {
  if (!isJsonObject(v) || Object.keys(v).length !== 2) return false;
  const { epochSecond, nanoOfSecond } = v;
  return (
    isEpochSecond(epochSecond) &&
    Number.isSafeInteger(nanoOfSecond) &&
    (nanoOfSecond as number) >= 0 &&
    (nanoOfSecond as number) < 1e9
  );
}

/**
 * The time key of log4j 2's `JsonLayout` record: `instant` (2.11 on, an `Instant` as Jackson writes
 * it) or `timeMillis` (before 2.11, or `includeTimeMillis`: epoch milliseconds). `timeMillis` counts
 * only beside the layout's own `thread`, `level` and `loggerName`, and only as whole milliseconds of
 * a log's era: elsewhere, or smaller, it is as likely a duration an application logs.
 */
function log4jTimeKey(obj: Obj): 'instant' | 'timeMillis' | undefined {
  if (isInstant(obj.instant)) return 'instant';
  const isLayoutRecord = ['thread', 'level', 'loggerName'].every((key) => Object.hasOwn(obj, key));
  const millis = obj.timeMillis;
  return isLayoutRecord &&
    Number.isSafeInteger(millis) &&
    isEpochSecond(Math.floor((millis as number) / 1000))
    ? 'timeMillis'
    : undefined;
}

/** syslog's highest severity number (debug): a numeric level above it is on pino's and bunyan's scale. */
const HIGHEST_SYSLOG_SEVERITY = 7;
const TIMESTAMP = ROLES.indexOf('timestamp');
const LEVEL = ROLES.indexOf('level');
const MESSAGE = ROLES.indexOf('message');
const LOGGER = ROLES.indexOf('logger');
const SERVICE = ROLES.indexOf('service');
const HOST = ROLES.indexOf('host');
/**
 * Behind every key of `ROLE_KEYS.timestamp`: a record's own time key read only in its record (log4j
 * 2's `instant` and `timeMillis`, go-ns's `created`) yields to any of them.
 */
const RECORD_TIME: RoleRank = { role: 'timestamp', index: TIMESTAMP, rank: ROLE_KEYS.timestamp.length };

// Best candidate per role (by index in ROLES) for the line being parsed, and where it came from.
const value: unknown[] = ROLES.map(() => undefined);
const rank: number[] = ROLES.map(() => 0);
const fromKey: Array<string | undefined> = ROLES.map(() => undefined);
const fromLeaf: Array<string | undefined> = ROLES.map(() => undefined);

function reset(): void {
  for (let r = 0; r < ROLES.length; r++) {
    fromKey[r] = undefined;
    value[r] = undefined;
    rank[r] = Number.MAX_SAFE_INTEGER;
  }
}

function offer(rr: RoleRank, v: unknown, key: string, leaf: string | undefined): void {
  const r = rr.index;
  if (rr.rank >= (rank[r] as number)) {
    if (r !== LEVEL || !namesOverNumber(v, rr.rank, value[r])) return;
  } else if (r === LEVEL && namesOverNumber(value[r], rank[r] as number, v)) return;
  if (!accepts(rr.role, v)) return;
  rank[r] = rr.rank;
  value[r] = v;
  fromKey[r] = key;
  fromLeaf[r] = leaf;
}

/** Ranks of the level keys that name the level beside its number (Monolog's `level_name`). */
const LEVEL_NAME_RANKS: ReadonlySet<number> = new Set(
  ['levelname', 'level_name'].map((key) => ROLE_OF.get(key)?.rank ?? -1),
);

/**
 * True when `name`, under a key of `nameRank`, is the name of the level that `number` numbers: a line
 * that writes its level both ways (Monolog's `"level":200,"level_name":"INFO"`) is read by the name,
 * which carries its own scale. Only under a key saying so: another level key holding a word beside a
 * number (a finding's `"severity":"critical"` in a pino record at 30) is ranked as before, and a
 * name is a word (`"1"` is a number written as text).
 */
function namesOverNumber(name: unknown, nameRank: number, number: unknown): boolean {
  return (
    typeof number === 'number' &&
    LEVEL_NAME_RANKS.has(nameRank) &&
    typeof name === 'string' &&
    isLetter(name.charCodeAt(0)) &&
    normaliseLevel(name) !== undefined
  );
}

/** Monolog's record keys beside its level (`isMonologRecord`), made once: every numeric level asks. */
const MONOLOG_KEYS = ['channel', 'datetime', 'context', 'extra'];

/**
 * True when `obj` has the keys of Monolog's record (PHP; `LogRecord::toArray()`, as its
 * `JsonFormatter` writes it for Symfony and Laravel apps) beside its `level`: `channel`, `datetime`,
 * `context` and `extra`. Its level numbers (`monologLevel`) are read only then: alone, 100 may as
 * well be log4j's `intLevel` FATAL, and a chat's or a game's record has a channel, a date and a level
 * of its own (`"level":500`).
 */
function isMonologRecord(obj: Obj): boolean {
  return MONOLOG_KEYS.every((key) => Object.hasOwn(obj, key));
}

/** The request keys of Nextcloud's and ownCloud's record, of which its signature wants one. */
const NEXTCLOUD_REQUEST_KEYS = ['remoteAddr', 'url', 'method', 'user', 'version'];

/**
 * True when `obj` is Nextcloud's or ownCloud's log record (`data/nextcloud.log`, `owncloud.log`) with
 * its number under `level`: its request id `reqId` and its `app`, both text, beside one of its request
 * keys. Nextcloud's `LogDetails` writes `reqId`, `level` (an int), `time`, `remoteAddr`, `user`, `app`,
 * `method`, `url`, `message`, `userAgent` and `version`; ownCloud's `Log\Owncloud` the same without the
 * last two, and ownCloud 7 `reqId`, `remoteAddr`, `app`, `message`, `level`, `time`. A `reqId` and a
 * level alone say nothing of the scale: that number stays unread (`onUnnamedSmallScale`); a record
 * that names syslog (`namesSyslog`: a shipper's GELF, whose extra keys would be `_reqId`) is syslog's.
 */
function isNextcloudRecord(obj: Obj, levelKey: string): boolean {
  return (
    levelKey === 'level' &&
    typeof obj.reqId === 'string' &&
    typeof obj.app === 'string' &&
    NEXTCLOUD_REQUEST_KEYS.some((key) => Object.hasOwn(obj, key)) &&
    !namesSyslog(obj)
  );
}

/**
 * True when `obj` is the record of the Office for National Statistics' log.go
 * (github.com/ONSdigital/log.go, which every dp-* service of its digital publishing estate logs
 * through) with its number under `severity`: `created_at`, `namespace` (the service's repository
 * name) and `event` (the message), all text, as `EventData` writes them. Its severity counts down
 * from FATAL 0 (`onsSeverityLevel`); a `severity` beside other keys keeps the reading of a small
 * number on an unnamed scale, and a record that names syslog is syslog's.
 */
function isOnsLogRecord(obj: Obj, levelKey: string): boolean {
  return (
    levelKey === 'severity' &&
    typeof obj.created_at === 'string' &&
    typeof obj.namespace === 'string' &&
    typeof obj.event === 'string' &&
    !namesSyslog(obj)
  );
}

/**
 * The level names of the record ONS's first Go logger wrote (`github.com/ONSdigital/go-ns/log`'s
 * `event`: `Event("error" | "info" | "debug" | "trace", …)` and its HTTP `Handler`'s `"request"`) and
 * Companies House's loggers kept (npm `@companieshouse/structured-logging-node` 2.0.16's
 * `levelConfig.js`, `error 0, info 1, request 1, debug 2, trace 3`, written as `event: info.level`
 * by `JsonFormatFactory`): `request` is the request logger's, at info's priority.
 */
const EVENT_LEVELS: ReadonlyMap<string, Level> = new Map([
  ['error', 'ERROR'],
  ['info', 'INFO'],
  ['request', 'INFO'],
  ['debug', 'DEBUG'],
  ['trace', 'TRACE'],
]);

/**
 * go-ns's record as Companies House's services still write it (Node, Go's chs.go, Java):
 * `{"created","event","namespace"[,"context"],"data":{"message",…}}`, `created`, `event` and
 * `namespace` always written. Its `event` names the level (`EVENT_LEVELS`, in those spellings only:
 * `log.Event("http request received", …)` names an event, which stays the message), its text is
 * `data.message` where written (else the event's name stays the message: nothing is lost), and
 * `created` is its time where no time key is. Only where the line has no level key and took `event`
 * for its message. Returns the key whose object gave the message (its other keys stay in `fields`
 * under it), or undefined.
 */
function takeEventLevelRecord(obj: Obj): string | undefined {
  const event = obj.event;
  const level = typeof event === 'string' ? EVENT_LEVELS.get(event) : undefined;
  if (level === undefined || typeof obj.created !== 'string' || typeof obj.namespace !== 'string')
    return undefined;
  value[LEVEL] = level;
  fromKey[LEVEL] = 'event';
  value[MESSAGE] = undefined;
  fromKey[MESSAGE] = undefined;
  rank[MESSAGE] = Number.MAX_SAFE_INTEGER;
  if (fromKey[TIMESTAMP] === undefined) offer(RECORD_TIME, obj.created, 'created', undefined);
  const data = obj.data;
  if (isJsonObject(data) && typeof data.message === 'string') {
    value[MESSAGE] = data.message;
    fromKey[MESSAGE] = 'data';
    fromLeaf[MESSAGE] = 'message';
    return 'data';
  }
  value[MESSAGE] = event;
  fromKey[MESSAGE] = 'event';
  return undefined;
}

/**
 * True when `obj` is go-logr's `funcr` JSON record (`funcr.NewJSON`; git-sync and other Kubernetes
 * programs that log through logr): `FormatInfo` writes `logger` (the name, `""` when none) first,
 * then `ts` and `caller` if enabled, then its `LogInfoLevel` key (`level` by default) holding the
 * V-level, then `msg`. That number is a verbosity, not a severity: V(0) is logr's plain Info and
 * V(4) an Info line the default threshold hides, as klog writes every V-level with its `I`. Signed
 * by the first key and by `level` standing right before `msg`: a record that merely has a `logger`
 * and a small `level` (`{"level":0,"logger":"app","msg":…}`) is not funcr's.
 */
function isFuncrRecord(obj: Obj, levelKey: string): boolean {
  if (levelKey !== 'level' || typeof obj.logger !== 'string') return false;
  const keys = Object.keys(obj);
  const at = keys.indexOf('level');
  return keys[0] === 'logger' && at > 0 && keys[at + 1] === 'msg' && typeof obj.msg === 'string';
}

/** A product's own level numbers, read where its record's keys sign it. */
interface RecordScale {
  /** True when `obj`, its level number under `levelKey`, is the product's record. */
  readonly signs: (obj: Obj, levelKey: string) => boolean;
  /** The level a number names on the product's scale; undefined when it names none. */
  readonly level: (n: number) => Level | undefined;
}

/**
 * The numeric scales a JSON record names by its keys, first match wins. A number the scale does not
 * name is read as any record's is (`normaliseLevel`).
 */
const RECORD_SCALES: readonly RecordScale[] = [
  { signs: isMonologRecord, level: monologLevel },
  { signs: isNextcloudRecord, level: nextcloudLevel },
  { signs: isFuncrRecord, level: funcrLevel },
  { signs: isOnsLogRecord, level: onsSeverityLevel },
];

/** The level `n` names on the scale `obj`'s keys sign, if any does. */
function recordScaleLevel(obj: Obj, levelKey: string, n: number): Level | undefined {
  for (const scale of RECORD_SCALES) if (scale.signs(obj, levelKey)) return scale.level(n);
  return undefined;
}

/** Whether `key` (with `leaf` inside it, for nested objects) was taken for a role. */
function taken(key: string, leaf: string | undefined): boolean {
  for (let r = 0; r < ROLES.length; r++) {
    if (fromKey[r] === key && fromLeaf[r] === leaf) return true;
  }
  return false;
}

/** The rest of a nested object once its role keys are taken; undefined when nothing is left. */
function remainder(key: string, nested: Obj): Obj | undefined {
  let rest: Obj | undefined;
  for (const leaf in nested) {
    if (taken(key, leaf)) continue;
    rest ??= {};
    putField(rest, leaf, nested[leaf]);
  }
  return rest;
}

/**
 * Docker's `log` keeps the line's own newline: a record of its json-file driver that is not read as
 * the carried line (`cri.ts`' `takeCarried`), or one a collector wrote with keys of its own (Fluentd's).
 */
function trimNewline(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last === 10 || last === 13 ? text.replace(/[\r\n]+$/, '') : text;
}

// zap's keys, rank -1: ahead of `S` (MongoDB's `s` in upper case), the only key they may displace.
const ZAP_LEVEL: RoleRank = { role: 'level', index: LEVEL, rank: -1 };
const ZAP_MESSAGE: RoleRank = { role: 'message', index: MESSAGE, rank: -1 };
const ZAP_LOGGER: RoleRank = { role: 'logger', index: LOGGER, rank: -1 };

/**
 * uber-go/zap's development encoder config (`zap.NewDevelopmentEncoderConfig`) with the JSON
 * encoder, as ChartMuseum and other Go programs write it: `T` time, `L` level, `N` logger, `C`
 * caller, `M` message, `S` stacktrace. Single letters are read only as that set: `L` a known level
 * and `M` text, in upper case, no longer key for the level, message or time, and `T`, if there, a
 * readable time (already taken through MongoDB's `t`). `N` fills the logger when no other key did;
 * `C` becomes `fields.caller` (see `callerFromC`); `S` stays a field. `timeMs` is the time read.
 */
function takeZapKeys(obj: Obj, timeMs: number): boolean {
  const level = obj.L;
  const message = obj.M;
  if (typeof level !== 'string' || typeof message !== 'string') return false;
  const levelKey = fromKey[LEVEL];
  // MongoDB's `s` matches `S` in any case: zap's stacktrace, given up for `L`.
  if (levelKey !== undefined && levelKey !== 'S') return false;
  const timeKey = fromKey[TIMESTAMP];
  if (timeKey === undefined ? Object.hasOwn(obj, 'T') : timeKey !== 'T' || Number.isNaN(timeMs)) return false;
  if (normaliseLevel(level) === undefined) return false;
  offer(ZAP_LEVEL, level, 'L', undefined);
  offer(ZAP_MESSAGE, message, 'M', undefined);
  if (fromKey[LOGGER] === undefined) offer(ZAP_LOGGER, obj.N, 'N', undefined);
  return true;
}

/**
 * A message key holding an object where no key holds the text (winston's `logger.error(obj)`, wrapped
 * as `{ message: obj }` and written compact by logform's `json`; Python's `json.dumps` of a record
 * logged under `msg`): the message is the object's JSON text as the line writes it (compact as
 * `JSON.stringify` writes it where the line's own text is not found), and the object stays out of
 * `fields`. A number, a boolean or an array there is no message: it stays a field.
 */
function takeObjectMessage(obj: Obj, raw: string): void {
  for (const key in obj) {
    const v = obj[key];
    if (isJsonObject(v) && roleOf(key)?.role === 'message') {
      value[MESSAGE] = topLevelObjectText(raw, key) ?? JSON.stringify(v);
      fromKey[MESSAGE] = key;
      return;
    }
  }
}

/**
 * The level a value under a record's level key names: any spelling (`normaliseLevel`), and `log`
 * (`logMethodLevel`), which names one only there. The top-level record and a wrapped one ask alike.
 */
function keyedLevel(value: unknown): Level | undefined {
  return normaliseLevel(value) ?? logMethodLevel(value);
}

/**
 * A logger's record wrapped whole under another key of a line with no message key of its own
 * (log4js's JSON layout around escriba's record, `{"time","level","category","data":{…,"message",
 * "level","from"}}`, as Pagar.me's services print it; Filebeat's `json` object when the decoded keys
 * stay under it): the first top-level object, under a key naming no role, that holds both a message
 * key and a level key naming a level (of several, the best-ranked of each, as at the top level), in
 * a line that is no flat OTel record (its `body` and severity are its own). Its message is the line's (an object there is its JSON text as written, as at
 * the top level: `takeObjectMessage`), and its level the line's where the line names none; its other
 * keys stay in `fields` under it. Returns the wrapping key, or undefined.
 */
function takeWrappedRecord(obj: Obj, raw: string): string | undefined {
  for (const key in obj) {
    const v = obj[key];
    if (!isJsonObject(v) || roleOf(key) !== undefined) continue;
    let message: { leaf: string; rr: RoleRank } | undefined;
    let level: { leaf: string; rr: RoleRank } | undefined;
    for (const leaf in v) {
      const rr = roleOf(leaf);
      if (rr === undefined) continue;
      const held = v[leaf];
      if (rr.role === 'message' && (typeof held === 'string' || isJsonObject(held))) {
        if (message === undefined || rr.rank < message.rr.rank) message = { leaf, rr };
      } else if (rr.role === 'level' && keyedLevel(held) !== undefined) {
        if (level === undefined || rr.rank < level.rr.rank) level = { leaf, rr };
      }
    }
    if (message === undefined || level === undefined) continue;
    const held = v[message.leaf];
    const outer = typeof held === 'string' ? undefined : topLevelObjectText(raw, key);
    const text =
      typeof held === 'string'
        ? held
        : ((outer === undefined ? undefined : topLevelObjectText(outer, message.leaf)) ??
          JSON.stringify(held));
    offer(message.rr, text, key, message.leaf);
    if (fromKey[LEVEL] === undefined) offer(level.rr, v[level.leaf], key, level.leaf);
    return key;
  }
  return undefined;
}

/**
 * The text of the object the top-level `key` of the JSON object `raw` holds, as written (its own
 * spacing kept); undefined when the key holds no object there. A key written twice holds its last
 * value, as `JSON.parse` keeps it. One pass over the line.
 */
function topLevelObjectText(raw: string, key: string): string | undefined {
  let depth = 0;
  let start = -1;
  let text: string | undefined;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 34) {
      const open = i;
      for (i++; i < raw.length && raw.charCodeAt(i) !== 34; i++) if (raw.charCodeAt(i) === 92) i++;
      if (depth !== 1 || start >= 0) continue;
      let k = i + 1;
      while (raw.charCodeAt(k) === 32 || raw.charCodeAt(k) === 9) k++;
      if (raw.charCodeAt(k) !== 58 || JSON.parse(raw.slice(open, i + 1)) !== key) continue;
      k++;
      while (raw.charCodeAt(k) === 32 || raw.charCodeAt(k) === 9) k++;
      if (raw.charCodeAt(k) !== 123) {
        text = undefined;
        continue;
      }
      start = k;
      i = k - 1;
    } else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      depth--;
      if (start >= 0 && depth === 1) {
        text = raw.slice(start, i + 1);
        start = -1;
      }
    }
  }
  return text;
}

/** Fields with zap's `C` renamed `caller` where it stood, as JSON lines with a `caller` key keep it. */
function callerFromC(fields: Obj): Obj {
  const out: Obj = {};
  for (const key in fields) putField(out, key === 'C' ? 'caller' : key, fields[key]);
  return out;
}

let finerRead = Number.NaN;

/**
 * Another time key of `obj` than `taken` whose text reads the same second as `ms` (a whole second)
 * with a fraction (`finerRead` set): a line that writes its time twice, once to the second and once
 * finer (Olric's slog lines: `"time"` in RFC 3339 with nanoseconds, `"timestamp"` to the second),
 * has its event time in the finer one, whichever key ranks first. The coarser stays in `fields`.
 * Only text values count: an epoch number under a second key may be any other instant. Never over
 * a structured logger's own key taken over a `timestamp` field (`loggersTimeKey`): that field is the
 * application's, however fine.
 */
function finerTimeKey(obj: Obj, taken: string, ms: number, ctx: TimeContext): string | undefined {
  for (const key in obj) {
    const v = obj[key];
    if (key === taken || typeof v !== 'string' || roleOf(key)?.role !== 'timestamp') continue;
    const read = parseTimestampValue(v, ctx);
    if (read !== ms && Math.floor(read / 1000) * 1000 === ms) {
      finerRead = read;
      return key;
    }
  }
  return undefined;
}

/** Farthest a logger's own time may stand from the `timestamp` field it displaces. */
const OWN_TIME_SPAN_MS = 3_600_000;

/**
 * The structured logger's own time key where a record has it beside an application's `timestamp`
 * field: zap (`ts`), logrus, slog, pino and bunyan (`time`) write their record's time under it and
 * their text under `msg`, and a request logger's fields may add a `timestamp` of their own (the
 * request's start, gorilla's `LogFormatterParams.TimeStamp`). The record's own write time is the
 * event's, where both name the same hour (`OWN_TIME_SPAN_MS`); the field stays in `fields`.
 */
function loggersTimeKey(obj: Obj): string | undefined {
  if (Object.hasOwn(obj, 'ts')) return 'ts';
  return Object.hasOwn(obj, 'time') ? 'time' : undefined;
}

/** Deepest nesting of objects and arrays a JSON line may have to be read as fields. */
export const MAX_JSON_DEPTH = 20;

/** True when brackets outside strings nest deeper than `MAX_JSON_DEPTH` (one pass, no allocation). */
function nestedTooDeep(raw: string): boolean {
  if (!hasMoreOpeningBrackets(raw, MAX_JSON_DEPTH)) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > MAX_JSON_DEPTH) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}

/**
 * True when `text` has more than `limit` `{` and `[` in all. Nesting deeper than `limit` needs
 * that many, and most lines have a handful: the native search skips the character-by-character
 * walk for them (a hot path: once per JSON line).
 */
function hasMoreOpeningBrackets(text: string, limit: number): boolean {
  let count = 0;
  for (let i = text.indexOf('{'); i >= 0 && count <= limit; i = text.indexOf('{', i + 1)) count++;
  for (let i = text.indexOf('['); i >= 0 && count <= limit; i = text.indexOf('[', i + 1)) count++;
  return count > limit;
}

/** syslog's highest facility number (`local7`, 23): PRI = facility × 8 + severity. */
const HIGHEST_SYSLOG_FACILITY = 23;

/**
 * True when `obj` says its level is a syslog severity: GELF's `short_message` (its specification
 * requires it; its `level` is "the standard syslog level"), or a `facility` that is syslog's: one of
 * its numbers (to 23) or names (`daemon`, `local3`: rsyslog's), or any word beside the `source` of
 * Graylog's stored message (a GELF facility is free text). An app's own `facility`
 * (`{"facility":"warehouse-3","level":2}`) says nothing about its level.
 */
function namesSyslog(obj: JsonObject): boolean {
  if (Object.hasOwn(obj, 'short_message')) return true;
  const facility = obj.facility;
  if (typeof facility === 'number')
    return Number.isInteger(facility) && facility >= 0 && facility <= HIGHEST_SYSLOG_FACILITY;
  return (
    typeof facility === 'string' && (Object.hasOwn(obj, 'source') || isSyslogFacility(facility.toLowerCase()))
  );
}

/**
 * True when a level of 0–7 (a number or its digits) is on a scale the record does not name. Syslog's
 * severities are that range where the record says it is syslog's: the journal's `PRIORITY`, or
 * `namesSyslog`. Elsewhere the same numbers may be other loggers' own small scales (.NET's 2
 * Information, logrus's 4 info, lager's 2 error; a record that signs its scale, Nextcloud's, is read
 * on it, `RECORD_SCALES`): a line read before its source's sample is learned keeps the number in
 * `fields` (`index.ts`), a miss rather than a false FATAL; a learned source's sample judges its scale
 * (`onSmallLevelScale`).
 */
function onUnnamedSmallScale(level: unknown, key: string, obj: JsonObject): boolean {
  const n =
    typeof level === 'number'
      ? level
      : typeof level === 'string' && /^\s*\d\s*$/.test(level)
        ? Number(level)
        : -1;
  if (!(Number.isInteger(n) && n >= 0 && n <= HIGHEST_SYSLOG_SEVERITY)) return false;
  return key !== 'PRIORITY' && !namesSyslog(obj);
}

/**
 * A level letter in parentheses opening a JSON line's message (`(I) text`, `letter-mark.ts`), read
 * when the line names no level or only a number (`numeric`): the number is on the product's own
 * scale (1Password Connect's 3 info, 1 error, the reverse of syslog's), so the mark wins and the
 * number stays in `fields`; a number above syslog's range (pino's `50`) is the level and the mark
 * stays text. True when a mark was read, its text then the message.
 */
export function takeLetterMark(line: ParsedLine, numeric: NumericLevel | undefined): boolean {
  if (line.message.charCodeAt(0) !== 40) return false;
  // 10-60 are pino's and bunyan's (`numericLevel`), a scale the number names for itself.
  if (numeric !== undefined && numeric.value > HIGHEST_SYSLOG_SEVERITY) return false;
  const marked = parenthesisedLetterLevel(line.message);
  if (marked === undefined) return false;
  line.level = marked;
  line.message = line.message.slice(LETTER_MARK_CHARS);
  if (numeric !== undefined) line.fields[numeric.key] = numeric.value;
  return true;
}

/** A numeric level a JSON line carried, and the field it came from. */
export interface NumericLevel {
  readonly value: number;
  readonly key: string;
}

/**
 * A JSON line as read, with the numeric level it carried, if any: a source's parser may find that
 * its numbers are not on syslog's scale (`index.ts`).
 */
export interface JsonRead {
  readonly line: ParsedLine;
  readonly numericLevel: NumericLevel | undefined;
  /** The top-level key the time was read from, and its value as written; undefined when none or nested. */
  readonly time?: { readonly key: string; readonly value: unknown } | undefined;
  /** The level read from a 0–7 the record does not name as syslog's (`onUnnamedSmallScale`), as written. */
  readonly unnamedLevel?: UnnamedLevel;
}

/** A level key and its 0–7 as written, a number or its digits. */
export interface UnnamedLevel {
  readonly key: string;
  readonly value: number | string;
}

/**
 * A JSON object line (`{…}`); undefined when the text is not a JSON object. Well-known keys (see
 * `ROLE_KEYS`) fill the event's timestamp, level, message, logger, service and host; the rest are
 * `fields`. Without a message key the message is empty (everything is in `fields`).
 */
export function parseJson(raw: string, ctx: TimeContext): ParsedLine | undefined {
  return readJson(raw, ctx)?.line;
}

/** `parseJson`, with the numeric level the line carried. */
export function readJson(raw: string, ctx: TimeContext): JsonRead | undefined {
  if (nestedTooDeep(raw)) {
    // Kept as text: a value nested thousands deep overflows the stack of whatever serialises it next.
    const line = newLine('plain', raw);
    line.parseFailed = true;
    line.parseError = `JSON nested deeper than ${MAX_JSON_DEPTH} levels; kept as text`;
    return { line, numericLevel: undefined };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return readLooseJson(raw, ctx);
  }
  if (!isJsonObject(parsed)) return undefined;
  // loguru's serialized record nests its time and level: read as the flat record it stands for.
  return readObject(unwrapSerializedRecord(parsed) ?? parsed, raw, ctx);
}

/** What a line read by its pairs says, so that it is found as the malformed line it is. */
export const LOOSE_JSON_NOTE = 'invalid JSON object; read by its "key": "value" pairs';

/**
 * A line shaped as a JSON object that `JSON.parse` refused (a hand-written JSON pattern's, with an
 * unquoted or unescaped value: `loose-json.ts`), read by its top-level string and number pairs as a
 * JSON line is, when they name a level or a message; undefined otherwise (kept as text). Nothing is
 * lost: it is flagged (`LOOSE_JSON_NOTE` in `parseError`) and, where a key gave the message, the line
 * as written is kept under `fields.invalid_json`.
 */
function readLooseJson(raw: string, ctx: TimeContext): JsonRead | undefined {
  const pairs = readLoosePairs(raw);
  if (pairs === undefined) return undefined;
  const read = readObject(pairs, raw, ctx);
  const { line } = read;
  const messageKey = fromKey[MESSAGE] !== undefined;
  if (line.level === undefined && !messageKey) return undefined;
  if (messageKey) line.fields.invalid_json = raw;
  else line.message = raw;
  noteLooseJson(line);
  return read;
}

/** Flags `line` as read from a malformed JSON record by its pairs: `LOOSE_JSON_NOTE` leads its `parseError`. */
export function noteLooseJson(line: ParsedLine): void {
  line.parseError =
    line.parseError === undefined ? LOOSE_JSON_NOTE : `${LOOSE_JSON_NOTE}; ${line.parseError}`;
}

/** A JSON object's roles and fields (`readJson`); `raw` is the line it was read from. */
function readObject(obj: Obj, raw: string, ctx: TimeContext): JsonRead {
  reset();
  let nestedSeen = false;
  for (const key in obj) {
    const v = obj[key];
    const rr = roleOf(key);
    if (rr !== undefined) offer(rr, v, key, undefined);
    // Only an object may nest roles: a value of another type is spared the look-up.
    if (!isJsonObject(v)) continue;
    const leaves = NESTED_ROLES.get(key);
    if (leaves === undefined) continue;
    nestedSeen = true;
    for (const [leaf, nested] of leaves) {
      if (Object.hasOwn(v, leaf)) offer(nested, v[leaf], key, leaf);
    }
  }
  const eventData =
    fromKey[MESSAGE] === 'event' && fromKey[LEVEL] === undefined ? takeEventLevelRecord(obj) : undefined;
  if (fromKey[TIMESTAMP] === undefined) {
    const log4jKey = log4jTimeKey(obj);
    if (log4jKey !== undefined) offer(RECORD_TIME, obj[log4jKey], log4jKey, undefined);
  }
  let timeText: string | undefined;
  let timeMs = Number.NaN;
  if (fromKey[TIMESTAMP] !== undefined) {
    const given = value[TIMESTAMP];
    const time = isJsonObject(given) ? timeInObject(given) : given;
    timeText = isJsonObject(given) ? JSON.stringify(given) : String(time);
    const read = parseTimestampValue(time, ctx);
    timeMs = Number.isNaN(read) && typeof time === 'string' ? parseAnyTimestamp(time, ctx) : read;
    let ownTaken = false;
    if (fromKey[TIMESTAMP] === 'timestamp' && fromKey[MESSAGE] === 'msg') {
      const own = loggersTimeKey(obj);
      const ownMs = own === undefined ? Number.NaN : parseTimestampValue(obj[own], ctx);
      // Only where both name the same hour: else `ts` or `time` holds something else (a duration, a count).
      if (Math.abs(ownMs - timeMs) <= OWN_TIME_SPAN_MS) {
        timeMs = ownMs;
        timeText = String(obj[own as string]);
        fromKey[TIMESTAMP] = own;
        value[TIMESTAMP] = obj[own as string];
        ownTaken = true;
      }
    }
    // The logger's own key, once taken over the field, is not given back to a finer field: logrus's
    // JSON `time` is to the second by default, the field an event's own (funnel's `timestamp`).
    if (!ownTaken && timeMs % 1000 === 0 && fromLeaf[TIMESTAMP] === undefined) {
      const finer = finerTimeKey(obj, fromKey[TIMESTAMP] as string, timeMs, ctx);
      if (finer !== undefined) {
        timeMs = finerRead;
        timeText = obj[finer] as string;
        fromKey[TIMESTAMP] = finer;
        value[TIMESTAMP] = timeText;
      }
    }
  }
  // Lines with a message key (nearly all) pay one comparison for zap's keys.
  const zap = fromKey[MESSAGE] === undefined && takeZapKeys(obj, timeMs);
  if (fromKey[MESSAGE] === undefined && !zap) takeObjectMessage(obj, raw);
  // A flat OTel record's `body` and severity are its own message and level (`takeOtelRecord`).
  const wrapped =
    eventData ??
    (fromKey[MESSAGE] === undefined && !zap && !isOtelRecord(obj) ? takeWrappedRecord(obj, raw) : undefined);
  const fields: Obj = {};
  for (const key in obj) {
    if (taken(key, undefined)) continue;
    const v = obj[key];
    if (((nestedSeen && NESTED_ROLES.has(key)) || key === wrapped) && isJsonObject(v)) {
      const rest = remainder(key, v);
      if (rest !== undefined) fields[key] = rest;
    } else putField(fields, key, v);
  }
  const line = newLine('json', fromKey[MESSAGE] === undefined ? '' : trimNewline(value[MESSAGE] as string));
  line.fields =
    zap && Object.hasOwn(fields, 'C') && !Object.hasOwn(fields, 'caller') ? callerFromC(fields) : fields;
  if (timeText !== undefined) {
    line.timestampText = timeText;
    if (Number.isNaN(timeMs)) line.parseError = `unparseable timestamp: ${clip(timeText)}`;
    else line.timestamp = timeMs;
  }
  let numericLevel: NumericLevel | undefined;
  let unnamedLevel: UnnamedLevel | undefined;
  if (fromKey[LEVEL] !== undefined) {
    const key = fromLeaf[LEVEL] === undefined ? (fromKey[LEVEL] as string) : 'level';
    const given = value[LEVEL];
    // A number on its product's own scale is no other scale's: neither syslog's nor pino's.
    line.level = typeof given === 'number' ? recordScaleLevel(obj, key, given) : undefined;
    if (line.level === undefined) {
      line.level = keyedLevel(given);
      if (line.level !== undefined && onUnnamedSmallScale(given, key, obj))
        unnamedLevel = { key, value: given as number | string };
      if (typeof given === 'number') numericLevel = { value: given, key };
    }
    // An unknown spelling goes back where it was, so nothing is lost.
    if (line.level === undefined) fields[key] = given;
  }
  // Serilog's compact format (CLEF): an event without `@l` is Information.
  else if (fromKey[TIMESTAMP] === '@t' && (fromKey[MESSAGE] === '@mt' || fromKey[MESSAGE] === '@m'))
    line.level = 'INFO';
  else takeOtelRecord(obj, line, fromKey[MESSAGE] !== undefined);
  if ((fromKey[LEVEL] === undefined || numericLevel !== undefined) && takeLetterMark(line, numericLevel)) {
    numericLevel = undefined;
    unnamedLevel = undefined;
  }
  if (fromKey[LOGGER] !== undefined) line.logger = value[LOGGER] as string;
  if (fromKey[SERVICE] !== undefined) line.service = value[SERVICE] as string;
  if (fromKey[HOST] !== undefined) line.host = value[HOST] as string;
  const timeKey = fromLeaf[TIMESTAMP] === undefined ? fromKey[TIMESTAMP] : undefined;
  const time = timeKey === undefined ? undefined : { key: timeKey, value: value[TIMESTAMP] };
  if (unnamedLevel !== undefined && line.level !== undefined)
    return { line, numericLevel, time, unnamedLevel };
  return time === undefined ? { line, numericLevel } : { line, numericLevel, time };
}
