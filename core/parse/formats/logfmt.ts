import { isDigit, isDigits } from '../calendar.ts';
import { putField } from '../json-object.ts';
import { type Level, normaliseLevel, syslogSeverityLevel } from '../levels.ts';
import { newLine, setTimestampText } from '../line.ts';
import { epochToMs, readZoneAt, type TimeContext, zoneWasRead } from '../timestamps.ts';
import type { ParsedLine } from '../types.ts';
import { ROLE_OF, ROLES, type Role, type RoleRank, roleOf } from './roles.ts';

/** Extra logfmt spellings (Heroku's `at=info`, short `t=`/`m=`). */
const LOGFMT_ROLES = new Map(ROLE_OF);
LOGFMT_ROLES.set('at', { role: 'level', index: ROLES.indexOf('level'), rank: 90 });
LOGFMT_ROLES.set('t', { role: 'timestamp', index: ROLES.indexOf('timestamp'), rank: 90 });
LOGFMT_ROLES.set('m', { role: 'message', index: ROLES.indexOf('message'), rank: 90 });
// Firewalls' key=value records (SonicWall's `pri=6`): a syslog priority or severity, last in rank.
LOGFMT_ROLES.set('pri', { role: 'level', index: ROLES.indexOf('level'), rank: 91 });

/**
 * The level of the pair at `k`: in a firewall's record `pri` holds a syslog severity (0–7) or a whole
 * PRI (facility × 8 + severity, up to 191), never another scale's number; a word is a level's spelling.
 */
function pairLevel(k: number): Level | undefined {
  const value = values[k];
  if (keys[k] !== 'pri' || typeof value !== 'string' || !isDigit(value.charCodeAt(0)))
    return normaliseLevel(value);
  // Elsewhere (a job queue's `pri=1`) a number is a priority of another kind.
  if (!isFirewallRecord()) return undefined;
  // Digits only: `Number` would also read `1e2` and `0x6`.
  if (value.length > 3 || !isDigits(value)) return undefined;
  const n = Number(value);
  return n <= 191 ? syslogSeverityLevel(n % 8) : undefined;
}

/** Whether the last split names its firewall, once looked up (a line of many `pri=` pairs asks each time). */
let firewallRecord: boolean | undefined;

/** SonicWall's record names its firewall: `id=firewall` (the default syslog id) or a `fw=` address. */
function isFirewallRecord(): boolean {
  if (firewallRecord !== undefined) return firewallRecord;
  firewallRecord = false;
  for (let k = 0; k < count && !firewallRecord; k++) {
    firewallRecord = keys[k] === 'fw' || (keys[k] === 'id' && values[k] === 'firewall');
  }
  return firewallRecord;
}

/** `$` or `@`: a sigil marking a logger's reserved keys in its logfmt (`$level`, ECS's `@timestamp`). */
export function isSigil(c: number): boolean {
  return c === 36 || c === 64;
}

/**
 * The role of a logfmt key: its own (`@timestamp`, Serilog's `@l`), else, for a key behind a sigil, the
 * role of the key without it, ranked before every unmarked key of that role: Lightpanda's Zig logger
 * marks its reserved keys so (`$time=… $scope=cdp $level=warn $msg="…"`, `log.zig`), and a pair of the
 * call's own data (`level=warn`) is no reserved key. Only in the line's opening keys (`split`).
 */
function logfmtRole(key: string): RoleRank | undefined {
  const own = LOGFMT_ROLES.get(key) ?? roleOf(key);
  if (own !== undefined || key.length < 2 || !isSigil(key.charCodeAt(0))) return own;
  const bare = LOGFMT_ROLES.get(key.slice(1)) ?? roleOf(key.slice(1));
  return bare === undefined ? undefined : { ...bare, rank: bare.rank - SIGIL_RANKS };
}

/** How far a sigil moves a key's rank ahead: past every key of its role. */
const SIGIL_RANKS = 100;

