import { isDigit, isDigits, isLetter, key3, monthAt, WEEKDAYS } from '../calendar.ts';
import { isWordChar } from '../header-fields.ts';
import { type Level, levelSpelling } from '../levels.ts';
import { scanSyslogDate, scanTimestamp, type TimeContext, type TimeScan } from '../timestamps.ts';
import type { ParsedLine } from '../types.ts';
import { mayCloseWithStatus } from './lprng-status.ts';
import { isPriorityWord, parseSyslog5424, priorityFacility, priorityLevel } from './syslog.ts';

const scan: TimeScan = { ms: 0, end: 0 };

/**
 * A program's line as a syslog relay carries it: the line itself (`body`), the relay's time, and
 * what the relay's header names (host, tag, pid, priority, RFC 5424's ids and structured data).
 */
export interface Relayed {
  readonly body: string;
  /** The relay's time (NaN where its time did not read). */
  readonly ms: number;
  readonly timeText: string | undefined;
  readonly format: 'syslog3164' | 'syslog5424';
  readonly host: string | undefined;
  readonly service: string | undefined;
  /** The priority's level (`<13>`, NOTICE), where the relay wrote one. */
  readonly level: Level | undefined;
  /** `pid`, `facility`, RFC 5424's `procid`, `msgid` and `structuredData`, as the syslog reading keeps them. */
  readonly fields: Record<string, unknown>;
}

/** Longest tag taken as a relay's (RFC 3164 allows 32 characters; journald's identifiers run longer). */
const MAX_TAG = 48;
/** Longest host taken as a relay's. */
const MAX_HOST = 255;

/**
 * False for a line no syslog relay wrote, on its first characters: `takeRelayed`'s cheap test. A
 * `<PRI>`, a month's capital and a space at 3 (`Nov 30 `), or an RFC 3339 date and `T`.
 */
export function mayBeRelayed(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c === 60) return true;
  if (c >= 65 && c <= 83) return raw.charCodeAt(3) === 32;
  return c <= 57 && c >= 48 && raw.charCodeAt(4) === 45 && raw.charCodeAt(10) === 84;
}

/**
 * The line inside a syslog relay's header: RFC 5424's `<PRI>1 TS HOST APP PROCID MSGID SD MSG`,
 * RFC 3164's `[<PRI>]Mmm dd HH:MM:SS HOST TAG[PID]: MSG`, or the same header after an RFC 3339 time
 * with its zone, as journalctl's `-o short-iso` and rsyslog's `RSYSLOG_FileFormat` write it
 * (`2026-11-30T10:00:00+0000 HOST TAG[PID]: MSG`). Only the strict shape is taken: a host of a
 * host name's letters, a tag of a program name's (`sshd`, `sshd(pam_unix)`, `systemd-logind`) ended
 * by `: ` or `[digits]: `, and some text after it. Undefined for any other line, which the syslog
 * reading takes as before (a priority word or a level in the host's place, a tag with spaces, no host).
 */
export function takeRelayed(raw: string, ctx: TimeContext): Relayed | undefined {
  return raw.charCodeAt(0) === 60 && isVersion5424(raw) ? take5424(raw, ctx) : take3164(raw, ctx);
}

/**
 * `takeRelayed`, but undefined too for an RFC 3164 or short-iso body that cannot hold a program's
 * header (`mayHoldHeader`, `learned` as there), told before the relay's date is read or anything
 * built: the body is all after the line's first `: `, as neither the relay's time nor its host holds one.
 */
export function takeScreenedRelay(raw: string, ctx: TimeContext, learned: boolean): Relayed | undefined {
  if (raw.charCodeAt(0) === 60 && isVersion5424(raw)) return take5424(raw, ctx);
  const body = raw.indexOf(': ');
  return body >= 0 && mayHoldHeader(raw, body + 2, learned) ? take3164(raw, ctx) : undefined;
}

