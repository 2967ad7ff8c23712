/**
 * Structure found in a line's header, and learned per source: where the timestamp starts (which
 * header field, in which shape from `TIMESTAMP_SHAPES`) and where the level sits. In the spirit of
 * Elastic's text-structure finder: look at a source's first lines, keep what holds for nearly all of
 * them, then read every later line with that one shape at that one place. Pure, never throws, and
 * bounded: a line's header is its first `HEADER_CHARS` characters (tokens in brackets not counted, up
 * to `BRACKETED_HEADER_CHARS`) and at most `HEADER_FIELDS` fields,
 * and one line costs at most `STEP_BUDGET` steps however long or strange it is.
 */

import { isAgreed, MIN_AGREEMENT, MIN_SAMPLE_LINES } from './agreement.ts';
import {
  gluedDateStart,
  isCommaFraction,
  isDigit,
  isDigits,
  isHexDigit,
  isLetter,
  isLetterRun,
  isLower,
  isLowerHexDigit,
  isLowerRun,
  isUpper,
  isUpperRun,
  labelledDateStart,
  monthAt,
  NUMERIC_DATE_CHARS,
  writtenYear,
} from './calendar.ts';
import { categoryOpening, type Diagnostic, diagnosticAt } from './diagnostic.ts';
import { readStdlogColumns, type StdlogColumns } from './formats/sdm-stdlog.ts';
import { isSyslogFacility } from './formats/syslog.ts';
import {
  DASH_COLUMNS,
  dashRunEnd,
  isNameChar,
  isSourceLocation,
  isWordChar,
  levelCodeEnd,
  separatedLoggerStart,
  skipSpaces,
} from './header-fields.ts';
import { timeAfterLabels } from './labels-before-time.ts';
import {
  columnLevelSpelling,
  compoundLevelSpelling,
  isAtLeast,
  isCategoryHttp,
  isCountedSpelling,
  isDeclaredUnletteredWord,
  isFullLevelWord,
  isLetterLevelSet,
  isLogrusCut,
  isProtocolBeforeColon,
  isSevereLabel,
  isWholeLevelWord,
  type Level,
  levelMark,
  levelSpelling,
  maySpellLevel,
  mnemonicSeverity,
  mormotLevel,
  opensTextUnmarked,
  paddedLevelEnd,
  placedLevelSpelling,
  pythonLevelNumber,
  pythonUnnamedLevel,
  severityFromInfoLevel,
  syslogPriorityName,
  syslogSeverityLevel,
  unmarkedMnemonicSeverity,
  yateLevelName,
  yazLevelName,
} from './levels.ts';
import {
  inBracketedName,
  isCountFrom,
  isDriveSize,
  isLetterLabel,
  isPluralMark,
  isStateChangeFrom,
  opensShellTrace,
} from './look-alikes.ts';
import { LONGEST_COLUMN_WORD, provenColumnWord, SHORTEST_COLUMN_WORD } from './proven-column.ts';
import {
  EPOCH_SHAPE,
  fitsDatedDecimals,
  fitsDatesAlone,
  fitsElapsedClock,
  isInAcceptedWindow,
  isLearnedInAnyField,
  isLearnedOnly,
  isTimeOfDayName,
  isYearDayMonthSample,
  MONTH_DAY_TIME_SHAPE_INDEX,
  MORMOT_STAMP_SHAPE,
  opensLineOnly,
  readsMarkedFractionFurther,
  TIMESTAMP_SHAPES,
  YAZ_TIME_SHAPE_INDEX,
  YEAR_DAY_MONTH_SHAPE,
  YEAR_FIRST_SHAPE,
} from './timestamp-shapes.ts';
import { offsetOpeningBracket, type TimeContext, type TimeScan } from './timestamps.ts';

/** Characters of a line looked at for its header. */
export const HEADER_CHARS = 200;
/** Fields of a header looked at (a field is text between delimiters such as spaces and brackets). */
export const HEADER_FIELDS = 12;
/** The timestamp must start in one of the first fields: later, a time is part of the message. */
const TIMESTAMP_FIELDS = 5;
/** Most steps (field visits, shape attempts) one line may cost. */
export const STEP_BUDGET = HEADER_FIELDS * (TIMESTAMP_SHAPES.length + 4) + 2 * HEADER_CHARS;

/** Steps the last `scanHeader`, `applyStructure` or `mayHoldMarkedLevel` call took (the fuzz test checks the budget holds). */
export let lastSteps = 0;

/** What the header of one line holds. Offsets index the line as given. */
export interface Header {
  /** Index in `TIMESTAMP_SHAPES`, -1 when no timestamp. */
  shape: number;
  /** Field the timestamp starts in. */
  timeField: number;
  timeStart: number;
  timeEnd: number;
  time: number;
  level: Level | undefined;
  /** Field of the level: absolute, counted from the line's start. */
  levelField: number;
  levelStart: number;
  levelEnd: number;
  /** True when the level's spelling is unambiguous wherever it stands (`WARN`, `[Warning]`, `error:`). */
  levelStrong: boolean;
  /** Fields between the timestamp and the level, or -1 (the level is before it, or absent). */
  levelAfterTime: number;
  /**
   * Where the message starts when the level's own convention says so (a diagnostic's text, the
   * text after a topic list), else -1.
   */
  textStart: number;
  /**
   * End of a learned level column that holds a letter no spelling knows (WebSphere's `O`): the
   * header ends there though the line has no level; else -1.
   */
  columnEnd: number;
}

export function emptyHeader(): Header {
  return {
    shape: -1,
    timeField: -1,
    timeStart: 0,
    timeEnd: 0,
    time: 0,
    level: undefined,
    levelField: -1,
    levelStart: 0,
    levelEnd: 0,
    levelStrong: false,
    levelAfterTime: -1,
    textStart: -1,
    columnEnd: -1,
  };
}

/** Space, tab and punctuation that separate header fields: `[ ] ( ) < > | , " = ;`. */
const DELIMITERS = new Uint8Array(128);
for (const c of ' \t[]()<>|,"=;') DELIMITERS[c.charCodeAt(0)] = 1;

/** True when `raw[k]` separates fields: a delimiter, or a colon inside a colon-separated header. */
function delimitsAt(raw: string, k: number, colonsUntil: number): boolean {
  const c = raw.charCodeAt(k);
  return (c < 128 && DELIMITERS[c] === 1) || (c === 58 && k < colonsUntil);
}

// Field boundaries of the line being scanned, reused between lines.
const fieldStart: number[] = new Array(HEADER_FIELDS).fill(0);
const fieldEnd: number[] = new Array(HEADER_FIELDS).fill(0);
let fieldCount = 0;

/** Longest bracketed header whose parts colons separate (`[pid:tid:time:LEVEL:file(line)]`). */
const COLON_HEADER_CHARS = 120;

/**
 * End of a leading bracket without spaces whose parts three or more colons separate, as Chromium
 * writes its header (`[4821:4821:1130/100000.123456:WARNING:gpu_init.cc(523)]`); 0 when the line has
 * none. Inside it a colon separates fields.
 */
function colonHeaderEnd(raw: string): number {
  if (raw.charCodeAt(0) !== 91) return 0;
  let colons = 0;
  const limit = Math.min(raw.length, COLON_HEADER_CHARS);
  for (let k = 1; k < limit; k++) {
    const c = raw.charCodeAt(k);
    if (c === 93) return colons >= 3 ? k : 0;
    if (c === 32 || c === 9 || c === 91) return 0;
    if (c === 58) colons++;
  }
  return 0;
}

/**
 * End of a bracket opened right before `start` that holds brackets or parentheses of its own and no
 * space (a thread named `[JanusGraphID(0)(4)[0]]` or `[JanusGraph[graph]:metrics]` in log4j's
 * `%r [%t] %-5p`), or braces: log4j's and logback's MDC map printed in a bracket, whose entries commas
 * join (`[{{Correlation-Id,f83c…}}{Method,POST}{Uri,/x}]`, BlackBerry UEM's `[%X]`): the index of
 * its closing `]`, so the whole name is one field and the fields after it keep their places (a map of
 * one entry or of three puts the level in the same field); -1 when the bracket nests nothing
 * (`[main]`) or does not close unspaced.
 */
function nestedBracketEnd(raw: string, start: number, limit: number): number {
  let depth = 1;
  let nested = false;
  let k = start;
  for (; k < limit; k++) {
    lastSteps++;
    const c = raw.charCodeAt(k);
    if (c === 91 || c === 40 || c === 123) {
      depth++;
      nested = true;
    } else if (c === 93 || c === 41 || c === 125) {
      if (--depth === 0) break;
    } else if (c === 32 || c === 9) break;
  }
  if (depth === 0 && nested && raw.charCodeAt(k) === 93) return k;
  // Brackets that start before where this scan stopped are not scanned again: linear in the header.
  nestedScanTo = k;
  return -1;
}

/** Where the last unsuccessful `nestedBracketEnd` of the line being split stopped. */
let nestedScanTo = 0;

/**
 * Most characters a header of bracketed tokens reaches (`splitFields`): a token in brackets (a thread,
 * an MDC value, `[pipeline:orders/3cb5c521-…]`) does not count toward `HEADER_CHARS`, up to this.
 */
const BRACKETED_HEADER_CHARS = 2 * HEADER_CHARS;

/**
 * Splits the header into its first `maxFields` fields (at most `HEADER_FIELDS`), in its first
 * `HEADER_CHARS` characters, not counting the tokens in brackets before (up to `BRACKETED_HEADER_CHARS`).
 */
function splitFields(raw: string, maxFields = HEADER_FIELDS): void {
  fieldCount = 0;
  let limit = Math.min(raw.length, HEADER_CHARS);
  const colonsUntil = colonHeaderEnd(raw);
  nestedScanTo = 0;
  let i = markedTimeStart(raw);
  while (i < limit && fieldCount < maxFields) {
    while (i < limit && delimitsAt(raw, i, colonsUntil)) i++;
    if (i >= limit) break;
    const start = i;
    const nested =
      raw.charCodeAt(i - 1) === 91 && i > colonsUntil && i > nestedScanTo
        ? nestedBracketEnd(raw, i, limit)
        : -1;
    if (nested > 0) i = nested;
    else while (i < raw.length && !delimitsAt(raw, i, colonsUntil)) i++;
    fieldStart[fieldCount] = start;
    fieldEnd[fieldCount] = i;
    fieldCount++;
    lastSteps++;
    if (raw.charCodeAt(start - 1) === 91 && raw.charCodeAt(i) === 93)
      limit = Math.min(raw.length, limit + i - start, BRACKETED_HEADER_CHARS);
  }
  lastSteps += limit;
  splitReach = limit;
}

/** How far the last `splitFields` let a field start: `HEADER_CHARS`, more behind bracketed tokens. */
let splitReach = 0;

/**
 * 1 when the line opens with a network OS's mark glued before its time (H3C and HPE Comware's `%`,
 * `*` or `^` for a log, a debug line or a trap: `%Nov 30 01:02:14:227 2026 …`; Cisco's `*` or `.`
 * for an unsynchronised clock) and a month name follows: the time's field starts after it. Else 0.
 */
function markedTimeStart(raw: string): number {
  const c = raw.charCodeAt(0);
  if (c !== 37 && c !== 42 && c !== 94 && c !== 46) return 0;
  return monthAt(raw, 1) > 0 && raw.charCodeAt(4) === 32 ? 1 : 0;
}

/**
 * Field `f` is where Comware's log file writes its mnemonic without the `%`: right after the host,
 * after a time whose year follows the time of day (`%Nov 30 01:02:19:727 2026 LEAF-07 IFNET/3/…:`).
 * Anywhere else a capital path of that shape (`GET API/2/USERS:`, an ISO time's `DATA/0/BACKUP:`) is text.
 */
function isUnmarkedMnemonicPlace(raw: string, f: number, out: Header): boolean {
  const end = out.timeEnd;
  if (out.shape < 0 || raw.charCodeAt(end - 5) !== 32 || !isDigit(raw.charCodeAt(end - 6))) return false;
  return writtenYear(raw, end - 4) > 0 && f === fieldAt(end) + 1;
}

const scan: TimeScan = { ms: 0, end: 0 };

/** Tries one shape at `i`; false when absent or over budget. */
function tryShape(raw: string, shape: number, i: number, ctx: TimeContext): boolean {
  if (lastSteps >= STEP_BUDGET) return false;
  lastSteps++;
  const entry = TIMESTAMP_SHAPES[shape];
  if (entry === undefined) return false;
  const c = raw.charCodeAt(i);
  if (entry.digitFirst !== isDigit(c)) return false;
  return (
    entry.scan(raw, i, ctx, scan) &&
    !fractionFollows(raw, scan.end) &&
    (shape === YEAR_FIRST_SHAPE || !readsMarkedFractionFurther(raw, i, scan.end, ctx))
  );
}

/**
 * `.123`, `,123` (not `,2,`, a column) or `:123` right after what a shape read: the time goes on with a fraction that
 * shape does not read (`20261130-14:02:11.123` read as `…-H:m:s:S`), so a later shape should. Digits
 * between commas after a fraction the shape did read (`10:00:00.123,200,GET`) are the next column, and
 * so are digits between colons (Python's colon-joined `%(asctime)s:%(thread)d:%(levelname)s:…`,
 * WMCore's `Harness.py`: `14:02:11,407:140027318425408:INFO:`).
 */
function fractionFollows(raw: string, end: number): boolean {
  const c = raw.charCodeAt(end);
  if (c === 44) return isCommaFraction(raw, end) && !(endsWithFraction(raw, end) && columnFollows(raw, end));
  if ((c !== 46 && c !== 58) || !isDigit(raw.charCodeAt(end + 1))) return false;
  return c === 46 || !(endsWithFraction(raw, end) && columnFollows(raw, end));
}

/**
 * True when the digits after the mark at `i` end at the same mark: a column it joins (`,200,`, `:4242:`),
 * not Zephyr's `.006,000]` microseconds.
 */
function columnFollows(raw: string, i: number): boolean {
  const mark = raw.charCodeAt(i);
  let k = i + 1;
  while (isDigit(raw.charCodeAt(k))) k++;
  return raw.charCodeAt(k) === mark;
}

/** True when the text before `end` ends `:SS.fff` or `:SS,fff`: seconds and their fraction. */
function endsWithFraction(raw: string, end: number): boolean {
  let k = end - 1;
  while (k > end - 10 && isDigit(raw.charCodeAt(k))) k--;
  const mark = raw.charCodeAt(k);
  if (k === end - 1 || (mark !== 46 && mark !== 44)) return false;
  return isDigit(raw.charCodeAt(k - 1)) && isDigit(raw.charCodeAt(k - 2)) && raw.charCodeAt(k - 3) === 58;
}

/** The field index that contains offset `at` (or the first starting after it). */
function fieldAt(at: number): number {
  for (let f = 0; f < fieldCount; f++) if ((fieldEnd[f] as number) > at) return f;
  return fieldCount;
}

function findTime(
  raw: string,
  ctx: TimeContext,
  out: Header,
  onlyShape: number,
  onlyField: number,
  anyShapeAnywhere = false,
): void {
  const first = onlyField >= 0 ? onlyField : 0;
  // GLib with no domain, `** (prog:pid): WARNING **: 10:00:00.123: text`, writes its time one field further.
  const glibLead = onlyField < 0 && raw.charCodeAt(0) === 42 && raw.startsWith('* ', 1) ? 1 : 0;
  const last = Math.min(fieldCount, onlyField >= 0 ? onlyField + 1 : TIMESTAMP_FIELDS + glibLead);
  for (let f = first; f < last; f++) {
    if (f >= TIMESTAMP_FIELDS && !glibTimeOfDay(raw, f)) break;
    const start = fieldStart[f] as number;
    const weakHere =
      onlyShape >= 0 ||
      f === 0 ||
      anyShapeAnywhere ||
      timeOfDayBeforeLevel(raw, f) ||
      timeOfDayAfterLevel(raw, f) ||
      timeOfDayAfterPid(raw, f) ||
      glibTimeOfDay(raw, f);
    const rosEpoch = f > 0 && !anyShapeAnywhere && onlyShape < 0 && epochAfterBracketedLevel(raw, f);
    let framed = false;
    for (let k = 0; k < 3; k++) {
      let at = start;
      if (k === 2) {
        // Last: a date glued after a label and a colon, IOS XR's node (`labelledDateStart`), or a
        // level or any label before a numeric date (`gluedDateStart`, `[DEBUG:2026-11-29 19:20:05]`):
        // per line in the field opening the line, learned in the source's time field.
        if (f !== 0 && onlyShape < 0) break;
        const end = fieldEnd[f] as number;
        at = f === 0 ? labelledDateStart(raw, start, end) : -1;
        if (at < 0 && start < end - NUMERIC_DATE_CHARS) at = gluedDateStart(raw, start, end);
        if (at < 0) break;
        framed = false;
      } else if (k === 1) {
        // Only when nothing was read at the field's start: glog/klog glue the level letter to the
        // date (`I1130 14:02:11.123456`), wget frames it in dashes (`--2026-11-11 13:49:09--`), WPP
        // glues it after `pid.tid::`.
        const traced = f <= 1 ? tracePrefixEnd(raw, f) : -1;
        at =
          traced >= 0 || f !== 0
            ? traced
            : isLetter(raw.charCodeAt(start)) && isDigit(raw.charCodeAt(start + 1))
              ? start + 1
              : framedStart(raw, start);
        if (at < 0) continue;
        framed = traced < 0 && !isLetter(raw.charCodeAt(start));
      }
      if (onlyShape >= 0) {
        if (tryShape(raw, onlyShape, at, ctx) && (k === 0 || !framed || framedCloses(raw, start, at))) {
          found(out, onlyShape, f, at, raw, ctx);
          if (isWeakShape(onlyShape) && f > 0) takeGluedDate(raw, ctx, out);
          return;
        }
        continue;
      }
      for (let shape = 0; shape < TIMESTAMP_SHAPES.length; shape++) {
        // An epoch, a compact id-like stamp or a bare time of day counts per line only at the very start of it,
        // or a time of day right before a level word; a learned source may have it anywhere it showed
        // it consistently.
        if (f > 0 && !anyShapeAnywhere && opensLineOnly(shape) && !(rosEpoch && shape === EPOCH_SHAPE))
          continue;
        // Found only while learning, in the first field (the year-last class in any): the source's
        // structure then reads it.
        if (isLearnedOnly(shape) && (!anyShapeAnywhere || (f > 0 && !isLearnedInAnyField(shape)))) continue;
        if (!weakHere && isWeakShape(shape)) continue;
        if (
          tryShape(raw, shape, at, ctx) &&
          (k === 0 || !framed || framedCloses(raw, start, at)) &&
          (!isLearnedOnly(shape) || isInAcceptedWindow(scan.ms, ctx))
        ) {
          found(out, shape, f, at, raw, ctx);
          if (isWeakShape(shape) && f > 0) takeGluedDate(raw, ctx, out);
          return;
        }
      }
    }
    // Glued to an id, a time is as often the id's own (`release@2026-11-30_12:00:01`): like the
    // compact id-like stamps, per line only where it opens the line; learned, where a source shows it.
    if (onlyShape < 0 ? f === 0 || anyShapeAnywhere : onlyShape === YEAR_FIRST_SHAPE) {
      const at = gluedYearFirst(raw, start, fieldEnd[f] as number);
      if (at >= 0 && tryShape(raw, YEAR_FIRST_SHAPE, at, ctx)) {
        found(out, YEAR_FIRST_SHAPE, f, at, raw, ctx);
        return;
      }
    }
  }
  if (onlyField < 0 || onlyField >= TIMESTAMP_FIELDS) timeAfterLabelsAt(raw, ctx, out, onlyShape, onlyField);
}

/**
 * A time of day read in field `out.timeField` after a numeric date that ends the field before it,
 * glued after a label (`worker-1:2026-11-29 19:20:05`, `gluedDateStart`): the date is the time's,
 * and the whole is read from it in the first shape of the table that reads the date and that time
 * as one (ending where the time of day ended). A time of day kept without the date written beside
 * it would be dated from the day the line was received: a silent error of a day or more.
 */
function takeGluedDate(raw: string, ctx: TimeContext, out: Header): void {
  const f = out.timeField - 1;
  const start = fieldStart[f] as number;
  const end = fieldEnd[f] as number;
  // The time of day is read already: whatever label the date is glued to, the date is the better day.
  const at = raw.charCodeAt(end) === 32 ? gluedDateStart(raw, start, end, true) : -1;
  if (at < 0) return;
  const timeEnd = out.timeEnd;
  for (let shape = 0; shape < TIMESTAMP_SHAPES.length; shape++) {
    if (isWeakShape(shape) || opensLineOnly(shape) || isLearnedOnly(shape)) continue;
    if (tryShape(raw, shape, at, ctx) && scan.end === timeEnd) {
      found(out, shape, f, at, raw, ctx);
      return;
    }
  }
}

/**
 * A dated time past the first fields, right after labels and a lone `-` (NestJS's ConsoleLogger and
 * the loggers written after it: `labels-before-time.ts`): any shape with a date (not a time of day
 * alone, an epoch or an id-like stamp); a learned source's, in its field.
 */
function timeAfterLabelsAt(
  raw: string,
  ctx: TimeContext,
  out: Header,
  onlyShape: number,
  onlyField: number,
): void {
  const at = timeAfterLabels(raw);
  const f = at < 0 ? fieldCount : fieldAt(at);
  if (f >= fieldCount || f < TIMESTAMP_FIELDS || fieldStart[f] !== at) return;
  if (onlyShape >= 0) {
    if (f === onlyField && tryShape(raw, onlyShape, at, ctx)) found(out, onlyShape, f, at, raw, ctx);
    return;
  }
  for (let shape = 0; shape < TIMESTAMP_SHAPES.length; shape++) {
    if (opensLineOnly(shape) || isLearnedOnly(shape) || isWeakShape(shape)) continue;
    if (tryShape(raw, shape, at, ctx)) {
      found(out, shape, f, at, raw, ctx);
      return;
    }
  }
}

/** Most hex digits of a WPP process or thread id. */
const TRACE_ID_DIGITS = 8;

/**
 * Where the time starts after Windows software trace preprocessor's (WPP) prefix glued to it,
 * `pid.tid::` in hex (`0000137c.00001390::2026/11/28-02:14:06.117`, the failover cluster's
 * `cluster.log`; tracefmt's default `[cpu]pid.tid::time`): field 0, or field 1 after a bracketed
 * CPU number opening the line. -1 when field `f` opens with no such prefix and a digit after it.
 */
export function tracePrefixEnd(raw: string, f: number): number {
  if (f >= fieldCount) return -1;
  const start = fieldStart[f] as number;
  if (f === 1 && !(raw.charCodeAt(0) === 91 && fieldStart[0] === 1 && raw.charCodeAt(start - 1) === 93))
    return -1;
  let k = start;
  while (k - start <= TRACE_ID_DIGITS && isHexDigit(raw.charCodeAt(k))) k++;
  if (k === start || k - start > TRACE_ID_DIGITS || raw.charCodeAt(k) !== 46) return -1;
  const tid = ++k;
  while (k - tid <= TRACE_ID_DIGITS && isHexDigit(raw.charCodeAt(k))) k++;
  if (k === tid || k - tid > TRACE_ID_DIGITS) return -1;
  return raw.charCodeAt(k) === 58 && raw.charCodeAt(k + 1) === 58 && isDigit(raw.charCodeAt(k + 2))
    ? k + 2
    : -1;
}

/**
 * Where a time may start glued after an id inside the field `start`…`end`: after its first `::` or
 * `@` with a digit after it (`job::2026.11.30-12:00:01`, `job@2026-11-30_12:00:01`); -1 when none.
 * Only the year-first class is read there, after every other place of the field (WPP's hex
 * `pid.tid::` is `tracePrefixEnd`'s, read before in any shape); `|` already separates fields.
 * Per line only in the field opening the line; a learned source in its time's field.
 */
function gluedYearFirst(raw: string, start: number, end: number): number {
  for (let k = start + 1; k < end; k++) {
    const c = raw.charCodeAt(k);
    if (c === 64) return isDigit(raw.charCodeAt(k + 1)) ? k + 1 : -1;
    if (c === 58 && raw.charCodeAt(k + 1) === 58) return isDigit(raw.charCodeAt(k + 2)) ? k + 2 : -1;
  }
  return -1;
}

/** Longest run of one mark that frames a time at the line's start. */
const FRAME_CHARS = 5;

/**
 * Where a time framed by a run of 2–5 `-` `=` `*` or `#` at the line's start begins, after at most one
 * space (wget's `--2026-11-11 13:49:09--  url`, a script's `=== 2026-11-11 13:49:09 ===`); -1 when
 * the line opens with no such run. The run must close the time too (`framedCloses`).
 */
function framedStart(raw: string, start: number): number {
  const c = raw.charCodeAt(start);
  if (start !== 0 || (c !== 45 && c !== 61 && c !== 42 && c !== 35)) return -1;
  let k = start + 1;
  while (raw.charCodeAt(k) === c && k - start <= FRAME_CHARS) k++;
  if (k - start < 2 || k - start > FRAME_CHARS) return -1;
  if (raw.charCodeAt(k) === 32) k++;
  return isDigit(raw.charCodeAt(k)) || isUpper(raw.charCodeAt(k)) ? k : -1;
}

/** The run that opened the line at `start` closes the time just read from `at` (`scan.end`), as it opened it. */
function framedCloses(raw: string, start: number, at: number): boolean {
  const c = raw.charCodeAt(start);
  const spaced = raw.charCodeAt(at - 1) === 32;
  const k = spaced ? scan.end + 1 : scan.end;
  if (spaced && raw.charCodeAt(scan.end) !== 32) return false;
  return raw.charCodeAt(k) === c && raw.charCodeAt(k + 1) === c;
}

/**
 * Field `f` opens with a time of day (`08:27:11`) and the next field is an upper-case level word:
 * after a thread column, log4net's and log4j's `%t %d{ABSOLUTE} %-5p` (`6184 08:27:11 INFO  text`,
 * `Worker #4 08:30:00 ERROR text`), the header says what the time is.
 */
function timeOfDayBeforeLevel(raw: string, f: number): boolean {
  const a = fieldStart[f] as number;
  if (f + 1 >= fieldCount || !opensTimeOfDay(raw, a)) return false;
  const s = fieldStart[f + 1] as number;
  const e = fieldEnd[f + 1] as number;
  return e - s >= 3 && raw.charCodeAt(s - 1) === 32 && spellsLevel(raw, s, e, false);
}

/**
 * False while a source with no learned time reads a line's: a time of day after `LEVEL:`,
 * `[LEVEL] ` or a bare `LEVEL ` is its text's (`[ERROR] 12:00:00 is not a valid time`).
 */
let timeOfDayAfterMarkedLevel = true;

/**
 * Field `f` is the second and opens with a time of day (`14:02:11`), and the line opens with a level:
 * an upper-case word (log4j's `%-5p %d{ABSOLUTE}`, `INFO  14:02:11,250 text`), one with its colon,
 * where a dated time is read too (Python's `%(levelname)s:\t%(asctime)s` with a `datefmt` of
 * `%H:%M:%S`), or a word or letter in brackets (`[INFO] 14:02:11 text`, PipeWire's
 * `[I][11:02:17.541308]`): the header says what the time is.
 */
