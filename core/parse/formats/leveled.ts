import { balancedEnd, isDigit, isDigits, isUpperRun } from '../calendar.ts';
import {
  afterOwnLevelColon,
  angleLoggerEnd,
  arrowEnd,
  bracketLoggerEnd,
  DASH_COLUMNS,
  dashOpensText,
  isSourceLocation,
  skipHeaderFields,
  skipSpaces,
} from '../header-fields.ts';
import { braceLocationEnd, flaskModuleEnd } from '../layout-prefixes.ts';
import {
  isCategoryHttp,
  isProtocolBeforeColon,
  type Level,
  levelWord,
  log4jTwoLetterLevel,
  normaliseLevel,
  opensTextUnmarked,
} from '../levels.ts';
import { appendHeaderColumns, newLine } from '../line.ts';
import { scanHttpServerDate, scanTimestamp, type TimeContext, type TimeScan } from '../timestamps.ts';
import type { ParsedLine } from '../types.ts';
import { mayBeAccess } from './access.ts';
import { opensHmrcPlayLine } from './hmrc-play.ts';
import { looksLikeLogfmt, parseLogfmtPairs, takePaddedPairs, takeTrailingPairs } from './logfmt.ts';
import { mojoHeader, takeMojoContext, takeMojoPid } from './mojo-log.ts';
import { isPriorityWord, looksLikeHostAndTag, readHostAndTag } from './syslog.ts';

const scan: TimeScan = { ms: 0, end: 0 };

/** End of the space- or tab-delimited word at `i`. */
function tokenEnd(raw: string, i: number): number {
  let k = i;
  while (k < raw.length) {
    const c = raw.charCodeAt(k);
    if (c === 32 || c === 9) return k;
    k++;
  }
  return k;
}

/** Index after the `]` closing the `[` at `i` (nested brackets allowed), or -1. */
function bracketEnd(raw: string, i: number): number {
  return balancedEnd(raw, i, 91, 93);
}

/** The level written at [i, end): `INFO`, `[INFO]`, `INFO:`. */
function levelAt(raw: string, i: number, end: number): Level | undefined {
  if (end - i > 15) return undefined;
  const a = i;
  let b = end;
  if (raw.charCodeAt(a) === 91 && raw.charCodeAt(b - 1) === 93) {
    // In brackets any case counts (`[Warning]`, `[INF]`), but not numbers.
    const first = raw.charCodeAt(a + 1) | 32;
    if (isCategoryHttp(raw, a + 1, b - 1)) return undefined;
    return first >= 97 && first <= 122 ? normaliseLevel(raw.slice(a + 1, b - 1)) : undefined;
  }
  if (raw.charCodeAt(b - 1) === 58) b--;
  if (isProtocolBeforeColon(raw, a, b)) return undefined;
  const word = raw.slice(a, b);
  // `PANIC button pressed`: a word that also stands as text is a level here only marked as a field,
  // by a colon or a tab column (zap's `\tPANIC\t`).
  if (b === end && raw.charCodeAt(end) !== 9 && opensTextUnmarked(word)) return undefined;
  return levelWord(word);
}

/**
 * A log4j `%c` logger: a word with a package separator (`c.e.Foo`, `dfs.DataNode$PacketResponder`);
 * with `dotted` false, a class's simple name too (`%c{1}`, `%logger{0}`: `DispatcherServlet`).
 */
function isLoggerName(raw: string, i: number, end: number, dotted = true): boolean {
  // A name opens with a letter: `10.60.0.4 - - [23/Nov/2026…]` is an access log's client, the text's.
  if (end - i < 3 || end - i > 160 || isDigit(raw.charCodeAt(i))) return false;
  // and ends with one of its class's: `e.g.`, `i.e.` are a sentence's.
  if (raw.charCodeAt(end - 1) === 46) return false;
  let sep = false;
  for (let k = i; k < end; k++) {
    const c = raw.charCodeAt(k);
    if (c === 46 || c === 36) sep = true;
    else if (
      !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45)
    ) {
      return false;
    }
  }
  return sep || !dotted;
}

