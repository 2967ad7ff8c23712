import { acceptedEventTimes, DEFAULT_RETENTION_DAYS } from '../retention.ts';
import {
  digits,
  isCommaFraction,
  isDigit,
  isLetter,
  key3,
  monthAt,
  readClock,
  restatedFractionEnd,
  twoDigitYear,
  validDateTime,
  WEEKDAYS,
  wallUtc,
  writtenYear,
} from './calendar.ts';
import { wallTimeToInstant, zoneNamedInText, zoneOffset } from './zones.ts';

/** What timestamp parsing needs to know about the line's origin. */
export interface TimeContext {
  /** IANA zone for timestamps written without an offset. */
  readonly zone: string;
  /** When the line was received (epoch ms): picks the year of year-less timestamps. */
  readonly receivedAt: number;
}

/** Result slot a scanner fills: the instant and the index just after the timestamp. */
export interface TimeScan {
  ms: number;
  end: number;
}

const DAY = 86_400_000;
const FUTURE_TOLERANCE = 7 * DAY;

/**
 * The instant of a date written without its year, `at(year)`, for arrival `ref` in `year`: this
 * year's unless it lies more than `FUTURE_TOLERANCE` ahead (then last year's), or over 300 days
 * back while next year's is within the tolerance (`Jan  1 00:00:01` received at 23:59:59 on
 * 31 December, the writer's clock a little ahead). Every year-less shape dates through here.
 */
export function yearlessInstant(at: (year: number) => number, year: number, ref: number): number {
  let t = at(year);
  if (!(t <= ref + FUTURE_TOLERANCE)) t = at(year - 1);
  else if (ref - t > 300 * DAY) {
    const next = at(year + 1);
    if (next <= ref + FUTURE_TOLERANCE) t = next;
  }
  return t;
}

// Fraction and zone parsing share these slots instead of allocating.
let fracMs = 0;
let zoneMs = 0;
let hasZone = false;
/** An IANA zone named after the time (`Europe/Warsaw`), '' when none: its rules turn the wall time into an instant. */
let zoneName = '';

/** No zone read: the context's zone holds. */
function noZone(): void {
  hasZone = false;
  zoneMs = 0;
  zoneName = '';
}

/**
 * Reads `[.,]digits` at `i` (not `,digits,`), and a comma fraction's restatement after it
 * (`restatedFractionEnd`); sets fracMs; returns the index after it.
 */
function readFraction(s: string, i: number): number {
  fracMs = 0;
  const c = s.charCodeAt(i);
  if (c === 44 ? !isCommaFraction(s, i) : c !== 46 || !isDigit(s.charCodeAt(i + 1))) return i;
  let j = i + 1;
  let scale = 100;
  while (j < s.length && isDigit(s.charCodeAt(j))) {
    if (scale >= 1) fracMs += (s.charCodeAt(j) - 48) * scale;
    scale /= 10;
    j++;
  }
  return c === 44 ? restatedFractionEnd(s, i, j) : j;
}

let dayOfMonth = 0;

/**
 * Reads a day of month as syslog and ctime write it (`dd`, ` d` or `d`) followed by a space; sets
 * dayOfMonth; returns the index of that space, or -1.
 */
function readPaddedDay(s: string, i: number): number {
  let j = s.charCodeAt(i) === 32 ? i + 1 : i;
  dayOfMonth = digits(s, j, 2);
  if (dayOfMonth >= 0) j += 2;
  else {
    dayOfMonth = digits(s, j, 1);
    if (dayOfMonth < 0) return -1;
    j += 1;
  }
  return s.charCodeAt(j) === 32 ? j : -1;
}

/**
 * True when `hh`:`mm` can be a zone's offset: every zone in use since 1979 is a whole hour off UTC, or
 * half or three quarters of one (`+05:30`, `+05:45`, `-09:30`), and none less than an hour but more
 * than nothing; `-0001`, `-0014`, `-0015` are counters, `+0060` no time.
 */
function isZoneOffset(hh: number, mm: number): boolean {
  return mm % 15 === 0 && mm < 60 && (hh > 0 || mm === 0);
}

/**
 * Reads `±HH:MM`, `±HHMM` or `±HH` at `i`; returns the index after it, or -1. A `±HHMM` with a word
 * glued after it by `-` (`06:15:02.114-0001-INF`: a thread id between dashes) is a field, not a zone.
 */
function readNumericOffset(s: string, i: number): number {
  const sign = s.charCodeAt(i);
  if (sign !== 43 && sign !== 45) return -1;
  const hh = digits(s, i + 1, 2);
  if (hh < 0 || hh > 23) return -1;
  let j = i + 3;
  let mm = 0;
  if (s.charCodeAt(j) === 58) {
    mm = digits(s, j + 1, 2);
    if (mm < 0) return -1;
    j += 3;
  } else if (isDigit(s.charCodeAt(j))) {
    mm = digits(s, j, 2);
    if (mm < 0) return -1;
    j += 2;
    if (s.charCodeAt(j) === 45 && isLetter(s.charCodeAt(j + 1))) return -1;
  }
  if (!isZoneOffset(hh, mm) || isDigit(s.charCodeAt(j))) return -1;
  zoneMs = (sign === 45 ? -1 : 1) * (hh * 3_600_000 + mm * 60_000);
  hasZone = true;
  return j;
}

function isWordEnd(s: string, i: number): boolean {
  if (i >= s.length) return true;
  const c = s.charCodeAt(i);
  return c === 32 || c === 9 || c === 93 || c === 44 || c === 34 || c === 41;
}

/**
 * True where a zone's word ends at `i`: a word's end, or the colon closing a header's time (Cisco's
 * `Nov 28 03:14:07.205 UTC: %LINK-3-UPDOWN: text`, IOS XR's `…:Mar 28 15:08:30.941 PST: bgp[1]: …`).
 */