/** True for a rank only a sigil gives (`logfmtRole`): every listed key's is 0 or more. */
function isSigilRank(rr: RoleRank | null): boolean {
  return rr !== null && rr.rank < 0;
}

function isKeyChar(c: number): boolean {
  // Anything printable but space, `=`, `"` and `|` (pipe-separated columns are not a key).
  return c > 32 && c !== 61 && c !== 34 && c !== 127 && c !== 124;
}

/** True when the line starts like logfmt: `key=`. */
export function looksLikeLogfmt(raw: string): boolean {
  let i = 0;
  while (i < raw.length && i < 64 && isKeyChar(raw.charCodeAt(i))) i++;
  return i > 0 && raw.charCodeAt(i) === 61;
}

// The pairs of the last split, reused between lines.
const keyCache: string[] = [];
const roleCache: Array<RoleRank | null> = [];
const keys: string[] = [];
const roles: Array<RoleRank | null> = [];
const values: Array<string | true> = [];
let count = 0;

/** Splits into `keys`/`values`; false when the text is not logfmt. */
function split(raw: string): boolean {
  count = 0;
  firewallRecord = undefined;
  let pairs = 0;
  let bare = 0;
  // An unmarked key read: past it, a key behind a sigil is the call's data, not the logger's own.
  let unmarked = false;
  let i = 0;
  const n = raw.length;
  while (i < n) {
    while (i < n && raw.charCodeAt(i) === 32) i++;
    if (i >= n) break;
    const keyStart = i;
    while (i < n && isKeyChar(raw.charCodeAt(i))) i++;
    if (i === keyStart) return false;
    // Lines of one source repeat their keys in order: reuse last line's key string when it matches.
    const cachedKey = keyCache[count];
    let key: string;
    if (cachedKey !== undefined && cachedKey.length === i - keyStart && holdsAt(raw, keyStart, cachedKey)) {
      key = cachedKey;
    } else {
      key = raw.slice(keyStart, i);
      keyCache[count] = key;
      roleCache[count] = logfmtRole(key) ?? null;
    }
    let val: string | true;
    if (i >= n || raw.charCodeAt(i) === 32) {
      // Two bare words in a row are text after the pairs (`pid=1 tid=2 ERROR disk full`), not keys.
      if (count > 0 && values[count - 1] === true) return false;
      val = true;
      bare++;
    } else {
      if (raw.charCodeAt(i) !== 61) return false;
      i++;
      pairs++;
      if (raw.charCodeAt(i) === 34) {
        const end = closingQuote(raw, i + 1);
        if (end < 0) return false;
        val = quotedValue(raw, i + 1, end);
        i = end + 1;
        if (i < n && raw.charCodeAt(i) !== 32) return false;
      } else {
        const start = i;
        while (i < n && raw.charCodeAt(i) !== 32) i++;
        val = raw.slice(start, i);
      }
    }
    keys[count] = key;
    const role = roleCache[count] ?? null;
    // log.zig writes its reserved keys first (`logLogFmtPrefix`): a `$level=` after `level=error` is
    // no level of the logger's, and must not hide the line's own.
    roles[count] = unmarked && isSigilRank(role) ? null : role;
    if (!isSigil(key.charCodeAt(0))) unmarked = true;
    values[count] = val;
    count++;
  }
  return pairs > 0 && bare <= pairs;
}

/** `raw.startsWith(key, at)` for a key as short as logfmt's, without a call per key. */
function holdsAt(raw: string, at: number, key: string): boolean {
  for (let j = 0; j < key.length; j++) if (raw.charCodeAt(at + j) !== key.charCodeAt(j)) return false;
  return true;
}

function closingQuote(raw: string, i: number): number {
  for (; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 34) return i;
    if (c === 92) i++;
  }
  return -1;
}

function quotedValue(raw: string, start: number, end: number): string {
  const text = raw.slice(start, end);
  if (text.indexOf('\\') < 0) return text;
  return text.replace(/\\(.)/g, (_, e: string) =>
    e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e,
  );
}

