import { isDigit, isDigits, isUpper, labelledDateStart, monthAt, writtenYear } from '../calendar.ts';
import { hivemindCallerEnd, isSourceLocation, isWordChar } from '../header-fields.ts';
import { type Level, levelSpelling, mnemonicSeverity, syslogSeverityLevel } from '../levels.ts';
import { appendHeaderColumns, idValue, newLine } from '../line.ts';
import { scanAnyShape } from '../timestamp-shapes.ts';
import { scanSyslogDate, scanTimestamp, type TimeContext, type TimeScan } from '../timestamps.ts';
import type { ParsedLine } from '../types.ts';

const FACILITIES = [
  'kern',
  'user',
  'mail',
  'daemon',
  'auth',
  'syslog',
  'lpr',
  'news',
  'uucp',
  'cron',
  'authpriv',
  'ftp',
  'ntp',
  'security',
  'console',
  'solaris-cron',
  'local0',
  'local1',
  'local2',
  'local3',
  'local4',
  'local5',
  'local6',
  'local7',
];

const scan: TimeScan = { ms: 0, end: 0 };

/** Reads `<PRI>` at the start; returns the index after `>`, or -1. Sets `pri`. */
let pri = 0;
function readPri(raw: string): number {
  if (raw.charCodeAt(0) !== 60) return -1;
  let v = 0;
  let i = 1;
  for (; i < 5; i++) {
    const c = raw.charCodeAt(i);
    if (c === 62) break;
    if (c < 48 || c > 57) return -1;
    v = v * 10 + c - 48;
  }
  if (i === 1 || i === 5 || v > 191) return -1;
  pri = v;
  return i + 1;
}

function applyPri(line: ParsedLine): void {
  line.level = priorityLevel(pri);
  line.fields.facility = priorityFacility(pri);
}

/** The level a syslog priority's severity (`PRI & 7`) names. */
export function priorityLevel(value: number): Level | undefined {
  return syslogSeverityLevel(value & 7);
}

/** The facility a syslog priority names (`PRI >> 3`): `daemon`, `local3`. */
export function priorityFacility(value: number): string | undefined {
  return FACILITIES[value >> 3];
}

/** Next space-delimited token from `i`; sets `tokenEnd`. */
let tokenEnd = 0;
function token(raw: string, i: number): string | undefined {
  const sp = raw.indexOf(' ', i);
  if (sp === i) return undefined;
  tokenEnd = sp < 0 ? raw.length : sp;
  return tokenEnd > i ? raw.slice(i, tokenEnd) : undefined;
}

const nil = (v: string | undefined): string | undefined => (v === '-' ? undefined : v);

/** RFC 5424: `<PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID STRUCTURED-DATA [MSG]`. */
export function parseSyslog5424(raw: string, ctx: TimeContext): ParsedLine | undefined {
  const start = readPri(raw);
  if (start < 0) return undefined;
  let i = start;
  while (i < raw.length && raw.charCodeAt(i) >= 48 && raw.charCodeAt(i) <= 57) i++;
  if (i === start || i - start > 2 || raw.charCodeAt(i) !== 32) return undefined;
  const line = newLine('syslog5424', '');
  applyPri(line);
  i++;
  if (raw.charCodeAt(i) === 45 && raw.charCodeAt(i + 1) === 32) {
    i += 2;
  } else {
    const text = token(raw, i);
    if (text === undefined) return undefined;
    line.timestampText = text;
    if (scanTimestamp(raw, i, ctx, scan) && scan.end === tokenEnd) line.timestamp = scan.ms;
    else line.parseError = `unparseable timestamp: ${text}`;
    i = tokenEnd + 1;
  }
  const host = token(raw, i);
  if (host === undefined) return undefined;
  const app = token(raw, tokenEnd + 1);
  if (app === undefined) return undefined;
  const procid = token(raw, tokenEnd + 1);
  if (procid === undefined) return undefined;
  const msgid = token(raw, tokenEnd + 1);
  if (msgid === undefined) return undefined;
  line.host = nil(host);
  line.service = nil(app);
  if (procid !== '-') line.fields.procid = procid;
  if (msgid !== '-') line.fields.msgid = msgid;
  i = tokenEnd + 1;
  if (raw.charCodeAt(i) === 45) i++;
  else if (raw.charCodeAt(i) === 91) {
    i = readStructuredData(raw, i, line.fields);
    if (i < 0) return undefined;
  } else if (i < raw.length) return undefined;
  if (raw.charCodeAt(i) === 32) i++;
  if (raw.charCodeAt(i) === 0xfeff) i++;
  line.message = raw.slice(i);
  return line;
}