/**
 * logback's and log4j's `%c{1} [%t] - %m` (`%logger{0} [%thread] - %msg`) after a level: the
 * logger's name at `[i, end)`, dotted or a class's simple name in camel case, its thread in
 * brackets, ` - `; sets both and returns where the text starts, else `i`. Only after a level (a
 * name and a bracket open much text).
 */
function loggerThreadDashEnd(raw: string, i: number, end: number, line: ParsedLine): number {
  if (line.level === undefined || line.fields.thread !== undefined) return i;
  if (raw.charCodeAt(end) !== 32 || raw.charCodeAt(end + 1) !== 91) return i;
  const close = bracketEnd(raw, end + 1);
  // `[]`: an empty MDC column (Netflix Conductor's `%C [%X{…}] - `), no thread.
  if (close <= end + 3 || !raw.startsWith(' - ', close) || !isLoggerName(raw, i, end, false)) return i;
  // `[ERROR] - `: a level in brackets is no thread (as before a level, `[warning] config …`).
  if (levelAt(raw, end + 1, close) !== undefined) return i;
  if (!isLoggerName(raw, i, end) && !isCamelCase(raw, i, end)) return i;
  line.logger = raw.slice(i, end);
  line.fields.thread = raw.slice(end + 2, close - 1);
  return close + 3;
}

/**
 * A class's simple name in camel case (`DispatcherServlet`): a capital after a lower-case letter.
 * One capitalised word (`Failed [task] - error`, Django Q's text) is prose as often as a class.
 */
function isCamelCase(raw: string, i: number, end: number): boolean {
  for (let k = i + 1; k < end; k++) {
    const c = raw.charCodeAt(k);
    const before = raw.charCodeAt(k - 1);
    if (c >= 65 && c <= 90 && before >= 97 && before <= 122) return true;
  }
  return false;
}

/** ZooKeeper-style thread `[name:Class@line]`: the class is the logger. */
function splitThread(thread: string, line: ParsedLine): void {
  const at = thread.lastIndexOf('@');
  const colon = thread.lastIndexOf(':', at);
  if (at > 0 && colon >= 0 && isDigits(thread, at + 1, thread.length)) {
    line.fields.thread = thread.slice(0, colon);
    line.logger = thread.slice(colon + 1, at);
    line.fields.line = Number(thread.slice(at + 1));
  } else line.fields.thread = thread;
}

const BRACKETED_CODE = /\[([A-Z]{1,8}-\d{1,8})\] /y;

/**
 * `[MY-010116] ` after a bracketed level (MySQL 8's error log: `[Note] [MY-010116] [Server] text`):
 * an error code, kept as `fields.code`; returns where what follows it starts.
 */
export function bracketCodeEnd(text: string, i: number, line: ParsedLine): number {
  BRACKETED_CODE.lastIndex = i;
  const m = BRACKETED_CODE.exec(text);
  if (m === null || m[1] === undefined) return i;
  line.fields.code ??= m[1];
  return i + m[0].length;
}

/** True when `i` follows a bracketed level (`[INFO] `, `[INFO]`), spaces between allowed. */
function afterBracketedLevel(raw: string, i: number, line: ParsedLine): boolean {
  if (line.level === undefined) return false;
  let k = i - 1;
  while (k >= 0 && raw.charCodeAt(k) === 32) k--;
  return raw.charCodeAt(k) === 93;
}

/**
 * `dfs.DataNode: text`, `SyncTrayzor.Services.AutostartProvider: text` at `i`, after a level: a
 * logger's dotted name and its colon (Hadoop's `%c: %m`, NLog's `${logger}: ${message}`), the
 * logger set; returns where the text starts, else `i`.
 */
export function colonLoggerEnd(raw: string, i: number, line: ParsedLine): number {
  const end = tokenEnd(raw, i);
  if (raw.charCodeAt(end - 1) !== 58 || !isLoggerName(raw, i, end - 1)) return i;
  line.logger = raw.slice(i, end - 1);
  return skipSpaces(raw, end);
}