/**
 * Splits logfmt pairs: `key=value`, `key="quoted \"value\""`, bare `key` (true). Undefined when the
 * text is not logfmt (a token that is neither a key nor a pair, or more bare words than pairs).
 */
export function splitLogfmt(raw: string): Record<string, string | true> | undefined {
  if (!split(raw)) return undefined;
  const out: Record<string, string | true> = {};
  for (let k = 0; k < count; k++) putField(out, keys[k] as string, values[k] as string | true);
  return out;
}

/**
 * klog's structured text (`"message" key="value" …`: InfoS and ErrorS in every Kubernetes component,
 * and logr's text sinks): a message that is a quoted string followed only by key=value pairs is the
 * string, unquoted; the pairs go to `fields` (a field the line already has is kept). A quoted string
 * followed by anything else (`"GET /" 200`) is left as it is.
 */
export function takeQuotedMessage(line: ParsedLine): void {
  const text = line.message;
  if (text.charCodeAt(0) === 91 && text.charCodeAt(1) === 34) {
    takeBracketedMessage(line);
    return;
  }
  const open = text.charCodeAt(0) === 34 ? 0 : messagePairQuote(text);
  if (open < 0) return;
  const close = closingQuote(text, open + 1);
  if (close < 0) return;
  if (close + 1 < text.length) {
    if (text.charCodeAt(close + 1) !== 32) return;
    if (!pairsToFields(text.slice(close + 1).trimStart(), line)) return;
  }
  line.message = quotedValue(text, open + 1, close);
}

/**
 * Python `logging` formats written as pairs with the text last and unquoted (PipelineWise's
 * `logging.conf`: `time=%(asctime)s logger_name=%(name)s log_level=%(levelname)s message=%(message)s`):
 * once the header read the level from a `level=` pair, a message opening with an unquoted
 * `message=` or `msg=` is that pair's value, to the end of the line, as Kratos's `msg=` is on its
 * learned header (`takeLastMessagePair`), when no ` key=` pair follows it: the format's last pair.
 * Without a level pair before it (`INFO msg=x`), or with pairs after it, it stays.
 */
export function takeUnquotedMessagePair(line: ParsedLine, raw: string): void {
  const text = line.message;
  if (text.charCodeAt(0) !== 109 || line.level === undefined) return;
  const at = text.startsWith('message=') ? 8 : text.startsWith('msg=') ? 4 : -1;
  if (at < 0 || at === text.length || text.charCodeAt(at) === 34 || text.charCodeAt(at) === 32) return;
  const header = raw.length - text.length;
  if (header <= 0 || !raw.endsWith(text)) return;
  // `level=`, `log_level=`, `app.level=`: a key ending in the word, not `loglevel=` or `devel=`,
  // whose value, to a space, is the level the line carries: the header read it there, not from a
  // word beside a `level=` in a thread or text (`[job level=3] INFO msg=…`).
  const level = raw.lastIndexOf('level=', header);
  if (level < 0) return;
  const before = level > 0 ? raw.charCodeAt(level - 1) : 32;
  if (before !== 32 && before !== 95 && before !== 46 && before !== 45) return;
  const valueEnd = raw.indexOf(' ', level + 6);
  if (valueEnd < 0 || valueEnd >= header || normaliseLevel(raw.slice(level + 6, valueEnd)) !== line.level)
    return;
  // Only the last pair: logrus's unquoted pairs after it (`msg=started handling request func=…`,
  // Ory Kratos) end its value where no reading here can tell.
  if (pairFollows(text, at)) return;
  line.message = text.slice(at);
}

/** True when a ` key=` pair stands in `text` after `from`. */
function pairFollows(text: string, from: number): boolean {
  for (let eq = text.indexOf('=', from); eq > 0; eq = text.indexOf('=', eq + 1)) {
    let k = eq;
    while (k > from && isKeyChar(text.charCodeAt(k - 1))) k--;
    if (k < eq && k > from && text.charCodeAt(k - 1) === 32) return true;
  }
  return false;
}

