/**
 * Gwenhywfar's log line, as AqBanking and its tools (`aqbanking-cli`, `aqhbci-tool`), Gwenhywfar's
 * own tools and every program on the library write it to the console or a log file:
 * `GWEN_Logger__CreateMessage()` (`src/base/logger.c`) formats `"%d:%04d/%02d/%02d %02d-%02d-%02d:%s(%d):%s\n"`
 * of the priority, `localtime()`'s date and time of day (its parts joined by dashes), the logger's
 * ident and `getpid()`, then the text; the same string is in Debian's `libgwenhywfar.so.79` (5.10.1).
 * The `DBG_*` macros (`gwenhywfar/debug.h`) open the text with `__FILE__":%5d: "`:
 * `6:2026/11/30 06-00-01:aqbanking(20411):banking_online.c:  318: Creating provider "aqhbci"`.
 *
 * - **The time**: the date and time of day, local time in the source's zone, to the second.
 * - **The level**: `GWEN_LOGGER_LEVEL`'s numbers (`gwenhywfar/logger.h`): 0 Emergency, 1 Alert, 2
 *   Critical FATAL, 3 Error ERROR, 4 Warning WARN, 5 Notice NOTICE, 6 Info INFO, 7 Debug DEBUG, 8
 *   Verbous TRACE.
 * - **The rest**: the ident (the log domain: `aqbanking`, `aqhbci`, `gwenhywfar`) → `logger`, the pid
 *   → `fields.pid`, a macro's `file.c:line` → `fields.caller`; the text after it the message.
 *
 * Only that whole header from the line's start (a priority digit and its colon tested first): the
 * build without `getpid()` (`%s:%s`, no pid) and a time with colons are not this format.
 */
import { fixedStampWall, isDigit } from '../calendar.ts';
import { type Level, syslogSeverityLevel } from '../levels.ts';
import { newLine } from '../line.ts';
import type { TimeContext } from '../timestamps.ts';
import type { ParsedLine } from '../types.ts';
import { wallTimeToInstant } from '../zones.ts';

/** Where the stamp `yyyy/MM/dd HH-mm-ss` starts, after the priority and its colon. */
const STAMP_AT = 2;
const STAMP_END = STAMP_AT + 19;
/** Longest ident looked over for its `(` (`GWEN_Logger_SetIdent`'s name, a log domain). */
const IDENT_CHARS = 64;
/** The longest pid Linux gives (`pid_max` at most 4194304) and then some. */
const PID_DIGITS = 10;
/** `DBG_*`'s `__FILE__":%5d: "` opening the text: a C or C++ file, its line padded to five. */
const SOURCE_LOCATION = /([\w./+-]{1,96}\.(?:c|cc|cpp|cxx|h|hpp)): *(\d{1,9}): /y;

/**
 * `GWEN_LOGGER_LEVEL` on the common scale: 0 to 7 are syslog's severities (Emergency to Debug), 8
 * (Verbous) is TRACE.
 */
function gwenLevel(priority: number): Level | undefined {
  return priority === 8 ? 'TRACE' : syslogSeverityLevel(priority);
}

/**
 * Where the ident's `(` is, the ident being at least one character with no `:`, `(` or white space,
 * or -1: a log domain is one word, and a blank one would make a blank logger.
 */
function identOpen(raw: string, at: number): number {
  for (let k = at; k < at + IDENT_CHARS && k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c === 40) return k > at ? k : -1;
    if (c === 58 || c <= 32) return -1;
  }
  return -1;
}

/** Gwenhywfar's line (the caller tested a digit first), or undefined. */
export function parseGwenLogLine(raw: string, ctx: TimeContext): ParsedLine | undefined {
  if (raw.charCodeAt(1) !== 58 || raw.charCodeAt(STAMP_END) !== 58) return undefined;
  const level = gwenLevel(raw.charCodeAt(0) - 48);
  if (level === undefined) return undefined;
  const wall = fixedStampWall(raw, STAMP_AT, '// --', 0);
  if (Number.isNaN(wall)) return undefined;
  const open = identOpen(raw, STAMP_END + 1);
  if (open < 0) return undefined;
  let close = open + 1;
  while (close - open <= PID_DIGITS && isDigit(raw.charCodeAt(close))) close++;
  if (close === open + 1 || raw.charCodeAt(close) !== 41 || raw.charCodeAt(close + 1) !== 58)
    return undefined;
  let text = close + 2;
  SOURCE_LOCATION.lastIndex = text;
  const location = SOURCE_LOCATION.exec(raw);
  if (location !== null) text = SOURCE_LOCATION.lastIndex;
  const line = newLine('gwen_log', raw.slice(text));
  line.timestamp = wallTimeToInstant(ctx.zone, wall);
  line.timestampText = raw.slice(STAMP_AT, STAMP_END);
  line.level = level;
  line.logger = raw.slice(STAMP_END + 1, open);
  line.fields.pid = Number(raw.slice(open + 1, close));
  if (location !== null) line.fields.caller = `${location[1]}:${location[2]}`;
  return line;
}