function timeOfDayAfterLevel(raw: string, f: number): boolean {
  if (f !== 1 || fieldCount < 2) return false;
  const a = fieldStart[1] as number;
  if (!opensTimeOfDay(raw, a)) return false;
  const s = fieldStart[0] as number;
  let e = fieldEnd[0] as number;
  const bracketed = s === 1 && raw.charCodeAt(0) === 91 && raw.charCodeAt(e) === 93;
  const colon = !bracketed && raw.charCodeAt(e - 1) === 58;
  // A time in its own bracket is the header's still (PipeWire's `[E][01924.337051]` beside `[I][11:02:17.541308]`),
  // and so is one after a bare level apart from it by a column's pipe or padding, or with a fraction
  // (Meshtastic's `WARN  | 21:04:12`, log4j's `%-5p %d{ABSOLUTE}`: `ERROR 14:02:11,250`).
  const free =
    colon ||
    (bracketed && raw.charCodeAt(a - 1) !== 91) ||
    (!bracketed && a === e + 1 && raw.charCodeAt(a + 8) === 32);
  if (free && !timeOfDayAfterMarkedLevel) return false;
  if (colon) e--;
  if (e - s > 11 || (!bracketed && e - s < 3)) return false;
  return spellsLevel(raw, s, e, bracketed);
}

/**
 * Field `f` opens with epoch seconds and their fraction in brackets right after a level in brackets:
 * the ROS console's header, rcutils' default `[{severity}] [{time}] [{name}]: {message}` (ROS 2,
 * `{time}` the seconds since the epoch and their nanoseconds; `ros2 launch` writes its process's
 * name before it, `[ekf_node-1] [WARN] [1795789326.688150213] [ekf]: text`) and rosconsole's
 * `[${severity}] [${time}]: ${message}` (ROS 1, the level padded, `[ INFO] [1795789326.412093771]: `):
 * the header says what the number is. A bare number there (`[ERROR] [1795789326] text`) stays an id.
 */
function epochAfterBracketedLevel(raw: string, f: number): boolean {
  const a = fieldStart[f] as number;
  if (raw.charCodeAt(a - 1) !== 91 || raw.charCodeAt(a - 2) !== 32 || raw.charCodeAt(a - 3) !== 93)
    return false;
  let k = a;
  while (k - a < 10 && isDigit(raw.charCodeAt(k))) k++;
  if (k - a !== 10 || raw.charCodeAt(k) !== 46 || !isDigit(raw.charCodeAt(k + 1))) return false;
  k++;
  while (isDigit(raw.charCodeAt(k))) k++;
  if (raw.charCodeAt(k) !== 93) return false;
  const e = a - 3;
  let s = e;
  while (s > 0 && e - s < 5 && isUpper(raw.charCodeAt(s - 1))) s--;
  let open = s - 1;
  while (open >= 0 && raw.charCodeAt(open) === 32) open--;
  return (
    e - s >= 4 && raw.charCodeAt(open) === 91 && opensRosHeader(raw, open) && spellsLevel(raw, s, e, false)
  );
}

/**
 * The level's bracket at `open` opens the line, or follows only the one bracketed process name
 * `ros2 launch` writes first (`[ekf_node-1] [WARN] …`): the same brackets later in a line are its
 * text's (`user said: [INFO] [1795789326.4] hi`).
 */
function opensRosHeader(raw: string, open: number): boolean {
  if (open === 0) return true;
  if (raw.charCodeAt(open - 1) !== 32 || raw.charCodeAt(open - 2) !== 93) return false;
  // Back over the name to its `[` (each look stops at the first space or bracket: bounded work).
  let k = open - 3;
  while (k > 0 && !isSpaceOrBracket(raw.charCodeAt(k))) k--;
  return k === 0 && raw.charCodeAt(0) === 91;
}

/** A space, `[` or `]`. */
function isSpaceOrBracket(c: number): boolean {
  return c === 32 || c === 91 || c === 93;
}

/**
 * Field `f` is the second and opens with a time of day after the one label opening the line: the
 * header says what the time is.
 *  - A process id in brackets (`[2210] 10:14:22: text`, icecream's daemons). A counter before an
 *    elapsed time (`[12] 00:03:15 elapsed`) looks the same, so the time needs the colon icecream
 *    writes after its seconds, or AM/PM (`[0] 12:01:02 AM - …`).
 *  - A program's name before the time in brackets closed by `]: ` (autopkgtest's `adtlog.log`:
 *    `sys.argv[0]`'s base name, then `' [%s]: ' % time.strftime('%H:%M:%S')`,
 *    `autopkgtest [08:14:02]: text`).
 */
function timeOfDayAfterPid(raw: string, f: number): boolean {
  if (f !== 1) return false;
  if (raw.charCodeAt(0) !== 91) return timeOfDayAfterName(raw);
  if (fieldStart[0] !== 1) return false;
  const e = fieldEnd[0] as number;
  if (raw.charCodeAt(e) !== 93 || raw.charCodeAt(e + 1) !== 32 || fieldStart[1] !== e + 2) return false;
  for (let k = 1; k < e; k++) if (!isDigit(raw.charCodeAt(k))) return false;
  const a = e + 2;
  if (e - 1 > 10 || !opensTimeOfDay(raw, a)) return false;
  if (!isDigit(raw.charCodeAt(a + 1))) return true; // `h:mm`: `opensTimeOfDay` saw its AM/PM
  return (raw.charCodeAt(a + 5) === 58 && raw.charCodeAt(a + 8) === 58) || meridiemFollows(raw, a + 3);
}

/** Longest program name before a bracketed time of day (`timeOfDayAfterPid`). */
const PROGRAM_NAME_CHARS = 40;

/** `name [HH:MM:SS]: ` opens the line: a name of letters, digits, `-`, `_` or `.` opening with a letter. */
function timeOfDayAfterName(raw: string): boolean {
  const e = fieldEnd[0] as number;
  const a = e + 2;
  if (raw.charCodeAt(e + 1) !== 91 || raw.charCodeAt(a + 8) !== 93 || raw.charCodeAt(a + 9) !== 58)
    return false;
  if (fieldStart[0] !== 0 || fieldStart[1] !== a || e > PROGRAM_NAME_CHARS || raw.charCodeAt(e) !== 32)
    return false;
  if (!isLetter(raw.charCodeAt(0)) || raw.charCodeAt(a + 10) !== 32) return false;
  for (let k = 1; k < e; k++) if (!isNameChar(raw.charCodeAt(k))) return false;
  return (
    isDigit(raw.charCodeAt(a)) &&
    isDigit(raw.charCodeAt(a + 1)) &&
    raw.charCodeAt(a + 2) === 58 &&
    raw.charCodeAt(a + 5) === 58
  );
}

/**
 * GLib's level words written without its ` **` mark (ERROR, CRITICAL and WARNING carry it): any
 * other capital word (`job STATUS: 00:03:15.120: done`) before such a time is the text's.
 */
const GLIB_UNMARKED_LEVELS = ['DEBUG', 'INFO', 'Message'];

/**
 * Field `f` holds GLib's time of day as its default handler writes it after the level (since 2.50):
 * `HH:MM:SS.mmm: ` after `domain-LEVEL: ` (`rauc-DEBUG: 07:21:44.105: text`), after GLib's ` **:` mark
 * (`dom-WARNING **: 07:21:45.902: text`) or after a level with no domain (`Message: `).
 */
function glibTimeOfDay(raw: string, f: number): boolean {
  if (f < 1 || !isGlibTime(raw, fieldStart[f] as number)) return false;
  const s = fieldStart[f - 1] as number;
  const e = (fieldEnd[f - 1] as number) - 1;
  if (raw.charCodeAt(e) !== 58 || e + 2 !== fieldStart[f]) return false;
  if (e - s === 2 && raw.charCodeAt(s) === 42 && raw.charCodeAt(s + 1) === 42) return true;
  return glibUnmarkedLevel(raw, s, e) >= 0;
}

/** Where one of `GLIB_UNMARKED_LEVELS` starts in the field `s`…`e` (its colon at `e`), after its domain's `-`; -1 if none. */
function glibUnmarkedLevel(raw: string, s: number, e: number): number {
  const dash = raw.lastIndexOf('-', e);
  const w = dash >= s ? dash + 1 : s;
  return GLIB_UNMARKED_LEVELS.some((word) => e - w === word.length && raw.startsWith(word, w)) ? w : -1;
}

/**
 * The level GLib writes unmarked before its time (`rauc-DEBUG: 07:21:44.105: text`), read through
 * the level spellings (`Message` as GLib's MESSAGE, NOTICE). A marked level (`WARNING **:`) is read as any other.
 */
function glibLevel(raw: string, out: Header): boolean {
  const f = out.timeField;
  if (!glibTimeOfDay(raw, f)) return false;
  const s = fieldStart[f - 1] as number;
  const e = (fieldEnd[f - 1] as number) - 1;
  const w = glibUnmarkedLevel(raw, s, e);
  const word = raw.slice(w, e);
  // `Message` is of the placed tier: a level only where one is expected, as here.
  const level = w < 0 ? undefined : (levelSpelling(word) ?? placedLevelSpelling(word));
  return level !== undefined && setLevel(out, level, f - 1, w, e, true);
}

/** `HH:MM:SS.mmm: ` at `a`, GLib's time of day and the colon after it. */
function isGlibTime(raw: string, a: number): boolean {
  for (let k = 0; k < 12; k++) {
    const c = raw.charCodeAt(a + k);
    if (k === 2 || k === 5 ? c !== 58 : k === 8 ? c !== 46 : !isDigit(c)) return false;
  }
  return raw.charCodeAt(a + 12) === 58 && raw.charCodeAt(a + 13) === 32;
}

/**
 * The level was read in field 0 and field `f` (1, or 2 after a lone joiner) opens with a digit or a
 * capital, as a dated time does
 * (`[19-11-2026 13:25:51]`, `Nov 19 …`): `findTime` then tries the table there, whose shapes other
 * than a time of day, an epoch or 17 digits count in any of a line's first fields.
 */
function datedAfterLevel(raw: string, out: Header, f: number): boolean {
  if (out.level === undefined || out.levelField !== 0 || fieldCount <= f) return false;
  const c = raw.charCodeAt(fieldStart[f] as number);
  return isDigit(c) || isUpper(c);
}

/** Field `f` is a lone `-` or `|` between spaces, a joiner between header fields. */
function isLoneJoiner(raw: string, f: number): boolean {
  if (fieldCount <= f) return false;
  const a = fieldStart[f] as number;
  const c = raw.charCodeAt(a);
  return fieldEnd[f] === a + 1 && (c === 45 || c === 124);
}

/**
 * `raw` at `a` opens with an hour and its colon: of two digits, or of one (1–9) on a 12-hour clock
 * whose AM or PM follows (`6:19AM`, `9:14:02 AM`). Without it, `2:13:45` after a level is a duration.
 */
function opensTimeOfDay(raw: string, a: number): boolean {
  if (!isDigit(raw.charCodeAt(a))) return false;
  const next = raw.charCodeAt(a + 1);
  if (isDigit(next)) return raw.charCodeAt(a + 2) === 58;
  return next === 58 && raw.charCodeAt(a) !== 48 && meridiemFollows(raw, a + 2);
}

/** After `mm`, optional `:ss` and a fraction, and at most one space: `AM` or `PM` in either case. */
function meridiemFollows(raw: string, i: number): boolean {
  if (!isDigit(raw.charCodeAt(i)) || !isDigit(raw.charCodeAt(i + 1))) return false;
  let k = i + 2;
  if (raw.charCodeAt(k) === 58 && isDigit(raw.charCodeAt(k + 1)) && isDigit(raw.charCodeAt(k + 2))) k += 3;
  if (raw.charCodeAt(k) === 46 || raw.charCodeAt(k) === 44) {
    k++;
    while (isDigit(raw.charCodeAt(k))) k++;
  }
  if (raw.charCodeAt(k) === 32) k++;
  const half = raw.charCodeAt(k) | 32;
  return (half === 97 || half === 112) && (raw.charCodeAt(k + 1) | 32) === 109;
}

/** `raw[s, e)` is a level's spelling in upper-case letters, or in letters of any case (`anyCase`). */
function spellsLevel(raw: string, s: number, e: number, anyCase: boolean): boolean {
  for (let k = s; k < e; k++) {
    const c = raw.charCodeAt(k);
    if (anyCase ? !isLetter(c) : !isUpper(c)) return false;
  }
  return maySpellLevel(raw, s, e) && levelSpelling(raw.slice(s, e)) !== undefined;
}

/** Times of day without a date: like an epoch, per line they count only at the start. */
const TIMES_OF_DAY: ReadonlySet<number> = new Set(
  TIMESTAMP_SHAPES.flatMap((s, i) => (isTimeOfDayName(s.name) ? [i] : [])),
);
function isWeakShape(shape: number): boolean {
  return TIMES_OF_DAY.has(shape);
}

function found(out: Header, shape: number, field: number, at: number, raw: string, ctx: TimeContext): void {
  out.shape = shape;
  out.timeField = field;
  out.timeStart = at;
  out.timeEnd = scan.end;
  out.time = at === 7 || at === 8 ? withOffsetBefore(raw, shape, at, ctx) : scan.ms;
}

const eastScan: TimeScan = { ms: 0, end: 0 };

/**
 * The time `scan` read at `at`, in the offset written before it in the bracket opening the line
 * (`offsetOpeningBracket`: ChatTTS's `[+0800 20261201 06:58:40]`) when the time has no zone of its
 * own: read in UTC and again a zone's hour east, the two differ only for a time without one.
 */
function withOffsetBefore(raw: string, shape: number, at: number, ctx: TimeContext): number {
  const ms = scan.ms;
  const end = scan.end;
  const offset = offsetOpeningBracket(raw, at, end);
  const entry = TIMESTAMP_SHAPES[shape];
  if (Number.isNaN(offset) || entry === undefined) return ms;
  const receivedAt = ctx.receivedAt;
  const utc = entry.scan(raw, at, { zone: 'UTC', receivedAt }, eastScan) ? eastScan.ms : Number.NaN;
  const east = entry.scan(raw, at, { zone: 'Etc/GMT-1', receivedAt }, eastScan) ? eastScan.ms : Number.NaN;
  scan.ms = ms;
  scan.end = end;
  return utc - east === 3_600_000 ? utc - offset : ms;
}

/**
 * Longest field a level is read from whole; a longer one only as a level joined by colons to names
 * (opening the line, before a source location, or Python's `LEVEL:name:` after the time opening it:
 * `namesJoinedAfterTime`) or by a hyphen to a name in brackets.
 */
const LEVEL_FIELD_CHARS = 40;

/**
 * How far into a line a level the header finder reads can end: its field starts within the header,
 * or it is glued by a colon or a hyphen to a time that ends within it (`levelGluedByColon`,
 * `levelGluedByHyphens`).
 */
const LEVEL_END_REACH = HEADER_CHARS + LEVEL_FIELD_CHARS + 1;
/** The same behind bracketed tokens, which extend the header (`BRACKETED_HEADER_CHARS`). */
const BRACKETED_LEVEL_END_REACH = BRACKETED_HEADER_CHARS + LEVEL_FIELD_CHARS + 1;

const noDiagnostic: Diagnostic = { level: 'INFO', categoryStart: 0, categoryEnd: 0, textStart: 0 };

/**
 * Colons opening a field that `mayHoldMarkedLevel` asks whether a diagnostic starts there; past them
 * it answers true. Each question reads up to a location's length, and the header finder asks only one.
 */
const DIAGNOSTIC_QUESTIONS = 2;

/**
 * False when no level the header finder could read in `raw` would be marked as a field, that is
 * followed by `:` `]` `>` or `)` (`endsOnLevelMark`): a quick test, so that a syslog line
 * whose program wrote no level is spared the search. Every level found ends on the last letter of a word
 * that may spell one (`error:`, `[WARN]`, `local.ERROR:`) or of X.Org's doubled letter (`(II)`), or on a digit or mark closing a
 * field with a letter or `%` in it (`DEBUG1:`, `LOG5:`, `%LINK-3-UPDOWN:`, `%_-3-1:`, `*WARN*:`); only a
 * compiler's diagnostic ends where its own text opens, so a field opening with a colon is asked
 * whether it is one. A reading added to `findLevel` must keep to this (`setLevel`). Linear: only
 * the fields holding marks are read, each character at most once (`walkFields`), and its steps are
 * counted in `lastSteps`.
 */
export function mayHoldMarkedLevel(raw: string): boolean {
  const text = raw.length > BRACKETED_LEVEL_END_REACH + 1 ? raw.slice(0, BRACKETED_LEVEL_END_REACH + 1) : raw;
  lastSteps = 0;
  // Past `LEVEL_END_REACH` a level is read only behind bracketed tokens: their reach is measured
  // once, by splitting the fields as the header finder will, when a mark stands that far.
  let reach = LEVEL_END_REACH;
  let measured = false;
  walked = 0;
  walkedField = 0;
  lastLetter = -1;
  lastPercent = -1;
  let questions = 0;
  // The marks are found natively; only the few a line has are looked at here.
  LEVEL_MARK.lastIndex = 0;
  while (LEVEL_MARK.test(text)) {
    const e = LEVEL_MARK.lastIndex - 1;
    if (e > reach && !measured) {
      measured = true;
      splitFields(raw);
      reach = splitReach + LEVEL_FIELD_CHARS + 1;
    }
    if (e > reach) break;
    lastSteps++;
    const before = e > 0 ? text.charCodeAt(e - 1) : 32;
    if (isLetter(before)) {
      let s = e - 1;
      while (s > 0 && isLetter(text.charCodeAt(s - 1))) s--;
      lastSteps += e - s;
      if (maySpellLevel(text, s, e) || isDoubledLetter(text, s, e)) return true;
      walkFields(text, s);
      if (lastPercent >= walkedField) return true;
    } else if (before === 32 || before === 9 || (before < 128 && DELIMITERS[before] === 1)) {
      if (text.charCodeAt(e) !== 58) continue;
      if (++questions > DIAGNOSTIC_QUESTIONS || diagnosticAt(raw, e, noDiagnostic)) return true;
    } else if (!isDigit(before)) return true;
    else {
      walkFields(text, e);
      if (lastLetter >= walkedField || lastPercent >= walkedField) return true;
    }
  }
  return false;
}

/** Two of one letter, `II` `WW` `EE`: X.Org's level letters doubled, which spell no level alone. */
function isDoubledLetter(raw: string, s: number, e: number): boolean {
  return e - s === 2 && raw.charCodeAt(s) === raw.charCodeAt(s + 1);
}

/**
 * The marks after a level that make it a field: `:` `]` `>` `)`, except those the walk would pass
 * for certain, natively: a mark after a digit whose field (back to a `DELIMITERS` character, within
 * 32 characters) holds no letter and no `%`, as in a time (`06:55:46`) or a pid (`[24200]`).
 * A longer field is left to the walk, so a mark is never read back further than that.
 */
const LEVEL_MARK = /(?<!(?:^|[ \t[\]()<>|,"=;])[^ \t[\]()<>|,"=;A-Za-z%]{0,31}[0-9])[:\]>)]/g;

/** True when `found` holds a level followed by a mark (`LEVEL_MARK`), as in `notice:`, `[warn]`, `<error>`. */
export function endsOnLevelMark(raw: string, found: Header): boolean {
  if (found.level === undefined) return false;
  const after = raw.charCodeAt(found.levelEnd);
  return after === 58 || after === 93 || after === 62 || after === 41;
}

// What `walkFields` has seen of the line `mayHoldMarkedLevel` tests: how far it walked, where the
// field it stopped in starts, and the last letter and `%` in that field; either is before
// `walkedField` (-1, or one in an earlier field) when the field has none: the walk back never reads
// past a field's start, so test them with `>= walkedField`.
let walked = 0;
let walkedField = 0;
let lastLetter = -1;
let lastPercent = -1;

/**
 * Brings what `walkFields` saw up to `end` (never back): the line is read backwards from `end` to the
 * start of the field there, or to where the last call stopped if that is nearer, so each character is
 * read at most once and only the fields holding marks are read at all.
 */
function walkFields(raw: string, end: number): void {
  let letter = -1;
  let percent = -1;
  let k = end - 1;
  for (; k >= walked; k--) {
    const c = raw.charCodeAt(k);
    if (c < 128 && DELIMITERS[c] === 1) break;
    if (letter < 0 && isLetter(c)) letter = k;
    else if (percent < 0 && c === 37) percent = k;
    lastSteps++;
  }
  if (k >= walked) {
    walkedField = k + 1;
    lastLetter = letter;
    lastPercent = percent;
  } else {
    if (letter >= 0) lastLetter = letter;
    if (percent >= 0) lastPercent = percent;
  }
  if (end > walked) walked = end;
}

/**
 * End of the level word opening field `f` right after a time that opens the line (bare or in its
 * bracket), when a logger's name is joined to it as Python's `%(levelname)s:%(name)s:` writes it
 * (`INFO:tanner.session_manager:delete_old_sessions:`): the level in capitals (four to eight
 * letters), a colon, a name (letters, digits, `_`, `.`, `-`, opening with a letter or `_`) and a colon
 * of its own, not before a path or a URL (`ERROR:https://…`, `ERROR:C:\…`). Else -1.
 */
function namesJoinedAfterTime(raw: string, a: number, b: number, f: number, out: Header): number {
  if (out.shape < 0 || out.timeStart > 1 || f !== fieldAt(out.timeEnd)) return -1;
  let joint = a;
  while (joint - a <= MAX_JOINED_LEVEL && isUpper(raw.charCodeAt(joint))) joint++;
  if (joint - a < 4 || joint - a > MAX_JOINED_LEVEL || raw.charCodeAt(joint) !== 58) return -1;
  let k = joint + 1;
  if (!isLetter(raw.charCodeAt(k)) && raw.charCodeAt(k) !== 95) return -1;
  while (k < b && isNameChar(raw.charCodeAt(k))) k++;
  const after = raw.charCodeAt(k + 1);
  return k < b && raw.charCodeAt(k) === 58 && after !== 47 && after !== 92 ? joint : -1;
}

/** Longest level word Python's joined layout writes in capitals (`CRITICAL`). */
const MAX_JOINED_LEVEL = 8;

/** The level word in field `f` (`WARN`, `[Warning]`, `error:`, `local.ERROR:`, `INFO/Main`), or undefined. */
function levelInField(raw: string, f: number, out: Header, acceptWeak: boolean): boolean {
  let a = fieldStart[f] as number;
  let b = fieldEnd[f] as number;
  // `:debug:main text`: a colon opening the line before a level joined to a name (MacPorts' logs).
  if (a === 0 && raw.charCodeAt(0) === 58 && isLetter(raw.charCodeAt(1))) a = 1;
  if (b - a > LEVEL_FIELD_CHARS) {
    // A level opening the line, joined by colons to the long names of what logged
    // (LibreOffice's `info:sfx.appl:48211:48211:sfx2/source/appl/appinit.cxx:228:`), or anywhere a
    // level stands when a source location follows its colon (NSClient++'s
    // `info:c:\source\master\service\NSClient++.cpp:402:`, a long path in one field).
    let joint = a + 1;
    while (joint - a <= PADDED_LEVEL_WIDTH && raw.charCodeAt(joint) !== 58) joint++;
    if (
      joint - a <= PADDED_LEVEL_WIDTH &&
      isLetter(raw.charCodeAt(joint + 1)) &&
      (a <= 1 || isSourceLocation(raw, joint + 1, raw.charCodeAt(b - 1) === 58 ? b - 1 : b))
    )
      return tryWord(raw, a, joint, f, out, true, false);
    // Python's `%(asctime)s %(levelname)s:%(name)s:%(funcName)s:` right after the time: a dotted
    // logger and a function name pass the cap easily, and they end at colons of their own.
    const named = namesJoinedAfterTime(raw, a, b, f, out);
    if (named > 0 && tryWord(raw, a, named, f, out, true, false)) return true;
    // A long name may follow a level joined to it by a hyphen, inside a bracket.
    if (raw.charCodeAt(a - 1) !== 91) return false;
    let hyphen = a + 4;
    while (hyphen < a + 14 && isLetter(raw.charCodeAt(hyphen))) hyphen++;
    return raw.charCodeAt(hyphen) === 45 && hyphenJoinedLevel(raw, a, hyphen, f, out);
  }
  // `]::WARNING -->`: a `::` separating a header's parts (Python's `…]::[%(name)s]::%(levelname)s`).
  if (raw.charCodeAt(a) === 58 && raw.charCodeAt(a + 1) === 58) a += 2;
  const end = raw.charCodeAt(b - 1);
  if (end === 58 || end === 33) b--; // `error:`, Telegraf's `I!`
  // `TRACE::` (QuantConnect LEAN's `LEVEL:: text`): a doubled colon marks the field as one does.
  if (end === 58 && raw.charCodeAt(b - 1) === 58 && b - 1 > a) b--;
  // `*WARN*`: a level between asterisks is marked as a field (Apache Sling's and AEM's error.log).
  const starred = b - a > 2 && raw.charCodeAt(a) === 42 && raw.charCodeAt(b - 1) === 42;
  if (starred) {
    a++;
    b--;
  }
  // `[INFO_|`: a level padded to its column's width with `_` or `.` (OpenGTS); the fill marks a field.
  const last = raw.charCodeAt(b - 1);
  const padEnd = b - a > 3 && (last === 95 || last === 46) ? paddedLevelEnd(raw, a, b) : b;
  const padded = padEnd < b;
  const fieldB = b;
  b = padEnd;
  // One pass over the field for what it is made of, its first `/`, first `:`, last `.` and first `-`.
  let letters = 0;
  let digits = false;
  let signs = false;
  let slash = -1;
  let joint = -1;
  let dot = -1;
  let hyphen = -1;
  for (let k = a; k < b; k++) {
    const c = raw.charCodeAt(k);
    if (isLetter(c)) letters++;
    else if (c === 46) dot = k;
    else if (c === 47) {
      if (slash < 0) slash = k;
    } else if (c === 58) {
      if (joint < 0) joint = k;
    } else if (c === 45) {
      if (hyphen < 0) hyphen = k;
    } else if (c === 37 || c === 42 || c === 35) signs = true;
    else if (isDigit(c)) digits = true;
  }
  // Most fields are turned away here. Every way below to a level reads letters, a mnemonic's `%` or
  // a one-character mark (`* # . -`): a field with neither has none. A field with no mark, digit,
  // `/` or `:` is not split, so only `tryWord` on the whole field can find one: it must be all
  // letters (`pam_unix` is no word) and, from three letters on, spell a level (`tryWord` checks
  // again). One or two letters pass: X.Org's `(II)` and one-letter columns are read before that check.
  const hasMark = signs || dot >= 0 || hyphen >= 0;
  if (letters === 0 && !hasMark) return false;
  if (!hasMark && !digits && slash < 0 && joint < 0) {
    if (out.shape === YAZ_TIME_SHAPE_INDEX && yazLevel(raw, a, b, f, out)) return true;
    if (letters < b - a ? !isDeclaredUnletteredWord(raw, a, b) : letters >= 3 && !maySpellLevel(raw, a, b))
      return false;
  }
  // `[ message]`: a level padded inside its bracket is enclosed too.
  let open = a - 1;
  while (open > 0 && raw.charCodeAt(open) === 32 && raw.charCodeAt(open - 1) === 32) open--;
  if (open > 0 && raw.charCodeAt(open) === 32) open--;
  const before = open >= 0 ? raw.charCodeAt(open) : 0;
  const after = raw.charCodeAt(b);
  const enclosed = before === 91 || before === 60 || before === 40; // [ < (
  if (inBracketedName(raw, a, b)) return false;
  const colon = after === 58 || after === 33;
  // Cisco's `%LINK-3-UPDOWN:`: the digit is a syslog severity.
  // Comware's file writes it without its `%` after the host: `IFNET/3/PHY_UPDOWN:`.
  const mnemonic =
    mnemonicSeverity(raw, a, b) ??
    (colon && slash > a && isUnmarkedMnemonicPlace(raw, f, out)
      ? unmarkedMnemonicSeverity(raw, a, b)
      : undefined);
  if (mnemonic !== undefined) {
    setLevel(out, mnemonic, f, a, b, true);
    out.textStart = afterMnemonicColon(raw, b);
    return true;
  }
  // stunnel's `LOG5[ui]:`: `LOG` and a syslog severity digit, marked as a field.
  if (b - a === 4 && (after === 91 || after === 58) && raw.startsWith('LOG', a)) {
    const severity = syslogSeverityLevel(raw.charCodeAt(a + 3) - 48);
    if (severity !== undefined) return setLevel(out, severity, f, a, b, true);
  }
  // firewalld's `DEBUG1:`…`DEBUG10:`, `[TRACE2]`: a verbosity number after a debug or trace word,
  // marked as a field.
  if ((colon || after === 93) && debugVerbosity(raw, a, b, f, out)) return true;
  if (colon && digits && numberedLetter(raw, a, b, f, out)) return true;
  // Log4perl's `%c.%p:%P` (`openxpki.system.INFO:41201 text`): a category, its level in capitals,
  // and the pid glued after a colon, opening the header; the text after the pid. Later in a line
  // it is the text's (`connect to service.WARN:443 failed`).
  if (
    f === (out.shape >= 0 ? fieldAt(out.timeEnd) : 0) &&
    joint > dot &&
    dot > a &&
    after === 32 &&
    isUpperRun(raw, dot + 1, joint) &&
    isDigits(raw, joint + 1, b) &&
    tryWord(raw, dot + 1, joint, f, out, true, false)
  ) {
    out.textStart = b + 1;
    return true;
  }
  // A word inside the field: `local.ERROR` → ERROR; `INFO/MainProcess` → INFO; `thread/INFO` → INFO
  // (not a protocol version: `HTTP/1.1`).
  if (slash > a && !isDigit(raw.charCodeAt(slash + 1)) && !(joint > a && joint < slash)) {
    if (tryWord(raw, a, slash, f, out, true, acceptWeak)) return true;
    a = slash + 1;
  }
  if (hyphen > a && before === 91 && hyphenJoinedLevel(raw, a, hyphen, f, out)) return true;
  // `[ERROR:00000005]`: an upper-case level and the status code its bracket gives it (FSLogix).
  if (joint > a && before === 91 && levelCodeEnd(raw, joint) === b && isUpperRun(raw, a, joint))
    return tryWord(raw, a, joint, f, out, true, false);
  // Colon-joined parts: a level and then names (`INFO:app.worker:Main`, Python's
  // `%(levelname)s:%(name)s`), or a namespace and then a level (`db:warn`, `[app:error]`).
  if (joint > a && isLetter(raw.charCodeAt(joint + 1))) {
    if (before === 60 && after === 62 && yateLevel(raw, a, joint, b, f, out)) return true;
    if (tryWord(raw, a, joint, f, out, true, enclosed && acceptWeak)) return true;
    const last = raw.lastIndexOf(':', b - 1);
    if (tryWord(raw, last + 1, b, f, out, true, false)) return true;
  }
  // `local.ERROR`: the word after the field's last dot, unless the field ends with the dot. One
  // letter there is a file's extension (`processor.c(218):`, `top.v`), no level letter.
  if (dot >= a && dot < b - 1) {
    if (dot === b - 2) return false;
    // In brackets a lower-case last part names a logger (Python's `[uvicorn.error]`,
    // `[gunicorn.error]`, which log their INFO lines too), and before its pid in brackets when a
    // level in capitals opens what follows (Python's `%(name)s[%(process)d]: %(levelname)s`:
    // `alerta.app.alert[9]: INFO - …`); bare (`app.db.error:`) or before a bracket otherwise
    // (`worker.warn[12]: text`) it is the level, as Monolog's `channel.LEVEL` in capitals is. A
    // syslog `facility.severity` (`[daemon.err]`, `kern.warn:`) is always the level.
    if (
      (enclosed || upperLevelAfterPid(raw, b)) &&
      isLowerWord(raw, dot + 1, b) &&
      !isSyslogFacility(raw.slice(a, dot))
    )
      return false;
    a = dot + 1;
  }
  // `error[E0425]:`: a bracket right after the word makes it a field too.
  const marked =
    starred ||
    padded ||
    enclosed ||
    colon ||
    after === 93 ||
    after === 91 ||
    afterPipe(raw, a) ||
    (a === 0 && (dashFollows(raw, b) || paddedColonFollows(raw, b)));
  const glued = a === 0 && hyphen > a ? gluedDashes(raw, a, b) : -1;
  if (glued > 0) return tryWord(raw, a, glued, f, out, true, acceptWeak);
  if (tryWord(raw, a, b, f, out, marked, acceptWeak)) {
    // The closing asterisk is the level's, not the text's.
    if (starred && out.levelEnd === b) out.levelEnd = b + 1;
    // So is the fill.
    if (padded && out.levelEnd === b) out.levelEnd = fieldB;
    return true;
  }
  return domainLevel(raw, a, b, f, out);
}