/**
 * The opening quote of a `msg="…"` or `message="…"` pair that a message starts with, else -1: what a
 * header leaves of logrus's text formatter behind a prefix (Skipper's `[APP]time="…" level=warning
 * msg="…"`, the time and level read as the header's), the pair's value being the message.
 */
function messagePairQuote(text: string): number {
  if (text.startsWith('msg="')) return 4;
  if (text.startsWith('message="')) return 8;
  return -1;
}

/** Characters of a message's first word looked at for a pair's `=`. */
const FIRST_KEY_CHARS = 32;

/**
 * Kratos's standard logger (`INFO ts=… caller=server.go:172 service.id=… msg=server listening on:
 * [::]:9000`): its values unquoted, `msg` the last pair, its text running to the end of the line. Once the header took the level and the time,
 * a message of pairs ending in ` msg=` is the text after it, to the end; the pairs go to `fields`.
 */
export function takeLastMessagePair(line: ParsedLine): void {
  const text = line.message;
  let k = 0;
  while (k < FIRST_KEY_CHARS && isKeyChar(text.charCodeAt(k))) k++;
  if (k === 0 || text.charCodeAt(k) !== 61) return;
  const at = text.indexOf(' msg=', k);
  // A quoted value is logfmt's, whose pairs may follow it: only the opening `msg="…"` is read so.
  if (at < 0 || text.charCodeAt(at + 5) === 34 || !pairsToFields(text.slice(0, at), line)) return;
  line.message = text.slice(at + 5);
}

/** Fields in brackets that one line may carry after its message (a bound on work per line). */
const MAX_BRACKETED_FIELDS = 64;

/**
 * The unified log format of pingcap/log (TiDB, TiKV, PD) and Milvus: `["message"] [key=value]
 * ["a key"="a value"]` after the header. A message that is a quoted string in brackets followed only
 * by bracketed key=value fields is the string; the fields go to `fields` (a field the line already
 * has is kept). Anything else is left as written.
 */
function takeBracketedMessage(line: ParsedLine): void {
  const text = line.message;
  const close = closingQuote(text, 2);
  if (close < 0 || text.charCodeAt(close + 1) !== 93) return;
  const found: Array<[string, string]> = [];
  let i = close + 2;
  while (i < text.length) {
    if (text.charCodeAt(i) !== 32 || text.charCodeAt(i + 1) !== 91 || found.length >= MAX_BRACKETED_FIELDS)
      return;
    const pair = readBracketedPair(text, i + 2);
    if (pair === undefined) return;
    found.push([pair.key, pair.value]);
    i = pair.end;
  }
  for (const [key, value] of found) if (!Object.hasOwn(line.fields, key)) putField(line.fields, key, value);
  line.message = quotedValue(text, 2, close);
}

/** `key=value]`, `"a key"="a value"]` at `i`: the pair and the index after its `]`, or undefined. */
function readBracketedPair(text: string, i: number): { key: string; value: string; end: number } | undefined {
  const key = readToken(text, i, 61);
  if (key === undefined || key.text.length === 0) return undefined;
  const value = readToken(text, key.end + 1, 93);
  if (value === undefined) return undefined;
  return { key: key.text, value: value.text, end: value.end + 1 };
}

/** A quoted string, or text up to `stop`, at `i`; undefined when `stop` does not follow it. */
function readToken(text: string, i: number, stop: number): { text: string; end: number } | undefined {
  if (text.charCodeAt(i) === 34) {
    const close = closingQuote(text, i + 1);
    if (close < 0 || text.charCodeAt(close + 1) !== stop) return undefined;
    return { text: quotedValue(text, i + 1, close), end: close + 1 };
  }
  let k = i;
  while (
    k < text.length &&
    text.charCodeAt(k) !== stop &&
    text.charCodeAt(k) !== 91 &&
    text.charCodeAt(k) !== 34
  )
    k++;
  return text.charCodeAt(k) === stop ? { text: text.slice(i, k), end: k } : undefined;
}