function isZoneWordEnd(s: string, i: number): boolean {
  return isWordEnd(s, i) || (s.charCodeAt(i) === 58 && (i + 1 >= s.length || s.charCodeAt(i + 1) === 32));
}

/**
 * True when ` ±HH` ending at `j` stands where a zone ends a header: at the end, before a closing
 * bracket or a separator, before ` - ` or an opening bracket (`2026-11-23 01:00:00 +01 - text`,
 * `… 14:02:11 -03 [812] LOG:`), or before the year of a date that had none yet (date(1)'s `Mon Nov 23
 * 01:00:00 +03 2026`), as the tz database's numeric abbreviations and .NET's `zz` print the offset;
 * before a word, or a number after a dated time (`2026-11-23 01:00:00 +01 2026 retries`), it is text.
 */
function endsHourOffset(s: string, j: number, yearMayFollow: boolean): boolean {
  if (Math.abs(zoneMs) > 14 * 3_600_000) return false;
  if (j >= s.length) return true;
  const c = s.charCodeAt(j);
  if (c === 93 || c === 41 || c === 44 || c === 124 || c === 59) return true;
  if (c !== 32) return false;
  const n = s.charCodeAt(j + 1);
  if (isDigit(n)) return yearMayFollow && writtenYear(s, j + 1) >= 0 && isWordEnd(s, j + 5);
  if (n === 45) return s.charCodeAt(j + 2) === 32;
  return n === 91 || n === 40 || n === 60 || n === 124 || n === 58;
}

/**
 * Reads an optional zone after a time at `i`: `Z`, `±hh:mm`, ` ±hhmm`, ` ±hh` before a field (or
 * before the year when `yearMayFollow`, the date having none yet), ` UTC`, ` GMT`.
 */
function readZone(s: string, i: number, yearMayFollow = false): number {
  noZone();
  const c = s.charCodeAt(i);
  if (c === 90 || c === 122) {
    hasZone = true;
    return afterBracketedZoneName(s, i + 1);
  }
  if (c === 43 || c === 45) {
    const j = readNumericOffset(s, i);
    return j < 0 ? i : afterBracketedZoneName(s, j);
  }
  if (c === 32) {
    const n = s.charCodeAt(i + 1);
    if ((n === 43 || n === 45) && isDigit(s.charCodeAt(i + 2))) {
      // After a space ±HHMM and ±HH:MM count, and ±HH where a header goes on after it: "… 14:32:15 -12
      // items" is text.
      const j = readNumericOffset(s, i + 1);
      if (j - i - 1 >= 5 || (j > 0 && endsHourOffset(s, j, yearMayFollow))) return j;
      hasZone = false;
      return i;
    }
    // Go's `2006-01-02 15:04:05.000 Z07:00` writes UTC as ` Z`.
    if (n === 90 && isZoneWordEnd(s, i + 2)) {
      hasZone = true;
      return i + 2;
    }
    if ((n === 85 || n === 71) && (s.startsWith('UTC', i + 1) || s.startsWith('GMT', i + 1))) {
      if (isZoneWordEnd(s, i + 4)) {
        hasZone = true;
        return i + 4;
      }
      const j = readNumericOffset(s, i + 4);
      if (j > 0) return n === 71 ? afterZoneLabel(s, j) : j;
    }
    if (n === 40) return readParenthesisedZone(s, i + 2, i);
    if (n >= 65 && n <= 90) {
      const j = readZoneAbbreviation(s, i + 1, i);
      return j > i ? j : readZoneName(s, i + 1, i);
    }
  }
  return i;
}

/** Longest zone label read after JavaScript's `GMT+hhmm` (`(Central European Standard Time)`). */
const MAX_ZONE_LABEL = 64;

/**
 * JavaScript's `Date.prototype.toString()` names the zone after its offset, in parentheses and in
 * words (`GMT+0100 (Central European Standard Time)`, localised by ICU: `(Mitteleuropäische
 * Normalzeit)`): a label only, the offset gives the instant. Letters, spaces, `.`, `'`, `’` and `-`,
 * a letter first, or the offset itself, `(GMT+03:00)`, as V8 names a zone with no name (`Etc/GMT-3`);
 * anything else in parentheses (`(pid 42)`) is not a zone's name. Returns the index
 * after the parenthesis, else `i`.
 */
function afterZoneLabel(s: string, i: number): number {
  if (s.charCodeAt(i) !== 32 || s.charCodeAt(i + 1) !== 40 || !isLabelLetter(s.charCodeAt(i + 2))) return i;
  // A zone with no name of its own (`Etc/GMT-3`): V8 names it by its offset, `(GMT+03:00)`.
  if (s.startsWith('GMT', i + 2)) {
    const sign = s.charCodeAt(i + 5);
    if (
      (sign === 43 || sign === 45) &&
      digits(s, i + 6, 2) >= 0 &&
      s.charCodeAt(i + 8) === 58 &&
      digits(s, i + 9, 2) >= 0 &&
      s.charCodeAt(i + 11) === 41
    )
      return i + 12;
  }
  for (let k = i + 3; k - i - 2 <= MAX_ZONE_LABEL; k++) {
    const c = s.charCodeAt(k);
    if (c === 41) return k + 1;
    if (!(isLabelLetter(c) || c === 32 || c === 46 || c === 39 || c === 8217 || c === 45)) return i;
  }
  return i;
}

/** A letter of a zone's name in words: ASCII, or any character past U+00BF (é, ä, Cyrillic, CJK). */
function isLabelLetter(c: number): boolean {
  return isLetter(c) || (c > 191 && c !== 8217);
}

/** Longest IANA zone name read (`America/Argentina/ComodRivadavia` has 32 characters). */
const MAX_ZONE_NAME = 40;

/**
 * Where an IANA zone name at `at` ends (`Europe/Warsaw`, `America/Argentina/Buenos_Aires`,
 * `Etc/GMT+5`): a capital, then letters, digits, `_ - +`, with a `/` before a capital at least
 * once; -1 when the text has not that shape. Whether the runtime knows the zone is the caller's
 * question.
 */