/** `[id k="v" …][id2 …]` into `fields.structuredData`; returns the index after it, or -1. */
function readStructuredData(raw: string, i: number, fields: Record<string, unknown>): number {
  const sd: Record<string, Record<string, string>> = {};
  while (raw.charCodeAt(i) === 91) {
    let j = i + 1;
    while (j < raw.length && raw.charCodeAt(j) !== 32 && raw.charCodeAt(j) !== 93) j++;
    const params: Record<string, string> = {};
    sd[raw.slice(i + 1, j)] = params;
    while (raw.charCodeAt(j) === 32) {
      const eq = raw.indexOf('="', j + 1);
      if (eq < 0) return -1;
      const name = raw.slice(j + 1, eq);
      let k = eq + 2;
      let value = '';
      let chunk = k;
      while (k < raw.length && raw.charCodeAt(k) !== 34) {
        if (raw.charCodeAt(k) === 92 && k + 1 < raw.length) {
          value += raw.slice(chunk, k) + raw[k + 1];
          k += 2;
          chunk = k;
        } else k++;
      }
      if (k >= raw.length) return -1;
      params[name] = value + raw.slice(chunk, k);
      j = k + 1;
    }
    if (raw.charCodeAt(j) !== 93) return -1;
    i = j + 1;
  }
  fields.structuredData = sd;
  return i;
}

/**
 * RFC 3164 / BSD syslog: `[<PRI>]Mmm dd HH:mm:ss HOST TAG[PID]: MSG` (also with an RFC 3339 time
 * after PRI, as rsyslog writes). The year comes from the received time (see `scanSyslogDate`).
 */
export function parseSyslog3164(raw: string, ctx: TimeContext): ParsedLine | undefined {
  let i = 0;
  let hasPri = false;
  if (raw.charCodeAt(0) === 60) {
    i = readPri(raw);
    if (i < 0) return undefined;
    hasPri = true;
  }
  const ok = hasPri ? scanTimestamp(raw, i, ctx, scan) : scanSyslogDate(raw, i, ctx, scan);
  if (!ok || (scan.end < raw.length && raw.charCodeAt(scan.end) !== 32)) {
    if (!hasPri) return undefined;
    // `<PRI>` followed by anything else: a message with a priority only.
    const line = newLine('syslog3164', raw.slice(i));
    applyPri(line);
    readTimeAfterPri(raw, i, ctx, line);
    takeProgramHeader(line);
    return line;
  }
  // `Nov 29 06:00:03 2026 (1201) text`: with its year after the time, a date no BSD syslog writes.
  if (!hasPri && raw.charCodeAt(scan.end - 5) === 32 && writtenYear(raw, scan.end - 4) !== -1)
    return undefined;
  const line = newLine('syslog3164', '');
  if (hasPri) applyPri(line);
  line.timestampText = raw.slice(i, scan.end);
  line.timestamp = scan.ms;
  i = scan.end + 1;
  const hostEnd = raw.indexOf(' ', i);
  if (hostEnd < 0) {
    line.message = raw.slice(i);
    return line;
  }
  const host = raw.slice(i, hostEnd);
  const hostPlaceLevel = levelInHostPlace(host);
  if (hostPlaceLevel !== undefined) {
    // `Nov 30 10:00:00.123 [notice] …` (Tor), `Nov 30 10:00:00.123 INFO …` (slog): no host, a level.
    line.level = hostPlaceLevel;
    // hivemind's (petals') `Nov 24 09:23:02.871 [WARN] [name.funcName:748] text`.
    const caller = hivemindCallerEnd(raw, hostEnd + 1, line);
    line.message = raw.slice(caller > hostEnd + 1 ? caller + 1 : caller);
    return line;
  }
  if (raw.charCodeAt(hostEnd - 1) === 58) {
    if (takeEmulationStationLevel(raw, i, hostEnd, line)) return line;
    // No HOSTNAME (some devices omit it): the first word is already the tag.
    readTag(raw, i, line);
    return line;
  }
  if (!takePriorityWord(raw, i, hostEnd, line)) line.host = host;
  i = hostEnd + 1;
  while (raw.charCodeAt(i) === 32) i++;
  readTag(raw, i, line);
  return line;
}