/** `text`'s pairs when it is key=value pairs only (no bare word), else undefined. */
export function pairsOnly(text: string): Record<string, string | true> | undefined {
  const pairs = splitLogfmt(text);
  if (pairs === undefined) return undefined;
  for (const key in pairs) if (pairs[key] === true) return undefined;
  return pairs;
}

/**
 * The key=value pairs that close `text` from its last ` key=` standing outside quotes to the end
 * (`… rid=… time=2026-11-30T07:58:27.636000 uid=maria.k`), undefined when there is none or a word
 * that is no pair follows it: the pairs a formatter writes after the message, read for their time
 * (`takeClosingPairsTime`, r78) and their level (`takeKeyValueLevel`, r83). A ` key=` inside a
 * quoted value, or in a URL's query (`?key=`, `&key=`), is no pair of the line's.
 */
export function closingPairsFrom(text: string, key: string): Record<string, string | true> | undefined {
  const at = text.lastIndexOf(` ${key}=`);
  if (at < 0 || !isOutsideQuotes(text, at)) return undefined;
  return pairsOnly(text.slice(at + 1));
}

/** True when `text` is key=value pairs only, every key with its value. */
export function isPairsOnly(text: string): boolean {
  return pairsOnly(text) !== undefined;
}

/** When `text` is key=value pairs only, adds them to `line.fields` (a field it has is kept); else false. */
function pairsToFields(text: string, line: ParsedLine): boolean {
  const pairs = pairsOnly(text);
  if (pairs === undefined) return false;
  for (const key in pairs) if (!Object.hasOwn(line.fields, key)) putField(line.fields, key, pairs[key]);
  return true;
}

/**
 * zerolog's console writer (`2026-11-22T07:55:12Z INF Opening database database=sqlite3 path=…`):
 * the message is the text before the fields, which follow it as key=value pairs to the end; the
 * pairs go to `fields`. The text keeps anything after which a word that is no pair still comes.
 */
export function takeTrailingPairs(line: ParsedLine): void {
  const text = line.message;
  // The first ` key=` after some text: the fields start there, or nowhere.
  let at = text.indexOf('=');
  if (at < 0) return;
  let k = at - 1;
  while (k >= 0 && isKeyChar(text.charCodeAt(k))) k--;
  if (k <= 0 || text.charCodeAt(k) !== 32 || k + 1 === at) return;
  at = k;
  if (pairsToFields(text.slice(at + 1), line)) line.message = text.slice(0, at).trimEnd();
}

/**
 * Fields a console handler prints after the message padded to a width (apex/log's CLI handler,
 * `• text<padding> key=value`): after the last run of two or more spaces, a `key=` opens pairs to
 * the end, which go to `fields`, and the message is the text before the padding. A run of values
 * that splits into no pairs (the handler writes them unquoted: `error=tag v1 was not made`) is the
 * first key's value.
 */
export function takePaddedPairs(line: ParsedLine): void {
  takePairsAfterPadding(line, lastPaddingOutsideQuotes(line.message));
}

/**
 * `takePaddedPairs` past the spaces at `padding` in the message (no quoted string open there): a
 * `key=` right after them opens the fields, the text before them is the message.
 */
export function takePairsAfterPadding(line: ParsedLine, padding: number): void {
  const text = line.message;
  if (padding <= 0) return;
  let at = padding + 1;
  while (text.charCodeAt(at) === 32) at++;
  let eq = at;
  while (eq < text.length && isKeyChar(text.charCodeAt(eq))) eq++;
  if (eq === at || text.charCodeAt(eq) !== 61) return;
  if (!pairsToFields(text.slice(at), line)) {
    const key = text.slice(at, eq);
    if (!Object.hasOwn(line.fields, key)) putField(line.fields, key, text.slice(eq + 1).trim());
  }
  line.message = text.slice(0, padding).trimEnd();
}