function zoneNameEnd(s: string, at: number): number {
  let slash = false;
  let k = at + 1;
  for (; k - at <= MAX_ZONE_NAME; k++) {
    const c = s.charCodeAt(k);
    if (c === 47) {
      const next = s.charCodeAt(k + 1);
      if (next < 65 || next > 90) return -1;
      slash = true;
    } else if (!(isLetter(c) || isDigit(c) || c === 95 || c === 45 || c === 43)) break;
  }
  return slash && k - at <= MAX_ZONE_NAME ? k : -1;
}

/**
 * A zone named after the time as a whole word at `at` (` Europe/Warsaw`: PHP's error_log under
 * `date.timezone`, loggers printing a zone id): the wall time is read in that zone's rules, from
 * the runtime's tz data. A name the runtime does not know is no zone (`Foo/Bar` stays text).
 * Returns the index after it, else `none`.
 */
function readZoneName(s: string, at: number, none: number): number {
  const end = zoneNameEnd(s, at);
  if (end < 0 || !isZoneWordEnd(s, end)) return none;
  const zone = zoneNamedInText(s.slice(at, end));
  if (zone === '') return none;
  zoneName = zone;
  return end;
}

/**
 * Java's `ZonedDateTime` writes its zone's name in brackets right after the offset
 * (`2026-11-28T10:00:00+01:00[Europe/Paris]`, `…Z[UTC]`): the offset reads the instant, the name is
 * part of the time. Returns the index after the bracket when a known zone is named there, else `i`.
 */
function afterBracketedZoneName(s: string, i: number): number {
  if (s.charCodeAt(i) !== 91) return i;
  const close = s.charCodeAt(i + 4) === 93 ? i + 4 : zoneNameEnd(s, i + 1);
  if (close < 0 || s.charCodeAt(close) !== 93 || zoneNamedInText(s.slice(i + 1, close)) === '') return i;
  return close + 1;
}

/**
 * `UTC` or `GMT` at `at`, alone or with an offset, closed by a parenthesis: ` (UTC+0100)` (open62541's
 * `(UTC%+05d)`), ` (UTC+01:00)` (as Windows names its zones), ` (GMT)`; or the offset alone, hours and
 * minutes, as the balena dashboard prints the viewer's zone after each log line's time
 * (`17.08.20 10:37:54 (+0300)  main  Starting WiFi Connect`, `parenthesisedOffsetEnd`). Returns the
 * index after the parenthesis, else `none` (no zone read).
 */
function readParenthesisedZone(s: string, at: number, none: number): number {
  const sign = s.charCodeAt(at);
  if (sign === 43 || sign === 45) return parenthesisedOffsetEnd(s, at, none);
  if (!s.startsWith('UTC', at) && !s.startsWith('GMT', at)) return none;
  let j = at + 3;
  if (s.charCodeAt(j) !== 41) {
    j = readHundredthsOffset(s, j);
    if (j < 0) j = readNumericOffset(s, at + 3);
    if (j < 0 || s.charCodeAt(j) !== 41 || Math.abs(zoneMs) > 14 * 3_600_000) {
      hasZone = false;
      zoneMs = 0;
      return none;
    }
  }
  hasZone = true;
  return j + 1;
}

/**
 * `+0300)`, `-05:00)` at `at`: an offset with its minutes closed by the parenthesis, then a space or
 * the end. Hours alone (`(+3)`, `(+03)`) are a count's change as often as a zone, and are left.
 */
function parenthesisedOffsetEnd(s: string, at: number, none: number): number {
  const j = readNumericOffset(s, at);
  if (
    j - at >= 5 &&
    Math.abs(zoneMs) <= 14 * 3_600_000 &&
    s.charCodeAt(j) === 41 &&
    (j + 1 >= s.length || s.charCodeAt(j + 1) === 32)
  )
    return j + 1;
  hasZone = false;
  zoneMs = 0;
  return none;
}

/**
 * open62541 prints its offset as `%+05d` of seconds / 36, hundredths of an hour: `+0550` is +05:30
 * (India), `+0575` +05:45 (Nepal), `-0350` -03:30. No zone's minutes are 50, and 75 is none, so those
 * two endings are read so; any other is hours and minutes, as the two readings agree on whole hours.
 * Returns the index after the four digits, else -1.
 */
function readHundredthsOffset(s: string, i: number): number {
  const sign = s.charCodeAt(i);
  const v = digits(s, i + 1, 4);
  if ((sign !== 43 && sign !== 45) || v < 0 || isDigit(s.charCodeAt(i + 5))) return -1;
  const hundredths = v % 100;
  if (hundredths !== 50 && hundredths !== 75) return -1;
  zoneMs = (sign === 45 ? -1 : 1) * (Math.floor(v / 100) * 3_600_000 + hundredths * 36_000);
  hasZone = true;
  return i + 5;
}

/**
 * Zone abbreviations that loggers write after the time (Java's `Date.toString()` and `z`, date(1),
 * PostgreSQL's `%t`/`%m` under a local `log_timezone`), with their fixed offsets in minutes. Only
 * those that name one offset in common use: `IST` (India, Ireland, Israel) is left out, and `CST`
 * and the other North American names are read as Java and the tz database read them.
 */
const ZONE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['UT', 0],
  ['WET', 0],
  ['WEST', 60],
  ['BST', 60],
  ['CET', 60],
  ['CEST', 120],
  ['MET', 60],
  ['MEST', 120],
  ['EET', 120],
  ['EEST', 180],
  ['MSK', 180],
  ['EST', -300],
  ['EDT', -240],
  ['CST', -360],
  ['CDT', -300],
  ['MST', -420],
  ['MDT', -360],
  ['PST', -480],
  ['PDT', -420],
  ['AKST', -540],
  ['AKDT', -480],
  ['HST', -600],
  ['JST', 540],
  ['KST', 540],
  ['HKT', 480],
  ['SGT', 480],
  ['AWST', 480],
  ['ACST', 570],
  ['ACDT', 630],
  ['AEST', 600],
  ['AEDT', 660],
  ['NZST', 720],
  ['NZDT', 780],
]);