/**
 * EmulationStation's level after its syslog-shaped date (`Log::get`, Aloshi/EmulationStation
 * `src/Log.cpp`: `os << "lvl" << level << ": \t"`, the number `LogLevel`'s place in `src/Log.h`'s
 * `enum LogLevel { LogError, LogWarning, LogInfo, LogDebug }`; the `es-core` of RetroPie's fork and
 * its copies write the same after `std::put_time(…, "%b %d %T ")`):
 * `Nov 30 18:40:04 lvl1: \tSystem "sega32x" has no games! Ignoring it.`. Only `lvl0` to `lvl3` in the
 * host's place, with its colon, a space and the tab: the level, the text after the tab. A program
 * named so, or `lvl2: ` without the tab, stays a syslog tag.
 */
const ES_LEVELS: readonly Level[] = ['ERROR', 'WARN', 'INFO', 'DEBUG'];

function takeEmulationStationLevel(raw: string, i: number, hostEnd: number, line: ParsedLine): boolean {
  if (hostEnd - i !== 5 || raw.charCodeAt(hostEnd + 1) !== 9 || !raw.startsWith('lvl', i)) return false;
  const level = ES_LEVELS[raw.charCodeAt(i + 3) - 48];
  if (level === undefined) return false;
  line.level = level;
  line.message = raw.slice(hostEnd + 2);
  return true;
}

/**
 * The seconds since boot that the kernel's printk (and X.Org) write before their text,
 * `[482911.204113] ` or `[  812.009334] `: a header field (`fields.uptime`), not the message's.
 */
function takeUptime(line: ParsedLine): void {
  const text = line.message;
  if (text.charCodeAt(0) !== 91) return;
  let j = 1;
  while (text.charCodeAt(j) === 32 && j < 16) j++;
  const start = j;
  while (isDigit(text.charCodeAt(j)) && j < 24) j++;
  if (j === start || text.charCodeAt(j) !== 46) return;
  const dot = j++;
  while (isDigit(text.charCodeAt(j)) && j < 32) j++;
  if (j - dot < 4 || text.charCodeAt(j) !== 93 || text.charCodeAt(j + 1) !== 32) return;
  line.fields.uptime = Number(text.slice(start, j));
  line.message = text.slice(j + 2);
}

/**
 * `<6> 2026-11-30 10:15:02.123 +00:00 text`: sd-daemon's priority prefix, which programs logging to
 * the journal put before a line of their own, spaces and then its time; that time is the line's, in
 * any shape of the table (an appliance's own, `<134> 11/28/2026:15:31:21 GMT ns01 …`, Citrix ADC).
 * sd-daemon's one-digit `<N>` may be glued to it, as `SD_INFO "…"` writes it (`<6>Nov30
 * 13:35:45.370 text`, Splashtop's streamer log), when the time opens with a digit or a month's name.
 * Else a time after `name: ` fields, as Cisco's devices send it.
 */
function readTimeAfterPri(raw: string, i: number, ctx: TimeContext, line: ParsedLine): void {
  let j = i;
  while (raw.charCodeAt(j) === 32) j++;
  const glued = j === i && i === 3 && (isDigit(raw.charCodeAt(i)) || monthAt(raw, i) > 0);
  if ((j === i && !glued) || !scanAnyShape(raw, j, ctx, scan)) {
    readTimeAfterNames(raw, i, ctx, line);
    return;
  }
  if (scan.end < raw.length && raw.charCodeAt(scan.end) !== 32) return;
  line.timestampText = raw.slice(j, scan.end);
  line.timestamp = scan.ms;
  line.message = raw.slice(scan.end + 1);
}