/** True when `text` opens no quoted string before `end` that stays open there (a `\"` escapes inside one). */
export function isOutsideQuotes(text: string, end: number): boolean {
  let quoted = false;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 92 && quoted) i++;
  }
  return !quoted;
}

/** Start of the last run of two or more spaces not inside a quoted string (`"a  b=c"` is text), or -1. */
function lastPaddingOutsideQuotes(text: string): number {
  let padding = -1;
  const closed = forEachPaddingOutsideQuotes(text, text.length, (start) => {
    padding = start;
    return false;
  });
  return closed ? padding : -1;
}

/**
 * Calls `visit` with the start and end of each run of two or more spaces that starts before `limit`
 * outside a quoted string (a `\"` escapes inside one), until it returns true. False when a quoted
 * string is still open where the scan stops.
 */
export function forEachPaddingOutsideQuotes(
  text: string,
  limit: number,
  visit: (start: number, end: number) => boolean,
): boolean {
  let quoted = false;
  const stop = Math.min(text.length, limit);
  for (let i = 0; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 92 && quoted) i++;
    else if (c === 32 && !quoted && text.charCodeAt(i + 1) === 32) {
      let end = i + 2;
      while (text.charCodeAt(end) === 32) end++;
      if (visit(i, end)) return true;
      i = end - 1;
    }
  }
  return !quoted;
}

const chosen: Record<Role, number> = {
  timestamp: -1,
  level: -1,
  message: -1,
  logger: -1,
  service: -1,
  host: -1,
};
const chosenRank: Record<Role, number> = {
  timestamp: 0,
  level: 0,
  message: 0,
  logger: 0,
  service: 0,
  host: 0,
};

/** No pair chosen for any role yet: named stores, cheaper per line than a loop over the roles. */
function resetChosen(): void {
  chosen.timestamp = -1;
  chosen.level = -1;
  chosen.message = -1;
  chosen.logger = -1;
  chosen.service = -1;
  chosen.host = -1;
  chosenRank.timestamp = Number.MAX_SAFE_INTEGER;
  chosenRank.level = Number.MAX_SAFE_INTEGER;
  chosenRank.message = Number.MAX_SAFE_INTEGER;
  chosenRank.logger = Number.MAX_SAFE_INTEGER;
  chosenRank.service = Number.MAX_SAFE_INTEGER;
  chosenRank.host = Number.MAX_SAFE_INTEGER;
}

/** Keys that hold a time zone or an offset on its own (`tz="+0100"`). */
const ZONE_KEYS: ReadonlySet<string> = new Set(['tz', 'timezone', 'time_zone', 'zone']);

/**
 * A time of day whose date and zone are pairs of their own (`date=2026-11-30 time=09:41:27
 * tz="+0100"`, firewalls and appliances): the three as one text, for the timestamp shapes to read. A
 * time with its own date is left as it is, and so is a zone no shape reads (`tz=office`).
 */
function withDateAndZone(time: string): string {
  const colon = time.charCodeAt(1) === 58 ? 1 : time.charCodeAt(2) === 58 ? 2 : -1;
  if (colon < 0 || !isDigit(time.charCodeAt(0))) return time;
  let date: string | undefined;
  let zone: string | undefined;
  for (let k = 0; k < count; k++) {
    const value = values[k];
    if (typeof value !== 'string') continue;
    if (keys[k] === 'date') date = value;
    else if (ZONE_KEYS.has(keys[k] as string)) zone = value;
  }
  if (date === undefined) return time;
  const dated = `${date} ${time}`;
  if (zone === undefined) return dated;
  const zoned = `${dated} ${zone}`;
  const zoneEnd = readZoneAt(zoned, dated.length);
  return zoneWasRead() && zoneEnd === zoned.length ? zoned : dated;
}

/** The key and value of the pair the last `parseLogfmtPairs` took as the line's time, if any. */
export function lastTimePair(): { key: string; value: string } | undefined {
  const k = chosen.timestamp;
  return k < 0 ? undefined : { key: keys[k] as string, value: values[k] as string };
}