/** A zone abbreviation (`CET`, `PST`) as a whole word at `at`; returns the index after it, else `none`. */
function readZoneAbbreviation(s: string, at: number, none: number): number {
  let j = at;
  while (j - at < 5 && s.charCodeAt(j) >= 65 && s.charCodeAt(j) <= 90) j++;
  // `UT:` closing a header is as often a program's tag (`Nov 28 03:14:07 UT: test passed`).
  if (j - at < 2 || !(j - at > 2 ? isZoneWordEnd(s, j) : isWordEnd(s, j))) return none;
  const minutes = ZONE_ABBREVIATIONS.get(s.slice(at, j));
  if (minutes === undefined) return none;
  hasZone = true;
  zoneMs = minutes * 60_000;
  return j;
}

/**
 * The zone `readZoneAt` read last: whether an offset was read, and that offset in ms (east
 * positive), or the name of a zone (`Europe/Warsaw`, '' when none) whose rules give it.
 */
export const zoneOfLastRead = { has: false, ms: 0, name: '' };

/** True when `readZoneAt`'s last read found a zone, as an offset or by its name. */
export function zoneWasRead(): boolean {
  return zoneOfLastRead.has || zoneOfLastRead.name !== '';
}

/**
 * The offset (ms east of UTC) written before the time in the bracket opening the line and closed
 * right after it, strftime's `%z` first: ChatTTS's `tools/logger/log.py` writes `"[" +
 * strftime("%z %Y%m%d %H:%M:%S") + "] ["`, so `[+0800 20261201 06:58:40] [INFO] …`. Hours and
 * minutes (`+0800`, `-05:00`), an offset a zone can have, one space, then the time at `at` ending at
 * `end`; NaN for anything else (`[+08 …]`, `[+0800 … x]`, an offset not opening the bracket).
 */
export function offsetOpeningBracket(raw: string, at: number, end: number): number {
  if (raw.charCodeAt(0) !== 91 || raw.charCodeAt(end) !== 93 || at < 7 || at > 8) return Number.NaN;
  const c = raw.charCodeAt(1);
  if (c !== 43 && c !== 45) return Number.NaN;
  const j = readNumericOffset(raw, 1);
  const offset = zoneMs;
  noZone();
  return j === at - 1 && raw.charCodeAt(j) === 32 && Math.abs(offset) <= 14 * 3_600_000 ? offset : Number.NaN;
}

/** Reads an optional zone at `i` (see `readZone`); returns the index after it, `i` when none. */
export function readZoneAt(s: string, i: number, yearMayFollow = false): number {
  const end = readZone(s, i, yearMayFollow);
  zoneOfLastRead.has = hasZone;
  zoneOfLastRead.ms = zoneMs;
  zoneOfLastRead.name = zoneName;
  return end;
}

function finish(out: TimeScan, wall: number, end: number, zone: string): boolean {
  out.ms = hasZone ? wall - zoneMs : wallTimeToInstant(zoneName || zone, wall);
  out.end = end;
  return true;
}

/**
 * The date `y`-`mo`-`d` at `HH:mm:ss` written at `at`, an optional fraction and zone after it: fills
 * `out`; false when no clock is there or the calendar refuses the date.
 */
function finishClock(
  s: string,
  at: number,
  y: number,
  mo: number,
  d: number,
  ctx: TimeContext,
  out: TimeScan,
): boolean {
  const clock = readClock(s, at);
  if (clock < 0) return false;
  const h = Math.floor(clock / 10_000);
  const mi = Math.floor(clock / 100) % 100;
  const se = clock % 100;
  if (!validDateTime(y, mo, d, h, mi, se)) return false;
  const end = readZone(s, readFraction(s, at + 8));
  return finish(out, wallUtc(y, mo, d, h, mi, se, fracMs), end, ctx.zone);
}

/** `yyyy-MM-dd[T ]HH:mm:ss[.,frac][zone]` and `yyyy/MM/dd HH:mm:ss[.frac]` (Go). */
function scanIsoLike(s: string, i: number, ctx: TimeContext, out: TimeScan, dateOnly: boolean): boolean {
  const y = digits(s, i, 4);
  const sep = s.charCodeAt(i + 4);
  if (y < 0 || (sep !== 45 && sep !== 47) || s.charCodeAt(i + 7) !== sep) return false;
  const mo = digits(s, i + 5, 2);
  const d = digits(s, i + 8, 2);
  if (mo < 0 || d < 0) return false;
  const t = s.charCodeAt(i + 10);
  if (t !== 84 && t !== 32 && t !== 116) {
    if (!dateOnly || i + 10 !== s.length || !validDateTime(y, mo, d, 0, 0, 0)) return false;
    noZone();
    return finish(out, wallUtc(y, mo, d, 0, 0, 0, 0), i + 10, ctx.zone);
  }
  return finishClock(s, i + 11, y, mo, d, ctx, out);
}

/** `yyMMdd HHmmss` (HDFS). */
function scanCompact(s: string, i: number, ctx: TimeContext, out: TimeScan): boolean {
  if (s.charCodeAt(i + 6) !== 32) return false;
  const date = digits(s, i, 6);
  const time = digits(s, i + 7, 6);
  if (date < 0 || time < 0 || isDigit(s.charCodeAt(i + 13))) return false;
  const y = twoDigitYear(Math.floor(date / 10_000));
  const mo = Math.floor(date / 100) % 100;
  const d = date % 100;
  const h = Math.floor(time / 10_000);
  const mi = Math.floor(time / 100) % 100;
  const se = time % 100;
  if (!validDateTime(y, mo, d, h, mi, se)) return false;
  noZone();
  return finish(out, wallUtc(y, mo, d, h, mi, se, 0), i + 13, ctx.zone);
}