/** After the level at `i`: `[thread] logger - msg`, `[logger] msg`, `logger: msg`, `- msg`, `msg`. */
export function readAfterLevel(raw: string, i: number, line: ParsedLine, dashed: boolean): void {
  if (line.level !== undefined && raw.charCodeAt(i - 2) === 93) i = bracketCodeEnd(raw, i, line);
  if (line.level !== undefined) {
    const prefixed = Math.max(flaskModuleEnd(raw, i, line), braceLocationEnd(raw, i, line));
    if (prefixed > i) {
      line.format = 'python';
      line.message = raw.slice(prefixed);
      return;
    }
  }
  if (raw.charCodeAt(i) === 91 && line.fields.thread === undefined) {
    const close = bracketEnd(raw, i);
    if (close > 0) {
      const inner = raw.slice(i + 1, close - 1).trim();
      const j = skipSpaces(raw, close);
      if (raw.charCodeAt(j) === 45 && raw.charCodeAt(j + 1) === 32) {
        line.format = 'log4j';
        splitThread(inner, line);
        line.message = raw.slice(j + 2);
        return;
      }
      const end = tokenEnd(raw, j);
      if (raw.startsWith(' - ', end) && isLoggerName(raw, j, end)) {
        line.format = 'log4j';
        line.fields.thread = inner;
        line.logger = raw.slice(j, end);
        line.message = raw.slice(end + 3);
        return;
      }
      const named = colonLoggerEnd(raw, j, line);
      if (named > j) {
        line.format = 'log4j';
        line.fields.thread = inner;
        line.message = raw.slice(named);
        return;
      }
      line.format = 'level_bracket';
      const pid = isDigits(inner, 0, inner.length);
      const glued = !pid && raw.charCodeAt(close) === 91 && afterBracketedLevel(raw, i, line);
      const textStart = glued ? bracketLoggerEnd(raw, i, line) : i;
      if (textStart > i) {
        line.message = raw.slice(textStart);
        return;
      }
      if (pid && isLogrusElapsed(raw, i, inner)) line.fields.elapsed ??= inner;
      else if (pid) line.fields.pid ??= Number(inner);
      else line.logger = inner;
      line.message = raw.slice(
        skipHeaderFields(raw, afterParenThread(raw, skipSpaces(raw, close), line), line),
      );
      return;
    }
  }
  // A dash after the level's own colon opens the text (`messageStart`'s, r124).
  if (raw.charCodeAt(i) === 45 && raw.charCodeAt(i + 1) === 32 && !dashOpensText(raw, i)) {
    line.format = dashed ? 'python' : 'log4j';
    line.message = raw.slice(skipHeaderFields(raw, skipSpaces(raw, i + 2), line));
    return;
  }
  const named = colonLoggerEnd(raw, i, line);
  if (named > i) {
    line.format = 'log4j';
    line.message = raw.slice(named);
    return;
  }
  const end = tokenEnd(raw, i);
  if (raw.startsWith(' - ', end) && isLoggerName(raw, i, end) && !afterOwnLevelColon(raw, i)) {
    line.format = 'log4j';
    line.logger = raw.slice(i, end);
    line.message = raw.slice(end + 3);
    return;
  }
  const threaded = loggerThreadDashEnd(raw, i, end, line);
  if (threaded > i) {
    line.format = 'log4j';
    line.message = raw.slice(threaded);
    return;
  }
  line.format = line.fields.thread === undefined ? 'level_bracket' : 'log4j';
  line.message = raw.slice(
    line.level === undefined ? i : skipHeaderFields(raw, angleLoggerEnd(raw, i, line), line),
  );
}

/** logrus's text formatter's level names, cut to four letters. */
const LOGRUS_NAMES: ReadonlySet<string> = new Set(['PANI', 'FATA', 'ERRO', 'WARN', 'INFO', 'DEBU', 'TRAC']);