/** Most `name: ` fields read before a time after `<PRI>` (a sequence number, a host, a task). */
const MAX_NAMES_BEFORE_TIME = 3;
/** Longest such field. */
const MAX_NAME = 64;

/**
 * Cisco's syslog header after `<PRI>`: up to three `name: ` fields (a sequence number, the host, a
 * task), a time in any shape marked `*` or `.` when the clock is not synchronised, and its colon:
 * `<134>Cisco-00f8.2c26.6580: *apfMsConnTask_0: Nov 20 19:37:28.624: %APF-6-…: text` (wireless LAN
 * controllers), `<189>52: router1: *Nov 30 10:00:01.456: %SYS-5-CONFIG_I: text` (IOS). The text
 * starts after the time, past a message mnemonic and a source location.
 */
function readTimeAfterNames(raw: string, i: number, ctx: TimeContext, line: ParsedLine): void {
  let j = i;
  for (let n = 0; ; n++) {
    const c = raw.charCodeAt(j);
    const at = c === 42 || c === 46 ? j + 1 : j;
    if (n > 0 && scanAnyShape(raw, at, ctx, scan) && raw.charCodeAt(scan.end) === 58) {
      if (raw.charCodeAt(scan.end + 1) !== 32) return;
      line.timestampText = raw.slice(at, scan.end);
      line.timestamp = scan.ms;
      keepNamesBeforeTime(raw, i, j, line);
      line.message = afterMnemonic(raw, scan.end + 2, line);
      return;
    }
    if (readLabelledTime(raw, j, n > 0, ctx, line)) {
      keepNamesBeforeTime(raw, i, j, line);
      return;
    }
    if (n === MAX_NAMES_BEFORE_TIME) return;
    const colon = raw.indexOf(': ', j);
    if (colon <= j || colon - j > MAX_NAME) return;
    for (let k = j; k < colon; k++) if (raw.charCodeAt(k) === 32) return;
    j = colon + 2;
  }
}

/**
 * The `name: ` fields `readTimeAfterNames` stepped over, `raw[i, j)` (a sequence number, the host, a
 * task), kept first in `fields.header_columns` (issue #14).
 */
function keepNamesBeforeTime(raw: string, i: number, j: number, line: ParsedLine): void {
  const names = raw.slice(i, j).replace(/[:\s]+$/, '');
  if (names === '') return;
  const kept = line.fields.header_columns;
  line.fields.header_columns = kept === undefined ? names : `${names} ${String(kept)}`;
}

/**
 * IOS XR's syslog header after `<PRI>` and its sequence number: a host and a space when it sends one
 * (`hostHere`), the node glued to the time by a colon, then `: `, ` : ` or a zone and `: `, and the
 * process's tag before the mnemonic: `<187>94307: gw2 LC/0/2/CPU0:Jul  7 20:16:14.834 : ifmgr[214]:
 * %PKT_INFRA-LINK-3-UPDOWN : text`. The host, the tag and the text after the mnemonic are read;
 * false, with nothing read, when the text at `j` is not so.
 */
function readLabelledTime(
  raw: string,
  j: number,
  hostHere: boolean,
  ctx: TimeContext,
  line: ParsedLine,
): boolean {
  let label = j;
  const colon = raw.indexOf(':', j);
  if (colon < 0 || colon - j > 2 * MAX_NAME) return false;
  const space = raw.indexOf(' ', j);
  if (hostHere && space > j && space < colon) label = space + 1;
  const at = labelledDateStart(raw, label, colon + 1);
  if (at < 0 || !scanAnyShape(raw, at, ctx, scan)) return false;
  const text = afterTimeColon(raw, scan.end);
  if (text < 0) return false;
  line.timestampText = raw.slice(at, scan.end);
  line.timestamp = scan.ms;
  if (label > j) line.host = raw.slice(j, label - 1);
  line.fields.node = raw.slice(label, at - 1);
  if (raw.charCodeAt(text) === 37) line.message = afterMnemonic(raw, text, line);
  else {
    readTag(raw, text, line);
    line.message = afterMnemonic(line.message, 0, line);
  }
  return true;
}