/**
 * YAZ's `[name]` (`yazLevelName`) where YAZ writes it: after its time opening the line
 * (`YAZ_TIME_SHAPE_INDEX`, asked first) and `program(n)`, a space and text after it:
 * `06:31:44-28/11 zebrasrv(2) [session] text`. Elsewhere a bracketed `[server]` names a component.
 */
function yazLevel(raw: string, a: number, b: number, f: number, out: Header): boolean {
  if (raw.charCodeAt(a - 1) !== 91 || raw.charCodeAt(b) !== 93 || raw.charCodeAt(b + 1) !== 32) return false;
  if (out.timeStart !== 0 || raw.charCodeAt(out.timeEnd) !== 32) return false;
  // `program(n) ` between the time and the bracket.
  if (raw.charCodeAt(a - 2) !== 32 || raw.charCodeAt(a - 3) !== 41) return false;
  let k = a - 4;
  while (isDigit(raw.charCodeAt(k))) k--;
  if (k === a - 4 || raw.charCodeAt(k) !== 40) return false;
  if (raw.indexOf(' ', out.timeEnd + 1) !== a - 2) return false;
  const level = yazLevelName(raw.slice(a, b));
  return level !== undefined && setLevel(out, level, f, a, b, true);
}

/** The stdlog's columns as `readStdlogColumns` last found them. */
const stdlogRead: StdlogColumns = { level: 'INFO', levelStart: 0, levelEnd: 0, textStart: 0 };

/**
 * Service Desk Manager's stdlog level and text in its whole shape (`formats/sdm-stdlog.ts`), after
 * its time (`MM/dd HH:mm:ss.cc`) opening the line. Asked before the field walk, whose prose test
 * would stop at a process named by a word (`domsrvr`).
 */
function stdlogLevel(raw: string, out: Header): boolean {
  if (out.shape !== MONTH_DAY_TIME_SHAPE_INDEX || out.timeStart !== 0) return false;
  if (!readStdlogColumns(raw, out.timeEnd, stdlogRead)) return false;
  const { level, levelStart, levelEnd, textStart } = stdlogRead;
  setLevel(out, level, fieldAt(levelStart), levelStart, levelEnd, true);
  out.textStart = textStart;
  return true;
}

/**
 * Yate's `<facility:NAME>` (`<regfile:NOTE>`, `<ysigchan:MILD>`): a lower-case facility, a colon and
 * one of Yate's own level names in capitals closing the angle bracket (`yateLevelName`), where Yate
 * writes it: opening the line or right after the time opening it, a space and text after it. Inside
 * text (`dump <cfg:ALL> x`) or as XML (`<xs:ALL><xs:element/>`, `<x:ALL>` alone) it is text.
 */
function yateLevel(raw: string, a: number, joint: number, b: number, f: number, out: Header): boolean {
  if (raw.charCodeAt(b + 1) !== 32 || b + 2 >= raw.length || raw.charCodeAt(b + 2) === 60) return false;
  let k = a - 2;
  while (k >= 0 && raw.charCodeAt(k) === 32) k--;
  if (k >= 0 && !(out.shape >= 0 && out.timeStart === 0 && k === out.timeEnd - 1)) return false;
  for (let k = a; k < joint; k++) {
    const c = raw.charCodeAt(k);
    if (isUpper(c) || !(isLetter(c) || isDigit(c) || c === 95 || c === 46 || c === 45)) return false;
  }
  if (!isUpperRun(raw, joint + 1, b)) return false;
  const level = yateLevelName(raw.slice(joint + 1, b));
  return level !== undefined && setLevel(out, level, f, joint + 1, b, true);
}

/**
 * `[Information-Duplicati.Library.Main.Controller-StartingOperation]`, `[WARN-main]`: a level word of
 * four letters or more opening a bracket, joined by a hyphen to the name of what logged (`[e-mail]`,
 * `[fail-safe]` are words: a letter, or a word of text).
 */
function hyphenJoinedLevel(raw: string, a: number, hyphen: number, f: number, out: Header): boolean {
  if (hyphen - a < 4 || !isLetter(raw.charCodeAt(hyphen + 1))) return false;
  for (let k = a; k < hyphen; k++) if (!isLetter(raw.charCodeAt(k))) return false;
  const word = raw.slice(a, hyphen);
  // `[Error-prone]`, `[Error-Prone]` (Google's checker), `[Debug-Build]`: a compound word or a name,
  // unless the level is in capitals or a dotted name follows it, as in Duplicati's.
  if (word !== word.toUpperCase() && !isDottedName(raw, hyphen + 1)) return false;
  const level = opensTextUnmarked(word) ? undefined : levelSpelling(word);
  if (level === undefined) return false;
  setLevel(out, level, f, a, hyphen, true);
  // The text starts after the bracket and its colon: the name is the header's.
  const close = raw.indexOf(']', hyphen);
  if (close > 0 && close - hyphen <= 160) {
    let text = close + 1;
    if (raw.charCodeAt(text) === 58) text++;
    while (raw.charCodeAt(text) === 32) text++;
    out.textStart = text;
  }
  return true;
}

/** True when a name with a dot in it (`Duplicati.Library.Main`) starts at `i` and ends at `-` or `]`. */
function isDottedName(raw: string, i: number): boolean {
  let dot = false;
  for (let k = i; k < i + 160 && k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c === 46) {
      if (k === i || !isLetter(raw.charCodeAt(k + 1))) return false;
      dot = true;
    } else if (c === 45 || c === 93) return dot;
    else if (!isLetter(c) && !isDigit(c) && c !== 95) return false;
  }
  return false;
}

/** `DEBUG1`, `trace2`: a debug or trace word and one or two digits in [a, b), read as that level. */
function debugVerbosity(raw: string, a: number, b: number, f: number, out: Header): boolean {
  let word = b;
  while (word > a && b - word < 3 && isDigit(raw.charCodeAt(word - 1))) word--;
  if (word === b || word - a !== 5) return false;
  const level = levelSpelling(raw.slice(a, word));
  if (level !== 'DEBUG' && level !== 'TRACE') return false;
  setLevel(out, level, f, a, b, true);
  return true;
}

/**
 * `I125:`, `w341:`: a level letter (`I` `W` `E`, either case) glued to a three-digit message number,
 * as VMware's `vmware.log` and WiX Burn's installer logs write their level and message id, after
 * the time. Before a time, or with none, it is a room, gate or flight (`Room I101: booked`).
 */
function numberedLetter(raw: string, a: number, b: number, f: number, out: Header): boolean {
  if (
    out.shape < 0 ||
    a < out.timeEnd ||
    b - a !== 4 ||
    !isDigit(raw.charCodeAt(a + 1)) ||
    !isDigit(raw.charCodeAt(a + 2)) ||
    !isDigit(raw.charCodeAt(a + 3))
  )
    return false;
  const level = NUMBERED_LETTERS.get(raw.charCodeAt(a) | 32);
  if (level === undefined) return false;
  setLevel(out, level, f, a, b, true);
  return true;
}
const NUMBERED_LETTERS: ReadonlyMap<number, Level> = new Map([
  [105, 'INFO'],
  [119, 'WARN'],
  [101, 'ERROR'],
]);

/**
 * A mnemonic's text starts after its colon, which may follow the mnemonic's own flags
 * (`%%01LINK/4/STATE(l)[45]:text`) or one space (IOS XR's `%ROUTING-BGP-5-ADJCHANGE : text`); -1
 * when no colon closes it within a few characters.
 */
function afterMnemonicColon(raw: string, b: number): number {
  const start = raw.charCodeAt(b) === 32 && raw.charCodeAt(b + 1) === 58 ? b + 1 : b;
  for (let k = start; k < b + 16 && k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c === 32) return -1;
    if (c === 58) {
      let text = k + 1;
      while (raw.charCodeAt(text) === 32) text++;
      return text;
    }
  }
  return -1;
}

/**
 * `warn  - text`, ` warn --- text`: spaces, one to three dashes and a space after `b`, a padded
 * column before the text (Verdaccio's and other Node servers' pretty printers write `---`).
 */
function dashFollows(raw: string, b: number): boolean {
  let k = b;
  while (raw.charCodeAt(k) === 32) k++;
  return k > b && dashRunEnd(raw, k) > k;
}

/** Widest column a level word is padded to before its colon (`WARNING`); wider, a settings dump's keys. */
const PADDED_LEVEL_WIDTH = 7;

/**
 * `Info : text`, `Warn : text`: spaces, then a colon and a space after `b`, the end of a word opening
 * the line (a level padded to its column's width). A column padded wider aligns a dump's keys (`Debug   : true`, `Verbose : false`).
 */
function paddedColonFollows(raw: string, b: number): boolean {
  let k = b;
  while (k < PADDED_LEVEL_WIDTH && raw.charCodeAt(k) === 32) k++;
  return k > b && raw.charCodeAt(k) === 58 && raw.charCodeAt(k + 1) === 32;
}

/** `error--- text`: a level glued to its dashes; the end of the word before them, else -1. */
function gluedDashes(raw: string, a: number, b: number): number {
  let k = b;
  while (k > a && raw.charCodeAt(k - 1) === 45) k--;
  return b - k >= 2 && k > a && dashRunEnd(raw, k) === b + 1 ? k : -1;
}

/** `| SUCCESS  |`: a pipe and spaces before `a`, a column of a pipe-separated header. */
function afterPipe(raw: string, a: number): boolean {
  let k = a - 1;
  while (k > 0 && raw.charCodeAt(k) === 32) k--;
  return raw.charCodeAt(k) === 124;
}

/**
 * GLib's `Domain-WARNING **:`, `GLib-GIO-ERROR **:`: an upper-case level after the last hyphen of a
 * name with lower-case letters in it (`NON-FATAL`, all capitals, is a word), followed by GLib's own
 * ` **` mark (`worker-FATAL is …` is a name in a sentence).
 */