/**
 * logrus's `INFO[0004] text` (its text formatter without full timestamps): the bracket glued to the
 * four-letter level holds the seconds since the program started, padded to four digits, not a pid.
 */
function isLogrusElapsed(raw: string, open: number, inner: string): boolean {
  return (
    inner.length >= 4 &&
    open >= 4 &&
    (open === 4 || raw.charCodeAt(open - 5) === 32) &&
    LOGRUS_NAMES.has(raw.slice(open - 4, open))
  );
}

/**
 * logrus's text formatter on a terminal (`INFO[0004] text<padded to 44>  key=value`, colours or
 * `ForceColors`): `printColored` writes the message as `%-44s ` and each field as ` key=value`, so
 * two or more spaces always stand before the first key (logrus 1.9.3); the fields go to `fields`.
 * One space (`INFO[0004] set x=1`) is the text's.
 */
export function takeLogrusFields(line: ParsedLine, raw: string): void {
  if (raw.charCodeAt(4) !== 91 || !LOGRUS_NAMES.has(raw.slice(0, 4))) return;
  const close = raw.indexOf('] ', 5);
  if (close > 5 && close <= LOGRUS_BRACKET_CHARS) takePaddedPairs(line);
}

/** Where logrus's bracket after the level closes at the latest (a layout's time, its `%04d` seconds). */
const LOGRUS_BRACKET_CHARS = 48;

/** JBoss's and Quarkus's `%-5p [%c] (%t) %s`: a thread in parentheses after the logger. */
function afterParenThread(raw: string, i: number, line: ParsedLine): number {
  if (raw.charCodeAt(i) !== 40) return i;
  const close = raw.indexOf(') ', i);
  if (close < 0 || close - i > 64 || raw.lastIndexOf('(', close - 1) !== i) return i;
  // A source location there (WiFiDog's `[pid](gateway.c:120) `) is where the line was logged from.
  if (isSourceLocation(raw, i + 1, close)) line.fields.caller ??= raw.slice(i + 1, close);
  else line.fields.thread ??= raw.slice(i + 1, close);
  // `(Server.start:62)  - text`: a lone dash after the field, as after any field already taken.
  const next = skipSpaces(raw, close + 2);
  return raw.charCodeAt(next) === 45 && raw.charCodeAt(next + 1) === 32 ? next + 2 : close + 2;
}

/**
 * A level cut to two letters at `[i, end)`, between a thread's bracket and a dotted logger closed by
 * ` - `: Apache Roller's `log4j2.xml`, `%d [%thread] %level{length=2} %logger{1.1.} - %msg%n`
 * (`… [main] IN o.a.r.w.u.c.RollerContext - text`). Only in that whole shape: `IN`, `DE`, `ER` are
 * also a country, a preposition, a word of the text (`[main] IN clause rejected`).
 */
function cutLevelBeforeLogger(raw: string, i: number, end: number): Level | undefined {
  if (end - i !== 2 || raw.charCodeAt(end) !== 32) return undefined;
  const level = log4jTwoLetterLevel(raw.slice(i, end));
  if (level === undefined) return undefined;
  const loggerEnd = tokenEnd(raw, end + 1);
  return raw.startsWith(' - ', loggerEnd) && isLoggerName(raw, end + 1, loggerEnd) ? level : undefined;
}

/**
 * Python's dash-joined header after its time, `- name - LEVEL - text` (`%(asctime)s - %(name)s -
 * %(levelname)s - %(message)s`), the one column the logger; or one column past the header finder's
 * `DASH_COLUMNS` (which reads two or three, and keeps reading them), each one word closed by ` - `:
 * OpenTAKServer's `[%(asctime)s] - eud_handler[%(process)d] - %(module)s - %(funcName)s - %(lineno)d -
 * %(levelname)s - %(message)s` (r117), the columns kept in `fields.header_columns` as written, the
 * level in capitals (`levelname`'s) between two dashes. The first column starts at `i` and ends at
 * `end`; false when no level closes one column or `DASH_COLUMNS + 1`.
 */