/**
 * Where the text starts after a time that ends at `end` with `: `, ` : ` or a capital word and `: `
 * (` XYZ: `, a zone's word the time's reading did not know; a known one, ` UTC: `, it read); -1 when
 * not so.
 */
function afterTimeColon(raw: string, end: number): number {
  let k = end;
  if (raw.charCodeAt(k) === 32) {
    k++;
    while (k - end <= 5 && isUpper(raw.charCodeAt(k))) k++;
    if (k > end + 1 && raw.charCodeAt(k) === 32) return -1;
  }
  return raw.charCodeAt(k) === 58 && raw.charCodeAt(k + 1) === 32 ? k + 2 : -1;
}

/**
 * The text at `i`, past a message mnemonic (`%APF-6-ASSOC: `, IOS XR's spaced `%ROUTING-BGP-5-ADJCHANGE
 * : `) and a source location after it: the mnemonic is kept in `fields.header_columns`, the location
 * in `fields.caller` (issue #14).
 */
function afterMnemonic(raw: string, i: number, line: ParsedLine): string {
  const found = raw.indexOf(': ', i);
  const colon = found > i && raw.charCodeAt(found - 1) === 32 ? found - 1 : found;
  if (colon < 0 || mnemonicSeverity(raw, i, colon) === undefined) return raw.slice(i);
  appendHeaderColumns(line, raw.slice(i, colon));
  const text = found + 2;
  const space = raw.indexOf(' ', text);
  if (space <= text || !isSourceLocation(raw, text, space)) return raw.slice(text);
  line.fields.caller ??= raw.slice(text, space);
  return raw.slice(space + 1);
}

/**
 * After sd-daemon's `<N>`, what the program's own console formatter writes before its text, the
 * priority already giving the level: a level in brackets and a dash (`[INF] - text`, Serilog's and
 * the Azure IoT Edge runtime's), or .NET's category and event id (`Microsoft.Hosting.Lifetime[14]
 * text`, Microsoft.Extensions.Logging's systemd console format), which become the logger and
 * `fields.eventId`.
 */
function takeProgramHeader(line: ParsedLine): void {
  const text = line.message;
  if (text.charCodeAt(0) === 91) {
    const close = text.indexOf('] ', 1);
    if (close < 4 || close > 12 || levelSpelling(text.slice(1, close)) === undefined) return;
    let k = close + 2;
    if (text.charCodeAt(k) === 45 && text.charCodeAt(k + 1) === 32) k += 2;
    line.message = text.slice(k);
    return;
  }
  let k = 0;
  while (k < 128 && (isWordChar(text.charCodeAt(k)) || text.charCodeAt(k) === 46)) k++;
  if (k === 0 || text.charCodeAt(k) !== 91) return;
  const close = text.indexOf('] ', k);
  if (close < 0 || !isDigits(text, k + 1, close)) return;
  line.logger = text.slice(0, k);
  line.fields.eventId = Number(text.slice(k + 1, close));
  line.message = text.slice(close + 2);
}

/** A level marked as a field (`[notice]`, `<Notice>`) or an upper-case level word (`INFO`, `ERRO`). */
function levelInHostPlace(word: string): Level | undefined {
  if (word.length < 3 || word.length > 13) return undefined;
  const first = word.charCodeAt(0);
  const last = word.charCodeAt(word.length - 1);
  if ((first === 91 && last === 93) || (first === 60 && last === 62)) return levelSpelling(word.slice(1, -1));
  // A lower-case letter (most hosts: `combo`, `LabSZ`) is no upper-case word: no copy to compare.
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 97 && c <= 122) return undefined;
  }
  return word === word.toUpperCase() ? levelSpelling(word) : undefined;
}

/**
 * Severity names as syslog.conf selectors and busybox's `facility.severity` write them; the level
 * each names is `levelSpelling`'s.
 */