/**
 * `yy/MM/dd HH:mm:ss` (Spark), or the same digits month first (`MM/dd/yy`, the US short date) or day
 * first (`dd/MM/yy`, the European one): a two-digit year leaves the three readings open, months or
 * years apart. The year-first reading stays when it lies inside the window the time-range check
 * accepts (`acceptedEventTimes`, default retention) or when no other does (a replayed Spark log keeps
 * `17/06/09` as 2017-06-09); else the first of month-first, day-first inside it is taken (`30/11/26`
 * received in December 2026 is 2026-11-30, not 2030-11-26). Per line, as the dashed and dotted pairs
 * (`eitherOrderShape`); only a line the year-first reading reads tries the others.
 */
function scanShortSlashed(s: string, i: number, ctx: TimeContext, out: TimeScan): boolean {
  const yy = digits(s, i, 2);
  const mo = digits(s, i + 3, 2);
  const d = digits(s, i + 6, 2);
  if (yy < 0 || mo < 0 || d < 0 || s.charCodeAt(i + 5) !== 47 || s.charCodeAt(i + 8) !== 32) return false;
  const clock = readClock(s, i + 9);
  if (clock < 0) return false;
  const y = twoDigitYear(yy);
  const h = Math.floor(clock / 10_000);
  const mi = Math.floor(clock / 100) % 100;
  const se = clock % 100;
  if (!validDateTime(y, mo, d, h, mi, se)) return false;
  const end = readZone(s, readFraction(s, i + 17));
  const frac = fracMs;
  finish(out, wallUtc(y, mo, d, h, mi, se, frac), end, ctx.zone);
  const window = acceptedEventTimes(ctx.receivedAt, DEFAULT_RETENTION_DAYS);
  if (out.ms >= window.from && out.ms <= window.to) return true;
  const yearFirst = out.ms;
  // Month first (`yy` the month, `mo` the day, `d` the year), then day first; a year of `d` that
  // no day of the window is in (a replayed Spark log's `09`) tries neither.
  const year = twoDigitYear(d);
  // A day's margin either side of the year for the zone.
  if (
    wallUtc(year + 1, 1, 1, 0, 0, 0, 0) + DAY >= window.from &&
    wallUtc(year, 1, 1, 0, 0, 0, 0) - DAY <= window.to
  ) {
    if (validDateTime(year, yy, mo, h, mi, se)) {
      finish(out, wallUtc(year, yy, mo, h, mi, se, frac), end, ctx.zone);
      if (out.ms >= window.from && out.ms <= window.to) return true;
    }
    if (validDateTime(year, mo, yy, h, mi, se)) {
      finish(out, wallUtc(year, mo, yy, h, mi, se, frac), end, ctx.zone);
      if (out.ms >= window.from && out.ms <= window.to) return true;
    }
  }
  out.ms = yearFirst;
  return true;
}

/** `dd/Mon/yyyy:HH:mm:ss ±zzzz` (Apache/Nginx access logs). */
export function scanClf(s: string, i: number, ctx: TimeContext, out: TimeScan): boolean {
  return scanDayMonthYear(s, i, 58, ctx, out);
}

/**
 * `dd/Mon/yyyy HH:mm:ss`, the request time Python's `http.server` writes in its access line
 * (`BaseHTTPRequestHandler.log_date_time_string`: `"%02d/%3s/%04d %02d:%02d:%02d"`, local time, no
 * zone) and werkzeug's development server after it (`serving.py`'s `log`).
 */
export function scanHttpServerDate(s: string, i: number, ctx: TimeContext, out: TimeScan): boolean {
  return scanDayMonthYear(s, i, 32, ctx, out);
}

/** `dd/Mon/yyyy`, then `sep`, then the clock (and a fraction and zone where written). */
function scanDayMonthYear(s: string, i: number, sep: number, ctx: TimeContext, out: TimeScan): boolean {
  const d = digits(s, i, 2);
  const mo = monthAt(s, i + 3);
  const y = digits(s, i + 7, 4);
  if (d < 0 || mo === 0 || y < 0 || s.charCodeAt(i + 2) !== 47 || s.charCodeAt(i + 6) !== 47) return false;
  if (s.charCodeAt(i + 11) !== sep) return false;
  return finishClock(s, i + 12, y, mo, d, ctx, out);
}

let memoReceivedAt = Number.NaN;
let memoZone = '';
let memoYear = 0;

/** The calendar year in `zone` at `instant` (memoised for the last arrival and zone). */
export function yearAt(zone: string, instant: number): number {
  if (instant !== memoReceivedAt || zone !== memoZone) {
    memoReceivedAt = instant;
    memoZone = zone;
    memoYear = new Date(instant + zoneOffset(zone, instant)).getUTCFullYear();
  }
  return memoYear;
}

/**
 * `Mon dd HH:mm:ss[.frac]` (syslog RFC 3164, no year; the day may be space-padded). The year is the
 * one that puts the line closest before the time it was received: a Dec 31 line received on Jan 1
 * belongs to the previous year. Lines up to a week "in the future" are tolerated (clock skew).
 */
export function scanSyslogDate(s: string, i: number, ctx: TimeContext, out: TimeScan): boolean {
  if (i === lastSyslogDate.i && ctx === lastSyslogDate.ctx && s === lastSyslogDate.s) {
    if (lastSyslogDate.found) {
      out.ms = lastSyslogDate.ms;
      out.end = lastSyslogDate.end;
    }
    return lastSyslogDate.found;
  }
  const found = readSyslogDate(s, i, ctx, out);
  lastSyslogDate.s = s;
  lastSyslogDate.i = i;
  lastSyslogDate.ctx = ctx;
  lastSyslogDate.found = found;
  lastSyslogDate.ms = out.ms;
  lastSyslogDate.end = out.end;
  return found;
}