function readDashColumns(raw: string, i: number, end: number, line: ParsedLine): boolean {
  let columnsEnd = end;
  for (let columns = 1; columns <= DASH_COLUMNS + 1; columns++) {
    // ` -LEVEL - `: a format that glues its dash to the level (core-aprs-client's `%(module)s
    // -%(levelname)s - %(message)s`, r121); only a level in capitals may close such a column.
    const glued = raw.charCodeAt(columnsEnd + 2) !== 32;
    const next = columnsEnd + (glued ? 2 : 3);
    const nextEnd = tokenEnd(raw, next);
    if (nextEnd === next || !raw.startsWith(' - ', nextEnd)) return false;
    // Past the first column only Python's `levelname`, three capitals or more, is a level.
    const upper = nextEnd - next >= 3 && isUpperRun(raw, next, nextEnd);
    if (glued && !upper) return false;
    const named = (columns === 1 && !glued) || upper ? levelAt(raw, next, nextEnd) : undefined;
    if (glued && named === undefined) return false;
    if (named !== undefined) {
      // Two or three columns: the header finder's reading, which the line keeps.
      if (columns > 1 && columns <= DASH_COLUMNS) return false;
      line.level = named;
      if (columns === 1) {
        line.format = 'python';
        line.logger = raw.slice(i, end);
      } else appendHeaderColumns(line, raw.slice(i, columnsEnd));
      // `%(levelname)s - %(message)s`: all after the level's dash is text, a `name - ` opening it too.
      line.message = raw.slice(nextEnd + 3);
      return true;
    }
    columnsEnd = nextEnd;
  }
  return false;
}

/** The levels zerolog's console writer prints. */
const ZEROLOG_LEVELS: ReadonlySet<string> = new Set(['TRC', 'DBG', 'INF', 'WRN', 'ERR', 'FTL', 'PNC']);

/**
 * Lines that start with a timestamp, optionally in brackets: log4j/logback
 * (`2025-10-23 14:32:15,123 ERROR [main] c.e.Foo - msg`, `… [main] ERROR c.e.Foo - msg`), ZooKeeper
 * (`… - INFO  [thread:Class@42] - msg`), Python (`… - name - WARNING - msg`), Hadoop/Spark
 * (`081109 203615 148 INFO dfs.DataNode: msg`, `17/06/09 20:10:40 INFO spark.Foo: msg`), Go's
 * `2025/10/23 14:32:15 msg`, and `… INFO [payment-service] msg`. Lines with a timestamp but none of
 * these shapes come back as `timestamped`.
 */