const SEVERITY_NAMES: ReadonlySet<string> = new Set([
  'emerg',
  'panic',
  'alert',
  'crit',
  'err',
  'error',
  'warn',
  'warning',
  'notice',
  'info',
  'debug',
]);

/** `name` is one of syslog's facilities (`daemon`, `authpriv`, `local3`). */
export function isSyslogFacility(name: string): boolean {
  return FACILITIES.includes(name);
}

/** Longest `facility.severity` word: `solaris-cron.warning`. */
const MAX_PRIORITY_WORD = 20;

/**
 * The word `raw[a, b)` as a `facility.severity` priority (`daemon.notice`, `authpriv.warn`), which
 * busybox's syslogd and OpenWrt's `logread` write where a host or before the tag: sets the level
 * and `fields.facility` (unless a `<PRI>` set them) and returns true. Both names must be syslog's
 * own, so a host (`db.internal`) or a dotted tag (`kern.log`) is not one.
 */
export function takePriorityWord(raw: string, a: number, b: number, line: ParsedLine): boolean {
  const dot = priorityDot(raw, a, b);
  if (dot < 0) return false;
  line.level ??= levelSpelling(raw.slice(dot + 1, b));
  line.fields.facility ??= raw.slice(a, dot);
  return true;
}

/** True when `raw[a, b)` is a `facility.severity` priority word (`daemon.info`), both names syslog's. */
export function isPriorityWord(raw: string, a: number, b: number): boolean {
  return priorityDot(raw, a, b) >= 0;
}

/** The dot of the `facility.severity` priority word `raw[a, b)`, or -1 when it is none. */
function priorityDot(raw: string, a: number, b: number): number {
  if (b - a > MAX_PRIORITY_WORD || b - a < 7) return -1;
  let dot = a;
  while (dot < b && raw.charCodeAt(dot) !== 46) dot++;
  if (dot === b) return -1;
  return SEVERITY_NAMES.has(raw.slice(dot + 1, b)) && isSyslogFacility(raw.slice(a, dot)) ? dot : -1;
}

/**
 * `HOST TAG[PID]: MSG` from `i` to the tag, the host ending at `hostEnd`; a `facility.severity`
 * priority in the host's place (OpenWrt's `logread`, which writes no host) is the level instead.
 */
export function readHostAndTag(raw: string, i: number, hostEnd: number, line: ParsedLine): void {
  if (!takePriorityWord(raw, i, hostEnd, line)) line.host = raw.slice(i, hostEnd);
  readTag(raw, hostEnd + 1, line);
}

/**
 * `TAG[PID]: MSG` or `TAG: MSG` (a tag may hold spaces, e.g. `syslogd 1.4.1: restart.`), or
 * `TAG[PID] <Level>: MSG` as macOS's `syslog -F std` writes the level after the tag.
 */
export function readTag(raw: string, i: number, line: ParsedLine): void {
  const colon = raw.indexOf(': ', i);
  let limit = colon < 0 && raw.endsWith(':') ? raw.length - 1 : colon;
  const messageAt = limit + 2;
  let space = limit < 0 || limit - i > 64 ? -1 : raw.indexOf(' ', i);
  if (limit < 0 || limit - i > 64 || (space >= 0 && space < limit && hasSpace(raw, space + 1, limit))) {
    if (!readTagBeforeLevel(raw, i, line)) line.message = raw.slice(i);
    return;
  }
  // busybox's syslogd: `daemon.notice apcupsd[10]: text`, the priority before the tag.
  if (space > i && space < limit && takePriorityWord(raw, i, space, line)) {
    i = space + 1;
    space = raw.indexOf(' ', i);
  }
  if (space > i && space < limit) {
    const level = levelInHostPlace(raw.slice(space + 1, limit));
    if (level !== undefined) {
      line.level = level;
      limit = space;
    }
  }
  takeService(raw, i, limit, line);
  line.message = raw.slice(Math.min(messageAt, raw.length));
  takeUptime(line);
}