/**
 * The last syslog date read: a syslog line's is read by its format and again by the header finder
 * (a learned structure's shape), with the same line, place and context, so the second is a copy.
 * The context is compared by identity, which is right because a `TimeContext` is never changed in
 * place (`compileParser` makes a new one when the reference time changes). It keeps one line alive
 * (a slice keeps its record's text) until the next syslog date is read: bounded, so left as is.
 */
const lastSyslogDate = {
  s: '',
  i: -1,
  ctx: undefined as TimeContext | undefined,
  found: false,
  ms: 0,
  end: 0,
};

function readSyslogDate(s: string, i: number, ctx: TimeContext, out: TimeScan): boolean {
  const mo = monthAt(s, i);
  if (mo === 0 || s.charCodeAt(i + 3) !== 32) return false;
  const j = readPaddedDay(s, i + 4);
  if (j < 0) return false;
  const d = dayOfMonth;
  const clock = readClock(s, j + 1);
  if (clock < 0) return false;
  const h = Math.floor(clock / 10_000);
  const mi = Math.floor(clock / 100) % 100;
  const se = clock % 100;
  const end = readZone(s, readFraction(s, j + 9), true);
  const zoneAhead = hasZone;
  const offset = zoneMs;
  const zone = zoneName || ctx.zone;
  const ms = fracMs;
  const ref = ctx.receivedAt;
  const at = (y: number): number => {
    if (!validDateTime(y, mo, d, h, mi, se)) return Number.NaN;
    const wall = wallUtc(y, mo, d, h, mi, se, ms);
    return zoneAhead ? wall - offset : wallTimeToInstant(zone, wall);
  };
  // `Nov 29 06:00:03 2026`: the year written after the time is the line's.
  const written = s.charCodeAt(end) === 32 ? writtenYear(s, end + 1) : -1;
  if (written !== -1 && isWordEnd(s, end + 5)) {
    const t = at(written);
    if (Number.isNaN(t)) return false;
    out.ms = t;
    out.end = end + 5;
    return true;
  }
  const t = yearlessInstant(at, yearAt(zone, ref), ref);
  if (Number.isNaN(t)) return false;
  out.ms = t;
  out.end = end;
  return true;
}

let monthOfDate = 0;

/**
 * `Www Mon dd ` at `i`, as ctime and JavaScript's `Date.prototype.toString()` open their dates: sets
 * monthOfDate and dayOfMonth; returns the index of the space after the day, or -1.
 */
function readWeekdayDate(s: string, i: number): number {
  if (!WEEKDAYS.has(key3(s, i)) || s.charCodeAt(i + 3) !== 32) return -1;
  monthOfDate = monthAt(s, i + 4);
  if (monthOfDate === 0 || s.charCodeAt(i + 7) !== 32) return -1;
  return readPaddedDay(s, i + 8);
}

/** `Www Mon dd HH:mm:ss[.frac] yyyy` (ctime; Apache error log). */
export function scanCtime(s: string, i: number, ctx: TimeContext, out: TimeScan): boolean {
  let j = readWeekdayDate(s, i);
  if (j < 0) return false;
  const mo = monthOfDate;
  const d = dayOfMonth;
  const clock = readClock(s, j + 1);
  if (clock < 0) return false;
  const clockEnd = j + 9;
  j = readFraction(s, clockEnd);
  if (s.charCodeAt(j) !== 32) return false;
  const y = writtenYear(s, j + 1);
  const h = Math.floor(clock / 10_000);
  const mi = Math.floor(clock / 100) % 100;
  const se = clock % 100;
  if (y < 0 || !validDateTime(y, mo, d, h, mi, se)) return false;
  // Else a fraction after the year: C programs append `.%06ld` to ctime's text (`… 15:05:56 2026.971995`).
  const afterYear = j === clockEnd && s.charCodeAt(j + 5) === 46 ? readFraction(s, j + 5) : j + 5;
  const end = readZone(s, afterYear);
  return finish(out, wallUtc(y, mo, d, h, mi, se, fracMs), end, ctx.zone);
}

/**
 * `Www Mon dd yyyy HH:mm:ss[.frac][ GMT±hhmm[ (Zone Name)]]`: JavaScript's `Date.prototype.toString()`
 * (Node programs print `new Date().toString()`, or cut it after the time), the year before the time as
 * ctime writes it after. The offset gives the instant; without it the context's zone holds.
 */
function scanJsDate(s: string, i: number, ctx: TimeContext, out: TimeScan): boolean {
  const j = readWeekdayDate(s, i);
  if (j < 0) return false;
  const mo = monthOfDate;
  const d = dayOfMonth;
  const y = writtenYear(s, j + 1);
  if (y < 0 || s.charCodeAt(j + 5) !== 32) return false;
  return finishClock(s, j + 6, y, mo, d, ctx, out);
}

/**
 * A timestamp at the start of a line (index `i`), in any shape Logward knows that begins there:
 * ISO 8601/RFC 3339, log4j/Python `yyyy-MM-dd HH:mm:ss,SSS`, Go `yyyy/MM/dd`, Spark `yy/MM/dd`,
 * HDFS `yyMMdd HHmmss`, CLF, syslog `Mon dd HH:mm:ss`, ctime. Fills `out`; false when none.
 */
export function scanTimestamp(s: string, i: number, ctx: TimeContext, out: TimeScan): boolean {
  const c = s.charCodeAt(i);
  if (isDigit(c)) {
    const c2 = s.charCodeAt(i + 2);
    if (c2 === 47) return scanShortSlashed(s, i, ctx, out) || scanClf(s, i, ctx, out);
    const c4 = s.charCodeAt(i + 4);
    if (c4 === 45 || c4 === 47) return scanIsoLike(s, i, ctx, out, false);
    return scanCompact(s, i, ctx, out);
  }
  if (c >= 65 && c <= 122) {
    if (s.charCodeAt(i + 3) === 44) return scanRfc2822(s, i, ctx, out);
    return scanSyslogDate(s, i, ctx, out) || scanCtime(s, i, ctx, out) || scanJsDate(s, i, ctx, out);
  }
  return false;
}