export function parseLeveled(raw: string, ctx: TimeContext): ParsedLine | undefined {
  const bracketed = raw.charCodeAt(0) === 91;
  const start = bracketed ? 1 : 0;
  if (!scanTimestamp(raw, start, ctx, scan)) return undefined;
  let i = scan.end;
  if (bracketed) {
    if (raw.charCodeAt(i) !== 93) return undefined;
    i++;
  }
  if (i < raw.length && raw.charCodeAt(i) !== 32 && raw.charCodeAt(i) !== 9) return undefined;
  const line = newLine('timestamped', '');
  line.timestamp = scan.ms;
  line.timestampText = raw.slice(start, scan.end);
  i = skipSpaces(raw, i);
  // A lone dash, or three (the WRF Preprocessing System's `module_debug.F`: `date time --- text`).
  const dashes = raw.startsWith('--- ', i) ? 3 : 1;
  const dashed = raw.charCodeAt(i) === 45 && raw.charCodeAt(i + dashes) === 32;
  if (dashed) i = skipSpaces(raw, i + dashes + 1);
  let end = tokenEnd(raw, i);
  if (isDigits(raw, i, end)) {
    const next = skipSpaces(raw, end);
    const nextEnd = tokenEnd(raw, next);
    if (levelAt(raw, next, nextEnd) !== undefined) {
      line.fields.pid = Number(raw.slice(i, end));
      i = next;
      end = nextEnd;
    }
  }
  let cut: Level | undefined;
  if (!dashed && raw.charCodeAt(i) === 91) {
    // log4j's own default layout: `%d [%t] %-5p %c - %m%n`.
    const close = bracketEnd(raw, i);
    if (close > 0) {
      const next = skipSpaces(raw, close);
      const nextEnd = tokenEnd(raw, next);
      // `[warning] config …`: a bracketed level is not a thread, whatever word follows it.
      if (levelAt(raw, i, close) === undefined) {
        cut = levelAt(raw, next, nextEnd) ?? cutLevelBeforeLogger(raw, next, nextEnd);
        if (cut !== undefined) {
          line.fields.thread = raw.slice(i + 1, close - 1);
          i = next;
          end = nextEnd;
        }
      }
    }
  }
  const level = cut ?? levelAt(raw, i, end);
  if (level !== undefined) {
    line.level = level;
    if (
      raw.charCodeAt(start + 4) === 47 &&
      raw.charCodeAt(i) === 91 &&
      readNginxError(raw, skipSpaces(raw, end), line)
    ) {
      return line;
    }
    // Mojo::Log writes its text right after the context bracket: no column follows to read.
    const mojo = bracketed ? mojoHeader(raw) : null;
    if (mojo !== null && takeMojoContext(raw, mojo, line)) line.format = 'log4j';
    else {
      readAfterLevel(raw, skipSpaces(raw, end), line, dashed);
      if (mojo !== null) takeMojoPid(mojo, line);
    }
    // zerolog's console writer: its three-letter level, bare or in brackets (a FormatLevel that
    // brackets it, Centrifugo's `[INF]`), then the text and its fields.
    const word =
      raw.charCodeAt(i) === 91 && raw.charCodeAt(end - 1) === 93
        ? raw.slice(i + 1, end - 1)
        : raw.slice(i, end);
    if (ZEROLOG_LEVELS.has(word) && raw.length - line.message.length === skipSpaces(raw, end))
      takeTrailingPairs(line);
    if (line.format === 'level_bracket' && raw.charCodeAt(start + 4) === 47 && raw.charCodeAt(i) !== 91) {
      line.format = 'golog';
      // Go's log package has no level: a word the program wrote with its colon (`log.Print("WARN:
      // slow")`) belongs to the message. A bare level column is a logger's own (slog's default
      // handler, `2026/11/30 14:02:11 INFO text`; log4j's `yyyy/MM/dd HH:mm:ss.SSS LEVEL [logger]`).
      if (raw.charCodeAt(end - 1) === 58) {
        line.logger = undefined;
        line.message = raw.slice(i);
      }
    }
    return line;
  }
  if (dashed && raw.startsWith(' -', end) && readDashColumns(raw, i, end, line)) return line;
  // clamd's `Mon Nov 30 10:00:00 2026 -> text`: an arrow between the time and the text.
  const arrow = arrowEnd(raw, i);
  if (arrow > i) i = skipSpaces(raw, arrow);
  else i = afterPidOrPipe(raw, i, line);
  line.message = raw.slice(i);
  if (raw.charCodeAt(start + 4) === 47) line.format = 'golog';
  else if (
    !bracketed &&
    (raw.charCodeAt(start + 10) === 84
      ? looksLikeHostAndTag(raw, i)
      : logreadPriority(raw, i) && looksLikeHostAndTag(raw, i, true))
  ) {
    line.format = 'syslog3164';
    readHostAndTag(raw, i, raw.indexOf(' ', i), line);
  }
  // `ERROR:root:retry=3 failed` (Python's `basicConfig` layout after `docker logs -t`'s time) is no
  // logfmt key: the header reading takes its level and name; nor is HMRC's bracketed header, which
  // its own reader takes (`hmrc-play.ts`).
  else if (
    looksLikeLogfmt(line.message) &&
    parsePythonBasic(line.message) === undefined &&
    !opensHmrcPlayLine(raw, line.timestampText)
  )
    readLogfmtRest(line);
  return line;
}