/** The tag `raw[i, end)` as the service, its `[PID]` (when it ends with one) as `fields.pid`. */
function takeService(raw: string, i: number, end: number, line: ParsedLine): void {
  let tagEnd = end;
  if (raw.charCodeAt(end - 1) === 93) {
    const open = raw.lastIndexOf('[', end);
    if (open > i) {
      line.fields.pid = idValue(raw.slice(open + 1, end - 1));
      tagEnd = open;
    }
  }
  line.service = raw.slice(i, tagEnd);
}

/**
 * `TAG LEVEL MSG` with no colon: rsyslog's RFC 3164 parser ends the tag at a space as well as at
 * a colon (`pmrfc3164.c`), so a program that sends its formatted record without a `TAG: ` of its
 * own, as Python's `SysLogHandler` does under a formatter like Helfertool's `'%(name)s
 * %(levelname)s %(message)s'`, is written with its logger's name as the tag and the level word
 * next. Only a level word judged as after a colon-ended tag (`INFO`, `[notice]`, not `Info:` or
 * `error`) makes the first word a tag; without one the text stays the message.
 */
function readTagBeforeLevel(raw: string, i: number, line: ParsedLine): boolean {
  if (line.host === undefined || !isHostnameShaped(line.host)) return false;
  const space = raw.indexOf(' ', i);
  if (space <= i || space - i > 64) return false;
  for (let k = i; k < space; k++) {
    const c = raw.charCodeAt(k);
    if (c === 58 || c === 61 || c === 34) return false;
  }
  const levelEnd = raw.indexOf(' ', space + 1);
  if (levelEnd < 0) return false;
  const level = levelInHostPlace(raw.slice(space + 1, levelEnd));
  if (level === undefined) return false;
  line.level = level;
  takeService(raw, i, space, line);
  line.message = raw.slice(levelEnd + 1);
  return true;
}

/**
 * `host` as rsyslog's `pmrfc3164.c` takes a HOSTNAME: letters, digits, `.`, `_` and `-`, the last a
 * letter or digit. Only after such a host did rsyslog split `TAG LEVEL` at the space; a bracket or
 * a colon there (ispmanager's `[28411:1] core INFO`) is a program's own header, not rsyslog's.
 */
function isHostnameShaped(host: string): boolean {
  if (host.length === 0 || host.length > 255) return false;
  for (let k = 0; k < host.length; k++) {
    const c = host.charCodeAt(k);
    if (!isWordChar(c) && c !== 46 && c !== 45) return false;
  }
  return isWordChar(host.charCodeAt(host.length - 1)) && host.charCodeAt(host.length - 1) !== 95;
}

/** True when `raw[from, to)` holds a space (found natively). */
function hasSpace(raw: string, from: number, to: number): boolean {
  const space = raw.indexOf(' ', from);
  return space >= 0 && space < to;
}

/**
 * True when the text at `i` reads `HOST TAG[PID]: ` or `HOST TAG: ` — what rsyslog writes to files
 * after an RFC 3339 time (`RSYSLOG_FileFormat`, the default on recent Debian/Ubuntu); `withPid`
 * asks for the `[PID]`, which tells a syslog header from text where a time of another shape leads.
 */
export function looksLikeHostAndTag(raw: string, i: number, withPid = false): boolean {
  const hostEnd = raw.indexOf(' ', i);
  if (hostEnd <= i || hostEnd - i > 255) return false;
  for (let k = i; k < hostEnd; k++) {
    const c = raw.charCodeAt(k);
    if (c === 58 || c === 61 || c === 91 || c === 34) return false;
  }
  const colon = raw.indexOf(': ', hostEnd + 1);
  const end = colon < 0 && raw.endsWith(':') ? raw.length - 1 : colon;
  if (end <= hostEnd + 1 || end - hostEnd > 49) return false;
  for (let k = hostEnd + 1; k < end; k++) {
    const c = raw.charCodeAt(k);
    if (c === 32 || c === 61 || c === 34) return false;
  }
  if (!withPid) return true;
  const open = raw.lastIndexOf('[', end);
  return raw.charCodeAt(end - 1) === 93 && open > hostEnd + 1 && isDigits(raw, open + 1, end - 1);
}
