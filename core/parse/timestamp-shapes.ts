/**
 * Timestamp shapes, table-driven: each shape is a layout (`yyyy-MM-dd HH:mm:ss`, `MMM d, yyyy
 * h:mm:ss a`, …) compiled once into a list of steps, or a scanner that was written by hand. The
 * structure finder (`structure.ts`) tries them at the start of a line's header fields; a learned
 * source runs the one shape it found, at the one place it found it.
 *
 * Layout letters: `yyyy` `yy` year, `MM` `M` month (2 / 1–2 digits), `MMM` month name, `dd` `d` day
 * (`d` may be space-padded), `HH` `H` hour, `hh` `h` 12-hour clock with `a` (AM/PM), `mm` `m`
 * minute, `ss` `s` second, `SSS` three digits of milliseconds with no mark before them, `S` an optional fraction (`.123`, `,123456`, or `:123` where the layout
 * says `:S`, only `.123` where it says `.S`), `EEE` a weekday name, `Z` an optional zone (`Z`, `±hh:mm`, ` ±hhmm`, ` UTC`). Any
 * other character stands for itself. A shape without a year takes the year that puts the time at
 * or before the reference (the time the line was received); one without a date, the last such time
 * of day before it.
 *
 * A joiner or fraction mark one product chose is no reason for a row: after every row comes
 * `yearFirstShape`, which reads any year-first date joined to its time by any usual separator
 * (`20260904-12:12:31-299`, `2026-11-30_12:00:01.123+0100`); a source whose lines open with a
 * numeric date with its year last, joined the same way, learns `yearLastShape`. Add a layout only for
 * what they cannot read (month names, one-digit fields, a time without seconds per line).
 */

import { acceptedEventTimes, DEFAULT_RETENTION_DAYS } from '../retention.ts';
import {
  digits,
  isCommaFraction,
  isCompactDate,
  isDigit,
  isLetter,
  isLowerHexDigit,
  key3,
  monthAt,
  twoDigitYear,
  validDateTime,
  WEEKDAYS,
  wallUtc,
  writtenYear,
} from './calendar.ts';
import { scanDayCount } from './day-count-shape.ts';
import {
  parseTimestampText,
  readZoneAt,
  scanEpochNumber,
  scanTimestamp,
  type TimeContext,
  type TimeScan,
  yearlessInstant,
  zoneOfLastRead,
  zoneWasRead,
} from './timestamps.ts';
import { wallTimeToInstant, zoneOffset } from './zones.ts';

/** A date's order of day and month: unknown, day first (`25-11-2026`), month first (`11-25-2026`). */
export const NO_ORDER = 0;
export const DAY_FIRST = 1;
export const MONTH_FIRST = 2;
/**
 * The order of a source whose lines proved both orders of day and month: lines of several programs
 * under one source name (docker compose's merged output, a shared file). No order is its own, so
 * none is taken from one program's lines to misdate another's: the default order holds.
 */
export const BOTH_ORDERS = 3;
/** An order of day and month a date proves or a shape reads. */
export type DateOrder = typeof NO_ORDER | typeof DAY_FIRST | typeof MONTH_FIRST;
/** An order of day and month a source proved, `BOTH_ORDERS` included. */
export type SourceOrder = DateOrder | typeof BOTH_ORDERS;

/** One way a timestamp can be written. */
export interface TimestampShape {
  /** The layout, or a name for hand-written scanners (shown in what was learned). */
  readonly name: string;
  /** True when the shape can start with a digit (else it starts with a letter). */
  readonly digitFirst: boolean;
  /** Reads the shape at `i`; fills `out` (instant, index after it); false when it is not there. */
  scan(s: string, i: number, ctx: TimeContext, out: TimeScan): boolean;
}

const Op = {
  Year4: 0,
  Year2: 1,
  Month2: 2,
  Month12: 3,
  MonthName: 4,
  Day2: 5,
  Day12: 6,
  Hour2: 7,
  Hour12: 8,
  Minute2: 9,
  Minute12: 10,
  Second2: 11,
  Second12: 12,
  Fraction: 13,
  ColonFraction: 14,
  AmPm: 15,
  Weekday: 16,
  Zone: 17,
  Literal: 18,
  Spaces: 19,
  Millis3: 20,
  DotFraction: 21,
  DashFraction: 22,
} as const;
type Op = (typeof Op)[keyof typeof Op];

interface Step {
  readonly op: Op;
  readonly char: number;
}

const TOKENS: ReadonlyArray<readonly [string, Op]> = [
  ['yyyy', Op.Year4],
  ['yy', Op.Year2],
  ['MMM', Op.MonthName],
  ['MM', Op.Month2],
  ['M', Op.Month12],
  ['dd', Op.Day2],
  ['d', Op.Day12],
  ['HH', Op.Hour2],
  ['H', Op.Hour12],
  ['hh', Op.Hour2],
  ['h', Op.Hour12],
  ['mm', Op.Minute2],
  ['m', Op.Minute12],
  ['ss', Op.Second2],
  ['s', Op.Second12],
  ['SSS', Op.Millis3],
  [':S', Op.ColonFraction],
  // Only after a dot: where a comma would end a column (after a year written last).
  ['.S', Op.DotFraction],
  // Required, after a dash: milliseconds or microseconds (`dashFractionEnd`).
  ['-S', Op.DashFraction],
  ['S', Op.Fraction],
  ['a', Op.AmPm],
  ['EEE', Op.Weekday],
  ['Z', Op.Zone],
  [' ', Op.Spaces],
];

function compile(layout: string): Step[] {
  const steps: Step[] = [];
  let i = 0;
  outer: while (i < layout.length) {
    for (const [token, op] of TOKENS) {
      if (layout.startsWith(token, i)) {
        steps.push({ op, char: 0 });
        i += token.length;
        continue outer;
      }
    }
    steps.push({ op: Op.Literal, char: layout.charCodeAt(i) });
    i++;
  }
  return steps;
}

// The fields a layout fills while it is read; reset per attempt.
let year = -1;
let month = -1;
let day = -1;
let hour = -1;
let minute = -1;
let second = -1;
let millis = 0;
let pm = -1;
let zoned = false;
let zoneMs = 0;
/** A zone named after the time (`Europe/Warsaw`), '' when none: it reads the wall time in place of the context's. */
let namedZone = '';

/** Reads 1 or 2 digits at `i`; returns the index after them, value in `value2`, or -1. */
let value2 = 0;
function readOneOrTwo(s: string, i: number): number {
  const a = s.charCodeAt(i);
  if (!isDigit(a)) return -1;
  const b = s.charCodeAt(i + 1);
  if (isDigit(b)) {
    value2 = (a - 48) * 10 + b - 48;
    return i + 2;
  }
  value2 = a - 48;
  return i + 1;
}

function readFractionAt(s: string, i: number, colon: boolean): number {
  const c = s.charCodeAt(i);
  if (colon ? c !== 58 : c !== 46 && c !== 44) return i;
  if (c === 44 ? !isCommaFraction(s, i) : !isDigit(s.charCodeAt(i + 1))) return i;
  return readFractionDigits(s, i + 1);
}

/**
 * Where a fraction after a dash at `i` ends (`millis` set), else -1: exactly three digits
 * (milliseconds) or six (microseconds, C's `tv_usec` printed `%06u`, as libgnunetutil's log writes
 * `%b %d %H:%M:%S-%06u`). Two or four digits are an offset (`-08`, `-0800`), another count an id
 * or a counter, and digits going on as a number (`-123-456`, `-402918.5`) are the text's.
 */
function dashFractionEnd(s: string, i: number): number {
  if (s.charCodeAt(i) !== 45) return -1;
  let k = i + 1;
  while (isDigit(s.charCodeAt(k))) k++;
  const n = k - i - 1;
  return (n === 3 || n === 6) && !numberGoesOn(s, k) ? readFractionDigits(s, i + 1) : -1;
}

/** Reads the digits of a fraction at `i` into `millis` (cut to the millisecond); returns the index after them. */
function readFractionDigits(s: string, i: number): number {
  let j = i;
  let scale = 100;
  let ms = 0;
  while (isDigit(s.charCodeAt(j))) {
    if (scale >= 1) ms += (s.charCodeAt(j) - 48) * scale;
    scale /= 10;
    j++;
  }
  millis = Math.floor(ms);
  return j;
}

/**
 * After a month's or a weekday's first three letters, the end of its name: written in full
 * (`November`, `Monday`) as well as abbreviated (`Nov`, `Mon`).
 */
function afterName(s: string, j: number): number {
  let k = j;
  while (k - j < 6 && s.charCodeAt(k) >= 97 && s.charCodeAt(k) <= 122) k++;
  return k === j || FULL_NAMES.has(s.slice(j - 3, k).toLowerCase()) ? k : j;
}