/**
 * OpenWrt's `logread` (and busybox's syslogd without a host): a `facility.severity` priority right
 * after a time of another shape (`Sat Nov 28 03:14:07 2026 daemon.info tag[12]: text`), read as the
 * syslog line it is, the priority in the host's place; the tag needs its `[pid]`, as after any time
 * of another shape (`kern.info kernel: …` stays text).
 */
function logreadPriority(raw: string, i: number): boolean {
  const c = raw.charCodeAt(i);
  if (c < 97 || c > 122) return false;
  const space = raw.indexOf(' ', i);
  return space > i && isPriorityWord(raw, i, space);
}

/** Most digits of a pid in brackets. */
const MAX_PID_DIGITS = 10;

/**
 * Where the text starts after a time with no level: past a pid in brackets (`[21877] text`, rsyncd
 * and other daemons' `%t [%p]`), which goes to `fields.pid`, or past a ` | ` between the columns
 * (`%(asctime)s | %(message)s`); else `i`.
 */
function afterPidOrPipe(raw: string, i: number, line: ParsedLine): number {
  const c = raw.charCodeAt(i);
  if (c === 124) return raw.charCodeAt(i + 1) === 32 ? skipSpaces(raw, i + 2) : i;
  if (c !== 91) return i;
  let close = i + 1;
  while (close - i <= MAX_PID_DIGITS && isDigit(raw.charCodeAt(close))) close++;
  if (close === i + 1 || raw.charCodeAt(close) !== 93 || raw.charCodeAt(close + 1) !== 32) return i;
  line.fields.pid = Number(raw.slice(i + 1, close));
  return skipSpaces(raw, close + 1);
}

/** Nginx error log after `yyyy/MM/dd HH:mm:ss [level] `: `PID#TID: [*CID ]message`. */
function readNginxError(raw: string, i: number, line: ParsedLine): boolean {
  const hash = raw.indexOf('#', i);
  const colon = raw.indexOf(': ', i);
  if (hash <= i || colon <= hash + 1 || !isDigits(raw, i, hash) || !isDigits(raw, hash + 1, colon))
    return false;
  line.format = 'nginx_error';
  line.fields.pid = Number(raw.slice(i, hash));
  line.fields.tid = Number(raw.slice(hash + 1, colon));
  let j = colon + 2;
  if (raw.charCodeAt(j) === 42) {
    const sp = raw.indexOf(' ', j);
    if (sp > j + 1 && isDigits(raw, j + 1, sp)) {
      line.fields.connection = Number(raw.slice(j + 1, sp));
      j = sp + 1;
    }
  }
  line.message = raw.slice(j);
  return true;
}

/** `timestamp key=value …`: the pairs fill the event like a logfmt line; the line's own time stays. */
function readLogfmtRest(line: ParsedLine): void {
  const rest = parseLogfmtPairs(line.message);
  if (rest === undefined) return;
  line.format = 'logfmt';
  line.message = rest.message;
  line.level = rest.level;
  line.logger = rest.logger;
  line.service = rest.service;
  line.host = rest.host;
  line.fields = rest.fields;
  if (rest.timestampText !== undefined) line.fields.time = rest.timestampText;
}

/**
 * Python's `basicConfig` default: `WARNING:root:message`. The layout has no time; with `ctx`, a
 * message that is an access-log line (`INFO:aiohttp.access:10.0.3.7 [23/Nov/2026:12:01:44 +0000]
 * "GET / HTTP/1.1" 200 …`, a server's access logger through `basicConfig`; werkzeug's
 * `INFO:werkzeug:10.0.3.7 - - [30/Nov/2026 16:05:41] "GET / HTTP/1.1" 200 -`) gives its bracketed time.
 */