/** A logfmt line (`time=… level=info msg="…" key=value`); undefined when it is not logfmt. */
export function parseLogfmt(raw: string, ctx: TimeContext): ParsedLine | undefined {
  if (raw.startsWith('type=') || raw.startsWith('node=')) {
    const audit = parseAuditRecord(raw);
    if (audit !== undefined) return audit;
  }
  const line = parseLogfmtPairs(raw);
  if (line === undefined) return undefined;
  if (line.timestampText !== undefined) setTimestampText(line, line.timestampText, ctx);
  return line;
}

/**
 * The header of a Linux audit record: an optional `node=`, its `type=`, and the stamp
 * `msg=audit(1764583200.123:456):`, epoch seconds with their fraction and the record's serial.
 */
const AUDIT_HEADER = /^(?:node=(\S+) )?type=(\S+) msg=audit\((\d{9,11}\.\d{1,9}):(\d+)\):(?: +|$)/;

/**
 * A record of the Linux audit subsystem as auditd writes it (`type=AVC msg=audit(1764583200.123:456):
 * avc:  denied …`: the kernel's, SELinux's, AppArmor's and PAM's events), whose only time is the stamp:
 * the text after it is the message, which may be no logfmt at all (an AVC's `{ read } for`); when it is
 * pairs, they go to `fields` too. Undefined for any other line.
 */
function parseAuditRecord(raw: string): ParsedLine | undefined {
  const header = AUDIT_HEADER.exec(raw);
  if (header === null) return undefined;
  const line = newLine('logfmt', raw.slice(header[0].length));
  if (header[1] !== undefined) line.host = header[1];
  line.fields.type = header[2] as string;
  line.fields.audit_serial = header[4] as string;
  line.timestampText = header[3] as string;
  line.timestamp = epochToMs(Number(header[3]));
  // A user-space record (PAM's, systemd's) quotes its own pairs in `msg='…'`, a quote logfmt does
  // not know: read as one text they would end in `res=failed'`.
  const quoted = AUDIT_USER_MESSAGE.exec(line.message);
  if (quoted === null) pairsToFields(line.message, line);
  else {
    pairsToFields(
      line.message.slice(0, quoted.index) + line.message.slice(quoted.index + quoted[0].length),
      line,
    );
    pairsToFields(quoted[1] as string, line);
  }
  return line;
}

/** A user-space audit record's own pairs: ` msg='op=login acct="deploy" res=success'`. */
const AUDIT_USER_MESSAGE = /(?:^| )msg='([^']*)'/;

/** The pairs of a logfmt text as a line; the timestamp is left as text (`timestampText`). */
export function parseLogfmtPairs(raw: string): ParsedLine | undefined {
  if (!split(raw)) return undefined;
  resetChosen();
  for (let k = 0; k < count; k++) {
    const rr = roles[k];
    if (rr === undefined || rr === null || values[k] === true || rr.rank >= chosenRank[rr.role]) continue;
    if (rr.role === 'level' && pairLevel(k) === undefined) continue;
    chosen[rr.role] = k;
    chosenRank[rr.role] = rr.rank;
  }
  const line = newLine('logfmt', chosen.message < 0 ? '' : (values[chosen.message] as string));
  const fields = line.fields;
  for (let k = 0; k < count; k++) {
    if (
      k !== chosen.timestamp &&
      k !== chosen.level &&
      k !== chosen.message &&
      k !== chosen.logger &&
      k !== chosen.service &&
      k !== chosen.host
    ) {
      putField(fields, keys[k] as string, values[k]);
    }
  }
  if (chosen.timestamp >= 0) line.timestampText = withDateAndZone(values[chosen.timestamp] as string);
  if (chosen.level >= 0) line.level = pairLevel(chosen.level);
  if (chosen.logger >= 0) line.logger = values[chosen.logger] as string;
  if (chosen.service >= 0) line.service = values[chosen.service] as string;
  if (chosen.host >= 0) line.host = values[chosen.host] as string;
  return line;
}
