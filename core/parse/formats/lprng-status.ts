/**
 * LPRng's status line, as its lpd writes every job's progress to a queue's status file (`status.pr`
 * by default, `queue_status_file`) and to the mail and logger streams beside it. LPRng 3.8.B
 * (Debian's `lprng` 3.8.B-6; the format strings read in its `lpd` binary and its source):
 * `send_to_logger()` (`src/common/errormsg.c`) writes `"%s at %s ## %s=%s %s=%d %s=%d\n"` of the
 * text `setstatus()` was given, `Time_str(0,0)`, and the pairs `A` (`IDENTIFIER`, the job's id),
 * `number` (`NUMBER`) and `process` (`PROCESS`, `getpid()`), their names in `src/include/getqueue.h`;
 * `Time_str()` (`src/common/utilities.c`) writes `"%d-%02d-%02d-%02d:%02d:%02d.%03d"` of
 * `localtime()`, the `.%03d` cut where `ms_time_resolution` is off:
 * `printing finished at 2026-11-30-07:42:14.061 ## A=mara@mac-prepress2+412 number=412 process=5120`.
 *
 * - **The time**: the stamp before ` ## `, local time in the source's zone.
 * - **The level**: none; `setstatus()` takes no priority, and a word of the text sets none.
 * - **The rest**: the job's id → `fields.identifier` and its number → `fields.number` (neither where
 *   a status line has no job: LPRng's `plp_snprintf` writes a null id `<NULL>`), the process →
 *   `fields.pid`; the text before ` at ` the message, as written.
 *
 * Only that whole trailer closing the line: ` at `, the stamp, ` ## A=`, the id, ` number=`, digits,
 * ` process=`, digits, the end. The time right before the trailer is the line's, as LPRng's own `lpq`
 * finds it (`Print_status_info()` cuts at ` ## ` and looks for the last ` at `): an earlier ` at `
 * and date in the text stay text. The caller tried the opening-keyed formats first, so a line whose
 * opening a reader names (a dated line, JSON, a syslog header) keeps its own header.
 */
import { digits, fixedStampWall, isDigit } from '../calendar.ts';
import { idValue, newLine } from '../line.ts';
import type { TimeContext } from '../timestamps.ts';
import type { ParsedLine } from '../types.ts';
import { wallTimeToInstant } from '../zones.ts';

const PROCESS = ' process=';
const NUMBER = ' number=';
const IDENTIFIER = ' ## A=';
const AT = ' at ';
/** The id `send_to_logger()` writes when it had no job: LPRng's `plp_snprintf` of a null `%s`. */
const NO_JOB = '<NULL>';
/** Digits a pid or job number may have (`%d` of an int). */
const NUMBER_DIGITS = 10;
/** `yyyy-MM-dd-HH:mm:ss`, before the optional `.SSS`. */
const SECONDS_CHARS = 19;
const MILLIS_CHARS = 4;
const STAMP_LENGTHS = [SECONDS_CHARS + MILLIS_CHARS, SECONDS_CHARS] as const;

/** Where the digits ending at `end` (exclusive) start, at most `NUMBER_DIGITS` of them, or -1 when none. */
function digitsStart(raw: string, end: number): number {
  let k = end;
  while (k > 0 && end - k < NUMBER_DIGITS && isDigit(raw.charCodeAt(k - 1))) k--;
  return k < end ? k : -1;
}

/** The instant of `Time_str()`'s stamp from `at` to `end` (with or without `.SSS`), or NaN. */
function stampInstant(raw: string, at: number, end: number, ctx: TimeContext): number {
  const length = end - at;
  if (length !== SECONDS_CHARS && length !== SECONDS_CHARS + MILLIS_CHARS) return Number.NaN;
  let ms = 0;
  if (length > SECONDS_CHARS) {
    ms = raw.charCodeAt(at + SECONDS_CHARS) === 46 ? digits(raw, at + SECONDS_CHARS + 1, 3) : -1;
    if (ms < 0) return Number.NaN;
  }
  const wall = fixedStampWall(raw, at, '---::', ms);
  return Number.isNaN(wall) ? wall : wallTimeToInstant(ctx.zone, wall);
}

/** Where the run of characters other than a space ending at `end` starts. */
function wordStart(raw: string, end: number): number {
  let k = end;
  while (k > 0 && raw.charCodeAt(k - 1) !== 32) k--;
  return k;
}

/** Where the process id closing LPRng's trailer starts (` process=5120` last), or -1. */
function processAt(raw: string): number {
  const pidAt = digitsStart(raw, raw.length);
  return pidAt >= PROCESS.length && raw.startsWith(PROCESS, pidAt - PROCESS.length) ? pidAt : -1;
}

/** True when `raw` may close with LPRng's status trailer (` process=` and digits last): its first test. */
export function mayCloseWithStatus(raw: string): boolean {
  return processAt(raw) >= 0;
}

/** LPRng's status line, or undefined: a few character tests at the line's end turn other lines away. */
export function parseLprngStatus(raw: string, ctx: TimeContext): ParsedLine | undefined {
  const pidAt = processAt(raw);
  if (pidAt < 0) return undefined;
  const numberEnd = pidAt - PROCESS.length;
  const numberAt = digitsStart(raw, numberEnd);
  if (numberAt < NUMBER.length || !raw.startsWith(NUMBER, numberAt - NUMBER.length)) return undefined;
  const idEnd = numberAt - NUMBER.length;
  // The id has no space (`user@host+number`, or `<NULL>`): the word before ` number=` is `A=` and it.
  const stampEnd = wordStart(raw, idEnd) - ' ## '.length;
  if (stampEnd < 0 || !raw.startsWith(IDENTIFIER, stampEnd)) return undefined;
  const stampAt = stampStart(raw, stampEnd);
  if (stampAt < 0) return undefined;
  const ms = stampInstant(raw, stampAt, stampEnd, ctx);
  if (Number.isNaN(ms)) return undefined;
  const line = newLine('lprng_status', raw.slice(0, stampAt - AT.length));
  line.timestamp = ms;
  line.timestampText = raw.slice(stampAt, stampEnd);
  const id = raw.slice(stampEnd + IDENTIFIER.length, idEnd);
  if (id !== NO_JOB) {
    line.fields.identifier = id;
    line.fields.number = Number(raw.slice(numberAt, numberEnd));
  }
  line.fields.pid = idValue(raw.slice(pidAt));
  return line;
}

/**
 * True when `text` is written as `Time_str()` writes (`2026-11-30-07:42:14[.061]`): a status text's
 * own ` at ` and date (`held at … by operator`), which a header finder may read, is no other header.
 */
export function isStatusStamp(text: string): boolean {
  return (
    (text.length === SECONDS_CHARS || text.length === SECONDS_CHARS + MILLIS_CHARS) &&
    text.charCodeAt(10) === 45 &&
    text.charCodeAt(13) === 58
  );
}

/** Where the stamp ending at `end` starts after its ` at ` (to the second or the millisecond), or -1. */
function stampStart(raw: string, end: number): number {
  for (const length of STAMP_LENGTHS) {
    const at = end - length;
    if (at >= AT.length && raw.startsWith(AT, at - AT.length)) return at;
  }
  return -1;
}