export function parsePythonBasic(raw: string, ctx?: TimeContext): ParsedLine | undefined {
  const first = raw.indexOf(':');
  if (first < 4 || first > 8) return undefined;
  const level = levelWord(raw.slice(0, first));
  if (level === undefined) return undefined;
  const second = raw.indexOf(':', first + 1);
  // A logger name has no white space: "ERROR: disk: full" and a time's hour (`INFO:\t07:58:02`) are not this layout.
  if (second < 0 || raw.lastIndexOf(' ', second) > first || raw.lastIndexOf('\t', second) > first)
    return undefined;
  // `ERROR:https://db/x failed`: a URL's scheme, no logger's name.
  if (raw.charCodeAt(second + 1) === 47 && raw.charCodeAt(second + 2) === 47) return undefined;
  // `ERROR:500:Internal Server Error`: a status code, no module's name; the text keeps it.
  if (isDigits(raw, first + 1, second)) {
    const coded = newLine('python', raw.slice(first + 1));
    coded.level = level;
    return coded;
  }
  const nameEnd = addressPortEnd(raw, first + 1, second);
  const line = newLine('python', raw.slice(nameEnd + 1));
  line.level = level;
  line.logger = raw.slice(first + 1, nameEnd);
  if (ctx !== undefined) readAccessTime(line, ctx);
  return line;
}

/** Most digits of a TCP or UDP port (`addressPortEnd`). */
const PORT_DIGITS = 5;

/**
 * Where a `basicConfig` logger's name that ends in `@` and an IPv4 address, its colon at `colon`,
 * really ends: after the port the name carries (taky's per-client loggers,
 * `f"{self.__class__.__name__}@{ip}:{port}"` in `taky/cot/client.py`: `INFO:SocketTAKClient@198.51.100.31:40122:text`,
 * r117). Only digits of a port closed by their own colon; else `colon`, the name's end as before.
 */
function addressPortEnd(raw: string, a: number, colon: number): number {
  const at = raw.lastIndexOf('@', colon);
  if (at < a || !isDottedQuad(raw, at + 1, colon)) return colon;
  const port = colon + 1;
  let k = port;
  while (k < raw.length && k - port < PORT_DIGITS && isDigit(raw.charCodeAt(k))) k++;
  if (k === port || raw.charCodeAt(k) !== 58) return colon;
  return Number(raw.slice(port, k)) <= 65535 ? k : colon;
}

/** `raw[a, b)` is an IPv4 address: four numbers of one to three digits, each up to 255, joined by dots. */
function isDottedQuad(raw: string, a: number, b: number): boolean {
  let parts = 0;
  let k = a;
  while (parts < 4) {
    const start = k;
    while (k < b && k - start < 3 && isDigit(raw.charCodeAt(k))) k++;
    if (k === start || Number(raw.slice(start, k)) > 255) return false;
    parts++;
    if (parts < 4) {
      if (raw.charCodeAt(k) !== 46) return false;
      k++;
    }
  }
  return k === b;
}

/** Words an access log writes before its bracketed time: the client, then ident and user (`- -`). */
const WORDS_BEFORE_ACCESS_TIME = 3;

/** An access log's first word: the client, a host name or an IPv4 or IPv6 address. */
const HOST_OR_IP = /^[A-Za-z\d.:-]+ /;

/**
 * The bracketed time after the first words of an access-log message (`host - - [time] "…"`); only
 * from that shape, so a time quoted in an ordinary message (`job [2019-01-01 00:00:00] failed`) stays text.
 */
function readAccessTime(line: ParsedLine, ctx: TimeContext): void {
  const text = line.message;
  if (!HOST_OR_IP.test(text) || !mayBeAccess(text)) return;
  let space = -1;
  for (let n = 0; n < WORDS_BEFORE_ACCESS_TIME; n++) {
    space = text.indexOf(' ', space + 1);
    if (space <= 0 || space > 64) return;
    if (text.charCodeAt(space + 1) !== 91) continue;
    const at = space + 2;
    if (
      (scanTimestamp(text, at, ctx, scan) || scanHttpServerDate(text, at, ctx, scan)) &&
      text.charCodeAt(scan.end) === 93
    ) {
      line.timestamp = scan.ms;
      line.timestampText = text.slice(at, scan.end);
    }
    return;
  }
}