/**
 * `Www, dd Mon yyyy HH:mm:ss (GMT|±zzzz)` (RFC 2822 / HTTP dates), or with RFC 822's two-digit year
 * (`Mon, 30 Nov 26 14:00:01 +0000`: PHP's `DATE_RFC822`, old mail dates), which no other shape may
 * take for a month and its day (`Nov 26`).
 */
function scanRfc2822(s: string, i: number, ctx: TimeContext, out: TimeScan): boolean {
  if (!WEEKDAYS.has(key3(s, i)) || s.charCodeAt(i + 4) !== 32) return false;
  let j = i + 5;
  let d = digits(s, j, 2);
  if (d >= 0) j += 2;
  else {
    d = digits(s, j, 1);
    if (d < 0) return false;
    j += 1;
  }
  const mo = monthAt(s, j + 1);
  if (s.charCodeAt(j) !== 32 || mo === 0 || s.charCodeAt(j + 4) !== 32) return false;
  const yy = s.charCodeAt(j + 7) === 32 ? digits(s, j + 5, 2) : -1;
  const y = yy < 0 ? digits(s, j + 5, 4) : twoDigitYear(yy);
  const clockAt = yy < 0 ? j + 10 : j + 8;
  if (y < 0 || s.charCodeAt(clockAt - 1) !== 32) return false;
  const clock = readClock(s, clockAt);
  if (clock < 0) return false;
  const h = Math.floor(clock / 10_000);
  const mi = Math.floor(clock / 100) % 100;
  const se = clock % 100;
  if (!validDateTime(y, mo, d, h, mi, se)) return false;
  const end = readZone(s, clockAt + 8);
  return finish(out, wallUtc(y, mo, d, h, mi, se, 0), end, ctx.zone);
}

const wholeScan: TimeScan = { ms: 0, end: 0 };

/** Largest time a JavaScript Date holds (±100,000,000 days from the epoch), in ms. */
const MAX_TIME_MS = 8.64e15;

/**
 * Epoch seconds, ms, µs or ns, told apart by magnitude (seconds until year 5138); NaN for a
 * value no Date can hold, so no caller ever formats an invalid time.
 */
export function epochToMs(n: number): number {
  const a = Math.abs(n);
  let ms: number;
  // A fraction is cut to the millisecond, as in every other shape: rounded to the microsecond
  // first, so binary noise (`.456` stored as `.45599…`) does not lose one.
  if (a < 1e11) ms = Math.floor(Math.round(n * 1e6) / 1000);
  else if (a < 1e14) ms = Math.floor(Math.round(n * 1000) / 1000);
  else if (a < 1e17) ms = Math.floor(n / 1000);
  else ms = Math.floor(n / 1e6);
  return Math.abs(ms) <= MAX_TIME_MS ? ms : Number.NaN;
}

/** Most digits an epoch's whole part may have (nanoseconds until 2286). */
const EPOCH_DIGITS = 19;
/** Integer digits written before the exponent: one, as `%e` and Go's shortest `%g` write it. */
const EXPONENT_LEAD = 1;

/** The n-th digit of a number written at `i` (`written` whole digits, a fraction from `fraction` to `end`), 0 past the last. */
function epochDigit(s: string, i: number, written: number, fraction: number, end: number, n: number): number {
  if (n < written) return s.charCodeAt(i + n) - 48;
  const k = fraction + n - written;
  return k < end && isDigit(s.charCodeAt(k)) ? s.charCodeAt(k) - 48 : 0;
}

/**
 * An epoch number at `i` read from its decimal digits: plain (`1795433402.115001`) or in exponent
 * notation (`1.795433402115001e+09`, `E`, the `+` optional, one or two exponent digits: Go's shortest
 * `%g`, as zap's epoch encoders wrote it before zap 1.22, controller-runtime's default logger). Seconds,
 * ms, µs or ns by the count of the whole part's significant digits, as `epochToMs` tells them by
 * magnitude; the millisecond is cut from the digits written, so no double rounds `.9999997` into the
 * next second. An exponent must leave the whole part written in full (`1.5e+09` names no second).
 * Fills `out` (ms, end) and returns the whole part's digit count, leading zeros included; -1 when
 * no such number is there (a word or a digit glued after it is the caller's question).
 */
export function scanEpochNumber(s: string, i: number, out: TimeScan): number {
  let j = i;
  while (isDigit(s.charCodeAt(j))) j++;
  const written = j - i;
  if (written === 0) return -1;
  const fraction = s.charCodeAt(j) === 46 && isDigit(s.charCodeAt(j + 1)) ? j + 1 : j;
  let end = fraction;
  while (isDigit(s.charCodeAt(end))) end++;
  let whole = written;
  const e = s.charCodeAt(end);
  if (e === 101 || e === 69) {
    if (written !== EXPONENT_LEAD || fraction === j) return -1;
    const from = s.charCodeAt(end + 1) === 43 ? end + 2 : end + 1;
    let k = from;
    let exponent = 0;
    while (isDigit(s.charCodeAt(k))) exponent = exponent * 10 + s.charCodeAt(k++) - 48;
    if (k === from || k - from > 2 || exponent > end - fraction) return -1;
    whole += exponent;
    end = k;
  }
  if (whole > EPOCH_DIGITS) return -1;
  let lead = 0;
  while (lead < whole - 1 && epochDigit(s, i, written, fraction, end, lead) === 0) lead++;
  const significant = whole - lead;
  // Digits past the whole part kept for the millisecond: 3 for seconds, none for ms, fewer for µs, ns.
  const past = significant <= 11 ? 3 : significant <= 14 ? 0 : significant <= 17 ? -3 : -6;
  let ms = 0;
  for (let n = 0; n < whole + past; n++) ms = ms * 10 + epochDigit(s, i, written, fraction, end, n);
  out.ms = ms;
  out.end = end;
  return whole;
}