const FULL_NAMES: ReadonlySet<string> = new Set([
  ...['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'sept'],
  ...['october', 'november', 'december'],
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
]);

/** Runs the steps at `i`; returns the index after the timestamp, or -1. */
function run(steps: readonly Step[], s: string, i: number): number {
  year = -1;
  month = -1;
  day = -1;
  hour = -1;
  minute = -1;
  second = -1;
  millis = 0;
  pm = -1;
  zoned = false;
  zoneMs = 0;
  namedZone = '';
  let j = i;
  for (const step of steps) {
    switch (step.op) {
      case Op.Year4:
        // A year written after the time is 1970–2099, as after syslog's: else a count (`… 14:02:11 4096 bytes`).
        year = hour < 0 ? digits(s, j, 4) : writtenYear(s, j);
        if (year < 0) return -1;
        j += 4;
        break;
      case Op.Year2: {
        const yy = digits(s, j, 2);
        if (yy < 0) return -1;
        year = twoDigitYear(yy);
        j += 2;
        break;
      }
      case Op.MonthName:
        month = monthAt(s, j);
        if (month === 0) return -1;
        j = afterName(s, j + 3);
        break;
      case Op.Month2:
        month = digits(s, j, 2);
        if (month < 0) return -1;
        j += 2;
        break;
      case Op.Day2:
        day = digits(s, j, 2);
        if (day < 0) return -1;
        j += 2;
        break;
      case Op.Hour2:
        hour = digits(s, j, 2);
        if (hour < 0) return -1;
        j += 2;
        break;
      case Op.Minute2:
        minute = digits(s, j, 2);
        if (minute < 0) return -1;
        j += 2;
        break;
      case Op.Second2:
        second = digits(s, j, 2);
        if (second < 0) return -1;
        j += 2;
        break;
      case Op.Month12:
      case Op.Day12:
      case Op.Hour12:
      case Op.Minute12:
      case Op.Second12: {
        if (step.op === Op.Day12 && s.charCodeAt(j) === 32) j++;
        j = readOneOrTwo(s, j);
        if (j < 0) return -1;
        if (step.op === Op.Month12) month = value2;
        else if (step.op === Op.Day12) day = value2;
        else if (step.op === Op.Hour12) hour = value2;
        else if (step.op === Op.Minute12) minute = value2;
        else second = value2;
        break;
      }
      case Op.Fraction:
        j = readFractionAt(s, j, false);
        break;
      case Op.ColonFraction:
        j = readFractionAt(s, j, true);
        break;
      case Op.DotFraction:
        if (s.charCodeAt(j) === 46) j = readFractionAt(s, j, false);
        break;
      case Op.DashFraction:
        j = dashFractionEnd(s, j);
        if (j < 0) return -1;
        break;
      case Op.Millis3:
        millis = digits(s, j, 3);
        if (millis < 0) return -1;
        j += 3;
        break;
      case Op.AmPm: {
        const a = s.charCodeAt(j) | 32;
        if ((a !== 97 && a !== 112) || (s.charCodeAt(j + 1) | 32) !== 109) return -1;
        pm = a === 112 ? 1 : 0;
        j += 2;
        break;
      }
      case Op.Weekday:
        if (!WEEKDAYS.has(key3(s, j))) return -1;
        j = afterName(s, j + 3);
        break;
      case Op.Zone:
        // A layout may offer a zone twice (before and after a year written last): the first one
        // read counts (an offset or a name), and after it the second place is not read.
        if (zoned || namedZone !== '') break;
        j = readZoneAt(s, j, year < 0);
        zoned = zoneOfLastRead.has;
        zoneMs = zoneOfLastRead.ms;
        namedZone = zoneOfLastRead.name;
        break;
      case Op.Spaces:
        if (!isLayoutSpace(s.charCodeAt(j))) return -1;
        while (isLayoutSpace(s.charCodeAt(j))) j++;
        break;
      case Op.Literal:
        if (s.charCodeAt(j) !== step.char) return -1;
        j++;
        break;
    }
  }
  // A timestamp ends at a word boundary: `12:00:00abc` is not one.
  const after = s.charCodeAt(j);
  if (isDigit(after) || isLetter(after)) return -1;
  return j;
}

/**
 * A space in a layout: ` `, or the no-break spaces ICU writes in dates and times (Node 20 and later
 * put U+202F before `AM`/`PM` in `toLocaleString('en-US')`).
 */
function isLayoutSpace(c: number): boolean {
  return c === 32 || c === 0x202f || c === 0xa0;
}

const DAY = 86_400_000;
/** A time of day without a date may be this far after the reference (clocks differ a little). */
const TIME_ONLY_AHEAD = 10 * 60_000;

function instant(ctx: TimeContext, y: number, mo: number, d: number, h: number): number {
  if (!validDateTime(y, mo, d, h, minute, second)) return Number.NaN;
  const wall = wallUtc(y, mo, d, h, minute, second, millis);
  return zoned ? wall - zoneMs : wallTimeToInstant(namedZone || ctx.zone, wall);
}

/** The instant the fields read describe, completed from the reference where they lack a year or date. */
function resolve(ctx: TimeContext): number {
  let h = hour;
  if (pm >= 0) {
    if (h < 1 || h > 12) return Number.NaN;
    h = (h % 12) + (pm === 1 ? 12 : 0);
  }
  if (minute < 0) minute = 0;
  if (second < 0) second = 0;
  if (month >= 0 && year >= 0) return instant(ctx, year, month, day, h);
  const ref = ctx.receivedAt;
  const local = new Date(ref + (zoned ? zoneMs : zoneOffset(namedZone || ctx.zone, ref)));
  if (month < 0) {
    // Time of day only: the last such time before the reference.
    let t = instant(ctx, local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate(), h);
    if (t > ref + TIME_ONLY_AHEAD) t -= DAY;
    return t;
  }
  return yearlessInstant((y) => instant(ctx, y, month, day, h), local.getUTCFullYear(), ref);
}

function layoutShape(layout: string): TimestampShape {
  const steps = compile(layout);
  const first = layout.charCodeAt(0);
  return {
    name: layout,
    digitFirst: !(first === 77 && layout.startsWith('MMM')) && first !== 69,
    scan: (s, i, ctx, out) => readLayout(steps, s, i, ctx, out),
  };
}

/** `layout` read only where `fits` accepts what follows the text it read (`s` from `end`). */
function endCheckedShape(layout: string, fits: (s: string, end: number) => boolean): TimestampShape {
  const shape = layoutShape(layout);
  return {
    ...shape,
    scan: (s, i, ctx, out) => shape.scan(s, i, ctx, out) && fits(s, out.end),
  };
}

/**
 * `layout` read only where a space or a tab follows: a stamp written as file names write it is,
 * opening a listing line, part of the name (`20261120_124745.tar.gz`, `…_full.sql`), or the name
 * itself when alone on its line (`ls -1` of folders named by their time).
 */
function fileStampShape(layout: string): TimestampShape {
  return endCheckedShape(layout, (s, end) => {
    const c = s.charCodeAt(end);
    return c === 32 || c === 9;
  });
}

/**
 * `layout` of doubled colons (`HH::mm::ss`) read only where no `::` follows its seconds: a run that
 * goes on (`11::22::33::44`) is a dump or an address's groups, no clock; nor an AM or PM, which the
 * 12-hour layout after it reads (`10::02::44 PM` is no morning).
 */
function doubledColonShape(layout: string): TimestampShape {
  return endCheckedShape(layout, (s, e) => {
    if (s.charCodeAt(e) === 58 && s.charCodeAt(e + 1) === 58) return false;
    const a = s.charCodeAt(e + 1) | 32;
    const meridiem = (a === 97 || a === 112) && (s.charCodeAt(e + 2) | 32) === 109;
    return !(s.charCodeAt(e) === 32 && meridiem && !isLetter(s.charCodeAt(e + 3)));
  });
}

/**
 * `MMM d HH:mm` with no year and no seconds, read only where it closes the bracket that opens the
 * line (its `]` the line's first): a bracketed stamp whose bracket ends with its minute. mprime's and
 * Prime95's screen output (`RealOutputStr` in `linux64/prime.c` prints `[Main thread`, `[Comm
 * thread`, `[Worker` or `[Worker #%d` and the text's own `[Mon d HH:MM] ` after a space, its `[`
 * dropped): `[Worker #1 Feb 14 05:48] Worker starting`. Elsewhere `Nov 30 20:14` is a syslog date cut
 * short or a date in prose, and stays text.
 */
const BRACKET_MINUTE = 'MMM d HH:mm';
const BRACKET_MINUTE_SHAPE = endCheckedShape(
  BRACKET_MINUTE,
  (s, end) => s.charCodeAt(end) === 93 && s.charCodeAt(0) === 91 && s.indexOf(']') === end,
);

/** The name of the time of day to the minute, learned only (`fitsElapsedClock`). */
const MINUTE_TIME_OF_DAY = 'HH:mm';

/** The name of the dotted time of day (`dottedTimeOfDayShape`). */
const DOTTED_TIME_OF_DAY = 'HH.mm.ss';

/**
 * `HH.mm.ss`, a time of day with dots and no date, read only opening the line or after a name (a
 * field before it opening with a letter, as a logger's does), where a space or a tab follows and no
 * time of day after it (`05.11.26 14:02:11`: a `dd.MM.yy` date's own time). After a number
 * (`08/12 01.02.09`: a ratio and a version) it is no time; an address or a version goes on after its
 * third number (`10.11.12.13`, `1.12.3`, `23.10.01-rc1`).
 */
function dottedTimeOfDayShape(): TimestampShape {
  const shape = layoutShape(DOTTED_TIME_OF_DAY);
  return {
    ...shape,
    scan(s, i, ctx, out) {
      if (i > 0 && !followsName(s, i)) return false;
      if (!shape.scan(s, i, ctx, out)) return false;
      const end = out.end;
      const c = s.charCodeAt(end);
      if (c !== 32 && c !== 9) return false;
      const h = isDigit(s.charCodeAt(end + 2)) ? end + 2 : end + 1;
      return !(isDigit(s.charCodeAt(end + 1)) && s.charCodeAt(h) === 58 && isDigit(s.charCodeAt(h + 1)));
    },
  };
}

/** True when a space or a tab stands before `i` and the field before it opens with a letter. */
function followsName(s: string, i: number): boolean {
  const c = s.charCodeAt(i - 1);
  if (c !== 32 && c !== 9) return false;
  let k = i - 1;
  while (k > 0 && (s.charCodeAt(k - 1) === 32 || s.charCodeAt(k - 1) === 9)) k--;
  while (k > 0 && s.charCodeAt(k - 1) !== 32 && s.charCodeAt(k - 1) !== 9) k--;
  return isLetter(s.charCodeAt(k));
}

/**
 * TinyMUX's log stamp (`start_log` in `log.cpp`, `"%d.%02d%02d:%02d%02d%02d "`:
 * `2026.1130:110247 MudName NET/CONN : text`), then a space; its dot and colon are looked at before
 * the layout is run, as most text at a digit has neither there.
 */
function tinyMuxStampShape(): TimestampShape {
  const shape = fileStampShape(TINYMUX_STAMP);
  return {
    ...shape,
    scan: (s, i, ctx, out) =>
      s.charCodeAt(i + 4) === 46 && s.charCodeAt(i + 9) === 58 && shape.scan(s, i, ctx, out),
  };
}

/**
 * `yyyyMMdd-HHmmss` read only with its fraction (`20261126-031502.114`, reSIProcate's stamp between
 * pipes), and the same compact stamp joined by a slash (`20261130/111204.077`, Automic's work-process
 * log): without one, 8 and 6 digits joined by a dash or a slash are as often a build's or an order's
 * id or a path (`built at 20221212-110512`, `O-20261120-143001`, `/20261120/143001`), and a dot and
 * digits after them are a fraction only before a space, a tab, `|`, `]` or the end.
 */
function dashStampShape(layout: string): TimestampShape {
  const shape = layoutShape(layout);
  return {
    ...shape,
    scan(s, i, ctx, out) {
      if (s.charCodeAt(i + 15) !== 46 || !shape.scan(s, i, ctx, out) || out.end < i + 17) return false;
      const c = s.charCodeAt(out.end);
      return c === 32 || c === 9 || c === 124 || c === 93 || Number.isNaN(c);
    },
  };
}

/**
 * A compact date, a space and a compact time with its hundredths glued to the seconds, then a space:
 * `yyMMdd HHmmsscc` (Micro Focus Enterprise Server's console log, `261130 04000618  3104 ESMFG01
 * CASCD0167I text`) and `yyyyMMdd HHmmsscc` (mORMot's `TSynLog`, whose `ToLogTime` writes
 * `20110325 19241502` before its level column, `20261127 21300512  ! info  text`). Learned only, as
 * 6 or 8 digits and 8 more are as often two counters.
 */
function centisecondStampShape(dateLayout: 'yyMMdd' | 'yyyyMMdd'): TimestampShape {
  const shape = layoutShape(`${dateLayout} HHmmss`);
  const space = dateLayout.length;
  const seconds = space + 7;
  return {
    name: `${dateLayout} HHmmsscc`,
    digitFirst: true,
    scan(s, i, ctx, out) {
      const hundredths = digits(s, i + seconds, 2);
      const c = s.charCodeAt(i + seconds + 2);
      if (hundredths < 0 || (c !== 32 && c !== 9) || s.charCodeAt(i + space) !== 32) return false;
      // The layout ends at a word boundary: read it on its own, the hundredths after it.
      if (!shape.scan(s.slice(i, i + seconds), 0, ctx, out)) return false;
      out.ms += hundredths * 10;
      out.end = i + seconds + 2;
      return true;
    },
  };
}

/**
 * A compact date, a space and a compact time, its fraction optional (`20261129 071502.334`: logback's
 * or log4j's `%d{yyyyMMdd HHmmss.SSS}`, `SimpleDateFormat("yyyyMMdd HHmmss")`, PHP's
 * `date('Ymd His')`, moment's `YYYYMMDD HHmmss`). Like the underscore-joined stamp, only opening a
 * line (`LINE_START_SHAPES`) and before a space or a tab, and as two bare numbers, as an epoch, only
 * 2000 to 2100: `11111111 111111` is an id pair, not the year 1111.
 */
function compactSpacedShape(): TimestampShape {
  const shape = fileStampShape(COMPACT_SPACED);
  return { ...shape, scan: (s, i, ctx, out) => shape.scan(s, i, ctx, out) && isPlausibleStampTime(out.ms) };
}

/** Reads compiled layout `steps` at `i` into `out`; false when they do not fit or name no instant. */
function readLayout(steps: readonly Step[], s: string, i: number, ctx: TimeContext, out: TimeScan): boolean {
  const end = run(steps, s, i);
  return end >= 0 && resolveInto(ctx, end, out);
}

/** The instant of the fields read into `out`, with `end`; false when they name none. */
function resolveInto(ctx: TimeContext, end: number, out: TimeScan): boolean {
  const ms = resolve(ctx);
  if (Number.isNaN(ms)) return false;
  out.ms = ms;
  out.end = end;
  return true;
}

/**
 * `dayFirst`, or the same date written year first (`yy-MM-dd`, the reverse of `dd-MM-yy`; `yy.M.d`,
 * Go's `06.01.02`, the reverse of `d.M.yy`): two digit years leave both readings open, years apart.
 * A day-first reading inside the window the time-range check accepts (`acceptedEventTimes` with the
 * default retention: from retention before the line arrived to a day after) is kept, and only then
 * is the other layout run; when only the year-first reading lies inside it, that one is taken
 * (`26.11.30` is 2026-11-30, not 2030-11-26). When neither does, the one nearest the arrival that is
 * not more than a day ahead of it (`25-06-03` is 2025-06-03, not 2003-06-25); the time-range check
 * then flags it and keeps its text. Both readings inside the window are one date (`26.11.26`). Only
 * a line the day-first layout reads tries the other, and each line settles alone. The two readings
 * share their month and lie whole years apart, so a deployment's own retention would choose
 * otherwise only when it keeps a year or more: there a day-first date about a year old whose day is
 * this year's two digits (`26.11.25`, 26 November 2025, read in December 2026) reads as this
 * year's (2026-11-25), as it does anywhere in a replay of a year-old file, believed, not flagged.
 */
function eitherOrderShape(dayFirst: string, yearFirst: string): TimestampShape {
  const daySteps = compile(dayFirst);
  const yearSteps = compile(yearFirst);
  return {
    name: dayFirst,
    digitFirst: true,
    scan(s, i, ctx, out) {
      if (!readLayout(daySteps, s, i, ctx, out)) return false;
      const ms = out.ms;
      const window = acceptedEventTimes(ctx.receivedAt, DEFAULT_RETENTION_DAYS);
      if (ms >= window.from && ms <= window.to) return true;
      const otherEnd = run(yearSteps, s, i);
      if (otherEnd < 0) return true;
      const other = resolve(ctx);
      // Past the window's end (a day after arrival) a reading is one of a date's other orders.
      if (Number.isNaN(other) || other > window.to) return true;
      if (
        (other >= window.from && other <= window.to) ||
        ms > window.to ||
        Math.abs(other - ctx.receivedAt) < Math.abs(ms - ctx.receivedAt)
      ) {
        out.ms = other;
        out.end = otherEnd;
      }
      return true;
    },
  };
}

/**
 * The instants a stamp of bare numbers may denote, 2000 up to 2100 (an epoch, a TAI64N label): other
 * numbers of those lengths are ids, sizes and counters.
 */
export function isPlausibleStampTime(ms: number): boolean {
  return ms >= 946_684_800_000 && ms < 4_102_444_800_000;
}

/**
 * Epoch seconds (10 digits), ms (13), µs (16) or ns (19), optionally with a fraction, as a whole token;
 * also in exponent notation, the whole part written in full (`1.7954337096957021e+09`: zap's epoch
 * encoders before zap 1.22, controller-runtime's default logger). Read from the digits (`scanEpochNumber`).
 */
const epochShape: TimestampShape = {
  name: 'epoch',
  digitFirst: true,
  scan(s, i, _ctx, out) {
    const n = scanEpochNumber(s, i, epochRead);
    if (n !== 10 && n !== 13 && n !== 16 && n !== 19) return false;
    const after = s.charCodeAt(epochRead.end);
    if (isDigit(after) || isLetter(after) || after === 46) return false;
    if (!isPlausibleStampTime(epochRead.ms)) return false;
    out.ms = epochRead.ms;
    out.end = epochRead.end;
    return true;
  },
};
const epochRead: TimeScan = { ms: 0, end: 0 };

/**
 * Eclipse 4diac FORTE's devlog stamp, `INFO: T#1795996721000000123: text`: `devlog.cpp` prints the
 * level, `": "`, `getRealtimeString()` and `": "`, and `plainTimeString.cpp` (2024 on) writes that as
 * `"T#" << getNanoSecondsRealtime()`, the wall clock's nanoseconds since 1970 (`system_clock`,
 * `CLOCK_REALTIME`). Older FORTE printed `getNanoSecondsMonotonic()` there (`"%s: T#%" PRIuFAST64
 * ": %s"`): nanoseconds since boot, never 19 digits of 2000 to 2100, so left as text. Only 19 digits
 * then the `:`, and only after the line's opening level (`followsLevelColon`); IEC 61131-3's `T#5s`
 * durations have a unit.
 */
const forteRealtimeShape: TimestampShape = {
  name: 'T#epoch ns',
  digitFirst: false,
  scan(s, i, _ctx, out) {
    if (s.charCodeAt(i) !== 84 || s.charCodeAt(i + 1) !== 35 || !followsLevelColon(s, i)) return false;
    if (scanEpochNumber(s, i + 2, epochRead) !== 19 || s.charCodeAt(epochRead.end) !== 58) return false;
    if (!isPlausibleStampTime(epochRead.ms)) return false;
    out.ms = epochRead.ms;
    out.end = epochRead.end;
    return true;
  },
};

/** Fewest and most letters of a devlog level (`devlog.cpp`'s `INFO` … `WARNING`). */
const FORTE_LEVEL_LETTERS = [4, 7] as const;

/**
 * `i` is where `devlog.cpp` writes the stamp: right after the line's opening level word and `": "`
 * (`INFO: T#…`), or opening the line. The same digits later in a line are the text's
 * (`retry T#1795996721000000123: x`).
 */
function followsLevelColon(s: string, i: number): boolean {
  if (i === 0) return true;
  const letters = i - 2;
  if (letters < FORTE_LEVEL_LETTERS[0] || letters > FORTE_LEVEL_LETTERS[1]) return false;
  if (s.charCodeAt(i - 1) !== 32 || s.charCodeAt(i - 2) !== 58) return false;
  for (let k = 0; k < letters; k++) {
    const c = s.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** The first 8 hex digits of a TAI64 label from 1970 to 2106: 2^62 plus seconds under 2^32. */
const TAI64_ERA = '40000000';

/**
 * A TAI64N stamp, the daemontools family's (`multilog t`, runit's `svlogd -t`, s6-log `t`; qmail,
 * djbdns and other services run under them log through it): `@`, 16 lower-case hex digits of TAI64 label, 8 of
 * nanoseconds, then a space or the end. Converted as daemontools' `tai64nlocal` does (it subtracts
 * 4611686018427387914, libtai's `TAISHIFT`, `1970-01-01 00:00:10 TAI`): the label is 2^62 + 10 + the
 * Unix seconds, as multilog's and svlogd's `taia_now` write it, so the time is the logger's clock. Limit: skalibs
 * (s6-log) built without `--enable-tai-clock` adds the leap seconds since 1972 (27 today), and its
 * stamps read 27 s late. Only 2000 to 2100, as an epoch.
 */
const tai64nShape: TimestampShape = {
  name: 'tai64n',
  digitFirst: false,
  scan(s, i, _ctx, out) {
    if (s.charCodeAt(i) !== 64 || !s.startsWith(TAI64_ERA, i + 1)) return false;
    const end = i + 25;
    for (let k = i + 9; k < end; k++) if (!isLowerHexDigit(s.charCodeAt(k))) return false;
    if (end < s.length && s.charCodeAt(end) !== 32) return false;
    const seconds = Number.parseInt(s.slice(i + 9, i + 17), 16) - 10;
    const nanos = Number.parseInt(s.slice(i + 17, end), 16);
    if (nanos >= 1_000_000_000) return false;
    const ms = seconds * 1000 + Math.floor(nanos / 1_000_000);
    if (!isPlausibleStampTime(ms)) return false;
    out.ms = ms;
    out.end = end;
    return true;
  },
};

/** The shapes `scanTimestamp` already reads (ISO 8601, syslog, ctime, CLF, …), as one entry. */
const knownShapes: TimestampShape = {
  name: 'iso/syslog/ctime/clf',
  digitFirst: true,
  scan: scanTimestamp,
};
const knownLetterShapes: TimestampShape = { ...knownShapes, digitFirst: false };

/**
 * Each layout below is what a widely used logger or tool writes by default (the comment says
 * which), most specific first.
 */
const LAYOUT_SHAPES: readonly TimestampShape[] = [
  layoutShape('yyyy.MM.dd HH:mm:ssSZ'), // dotted dates
  layoutShape('yyyy.MM.dd-HH.mm.ssSZ'), // dotted date, dotted time
  layoutShape('yyyy.MM.dd-HH.mm.ss:SZ'), // the same, colon before the fraction (Unreal Engine)
  layoutShape('yyyy/MM/dd-HH:mm:ssSZ'), // LevelDB, RocksDB
  layoutShape('yyyy:MM:dd HH:mm:ssSZ'), // colons in the date: EXIF and TIFF's DateTime, exiftool
  layoutShape('yyyy:MM:dd-HH:mm:ssSZ'), // the same, a dash before the time (Astaro / Sophos UTM)
  layoutShape('yyyy-MM-dd.HH:mm:ssSZ'), // zpool history
  layoutShape('yyyy-MM-dd-HH.mm.ssSZ'), // DB2, IBM
  layoutShape('yyyy-MM-dd_HH:mm:ssSZ'), // file-name style
  layoutShape('yyyy-MM-dd HH-mm-ssSZ'), // dashes in the time too, as file names write it (Snapcast)
  layoutShape('yyyy-MM-dd HH:mm:ss:SZ'), // colon before the fraction
  layoutShape('yyyyMMdd-H:m:s:SZ'), // compact, colon fraction
  layoutShape('yyyyMMdd-HH:mm:ssSZ'),
  layoutShape('yyyyMMdd HH:mm:ssSZ'),
  layoutShape('yyyyMMddTHHmmssSZ'), // ISO 8601 basic
  layoutShape('yyyyMMddHHmmssSSS'), // 17 digits, milliseconds glued on: Java's compact pattern, Osmocom
  layoutShape('yyyyMMddHHmmssSZ'), // 14 digits: grok's DATESTAMP_EVENTLOG, Windows event logs
  // A compact date and time joined by an underscore, as file names write them: WSJT-X's ALL.TXT
  // (`%y%m%d_%H%M%S`), Python's `%Y%m%d_%H%M%S` in scripts' logs. Like 17 digits, only opening a line.
  fileStampShape('yyyyMMdd_HHmmss'),
  fileStampShape('yyMMdd_HHmmss'),
  layoutShape('yyMMdd HH:mm:ssSZ'), // tornado, CockroachDB
  layoutShape('MMdd HH:mm:ssSZ'), // glog / klog (after the level letter)
  layoutShape('MMdd/HHmmssS'), // Chromium, Electron, CEF (`--enable-logging`)
  layoutShape('yyyy/MM/dd - HH:mm:ssSZ'), // date and time apart by ` - ` (Gin's request log)
  layoutShape('yyyy/MM/dd h:mmaZ'), // a date, then Go's time.Kitchen (zerolog's console writer)
  layoutShape('MM/dd/yyyy-HH:mm:ssSZ'), // Suricata's fast.log, Snort with -y
  layoutShape('MM/dd/yyyy:HH:mm:ssSZ'), // a colon before the time, as CLF's (Citrix ADC / NetScaler)
  layoutShape('MM/dd-HH:mm:ssSZ'), // Snort's fast alerts
  layoutShape('MM-dd HH:mm:ssSZ'), // Android logcat
  layoutShape('MM.dd HH:mm:ssSZ'),
  layoutShape('MM/dd HH:mm:ssSZ'),
  layoutShape('dd-MMM-yyyy HH:mm:ssSZ'), // Tomcat, BIND
  layoutShape('dd-MMM-yyyy:HH:mm:ssSZ'),
  layoutShape('dd-MMM-yyyy::HH:mm:ssSZ'), // Erlang/OTP's SASL reports
  layoutShape('dd-MMM-yyyyTHH:mm:ssSZ'), // logback's `%d{dd-MMM-yyyy'T'HH:mm:ss.SSS}` (GNU Taler's LibEuFin nexus)
  layoutShape('dd-MMM-yy HH:mm:ssSZ'), // the same, two-digit year (Oracle's DD-MON-YY, Python's %d-%b-%y)
  layoutShape('yyyy-MMM-dd HH:mm:ssSZ'), // Boost's posix_time (Boost.Log)
  layoutShape('yyyy-MM-dd h:mm:ss aZ'), // 12-hour clock after an ISO date (.NET, some locales)
  // European day-first with dashes. Not nearest the arrival, as the two-digit years are: day and month
  // readings lie months apart, so that would swap them between one line and the next of a source, and
  // in any replay of old lines; month first (below) only where the day, over 12, proves it.
  layoutShape('dd-MM-yyyy HH:mm:ssSZ'),
  // The same, two-digit year (Java's `dd-MM-yy`, game servers), or year first (Python's `%y-%m-%d`).
  eitherOrderShape('dd-MM-yy HH:mm:ssSZ', 'yy-MM-dd HH:mm:ssSZ'),
  layoutShape('M-d-yyyy H:mm:ssSZ'), // US month-first with dashes (grok's DATE_US), when the day is over 12
  layoutShape('dd/MMM/yyyy HH:mm:ssSZ'), // Python's http.server and werkzeug
  layoutShape('dd MM yyyy HH:mm:ssSZ'), // log4js's `DATE` pattern (Karma and other log4js users)
  layoutShape('yyyy MM dd HH:mm:ss:SZ'), // SAP's list log (NetWeaver AS Java, @sap/logging's ListLog)
  layoutShape('d MMM yyyy HH:mm:ssSZ'), // Redis
  layoutShape('d MMM yyyy, HH:mm:ssSZ'),
  layoutShape('d MMM HH:mm:ssSZ'), // day first, no year (Node-RED)
  layoutShape('M/d/yyyy h:mm:ss aZ'), // Windows event viewer, US locale
  layoutShape('M/d/yyyy H:mm:ssSZ'), // Akka, US
  layoutShape('M/d/yyyy h:mm aZ'), // US locale's short time, no seconds (.NET's `g`)
  layoutShape('M/d/yy H:mm:ss:SZ'), // WebSphere
  layoutShape('M/d/yy H:mm:ssSZ'),
  layoutShape('d.M.yyyy H:mm:ssSZ'), // European
  // European, two-digit year (German locale's short date), or year first (Go's `06.01.02`: nuclio).
  eitherOrderShape('d.M.yy H:mm:ssSZ', 'yy.M.d H:mm:ssSZ'),
  layoutShape('M.d.yy H:mm:ssSZ'), // the same digits month first, when the day is over 12
  layoutShape('yyyy-MM-dd HH:mmZ'), // ISO 8601 to the minute
  layoutShape('yyyy-MM-ddTHH:mmZ'),
  // The two-digit year to the minute, either order as above with seconds: Python's
  // `datefmt="%y-%m-%d %H:%M"` (pastas 2.0's `add_file_handlers`, its `info.log` and `errors.log`).
  eitherOrderShape('dd-MM-yy HH:mmZ', 'yy-MM-dd HH:mmZ'),
  layoutShape('d/M/yyyy h:mm:ss aZ'), // day first, 12-hour clock: .NET's `G` in en-GB, en-AU, en-IN
  layoutShape('d/M/yyyy H:mm:ssSZ'), // European, when the day is over 12
  layoutShape('h:mm:ss aZ'), // time of day, 12-hour clock: toLocaleTimeString() in en-US (Vite)
  layoutShape('H:mm:ssSZ'), // time of day only: log4j2 and logback defaults, Serilog, Elixir
  layoutShape('H:mm:ss:SZ'), // the same, colon before the fraction (Windows' debug logs)
  layoutShape('h:mma'), // time of day in minutes, Go's time.Kitchen (zerolog's console writer)
  layoutShape('MMM d, yyyy h:mm:ss a'), // java.util.logging, Tomcat's Catalina
  layoutShape('MMM d, yyyy H:mm:ssSZ'), // the same date, 24-hour clock
  layoutShape('EEE, MMM d, yyyy h:mm:ss aZ'), // .NET's long date and time (`F`), en-US
  layoutShape('MMM d yyyy HH:mm:ssSZ'), // syslog with a year
  // The year after the time, without a weekday (H3C and HPE Comware's log file, Cisco's with `service
  // timestamps … year`): the time may hold its milliseconds after a colon (`01:02:14:227 2026`).
  layoutShape('MMM d HH:mm:ssSZ yyyy'),
  layoutShape('MMM d HH:mm:ss:SZ yyyy'),
  layoutShape('MMM d HH:mm:ssSZ'),
  layoutShape('MMM-dd HH:mm:ssSZ'), // logback's `%d{MMM-dd HH:mm:ss.SSS}` (Nextflow)
  layoutShape('MMM-dd-yyyy HH:mm:ssSZ'), // the same with a year (FreeIPMI's SEL, its time in a column apart)
  // date(1), Java's Date.toString(); a fraction and a zone may follow the year, where a C program
  // appended them to strftime's `%c` or ctime's text (`… 15:05:56 2026.971995`, `… 2026.118Z`):
  // after a dot only, as `2026,200,GET` is a column of CSV-like text.
  layoutShape('EEE MMM d HH:mm:ssSZ yyyy.SZ'),
  layoutShape('EEE d MMM yyyy HH:mm:ssSZ'),
  // Day first with the year last: date(1) in en_GB and other locales, `%A %d %b %T %Y` (FIWARE Orion).
  layoutShape('EEE d MMM HH:mm:ssSZ yyyy.SZ'),
];

/**
 * The date part of each layout above that has one a number alone cannot be mistaken for (a year
 * and separators, or a month name: not `MMdd`, which a pid or a count also is), and a month name
 * glued to its day (`Nov27`).
 */
const DATE_LAYOUTS: readonly string[] = [
  ...new Set(
    LAYOUT_SHAPES.map((shape) => shape.name.slice(0, shape.name.search(/[Hh]/)).replace(/[ ,._:T/-]+$/, '')),
  ),
  'MMMd',
].filter((date) => date.length > 0 && (/MMM|EEE/.test(date) || /[^yMd]/.test(date)));
const DATE_STEPS = DATE_LAYOUTS.map((date) => ({
  steps: compile(date),
  digitFirst: !/^(MMM|EEE)/.test(date),
}));
// The last: JavaScript's Intl short time, to the minute (`M/d/yy, h:mm a`, `toLocaleString('en-US')`).
const TIME_OF_DAY_STEPS = ['h:mm:ss aZ', 'H:mm:ssSZ', 'H:mm:ss:SZ', 'h:mm aZ'].map(compile);

/**
 * After a date: spaces, at most one of `- , @ |` and spaces, one to five characters in all; or one
 * tab, as the W3C extended log format's tab-separated form writes its `date` and `time` fields.
 */
function afterDateSeparator(s: string, i: number): number {
  if (s.charCodeAt(i) === 9) return i + 1;
  let j = i;
  while (s.charCodeAt(j) === 32) j++;
  const c = s.charCodeAt(j);
  if (c === 45 || c === 44 || c === 64 || c === 124) j++;
  while (s.charCodeAt(j) === 32) j++;
  return j > i && j - i <= 5 ? j : -1;
}

/**
 * A date in any date layout of the table, then a time of day written apart from it, as no single
 * layout writes them (`11/28/2026 - 21:03:40`, `27.11.2026 | 14:02:11`, `Nov27 03:11:40`).
 */
function dateThenTimeShape(digitFirst: boolean, name: string): TimestampShape {
  return {
    name,
    digitFirst,
    scan(s, i, ctx, out) {
      for (const date of DATE_STEPS) {
        if (date.digitFirst !== digitFirst) continue;
        const dateEnd = run(date.steps, s, i);
        if (dateEnd < 0) continue;
        const [y, mo, d] = [year, month, day];
        const at = afterDateSeparator(s, dateEnd);
        const end = at < 0 ? -1 : timeOfDayEnd(s, at);
        if (end < 0) continue;
        year = y;
        month = mo;
        day = d;
        // A layout that read a date the calendar refuses (`28/11/2026` as M/d/yyyy), or only its
        // start (`28-11` of `28-11-2026` as MM-dd, no time after it), leaves the next one its turn.
        if (resolveInto(ctx, end, out)) return true;
      }
      return false;
    },
  };
}

/** Where a time of day at `at` ends (its fields set), in the first layout that reads it whole; else -1. */
function timeOfDayEnd(s: string, at: number): number {
  for (const time of TIME_OF_DAY_STEPS) {
    const end = run(time, s, at);
    // `08:04:40:281` goes on with a fraction the first layout does not read: the next one does.
    const goesOn = (s.charCodeAt(end) === 58 || s.charCodeAt(end) === 46) && isDigit(s.charCodeAt(end + 1));
    if (end >= 0 && !goesOn) return end;
  }
  return -1;
}

/** A numeric date that opens day first (`23/11/2026`, `23-11-26`, `23.11.2026`), or month first. */
const DAY_FIRST_DATE = /^dd?[-./]MM?[-./]/;
const MONTH_FIRST_DATE = /^MM?[-./]dd?[-./]/;

/**
 * Where the date after a time of day opening at `i` starts (`19:13:18 - 23/11/2026`), else -1; the
 * time's fields set. The hour has two digits, or AM or PM follows: `2:13:45` may be a duration.
 */
function dateAfterTimeOfDay(s: string, i: number): number {
  if (s.charCodeAt(i + 1) !== 58 && s.charCodeAt(i + 2) !== 58) return -1;
  const end = timeOfDayEnd(s, i);
  if (end < 0 || (s.charCodeAt(i + 2) !== 58 && pm < 0)) return -1;
  const at = afterDateSeparator(s, end);
  return at >= 0 && isDigit(s.charCodeAt(at)) ? at : -1;
}

/**
 * A date read after a time of day ends at `end` on its own: at the end, before a closing bracket or a
 * separator, or before spaces and no other time of day (`08:04:40 2026-10-23 14:32:15,123`: the date
 * is the next timestamp's), and not glued to more of a timestamp (`2026-10-23-14.32.15`).
 */
function endsDate(s: string, end: number): boolean {
  if (end >= s.length) return true;
  const c = s.charCodeAt(end);
  if (c === 93 || c === 41 || c === 124 || c === 44 || c === 59 || c === 62) return true;
  if (c === 58) return !isDigit(s.charCodeAt(end + 1));
  if (c !== 32 && c !== 9) return false;
  let k = end + 1;
  while (s.charCodeAt(k) === 32) k++;
  return !(isDigit(s.charCodeAt(k)) && (s.charCodeAt(k + 1) === 58 || s.charCodeAt(k + 2) === 58));
}

/** The last time of day `timeThenDateShape` read: the shapes of one line share it. */
const lastTimeOfDay = {
  s: '',
  i: -1,
  dateAt: -1,
  hour: 0,
  minute: 0,
  second: 0,
  millis: 0,
  pm: -1,
  zoned: false,
  zoneMs: 0,
  namedZone: '',
};

/**
 * A time of day, then its date written apart from it (`[19:13:18 - 23/11/2026]`, SatDump; `07:02:11,
 * 2026-11-23`; `[05:58:41 29-Nov-26 UTC]`, Java's `HH:mm:ss dd-MMM-yy z`): the reverse of
 * `dateThenTimeShape`, with a date of the table that opens with a number and has a four-digit year,
 * or a month's name and a year (a short year with digits alone reads versions: `12:00:01 1.2.26
 * installed`), separated by `separators`, then the table's optional zone where the time had none.
 * `order` says which of the dates both orders read it reads: each such shape has its pair in the
 * other order (`ORDER_PAIRS`), as the layouts do.
 */
function timeThenDateShape(separators: string, order: DateOrder, name: string): TimestampShape {
  const other = order === DAY_FIRST ? MONTH_FIRST_DATE : DAY_FIRST_DATE;
  const dates = DATE_LAYOUTS.filter(
    (date) =>
      (date.includes('yyyy') || (date.includes('MMM') && date.includes('yy'))) &&
      !/^(MMM|EEE)/.test(date) &&
      separators.includes(date.replace(/^[yMd]+/, '').charAt(0)) &&
      !other.test(date),
  ).map(compile);
  return {
    name,
    digitFirst: true,
    scan(s, i, ctx, out) {
      const memo = lastTimeOfDay;
      if (memo.i !== i || memo.s !== s) {
        memo.s = s;
        memo.i = i;
        memo.dateAt = dateAfterTimeOfDay(s, i);
        [memo.hour, memo.minute, memo.second, memo.millis] = [hour, minute, second, millis];
        [memo.pm, memo.zoned, memo.zoneMs, memo.namedZone] = [pm, zoned, zoneMs, namedZone];
      }
      const at = memo.dateAt;
      if (at < 0) return false;
      let k = at;
      while (isDigit(s.charCodeAt(k))) k++;
      if (!separators.includes(s.charAt(k))) return false;
      for (const date of dates) {
        const end = run(date, s, at);
        if (end < 0 || !endsDate(s, end)) continue;
        [hour, minute, second, millis] = [memo.hour, memo.minute, memo.second, memo.millis];
        [pm, zoned, zoneMs, namedZone] = [memo.pm, memo.zoned, memo.zoneMs, memo.namedZone];
        if (resolveInto(ctx, zoneAfterDate(s, end), out)) return true;
      }
      return false;
    },
  };
}

/**
 * Where a zone after a date written after its time ends (`05:58:41 29-Nov-26 UTC`, Java's
 * `HH:mm:ss dd-MMM-yy z`), the zone's fields set; `end` when the time had its own zone or none follows.
 */
function zoneAfterDate(s: string, end: number): number {
  if (zoned || namedZone !== '') return end;
  const after = readZoneAt(s, end);
  if (!zoneWasRead()) return end;
  [zoned, zoneMs, namedZone] = [zoneOfLastRead.has, zoneOfLastRead.ms, zoneOfLastRead.name];
  return after;
}

/** Fraction digits `yearFirstShape` reads: to the nanosecond. */
const MOST_FRACTION_DIGITS = 9;

/** True for a date separator of `yearFirstShape`: `-` `/` `.` `_` `:`. */
function isDateSeparator(c: number): boolean {
  return c === 45 || c === 47 || c === 46 || c === 95 || c === 58;
}

/**
 * Where the time of day starts after a date that ends at `j`, past one joiner: ` - `, ` `, `::`,
 * `T`, `Z` (strftime's `%Y-%m-%dZ%H:%M:%S`: the letter of UTC where ISO 8601 writes `T`), `-`, `_`,
 * `_UTC_` or `_GMT_` (`utcWordJoinerEnd`), `.` or `:`; else -1.
 */
function afterJoiner(s: string, j: number): number {
  const c = s.charCodeAt(j);
  if (c === 32) return s.charCodeAt(j + 1) === 45 && s.charCodeAt(j + 2) === 32 ? j + 3 : j + 1;
  if (c === 58) return s.charCodeAt(j + 1) === 58 ? j + 2 : j + 1;
  if (c === 95) {
    const word = utcWordJoinerEnd(s, j);
    return word >= 0 ? word : j + 1;
  }
  return c === 84 || c === 90 || c === 45 || c === 46 ? j + 1 : -1;
}

/**
 * After `_UTC_` or `_GMT_` at `j`, the word of UTC between underscores where another joiner stands
 * (`20261129_UTC_21:40:11`: Earthworm's `logit`, `%4d%02d%02d_UTC_%02d:%02d:%02d`, and scripts
 * after it, `strftime "%Y%m%d_UTC_%H:%M:%S"`); else -1. No other zone word: one read as UTC would
 * be hours off, and none stays text.
 */
function utcWordJoinerEnd(s: string, j: number): number {
  if (s.charCodeAt(j) !== 95 || s.charCodeAt(j + 4) !== 95) return -1;
  const word = s.slice(j + 1, j + 4);
  return word === 'UTC' || word === 'GMT' ? j + 5 : -1;
}

/**
 * Where a fraction after the seconds at `j` ends (`millis` set), `j` when none follows, -1 when the
 * digits run past nine. After `.` `,` or `:`, or after `-` or `_` only as milliseconds, exactly three
 * digits (openTCS's dash; JPlag's CLI logger, `SimpleDateFormat("yyyy-MM-dd-hh:mm:ss_SSS")` in
 * `CollectedLogger.java`, its underscore): two or four after a dash are the offset the table's zone
 * reads (`-08`, `-0800`, `-08:00`), any other count a counter or an id (`-1`, `-343416858[x]`,
 * `_12`); nor are digits that go on as a number of the text (`-1.5e+3`, `-123-456`, `-12,5`, `_123_4`).
 */
function yearFirstFractionEnd(s: string, j: number): number {
  const c = s.charCodeAt(j);
  const marked = c === 45 || c === 95;
  if ((c !== 46 && c !== 44 && c !== 58 && !marked) || !isDigit(s.charCodeAt(j + 1))) return j;
  if (c === 44 && !isCommaFraction(s, j)) return j;
  let k = j + 1;
  while (isDigit(s.charCodeAt(k))) k++;
  const n = k - j - 1;
  if (marked && (n !== 3 || numberGoesOn(s, k))) return j;
  return n > MOST_FRACTION_DIGITS ? -1 : readFractionDigits(s, j + 1);
}

/** True when a mark of `- _ . , :` at `k` and a digit after it go on with the digits before it (`-123-456`). */
function numberGoesOn(s: string, k: number): boolean {
  const next = s.charCodeAt(k);
  return (
    (next === 45 || next === 95 || next === 46 || next === 44 || next === 58) && isDigit(s.charCodeAt(k + 1))
  );
}

/**
 * Where the one digit of an hour before 10:00 stands after a joiner at `joiner` and the time's start
 * `j` (`T2:17:08`: Java's `%tk`, .NET's and moment's `H`; `T 2:17:08`, strftime's `%k` padding the
 * hour with a space after the `T` of `%FT%k`), else -1. Colons only: `2.17.08` is a version.
 */
function unpaddedHourAt(s: string, joiner: number, j: number): number {
  const at = s.charCodeAt(j) === 32 && s.charCodeAt(joiner) === 84 ? j + 1 : j;
  return isDigit(s.charCodeAt(at)) && s.charCodeAt(at + 1) === 58 ? at : -1;
}

/**
 * Reads the time of day at `j` after a date (`y`-`mo`-`d`) and its joiner at `joiner`: `HH?mm?ss`
 * with `timeMark` between its fields (`HH?mm` too where `toMinute`), an optional fraction
 * (`yearFirstFractionEnd`), then the table's optional zone, to a word boundary. Where
 * `unpaddedHour`, an hour of one digit too (`unpaddedHourAt`), to the second only: read only after a
 * date, as `1:02:03` alone is as often a duration. A `Z` joiner is UTC unless a zone follows. Fills
 * `out`; false when no such time is there or the calendar refuses it.
 */
function readClockAfterDate(
  s: string,
  joiner: number,
  j: number,
  timeMark: number,
  toMinute: boolean,
  unpaddedHour: boolean,
  date: readonly [number, number, number],
  ctx: TimeContext,
  out: TimeScan,
): boolean {
  const oneDigit = unpaddedHour && timeMark === 58 ? unpaddedHourAt(s, joiner, j) : -1;
  // The minutes' index: after two digits of hour, or after the one.
  const m = oneDigit >= 0 ? oneDigit + 2 : j + 3;
  if (s.charCodeAt(m - 1) !== timeMark) return false;
  const h = oneDigit >= 0 ? s.charCodeAt(oneDigit) - 48 : digits(s, j, 2);
  const mi = digits(s, m, 2);
  if (h < 0 || mi < 0) return false;
  const withSeconds = s.charCodeAt(m + 2) === timeMark && isDigit(s.charCodeAt(m + 3));
  if (!withSeconds && (!toMinute || oneDigit >= 0)) return false;
  const se = withSeconds ? digits(s, m + 3, 2) : 0;
  if (se < 0) return false;
  millis = 0;
  let k = withSeconds ? yearFirstFractionEnd(s, m + 5) : m + 2;
  if (k < 0) return false;
  k = readZoneAt(s, k);
  const after = s.charCodeAt(k);
  if (isDigit(after) || isLetter(after)) return false;
  [year, month, day, hour, minute, second, pm] = [date[0], date[1], date[2], h, mi, se, -1];
  const utcJoiner = s.charCodeAt(joiner) === 90 || utcWordJoinerEnd(s, joiner) >= 0;
  const utc = utcJoiner && !zoneOfLastRead.has && zoneOfLastRead.name === '';
  zoned = zoneOfLastRead.has || utc;
  zoneMs = zoneOfLastRead.ms;
  namedZone = zoneOfLastRead.name;
  return resolveInto(ctx, k, out);
}

/**
 * The year-first class: an ordinary date, year first (1970–2099, then month and day of two digits,
 * with one separator of `- / . _ :` used twice, or none: `yyyyMMdd`), one joiner (`afterJoiner`),
 * `HH:mm:ss` (or `HH.mm.ss` after a date of `-`, `/` or `_`: a dotted time after a dotted date, or
 * after none, reads versions; `H:mm:ss` after a date with separators, `unpaddedHourAt`), an
 * optional fraction (`yearFirstFractionEnd`), then the table's optional zone. It stands for the
 * joiners and fraction marks products choose one by one (`20260904-12:12:31-299`,
 * `2026/11/28-02:14:06.117`, `2026-11-30_12:00:01.123+0100`), instead of a layout each. Day-first and month-first dates are the table's, or learned (`yearLastShape`): their
 * order is the ambiguity settled per source. Tried after every other shape, so only what none of them
 * reads is read here; `readsMarkedFractionFurther` lets a shape that stops before a dash fraction give way to it.
 */
const yearFirstShape: TimestampShape = {
  name: 'yyyy?MM?dd?HH:mm:ss (year first, any joiner)',
  digitFirst: true,
  scan(s, i, ctx, out) {
    const y = writtenYear(s, i);
    if (y < 0) return false;
    const sep = s.charCodeAt(i + 4);
    const dated = isDateSeparator(sep);
    if (!dated && !isDigit(sep)) return false;
    const mo = digits(s, dated ? i + 5 : i + 4, 2);
    if (dated && s.charCodeAt(i + 7) !== sep) return false;
    const d = digits(s, dated ? i + 8 : i + 6, 2);
    if (mo < 0 || d < 0) return false;
    const joiner = dated ? i + 10 : i + 8;
    const j = afterJoiner(s, joiner);
    if (j < 0) return false;
    const dottedTime = s.charCodeAt(j + 2) === 46 && (sep === 45 || sep === 47 || sep === 95);
    return readClockAfterDate(s, joiner, j, dottedTime ? 46 : 58, false, dated, [y, mo, d], ctx, out);
  },
};

/**
 * The year-last class, learned only (`LEARNED_ONLY_SHAPES`): a numeric date with its four-digit
 * year last (`dd?MM?yyyy` or `MM?dd?yyyy`, day and month of two digits, one separator of
 * `separators` used twice), one joiner (`afterJoiner`), and a time of day whose fields a `:`, a `-`
 * or a `.` separates (not a `.` after a dotted date: versions), to the second, or to the minute with
 * `:` (PHP's `d.m.Y-H:i`, file-name stamps such as `%m.%d.%Y_%H-%M-%S`). One line alone may be a
 * version, a range or a file name; a source whose sample opens with it on most lines, inside the
 * time-range window, writes its time so. `order` says which order of day and month it reads; each
 * has its pair in the other order (`ORDER_PAIRS`), which a source's dates settle. With no
 * `separators`, the compact date (`ddMMyyyy` or `MMddyyyy`, log4j's `%d{ddMMyyyy HH:mm:ss,SSS}`),
 * not glued to a digit before it, and only a time of `:` after it: eight digits are as often an id.
 */
function yearLastShape(separators: string, order: DateOrder, name: string): TimestampShape {
  const compact = separators === '';
  const step = compact ? 2 : 3;
  return {
    name,
    digitFirst: true,
    scan(s, i, ctx, out) {
      const sep = s.charCodeAt(i + 2);
      if (
        compact
          ? isDigit(s.charCodeAt(i - 1))
          : !separators.includes(s.charAt(i + 2)) || s.charCodeAt(i + 5) !== sep
      )
        return false;
      const first = digits(s, i, 2);
      const second = digits(s, i + step, 2);
      const y = writtenYear(s, i + 2 * step);
      if (first < 0 || second < 0 || y < 0) return false;
      const joiner = i + 2 * step + 4;
      const j = afterJoiner(s, joiner);
      if (j < 0) return false;
      const mark = s.charCodeAt(j + 2);
      if (mark !== 58 && (compact || (mark !== 45 && !(mark === 46 && sep !== 46)))) return false;
      const date = order === DAY_FIRST ? ([y, second, first] as const) : ([y, first, second] as const);
      return readClockAfterDate(s, joiner, j, mark, mark === 58, false, date, ctx, out);
    },
  };
}

const dashFractionRead: TimeScan = { ms: 0, end: 0 };

/** Syslog's date, its time's fraction after a dash: `Nov 29 22:03:11-402918` (`dashFractionEnd`). */
const SYSLOG_DASH_FRACTION = layoutShape('MMM d HH:mm:ss-SZ');

/**
 * A time of day with its microseconds after a dash, counted as a bare time of day is
 * (`isTimeOfDayName`): Rich's console `log_time_format='%H:%M:%S-%f'`, as SD.Next's `installer.py`
 * sets it and text-generation-webui's `modules/logging_colors.py` copied it
 * (`08:12:03-004512 INFO     Starting …`). Only six digits (`%f`), then a space, a tab or the end:
 * `12:00:00-0500` is an offset, `10:11:12-123` no `%f`.
 */
const RICH_DASH_MICROS = endCheckedShape('HH:mm:ss-S', (s, end) => {
  const c = s.charCodeAt(end);
  return s.charCodeAt(end - 7) === 45 && (Number.isNaN(c) || c === 32 || c === 9);
});

/**
 * The YAZ toolkit's log time (Index Data's C library under Zebra, Metaproxy, pazpar2, yaz-ztest and
 * the Z39.50 servers built on it): `%H:%M:%S-%d/%m`, the time of day, a dash, the day and month, no
 * year (`06:25:01-28/11 zebrasrv(1) [server] …`). YAZ 5.34's `yaz/log.h`: `yaz_log_time_format`
 * "If not called at all, the old format is used" (`11:55:06-02/11`); the newer `%Y%m%d-%H%M%S` is
 * the year-first class's. Read only where a space, a tab or the end follows: `10:00:00-11/12` glued
 * to more text is a range or a ratio.
 */
const YAZ_TIME = 'HH:mm:ss-dd/MM';
const YAZ_TIME_SHAPE = endCheckedShape(YAZ_TIME, (s, end) => {
  const c = s.charCodeAt(end);
  return Number.isNaN(c) || c === 32 || c === 9;
});

/**
 * True when a shape's reading at `i` stops at `end` before a dash or an underscore and digits, and a
 * shape that reads a fraction after that mark reads on past them: the year-first class
 * (`20261130-05:35:15-358`, which the layout `yyyyMMdd-HH:mm:ss` does not read; JPlag's
 * `2026-11-30-09:41:02_316`, which the date-then-time shape reads to the second), syslog's date
 * (`Nov 29 22:03:11-402918`) or Rich's time of day (`08:12:03-004512`, `RICH_DASH_MICROS`). Like
 * `.123` after a shape that does not read it, the shape then gives way, so the later one reads the
 * whole time.
 */
export function readsMarkedFractionFurther(s: string, i: number, end: number, ctx: TimeContext): boolean {
  const mark = s.charCodeAt(end);
  if ((mark !== 45 && mark !== 95) || !isDigit(s.charCodeAt(end + 1))) return false;
  if (mark === 95) return isDigit(s.charCodeAt(i)) && readsFurther(yearFirstShape, s, i, end, ctx);
  if (!isDigit(s.charCodeAt(i))) return readsFurther(SYSLOG_DASH_FRACTION, s, i, end, ctx);
  return (
    readsFurther(yearFirstShape, s, i, end, ctx) ||
    (end - i === 8 && readsFurther(RICH_DASH_MICROS, s, i, end, ctx))
  );
}

function readsFurther(shape: TimestampShape, s: string, i: number, end: number, ctx: TimeContext): boolean {
  return shape.scan(s, i, ctx, dashFractionRead) && dashFractionRead.end > end;
}

/** Windows' day number since 1601 before the time of day (`day-count-shape.ts`). */
const dayCountShape: TimestampShape = {
  name: 'days since 1601 HH:mm:ss (Windows day number)',
  digitFirst: true,
  scan: scanDayCount,
};

/**
 * A shape's name is a bare time of day (`H:mm:ssSZ`, `h:mma`, the doubled colons' `HH::mm::ssSZ`):
 * per line, like an epoch, it counts only opening the line or beside a level (`isWeakShape`).
 */
export function isTimeOfDayName(name: string): boolean {
  return /^[Hh]{1,2}::?mm/.test(name) && name !== YAZ_TIME;
}

/** True for what may stand before a date of its own: nothing (NaN), a space, a tab, `[` or `(`. */
function standsAlone(c: number): boolean {
  return Number.isNaN(c) || c === 32 || c === 9 || c === 91 || c === 40;
}

/**
 * True when a run of 6 or 8 digits that reads as a date (`isCompactDate`), standing alone (the line's
 * start, a space, a tab or an opening bracket before it), ends one space, tab, `-` or `_` before `i`:
 * a date no shape read (`29112026 09:30:02`). A run glued to a word or mark (`build-101112`,
 * `job_120612`, `#120612`) is an id, and the time beside it keeps its arrival date.
 */
function unreadDateBefore(s: string, i: number): boolean {
  const c = s.charCodeAt(i - 1);
  if (c !== 32 && c !== 9 && c !== 45 && c !== 95) return false;
  let k = i - 1;
  while (k > 0 && isDigit(s.charCodeAt(k - 1))) k--;
  const n = i - 1 - k;
  return (n === 6 || n === 8) && standsAlone(s.charCodeAt(k - 1)) && isCompactDate(s, k, n);
}

/**
 * The words that, one space after `H:mm:ss`, make it a duration: Isabelle's `Timing.message_resources`
 * (`0:17:33 elapsed time, 1:32:18 cpu time, factor 5.26`), `time`'s and build tools' summaries
 * (`00:03:15 elapsed`, `0:00:41 wall time`). A bare `wall` is util-linux's program, no duration.
 */
const DURATION_WORDS = ['elapsed', 'cpu time', 'wall time', 'wall clock', 'wall-clock'];

/**
 * True when one of `DURATION_WORDS`, as written (lower case), follows one space after `end`, then no
 * letter, digit or colon: a capitalised label (`10:00:01 Elapsed: 3s`) opens the text after a time.
 */
function durationWordAfter(s: string, end: number): boolean {
  if (s.charCodeAt(end) !== 32) return false;
  return DURATION_WORDS.some((word) => {
    if (!s.startsWith(word, end + 1)) return false;
    const c = s.charCodeAt(end + 1 + word.length);
    return !isLetter(c) && !isDigit(c) && c !== 58;
  });
}

/**
 * A bare time of day dated from the line's arrival (`isTimeOfDayName`), refused right after a date
 * no shape read (`unreadDateBefore`): that date is the line's, so the arrival's would be a false one,
 * a day or more off without a sign. No time is better. Refused too before a duration's word
 * (`durationWordAfter`): `0:17:33 elapsed time` is how long, not when.
 */
function undatedBesideDate(shape: TimestampShape): TimestampShape {
  if (!isTimeOfDayName(shape.name)) return shape;
  return {
    ...shape,
    scan: (s, i, ctx, out) =>
      !unreadDateBefore(s, i) &&
      !yazDateAfter(s, i, ctx) &&
      shape.scan(s, i, ctx, out) &&
      !durationWordAfter(s, out.end),
  };
}

const yazRead: TimeScan = { ms: 0, end: 0 };

/**
 * True when YAZ's day and month follow the time of day at `i` (`06:25:01-28/11`, `YAZ_TIME_SHAPE`):
 * that shape reads the line's date, which the bare time, or the time with `-23` taken for its offset,
 * would lose. Only a dash at `i + 8` and a slash three on are scanned.
 */
function yazDateAfter(s: string, i: number, ctx: TimeContext): boolean {
  return s.charCodeAt(i + 8) === 45 && s.charCodeAt(i + 11) === 47 && YAZ_TIME_SHAPE.scan(s, i, ctx, yazRead);
}

/**
 * True when a weekday, a comma and a day of the month end one space before `i` (`Mon, 30 ` before
 * `Nov 26 14:00:01`): RFC 822's day-first date, whose two-digit year a month-first reading takes for
 * the day.
 */
function weekdayAndDayBefore(s: string, i: number): boolean {
  if (s.charCodeAt(i - 1) !== 32 || !isDigit(s.charCodeAt(i - 2))) return false;
  const k = isDigit(s.charCodeAt(i - 3)) ? i - 3 : i - 2;
  return s.charCodeAt(k - 1) === 32 && s.charCodeAt(k - 2) === 44 && k >= 5 && WEEKDAYS.has(key3(s, k - 5));
}

/** A shape opening with a month or weekday name, refused inside RFC 822's date (`weekdayAndDayBefore`). */
function notInsideDayFirstDate(shape: TimestampShape): TimestampShape {
  if (shape.digitFirst) return shape;
  return { ...shape, scan: (s, i, ctx, out) => !weekdayAndDayBefore(s, i) && shape.scan(s, i, ctx, out) };
}

/** The layouts up to the first bare time of day: the time-first shapes go before those. */
const FIRST_TIME_OF_DAY = LAYOUT_SHAPES.findIndex((shape) => isTimeOfDayName(shape.name));

/** TinyMUX's stamp: the year, a dot, the month and day, a colon, the time (`2026.1130:110247`). */
const TINYMUX_STAMP = 'yyyy.MMdd:HHmmss';

/** The layout of a compact date and a compact time apart by a space (`20261129 071502.334`). */
const COMPACT_SPACED = 'yyyyMMdd HHmmssS';

/** The layout of a year-first date written day before month (`2026-29-11 06:02:11.407`). */
const YEAR_DAY_MONTH = 'yyyy-dd-MM HH:mm:ssSZ';

/** The names of the year-last class's four shapes (`yearLastShape`), two orders per separator. */
const YEAR_LAST_NAMES = {
  slashMonthFirst: 'MM/dd/yyyy?HH?mm?ss (year last, any joiner)',
  slashDayFirst: 'dd/MM/yyyy?HH?mm?ss (year last, any joiner)',
  dashDayFirst: 'dd-MM-yyyy?HH?mm?ss (year last, any joiner, - or .)',
  dashMonthFirst: 'MM-dd-yyyy?HH?mm?ss (year last, any joiner, - or .)',
  compactDayFirst: 'ddMMyyyy?HH:mm:ss (year last, compact)',
  compactMonthFirst: 'MMddyyyy?HH:mm:ss (year last, compact)',
} as const;

/**
 * Every shape, most specific first; the epoch shape comes last of the table, as it is the least
 * specific, and the year-first class after it, tried only where nothing else read the text (the two
 * never read the same text: an epoch is 10, 13, 16 or 19 digits, the year-first date 4 or 8).
 */
export const TIMESTAMP_SHAPES: readonly TimestampShape[] = [
  knownShapes, // ISO 8601 / RFC 3339, log4j, Python, Go, HDFS, Spark, CLF
  knownLetterShapes, // syslog (RFC 3164), ctime, RFC 2822
  ...LAYOUT_SHAPES.slice(0, FIRST_TIME_OF_DAY),
  // Today's rule first (month first for slashes, day first for dashes and dots), then the other order.
  timeThenDateShape('/', MONTH_FIRST, 'time of day … M/d/yyyy'),
  timeThenDateShape('/', DAY_FIRST, 'time of day … d/M/yyyy'),
  timeThenDateShape('-.', DAY_FIRST, 'time of day … d-M-yyyy'),
  timeThenDateShape('-.', MONTH_FIRST, 'time of day … M-d-yyyy'),
  ...LAYOUT_SHAPES.slice(FIRST_TIME_OF_DAY),
  dateThenTimeShape(true, 'date … time of day'),
  dateThenTimeShape(false, 'date … time of day (month name)'),
  tai64nShape, // daemontools' multilog, runit's svlogd, s6-log: only text opening with `@`
  dayCountShape, // days since 1601 before the time (W32Time's debug log): `day-count-shape.ts`
  epochShape,
  yearFirstShape,
  // Compact, dash-joined, its fraction required (reSIProcate's `20261126-031502.114`): no other shape
  // reads that text, and last, it leaves the indices of the shapes before it (sources' learned
  // structures) as they were.
  dashStampShape('yyyyMMdd-HHmmss.SZ'),
  // Learned only, opening the line (`isLearnedOnly`): a month-first date with no year and a time to
  // the minute (Reprise's RLM, `11/30 07:05 (rlm) text`); alone, `11/30` is as often a ratio.
  fileStampShape('MM/dd HH:mm'),
  // Appended, so the indices before them stay: the compact stamp joined by a slash (Automic), and two
  // more learned-only ones: IBM Z Workload Scheduler's message log (`11/30 06.02.14 EQQZ005I TEXT`,
  // no year, dotted time) and Micro Focus Enterprise Server's `yyMMdd HHmmsscc`.
  dashStampShape('yyyyMMdd/HHmmss.SZ'),
  fileStampShape('MM/dd HH.mm.ss'),
  centisecondStampShape('yyMMdd'),
  // Appended too, after those: no shape before them reads their text.
  // A year-first date with slashes to the minute: Go's golog default `2006/01/02 15:04` (Iris).
  layoutShape('yyyy/MM/dd HH:mmZ'),
  // Doubled colons (Garnet: .NET's console logger given `hh::mm::ss `); a 12-hour clock printed
  // without AM/PM reads as written, so an afternoon hour reads as the morning's (limit).
  doubledColonShape('HH::mm::ssSZ'),
  // The same with its AM or PM (.NET's `hh::mm::ss tt`), which the shape before leaves to this one.
  layoutShape('hh::mm::ss aZ'),
  // Learned only: a date with its year last and any joiner (`yearLastShape`), today's order first
  // (month first for slashes, day first for dashes and dots), then the other.
  yearLastShape('/', MONTH_FIRST, YEAR_LAST_NAMES.slashMonthFirst),
  yearLastShape('/', DAY_FIRST, YEAR_LAST_NAMES.slashDayFirst),
  yearLastShape('-.', DAY_FIRST, YEAR_LAST_NAMES.dashDayFirst),
  yearLastShape('-.', MONTH_FIRST, YEAR_LAST_NAMES.dashMonthFirst),
  // Appended after those: syslog's date with its fraction after a dash (libgnunetutil's
  // `%b %d %H:%M:%S-%06u`, GNUnet and GNU Taler), which the syslog shape stops before
  // (`readsMarkedFractionFurther`).
  SYSLOG_DASH_FRACTION,
  // Learned only, appended after it: the year-last class's compact date (`ddMMyyyy HH:mm:ss`), day
  // first, then month first.
  yearLastShape('', DAY_FIRST, YEAR_LAST_NAMES.compactDayFirst),
  yearLastShape('', MONTH_FIRST, YEAR_LAST_NAMES.compactMonthFirst),
  // Learned only, appended: the hybrid IRC servers' `smalldate` (`%d/%d/%d %02d.%02d`, ircd-hybrid,
  // ratbox, charybdis, solanum), a year-first date and the hour and minute joined by a dot, no
  // seconds, then a space; alone, a date and a decimal (`2026/11/29 10.50 GB`) read the same.
  fileStampShape('yyyy/M/d HH.mm'),
  // Appended after those: a year-first date with its day before its month, a date pattern's `dd` and
  // `MM` swapped (log4j's or logback's `%d{yyyy-dd-MM HH:mm:ss.SSS}`, `SimpleDateFormat`, moment).
  // Per line it reads only what ISO 8601 cannot (a middle number of 13 to 31): the shapes before it
  // read every other such date year-month-day. A source whose sample proves it (`isYearDayMonthSample`)
  // learns it, and reads its days 1 to 12 day first too. Never with a `T`: ISO 8601 is year-month-day.
  layoutShape(YEAR_DAY_MONTH),
  // Appended after it: a compact date, a space and a compact time (`compactSpacedShape`).
  compactSpacedShape(),
  // Learned only, appended: a dotted time of day with no date (Python's `datefmt='%H.%M.%S'`), dated
  // from the line's arrival as a bare `HH:mm:ss` is; alone it reads as a `dd.MM.yy` date does.
  dottedTimeOfDayShape(),
  // Appended: a date and time with every part joined by an underscore, Percona Toolkit's `ts()`
  // (`date +%F-%T | tr ':-' '_'`: pt-stalk, pt-summary and the scripts that copied its
  // log_warn_die.sh). Like the compact stamps joined by an underscore, only opening a line.
  fileStampShape('yyyy_MM_dd_HH_mm_ss'),
  // Learned only, appended: the centisecond stamp with a four-digit year, mORMot's `TSynLog`
  // (`centisecondStampShape`).
  centisecondStampShape('yyyyMMdd'),
  // Learned only, appended: a time of day to the minute with no date, opening the line, then a space
  // (Oxide's and uMod's log file, `{DateTime.Now.ToShortTimeString()} [{type}] text` under the
  // invariant culture's `HH:mm`; irssi's default `timestamp_format` `%H:%M`). Dated from the line's
  // arrival as a bare `HH:mm:ss` is; alone, `15:02` is as often a ratio or a score.
  fileStampShape(MINUTE_TIME_OF_DAY),
  // Learned only, appended: the dashed sibling of `MM/dd HH:mm`, Python's logging cookbook's
  // `datefmt='%m-%d %H:%M'` (court-scraper's `cli.py`), month first as `%m-%d` and logcat write
  // it, then a space; alone, `11-21 06:15` is as often a range or a score.
  fileStampShape('MM-dd HH:mm'),
  // Appended: 4diac FORTE's `T#` and epoch nanoseconds (`forteRealtimeShape`).
  forteRealtimeShape,
  // Appended, opening the line only: YAZ's time of day, then its day and month (`YAZ_TIME`).
  YAZ_TIME_SHAPE,
  // Appended: a time of day and its microseconds after a dash (`RICH_DASH_MICROS`).
  RICH_DASH_MICROS,
  // Appended, opening the line only, then a space: TinyMUX's log stamp (`tinyMuxStampShape`).
  tinyMuxStampShape(),
  // Appended: a month name, its day and a time to the minute closing a bracket (`BRACKET_MINUTE`).
  BRACKET_MINUTE_SHAPE,
]
  .map(undatedBesideDate)
  .map(notInsideDayFirstDate);

/**
 * The layouts whose numeric day and month open the date, each with the layout of the same date in
 * the other order: the table reads one of each pair first (the default order: day first for - and
 * ., month first for /), and a source whose lines proved the other order reads the other.
 */
const ORDER_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['dd-MM-yyyy HH:mm:ssSZ', 'M-d-yyyy H:mm:ssSZ'],
  ['d.M.yy H:mm:ssSZ', 'M.d.yy H:mm:ssSZ'],
  ['d/M/yyyy H:mm:ssSZ', 'M/d/yyyy H:mm:ssSZ'],
  ['d/M/yyyy h:mm:ss aZ', 'M/d/yyyy h:mm:ss aZ'],
  ['time of day … d/M/yyyy', 'time of day … M/d/yyyy'],
  ['time of day … d-M-yyyy', 'time of day … M-d-yyyy'],
  [YEAR_LAST_NAMES.slashDayFirst, YEAR_LAST_NAMES.slashMonthFirst],
  [YEAR_LAST_NAMES.dashDayFirst, YEAR_LAST_NAMES.dashMonthFirst],
  [YEAR_LAST_NAMES.compactDayFirst, YEAR_LAST_NAMES.compactMonthFirst],
];

/**
 * The index of the shape of the table named `name`, for the tables that name shapes: throws when no
 * shape has that name, so a renamed or mistyped layout stops the module loading instead of
 * leaving a table silently short.
 */
export function shapeIndex(name: string): number {
  const i = TIMESTAMP_SHAPES.findIndex((shape) => shape.name === name);
  if (i < 0) throw new Error(`no timestamp shape named ${name}`);
  return i;
}

/** Per shape index: its order (`DAY_FIRST`, `MONTH_FIRST`, or `NO_ORDER` when it has no pair) and its pair's index. */
const SHAPE_ORDER = new Int8Array(TIMESTAMP_SHAPES.length);
const ORDER_SIBLING = new Int16Array(TIMESTAMP_SHAPES.length).fill(-1);
for (const [dayFirst, monthFirst] of ORDER_PAIRS) {
  const d = shapeIndex(dayFirst);
  const m = shapeIndex(monthFirst);
  SHAPE_ORDER[d] = DAY_FIRST;
  SHAPE_ORDER[m] = MONTH_FIRST;
  ORDER_SIBLING[d] = m;
  ORDER_SIBLING[m] = d;
}

/** The order of day and month `shape` reads a date in; `NO_ORDER` for a shape with no other order. */
export function shapeOrder(shape: number): DateOrder {
  return shape >= 0 && shape < SHAPE_ORDER.length ? (SHAPE_ORDER[shape] as DateOrder) : NO_ORDER;
}

/** The shape that reads the same date in the other order of day and month, or -1. */
export function otherOrder(shape: number): number {
  return shape >= 0 && shape < ORDER_SIBLING.length ? (ORDER_SIBLING[shape] as number) : -1;
}

/**
 * The order a date opening at `i` proves (a first number over 12 is a day, a second one too):
 * `DAY_FIRST`, `MONTH_FIRST`, or `NO_ORDER` when both numbers are 12 or under.
 */
export function provenOrder(s: string, i: number): DateOrder {
  let j = s.charCodeAt(i) === 32 ? i + 1 : i;
  // A time of day written first (`19:13:18 - 23/11/2026`): its hour proves nothing, its date does.
  const date = dateAfterTimeOfDay(s, j);
  if (date >= 0) j = date;
  j = readOneOrTwo(s, j);
  if (j < 0) return NO_ORDER;
  if (value2 > 12) return DAY_FIRST;
  // A compact date (`11302026`) has no separator before its second number.
  j = readOneOrTwo(s, isDigit(s.charCodeAt(j)) ? j : j + 1);
  return j >= 0 && value2 > 12 ? MONTH_FIRST : NO_ORDER;
}

/** Index of the epoch shape: the one shape that counts only where a source has shown it. */
export const EPOCH_SHAPE = TIMESTAMP_SHAPES.indexOf(epochShape);
/** Index of the year-first class, the one shape also tried glued after `::` or `@` in a header field. */
export const YEAR_FIRST_SHAPE = TIMESTAMP_SHAPES.indexOf(yearFirstShape);
/** Index of the year-first date written day before month (`YEAR_DAY_MONTH`). */
export const YEAR_DAY_MONTH_SHAPE = shapeIndex(YEAR_DAY_MONTH);
/** Index of the YAZ toolkit's `HH:mm:ss-dd/MM` (`YAZ_TIME_SHAPE`). */
export const YAZ_TIME_SHAPE_INDEX = shapeIndex(YAZ_TIME);
/** Index of the month-first date with no year (`11/22 05:58:40.11`: Service Desk Manager's stdlog). */
export const MONTH_DAY_TIME_SHAPE_INDEX = shapeIndex('MM/dd HH:mm:ssSZ');
/** Index of mORMot's `TSynLog` stamp, `yyyyMMdd HHmmsscc` (`centisecondStampShape`). */
export const MORMOT_STAMP_SHAPE = shapeIndex('yyyyMMdd HHmmsscc');

/**
 * True when a sample's dates opening at `starts` (year, two numbers, a space: `2026-29-11 06:02`)
 * prove the day written before the month: the middle number over 12 on some line, the last 12 or
 * under on every one, none joined to its time by ISO 8601's `T`. A sample whose middle numbers are
 * all 12 or under proves nothing and stays year-month-day, as does one whose last numbers, read as
 * months, are more than one month and the next: an ISO source's days 1 to 12 (`2026-11-05`,
 * `2026-11-09`) beside one odd line (`2026-29-11`) are no sample of months.
 */
export function isYearDayMonthSample(lines: readonly string[], starts: readonly number[]): boolean {
  let proving = 0;
  const months = new Set<number>();
  for (let k = 0; k < lines.length; k++) {
    const s = lines[k] as string;
    const i = starts[k] as number;
    if (!isYearDashDate(s, i)) continue;
    const month = digits(s, i + 8, 2);
    if (s.charCodeAt(i + 10) !== 32 || month > 12) return false;
    if (digits(s, i + 5, 2) > 12) proving++;
    months.add(month);
    if (months.size > 2) return false;
  }
  const [first, second] = [...months].sort((a, b) => a - b);
  return (
    proving > 1 &&
    (second === undefined || second - (first as number) === 1 || second - (first as number) === 11)
  );
}

const dayBeforeMonth: TimeScan = { ms: 0, end: 0 };

/**
 * The instant of a year-day-month date opening `raw` (or its opening bracket), for a line of a
 * source that learned the order whose time a fixed format read year-month-day; NaN when none.
 */
export function yearDayMonthOpening(raw: string, ctx: TimeContext): number {
  const at = raw.charCodeAt(0) === 91 ? 1 : 0;
  const shape = TIMESTAMP_SHAPES[YEAR_DAY_MONTH_SHAPE] as TimestampShape;
  return shape.scan(raw, at, ctx, dayBeforeMonth) ? dayBeforeMonth.ms : Number.NaN;
}

/** `yyyy-NN-NN` at `i`, then a space or a `T`. */
function isYearDashDate(s: string, i: number): boolean {
  const joiner = s.charCodeAt(i + 10);
  return (
    digits(s, i, 4) >= 0 &&
    s.charCodeAt(i + 4) === 45 &&
    digits(s, i + 5, 2) >= 0 &&
    s.charCodeAt(i + 7) === 45 &&
    digits(s, i + 8, 2) >= 0 &&
    (joiner === 32 || joiner === 84)
  );
}

/**
 * `yyyyMMddHHmmssSSS` and the dates joined to their times by an underscore: 17 bare digits,
 * `261120_124745` or `2026_11_20_12_47_45`, are as often an id built from the time (an order number, a file name) as a
 * time, so like an epoch they count per line only where they open the line; a TAI64N stamp too, which
 * its loggers write only there, and the compact stamp joined by a slash, which further on is as often
 * a path's folders (`backup/20261130/111204.077`).
 */
const LINE_START_SHAPES: ReadonlySet<number> = new Set(
  [
    'yyyyMMddHHmmssSSS',
    'yyyyMMdd_HHmmss',
    'yyMMdd_HHmmss',
    'yyyy_MM_dd_HH_mm_ss',
    'tai64n',
    'yyyyMMdd/HHmmss.SZ',
    COMPACT_SPACED,
    YAZ_TIME,
    TINYMUX_STAMP,
  ].map(shapeIndex),
);

/** The shapes the header finder reads only where a source's sample learned them, in the first field. */
const LEARNED_ONLY_SHAPES = new Uint8Array(TIMESTAMP_SHAPES.length);
for (const name of [
  'MM/dd HH:mm',
  'MM/dd HH.mm.ss',
  'yyMMdd HHmmsscc',
  'yyyyMMdd HHmmsscc',
  'yyyy/M/d HH.mm',
  DOTTED_TIME_OF_DAY,
  MINUTE_TIME_OF_DAY,
  'MM-dd HH:mm',
  ...Object.values(YEAR_LAST_NAMES),
])
  LEARNED_ONLY_SHAPES[shapeIndex(name)] = 1;

/**
 * The learned-only shapes a column of numbers joined by dots also fits: a date before a decimal
 * (`2026/11/29 10.50 GB`), and a `dd.MM.yy` date or a version for the dotted time of day; and a
 * column of ratios or scores for the time of day to the minute (`3:16`, `10:12`).
 */
const DECIMAL_LIKE_SHAPES: ReadonlySet<number> = new Set(
  ['yyyy/M/d HH.mm', DOTTED_TIME_OF_DAY, MINUTE_TIME_OF_DAY].map(shapeIndex),
);

/**
 * True for a shape a column of dated decimals, dotted dates or versions fits as well as a time: a
 * sample learns it only where its times run forward, as a log's do (`learnStructure`).
 */
export function fitsDatedDecimals(shape: number): boolean {
  return DECIMAL_LIKE_SHAPES.has(shape);
}

const DOTTED_TIME_OF_DAY_SHAPE = shapeIndex(DOTTED_TIME_OF_DAY);
const MINUTE_TIME_OF_DAY_SHAPE = shapeIndex(MINUTE_TIME_OF_DAY);

/**
 * True for the dotted time of day, which a column of `dd.MM.yy` dates alone fits too (`05.11.26`,
 * `06.11.26`: running forward, its minutes and seconds the month and year on every line), and the
 * time of day to the minute, which one repeated number pair fits (a version's `10:12`): a sample
 * learns it only where its clock takes several values (`learnStructure`).
 */
export function fitsDatesAlone(shape: number): boolean {
  return shape === DOTTED_TIME_OF_DAY_SHAPE || shape === MINUTE_TIME_OF_DAY_SHAPE;
}

/**
 * True for the time of day to the minute, which an elapsed clock fits too: Capistrano's Airbrussh
 * opens each task's line with `format("%02d:%02d", minutes, seconds)` since its first, so its first
 * reads `00:00` (`console_formatter.rb`, `clock`). A sample learns it only where its first time is
 * not midnight (`learnStructure`).
 */
export function fitsElapsedClock(shape: number): boolean {
  return shape === MINUTE_TIME_OF_DAY_SHAPE;
}

/** True for a shape a line alone never reads (`LEARNED_ONLY_SHAPES`); asked for every shape of a header scan. */
export function isLearnedOnly(shape: number): boolean {
  return LEARNED_ONLY_SHAPES[shape] === 1;
}

/**
 * The learned-only shapes a constant lead may precede: the year-last class's (`yearLastShape`) and the
 * dotted time of day, which Python's `%(name)s %(asctime)s` writes after the logger's name.
 */
const LED_SHAPES: ReadonlySet<number> = new Set(
  [...Object.values(YEAR_LAST_NAMES), DOTTED_TIME_OF_DAY].map(shapeIndex),
);

/**
 * True for a learned-only shape learned in any header field, not only the first (`LED_SHAPES`): a
 * constant lead before the year-last class (`[REPORT] 29112026 09:30:02,118`, log4j's
 * `[REPORT] %d{ddMMyyyy HH:mm:ss,SSS}`) or a logger's name before a dotted time of day.
 */
export function isLearnedInAnyField(shape: number): boolean {
  return LED_SHAPES.has(shape);
}

/**
 * True when `ms` lies inside the window the time-range check accepts for a line arriving at
 * `ctx.receivedAt` (`acceptedEventTimes`, default retention). A learned-only reading counts in a
 * sample only there: read month first and without a year, a day-first source's `05/12`
 * (5 December) or a progress count's `09/12 01:55` dates months away from its arrival; a sample
 * replayed after the window learns no time either (limit). So does a bare epoch number under a
 * closing JSON's `ts` (`metadata-time.ts`), which could as well be a count.
 */
export function isInAcceptedWindow(ms: number, ctx: TimeContext): boolean {
  const window = acceptedEventTimes(ctx.receivedAt, DEFAULT_RETENTION_DAYS);
  return ms >= window.from && ms <= window.to;
}

/** True for a shape that counts per line only opening it, as an epoch does (`LINE_START_SHAPES`). */
export function opensLineOnly(shape: number): boolean {
  return shape === EPOCH_SHAPE || LINE_START_SHAPES.has(shape);
}

/**
 * A timestamp of any shape of the table but the epoch and the learned-only one starting at `i`
 * (`out` filled), for a place where a time is expected but no source's structure says which shape:
 * after a syslog `<PRI>`.
 */
export function scanAnyShape(s: string, i: number, ctx: TimeContext, out: TimeScan): boolean {
  const c = s.charCodeAt(i);
  const digitFirst = c >= 48 && c <= 57;
  for (let k = 0; k < TIMESTAMP_SHAPES.length; k++) {
    const shape = TIMESTAMP_SHAPES[k] as TimestampShape;
    if (shape === epochShape || isLearnedOnly(k) || shape.digitFirst !== digitFirst) continue;
    if (shape.scan(s, i, ctx, out)) return true;
  }
  return false;
}

const whole: TimeScan = { ms: 0, end: 0 };

/**
 * A whole timestamp value in any shape of the table (a JSON or logfmt field, an access log's
 * bracket, a custom pattern's group): `parseTimestampText`'s shapes first, then every layout.
 * Epoch ms, or NaN when none reads the whole text.
 */
export function parseAnyTimestamp(text: string, ctx: TimeContext): number {
  const known = parseTimestampText(text, ctx);
  if (!Number.isNaN(known) || text.length > 64) return known;
  const s = text.trim();
  for (const shape of TIMESTAMP_SHAPES) {
    const c = s.charCodeAt(0);
    if (shape.digitFirst !== (c >= 48 && c <= 57)) continue;
    if (shape.scan(s, 0, ctx, whole) && whole.end === s.length) return whole.ms;
  }
  return Number.NaN;
}