/** RFC 3164's header, or short-iso's, as `takeRelayed` takes it. */
function take3164(raw: string, ctx: TimeContext): Relayed | undefined {
  const c = raw.charCodeAt(0);
  let i = 0;
  let level: Level | undefined;
  let facility: string | undefined;
  if (c === 60) {
    const close = raw.indexOf('>');
    if (close < 2 || close > 4 || !isDigits(raw, 1, close)) return undefined;
    const pri = Number(raw.slice(1, close));
    if (pri > 191) return undefined;
    level = priorityLevel(pri);
    facility = priorityFacility(pri);
    i = close + 1;
  }
  const month = raw.charCodeAt(i);
  const ok =
    month >= 65 && month <= 83
      ? scanSyslogDate(raw, i, ctx, scan)
      : raw.charCodeAt(i + 10) === 84 && scanTimestamp(raw, i, ctx, scan) && hasZone(raw, scan.end);
  if (!ok || raw.charCodeAt(scan.end) !== 32) return undefined;
  const timeText = raw.slice(i, scan.end);
  const ms = scan.ms;
  const hostAt = scan.end + 1;
  const hostEnd = raw.indexOf(' ', hostAt);
  if (hostEnd <= hostAt || hostEnd - hostAt > MAX_HOST || !isHostName(raw, hostAt, hostEnd)) return undefined;
  const tagAt = hostEnd + 1;
  const colon = raw.indexOf(': ', tagAt);
  if (colon <= tagAt || colon - tagAt > MAX_TAG || colon + 2 >= raw.length) return undefined;
  let tagEnd = colon;
  let pid: string | undefined;
  if (raw.charCodeAt(colon - 1) === 93) {
    const open = raw.lastIndexOf('[', colon);
    if (open <= tagAt || !isDigits(raw, open + 1, colon - 1)) return undefined;
    pid = raw.slice(open + 1, colon - 1);
    tagEnd = open;
  }
  // A level word with no pid is a program's own header (`- info: text`), not a relay's tag.
  if (!isTag(raw, tagAt, tagEnd)) return undefined;
  if (pid === undefined && levelSpelling(raw.slice(tagAt, tagEnd)) !== undefined) return undefined;
  const fields: Record<string, unknown> = {};
  if (pid !== undefined) fields.pid = Number(pid);
  if (facility !== undefined) fields.facility = facility;
  return {
    body: raw.slice(colon + 2),
    ms,
    timeText,
    format: 'syslog3164',
    host: raw.slice(hostAt, hostEnd),
    service: raw.slice(tagAt, tagEnd),
    level,
    fields,
  };
}

/** Most spaces or tabs stepped over before a body's first word. */
const MAX_PADDING = 8;

/** Longest level word looked for opening a body (`CRITICAL`, `WARNING`). */
const MAX_OPENING_LEVEL = 8;

/**
 * False for a relayed body that cannot hold a program's own header, on its first characters and its
 * last: one opens with no letter (a date, a time, an epoch, a bracket, Cisco's `*`), an upper-case
 * letter and a digit (klog's `W1102`) or its colon and a digit (Pi-Star's `M: 2026-…`), a month's or a weekday's name and a space (another relay's
 * date, a ctime stamp), or a level word (`INFO `, `WARNING:`), or closes with LPRng's status trailer
 * (`mayCloseWithStatus`). A daemon's text (`Accepted publickey …`, `pam_unix(sshd:auth): …`, `Did
 * not receive …`) is read by the syslog reading alone: the bare reading of its body, which could
 * add nothing, is not paid for. Unless its source `learned` its bodies, neither is a level word's
 * text (`error: Received disconnect …`, `ALERT exited …`: the level word, `: ` or a space, a letter):
 * read bare it is the header finder's guess, which the relay's reading does not take (`readsHeader`),
 * and its search for a time through the whole body cost the ingest's relayed daemon lines most.
 */
export function mayHoldHeader(body: string, from = 0, learned = true): boolean {
  // A padded opening (` INFO global: …`) is judged on its first word.
  let at = from;
  while (at - from < MAX_PADDING && (body.charCodeAt(at) === 32 || body.charCodeAt(at) === 9)) at++;
  const c = body.charCodeAt(at);
  if (!isLetter(c)) return at < body.length && !opensText(body, at, c);
  if (c >= 65 && c <= 90) {
    const next = body.charCodeAt(at + 1);
    if (next >= 48 && next <= 57) return true;
    // A level letter and its colon before a time (Pi-Star's `M: 2026-11-30 14:02:11.402 …`).
    if (next === 58 && body.charCodeAt(at + 2) === 32 && isDigit(body.charCodeAt(at + 3))) return true;
    if (body.charCodeAt(at + 3) === 32 && (monthAt(body, at) > 0 || WEEKDAYS.has(key3(body, at))))
      return true;
  }
  let end = at;
  while (end - at <= MAX_OPENING_LEVEL && isLetter(body.charCodeAt(end))) end++;
  if (end - at <= MAX_OPENING_LEVEL && levelSpelling(body.slice(at, end)) !== undefined)
    return learned || !levelOpensText(body, end) || mayCloseWithStatus(body);
  return mayCloseWithStatus(body);
}

/**
 * True when a body opening with `c`, no letter, opens text: white space past the padding (an indented
 * or continued line), a banner's marks (`*** info …`), or a count with its unit (1–4 digits and a
 * letter, `126MB`).
 */
function opensText(body: string, at: number, c: number): boolean {
  if (c === 32 || c === 9 || (c === 42 && body.charCodeAt(at + 1) === 42)) return true;
  let end = at;
  while (end - at < 5 && isDigit(body.charCodeAt(end))) end++;
  return end > at && end - at < 5 && isLetter(body.charCodeAt(end));
}

/** True when a level word ending at `end` is followed by text (`: ` or a space, then a letter). */
function levelOpensText(body: string, end: number): boolean {
  const next = body.charCodeAt(end);
  const after = next === 58 && body.charCodeAt(end + 1) === 32 ? end + 2 : next === 32 ? end + 1 : -1;
  return after > 0 && isLetter(body.charCodeAt(after));
}