const epochScan: TimeScan = { ms: 0, end: 0 };

/**
 * Longest whole timestamp value read: JavaScript's `Date.prototype.toString()` with its zone's name,
 * `Mon Nov 30 2026 11:20:04 GMT+0100 (` and a label of up to `MAX_ZONE_LABEL` characters, `)`.
 */
const MAX_TIMESTAMP_TEXT = 100;

/** `yyyy-MM-dd HH:mm.ss`'s length. */
const MINUTE_DOT_SECOND_LENGTH = 19;

/**
 * A whole value `yyyy-MM-dd HH:mm.ss`, the seconds after a dot: structlog's `TimeStamper` given
 * `fmt="%Y-%m-%d %H:%M.%S"` (BC Gov's vc-authn-oidc `logconf.json` `time_stamp_format`, and the
 * same string in other projects' structlog set-ups), UTC unless `utc=False` (structlog's default
 * `utc=True`), read in the context's zone as every zone-less time. Only as a whole value under a
 * time key: one colon and two digits after the dot, nothing after, so no `HH:mm:ss.S` (two colons)
 * or decimal fits it; on a free-text line the same text is unproven. NaN when the date is none.
 */
function minuteDotSecondValue(s: string, ctx: TimeContext): number {
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  const h = digits(s, 11, 2);
  const mi = digits(s, 14, 2);
  const se = digits(s, 17, 2);
  if (
    y < 0 ||
    mo < 0 ||
    d < 0 ||
    h < 0 ||
    mi < 0 ||
    se < 0 ||
    s.charCodeAt(4) !== 45 ||
    s.charCodeAt(7) !== 45 ||
    s.charCodeAt(10) !== 32 ||
    s.charCodeAt(13) !== 58 ||
    !validDateTime(y, mo, d, h, mi, se)
  )
    return Number.NaN;
  noZone();
  finish(wholeScan, wallUtc(y, mo, d, h, mi, se, 0), MINUTE_DOT_SECOND_LENGTH, ctx.zone);
  return wholeScan.ms;
}

/**
 * A whole timestamp value (a JSON or logfmt field, a custom pattern's `timestamp` group): any shape
 * `scanTimestamp` reads, a bare date, or epoch seconds/ms/µs/ns as digits. NaN when not understood.
 */
export function parseTimestampText(text: string, ctx: TimeContext): number {
  const s =
    text.length > 0 && (text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32)
      ? text.trim()
      : text;
  if (s.length === 0 || s.length > MAX_TIMESTAMP_TEXT) return Number.NaN;
  const c = s.charCodeAt(0);
  if (isDigit(c) && s.length >= 9 && isDigit(s.charCodeAt(4)) && /^\d{9,19}(\.\d+)?$/.test(s)) {
    return scanEpochNumber(s, 0, epochScan) > 0 ? epochScan.ms : Number.NaN;
  }
  // Exponent notation (`1.7954337096957021e+09`), its seconds written in full.
  if (isDigit(c) && s.charCodeAt(1) === 46 && scanEpochNumber(s, 0, epochScan) >= 9) {
    return epochScan.end === s.length ? epochScan.ms : Number.NaN;
  }
  if (isDigit(c) && s.length === 10 && s.charCodeAt(4) === 45) {
    if (scanIsoLike(s, 0, ctx, wholeScan, true)) return wholeScan.ms;
    return Number.NaN;
  }
  if (scanTimestamp(s, 0, ctx, wholeScan) && wholeScan.end === s.length) return wholeScan.ms;
  if (s.length === MINUTE_DOT_SECOND_LENGTH && s.charCodeAt(16) === 46) return minuteDotSecondValue(s, ctx);
  if (c === 91 && s.charCodeAt(s.length - 1) === 93) return parseTimestampText(s.slice(1, -1), ctx);
  return Number.NaN;
}

/**
 * A timestamp value of any JSON type: numbers are epochs, strings go through `parseTimestampText`. A
 * number whose fraction rounds to a whole millisecond at the microsecond (`epochToMs`) is read from
 * its shortest decimal digits (`String`), its millisecond cut as every epoch's is (`scanEpochNumber`):
 * `1795433709.9999997` is `.999`, where the rounding gave the next second. Only there: `String` costs
 * ten times the arithmetic, and every JSON line with a numeric time pays it.
 */
export function parseTimestampValue(value: unknown, ctx: TimeContext): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value <= 0) return Number.NaN;
    const scale = value < 1e11 ? 1e6 : value < 1e14 ? 1e3 : 0;
    if (scale === 0 || Number.isInteger(value) || Math.round(value * scale) % 1000 !== 0)
      return epochToMs(value);
    const digits = String(value);
    return scanEpochNumber(digits, 0, epochScan) > 0 && epochScan.end === digits.length
      ? epochScan.ms
      : epochToMs(value);
  }
  if (typeof value === 'string') return parseTimestampText(value, ctx);
  return Number.NaN;
}

/**
 * Milliseconds since the epoch of OTLP's nanosecond time (`timeUnixNano`, digits as text or a
 * number); undefined for 0 (unset), a value that is no integer, or one outside JavaScript's dates.
 */
export function unixNanoMs(nanos: unknown): number | undefined {
  if (typeof nanos !== 'string' && typeof nanos !== 'number') return undefined;
  if (nanos === '0' || nanos === 0) return undefined;
  try {
    const ms = Number(BigInt(nanos) / 1_000_000n);
    return Number.isFinite(ms) && ms > 0 && ms < 8.64e15 ? ms : undefined;
  } catch {
    return undefined;
  }
}