function domainLevel(raw: string, a: number, b: number, f: number, out: Header): boolean {
  if (!raw.startsWith(' **', b)) return false;
  const dash = raw.lastIndexOf('-', b - 1);
  if (dash <= a || b - dash < 5) return false;
  let lower = false;
  for (let k = a; k < dash && !lower; k++) {
    const c = raw.charCodeAt(k);
    lower = c >= 97 && c <= 122;
  }
  if (!lower) return false;
  for (let k = dash + 1; k < b; k++) {
    const c = raw.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  const level = levelSpelling(raw.slice(dash + 1, b));
  if (level === undefined) return false;
  // GLib's CRITICAL is g_critical, a failed check the program survives; its ERROR aborts.
  setLevel(
    out,
    level === 'FATAL' && raw.startsWith('CRITICAL', dash + 1) ? 'ERROR' : level,
    f,
    dash + 1,
    b,
    true,
  );
  out.textStart = glibTextStart(raw, b + 3);
  return true;
}

/** Length of GLib's time of day after its level mark (`10:00:00.123: `, g_log's default handler since 2.50). */
const GLIB_TIME_CHARS = 14;

/**
 * Where the text starts after GLib's ` **` (at `i`): past the colon and GLib's own time of day when
 * it writes one (the line's time is read as any other); -1 when no colon follows the mark.
 */
function glibTextStart(raw: string, i: number): number {
  if (raw.charCodeAt(i) !== 58 || raw.charCodeAt(i + 1) !== 32) return -1;
  let at = i + 2;
  while (raw.charCodeAt(at) === 32) at++;
  const time = raw.slice(at, at + GLIB_TIME_CHARS);
  return /^\d\d:\d\d:\d\d\.\d{3}: $/.test(time) ? at + GLIB_TIME_CHARS : at;
}

/**
 * apt's, debootstrap's and pbuilder's message marks opening a line: `E:` error, `W:` warning, `N:`
 * notice, `I:` info, then one space and a capitalised word (`E: Unable to locate package foo`). A
 * drive (`E: drive is full`) or a label before lower-case text or a number stays text.
 */
function isDebianToolMark(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (!(c === 69 || c === 87 || c === 78 || c === 73)) return false;
  return raw.charCodeAt(1) === 58 && isUpper(raw.charCodeAt(3)) && !isLetterLabel(raw, 2);
}

/**
 * `E:` or `W:` in a header place of a line other than its start, then one space and a word
 * (`isLetterLabel`): right after the line's time and its closing brackets (timeshift's `[14:02:16]
 * E: rsync returned an error`), or one space after a bracket or a lower-case `name:` tag opening
 * the line (rpmlint's `acme-agent.x86_64: W: no-manual-page-for-binary`, its check a lower-case
 * tag). A capitalised label (`Volume: E: Data`), a capitalised word after a `name:` field
 * (`letter: E: Backups`), a field of several words, and the other letters (`A:`, `Q:`, `C:`) are not.
 */
function isPlacedLetter(raw: string, a: number, out: Header): boolean {
  const c = raw.charCodeAt(a);
  if ((c !== 69 && c !== 87) || raw.charCodeAt(a - 1) !== 32 || isLetterLabel(raw, a + 2)) return false;
  let k = a - 1;
  while (k > 0 && raw.charCodeAt(k - 1) === 32) k--;
  if (out.shape >= 0 && out.timeEnd <= k) {
    let t = out.timeEnd;
    while (t < k && (raw.charCodeAt(t) === 93 || raw.charCodeAt(t) === 41)) t++;
    if (t === k) return true;
  }
  if (k !== a - 1) return false;
  const tag = raw.charCodeAt(k - 1);
  if (tag === 93 ? raw.charCodeAt(0) !== 91 : tag !== 58 || !isLower(raw.charCodeAt(0))) return false;
  // After a `name:` field, rpmlint's check is a lower-case tag; a capitalised word is a value's (`letter: E: Backups`).
  if (tag === 58 && !isLower(raw.charCodeAt(a + 3))) return false;
  for (let j = 1; j < k - 1; j++) if (raw.charCodeAt(j) === 32 || raw.charCodeAt(j) === 9) return false;
  return true;
}

/**
 * `E:`, `W:`, `I:` or `D:` opening a line and the line's time right after it (wlroots' and sway's
 * `D: 11/14/17 21:08:12 - text`): the level, as a letter glued to the time is glog's. Before a
 * `yyyy-mm-dd hh:mm:ss` time, `M:` too: G4KLX's `" DMIWEF"` letters (MMDVMHost, its gateways and
 * reflectors, ircDDBGateway's wx log), `M` its LogMessage between debug and info, its commonest.
 * Its `F:` (fatal) stays unread: beside `M:` it is the look-alike of a sex column.
 */
function isLetterBeforeTime(raw: string, out: Header): boolean {
  const letter = openingLetter(raw, out);
  if (letter === 'E' || letter === 'W' || letter === 'I' || letter === 'D') return true;
  return letter === 'M' && g4klxLetters && YEAR_FIRST_SECONDS.test(raw.slice(3, 22));
}

/**
 * False while reading a source whose sample's letters before the time are no G4KLX levels
 * (`openingLettersNoLevels`): an `M`/`F` column's `M:` is no LogMessage.
 */
let g4klxLetters = true;

/** The capital opening a line before its time, glued to a colon and a space (`M: 2026-…`), else undefined. */
function openingLetter(raw: string, out: Header): string | undefined {
  const c = raw.charCodeAt(0);
  const placed =
    out.shape >= 0 && out.timeStart === 3 && raw.charCodeAt(1) === 58 && raw.charCodeAt(2) === 32;
  return placed && c >= 65 && c <= 90 ? raw[0] : undefined;
}

/**
 * True when the sample's letters opening its lines before the time (`openingLetter`) are none of
 * G4KLX's `" DMIWEF"` scale: a letter outside it, or `M` and `F` with no `D` `I` `W` `E` beside them
 * (a sex column: `M: 2026-11-30 12:00:00 patient admitted`, `F: …`). `M` alone, or with `I:` `W:`
 * `E:` `D:` lines (and a fatal `F:`), is G4KLX's.
 */
function openingLettersNoLevels(letters: ReadonlySet<string>): boolean {
  let level = false;
  let outside = 0;
  for (const letter of letters) {
    if (!isG4klxLetter(letter)) outside++;
    else if (letter !== 'M' && letter !== 'F') level = true;
  }
  return outside > 1 || ((outside === 1 || letters.has('F')) && !level);
}

/**
 * True when `raw` opens with a capital and a colon before a `yyyy-mm-dd hh:mm:ss` time that is none
 * of G4KLX's `" DMIWEF"`, in a source whose opening letters are G4KLX's levels (a level column at the
 * line's start, `openingLettersNoLevels` false): the one other letter such a sample may show beside
 * them, a kind of record (DVM Host's `A:` activity lines, which its activity log also copies into the
 * main log), not a severity.
 */
export function isRecordKindLetter(raw: string, structure: Structure): boolean {
  if (structure.levelField !== 0 || structure.openingLettersNoLevels === true) return false;
  if (!isUpper(raw.charCodeAt(0)) || raw.charCodeAt(1) !== 58 || raw.charCodeAt(2) !== 32) return false;
  return !isG4klxLetter(raw[0] as string) && YEAR_FIRST_SECONDS.test(raw.slice(3, 22));
}

/**
 * Two letters opening the line, one space, then the line's time: wf-config's `log_plain` (wayfire's
 * log) writes its `DD`/`II`/`WW`/`EE` so (`II 26-11-26 09:12:44.081 - [src/main.cpp:412] text`;
 * libwf-config 0.7.1: those four strings and `%d-%m-%y %H:%M:%S.`). Elsewhere (`II` a numeral,
 * `DD` in prose) the pair is text.
 */
function isDoubledLetterBeforeTime(raw: string, a: number, out: Header): boolean {
  return a === 0 && out.shape >= 0 && out.timeStart === 3 && raw.charCodeAt(2) === 32;
}

/**
 * Two letters in square brackets, one space after the line's time: Evennia's server log, whose
 * `GetLogObserver.event_levels` fill Twisted's system block with `WW` and `EE` (and `..`, `??`,
 * `!!`, which are no letters) after `%Y-%m-%d %H:%M:%S` (evennia 5.0.1, `evennia/utils/logger.py`).
 * Its category prefixes `SS` and `DP` take the same block and spell no level.
 */
function isBracketedDoubledLetterAfterTime(raw: string, a: number, out: Header): boolean {
  return (
    out.shape >= 0 &&
    a === out.timeEnd + 2 &&
    raw.charCodeAt(a - 1) === 91 &&
    raw.charCodeAt(a + 2) === 93 &&
    raw.charCodeAt(out.timeEnd) === 32
  );
}

/**
 * The level a doubled letter at `a` spells (`II`, `WW`, `EE`, and wf-config's `DD` where `debug`
 * is allowed; X.Org has no `(DD)`), else undefined.
 */
function doubledLevelLetter(raw: string, a: number, debug: boolean): Level | undefined {
  const c = raw.charCodeAt(a);
  if (c !== raw.charCodeAt(a + 1)) return undefined;
  return c === 73 || c === 87 || c === 69 || (debug && c === 68)
    ? levelSpelling(raw[a] as string)
    : undefined;
}

/** G4KLX's level letters (its `" DMIWEF"` scale, the space aside): any other capital opening such a line is none. */
function isG4klxLetter(letter: string): boolean {
  return 'DMIWEF'.includes(letter);
}

/** `2026-11-30 02:14:07`: the date and time G4KLX's log writes after its letter. */
const YEAR_FIRST_SECONDS = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/;

/** The level a letter opening the line before its time spells: G4KLX's `M` is INFO. */
function letterBeforeTimeLevel(letter: string): Level {
  return letter === 'M' ? 'INFO' : (levelSpelling(letter) as Level);
}

/** One space and a word of two or more capitals at `end` (`NOT FOUND`, `WAR ROOM`). */
function opensUpperPhrase(raw: string, end: number): boolean {
  if (raw.charCodeAt(end) !== 32) return false;
  let k = end + 1;
  while (isUpper(raw.charCodeAt(k))) k++;
  const next = raw.charCodeAt(k);
  return k - end > 2 && (Number.isNaN(next) || next === 32);
}

/** `Error connecting …`, `I think …`: a word followed by one space and a lower-case word. */
function startsSentence(raw: string, end: number): boolean {
  const next = raw.charCodeAt(end + 1);
  return raw.charCodeAt(end) === 32 && next >= 97 && next <= 122;
}

/**
 * True while a learned structure's level field is read, or a sample is learned from: the place (or
 * the agreement of most lines) vouches for weak spellings that would read like a sentence.
 */
let vouched = false;
/** True while one-character marks (`levelMark`) may be levels: learning, or reading a learned column. */
let marks = false;
/**
 * True while a column its sample proved (`provenBareColumn`) is read: a cut in capitals there is the
 * column's before a lower-case word too (y2log's `WAR libsnapper(4417) …`).
 */
let provenCuts = false;
/** False while reading a source whose bracket column holds names (`[Scheduler]`): `[Notification]` is one, `LOG:` still a level. */
let placedSpellings = true;
/**
 * True while reading a source whose bracket after the time holds title-case names and no level word
 * (`severeWordsAreNames`): a title-case syslog-only word there (`[Alert]`) is one more name.
 */
let severeNames = false;

function tryWord(
  raw: string,
  a: number,
  b: number,
  f: number,
  out: Header,
  marked: boolean,
  acceptWeak: boolean,
): boolean {
  const n = b - a;
  if (n < 1 || n > 13) return false;
  if (n === 2) {
    // X.Org's `(II)`, `(WW)`, `(EE)`: its only level letters doubled in parentheses (`(CC)` is not one).
    const xorg = raw.charCodeAt(a - 1) === 40 && raw.charCodeAt(b) === 41;
    const letter =
      xorg || isBracketedDoubledLetterAfterTime(raw, a, out)
        ? doubledLevelLetter(raw, a, false)
        : isDoubledLetterBeforeTime(raw, a, out)
          ? doubledLevelLetter(raw, a, true)
          : undefined;
    if (letter !== undefined) return setLevel(out, letter, f, a, b, true);
  }
  // `ENGINE    (W): text`: one level letter in parentheses, marked by a colon after them (the
  // Enfusion engine's logs: Arma Reforger and its server tools).
  // The channel name in capitals before it tells it from prose (`Chapter (I): Overview`).
  if (
    n === 1 &&
    raw.charCodeAt(a - 1) === 40 &&
    raw.charCodeAt(b) === 41 &&
    raw.charCodeAt(b + 1) === 58 &&
    afterChannelName(raw, a - 1)
  ) {
    const c = raw.charCodeAt(a);
    if (c === 73 || c === 87 || c === 69)
      return setLevel(out, levelSpelling(raw[a] ?? '') as Level, f, a, b, true);
  }
  if (n === 1 && isCopyrightSign(raw, a, out)) return false;
  // `C: drive is full`, `A: yes`: one letter and a colon name a drive or label an item; a level
  // written so is read only in a column the source's lines agreed on, as Debian's tools mark
  // their messages opening a line, or `E:`/`W:` in a header place before a word.
  if (n === 1 && !vouched && raw.charCodeAt(b) === 58) {
    if (a === 0 && isLetterBeforeTime(raw, out))
      return setLevel(out, letterBeforeTimeLevel(raw[a] as string), f, a, b, true);
    const placed = a === 0 ? isDebianToolMark(raw) : isPlacedLetter(raw, a, out);
    return placed && setLevel(out, levelSpelling(raw[a] as string) as Level, f, a, b, true);
  }
  // In such a column too, a letter before a size is a drive's (`C: 120 GB free`, `D: 45% used`).
  if (n === 1 && raw.charCodeAt(b) === 58 && isDriveSize(raw, b + 1)) return false;
  if (n === 1 && marks && !isLetter(raw.charCodeAt(a))) {
    // Redis writes its mark after the time; one before it is a bullet (GnuCash's `* 17:40:55  INFO`).
    if (out.shape >= 0 && a < out.timeStart) return false;
    // In brackets it is a status mark, `[*]` info (security tools, sagan's beside its `[W]` `[E]`, Rust
    // CLIs' loggers), never Redis's bare notice mark; no other mark is one there.
    if (raw.charCodeAt(a - 1) === 91 && raw.charCodeAt(b) === 93)
      return raw.charCodeAt(a) === 42 && setLevel(out, 'INFO', f, a, b, false);
    const level = levelMark(raw.charCodeAt(a), false);
    // `-` and `.` stand between fields in many layouts (`I app.http - text`): on the strict pass they
    // would outrank the level letter before them, which only the weak pass reads.
    const ambiguous = levelMark(raw.charCodeAt(a), true) === undefined;
    return level !== undefined && (acceptWeak || !ambiguous) && setLevel(out, level, f, a, b, false);
  }
  // `LOG_ERR`, `[LOG_WARNING]`: a syslog priority's constant name, read only where `_` is the fourth character.
  const priority = raw.charCodeAt(a + 3) === 95 ? syslogPriorityWord(raw, a, b, f, out) : undefined;
  if (priority !== undefined) return priority;
  for (let k = a; k < b; k++) {
    if (!isLetter(raw.charCodeAt(k))) {
      // A service's own words may hold digits and `_-.` (`V3`): only those are read so.
      if (!isDeclaredUnletteredWord(raw, a, b)) return false;
      break;
    }
  }
  if (!maySpellLevel(raw, a, b)) return false;
  // `msg="…"`, `warn=3`: a word before `=` is a key.
  if (raw.charCodeAt(b) === 61) return false;
  if (!vouched && isCategoryHttp(raw, a, b)) return false;
  const word = raw.slice(a, b);
  // `FAIL LOGIN:`, `ALERT exited`: words of text unless marked as a field, or in a column the
  // source's lines agreed on (yarn's and Gatsby's reporter: `success Saved lockfile.`).
  const spelled = isProtocolBeforeColon(raw, a, b) ? undefined : levelSpelling(word);
  const known = spelled === undefined || marked || vouched || !opensTextUnmarked(word) ? spelled : undefined;
  // `LOG:`, `[Note]`, a column of `A`: a level only where marked as a field or vouched for.
  // Where the bracket column holds names (`[Scheduler]`), a bracketed weak spelling is one of them.
  const named = !placedSpellings && raw.charCodeAt(a - 1) === 91;
  if (named && severeNames && isNameLikeSevere(word) && out.shape >= 0 && f === fieldAt(out.timeEnd))
    return false;
  const level =
    known ??
    ((marked || vouched) && !named ? placedLevel(raw, a, word, vouched, marked) : undefined) ??
    // A cut stands unmarked in its column (MediaMTX's `WAR text`): `FAT:` or `[CRI]` names a thing.
    (vouched && !marked ? columnLevelSpelling(word) : undefined) ??
    (isBracketedWarAfterTime(raw, a, b, out) ? 'WARN' : undefined);
  if (level === undefined) return false;
  // A column's cut opening a phrase in capitals is the text's (`NOT FOUND /x`, `WAR ROOM opened`):
  // the column may be learned from lines whose own words stand there (`GET /index`).
  if (known === undefined && level === columnLevelSpelling(word) && opensUpperPhrase(raw, b)) return false;
  const upper = word === word.toUpperCase();
  const lower = word === word.toLowerCase();
  // Unambiguous: upper case of 2+ letters, or any case when brackets or a colon mark it as a field;
  // or logrus's cut names opening the line, glued to its bracketed elapsed seconds or time
  // (`FATA[0004]`, `PANI[2026/…]`); further in, `TRAC[0]` is an array or a name of the text.
  const strong =
    (known !== undefined && n >= 2 && (upper || (marked && (lower || n >= 3)))) ||
    (a === 0 && n === 4 && isLogrusCut(word) && gluedToNumber(raw, b));
  if (!strong && !acceptWeak) return false;
  // A placed spelling (`A`, `Log`) opening a sentence is a word, even in a learned column; in
  // capitals there it is the column's (libusual's bare `LOG` before the text: PgBouncer, pgqd). A
  // column's cut is not (`FAT partition`, `CRI runtime`, `WAR file` are text).
  if (
    !strong &&
    (!vouched || known === undefined) &&
    startsSentence(raw, b) &&
    !(vouched && upper && n >= 3 && (provenCuts || placedLevelSpelling(word) !== undefined))
  )
    return false;
  // `Fatal error:` (PHP, Privoxy): the qualifier makes the error fatal (`Non-fatal error:` does not).
  if (level === 'ERROR' && isFatalQualifier(raw, a)) return setLevel(out, 'FATAL', f, a, b, true);
  return setLevel(out, level, f, a, b, strong);
}

/**
 * `tryWord` for a syslog priority's constant name in [a, b) of `raw` (`syslogPriorityName`): whether
 * its level was set (`LOG_DEBUG=1` is a setting, none), undefined when the word is no such name. Kept
 * out of `tryWord`, whose every added byte moves when V8 compiles it (instructions a line, see
 * `bench/ingest-instructions.ts`).
 */
function syslogPriorityWord(raw: string, a: number, b: number, f: number, out: Header): boolean | undefined {
  const priority = syslogPriorityName(raw, a, b);
  if (priority === undefined) return undefined;
  return raw.charCodeAt(b) !== 61 && setLevel(out, priority, f, a, b, true);
}

/**
 * `[WAR]` as the first field after the time (FUXA's `… 18:02:13.880Z [WAR]  text`; the cut MediaMTX,
 * OpenSnitch and ZoneMinder write too): the level cut to three letters, marked by its brackets where
 * a level stands. The other cuts stay names in brackets (`[FAT]` a file system, `[CRI]` Kubernetes'
 * runtime interface), as does `[WAR]` elsewhere (a web archive).
 */
function isBracketedWarAfterTime(raw: string, a: number, b: number, out: Header): boolean {
  if (b - a !== 3 || !raw.startsWith('WAR]', a) || raw.charCodeAt(a - 1) !== 91) return false;
  if (out.shape < 0 || a - 1 < out.timeEnd || out.timeEnd >= HEADER_CHARS) return false;
  for (let k = out.timeEnd; k < a - 1; k++) if (raw.charCodeAt(k) !== 32) return false;
  return true;
}

/**
 * A placed spelling at `a`. `msg` is the ordinary message in MonetDB's `MSG` and Gazebo's `[Msg]`, but
 * GLib's message, above info, in ModemManager's `<err> <wrn> <msg> <inf> <dbg>`. `NOTE` in capitals
 * standing bare in a learned column (vouched for and not marked) is syslog's notice cut to
 * four letters as `WARN` is warning (Unidata LDM's `DEBUG INFO NOTE WARN ERROR`, Yate's `NOTE` above
 * its `INFO`, Nim chronicles' cut `NOT`); marked it stays INFO, MySQL's `[Note]` (the lowest of its
 * three levels), BitBake's `NOTE:` (Python's INFO) and a note with its message number (`NOTE 15301:`).
 */
function placedLevel(
  raw: string,
  a: number,
  word: string,
  vouched: boolean,
  marked: boolean,
): Level | undefined {
  // `errs` counts where one line marks it (`<ERRS> 3`): a level only in a learned column.
  if (!vouched && isCountedSpelling(word)) return undefined;
  if (vouched && !marked && word === 'NOTE' && !isMessageNumberAfter(raw, a + 4)) return 'NOTICE';
  const level = placedLevelSpelling(word);
  // getmail's `msg 9/10 (45121 bytes)`: a word before its count names what is counted. A failure's
  // spelling stays one (`SEVER 3/5 replicas down`): a count opening the text never hides a failure.
  if (!marked && level !== undefined && !isAtLeast(level, 'WARN') && isCountAfter(raw, a + word.length))
    return undefined;
  return level === 'INFO' && word === 'msg' && raw.charCodeAt(a - 1) === 60 ? 'NOTICE' : level;
}

/**
 * A message number and its colon after the word ending at `b` (`NOTE 15301:  Began computing …`):
 * a catalogue's note, the lowest of its three kinds (HEC-HMS's `NOTE`, `WARNING`, `ERROR`, each
 * with its number, as hms-commander's `HmsOutput` patterns read them), so INFO as MySQL's `[Note]`.
 */
function isMessageNumberAfter(raw: string, b: number): boolean {
  if (raw.charCodeAt(b) !== 32 || !isDigit(raw.charCodeAt(b + 1))) return false;
  let k = b + 1;
  while (isDigit(raw.charCodeAt(k))) k++;
  return raw.charCodeAt(k) === 58;
}

/**
 * A count after the word ending at `b`: spaces (`%*d` pads it to the total's width), digits, a slash
 * and digits (`msg  9/10`, getmail's retrieval line).
 */
function isCountAfter(raw: string, b: number): boolean {
  let k = b;
  while (raw.charCodeAt(k) === 32) k++;
  if (k === b || !isDigit(raw.charCodeAt(k))) return false;
  while (isDigit(raw.charCodeAt(k))) k++;
  return raw.charCodeAt(k) === 47 && isDigit(raw.charCodeAt(k + 1));
}

/** A `[` right after the word at `b`, and a digit opening the bracket (`[0004]`, `[2026/11/21 …]`). */
function gluedToNumber(raw: string, b: number): boolean {
  return raw.charCodeAt(b) === 91 && isDigit(raw.charCodeAt(b + 1));
}

/**
 * `(C)` or `(c)` at `a` that no time follows: the copyright sign (`(C) Copyright IBM Corp.`), not
 * qBittorrent's critical, which it writes before the time (`(C) 2026-11-30T10:00:00 - text`).
 */
function isCopyrightSign(raw: string, a: number, out: Header): boolean {
  const c = raw.charCodeAt(a);
  if ((c !== 67 && c !== 99) || raw.charCodeAt(a - 1) !== 40 || raw.charCodeAt(a + 1) !== 41) return false;
  return !(out.shape >= 0 && out.timeStart > a);
}

/** The word `fatal ` right before `a`, on its own: not the end of `non-fatal` or `nonfatal`. */
function isFatalQualifier(raw: string, a: number): boolean {
  if (a < 6 || raw.slice(a - 6, a).toLowerCase() !== 'fatal ') return false;
  const before = raw.charCodeAt(a - 7);
  return a === 6 || !(isLetter(before) || before === 45);
}

/** Every level the header finder reads is set here: where it may end is what `mayHoldMarkedLevel` relies on. */
function setLevel(out: Header, level: Level, f: number, a: number, b: number, strong: boolean): true {
  out.level = level;
  out.levelField = f;
  out.levelStart = a;
  out.levelEnd = b;
  out.levelStrong = strong;
  return true;
}

/**
 * A weak level (`I`, `Info`, `warning` unmarked) counts per line only in a line with a timestamp,
 * and only where levels usually stand: first in the line, or right after the timestamp and any
 * process/thread id columns.
 */
function weakPlace(raw: string, f: number, out: Header, afterTime: number): boolean {
  if (out.shape < 0) return false;
  if (f === 0) return true;
  if (f <= out.timeField) return false;
  for (let g = afterTime; g < f; g++) {
    const s = fieldStart[g] as number;
    const e = fieldEnd[g] as number;
    if (e <= out.timeEnd) continue;
    // WPS's `---` after the time (`isDashField`) is no column: `date time --- INFORM: text`.
    if (!isIdColumn(raw, s, e) && !(g === afterTime && e - s === 3 && isDashField(raw, g))) return false;
  }
  return f - afterTime <= 2;
}

/** A process or thread id column: decimal, or hexadecimal after `0x` (`0x7f3a`). */
function isIdColumn(raw: string, a: number, b: number): boolean {
  const hex = b - a > 2 && raw.charCodeAt(a) === 48 && (raw.charCodeAt(a + 1) | 32) === 120;
  for (let k = hex ? a + 2 : a; k < b; k++) {
    const c = raw.charCodeAt(k);
    if (!(hex ? isHexDigit(c) : isDigit(c))) return false;
  }
  return true;
}

/** A level stands within this many fields after the timestamp (syslog's host and tag come first). */
const LEVEL_FIELDS_AFTER_TIME = 6;
/** …or, in a line without a timestamp, within its first fields. */
const LEVEL_FIELDS_WITHOUT_TIME = 3;
/** An upper-case level marked as a field may stand this many fields further (`p=1 u=x n=y | [WARNING]:`). */
const MARKED_LEVEL_EXTRA_FIELDS = 2;

/** Longest bracketed subsystem after a padded level (`[TOTEM ]`). */
const MAX_SUBSYSTEM = 24;

/**
 * Field `f` is a word of letters, then spaces and a bracketed name with nothing but letters, digits
 * and padding inside, then a space: `info    [QB    ] `, `warning [TOTEM ] ` (libqb's `%p [%g]`, the
 * file log of corosync, pacemaker and the rest of the Linux HA stack). While a sample is learned from,
 * a level word so placed counts for its column even after the program's name.
 */
function subsystemFollows(raw: string, f: number): boolean {
  const a = fieldStart[f] as number;
  const b = fieldEnd[f] as number;
  for (let k = a; k < b; k++) if (!isLetter(raw.charCodeAt(k))) return false;
  let k = b;
  while (raw.charCodeAt(k) === 32) k++;
  if (k === b || raw.charCodeAt(k) !== 91) return false;
  const open = k++;
  while (k - open <= MAX_SUBSYSTEM && (isLetter(raw.charCodeAt(k)) || isDigit(raw.charCodeAt(k)))) k++;
  if (k === open + 1) return false;
  while (k - open <= MAX_SUBSYSTEM && raw.charCodeAt(k) === 32) k++;
  return raw.charCodeAt(k) === 93 && raw.charCodeAt(k + 1) === 32;
}

/**
 * An upper-case word of 3+ letters marked as a field: `LOG:`, `WARNING:`, `[ERROR]` (only when
 * `bareMark`), or joined by its colon to the name or source location of what logged (`INFO:root:`,
 * `INFO:vmm/src/lib.rs:2114`).
 */
function isMarkedUpper(raw: string, f: number, bareMark: boolean): boolean {
  const a = fieldStart[f] as number;
  let b = fieldEnd[f] as number;
  if (raw.charCodeAt(b - 1) === 58) b--;
  let k = a;
  while (k < b && isUpper(raw.charCodeAt(k))) k++;
  if (k - a < 3) return false;
  // Joined, the name needs a colon of its own after it (`INFO:root:`, `INFO:file.rs:12`): `DEBUG:on` is a setting.
  if (k < b) {
    const nameEnd = raw.indexOf(':', k + 2);
    return raw.charCodeAt(k) === 58 && isLetter(raw.charCodeAt(k + 1)) && nameEnd > 0 && nameEnd < b;
  }
  if (!bareMark) return false;
  const after = raw.charCodeAt(b);
  return after === 58 || (after === 93 && raw.charCodeAt(a - 1) === 91);
}

/**
 * A bare upper-case level word of four letters or more right after a parenthesis or bracket that
 * closes a header field of several words, past the usual reach: a thread's name written with spaces
 * and its own brackets before the level (`time %t %p`, OpenEMS's and other OSGi runtimes' `CM
 * Configuration Updater (ManagedService Update: pid=[…]) INFO text`). Only with a time, and only
 * while no word of prose came before it (`findLevel`'s `sentence`).
 */
function isAfterLongThread(raw: string, f: number, out: Header): boolean {
  if (out.shape < 0) return false;
  const a = fieldStart[f] as number;
  const b = fieldEnd[f] as number;
  const close = raw.charCodeAt(a - 2);
  if (b - a < 4 || raw.charCodeAt(a - 1) !== 32 || (close !== 41 && close !== 93)) return false;
  if (raw.charCodeAt(b) !== 32 || !isUpperRun(raw, a, b)) return false;
  return !opensTextUnmarked(raw.slice(a, b));
}

/**
 * An upper-case word of 3+ letters in a column of a dash-separated header, `time - name - LEVEL -
 * text` (Python's `%(asctime)s - %(name)s - %(levelname)s - %(message)s`, with a time of day alone
 * too), or after up to `DASH_COLUMNS` (three) such columns (`- %(name)s - %(module)s - %(levelname)s -`,
 * `- %(name)s - %(threadName)s - …`, a name written `service - module:func:48`): the time opens the
 * line and each column between it and the level is one field (a name, a thread, a source location),
 * so words of a sentence there (`10:30:00 - we fixed it - ERROR - …`) or before the time are no header.
 */
function isDashColumn(raw: string, f: number, out: Header): boolean {
  if (out.shape < 0 || out.timeField !== 0 || f < 4) return false;
  const a = fieldStart[f] as number;
  const b = fieldEnd[f] as number;
  if (b - a < 3 || !raw.startsWith(' - ', b) || !isUpperRun(raw, a, b)) return false;
  // Back from the level, one ` - column` at a time, to the field where the time ends.
  for (let dash = f - 1, columns = 0; columns < DASH_COLUMNS && dash >= 3; dash -= 2, columns++) {
    if (!isDashField(raw, dash) || !isDashField(raw, dash - 2)) return false;
    if ((fieldStart[dash - 3] as number) < out.timeEnd) return (fieldEnd[dash - 3] as number) >= out.timeEnd;
  }
  return false;
}

/**
 * An upper-case word of 3+ letters after a logger's name that stands alone after the time, set apart
 * by a colon or a dash (`separatedLoggerStart`: Python's `%(asctime)s - %(name)-12s: %(levelname)-8s`,
 * `2026-… - denyhosts   : INFO     text`): the name reads as a word of text, the level is the header's.
 * Text must follow the level: a word ending the line is a setting's value (`- verbosity - DEBUG`).
 */
function isAfterSeparatedLogger(raw: string, f: number, out: Header): boolean {
  if (out.shape < 0) return false;
  const a = fieldStart[f] as number;
  const b = fieldEnd[f] as number;
  if (b - a < 3 || raw.charCodeAt(b) !== 32 || !isUpperRun(raw, a, b)) return false;
  if (skipSpaces(raw, b) >= raw.length) return false;
  return separatedLoggerStart(raw, out.timeStart, out.timeEnd, a) >= 0;
}

/**
 * An upper-case word of 3+ letters right after an arrow field and before a hex sequence number,
 * ` -> WORD 003 `: op/go-logging's `%{shortfunc} -> %{level:.4s} %{id:03x}` (Hyperledger Fabric and
 * other Go services), where the function before the arrow may read like a word of text
 * (`initialize -> INFO 003`). Without the number an arrow to a level word is a state change of the
 * text (`health changed OK -> WARN for db`).
 */
function isAfterArrow(raw: string, f: number): boolean {
  if (f < 1) return false;
  // `>` separates fields: the arrow's shaft is the field before, the head right after it.
  const arrow = fieldStart[f - 1] as number;
  if (fieldEnd[f - 1] !== arrow + 1 || raw.charCodeAt(arrow + 1) !== 62 || raw.charCodeAt(arrow + 2) !== 32)
    return false;
  const shaft = raw.charCodeAt(arrow);
  if ((shaft !== 45 && shaft !== 61) || raw.charCodeAt(arrow - 1) !== 32) return false;
  const a = fieldStart[f] as number;
  const b = fieldEnd[f] as number;
  if (b - a < 3 || raw.charCodeAt(b) !== 32) return false;
  return isUpperRun(raw, a, b) && isSequenceNumber(raw, f + 1);
}

/** Field `f` is go-logging's `%{id:03x}`: three or more hex digits, a decimal one among them. */
function isSequenceNumber(raw: string, f: number): boolean {
  if (f >= fieldCount) return false;
  const a = fieldStart[f] as number;
  const b = fieldEnd[f] as number;
  let decimal = false;
  for (let k = a; k < b; k++) {
    const c = raw.charCodeAt(k);
    if (isDigit(c)) decimal = true;
    else if (!isLowerHexDigit(c)) return false;
  }
  return b - a >= 3 && decimal;
}

/**
 * The field after a program's name and pid opening a line without a time, `name[pid]:` or `name
 * [pid]` (syslog's copy to stderr with LOG_PERROR, and daemons that print the same), and after one
 * function in parentheses (`distcc[22629] (dcc_readx) `); -1 when the line does not open so. A level
 * marked as a field there (`ERROR:`) stands as it would after a time.
 */
function fieldAfterProgramPid(raw: string): number {
  if (fieldCount < 3 || fieldStart[0] !== 0 || !isLetter(raw.charCodeAt(0))) return -1;
  const nameEnd = fieldEnd[0] as number;
  const pidStart = fieldStart[1] as number;
  const pidEnd = fieldEnd[1] as number;
  const spaced = pidStart === nameEnd + 2 && raw.charCodeAt(nameEnd) === 32;
  if ((pidStart !== nameEnd + 1 && !spaced) || raw.charCodeAt(pidStart - 1) !== 91) return -1;
  if (raw.charCodeAt(pidEnd) !== 93) return -1;
  for (let k = pidStart; k < pidEnd; k++) if (!isDigit(raw.charCodeAt(k))) return -1;
  let f = 2;
  if (fieldEnd[f] === (fieldStart[f] as number) + 1 && raw.charCodeAt(fieldStart[f] as number) === 58) f++;
  if (f + 1 < fieldCount && raw.charCodeAt((fieldStart[f] as number) - 1) === 40) {
    if (raw.charCodeAt(fieldEnd[f] as number) === 41) f++;
  }
  return f;
}

/**
 * Field `f` is a lone `-` between spaces, or three (`---`: the WRF Preprocessing System's
 * `module_debug.F`, `print_date//' '//print_time//' --- '` before its `INFORM: ` tag).
 */
function isDashField(raw: string, f: number): boolean {
  const a = fieldStart[f] as number;
  const b = fieldEnd[f] as number;
  if (raw.charCodeAt(a) !== 45 || raw.charCodeAt(a - 1) !== 32) return false;
  return b === a + 1 || (b === a + 3 && raw.charCodeAt(a + 1) === 45 && raw.charCodeAt(a + 2) === 45);
}

/**
 * Field `f` is the value of a `key=value` pair, glued to its key (an identifier) by the `=`: Sidekiq's
 * `pid=1 tid=2f9w class=SendJob jid=5b1e…` before its `INFO:`. A pair is one field of a header, so
 * after the time its value moves the reach of a level marked as a field one field on (a value is no
 * level's place: `msg=audit(…)`); a quoted value (`msg="…"`) is none.
 */
function isPairValue(raw: string, f: number): boolean {
  if (f < 1) return false;
  const eq = (fieldStart[f] as number) - 1;
  if (raw.charCodeAt(eq) !== 61 || fieldEnd[f - 1] !== eq) return false;
  for (let k = fieldStart[f - 1] as number; k < eq; k++) if (!isWordChar(raw.charCodeAt(k))) return false;
  return true;
}

function findLevel(raw: string, out: Header, onlyField: number, acceptWeak: boolean): void {
  const from = onlyField >= 0 ? onlyField : 0;
  const afterTime = out.shape >= 0 ? fieldAt(out.timeEnd) : 0;
  const usualReach = out.shape >= 0 ? afterTime + LEVEL_FIELDS_AFTER_TIME : LEVEL_FIELDS_WITHOUT_TIME;
  let to =
    onlyField >= 0
      ? Math.min(onlyField + 1, fieldCount)
      : Math.min(usualReach + MARKED_LEVEL_EXTRA_FIELDS, fieldCount);
  let weakField = -1;
  // Once a field past the time is no weak level's place, no later field is (`weakPlace`).
  let weakClosed = false;
  if (out.shape >= 0 && topicListLevel(raw, out, afterTime)) return;
  if (phpErrorLevel(raw, out, afterTime)) return;
  if (stdlogLevel(raw, out)) return;
  if (
    onlyField < 0 &&
    (levelGluedByColon(raw, out) ||
      levelGluedByHyphens(raw, out) ||
      levelGluedToDash(raw, out) ||
      levelGluedBeforeTime(raw, out))
  )
    return;
  if (onlyField < 0 && diagnosticLevel(raw, out, afterTime)) return;
  if (pythonUnnamedLevelAt(raw, out, onlyField >= 0 ? onlyField : 0, onlyField >= 0)) return;
  if (onlyField < 0 && out.shape >= 0 && afterTime > 0 && pythonUnnamedLevelAt(raw, out, afterTime, false))
    return;
  if (onlyField < 0 && out.shape < 0 && angleLetterLevel(raw, out)) return;
  // The level letter glued before the date opening the line (glog/klog's `W1130 07:31:59.794204`)
  // is the header's: a level word after it (`vm.go:384] prog: Runtime error: …`) is the text's.
  if (gluedLetterLevel(raw, out, onlyField)) return;
  prose.fill(UNKNOWN);
  let sentence = false;
  for (let f = from; f < to; f++) {
    lastSteps++;
    const s = fieldStart[f] as number;
    if (out.shape >= 0 && s >= out.timeStart && s < out.timeEnd) continue;
    if (onlyField < 0 && out.shape >= 0 && f > afterTime && isPairValue(raw, f))
      to = Math.min(to + 1, fieldCount);
    // Past the first fields after the time, words of a sentence mean the message has begun, and
    // beyond the usual reach: only an upper-case level marked as a field (`LOG:`, `[WARNING]:`) stands;
    // in a line without a time, only one joined to what logged (`<vmm> INFO:vmm/src/lib.rs:2114`),
    // after a prefix of the program's (its name, an elapsed time, a thread).
    if (onlyField < 0 && ((sentence && f - afterTime > 2) || f >= usualReach)) {
      const bareMark = out.shape >= 0 || f === fieldAfterProgramPid(raw);
      const upper =
        isMarkedUpper(raw, f, bareMark) ||
        isDashColumn(raw, f, out) ||
        isAfterArrow(raw, f) ||
        isAfterSeparatedLogger(raw, f, out) ||
        (!sentence && isAfterLongThread(raw, f, out));
      if (upper && !isProse(raw, f - 1, out) && levelInField(raw, f, out, true)) return;
      if (vouched && f < usualReach && subsystemFollows(raw, f) && levelInField(raw, f, out, true)) return;
      continue;
    }
    // `client sent ERROR: bad request`: after two words of prose, a level word is quoted text.
    if (onlyField < 0 && isProse(raw, f - 1, out) && isProse(raw, f - 2, out)) continue;
    if (levelInField(raw, f, out, false)) {
      // A level letter between the layout's pipes (Ginga's `| %(levelname)1.1s |`) is the line's
      // level: a level word after it opens the text (`| E | io_fits.py:157 (load_hdu) | Error loading`).
      if (weakField >= 0 && isPipeFenced(raw, weakField)) break;
      if (onlyField < 0 && markedLevelAfterBracket(raw, f, out)) return;
      // The phrase and its colon open the text: what follows is no header.
      if (isQualifiedPhrase(raw, f, out, afterTime, onlyField >= 0)) out.level = undefined;
      return;
    }
    // `E AndroidRuntime: FATAL EXCEPTION`: after a level in its place, a `tag:` field starts the message.
    if (weakField >= 0 && raw.charCodeAt((fieldEnd[f] as number) - 1) === 58) break;
    if (f >= afterTime && isProse(raw, f, out)) sentence = true;
    if (weakField >= 0 || weakClosed) continue;
    if (acceptWeak || weakPlace(raw, f, out, afterTime)) {
      if (levelInField(raw, f, out, true)) {
        weakField = f;
        out.level = undefined;
      }
    } else if (out.shape < 0 || f > out.timeField) weakClosed = true;
  }
  if (weakField >= 0) levelInField(raw, weakField, out, true);
}

/**
 * True when the level just read in field `f` is the last word of a bracket opened words before
 * (`[Step Debug]`, `[Connection Error]`) and the next field is a level word marked by its colon or
 * its own brackets (`[Step Debug] INFO: text`): the bracket names a channel and the level is that
 * field's, read into `out`. Else `out` keeps the bracket's word.
 */
function markedLevelAfterBracket(raw: string, f: number, out: Header): boolean {
  if (f + 1 >= fieldCount || raw.charCodeAt(out.levelEnd) !== 93 || !opensWordsBefore(raw, out.levelStart))
    return false;
  const a = fieldStart[f + 1] as number;
  const b = fieldEnd[f + 1] as number;
  const marked =
    raw.charCodeAt(b - 1) === 58
      ? isLetterRun(raw, a, b - 1)
      : raw.charCodeAt(a - 1) === 91 && raw.charCodeAt(b) === 93 && isLetterRun(raw, a, b);
  if (!marked) return false;
  if (levelInField(raw, f + 1, out, false)) return true;
  levelInField(raw, f, out, false);
  return false;
}

/** True when field `f` stands between two pipes, a space apart on each side (` | E | `). */
function isPipeFenced(raw: string, f: number): boolean {
  const a = fieldStart[f] as number;
  const b = fieldEnd[f] as number;
  return (
    raw.charCodeAt(a - 2) === 124 &&
    raw.charCodeAt(a - 1) === 32 &&
    raw.charCodeAt(b) === 32 &&
    raw.charCodeAt(b + 1) === 124
  );
}

/** True when the word at `i` follows a space inside a bracket opened before it on the line, within 40 characters. */
function opensWordsBefore(raw: string, i: number): boolean {
  if (raw.charCodeAt(i - 1) !== 32) return false;
  for (let k = i - 2; k >= 0 && k >= i - 40; k--) {
    const c = raw.charCodeAt(k);
    if (c === 91) return true;
    if (c === 93) return false;
  }
  return false;
}

/** The glued glog letter opening the line before its date (`I1130 …`) into `out`, if it spells a level. */
function gluedLetterLevel(raw: string, out: Header, onlyField: number): boolean {
  return (
    out.shape >= 0 &&
    out.timeField === 0 &&
    out.timeStart === 1 &&
    onlyField <= 0 &&
    tryWord(raw, 0, 1, 0, out, true, true)
  );
}

const diagnostic: Diagnostic = { level: 'INFO', categoryStart: 0, categoryEnd: 0, textStart: 0 };

/**
 * A compiler's or linter's diagnostic opening the line or right after its time
 * (`src/a.cs(12,5): warning CS0168: text`, `a.c:3:10: error: text`; `diagnostic.ts`). The level is
 * its category word, so the location before it is kept as a column stepped over (issue #14).
 */
function diagnosticLevel(raw: string, out: Header, afterTime: number): boolean {
  const at = out.shape >= 0 ? fieldStart[afterTime] : 0;
  const found = at === 0 && out.shape < 0 && categoryOpening(raw, diagnostic);
  if (!found && (at === undefined || afterTime >= fieldCount || !diagnosticAt(raw, at, diagnostic)))
    return false;
  const f = fieldAt(at ?? 0);
  setLevel(out, diagnostic.level, f, diagnostic.categoryStart, diagnostic.categoryEnd, true);
  out.textStart = diagnostic.textStart;
  return true;
}

/**
 * A comma-joined list of lower-case topics right after the time (`system,info,account`,
 * `wireless,warning`): its first level word is the level, and the text starts after the list.
 */
function topicListLevel(raw: string, out: Header, afterTime: number): boolean {
  if (afterTime >= fieldCount) return false;
  const at = fieldStart[afterTime] as number;
  for (let k = out.timeEnd; k < at; k++) if (raw.charCodeAt(k) !== 32) return false;
  let end = at;
  let commas = 0;
  while (end < raw.length && end - at < 64) {
    const c = raw.charCodeAt(end);
    if (c === 44) commas++;
    else if (c === 32) break;
    else if (c < 97 || c > 122) return false;
    end++;
  }
  if (commas === 0 || raw.charCodeAt(end) !== 32 || raw.charCodeAt(end - 1) === 44) return false;
  for (let a = at, f = afterTime; a < end; f++) {
    let b = a;
    while (b < end && raw.charCodeAt(b) !== 44) b++;
    const level = b - a >= 3 ? levelSpelling(raw.slice(a, b)) : undefined;
    if (level !== undefined) {
      setLevel(out, level, f, a, b, true);
      let text = end;
      while (raw.charCodeAt(text) === 32) text++;
      out.textStart = text;
      return true;
    }
    a = b + 1;
  }
  return false;
}

/** PHP's error kinds as its error log writes them after `PHP ` (`php_error_cb`), and their levels. */
const PHP_ERROR_KINDS: ReadonlyArray<readonly [string, Level]> = [
  ['notice', 'NOTICE'],
  ['warning', 'WARN'],
  ['fatal error', 'FATAL'],
  // E_PARSE: the script never runs.
  ['parse error', 'FATAL'],
  // E_DEPRECATED, E_STRICT: run-time notices in PHP's manual; the script goes on.
  ['deprecated', 'NOTICE'],
  ['strict standards', 'NOTICE'],
  // E_RECOVERABLE_ERROR: logged only when no handler caught it, and PHP then stops as for E_ERROR.
  ['catchable fatal error', 'FATAL'],
  ['recoverable fatal error', 'FATAL'],
];

/**
 * PHP's error-log prefix opening the text (`[30-Nov-2026 10:00:00 UTC] PHP Warning:  text`, an app's
 * `2026-11-28 6:52:10 - PHP Notice:  text`, php-cli's `PHP Parse error:  text` with no time): the
 * first field after the time (past a lone `-`), or the line's start. The kind is the level, any case
 * (OpenCart's `Fatal Error`); the text starts after the colon and its padding.
 */
function phpErrorLevel(raw: string, out: Header, afterTime: number): boolean {
  let f = afterTime;
  if (f < fieldCount && out.shape >= 0 && isDashField(raw, f)) f++;
  if (f >= fieldCount) return false;
  const a = fieldStart[f] as number;
  if (raw.charCodeAt(a) !== 80 || !raw.startsWith('PHP ', a) || (out.shape < 0 && a !== 0)) return false;
  for (const [kind, level] of PHP_ERROR_KINDS) {
    const b = a + 4 + kind.length;
    if (raw.charCodeAt(b) !== 58 || raw.slice(a + 4, b).toLowerCase() !== kind) continue;
    setLevel(out, level, f + 1, a + 4, b, true);
    let text = b + 1;
    while (raw.charCodeAt(text) === 32) text++;
    out.textStart = text;
    return true;
  }
  return false;
}

/**
 * True when the level read is PHP's error-log prefix (`PHP Warning:`). Like GLib's, it is read per
 * line and never learned as a column: php.ini's log also holds the app's own `error_log()` lines,
 * whose word in that place is often a user's text (`Login fatal for …`, review23e).
 */
function isPhpErrorPrefix(raw: string, out: Header): boolean {
  return out.levelStart >= 4 && raw.startsWith('PHP ', out.levelStart - 4);
}

/** A level letter in angle brackets opening a line: `<w> [bundler] text` (webpack's loggers). */
function angleLetterLevel(raw: string, out: Header): boolean {
  if (raw.charCodeAt(0) !== 60 || raw.charCodeAt(2) !== 62 || raw.charCodeAt(3) !== 32) return false;
  if (!isLetter(raw.charCodeAt(1))) return false;
  const level = levelSpelling(raw[1] ?? '');
  return level !== undefined && setLevel(out, level, 0, 1, 2, true);
}

/**
 * `SERVICE ALERT:`, `<id> IMAP Error:`: a level word marked by a colon right after an upper-case
 * qualifier names a kind of event. The pair is a level only as the first field after the time
 * (PHP's prefix is read before, by `phpErrorLevel`), and never for the words that also stand as
 * text (`ALERT`, `PANIC`). After a capitalised word that is no level itself (`#1[Car1:1]: Streaming
 * Error:`, not privoxy's `Fatal error:`), a level word not in capitals is a compound noun opening a
 * sentence, as the level word in the header zone holds (`formats/level-word.ts`); the pair stays a
 * level as the first field after the time or its lone dash (`- Qt Info:`), and in a learned column.
 */
function isQualifiedPhrase(
  raw: string,
  f: number,
  out: Header,
  afterTime: number,
  learned: boolean,
): boolean {
  if (f < 1 || raw.charCodeAt(out.levelEnd) !== 58) return false;
  const a = fieldStart[f - 1] as number;
  const b = fieldEnd[f - 1] as number;
  if (b !== out.levelStart - 1 || raw.charCodeAt(b) !== 32 || b - a < 2) return false;
  if (isCapitalisedWord(raw, a, b))
    return (
      f - 1 !== afterTime &&
      !(f - 2 === afterTime && isDashField(raw, f - 2)) &&
      !learned &&
      !isUpperRun(raw, out.levelStart, out.levelEnd) &&
      levelSpelling(raw.slice(a, b)) === undefined
    );
  for (let k = a; k < b; k++) {
    const c = raw.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return f - 1 !== afterTime || opensTextUnmarked(raw.slice(out.levelStart, out.levelEnd));
}

/** [a, b) is a capitalised word: a capital, then lower-case letters only (`Streaming`, not `TLS`, `McAfee`). */
function isCapitalisedWord(raw: string, a: number, b: number): boolean {
  if (!isUpper(raw.charCodeAt(a))) return false;
  for (let k = a + 1; k < b; k++) if (!isLower(raw.charCodeAt(k))) return false;
  return true;
}

const UNKNOWN = 2;
/** Whether each field of the line being scanned is a word of prose: 0, 1, or `UNKNOWN` yet. */
const prose = new Uint8Array(HEADER_FIELDS);

/**
 * Field `f` is a word of prose: lower-case, after the timestamp, with a space on each side (not a
 * `key=value` part, not a `tag:`).
 */
function isProse(raw: string, f: number, out: Header): boolean {
  if (f < 0) return false;
  const known = prose[f];
  if (known !== UNKNOWN) return known === 1;
  const a = fieldStart[f] as number;
  const b = fieldEnd[f] as number;
  const is =
    !(out.shape >= 0 && a < out.timeEnd) &&
    raw.charCodeAt(a - 1) === 32 &&
    raw.charCodeAt(b) === 32 &&
    isLowerWord(raw, a, b);
  prose[f] = is ? 1 : 0;
  return is;
}

/**
 * Python's `Level 25` in field `f` (`pythonUnnamedLevel`): `%(levelname)s` of a number no name was
 * registered for. Only where a level stands and marked as a field: opening the line, or first after
 * the time, glued to a mark (`Level 25[Sun Nov 29 13:20:07 2026]: text`, `Level 5:root:text`), in
 * brackets (`[Level 25] text`) or before a lone `-` or `|` (`… Level 15 - text`). Opening a line
 * with no time after it and no learned level column there, only basicConfig's `Level 5:root:text`;
 * closed by a colon after the time, only in a learned level column (`… INFO: text` beside it): a
 * game's `2026-11-29 10:00:00 Level 45: boss defeated` is text. After a level already read it is the
 * text's (`INFO Level 0: 1 tiles`, a zoom level), as is `Level 3 cleared`.
 */
function pythonUnnamedLevelAt(raw: string, out: Header, f: number, inColumn: boolean): boolean {
  if (f >= fieldCount) return false;
  const a = fieldStart[f] as number;
  if (fieldEnd[f] !== a + 5 || !raw.startsWith('Level ', a)) return false;
  const lead = f === 0 ? 0 : out.shape >= 0 && f === fieldAt(out.timeEnd) ? out.timeEnd : -1;
  if (lead < 0) return false;
  // Only spaces and brackets between (`[2026-11-29 10:00:00,123] Level 45: text`).
  for (let k = lead; k < a; k++) {
    const c = raw.charCodeAt(k);
    if (c !== 32 && c !== 91 && c !== 93) return false;
  }
  let b = a + 6;
  while (b < a + 8 && isDigit(raw.charCodeAt(b))) b++;
  if (b === a + 6 || isDigit(raw.charCodeAt(b))) return false;
  const mark = raw.charCodeAt(b);
  // Opening a line with no time after it, only basicConfig's glued form, which prose does not
  // write: a game's `Level 5: The Sewers` or `[Level 25] boss` is text.
  if (f === 0 && !inColumn && !(out.shape >= 0 && out.timeStart > a))
    return beforeBasicConfigName(raw, b) && setPython(raw, out, f, a, b);
  const bracketed = raw.charCodeAt(a - 1) === 91;
  const marked = bracketed
    ? mark === 93
    : mark === 91 ||
      (mark === 58 && inColumn) ||
      (mark === 32 &&
        (raw.charCodeAt(b + 1) === 45 || raw.charCodeAt(b + 1) === 124) &&
        raw.charCodeAt(b + 2) === 32);
  return marked && setPython(raw, out, f, a, b);
}

/** Sets `Level N` at [a, b) in field `f` as a weak level, when Python's scale has one for N. */
function setPython(raw: string, out: Header, f: number, a: number, b: number): boolean {
  const level = pythonUnnamedLevel(Number(raw.slice(a + 6, b)));
  // Weak: a syslog line's quick test (`mayHoldMarkedLevel`) looks for level words, and this is none.
  return level !== undefined && setLevel(out, level, f, a, b, false);
}

/** True when `Level N` ends at `b` before basicConfig's `:name:` (`Level 5:root:text`). */
function beforeBasicConfigName(raw: string, b: number): boolean {
  if (raw.charCodeAt(b) !== 58) return false;
  let k = b + 1;
  while (isNameChar(raw.charCodeAt(k))) k++;
  return k > b + 1 && raw.charCodeAt(k) === 58;
}

/**
 * A level glued to the time by colons, `…14:02:11,250:ERROR:name:text` (Python's
 * `%(asctime)s:%(levelname)s:…`, Jetty's `StdErrLog`): the fields of that header are the colon's.
 */
function levelGluedByColon(raw: string, out: Header): boolean {
  // A time may run far past the header (an epoch's fraction has no bound): what follows is not the header's.
  if (out.shape < 0 || out.timeEnd >= HEADER_CHARS || raw.charCodeAt(out.timeEnd) !== 58) return false;
  const at = afterJoinedId(raw, out.timeEnd + 1);
  if (!isLetter(raw.charCodeAt(at))) return false;
  let end = raw.indexOf(':', at);
  // `09:14:02.118:WARN [web-server]: text` (log4js's `%d{DATE}:%p`, Karma): a level in capitals
  // the colon glues to the time, a space after it.
  const space = raw.indexOf(' ', at);
  if (space > at && (end < 0 || space < end) && isUpperRun(raw, at, space)) end = space;
  if (end < 0 || end - at > 13) return false;
  return tryWord(raw, at, end, fieldAt(out.timeEnd), out, true, false);
}

/**
 * Where the level stands after Python's `%(thread)d:` (or `%(process)d:`) joined to the time at `i`
 * (WMCore's `Harness.py`, `%(asctime)s:%(thread)d:%(levelname)s:%(module)s:%(message)s`:
 * `14:02:11,407:140027318425408:INFO:Harness:text`): past the digits and their colon, before a
 * capital; else `i`.
 */
function afterJoinedId(raw: string, i: number): number {
  if (!isDigit(raw.charCodeAt(i))) return i;
  let k = i + 1;
  while (k - i < MAX_JOINED_ID && isDigit(raw.charCodeAt(k))) k++;
  return raw.charCodeAt(k) === 58 && isUpper(raw.charCodeAt(k + 1)) ? k + 1 : i;
}

/** Most digits of a thread id joined to the time (`afterJoinedId`): Python's `threading.get_ident()`, a 64-bit pointer. */
const MAX_JOINED_ID = 20;

/**
 * `2026/11/29 17:24:47-WARNING-Capture-line: text`: a full level word in capitals glued by a hyphen
 * to the time's last digit and by another to the text (Python's much-copied
 * `%(asctime)s-%(levelname)s-%(message)s`); the text starts after the second hyphen, or after the
 * module and line the same snippet's variants glue there (`moduleDashLineEnd`). A time range
 * (`10:00-12:00`), a kebab-case id or a lower-case word between hyphens is no level.
 */
function levelGluedByHyphens(raw: string, out: Header): boolean {
  const at = out.timeEnd + 1;
  // `%(asctime)s` opens the layout: a time later in a line is prose's (`Meeting 2026-… 12:00:00-ERROR-prone`).
  if (out.shape < 0 || out.timeStart !== 0 || out.timeEnd >= HEADER_CHARS) return false;
  if (raw.charCodeAt(out.timeEnd) !== 45 || !isDigit(raw.charCodeAt(out.timeEnd - 1))) return false;
  const end = raw.indexOf('-', at);
  if (end < 0 || end + 1 >= raw.length || !isHyphenGluedLevel(raw, at, end)) return false;
  if (!tryWord(raw, at, end, fieldAt(out.timeEnd), out, true, false)) return false;
  out.textStart = moduleDashLineEnd(raw, end + 1);
  return true;
}

/**
 * `2026-11-26 09:00:01.124 -DEBUG 2731 [main] …`: a full level word in capitals glued to a hyphen
 * after the time and a space, as log4j's `%d -%5p` writes a five-letter level (Apache InLong
 * Manager's `log4j2.xml`: `%d{yyyy-MM-dd HH:mm:ss.SSS} -%5p ${PID:-} [%15.15t] %-30.30C{1.} : %m%n`;
 * a shorter level is padded, ` - INFO`, and read as a field of its own). The fields after it are
 * read as after any level. A hyphen before a lower-case word or a number (`-v`, `-0500`) is none.
 */
function levelGluedToDash(raw: string, out: Header): boolean {
  const at = out.timeEnd + 2;
  if (out.shape < 0 || out.timeStart !== 0 || out.timeEnd >= HEADER_CHARS) return false;
  if (raw.charCodeAt(out.timeEnd) !== 32 || raw.charCodeAt(at - 1) !== 45 || !isUpper(raw.charCodeAt(at)))
    return false;
  const end = raw.indexOf(' ', at);
  if (end < 0 || end - at > 7 || !isHyphenGluedLevel(raw, at, end)) return false;
  return tryWord(raw, at, end, fieldAt(at), out, true, false);
}

/**
 * A full level word in capitals (`isFullLevelWord`: Python's `%(levelname)s`, log4j's `WARN` and
 * `FATAL`), as `%(asctime)s-%(levelname)s-` glues it between hyphens. Not java.util.logging's
 * `SEVERE`, which no layout found glues so.
 */
function isHyphenGluedLevel(raw: string, at: number, end: number): boolean {
  return isUpperRun(raw, at, end) && isFullLevelWord(raw, at, end) && !raw.startsWith('SEVERE', at);
}

/** Longest module name read before `-line`. */
const MODULE_NAME_CHARS = 48;

/**
 * `Capture-line: text`, `capture-line:42 - text`, `capture-Line 42: text` at `i`: a module and the
 * word `line` with its number or none (`%(module)s-line:%(lineno)d - `, `%(module)s-Line
 * %(lineno)s: `, written after a level glued by hyphens); where the text starts, else `i`.
 */
function moduleDashLineEnd(raw: string, i: number): number {
  let k = i;
  while (
    k - i < MODULE_NAME_CHARS &&
    (isLetter(raw.charCodeAt(k)) || isDigit(raw.charCodeAt(k)) || raw.charCodeAt(k) === 95)
  )
    k++;
  if (k === i || !isLetter(raw.charCodeAt(i)) || !/^-[Ll]ine/.test(raw.slice(k, k + 5))) return i;
  k += 5;
  const joint = raw.charCodeAt(k);
  if (joint !== 58 && joint !== 32) return i;
  let d = k + 1;
  while (isDigit(raw.charCodeAt(d))) d++;
  if (joint === 32 && d === k + 1) return i;
  if (raw.startsWith(': ', d)) return d + 2;
  if (joint === 58 && d === k + 1) return raw.charCodeAt(d) === 32 ? d + 1 : i;
  return joint === 58 && raw.startsWith(' - ', d) ? d + 3 : i;
}

/**
 * A level word opening the time's field, joined by a colon to the date glued after it
 * (`gluedDateStart`; Python's `[%(levelname)s:%(asctime)s]`: `[DEBUG:2026-11-29 19:20:05,330] name: text`).
 */
function levelGluedBeforeTime(raw: string, out: Header): boolean {
  if (out.shape < 0) return false;
  const a = fieldStart[out.timeField] as number;
  const b = out.timeStart - 1;
  return b > a && raw.charCodeAt(b) === 58 && tryWord(raw, a, b, out.timeField, out, true, false);
}

/** `raw` before `open` is spaces after a name in capitals (`ENGINE    `), as Enfusion pads its channels. */
function afterChannelName(raw: string, open: number): boolean {
  let k = open - 1;
  if (raw.charCodeAt(k) !== 32) return false;
  while (k > 0 && raw.charCodeAt(k) === 32) k--;
  const end = k + 1;
  while (k >= 0 && isUpper(raw.charCodeAt(k))) k--;
  return end - (k + 1) >= 2 && (k < 0 || raw.charCodeAt(k) === 32);
}

/**
 * `raw` holds a pid in brackets at `k`, its colon, and a full level word in capitals after it
 * (`[9]: INFO - `, Python's `%(name)s[%(process)d]: %(levelname)s`).
 */
function upperLevelAfterPid(raw: string, k: number): boolean {
  if (raw.charCodeAt(k) !== 91) return false;
  let d = k + 1;
  while (d - k <= NUMBER_FIELD_DIGITS && isDigit(raw.charCodeAt(d))) d++;
  if (d === k + 1 || raw.charCodeAt(d) !== 93 || raw.charCodeAt(d + 1) !== 58) return false;
  let a = d + 2;
  while (raw.charCodeAt(a) === 32) a++;
  let b = a;
  while (isUpper(raw.charCodeAt(b))) b++;
  const after = raw.charCodeAt(b);
  // One capital is a word of the text as often as a level letter (`worker.error[12]: I think …`).
  return b - a > 1 && (after === 32 || after === 58) && levelSpelling(raw.slice(a, b)) !== undefined;
}

/** A lower-case word of two letters or more: text, not a header field. */
function isLowerWord(raw: string, a: number, b: number): boolean {
  return b - a >= 2 && isLowerRun(raw, a, b);
}

/**
 * The level found is a word of the text (`look-alikes.ts`): a shell's trace opening the line or the
 * text after its time (`+ echo ERROR`), a plural (`0 ERROR(S)`), a count or a tally (`[ERROR] 0`,
 * `| ERROR | 0 |`, `ERROR 0 WARNING 2`), a change of state (`link: ERROR --> OK`).
 */
function isLevelLookAlike(raw: string, out: Header): boolean {
  let text = out.shape >= 0 && out.timeStart === 0 ? out.timeEnd : 0;
  while (raw.charCodeAt(text) === 32) text++;
  if (opensShellTrace(raw, text) && out.levelStart > text) return true;
  const b = out.levelEnd;
  const c = raw.charCodeAt(b);
  if (c === 40) return isPluralMark(raw, b);
  if (c === 32 && isStateChangeFrom(raw, b)) return true;
  // Only a full level word counts (`INF`, X.Org's `(EE)`, Cisco's `%LINK-3-UPDOWN:` are marks of a
  // header), or a word the service declared (`| UNUSUAL | 0 |` is a tally as `| WARNING | 0 |` is).
  if (!isWholeLevelWord(raw, out.levelStart, b)) return false;
  return !(out.shape >= 0 && out.timeStart >= b) && isCountFrom(raw, b);
}

function placeLevel(out: Header): void {
  if (out.level === undefined || out.shape < 0 || out.levelStart < out.timeEnd) {
    out.levelAfterTime = -1;
    return;
  }
  out.levelAfterTime = out.levelField - fieldAt(out.timeEnd);
}

/** Scans a header with no prior knowledge: the first timestamp shape in the first fields, the first level. */
export function scanHeader(raw: string, ctx: TimeContext, out: Header, learning = false): Header {
  lastSteps = 0;
  clearHeader(out);
  splitFields(raw);
  findTime(raw, ctx, out, -1, -1, learning);
  // GLib's level is its handler's own header, whose fields move with the `**` mark: read per line,
  // never learned as a column (a column of it would leave the marked lines without their time).
  if (learning || out.shape < 0 || !glibLevel(raw, out)) findLevel(raw, out, -1, false);
  if (out.level !== undefined && isLevelLookAlike(raw, out)) out.level = undefined;
  takeCommaJoinedName(raw, out);
  placeLevel(out);
  return out;
}

/** Longest name joined to a level by a comma inside its bracket. */
const JOINED_NAME_CHARS = 64;

/**
 * `[WRN,Core]`, `[IFO,Core:dev:Camera-1]`: a level opening a bracket, joined by a comma to the name
 * of what logged (Micro-Manager's CoreLog, `[level,component]`), as `[WARN-main]` joins it by a
 * hyphen: the text starts after the bracket.
 */
function takeCommaJoinedName(raw: string, out: Header): void {
  if (out.level === undefined || out.textStart >= 0) return;
  const close = commaJoinedNameEnd(raw, out.levelStart, out.levelEnd);
  if (close >= 0) out.textStart = skipSpaces(raw, close + 1);
}

/**
 * Where the bracket closes after a name joined by a comma to the level at [levelStart, levelEnd)
 * opening it (`[WRN,Core]`), else -1. A name with a space in it or no closing bracket nearby makes
 * a list (`[ERROR, WARN]`, `[INFO,foo bar]`), and the text stays.
 */
export function commaJoinedNameEnd(raw: string, levelStart: number, levelEnd: number): number {
  if (raw.charCodeAt(levelStart - 1) !== 91 || raw.charCodeAt(levelEnd) !== 44) return -1;
  const a = levelEnd + 1;
  if (!isLetter(raw.charCodeAt(a))) return -1;
  let k = a;
  while (k - a < JOINED_NAME_CHARS && k < raw.length) {
    const c = raw.charCodeAt(k);
    if (c === 93) break;
    if (c === 32 || c === 44 || c === 91) return -1;
    k++;
  }
  return raw.charCodeAt(k) === 93 ? k : -1;
}

/**
 * Reads the header's date again in `shape` (the same date, day and month in the other order), where
 * it reads the same characters: the time is replaced, the rest of the header stays. False when not.
 */
export function rereadTime(raw: string, shape: number, ctx: TimeContext, out: Header): boolean {
  const entry = TIMESTAMP_SHAPES[shape];
  if (entry === undefined || !entry.scan(raw, out.timeStart, ctx, scan) || scan.end !== out.timeEnd)
    return false;
  out.shape = shape;
  out.time = scan.ms;
  return true;
}

/** Empties a header: no time, no level. */
export function clearHeader(out: Header): void {
  out.shape = -1;
  out.timeField = -1;
  out.timeStart = 0;
  out.timeEnd = 0;
  out.time = 0;
  out.level = undefined;
  out.levelField = -1;
  out.levelStart = 0;
  out.levelEnd = 0;
  out.levelStrong = false;
  out.levelAfterTime = -1;
  out.textStart = -1;
  out.columnEnd = -1;
}

/** What a source's lines were found to share. */
export interface Structure {
  /**
   * Timestamp shape (index in `TIMESTAMP_SHAPES`) and the field it starts in; -1 when the lines
   * carry none and only their level column was learned.
   */
  readonly shape: number;
  readonly timeField: number;
  /** Level field counted from the line's start (`levelAfterTime` < 0) or after the timestamp. */
  readonly levelField: number;
  readonly levelAfterTime: number;
  /** Share of the sample the structure held for, 0–1. */
  readonly confidence: number;
  /** Lines it was learned from. */
  readonly sample: number;
  /**
   * True when no level column was learned and the first field after the time is, on most lines, a
   * bracketed name that spells no level (`[Scheduler]`, `[Auth]`): a weak spelling (`[Notification]`)
   * is a name there too.
   */
  readonly weakSpellingsAreNames?: true;
  /**
   * True when, besides, that bracket holds at least `TITLE_NAMES` title-case names (`[Main]`,
   * `[Write]`, `[Producer]`) and no level word on the sample's lines: a title-case syslog-only word
   * there (`[Alert]`, `[Emergency]`) is a sender's name too, no FATAL.
   */
  readonly severeWordsAreNames?: true;
  /**
   * The few other words the level column's lines write there, closed the same way as its levels: the
   * product's ordinary lines (Domoticz's `Status:` beside `Error:`), read as INFO. Only these words:
   * another one in that place (`Exception:`, `Mode:`) is no word the source showed for them. Or
   * one bare word right after the time (`WORD_BARE`: y2log's `MIL`), of a column its level words
   * proved (`provenBareColumn`).
   */
  readonly ordinaryWords?: OrdinaryWords;
  /**
   * True when the level column (`levelAfterTime`) holds Python logging's `levelno` (`[20]`, `30`),
   * read by `pythonLevelNumber`: learned only (`learnNumberedLevel`), a number there being a pid or a
   * thread in one line alone.
   */
  readonly levelNumbers?: true;
  /**
   * True when the level column held one and the same mark on every sample line that had one
   * (`isConstantPrefix`: buildozer's `# ` opening each message): a prefix the lines share, stepped
   * over as the column is, that reads no level.
   */
  readonly constantMark?: true;
  /**
   * True when the level column (`levelAfterTime`, 0 or 1 after one numeric pid column) holds a
   * syslog severity digit, 0–7 (`2026-… 22:14:03,2, text`, `… 2026 28114 6 10.1 main: text`), read
   * by `syslogSeverityLevel`: learned only (`learnNumberedLevel`), a digit there being a CPU, a
   * shard or a count in one line alone.
   */
  readonly levelSeverity?: true;
  /**
   * True when the source writes mORMot's `TSynLog` stamp and its level column after it, read by
   * `mormotLevel`: learned only (`learnMormotColumn`), as `SQL`, `http` or `+` are no level anywhere
   * else. The column stands right after the stamp (`20261127 21300512 srvr  text`) or, with
   * `levelMormotThread`, after mORMot's thread column.
   */
  readonly levelMormot?: true;
  /**
   * With `levelMormot`, the 3-character thread column of mORMot's default `ptIdentifiedInOneFile`
   * stands between the stamp and the level column (`20261127 21300512  ! info  text`,
   * `mormotWordAfterThread`); its characters are no level, `+` and `-` (threads 11 and 13) included.
   */
  readonly levelMormotThread?: true;
  /**
   * With `levelSeverity`, the digit counts up from INFO, 0–3 (`severityFromInfoLevel`: 0 INFO, 1 WARN,
   * 2 ERROR, 3 FATAL) after a pid in parentheses or brackets (`(4180) 2 [Category] text`), not down
   * syslog's scale.
   */
  readonly levelSeverityFromInfo?: true;
  /**
   * With `levelSeverity`, the digit stands between lone dashes as the first slot after the time
   * (`isDashSlot`: Analog's `%s - %s - %d - %s`, `06:58:12 - 7 - text`), not after a pid.
   */
  readonly levelSeverityBetweenDashes?: true;
  /**
   * The dotted number the field after a learned severity digit holds on most lines (LSF's version,
   * `6 10.1 main: text`): where it stands, the text starts after it; another number there is the text's.
   */
  readonly versionAfterLevel?: string;
  /**
   * With no level column learned, the bracket after the time (counted from 0) that holds the level
   * word on most lines, however many fields the brackets before it hold (NetBackup's `[No context]`
   * or `[jobid=… parentid=…]` before `[Info]`), past the fields a level column is looked for in.
   */
  readonly levelBracket?: number;
  /**
   * True when the level column (`levelAfterTime`) was learned past the usual reach, behind context
   * fields (`learnDeepLevelColumn`): those fields are kept in `fields.header_columns`.
   */
  readonly levelDeep?: true;
  /**
   * True when the time-less level column is of letters the sample's lines write loose, read only
   * because a dotted logger and line and ` - ` follow them (`opensLoggerLocation`): a line's letter
   * is read only so then (`E wing closed` among them stays text).
   */
  readonly letterBeforeLocation?: true;
  /**
   * True when the time-less source's sample writes a time of day after the level on some lines (a
   * quarter or more, and three): a later line's time there is the header's, as scanned alone; else
   * a time after `LEVEL:` or `[LEVEL] ` is its text's (`timeOfDayAfterMarkedLevel`).
   */
  readonly timeAfterLevelSometimes?: true;
  /**
   * True when the letters opening the sample's lines before their time are no G4KLX levels
   * (`openingLettersNoLevels`: an `M`/`F` column): a later line's `M:` there reads no INFO.
   */
  readonly openingLettersNoLevels?: true;
  /**
   * True when no level column was learned and the place where a line's word of text reads a level
   * (`CONFIG:`, java.util.logging's name) holds, on as many lines or more, two or more upper-case
   * words closed by a colon that spell no level (`CONNECT:`, `QUIT:`): a type column, where a word
   * of text marked only by its colon is one more type, no level (`isTextWordBefore`).
   */
  readonly textWordsAreTypes?: true;
}

/** How a learned level number column reads (`describeStructure`): ` number`, ` severity`, or nothing. */
function levelNumberKind(structure: Structure): string {
  if (structure.levelNumbers === true) return ' number';
  if (structure.levelMormot === true) return ' (mORMot)';
  if (structure.levelSeverityFromInfo === true) return ' severity from INFO';
  return structure.levelSeverity === true ? ' severity' : '';
}

/**
 * What a structure says, for a user (a document's `parse_structure`): e.g.
 * `time d MMM yyyy HH:mm:ssSZ in field 1; level 0 fields after it; 32 of 32 lines`.
 */
export function describeStructure(structure: Structure): string {
  const time =
    structure.shape < 0
      ? 'no time'
      : `time ${TIMESTAMP_SHAPES[structure.shape]?.name ?? '?'} in field ${structure.timeField}`;
  const level =
    structure.levelBracket !== undefined
      ? `level in bracket ${structure.levelBracket + 1} after it`
      : structure.levelAfterTime >= 0
        ? `level${levelNumberKind(structure)} ${structure.levelAfterTime} field${structure.levelAfterTime === 1 ? '' : 's'} after it`
        : structure.levelField >= 0
          ? `level in field ${structure.levelField}`
          : 'no level column';
  const agreed = Math.round(structure.confidence * structure.sample);
  return `${time}; ${level}; ${agreed} of ${structure.sample} lines`;
}

/**
 * True when the structure reads a level in a column of its own: a field, a field after the time
 * (words or Python's `levelno`) or a bracket counted after the time. A source with one has its level
 * read there, and no fallback (the level slot, a marked level only) looks elsewhere.
 */
export function hasLevelColumn(structure: Structure): boolean {
  return structure.levelField >= 0 || structure.levelAfterTime >= 0 || structure.levelBracket !== undefined;
}

/** A JSON record: read by its own keys, never through a learned header. */
function isJsonRecord(line: string): boolean {
  return line.charCodeAt(0) === 123 && line.charCodeAt(line.length - 1) === 125;
}

/**
 * The sample's text lines, when it mixes them with JSON records (a framework's console lines beside a
 * JSON logger's: NestJS's `[Nest] 19  - … LOG [Main] text` among pino's records): a text reading must
 * hold on most text lines, not on most lines. The whole sample when fewer than `MIN_SAMPLE_LINES`
 * text lines remain: a handful of them proves nothing, and they stay outvoted as before.
 */
export function textLinesOf(lines: readonly string[]): readonly string[] {
  let records = 0;
  for (const line of lines) if (isJsonRecord(line)) records++;
  if (records === 0 || lines.length - records < MIN_SAMPLE_LINES) return lines;
  return lines.filter((line) => !isJsonRecord(line));
}

/**
 * Learns a source's structure from a sample of its lines (its text lines, `textLinesOf`): the
 * timestamp shape and field, and the level field, that most lines agree on. Undefined when fewer than
 * `MIN_AGREEMENT` of them agree on a timestamp (the lines then go on being read one by one).
 */
export function learnStructure(sample: readonly string[], ctx: TimeContext): Structure | undefined {
  const lines = textLinesOf(sample);
  const header = emptyHeader();
  const times = new Map<number, number>();
  const levels = new Map<number, number>();
  // Columns some line marked with more than an ambiguous `-` or `.`: only those may be level columns.
  const founded = new Map<number, number>();
  // Per column, the lines that hold a single capital letter there (`columnLetters`).
  const letters = new Map<number, ColumnLetters>();
  // Per column, the one mark every level read there was (`markOf`), or `MIXED_MARKS`.
  const soleMarks = new Map<number, number>();
  // Lines whose first field after the time is a bracketed name that is no level (`[Scheduler]`).
  let names = 0;
  // The title-case names among them (`[Main]`, `[Write]`) and the lines whose bracket there spelled a
  // level other than a name-like severe word (`severeWordsAreNames`).
  const titleNames = new Set<string>();
  let bracketLevels = 0;
  // Per column, the lines whose level a word of text marked by its colon spelled (`CONFIG:`).
  const textLevels = new Map<number, number>();
  // Per column, the lines whose bracketed level a bracket is glued after (`][`: `levelBesideCategory`).
  const gluedBrackets = new Map<number, number>();
  // The capitals opening lines before their time (`openingLetter`).
  const openingLetters = new Set<string>();
  let counted = 0;
  // Each counted line with its time key (shape * 64 + field, -1 without a time) and where its
  // time starts: for `agreedTime`.
  const timed: TimedLine[] = [];
  for (const line of lines) {
    if (line.length === 0 || isContinuation(line)) continue;
    counted++;
    // An epoch or a bare time of day anywhere in the first fields counts when most lines agree.
    scanHeader(line, ctx, header, true);
    const timeKey = header.shape >= 0 ? header.shape * 64 + header.timeField : -1;
    timed.push({ line, key: timeKey, start: header.timeStart, time: header.time });
    if (timeKey >= 0) bump(times, timeKey);
    const letter = openingLetter(line, header);
    if (letter !== undefined) openingLetters.add(letter);
    findVotingLevel(line, header);
    // A counted spelling (`<ERRS> 3`) votes for no column: read in one the other levels made.
    const count =
      header.level !== undefined && isCountedSpelling(line.slice(header.levelStart, header.levelEnd));
    // A Markdown table's row (`| web-0 | info | 0 |`, no time) holds cells: a level word there votes for no column.
    const cells = header.shape < 0 && isMarkdownRow(line);
    if (header.level !== undefined && !count && !cells && !isPhpErrorPrefix(line, header)) {
      const key = header.levelAfterTime >= 0 ? 1000 + header.levelAfterTime : header.levelField;
      if (isQuietTextWord(line.slice(header.levelStart, header.levelEnd))) bump(textLevels, key);
      bump(levels, key);
      if (line.charCodeAt(header.levelEnd) === 93 && line.charCodeAt(header.levelEnd + 1) === 91)
        bump(gluedBrackets, key);
      const mark = markOf(line, header);
      const seen = soleMarks.get(key);
      soleMarks.set(key, seen === undefined || seen === mark ? mark : MIXED_MARKS);
      if (!isAmbiguousMark(line, header)) bump(founded, key);
      if (isLooseLetter(line, header)) countLetter(letters, key, line, header);
    } else if (header.shape >= 0) countStrangerAfterTime(letters, line, header);
    const opening = bracketAfterTime(line, header);
    if (opening !== undefined && isBracketedName(opening)) {
      names++;
      if (
        titleNames.size < TITLE_NAMES &&
        opening.length >= 2 &&
        isCapitalisedWord(opening, 0, opening.length)
      )
        titleNames.add(opening);
    } else if (opening !== undefined && !isNameLikeSevere(opening) && levelSpelling(opening) !== undefined)
      bracketLevels++;
  }
  if (counted === 0) return undefined;
  if (turnYearDayMonth(timed, ctx)) {
    times.clear();
    for (const { key } of timed) if (key >= 0) bump(times, key);
  }
  const [timeKey, timeVotes] =
    times.size > 1 && top(times)[1] < MIN_AGREEMENT * counted ? agreedTime(timed, ctx, times) : top(times);
  const voted = top(levels);
  const [levelKey, levelVotes] =
    (gluedBrackets.get(voted[0]) ?? 0) * 2 > voted[1]
      ? levelBesideCategory(lines, ctx, voted, levels, founded)
      : voted;
  const levelsAgree =
    founded.has(levelKey) &&
    (levelVotes >= MIN_AGREEMENT * counted ||
      (levelVotes * 2 >= counted && linesWithOwnLevelWords(lines, ctx, levelKey) >= MIN_AGREEMENT * counted));
  // A custom level's name in the column the level words proved (PyBDSF's `USERINFO` beside `INFO`).
  const compoundLines =
    levelsAgree || !founded.has(levelKey) || levelVotes < MIN_SAMPLE_LINES
      ? 0
      : compoundLevelLines(lines, ctx, levelKey);
  const levelOk = levelsAgree || (compoundLines > 0 && levelVotes + compoundLines >= MIN_AGREEMENT * counted);
  const timeOk =
    timeVotes >= MIN_AGREEMENT * counted &&
    (!fitsDatedDecimals(Math.floor(timeKey / 64)) || runsForward(timed, timeKey)) &&
    (!fitsDatesAlone(Math.floor(timeKey / 64)) || takesClockValues(timed, timeKey)) &&
    (!fitsElapsedClock(Math.floor(timeKey / 64)) || !opensAtMidnight(timed, timeKey));
  // The column most lines marked with a level word (a lone `-` after `ready` is no level's mark).
  const [wordKey, wordVotes] = top(founded);
  const marked =
    levelOk || wordVotes < (timeOk ? 1 : 2) || (!timeOk && wordKey >= 1000)
      ? undefined
      : ordinaryWordsOf(lines, ctx, wordKey, counted);
  // A bare word after the time whose column its level words prove (`proven-column.ts`).
  const bare = levelOk || marked !== undefined || !timeOk ? undefined : provenBareColumn(lines, ctx, counted);
  const ordinary = marked ?? bare?.words;
  const columnKey = levelOk ? levelKey : bare !== undefined ? 1000 + bare.afterTime : wordKey;
  const columnOk =
    (levelOk || ordinary !== undefined) &&
    !isLetterColumnLabel(letters.get(columnKey), levels.get(columnKey));
  const withOrdinary = ordinary !== undefined ? { ordinaryWords: ordinary } : {};
  const constant =
    columnOk && isConstantPrefix(soleMarks.get(columnKey), columnKey) ? { constantMark: true as const } : {};
  if (!timeOk) {
    // No timestamp (`I/ActivityManager( 1702): …`): a level column at the start still holds.
    if (!columnOk || columnKey >= 1000) return undefined;
    return {
      shape: -1,
      timeField: -1,
      levelField: columnKey,
      levelAfterTime: -1,
      confidence: (levelOk ? levelVotes : wordVotes) / counted,
      sample: counted,
      ...withOrdinary,
      ...constant,
      ...(isLocatedLetterColumn(letters.get(columnKey), levels.get(columnKey))
        ? { letterBeforeLocation: true }
        : {}),
      ...(timeKey % 64 === 1 && timeVotes >= 3 && timeVotes * 4 >= counted
        ? { timeAfterLevelSometimes: true }
        : {}),
    };
  }
  const mormot =
    Math.floor(timeKey / 64) === MORMOT_STAMP_SHAPE ? learnMormotColumn(lines, ctx, counted) : undefined;
  if (mormot !== undefined)
    return {
      shape: MORMOT_STAMP_SHAPE,
      timeField: timeKey % 64,
      levelField: -1,
      levelAfterTime: mormot === 'thread' ? 1 : 0,
      confidence: timeVotes / counted,
      sample: counted,
      levelMormot: true,
      ...(mormot === 'thread' ? { levelMormotThread: true as const } : {}),
    };
  const bracketOfNames = !columnOk && names * 2 > counted;
  const typeColumn = !columnOk && textLevels.size > 0 && isTypeColumn(lines, ctx, top(textLevels));
  const numbered = columnOk ? undefined : learnNumberedLevel(lines, ctx, counted);
  const numbers = numbered?.scale === 'python';
  const fromInfo = numbered?.scale === 'fromInfo';
  const severity = numbered?.scale === 'syslog' || fromInfo ? (numbered?.place ?? -1) : -1;
  const bracket = columnOk || numbered !== undefined ? -1 : learnLevelBracket(lines, ctx, counted);
  const deep =
    columnOk || numbered !== undefined || bracket >= 0 ? -1 : learnDeepLevelColumn(lines, ctx, counted);
  return {
    shape: Math.floor(timeKey / 64),
    timeField: timeKey % 64,
    levelField: columnOk && columnKey < 1000 ? columnKey : -1,
    levelAfterTime:
      columnOk && columnKey >= 1000 ? columnKey - 1000 : numbers ? 0 : severity >= 0 ? severity : deep,
    confidence: timeVotes / counted,
    sample: counted,
    ...(bracketOfNames ? { weakSpellingsAreNames: true } : {}),
    ...(bracketOfNames && bracketLevels === 0 && titleNames.size >= TITLE_NAMES
      ? { severeWordsAreNames: true }
      : {}),
    ...(typeColumn ? { textWordsAreTypes: true } : {}),
    ...(numbers ? { levelNumbers: true } : {}),
    ...(severity >= 0 ? { levelSeverity: true } : {}),
    ...(fromInfo ? { levelSeverityFromInfo: true } : {}),
    ...(numbered?.betweenDashes === true ? { levelSeverityBetweenDashes: true } : {}),
    ...(numbered?.version !== undefined ? { versionAfterLevel: numbered.version } : {}),
    ...(bracket >= 0 ? { levelBracket: bracket } : {}),
    ...(deep >= 0 ? { levelDeep: true } : {}),
    ...(openingLettersNoLevels(openingLetters) ? { openingLettersNoLevels: true } : {}),
    ...withOrdinary,
    ...constant,
  };
}

/**
 * A column's single capital letters in a sample (`LetterVotes`), how many stand between spaces, and
 * how many lines hold there a single capital of no level (`strangers`: `U`, `O`, `A`).
 */
interface ColumnLetters {
  levels: Set<Level>;
  lines: number;
  severe: number;
  loose: number;
  /** Letters that would be loose but stand before a logger's location (`opensLoggerLocation`). */
  located: number;
  strangers: number;
}

/** A column's votes, made empty on first use. */
function votesOf(letters: Map<number, ColumnLetters>, key: number): ColumnLetters {
  let votes = letters.get(key);
  if (votes === undefined) {
    votes = { levels: new Set(), lines: 0, severe: 0, loose: 0, located: 0, strangers: 0 };
    letters.set(key, votes);
  }
  return votes;
}

/**
 * On a line the header read no level from: a single capital between spaces after the time and ids
 * only (where `followsTime` lets a level letter stand), or padded to a fixed-width column further on
 * (`isPaddedLetter`: a grade `B` beside `A` and `F`), is counted as a stranger in its column: a CDC
 * log's `U` beside its `I` and `D`, a direction's `O` beside its `I`. Run on the sample only.
 */
function countStrangerAfterTime(letters: Map<number, ColumnLetters>, line: string, header: Header): void {
  const at = strangerLetterAt(line, header.timeEnd);
  if (at >= 0) votesOf(letters, 1000 + fieldAt(at) - fieldAt(header.timeEnd)).strangers++;
}

/** Where the stranger letter `countStrangerAfterTime` counts stands, -1 when none. */
function strangerLetterAt(line: string, timeEnd: number): number {
  const limit = Math.min(line.length, timeEnd + 40);
  let k = timeEnd;
  while (k < limit && isIdChar(line.charCodeAt(k))) k++;
  if (k < limit && isLoneCapital(line, k)) return k;
  for (; k < limit; k++) {
    if (line.charCodeAt(k) === 32 && isLoneCapital(line, k + 1) && isPaddedLetter(line, k + 2)) return k + 1;
  }
  return -1;
}

/** True when a capital stands alone at `k`, a blank before and after it. */
function isLoneCapital(line: string, k: number): boolean {
  const before = line.charCodeAt(k - 1);
  const after = line.charCodeAt(k + 1);
  return isUpper(line.charCodeAt(k)) && (before === 32 || before === 9) && (after === 32 || after === 9);
}

/**
 * The header's level is a single capital not glued to what follows: logcat's `E/Tag(`, glog's
 * `E1130` and tarantool's `E> ` are products' own letter conventions, read whatever their letters
 * (a crash dump or an outage is all `E` and `W`), so only other letters are judged
 * (`isLetterColumnLabel`).
 */
function isLooseLetter(line: string, header: Header): boolean {
  if (header.levelEnd - header.levelStart !== 1 || !isUpper(line.charCodeAt(header.levelStart))) return false;
  const after = line.charCodeAt(header.levelEnd);
  if (after === 62) return line.charCodeAt(header.levelEnd + 1) !== 32;
  return after !== 47 && !isDigit(after);
}

/** Counts the single letter the header read as its level into its column's `ColumnLetters`. */
function countLetter(letters: Map<number, ColumnLetters>, key: number, line: string, header: Header): void {
  const level = header.level as Level;
  const votes = votesOf(letters, key);
  votes.lines++;
  votes.levels.add(level);
  if (isAtLeast(level, 'WARN')) votes.severe++;
  const before = header.levelStart === 0 ? 32 : line.charCodeAt(header.levelStart - 1);
  if (before !== 32 || line.charCodeAt(header.levelEnd) !== 32 || followsTime(line, header)) return;
  if (isLetterAfterThreadBeforeDash(line, header)) return;
  if (opensLoggerLocation(line, header.levelEnd + 1)) votes.located++;
  else if (!isPaddedLetter(line, header.levelEnd)) votes.loose++;
}

/**
 * True when the header's letter stands between a bracketed thread and ` - `: log4j's
 * `%d [%t] %level{length=1} - %msg` (GeyserMC standalone's `log4j2.xml`: `… [main] I - text`).
 * The dash marks the letter as a field, as a word of prose is not followed so.
 */
function isLetterAfterThreadBeforeDash(line: string, header: Header): boolean {
  const a = header.levelStart;
  return line.charCodeAt(a - 2) === 93 && line.startsWith('- ', header.levelEnd + 1);
}

/**
 * True when the letter ending at `end` is padded to a fixed-width column: two spaces or more, then
 * text (WebSphere's basic layout, `… FrameworkMana A   CWWKE0001I: …`, its event-type letter padded
 * after a name cut to 13). A letter of prose, an initial or a flag is followed by one space.
 */
function isPaddedLetter(line: string, end: number): boolean {
  let k = end;
  while (line.charCodeAt(k) === 32) k++;
  return k - end >= 2 && k < line.length;
}

/** True when a column's letters are a label but for those before a logger's location (`ColumnLetters.located`). */
function isLocatedLetterColumn(votes: ColumnLetters | undefined, lines: number | undefined): boolean {
  return (
    votes !== undefined &&
    votes.located > 0 &&
    isLetterColumnLabel({ ...votes, loose: votes.loose + votes.located }, lines)
  );
}

/** Longest `logger.function:line` a level letter may stand before. */
const MAX_LOGGER_LOCATION = 160;

/**
 * True when a dotted logger and function, a colon, a line number and ` - ` start at `i` (Python's
 * `%(levelname).1s %(name)s.%(funcName)s:%(lineno)d - %(message)s`: `I app.worker.run:293 - text`):
 * a letter before it is a level cut to one, as a word of prose is never followed so.
 */
function opensLoggerLocation(line: string, i: number): boolean {
  let k = i;
  let dots = 0;
  let part = k;
  for (; k < line.length && k - i < MAX_LOGGER_LOCATION; k++) {
    const c = line.charCodeAt(k);
    if (c === 46) {
      if (k === part) return false;
      dots++;
      part = k + 1;
    } else if (k === part ? !isLetter(c) && c !== 95 : !isWordChar(c)) break;
  }
  if (dots === 0 || k === part || line.charCodeAt(k) !== 58) return false;
  const digits = ++k;
  while (isDigit(line.charCodeAt(k)) && k - digits < 6) k++;
  return k > digits && line.startsWith(' - ', k);
}

/** A character of the ids a level letter may follow after the time: a digit, a bracket, a hyphen, a blank. */
function isIdChar(c: number): boolean {
  return c === 32 || c === 9 || c === 91 || c === 93 || c === 45 || isDigit(c);
}

/**
 * True when only ids stand between the header's time and its level (`TIME I text`, Percona Backup's
 * and MongoDB's; logcat's `TIME 1702 1715 I Tag:`; a pid in brackets `TIME [412] I`, a pid and a
 * thread joined `412-413`): the place a level letter between spaces holds. Ids are digits, with
 * brackets and hyphens; a word (`edi`, `[edi]`, `station-4`) is no id.
 */
function followsTime(line: string, header: Header): boolean {
  if (header.shape < 0 || header.timeEnd > header.levelStart) return false;
  for (let k = header.timeEnd; k < header.levelStart; k++) {
    if (!isIdChar(line.charCodeAt(k))) return false;
  }
  return true;
}

/**
 * True when a learned column is mostly single letters that are no levels, by the letter slot's rules
 * (`isLetterLevelSet`: `T`/`F` booleans, `[N]` `[E]` `[W]` compass points), or that stand between
 * spaces (or the line's start and a space) on most of its lines: a letter of the text, an `I`/`E`
 * flag, prose whose lines open with a capital (`E wing closed`), or that share their place with
 * capitals of no level on more than a quarter as many lines (CDC's `I`/`U`/`D`). Letters glued to a
 * mark still read (logcat's `I/Tag`, glog's `I1130`, Ruby's `I, [`, `[I]`).
 */
function isLetterColumnLabel(votes: ColumnLetters | undefined, lines: number | undefined): boolean {
  if (
    votes === undefined ||
    lines === undefined ||
    votes.lines < MIN_SAMPLE_LINES ||
    votes.lines * 2 <= lines
  )
    return false;
  return votes.loose * 2 > votes.lines || votes.strangers * 4 > votes.lines || !isLetterLevelSet(votes);
}

/** Brackets after the time a level bracket is looked for among. */
const LEVEL_BRACKETS = 8;
/** Where the bracket `nthBracket` found closes. */
let bracketClose = 0;

/**
 * Index after the `[` opening the `k`-th bracket (from 0) after `from` in the header; -1 when the
 * header has fewer. A bracket's text holds no other (`[a [b]` ends at the first `]`).
 */
function nthBracket(raw: string, from: number, k: number): number {
  const limit = Math.min(raw.length, HEADER_CHARS);
  let n = 0;
  for (let i = from; i < limit; i++) {
    lastSteps++;
    if (raw.charCodeAt(i) !== 91) continue;
    let close = i + 1;
    while (close < limit && raw.charCodeAt(close) !== 93) close++;
    lastSteps += close - i;
    if (close >= limit) return -1;
    if (n === k) {
      bracketClose = close;
      return i + 1;
    }
    n++;
    i = close;
  }
  return -1;
}

/**
 * The bracket after the time (counted from 0) whose text is a full level word (`[Info]`,
 * `[Warning]`, `[Error]`) on at least `MIN_AGREEMENT` of the lines, the first such bracket of each
 * line counted: a level deep in a long header, past the fields a column is looked for in (NetBackup's
 * unified logs: `… PID:6120 TID:14 File ID:117 [No context] [Info] V-117-102 text`); -1 when the
 * lines do not agree on one.
 */
function learnLevelBracket(lines: readonly string[], ctx: TimeContext, counted: number): number {
  const [k, n] = commonestLevelPlace(lines, ctx, levelBracketOf);
  return n >= MIN_AGREEMENT * counted ? k : -1;
}

/** The first bracket after the time (from 0) whose text is a full level word, -1 when none; the word in `placeStart`, `placeEnd`. */
function levelBracketOf(line: string, header: Header): number {
  for (let k = 0; k < LEVEL_BRACKETS; k++) {
    const a = nthBracket(line, header.timeEnd, k);
    if (a < 0) return -1;
    if (isWholeLevelWord(line, a, bracketClose)) {
      placeStart = a;
      placeEnd = bracketClose;
      return k;
    }
  }
  return -1;
}

/** Where the level word the last `placeOf` of `commonestLevelPlace` found starts and ends. */
let placeStart = 0;
let placeEnd = 0;

/**
 * Each of the sample's lines the structure counts (not empty, no continuation) that holds a time,
 * to `visit` with its header just scanned: the one loop the learned columns after the time vote in
 * (the level bracket, the deep level column, the level numbers, the proven column).
 */
function eachTimedLine(
  lines: readonly string[],
  ctx: TimeContext,
  visit: (line: string, header: Header) => void,
): void {
  const header = emptyHeader();
  for (const line of lines) {
    if (line.length === 0 || isContinuation(line)) continue;
    scanHeader(line, ctx, header, true);
    if (header.shape >= 0) visit(line, header);
  }
}

/**
 * The place (`placeOf` counts it on each sample line with a time: a bracket, a field; -1 for none)
 * that most lines hold a level word in, and how many; [-1, 0] when none, or when its one level is a
 * severe word (a queue `[Critical]`, a column that only says ERROR: a name, `isSevereLabel`).
 */
function commonestLevelPlace(
  lines: readonly string[],
  ctx: TimeContext,
  placeOf: (line: string, header: Header) => number,
): [number, number] {
  const votes = new Map<number, number>();
  const spelled = new Map<number, Set<Level>>();
  eachTimedLine(lines, ctx, (line, header) => {
    const k = placeOf(line, header);
    if (k < 0) return;
    bump(votes, k);
    const level = levelSpelling(line.slice(placeStart, placeEnd));
    if (level !== undefined) spelled.set(k, (spelled.get(k) ?? new Set<Level>()).add(level));
  });
  const [k, n] = top(votes);
  if (k < 0 || isSevereLabel(spelled.get(k) ?? new Set<Level>())) return [-1, 0];
  return [k, n];
}

/** Fields after the time a deep level column is looked for within (`learnDeepLevelColumn`). */
const DEEP_LEVEL_FIELDS = 10;

/**
 * The field after the time (counted from 0, from `LEVEL_FIELDS_AFTER_TIME` to `DEEP_LEVEL_FIELDS` - 1)
 * that holds an upper-case full level word between spaces, after context fields only
 * (`deepLevelField`), on at least `MIN_AGREEMENT` of the lines and `MIN_SAMPLE_LINES`: a level
 * behind MDC fields, past the fields a level is looked for in (Apigee's `org:acme env:prod api:…
 * rev:4 messageid:rrt-… main INFO KERNEL.DEPLOYMENT - text`, log4j's `%X{…}` before `%t %p`); -1
 * when the lines do not agree on one, or its one level is a severe word (a name, `isSevereLabel`).
 */
function learnDeepLevelColumn(lines: readonly string[], ctx: TimeContext, counted: number): number {
  const [k, n] = commonestLevelPlace(lines, ctx, deepLevelField);
  return isAgreed(n, counted, MIN_SAMPLE_LINES) ? k : -1;
}

/**
 * In the line `scanHeader` just split, the field after the time (counted from it) past the usual reach that is
 * an upper-case full level word between spaces, when every field before it is a context field: a
 * `key:value`, either side of `key=value`, a bracket, a word with a digit or a sign (`NIOThread@4`,
 * `rrt-6f72d53e2-78058-3`), a name in capitals (`CORE`), and a plain word of letters between spaces
 * only right before the level (the thread, `main`): two such words are text. -1 when none; the word in `placeStart`, `placeEnd`.
 */
function deepLevelField(raw: string, header: Header): number {
  const afterTime = fieldAt(header.timeEnd);
  const to = Math.min(fieldCount, afterTime + DEEP_LEVEL_FIELDS);
  let plain = false;
  for (let f = afterTime; f < to; f++) {
    const a = fieldStart[f] as number;
    const b = fieldEnd[f] as number;
    const spaced = raw.charCodeAt(a - 1) === 32 && raw.charCodeAt(b) === 32;
    if (
      spaced &&
      f - afterTime >= LEVEL_FIELDS_AFTER_TIME &&
      isUpperRun(raw, a, b) &&
      isWholeLevelWord(raw, a, b)
    ) {
      placeStart = a;
      placeEnd = b;
      return f - afterTime;
    }
    if (plain) return -1;
    // A name in capitals (BlackBerry UEM's component, `CORE`) is a header's field, as a mark is.
    plain = spaced && isLetterRun(raw, a, b) && !isUpperRun(raw, a, b);
  }
  return -1;
}

/** True when the structure's level column stands past the usual reach (`learnDeepLevelColumn`). */
export function isDeepLevelColumn(structure: Structure): boolean {
  return structure.levelDeep === true;
}

/** The level in the learned bracket `k` after the time (`learnLevelBracket`), into `out`. */
function levelInBracket(raw: string, k: number, out: Header): void {
  const a = nthBracket(raw, out.timeEnd, k);
  if (a < 0 || !isWholeLevelWord(raw, a, bracketClose)) return;
  const level = levelSpelling(raw.slice(a, bracketClose));
  if (level !== undefined) setLevel(out, level, fieldAt(a), a, bracketClose, true);
}

/** Most digits of a number `numberField` reads. */
const NUMBER_FIELD_DIGITS = 10;

/**
 * The number field `f` of the line being scanned is, in brackets (`[20]`) or between spaces (` 20 `),
 * or with `loose` between tabs or commas too (`,2,`: a severity digit's column); -1 when it is no
 * such number.
 */
function numberField(raw: string, f: number, loose = false): number {
  if (f >= fieldCount) return -1;
  const a = fieldStart[f] as number;
  const b = fieldEnd[f] as number;
  if (b - a > NUMBER_FIELD_DIGITS) return -1;
  for (let k = a; k < b; k++) if (!isDigit(raw.charCodeAt(k))) return -1;
  const before = raw.charCodeAt(a - 1);
  const after = raw.charCodeAt(b);
  const open = before === 32 || (loose && (before === 9 || before === 44));
  const close = after === 32 || (loose && (after === 9 || after === 44));
  if (!((before === 91 && after === 93) || (open && close))) return -1;
  return Number(raw.slice(a, b));
}

/** What a sample holds at one place a severity digit may stand (`learnNumberedLevel`). */
interface SeverityTally {
  /** Lines with a single digit 0–7 there, the values seen (a bit each), 5–7 and 0–3 among them. */
  digits: number;
  values: number;
  ordinary: number;
  severe: number;
  /**
   * Lines with another number there (`8`, `12`: a count or an index), or a digit padded to a width
   * (`,  5,`, `     5`: a column printed for wider numbers, Samba's debug level, squid's elapsed ms).
   */
  others: number;
  /** Lines whose next field holds the first line's dotted number (`versionEnd`), and it. */
  versions: number;
  version: string;
  /** Lines with 0 there, and with 2 or 3: INFO and ERROR or worse on the scale counted from INFO. */
  zeros: number;
  errors: number;
}

function severityTally(): SeverityTally {
  return {
    digits: 0,
    values: 0,
    ordinary: 0,
    severe: 0,
    others: 0,
    versions: 0,
    version: '',
    zeros: 0,
    errors: 0,
  };
}

function countSeverity(tally: SeverityTally, raw: string, f: number): void {
  const n = numberField(raw, f, true);
  if (n < 0) return;
  if (
    n > 7 ||
    (fieldEnd[f] as number) - (fieldStart[f] as number) !== 1 ||
    isPadded(raw, fieldStart[f] as number)
  ) {
    tally.others++;
    return;
  }
  tally.digits++;
  tally.values |= 1 << n;
  if (n >= 5) tally.ordinary++;
  else if (n <= 3) tally.severe++;
  if (n === 0) tally.zeros++;
  else if (n === 2 || n === 3) tally.errors++;
  if (versionEnd(raw, f + 1) < 0) return;
  const version = raw.slice(fieldStart[f + 1] as number, fieldEnd[f + 1] as number);
  if (tally.version === '') tally.version = version;
  if (version === tally.version) tally.versions++;
}

/** True when the field starting at `a` is right-aligned: two spaces, or a comma and a space, before it. */
function isPadded(raw: string, a: number): boolean {
  const before = raw.charCodeAt(a - 2);
  return raw.charCodeAt(a - 1) === 32 && (before === 32 || before === 44);
}

/** True when a tally shows a log's severities: agreed, two values or more, mostly ordinary ones. */
function holdsSeverities(tally: SeverityTally, counted: number): boolean {
  return (
    isAgreed(tally.digits, counted, MIN_SAMPLE_LINES) &&
    tally.others === 0 &&
    (tally.values & (tally.values - 1)) !== 0 &&
    tally.ordinary * 2 >= tally.digits &&
    tally.severe * 4 <= tally.digits
  );
}

/** The values 0–3, as bits of `SeverityTally.values`. */
const FROM_INFO_VALUES = 0b1111;

/**
 * True when a tally shows a log's severities counted up from INFO: agreed, two values or more, all
 * 0–3, 0 (INFO) on half the lines or more and 2–3 (ERROR, FATAL) on a quarter at most.
 */
function holdsSeveritiesFromInfo(tally: SeverityTally, counted: number): boolean {
  return (
    isAgreed(tally.digits, counted, MIN_SAMPLE_LINES) &&
    tally.others === 0 &&
    (tally.values & (tally.values - 1)) !== 0 &&
    (tally.values & ~FROM_INFO_VALUES) === 0 &&
    tally.zeros * 2 >= tally.digits &&
    tally.errors * 4 <= tally.digits
  );
}

/** The number field `f` of the line being scanned is in parentheses or brackets: `(4180)`, `[4180]`. */
function isMarkedNumber(raw: string, f: number): boolean {
  if (f >= fieldCount) return false;
  const a = fieldStart[f] as number;
  const b = fieldEnd[f] as number;
  if (b === a || b - a > NUMBER_FIELD_DIGITS) return false;
  for (let k = a; k < b; k++) if (!isDigit(raw.charCodeAt(k))) return false;
  const before = raw.charCodeAt(a - 1);
  const after = raw.charCodeAt(b);
  return (before === 40 && after === 41) || (before === 91 && after === 93);
}

/**
 * A level number column learned after the time (`learnNumberedLevel`): its scale, Python's
 * `levelno` (`pythonLevelNumber`) or a syslog severity digit (`syslogSeverityLevel`), its place (0
 * right after the time, 1 after one numeric pid column) and, for a severity, the version after it.
 */
interface NumberedLevel {
  readonly scale: 'python' | 'syslog' | 'fromInfo';
  readonly place: number;
  readonly version?: string;
  /** The digit stands between lone dashes after the time (`isDashSlot`), place 1. */
  readonly betweenDashes?: true;
}

/**
 * The level number column of a sample, in one pass over it, read on one of two scales:
 * - Python logging's `levelno` (`%(asctime)s [%(levelno)s] …`, Checkmk's web.log) in the first
 *   field after the time, in brackets or between spaces: a number there on at least
 *   `MIN_AGREEMENT` of the lines, every one of them 10, 20, 30, 40 or 50, and two of those values
 *   or more. One value on every line is a worker's pid or thread; any other number there (`14`,
 *   pino's `60`) makes it a pid or thread column.
 * - Else a syslog severity digit, 0 (right after the time: smstools3's `22:14:03,2, text`) or 1
 *   (after one numeric pid column: LSF's `2026 28114 6 10.1 main: text`; or between lone dashes,
 *   Analog's `06:58:12 - 7 - text`): a digit 0–7 there on at least `MIN_AGREEMENT` of the lines and
 *   `MIN_SAMPLE_LINES`, no other number there and none padded to a width, two values or more, 5–7
 *   on at least half of them and 0–3 on at most a quarter (CPU numbers, shards, worker indexes and
 *   retry counts fail; a constant `- 1 -`, a worker's number, is one value). Two places fitting
 *   learns nothing. With it, the dotted number that follows the digit on most lines (LSF's version, `10.1`).
 * - Else a severity counted up from INFO (`severityFromInfoLevel`: 0 INFO … 3 FATAL) after a pid in
 *   parentheses or brackets (`(4180) 0 [Generic.Event] text`): a digit 0–3 there on at least
 *   `MIN_AGREEMENT` of the lines and `MIN_SAMPLE_LINES`, no other number, two values or more, 0 on
 *   at least half of them and 2–3 on at most a quarter (a shard or worker index over 0–3 fails; right
 *   after the time, or after a bare pid, such a column is left to be a count).
 */
function learnNumberedLevel(
  lines: readonly string[],
  ctx: TimeContext,
  counted: number,
): NumberedLevel | undefined {
  const pythonValues = new Set<number>();
  let pythonLines = 0;
  let python = true;
  const after = severityTally();
  const afterPid = severityTally();
  const afterMarkedPid = severityTally();
  const betweenDashes = severityTally();
  eachTimedLine(lines, ctx, (line, header) => {
    const f = fieldAt(header.timeEnd);
    const n = numberField(line, f);
    if (n >= 0 && pythonLevelNumber(n) === undefined) python = false;
    else if (n >= 0) {
      pythonValues.add(n);
      pythonLines++;
    }
    countSeverity(after, line, f);
    if (numberField(line, f, true) >= 0) countSeverity(afterPid, line, f + 1);
    if (isMarkedNumber(line, f)) countSeverity(afterMarkedPid, line, f + 1);
    if (isDashSlot(line, f + 1)) countSeverity(betweenDashes, line, f + 1);
  });
  if (python && pythonValues.size >= 2 && pythonLines >= MIN_AGREEMENT * counted)
    return { scale: 'python', place: 0 };
  const places = [after, afterPid, betweenDashes].filter((tally) => holdsSeverities(tally, counted));
  if (places.length !== 1) {
    return places.length === 0 && holdsSeveritiesFromInfo(afterMarkedPid, counted)
      ? { scale: 'fromInfo', place: 1 }
      : undefined;
  }
  const tally = places[0] as SeverityTally;
  const version = tally.versions >= MIN_AGREEMENT * tally.digits ? { version: tally.version } : {};
  const dashed = tally === betweenDashes ? { betweenDashes: true as const } : {};
  return { scale: 'syslog', place: tally === after ? 0 : 1, ...version, ...dashed };
}

/**
 * Where the sample's lines hold a word of mORMot's level column (`mormotLevel`), at least
 * `MIN_AGREEMENT` of them and `MIN_SAMPLE_LINES`: `thread` after the thread column of mORMot's
 * default layout (`mormotWordAfterThread`), `after` right after the time, else undefined.
 */
function learnMormotColumn(
  lines: readonly string[],
  ctx: TimeContext,
  counted: number,
): 'thread' | 'after' | undefined {
  let afterThread = 0;
  let afterTime = 0;
  eachTimedLine(lines, ctx, (line, header) => {
    if (mormotWordAfterThread(line, header.timeEnd) >= 0) afterThread++;
    const f = fieldAt(header.timeEnd);
    if (f < fieldCount && mormotLevel(line.slice(fieldStart[f], fieldEnd[f])) !== undefined) afterTime++;
  });
  if (isAgreed(afterThread, counted, MIN_SAMPLE_LINES)) return 'thread';
  return isAgreed(afterTime, counted, MIN_SAMPLE_LINES) ? 'after' : undefined;
}

/**
 * The start of the word of mORMot's level column after its thread column, else -1. `TSynLog.FillInfo`
 * (`mormot.core.log.pas`) follows the stamp with the thread number in three characters under
 * `ptIdentifiedInOneFile`, the family's default (`Int18ToText`: 6 bits a character from a space,
 * thread 1 `  !`, 11 `  +`, 13 `  -`, 64 ` ! `), and `LogHeader` writes the 7-character
 * `LOG_LEVEL_TEXT` slot after it: a space and the word (two before `+` and `-`), padded with spaces.
 */
function mormotWordAfterThread(raw: string, timeEnd: number): number {
  for (let k = timeEnd; k < timeEnd + 3; k++) {
    const c = raw.charCodeAt(k);
    if (!(c >= 32 && c <= 95)) return -1;
  }
  const slot = timeEnd + 3;
  if (raw.charCodeAt(slot) !== 32) return -1;
  const a = raw.charCodeAt(slot + 1) === 32 ? slot + 2 : slot + 1;
  let b = a;
  while (b < slot + 7 && b < raw.length && raw.charCodeAt(b) !== 32 && raw.charCodeAt(b) !== 9) b++;
  if (b === a || (b < raw.length && raw.charCodeAt(b) !== 32 && raw.charCodeAt(b) !== 9)) return -1;
  return mormotLevel(raw.slice(a, b)) === undefined ? -1 : a;
}

/**
 * Reads mORMot's level column on the line being scanned (`mormotLevel`): field `f`, the one right
 * after the time, or the word after the thread column (`mormotWordAfterThread`).
 */
function mormotInColumn(raw: string, f: number, afterThread: boolean, out: Header): void {
  if (afterThread) {
    const a = mormotWordAfterThread(raw, out.timeEnd);
    if (a >= 0) f = fieldAt(a);
    else return;
  }
  if (f >= fieldCount) return;
  const a = fieldStart[f] as number;
  const b = fieldEnd[f] as number;
  const level = mormotLevel(raw.slice(a, b));
  if (level !== undefined) setLevel(out, level, f, a, b, true);
}

/**
 * Field `f` of the line being scanned stands between lone dashes, ` - f - `, as the first slot after
 * the time: Analog's `%s - %s - %d - %s` (machine, date, level, message), its level the syslog number.
 */
function isDashSlot(raw: string, f: number): boolean {
  return f + 1 < fieldCount && isDashField(raw, f - 1) && isDashField(raw, f + 1);
}

/** Most dot-joined numbers of a version column: `10.1`, `9.1.3` (four are an IPv4 address). */
const VERSION_PARTS = 3;

/**
 * End of field `f` of the line being scanned when it is a version, two or three dot-joined numbers
 * followed by a space (`10.1 `); else -1.
 */
function versionEnd(raw: string, f: number): number {
  if (f >= fieldCount) return -1;
  const a = fieldStart[f] as number;
  const b = fieldEnd[f] as number;
  let parts = 1;
  if (!isDigit(raw.charCodeAt(a)) || !isDigit(raw.charCodeAt(b - 1)) || raw.charCodeAt(b) !== 32) return -1;
  for (let k = a + 1; k < b; k++) {
    const c = raw.charCodeAt(k);
    if (c === 46 && isDigit(raw.charCodeAt(k + 1))) parts++;
    else if (!isDigit(c)) return -1;
  }
  return parts >= 2 && parts <= VERSION_PARTS ? b : -1;
}

/**
 * The severity digit of the learned column `f` (`learnNumberedLevel`), right after the time, after a
 * numeric pid column (a marked one when `fromInfo`) or between lone dashes, as `after` says, as the
 * line's level, on syslog's scale or, when `fromInfo`, counted up from INFO; when `version` follows
 * it, the text starts after that.
 */
function severityInColumn(
  raw: string,
  f: number,
  after: 'time' | 'pid' | 'dashes',
  fromInfo: boolean,
  version: string | undefined,
  out: Header,
): void {
  if (fromInfo ? !isMarkedNumber(raw, f - 1) : after === 'pid' && numberField(raw, f - 1, true) < 0) return;
  if (after === 'dashes' && !isDashSlot(raw, f)) return;
  const n = numberField(raw, f, true);
  const a = fieldStart[f] as number;
  const digit = n >= 0 && (fieldEnd[f] as number) - a === 1;
  const level = !digit ? undefined : fromInfo ? severityFromInfoLevel(n) : syslogSeverityLevel(n);
  if (level === undefined) return;
  setLevel(out, level, f, a, a + 1, true);
  // The fields after the digit are the source's columns (`[Category]`), learned from its messages
  // (`columns.ts`), not read per line as a thread and a logger (`[Utility.Event] Backup.Freeze: text`).
  if (fromInfo) out.textStart = skipSpaces(raw, a + 1);
  const end = version === undefined ? -1 : versionEnd(raw, f + 1);
  if (end < 0 || end - (fieldStart[f + 1] as number) !== version?.length) return;
  if (!raw.startsWith(version, fieldStart[f + 1] as number)) return;
  let text = end;
  while (raw.charCodeAt(text) === 32) text++;
  out.textStart = text;
}

/** How a word closes where a level stands: `Error:`, `WARNING[Server]:`, `warn  - `. */
const WORD_COLON = 1;
const WORD_BRACKET = 2;
const WORD_DASH = 3;
/** Most other words a level column may hold for its ordinary lines (Next.js's `ready`, `event`, `wait`). */
const MAX_ORDINARY_WORDS = 3;

/** A source's words for its ordinary lines, and the mark that closes them (`WORD_COLON`, …). */
export interface OrdinaryWords {
  readonly mark: number;
  readonly words: readonly string[];
}

/**
 * The words at `levelKey` (as `learnStructure` counts it) that spell no level, and the mark that
 * closes the word there on most lines, when there are at most `MAX_ORDINARY_WORDS` of them: a product
 * that marks only its warnings and errors with a level and its ordinary lines with a word of its own
 * (Domoticz's `Status:`, Minetest's `ACTION[Server]:`, Unreal's `LogInit: Display:`, Marlin's
 * `echo:`, Next.js's `ready -`). Undefined otherwise: a list of `Name: value` pairs writes many
 * names, and a column that also spells INFO or a lower level has its own word for ordinary lines.
 */
function ordinaryWordsOf(
  lines: readonly string[],
  ctx: TimeContext,
  levelKey: number,
  counted: number,
): OrdinaryWords | undefined {
  const header = emptyHeader();
  const votes = [0, 0, 0, 0];
  const words = new Set<string>();
  for (const line of lines) {
    if (line.length === 0 || isContinuation(line)) continue;
    const f = sampleFieldAt(line, ctx, header, levelKey);
    if (f < 0) continue;
    const kind = markedWordKind(line, f);
    if (kind === 0) continue;
    votes[kind] = (votes[kind] as number) + 1;
    const a = fieldStart[f] as number;
    const word = line.slice(a, wordEnd(line, a));
    const level = levelSpelling(word) ?? placedLevelSpelling(word);
    // `INFO:` beside `API:` and `Status:` (MinIO's banner): a product that writes its ordinary level
    // has no other word for it, and those are names of values.
    if (level !== undefined && !isAtLeast(level, 'WARN')) return undefined;
    if (level === undefined) words.add(word);
  }
  if (words.size === 0 || words.size > MAX_ORDINARY_WORDS) return undefined;
  const [mark, n] = top(new Map(votes.map((v, k) => [k, v])));
  return n >= MIN_AGREEMENT * counted ? { mark, words: [...words] } : undefined;
}

/**
 * The field of a sample's `line` at `key` (as `learnStructure` counts it: a field from the line's
 * start, or 1000 + a field after the time), its header scanned into `header`; -1 where the key
 * counts after a time the line lacks.
 */
function sampleFieldAt(line: string, ctx: TimeContext, header: Header, key: number): number {
  scanHeader(line, ctx, header, true);
  if (key < 1000) return key;
  return header.shape < 0 ? -1 : fieldAt(header.timeEnd) + key - 1000;
}

/**
 * The sample's lines whose field at `levelKey` (as `learnStructure` counts it) holds a custom
 * level's name (`compoundLevelSpelling`: PyBDSF's `USERINFO:`), when they write at most
 * `MAX_ORDINARY_WORDS` such names; else 0. Those lines count for the column the level words voted.
 */
function compoundLevelLines(lines: readonly string[], ctx: TimeContext, levelKey: number): number {
  const header = emptyHeader();
  const words = new Set<string>();
  let count = 0;
  for (const line of lines) {
    if (line.length === 0 || isContinuation(line)) continue;
    const f = sampleFieldAt(line, ctx, header, levelKey);
    if (f < 0) continue;
    const end = compoundLevelEnd(line, f);
    if (end < 0) continue;
    count++;
    words.add(line.slice(fieldStart[f] as number, end));
  }
  return words.size > MAX_ORDINARY_WORDS ? 0 : count;
}

/**
 * Where the custom level's name filling field `f` ends (`USERINFO` or `USERINFO:`), or -1: a cheap
 * test of its first and last letters before the name is spelled out.
 */
function compoundLevelEnd(raw: string, f: number): number {
  if (f >= fieldCount) return -1;
  const a = fieldStart[f] as number;
  let b = fieldEnd[f] as number;
  if (raw.charCodeAt(b - 1) === 58) b--;
  if (b - a < 6 || !isUpper(raw.charCodeAt(a)) || !isUpper(raw.charCodeAt(b - 1))) return -1;
  return compoundLevelSpelling(raw, a, b) === undefined ? -1 : b;
}

/** A custom level's name in the learned level column `f` (`compoundLevelEnd`) into `out`, named by its ending. */
function compoundLevelInField(raw: string, f: number, out: Header): void {
  const end = compoundLevelEnd(raw, f);
  if (end < 0) return;
  const a = fieldStart[f] as number;
  setLevel(out, compoundLevelSpelling(raw, a, end) as Level, f, a, end, true);
}

/** End of the run of letters (at most a level word's length) starting at `a`. */
function wordEnd(raw: string, a: number): number {
  let k = a;
  while (k - a <= 13 && isLetter(raw.charCodeAt(k))) k++;
  return k;
}

/**
 * How the word opening field `f`, at the line's start or after a space, closes (`WORD_COLON`,
 * `WORD_BRACKET`, `WORD_DASH`); 0 when it is no word so placed and closed.
 */
function markedWordKind(raw: string, f: number): number {
  if (f >= fieldCount) return 0;
  const a = fieldStart[f] as number;
  // A word standing on its own: `cpu12:2097625)NetPort:` glues a module's name to a world's id (ESXi).
  if (a > 0 && raw.charCodeAt(a - 1) !== 32) return 0;
  const k = wordEnd(raw, a);
  if (k - a < 2 || k - a > 13) return 0;
  const c = raw.charCodeAt(k);
  if (c === 58) return WORD_COLON;
  if (c === 91) return WORD_BRACKET;
  let s = k;
  while (raw.charCodeAt(s) === 32) s++;
  return s > k && raw.charCodeAt(s) === 45 && raw.charCodeAt(s + 1) === 32 ? WORD_DASH : 0;
}

/** A word standing alone right after the time: a proven column's (`provenBareColumn`). */
const WORD_BARE = 4;

/** A word opening a bracket, closed by it or joined by a comma to a name (`[IFO,App]`): a proven column's. */
const WORD_BRACKETED = 5;

/**
 * `WORD_BRACKETED` when field `f` of the line being scanned is a word of 2–9 letters right after a
 * `[` that opens its field, followed by `,` or `]` (Micro-Manager's `[IFO,App]`); else 0.
 */
function bracketedWordKind(raw: string, f: number): number {
  if (f >= fieldCount) return 0;
  const a = fieldStart[f] as number;
  const b = fieldEnd[f] as number;
  if (b - a < SHORTEST_COLUMN_WORD || b - a > LONGEST_COLUMN_WORD) return 0;
  if (raw.charCodeAt(a - 1) !== 91 || (a > 1 && raw.charCodeAt(a - 2) !== 32)) return 0;
  const c = raw.charCodeAt(b);
  if (c !== 44 && c !== 93) return 0;
  for (let k = a; k < b; k++) if (!isLetter(raw.charCodeAt(k))) return 0;
  return WORD_BRACKETED;
}

/** How a proven column's word stands in field `f`: `WORD_BARE`, `WORD_BRACKETED`, or 0. */
function provenWordKind(raw: string, f: number): number {
  return bareWordKind(raw, f) || bracketedWordKind(raw, f);
}

/** `WORD_BARE` when field `f` of the line being scanned is a bare word of `provenBareColumn`'s; else 0. */
function bareWordKind(raw: string, f: number): number {
  if (f >= fieldCount) return 0;
  const a = fieldStart[f] as number;
  const b = fieldEnd[f] as number;
  if (b - a < SHORTEST_COLUMN_WORD || b - a > LONGEST_COLUMN_WORD) return 0;
  if (raw.charCodeAt(a - 1) !== 32 || raw.charCodeAt(b) !== 32) return 0;
  for (let k = a; k < b; k++) if (!isLetter(raw.charCodeAt(k))) return 0;
  return WORD_BARE;
}

/**
 * The product's word for its ordinary lines in the column right after the time, when the sample
 * proves that column a level column (`proven-column.ts`: at least `MIN_AGREEMENT` of the lines, and
 * `MIN_SAMPLE_LINES`, hold a bare word there, from a small set whose level words spell two levels).
 */
function provenBareColumn(
  lines: readonly string[],
  ctx: TimeContext,
  counted: number,
): { readonly words: OrdinaryWords; readonly afterTime: number } | undefined {
  for (let afterTime = 0; afterTime <= PROVEN_BRACKET_AFTER_TIME; afterTime++) {
    const words = new Map<string, number>();
    let held = 0;
    let mark = 0;
    let mixed = false;
    eachTimedLine(lines, ctx, (line, header) => {
      const f = fieldAt(header.timeEnd) + afterTime;
      const kind = afterTime === 0 ? provenWordKind(line, f) : bracketedWordKind(line, f);
      if (kind === 0) return;
      if (mark !== 0 && kind !== mark) mixed = true;
      mark = kind;
      const word = line.slice(fieldStart[f] as number, fieldEnd[f] as number);
      words.set(word, (words.get(word) ?? 0) + 1);
      held++;
    });
    if (mixed || !isAgreed(held, counted, MIN_SAMPLE_LINES)) continue;
    const word = provenColumnWord(words);
    if (word !== undefined) return { words: { mark, words: [word] }, afterTime };
  }
  return undefined;
}

/**
 * Fields after the time a proven column in brackets may stand in: right after it, or after one
 * column (Micro-Manager's thread, `… tid5412 [IFO,App] text`). A bare word is looked for right after
 * the time only.
 */
const PROVEN_BRACKET_AFTER_TIME = 1;

/**
 * The time key most lines agree on when a line may be read by more than one shape: a date that fits
 * both orders of day and month (`09/11/2026`) is read month-first by itself, yet it counts for the
 * day-first shape its source's other lines (`13/11/2026`) proved, when that shape reads it in the
 * same field. Each key's votes, plus the lines of other keys in its field that its shape reads too,
 * from where their own time starts: read a character later (glog's glued level letter), the
 * month-first shape would take `13/11/2026` as `3/11/2026` and tie with the day-first one.
 */
function agreedTime(
  timed: readonly TimedLine[],
  ctx: TimeContext,
  times: ReadonlyMap<number, number>,
): [number, number] {
  let [best, most] = top(times);
  for (const [key, votes] of times) {
    let n = votes;
    for (const { line, key: other, start } of timed) {
      if (other < 0 || other === key || other % 64 !== key % 64) continue;
      lastSteps = 0;
      if (tryShape(line, Math.floor(key / 64), start, ctx)) n++;
    }
    if (n > most) {
      best = key;
      most = n;
    }
  }
  return [best, most];
}

/**
 * Where the sample's year-first dates prove the day written before the month (`isYearDayMonthSample`),
 * re-keys every line the year-day-month shape reads at its time's start to that shape, its days 1 to
 * 12 too (read year-month-day per line): the source's structure then reads them all day first.
 * True when it did.
 */
function turnYearDayMonth(timed: TimedLine[], ctx: TimeContext): boolean {
  const dated = timed.filter((t) => t.key >= 0);
  const lines = dated.map((t) => t.line);
  if (
    !isYearDayMonthSample(
      lines,
      dated.map((t) => t.start),
    )
  )
    return false;
  for (let k = 0; k < timed.length; k++) {
    const t = timed[k] as TimedLine;
    lastSteps = 0;
    if (t.key < 0 || !tryShape(t.line, YEAR_DAY_MONTH_SHAPE, t.start, ctx)) continue;
    timed[k] = { ...t, key: YEAR_DAY_MONTH_SHAPE * 64 + (t.key % 64) };
  }
  return true;
}

/** A sample line as learning read it: its time key (shape * 64 + field, -1 without), where its time starts, and the time. */
interface TimedLine {
  readonly line: string;
  readonly key: number;
  readonly start: number;
  readonly time: number;
}

/**
 * True when the times the lines of `key` read run forward, as a log's do, stepping back once at
 * most (a restart, a clock set back): a column of dated decimals (`2026/11/29 10.50 kg`, `… 03.12 kg`)
 * steps back on about every other line.
 */
function runsForward(timed: readonly TimedLine[], key: number): boolean {
  let last = -Infinity;
  let back = 0;
  for (const { key: k, time } of timed) {
    if (k !== key) continue;
    if (time < last) back++;
    last = time;
  }
  return back <= 1;
}

/** How many minutes-and-seconds a sample's dotted times of day must take at the least (`takesClockValues`). */
const CLOCK_VALUES = 3;

/**
 * True when the times the lines of `key` read take `CLOCK_VALUES` minutes-and-seconds or more, as a
 * log's clock does: a column of dates alone read as times (`05.11.26`, `06.11.26`) keeps one, a
 * version column one per version, and one line of another version (`22.04.04` among `22.04.03`
 * lines) must not make the column a clock.
 */
function takesClockValues(timed: readonly TimedLine[], key: number): boolean {
  const values = new Set<number>();
  for (const { key: k, time } of timed) {
    if (k !== key) continue;
    values.add(time % 3_600_000);
    if (values.size >= CLOCK_VALUES) return true;
  }
  return false;
}

/**
 * True when the first line of `key` reads midnight to the minute (`00:00`), as an elapsed clock's
 * first does and a time of day's seldom.
 */
function opensAtMidnight(timed: readonly TimedLine[], key: number): boolean {
  for (const { key: k, line, start } of timed) if (k === key) return line.startsWith('00:00', start);
  return false;
}

/**
 * True when, at `key` (as `learnStructure` counts it) where `textLines` lines read a level from a word of
 * text (`CONFIG:`), as many lines or more write an upper-case word closed by a colon that spells no
 * level, two different ones or more (InspIRCd's `CONNECT:`, `QUIT:`; ntpd's `INIT:`, `PROTO:`): the
 * place holds the source's types of line, and the word of text is one of them.
 */
function isTypeColumn(
  lines: readonly string[],
  ctx: TimeContext,
  [key, textLines]: [number, number],
): boolean {
  const header = emptyHeader();
  const types = new Set<string>();
  let typed = 0;
  for (const line of lines) {
    if (line.length === 0 || isContinuation(line)) continue;
    const f = sampleFieldAt(line, ctx, header, key);
    if (f < 0) continue;
    if (f >= fieldCount) continue;
    const a = fieldStart[f] as number;
    let k = a;
    while (isUpper(line.charCodeAt(k)) || line.charCodeAt(k) === 95) k++;
    if (k - a < 2 || line.charCodeAt(k) !== 58 || line.charCodeAt(k + 1) !== 32) continue;
    const word = line.slice(a, k);
    if (levelSpelling(word) !== undefined || placedLevelSpelling(word) !== undefined) continue;
    types.add(word);
    typed++;
  }
  return types.size >= 2 && typed >= textLines;
}

/**
 * True when `message`, the end of `raw`, follows a word of text closed by a colon (`CONFIG: text`):
 * the word a reading took for the level before it.
 */
export function isTextWordBefore(raw: string, message: string): boolean {
  if (message.length === 0 || !raw.endsWith(message)) return false;
  let k = raw.length - message.length;
  while (raw.charCodeAt(k - 1) === 32) k--;
  if (raw.charCodeAt(k - 1) !== 58) return false;
  const b = k - 1;
  let a = b;
  while (a > 0 && isLetter(raw.charCodeAt(a - 1))) a--;
  return (a === 0 || raw.charCodeAt(a - 1) === 32) && isQuietTextWord(raw.slice(a, b));
}

/**
 * True for a word of text that reads INFO where a level stands (`CONFIG`, `SUCCESS`, `HTTP`): in a
 * column of types, one more type. An alarm's word (`PANIC:`, `ALERT:`, `FAIL:`) keeps its level there.
 */
function isQuietTextWord(word: string): boolean {
  return opensTextUnmarked(word) && levelSpelling(word) === 'INFO';
}

/** The word of the first field after the line's time when brackets close it and it opens with a letter (`[Scheduler]`). */
function bracketAfterTime(line: string, header: Header): string | undefined {
  if (header.shape < 0) return undefined;
  const f = fieldAt(header.timeEnd);
  if (f >= fieldCount) return undefined;
  const a = fieldStart[f] as number;
  const b = fieldEnd[f] as number;
  if (line.charCodeAt(a - 1) !== 91 || line.charCodeAt(b) !== 93 || !isLetter(line.charCodeAt(a)))
    return undefined;
  return line.slice(a, b);
}

/** A bracketed word that spells no level (`Scheduler`). */
function isBracketedName(word: string): boolean {
  return levelSpelling(word) === undefined && placedLevelSpelling(word) === undefined;
}

/** Distinct title-case names a bracket of names must show before a syslog-only word there is one. */
const TITLE_NAMES = 3;

/**
 * Syslog's severities no other scale writes, in title case (`Alert`, `Emergency`): a component's
 * name as often (a sender class `Alert` beside `Main`, `Write`); `Notice` and `Critical` are real
 * levels in title case (lxmd, snapcast).
 */
function isNameLikeSevere(word: string): boolean {
  return word === 'Alert' || word === 'Emergency';
}

/**
 * The level a sample's line votes for, into `header` (scanned already): weak spellings are counted
 * too, as a column of `I`/`W`/`E` is a level column once most lines agree.
 */
function findVotingLevel(line: string, header: Header): void {
  vouched = true;
  marks = true;
  try {
    findLevel(line, header, -1, true);
  } finally {
    vouched = false;
    marks = false;
  }
  placeLevel(header);
}

/**
 * The column voted for (`[key, votes]`), or the bracket glued after it when that one holds the level:
 * EasySwoole's `Logger` writes its category before the level (`src/Logger.php`,
 * `"[{$date}][{$category}][{$levelStr}] : [{$msg}]"`), and the default category is `DEBUG`, a level
 * word the same on every line (`[2026-… 09:14:03][DEBUG][INFO] : [text]`). Where the voted column's
 * bracket holds one word on all its lines and the bracket glued after it (`][`) a level word on most
 * of them, of two levels or more, the varying one is the level and the constant one a label. A
 * source logging one level only keeps the first (nothing tells the two apart there).
 */
function levelBesideCategory(
  lines: readonly string[],
  ctx: TimeContext,
  voted: [number, number],
  levels: Map<number, number>,
  founded: Map<number, number>,
): [number, number] {
  const [key, votes] = voted;
  if (key < 1000 || votes + (levels.get(key + 1) ?? 0) < MIN_SAMPLE_LINES) return voted;
  const header = emptyHeader();
  const firsts = new Set<string>();
  const seconds = new Set<Level>();
  let paired = 0;
  for (const line of lines) {
    if (line.length === 0 || isContinuation(line)) continue;
    scanHeader(line, ctx, header, true);
    findVotingLevel(line, header);
    if (header.levelAfterTime !== key - 1000) continue;
    const end = header.levelEnd;
    if (line.charCodeAt(header.levelStart - 1) !== 91 || line.charCodeAt(end) !== 93) return voted;
    if (line.charCodeAt(end + 1) !== 91) continue;
    const close = line.indexOf(']', end + 2);
    const second =
      close > end + 2 && close - end <= 15 ? levelSpelling(line.slice(end + 2, close)) : undefined;
    if (second === undefined) continue;
    firsts.add(line.slice(header.levelStart, end));
    if (firsts.size > 1) return voted;
    seconds.add(second);
    paired++;
  }
  if (seconds.size < 2 || paired * 2 <= votes) return voted;
  const next = key + 1;
  if (founded.has(key)) founded.set(next, Math.max(founded.get(next) ?? 0, 1));
  const merged = votes + (levels.get(next) ?? 0);
  levels.set(next, merged);
  return [next, merged];
}

/**
 * Lines whose field at `levelKey` (as `learnStructure` counts it) holds one upper-case letter or a
 * short upper-case word on its own: in a column where half the lines or more carry a level, the
 * others are the source's own levels that no spelling knows (WebSphere's `O` for System.out,
 * OpenSnitch's `IMP` beside `INF`, `WAR`, `ERR`), not a sign that the column is no level column.
 * They get no level; the column lets the cuts only a column reads (`WAR`) be read there.
 */
function linesWithOwnLevelWords(lines: readonly string[], ctx: TimeContext, levelKey: number): number {
  const header = emptyHeader();
  let count = 0;
  for (const line of lines) {
    if (line.length === 0 || isContinuation(line)) continue;
    const f = sampleFieldAt(line, ctx, header, levelKey);
    if (f >= 0 && isUpperWordField(line, f)) count++;
  }
  return count;
}

/**
 * Field `f` of the line being scanned is one upper-case letter (WebSphere's `O`), cut from the text
 * as the column's. Not the longer words `linesWithOwnLevelWords` also counts: in a column learned
 * beside them, `GET /index` keeps its method.
 */
function isLetterField(raw: string, f: number): boolean {
  if (f >= fieldCount) return false;
  const a = fieldStart[f] as number;
  const c = raw.charCodeAt(a);
  return (fieldEnd[f] as number) === a + 1 && c >= 65 && c <= 90;
}

/** Longest word of the source's own that a level column may hold (`IMP`, `WDIAG`). */
const OWN_LEVEL_WORD = 5;

/**
 * Field `f` of the line being scanned is one to `OWN_LEVEL_WORD` upper-case letters between spaces,
 * or one level letter and its colon (dcmtk's `W: DIMSE Warning: …` beside its `I:` and `F:`, whose
 * level the phrase after it does not give; `Q:` beside `A:` is a transcript's, no column).
 */
function isUpperWordField(raw: string, f: number): boolean {
  if (f >= fieldCount) return false;
  const a = fieldStart[f] as number;
  const b = fieldEnd[f] as number;
  if (b - a === 2 && raw.charCodeAt(a + 1) === 58 && raw.charCodeAt(b) === 32)
    return isUpper(raw.charCodeAt(a)) && levelSpelling(raw[a] as string) !== undefined;
  if (b - a > OWN_LEVEL_WORD || (b - a > 1 && raw.charCodeAt(b) !== 32)) return false;
  return isUpperRun(raw, a, b);
}

/** A column's levels that were not all one mark. */
const MIXED_MARKS = -1;

/**
 * The bare one-character mark the header read as the line's level (`*`, `#`), or `MIXED_MARKS` for
 * a word, a letter or a bracketed status mark (`[*]`).
 */
function markOf(line: string, header: Header): number {
  const c = line.charCodeAt(header.levelStart);
  const bare = header.levelEnd - header.levelStart === 1 && line.charCodeAt(header.levelStart - 1) !== 91;
  return bare && levelMark(c, false) !== undefined ? c : MIXED_MARKS;
}

/**
 * True when every level a column of the sample held was one and the same mark: a prefix the lines
 * share (buildozer's `# ` opening each message, a comment prompt, a bullet), no level column, whose
 * marks vary (Redis's `*` among `#`, `.`, `-`). A column of Redis's `*` alone after the time, a
 * sample of its ordinary lines, stays one.
 */
function isConstantPrefix(mark: number | undefined, key: number): boolean {
  return mark !== undefined && mark !== MIXED_MARKS && !(mark === 42 && key >= 1000);
}

/** A level read from a lone `-` or `.`, which separate fields in many layouts. */
function isAmbiguousMark(line: string, header: Header): boolean {
  if (header.levelEnd - header.levelStart !== 1) return false;
  const c = line.charCodeAt(header.levelStart);
  return levelMark(c, true) === undefined && levelMark(c, false) !== undefined;
}

function bump(votes: Map<number, number>, key: number): void {
  votes.set(key, (votes.get(key) ?? 0) + 1);
}

function top(votes: ReadonlyMap<number, number>): [number, number] {
  let best = -1;
  let most = 0;
  for (const [key, n] of votes) {
    if (n > most) {
      best = key;
      most = n;
    }
  }
  return [best, most];
}

/**
 * A row of a Markdown table: a pipe opens and closes it (spaces aside). Its cells are a table's, as
 * a report or a rendered document writes them, not a logger's header columns.
 */
function isMarkdownRow(line: string): boolean {
  let a = 0;
  let b = line.length - 1;
  while (a < b && line.charCodeAt(a) === 32) a++;
  while (b > a && line.charCodeAt(b) === 32) b--;
  return a < b && line.charCodeAt(a) === 124 && line.charCodeAt(b) === 124;
}

/** Lines that continue an event rather than start one (a stack frame), left out of learning. */
function isContinuation(line: string): boolean {
  const c = line.charCodeAt(0);
  return c === 32 || c === 9 || line.startsWith('Caused by:');
}

/**
 * Reads a header with a learned structure: its shape at its field, its level field (weak spellings
 * allowed there); false when the line does not fit (the caller scans it afresh). Without
 * `searchLevel`, a level outside the learned column is not looked for.
 */
export function applyStructure(
  raw: string,
  structure: Structure,
  ctx: TimeContext,
  out: Header,
  searchLevel = true,
): boolean {
  lastSteps = 0;
  clearHeader(out);
  // With no level to look for, only the fields up to the time's are read: a syslog line spared the
  // level search (`mayHoldMarkedLevel`) is not split past its date.
  const levelSought = searchLevel || hasLevelColumn(structure);
  splitFields(raw, levelSought ? HEADER_FIELDS : Math.min(structure.timeField + 1, HEADER_FIELDS));
  if (structure.shape >= 0) {
    findTime(raw, ctx, out, structure.shape, structure.timeField);
    if (out.shape < 0 && fillsLevelPad(raw, structure))
      findTime(raw, ctx, out, structure.shape, structure.timeField - 1);
    if (out.shape < 0) return false;
  }
  const column =
    structure.levelAfterTime >= 0 ? fieldAt(out.timeEnd) + structure.levelAfterTime : structure.levelField;
  vouched = true;
  marks = true;
  try {
    if (structure.levelBracket !== undefined) {
      if (out.shape >= 0) levelInBracket(raw, structure.levelBracket, out);
    } else if (structure.levelSeverity === true) {
      severityInColumn(
        raw,
        column,
        structure.levelSeverityBetweenDashes === true
          ? 'dashes'
          : structure.levelAfterTime === 1
            ? 'pid'
            : 'time',
        structure.levelSeverityFromInfo === true,
        structure.versionAfterLevel,
        out,
      );
    } else if (structure.levelMormot === true) {
      mormotInColumn(raw, column, structure.levelMormotThread === true, out);
    } else if (structure.levelNumbers === true) {
      const level = pythonLevelNumber(numberField(raw, column));
      if (level !== undefined)
        setLevel(out, level, column, fieldStart[column] as number, fieldEnd[column] as number, true);
    } else if (column >= 0) {
      provenCuts = structure.ordinaryWords?.mark === WORD_BARE;
      // A deep column holds a level only where its learner would have found one (`deepLevelField`).
      if (structure.levelDeep !== true || deepLevelField(raw, out) === structure.levelAfterTime)
        findLevel(raw, out, column, true);
      if (structure.letterBeforeLocation === true && !opensLoggerLocation(raw, out.levelEnd + 1))
        out.level = undefined;
      if (out.level === undefined && structure.levelDeep !== true) compoundLevelInField(raw, column, out);
    }
  } finally {
    vouched = false;
    marks = false;
    provenCuts = false;
  }
  const ordinary = structure.ordinaryWords;
  if (column >= 0 && out.level === undefined && ordinary !== undefined) {
    const kind =
      ordinary.mark === WORD_BARE
        ? bareWordKind(raw, column)
        : ordinary.mark === WORD_BRACKETED
          ? bracketedWordKind(raw, column)
          : markedWordKind(raw, column);
    if (kind === ordinary.mark) {
      const a = fieldStart[column] as number;
      const end = wordEnd(raw, a);
      if (ordinary.words.some((word) => word.length === end - a && raw.startsWith(word, a)))
        setLevel(out, 'INFO', column, a, end, false);
    }
  }
  if (column >= 0 && out.level === undefined && isLetterField(raw, column))
    out.columnEnd = fieldEnd[column] as number;
  // Beside G4KLX's letters, the one other opening a line (DVM's `A:`) is a record's kind, no level.
  if (out.level !== undefined && out.levelStart === 0 && isRecordKindLetter(raw, structure)) {
    out.level = undefined;
    out.columnEnd = 2;
  }
  if (structure.shape < 0 && out.level === undefined) return false;
  // A source whose lines do not all carry it may still write a time after its level: a time of day,
  // or any dated shape of the table (`INFO:     [19-11-2026 13:25:51] text`), in the next field.
  if (structure.shape < 0 && column === 0) {
    // A time of day alone after `LEVEL:` or `[LEVEL]` is the text's in a source that learned no time
    // there (`ERROR: 12:00:00 is not a valid time`); Python's `%(levelname)s:\t%(asctime)s` learns it,
    // and a source whose sample writes it on some lines keeps it (a script's timed and untimed echoes).
    timeOfDayAfterMarkedLevel = structure.timeAfterLevelSometimes === true;
    try {
      if (timeOfDayAfterLevel(raw, 1) || datedAfterLevel(raw, out, 1)) findTime(raw, ctx, out, -1, 1);
      // The same apart from the level by a lone dash or bar (Python's `%(levelname)s - %(asctime)s`).
      else if (isLoneJoiner(raw, 1) && datedAfterLevel(raw, out, 2)) findTime(raw, ctx, out, -1, 2);
    } finally {
      timeOfDayAfterMarkedLevel = true;
    }
  }
  placedSpellings = structure.weakSpellingsAreNames !== true;
  severeNames = structure.severeWordsAreNames === true;
  g4klxLetters = structure.openingLettersNoLevels !== true;
  try {
    // GLib's unmarked level before its time (`rauc-DEBUG: 07:21:44.105: `), per line as in `scanHeader`.
    if (out.level === undefined && searchLevel && (out.shape < 0 || !glibLevel(raw, out)))
      findLevel(raw, out, -1, false);
  } finally {
    placedSpellings = true;
    severeNames = false;
    g4klxLetters = true;
  }
  takeCommaJoinedName(raw, out);
  placeLevel(out);
  return true;
}

const severeNameHeader = emptyHeader();

/**
 * Where `raw`, in a source whose bracket after the time holds names (`severeWordsAreNames`), opens
 * that bracket with a title-case syslog-only word in it (`[Alert]`): a sender's name, which a fixed
 * reading took for a FATAL level; else -1.
 */
export function severeNameAt(raw: string, structure: Structure, ctx: TimeContext): number {
  if (structure.severeWordsAreNames !== true) return -1;
  lastSteps = 0;
  clearHeader(severeNameHeader);
  splitFields(raw);
  findTime(raw, ctx, severeNameHeader, structure.shape, structure.timeField);
  const word = bracketAfterTime(raw, severeNameHeader);
  return word !== undefined && isNameLikeSevere(word)
    ? (fieldStart[fieldAt(severeNameHeader.timeEnd)] as number) - 1
    : -1;
}

/**
 * True when the line's first field, in a source whose level opens the line padded before a colon
 * standing apart (`INFO     : APP [10:40:01:123]`, Python's `%(levelname)-8s: `), is a word in
 * capitals glued to that colon and a space (`CRITICAL: `, `EXCEPTION: `): the widest word fills the
 * pad, so the colon is no field of its own and the time stands one field earlier than learned. The
 * level column may be unlearned (words of the product's own beside the levels).
 */
function fillsLevelPad(raw: string, structure: Structure): boolean {
  if (structure.levelField > 0 || structure.levelAfterTime >= 0 || structure.timeField < 2) return false;
  const end = fieldEnd[0] as number;
  if (fieldCount < 2 || raw.charCodeAt(end - 1) !== 58 || raw.charCodeAt(end) !== 32) return false;
  return end - 1 >= 4 && isUpperRun(raw, 0, end - 1);
}

/**
 * True when `raw` has the learned structure's timestamp, in its shape, in its field: a line that
 * starts an event of that source. (The agent's multiline `auto` joins the other lines to it.)
 */
export function startsLikeStructure(raw: string, structure: Structure, ctx: TimeContext): boolean {
  if (structure.shape < 0) return false;
  lastSteps = 0;
  // Only the fields up to the timestamp's: the agent asks this of every line of a file.
  splitFields(raw, Math.min(structure.timeField + 1, HEADER_FIELDS));
  if (structure.timeField >= fieldCount) return false;
  const start = fieldStart[structure.timeField] as number;
  if (tryShape(raw, structure.shape, start, ctx)) return true;
  if (fillsLevelPad(raw, structure))
    return tryShape(raw, structure.shape, fieldStart[structure.timeField - 1] as number, ctx);
  // glog/klog: the level letter glued before the date; WPP: `pid.tid::`.
  if (structure.timeField === 0 && tryShape(raw, structure.shape, start + 1, ctx)) return true;
  const traced = structure.timeField <= 1 ? tracePrefixEnd(raw, structure.timeField) : -1;
  if (traced >= 0 && tryShape(raw, structure.shape, traced, ctx)) return true;
  // The year-first class glued after `::` or `@`.
  const glued =
    structure.shape === YEAR_FIRST_SHAPE
      ? gluedYearFirst(raw, start, fieldEnd[structure.timeField] as number)
      : -1;
  return glued >= 0 && tryShape(raw, structure.shape, glued, ctx);
}