/** `<PRI>1 `: RFC 5424's version after the priority. */
function isVersion5424(raw: string): boolean {
  const close = raw.indexOf('>');
  return close > 1 && close < 5 && raw.charCodeAt(close + 1) === 49 && raw.charCodeAt(close + 2) === 32;
}

function take5424(raw: string, ctx: TimeContext): Relayed | undefined {
  const line = parseSyslog5424(raw, ctx);
  if (line === undefined || line.message.trim() === '') return undefined;
  const { message, fields } = line;
  return {
    body: message,
    ms: line.timestamp ?? Number.NaN,
    timeText: line.timestampText,
    format: 'syslog5424',
    host: line.host,
    service: line.service,
    level: line.level,
    fields,
  };
}

/** A zone closing the time that ends at `end` (`Z`, `+0000`, `+01:00`): journald and rsyslog write one. */
function hasZone(raw: string, end: number): boolean {
  const z = raw.charCodeAt(end - 1);
  if (z === 90) return true;
  const sign = raw.charCodeAt(end - 3) === 58 ? end - 6 : end - 5;
  const s = raw.charCodeAt(sign);
  return (s === 43 || s === 45) && isDigits(raw, end - 2, end);
}

/**
 * `raw[a, b)` as a relay's host: letters, digits, `.`, `_`, `-`, one letter or digit at least (not
 * RFC 5424's nil `-`), no level word (`INFO`), no `facility.severity`.
 */
function isHostName(raw: string, a: number, b: number): boolean {
  let lower = false;
  let named = false;
  for (let k = a; k < b; k++) {
    const c = raw.charCodeAt(k);
    if (!isWordChar(c) && c !== 46 && c !== 45) return false;
    if (c >= 97 && c <= 122) lower = true;
    if (c !== 95 && isWordChar(c)) named = true;
  }
  if (!named || (!lower && levelSpelling(raw.slice(a, b)) !== undefined)) return false;
  return !isPriorityWord(raw, a, b);
}

/** `raw[a, b)` as a program's tag: a name's characters, `/` and a parenthesised part (`sshd(pam_unix)`). */
function isTag(raw: string, a: number, b: number): boolean {
  if (b <= a) return false;
  for (let k = a; k < b; k++) {
    const c = raw.charCodeAt(k);
    if (!isWordChar(c) && c !== 46 && c !== 45 && c !== 47 && c !== 40 && c !== 41 && c !== 64) return false;
  }
  return true;
}

/** The fields a relay's header names (`takeRelayed`'s, `parseSyslog5424`'s). */
const RELAY_FIELDS: ReadonlySet<string> = new Set(['pid', 'facility', 'procid', 'msgid', 'structuredData']);

/** Where a relayed line's own reading and the relay's header name the same thing differently. */
const ORIGIN_PREFIX = 'origin_';

/**
 * Merges what a relay adds into `line`, its body's reading, which keeps the relay's format (the
 * line is still a syslog line; its learned `structure` says how the body was read): the relay's
 * time where the body names none, the priority's level where the body names none, the relay's host and tag (`host`, `service`)
 * and its fields; a host, tag or field the body's own header named otherwise (a relayed relay's,
 * `relayedRelay`: `line` was read behind a relay's header itself) is kept under `origin_…`.
 */
export function addRelay(line: ParsedLine, relayed: Relayed, relayedRelay: boolean): ParsedLine {
  line.format = relayed.format;
  line.parseFailed = false;
  line.parseError = undefined;
  if (line.timestamp === undefined && line.timestampText === undefined) {
    if (!Number.isNaN(relayed.ms)) line.timestamp = relayed.ms;
    line.timestampText = relayed.timeText;
  }
  // A critical priority or above (emerg, alert, crit) is chosen line by line: it stays (`takeProgramLevel`).
  line.level = relayed.level === 'FATAL' ? relayed.level : (line.level ?? relayed.level);
  // The relay's fields first, as the syslog reading keeps them.
  const fields: Record<string, unknown> = { ...relayed.fields };
  const origin: Record<string, unknown> = {};
  if (line.host !== undefined && line.host !== relayed.host) origin.host = line.host;
  if (line.service !== undefined && line.service !== relayed.service) origin.service = line.service;
  // A relayed relay's header fields are its inner relay's, never the line's own: a body that forges
  // `<0>Nov 28 … x[1]: ` under a relay of no priority names no `facility` of the relay's.
  for (const key in line.fields) {
    const own = line.fields[key];
    if (key in relayed.fields) {
      if (own !== relayed.fields[key]) origin[key] = own;
    } else if (relayedRelay && RELAY_FIELDS.has(key)) origin[key] = own;
    else fields[key] = own;
  }
  for (const key in origin) fields[`${ORIGIN_PREFIX}${key}`] = origin[key];
  line.fields = fields;
  line.host = relayed.host;
  line.service = relayed.service;
  return line;
}
