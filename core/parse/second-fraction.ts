/**
 * The same instant written twice, the second time more precisely. A line whose stamp stops at the
 * whole second sometimes writes that second again, with its fraction, before its text:
 *
 * - **A nested clock**: a wrapper's own header before the wrapped program's line (the Java Service
 *   Wrapper's `INFO | jvm 1 | 2026/11/30 15:30:42 | WARN  15:30:42,524 | logger | text`, a
 *   supervisor's or a container runtime's second-precision prefix): the stamp's `hh:mm:ss` again,
 *   followed by `.` or `,` and its digits. A full level word right before that clock (spaces
 *   apart) is the wrapped program's own level, and wins over the wrapper's, as a program's level
 *   after a syslog tag wins over the transport's priority.
 * - **An epoch**: the stamp's own whole seconds since 1970, with a fraction, right after the stamp
 *   (Dante's `Nov 27 11:02:45 (1795777365.018244) sockd[2241]: …`, where a syslog header has its
 *   host). Further on, after a syslog tag, it is the program's own clock beside the relay's stamp
 *   (NetworkManager's `host1 NetworkManager[842]: <info>  [1796032800.1234] text`), and the stamp
 *   stays the relay's.
 *
 * Either must agree with the stamp to the second, so it can only ever add the milliseconds: a
 * clock of another second, an epoch of another instant, a stamp written in another zone than the
 * epoch's, change nothing. It is read only in the header (before the message) or where the message
 * opens (after at most a level word, and spaces or a bracket); a time inside the text (`retry at
 * 14:02:11.500`) is the text's.
 *
 * Speech Dispatcher's `[Wed Nov 25 07:41:03 2026 : 40211]` writes the second's microseconds,
 * unpadded, after its `ctime()` stamp in one bracket (`ctimeMicroseconds`): read in that shape only.
 *
 * A fraction written apart without the time (OpenSM's `14:02:11 482913`, the ServiceNow MID
 * Server's milliseconds in parentheses, `03:00:07 (118) thread text`) cannot be told on one line
 * from a job id or a pid in that column: it is read only for a source whose sample proved it
 * (`learnMicroColumn`). OpenVPN's `us=123456` is not read.
 *
 * A product's own full stamp a few columns after a relay's second-precision syslog header (Cisco
 * ISE's `<181>Nov 30 10:02:11 ise-psn01 CISE_… 0000482207 1 0 2026-11-30 10:02:11.482 +00:00 …`:
 * appliances whose forwarding keeps a relay header before their stamp) is read only in the word the
 * source's sample proved (`learnRestatedStamp`); elsewhere a date and time in the text is the text's.
 * Learned at any precision: where it restates the header's time and opens the message (a daemon's
 * own stamp to stderr under systemd or rsyslog, Go's `log` default `wag[2817]: 2026/11/30 09:12:40
 * text`), it is cut from the message, when its date has the shape the sample's had; without a
 * fraction it moves the time only to the zone it wrote.
 */
import { agreedPosition, isAgreed, isAgreedUncontradicted, MIN_SAMPLE_LINES } from './agreement.ts';
import { fractionMillis, isDigit, isLetter, readClock } from './calendar.ts';
import { isFullLevelWord, type Level, levelWord } from './levels.ts';
import { HEADER_CHARS } from './structure.ts';
import { readZoneAt, scanTimestamp, type TimeContext, type TimeScan, zoneWasRead } from './timestamps.ts';
import type { ParsedLine } from './types.ts';
import { zoneOffset } from './zones.ts';

/** Fewest rises within one second a microsecond column must show. */
const MIN_RISING = 3;

/** How far into the message a nested clock may open it: a level word and its padding. */
const OPENING = 10;

/** What a source's sample proved about a second written again (both off for a line alone). */
export interface SecondAgain {
  /** A microsecond column after the clock (`learnMicroColumn`). */
  microColumn: boolean;
  /** The word after the header's clock where a full stamp restates its second, at any precision (`learnRestatedStamp`), 0 when none. */
  restatedWord: number;
  /** True when that stamp named the header's wall clock in a zone of its own (`learnRestatedStamp`). */
  restatedZone: boolean;
  /** The shape of that stamp's date (`stampShape`): only a stamp of that shape leaves the message. */
  restatedShape: string;
}

/** Adds the fraction of the stamp's second when the line writes that second again more precisely. */
export function takeSecondFraction(
  line: ParsedLine,
  raw: string,
  learned: SecondAgain,
  ctx: TimeContext,
): void {
  const timestamp = line.timestamp;
  if (timestamp === undefined || !isWholeSecond(timestamp)) return;
  const clock = stampClockAt(raw, timestamp);
  if (clock < 0) {
    // A finer header whose fraction is under the millisecond (`.000451`) reads as a whole second.
    dropRestatedOpening(line, raw, learned, ctx);
    return;
  }
  const from = clock + 8;
  // One compare turns away all but a ` : ` four characters after the clock (a ctime's year between).
  if (raw.charCodeAt(from + 6) === 58) {
    const micros = ctimeMicroseconds(raw, clock);
    if (micros >= 0) {
      line.timestamp = timestamp + Math.floor(micros / 1000);
      return;
    }
  }
  if (learned.microColumn && isMicroColumn(raw, from)) {
    line.timestamp = timestamp + Number(raw.slice(from + 1, from + 4));
    if (line.host === raw.slice(from + 1, from + 7)) delete line.host;
    return;
  }
  if (learned.microColumn && isMilliColumn(raw, from)) {
    line.timestamp = timestamp + Number(raw.slice(from + 2, from + 5));
    if (line.message.startsWith(raw.slice(from + 1, from + 7)))
      line.message = line.message.slice(6).trimStart();
    return;
  }
  if (learned.restatedWord > 0) {
    const restated = restatedStamp(raw, clock, learned, timestamp, ctx);
    if (restated !== undefined) {
      // A whole-second stamp moves the time only to the zone it wrote: the message loses it here.
      line.timestamp = restated;
      dropOpeningStamp(line, raw, learned.restatedShape);
      return;
    }
  }
  const nested = nestedClockAt(raw, clock, from, line.message, monthDayOf(timestamp, ctx));
  if (nested >= 0) {
    const ms = fractionAt(raw, nested + 9);
    if (ms === undefined) return;
    line.timestamp = timestamp + ms;
    const own = levelBefore(raw, nested);
    if (own !== undefined) line.level = own;
    dropTerminalStamp(line);
    return;
  }
  const ms = epochFraction(raw, timestamp, from);
  if (ms === undefined) return;
  line.timestamp = timestamp + ms;
  // The syslog reading took the epoch for the host (Dante's `(1795777365.018244)`).
  if (line.host?.includes(String(timestamp / 1000))) delete line.host;
}

/**
 * True when the sample's lines write their microseconds apart, one space after a whole-second
 * clock (OpenSM's `Nov 30 14:02:11 482913 [7F3C9D1FA700] …`): six digits there on at least
 * `MIN_AGREEMENT` of the lines and `MIN_SAMPLE_LINES`, never the same number twice (a job id or a
 * pid repeats: Commvault's `13:03:12 774512`), rising between lines of the same second at least
 * `MIN_RISING` times and never falling there, and falling at least once when the second changes (a
 * counter never does). Milliseconds in parentheses (`03:00:07 (118) `, the ServiceNow MID Server's
 * agent log) count the same way, except that two lines of one second may share a millisecond (a
 * pid's `(412)` never rises, a thread's id falls within a second), so they must take more distinct
 * values than half the column's lines (a status's `(200)` `(404)` `(304)` repeat).
 */
export function learnMicroColumn(lines: readonly string[]): boolean {
  let columns = 0;
  let rising = 0;
  let resets = 0;
  const seen = new Set<string>();
  let lastClock = '';
  let lastValue = -1;
  let counted = 0;
  for (const raw of lines) {
    // A blank line between records neither counts nor breaks a second's rising run.
    if (raw.length === 0) continue;
    counted++;
    const clock = wholeClockAt(raw.length > HEADER_CHARS ? raw.slice(0, HEADER_CHARS) : raw);
    const micro = clock >= 0 && isMicroColumn(raw, clock + 8);
    if (!micro && (clock < 0 || !isMilliColumn(raw, clock + 8))) {
      lastClock = '';
      continue;
    }
    const digits = micro ? raw.slice(clock + 9, clock + 15) : raw.slice(clock + 10, clock + 13);
    if (micro && seen.has(digits)) return false;
    seen.add(digits);
    columns++;
    const time = raw.slice(clock, clock + 8);
    const value = micro ? Number(digits) : Number(digits) * 1000;
    if (time === lastClock) {
      // Two lines may share a millisecond; a microsecond never repeats.
      if (value < lastValue || (micro && value === lastValue)) return false;
      if (value > lastValue) rising++;
    } else if (lastClock !== '' && value < lastValue) resets++;
    lastClock = time;
    lastValue = value;
  }
  // Most values distinct: an HTTP status's few values (`(200)`, `(404)`) may rise within a second
  // by chance and never fall there; milliseconds spread over a thousand.
  const distinct = seen.size * 2 > columns;
  return isAgreed(columns, counted, MIN_SAMPLE_LINES) && rising >= MIN_RISING && resets > 0 && distinct;
}

/**
 * True when the sample's stamps write SimpleDateFormat's `SSSS` (log4j 1.x's custom
 * `%d{yyyy-MM-dd HH:mm:ss.SSSS}`, any Java `SimpleDateFormat` pattern with four `S`): the
 * millisecond *count*, zero-padded to four digits (`.0041` is 41 ms), so its first digit is always
 * 0. One line cannot tell it from a true four-digit fraction (loguru's `ss.SSSS`, Java's
 * `DateTimeFormatter`, Log4perl), whose first digit is 0 one time in ten: a sample proves it when
 * the four digits after its header's first clock start with 0 on every line that writes them, at
 * least `MIN_AGREEMENT` of its lines and `MIN_SAMPLE_LINES`, in at least `PADDED_SECONDS` distinct
 * seconds: a true fraction's burst of lines inside one second's first tenth (a startup writing a
 * dozen lines in 60 ms, one start in ten) starts with 0 on every line, but only one second's.
 */
export function learnPaddedMillis(lines: readonly string[]): boolean {
  const seconds = new Set<string>();
  const agreed = isAgreedUncontradicted(lines, MIN_SAMPLE_LINES, (raw) => {
    const header = raw.length > HEADER_CHARS ? raw.slice(0, HEADER_CHARS) : raw;
    const at = fourDigitsAfter(header, firstClockAt(header));
    if (at < 0) return undefined;
    if (header.charCodeAt(at) !== 48) return false;
    if (seconds.size < PADDED_SECONDS) seconds.add(header.slice(0, at));
    return true;
  });
  return agreed && seconds.size >= PADDED_SECONDS;
}

/**
 * Distinct seconds whose lines all start their four digits with 0 before they are read as a
 * padded count: a true fraction's lines in as many seconds do so with chance 10⁻³.
 */
const PADDED_SECONDS = 3;

/**
 * The stamp's milliseconds from SimpleDateFormat's padded count (`learnPaddedMillis`): `.0041` was
 * read as a fraction, 4 ms; it is 41. Only where the line's stamp is that clock and those digits.
 */
export function readPaddedMillis(line: ParsedLine, raw: string): void {
  const timestamp = line.timestamp;
  if (timestamp === undefined) return;
  const at = fourDigitsAfter(raw, stampClockAt(raw, timestamp, true));
  if (at < 0 || raw.charCodeAt(at) !== 48) return;
  const count = Number(raw.slice(at, at + 4));
  const second = Math.floor(timestamp / 1000) * 1000;
  if (timestamp - second === Math.floor(count / 10)) line.timestamp = second + count;
}

/** Where exactly four digits stand after the `.` or `,` closing the clock at `clock`, or -1. */
function fourDigitsAfter(text: string, clock: number): number {
  if (clock < 0) return -1;
  const mark = text.charCodeAt(clock + 8);
  if (mark !== 46 && mark !== 44) return -1;
  const at = clock + 9;
  for (let k = at; k < at + 4; k++) if (!isDigit(text.charCodeAt(k))) return -1;
  return isDigit(text.charCodeAt(at + 4)) ? -1 : at;
}

/** Words after the header's clock a restated stamp may stand in: the header's first dozen fields or so. */
const RESTATED_WORDS = 10;
/** Farthest a restated stamp's clock stands from its word's start (`30/Nov/2026:`, `[2026-11-30 `). */
const DATE_WIDTH = 12;
/** Nearest it stands (`Nov 1 `, `11/30 `). */
const SHORTEST_DATE = 6;
/** Farthest apart a zone may put two writings of one wall clock (UTC-12 to UTC+14). */
const MOST_ZONE_APART = 14 * 3_600_000;
const QUARTER_HOUR = 900_000;

const restatedScan: TimeScan = { ms: 0, end: 0 };

/** What a source's sample proved of the product's own stamp after the header (`learnRestatedStamp`). */
export interface RestatedStamp {
  /** The word after the header's clock (1 = the next), 0 when none. */
  word: number;
  /** True when most of those stamps wrote the header's wall clock in another zone than the source's. */
  zoned: boolean;
  /** The shape most of those stamps' dates had (`stampShape`), '' when none. */
  shape: string;
}

/**
 * The word after the header's whole-second clock (1 = the next) where the sample's lines write a
 * full date and time again, with a fraction or none, naming the clock's second (Cisco ISE's
 * `<181>Nov 30 10:02:11 ise-psn01 CISE_… 0000482207 1 0 2026-11-30 10:02:11.482 +00:00 …`): on at
 * least `MIN_AGREEMENT` of the non-empty lines and `MIN_SAMPLE_LINES`, in one word of the first
 * `RESTATED_WORDS`; 0 when none. Where the line opens with its time, the stamp must lie within 14
 * hours of it (`headerInstant`). A time in the text (`since …`, an expiry) names another second or
 * stands in no one word; a quoted one opens no word `restatedClockAt` takes. `zoned` when most of those stamps
 * carry a zone that writes the clock otherwise than the source's zone does (`+01:00` where the
 * header is read in UTC): only then may a line's stamp give the header its zone. `shape` is the
 * date shape most of them had (`stampShape`), the only one cut from a message.
 */
export function learnRestatedStamp(lines: readonly string[], ctx: TimeContext): RestatedStamp {
  const counts = new Array<number>(RESTATED_WORDS + 1).fill(0);
  const zoned = new Array<number>(RESTATED_WORDS + 1).fill(0);
  const shapes = new Map<string, number>();
  let counted = 0;
  for (const raw of lines) {
    if (raw.length === 0) continue;
    counted++;
    const clock = firstClockAt(raw.length > CLOCK_REACH + 8 ? raw.slice(0, CLOCK_REACH + 8) : raw);
    if (clock < 0) continue;
    const header = headerInstant(raw, ctx);
    let at = wordAfter(raw, clock + 8, 1);
    for (let word = 1; word <= RESTATED_WORDS && at >= 0; word++) {
      const restated = restatedClockAt(raw, at, clock);
      if (
        restated >= 0 &&
        scanRestated(raw, at, restated, ctx) &&
        !(Math.abs(restatedScan.ms - header) > MOST_ZONE_APART + 1000)
      ) {
        counts[word] = (counts[word] as number) + 1;
        if (isOtherWallClock(restatedScan.ms, readClock(raw, restated), ctx))
          zoned[word] = (zoned[word] as number) + 1;
        const shape = `${word} ${stampShape(raw, at, restated)}`;
        shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
        break;
      }
      at = wordAfter(raw, at, 1);
    }
  }
  const word = agreedPosition(counts, counted, MIN_SAMPLE_LINES);
  let shape = '';
  let most = 0;
  for (const [key, n] of shapes) {
    const space = key.indexOf(' ');
    if (n > most && Number(key.slice(0, space)) === word) {
      most = n;
      shape = key.slice(space + 1);
    }
  }
  return { word, zoned: word > 0 && 2 * (zoned[word] as number) > (counts[word] as number), shape };
}

/**
 * The shape of a stamp's date, from its word's start `at` to its clock: each run of digits `0`, of
 * letters `a`, of spaces one space, other characters as written (Go's `log` `2026/11/30 ` is
 * `0/0/0 `, `[2026-11-30 ` is `[0-0-0 `, `Nov  1 ` and `Nov 30 ` are `a 0 `). What follows the clock
 * (a fraction, a zone) is not in it: Go's `RFC3339Nano` drops a fraction of zeros.
 */
function stampShape(raw: string, at: number, clock: number): string {
  let shape = '';
  let last = '';
  for (let k = at; k < clock; k++) {
    const c = raw.charCodeAt(k);
    const kind = isDigit(c) ? '0' : isLetter(c) ? 'a' : c === 32 ? ' ' : raw.charAt(k);
    if (kind === last && (kind === '0' || kind === 'a' || kind === ' ')) continue;
    shape += kind;
    last = kind;
  }
  return shape;
}

const headerScan: TimeScan = { ms: 0, end: 0 };

/**
 * The instant of the time opening `raw` (after a `<PRI>`), or NaN where the line opens otherwise: a
 * restated stamp must lie within a zone's reach of it (ftpd's `connection from … at Sun Jul  3
 * 10:05:25 2005`, another year's date of the header's clock, restates nothing).
 */
function headerInstant(raw: string, ctx: TimeContext): number {
  let start = 0;
  if (raw.charCodeAt(0) === 60) {
    start = raw.indexOf('>');
    if (start < 0 || start > 4) return Number.NaN;
    start++;
  }
  return scanTimestamp(raw, start, ctx, headerScan) ? headerScan.ms : Number.NaN;
}

/** True when the instant `ms` reads another `hhmmss` than `written` on the wall clock of the source's zone. */
function isOtherWallClock(ms: number, written: number, ctx: TimeContext): boolean {
  const second = Math.floor((ms + zoneOffset(ctx.zone, ms)) / 1000) % 86_400;
  const h = Math.floor(second / 3600);
  const m = Math.floor(second / 60) % 60;
  return h * 10_000 + m * 100 + (second % 60) !== written;
}

/**
 * The instant of the full stamp in the learned word after the header clock at `clock` (its span in
 * `restatedSpan`), when it names the stamp's second (`timestamp`): the same instant to the second, or, when
 * the header wrote no zone, the same wall clock in the stamp's own zone, where the sample's stamps
 * wrote theirs (`restatedZone`) or where that zone is the source's own at that instant (the hour a
 * summer time ends, read twice). Else undefined: a source whose stamps agreed with its header to the
 * instant never moves a line's time to a zone other than its own.
 */
function restatedStamp(
  raw: string,
  clock: number,
  learned: SecondAgain,
  timestamp: number,
  ctx: TimeContext,
): number | undefined {
  if (readRestatedWord(raw, clock, learned.restatedWord, ctx) < 0) return undefined;
  const ms = restatedScan.ms;
  const apart = ms - (ms % 1000) - timestamp;
  if (apart === 0) return ms;
  if (apart % QUARTER_HOUR !== 0 || Math.abs(apart) > MOST_ZONE_APART) return undefined;
  readZoneAt(raw, clock + 8);
  // A header that wrote its zone, as an offset or by name (`Europe/Warsaw`), keeps its instant.
  if (zoneWasRead()) return undefined;
  // The other reading of a wall clock the source's zone writes twice (the hour summer time ends).
  return learned.restatedZone || !isOtherWallClock(ms, readClock(raw, clock), ctx) ? ms : undefined;
}

/**
 * Cuts the source's learned restated stamp (`learnRestatedStamp`) from the message it opens, on a
 * line whose stamp is finer than the second (rsyslog's high-precision header, `journalctl -o
 * short-precise`: `2026-11-30T09:12:40.123456+00:00 host wag[2817]: 2026/11/30 09:12:40 text`), when
 * it names the same instant to the precision it shows. The line's time stays; a zone's other wall
 * clock is not looked for here (limit).
 */
export function dropRestatedOpening(
  line: ParsedLine,
  raw: string,
  learned: SecondAgain,
  ctx: TimeContext,
): void {
  if (line.timestamp === undefined || learned.restatedWord === 0) return;
  const clock = stampClockAt(raw, line.timestamp, true);
  const restated = clock < 0 ? -1 : readRestatedWord(raw, clock, learned.restatedWord, ctx);
  if (restated < 0) return;
  const timestamp = line.timestamp;
  const unit = shownUnit(raw, restated + 8);
  if (restatedScan.ms === timestamp - (timestamp % unit)) dropOpeningStamp(line, raw, learned.restatedShape);
}

/**
 * Where the clock stands in the full stamp of the learned `word` after the header clock at `clock`
 * (`restatedScan` and `restatedSpan` filled), or -1 when that word holds none of that clock.
 */
function readRestatedWord(raw: string, clock: number, word: number, ctx: TimeContext): number {
  const at = wordAfter(raw, clock + 8, word);
  if (at < 0) return -1;
  const restated = restatedClockAt(raw, at, clock);
  return restated >= 0 && scanRestated(raw, at, restated, ctx) ? restated : -1;
}

/** The milliseconds a clock's fraction shows, from the mark after it at `i`: 1000 with none, 100 for tenths, 10, then 1. */
function shownUnit(raw: string, i: number): number {
  const mark = raw.charCodeAt(i);
  if (mark !== 46 && mark !== 44) return 1000;
  let digits = 0;
  while (digits < 3 && isDigit(raw.charCodeAt(i + 1 + digits))) digits++;
  return digits === 1 ? 100 : digits === 2 ? 10 : 1;
}

/**
 * Where the clock at `clock` stands again in the word at `at`, after a date of `SHORTEST_DATE` to
 * `DATE_WIDTH` characters, or -1: to the whole second or with `.` or `,` and a digit after it, never
 * glued to more digits or a colon (`10:02:11:482`). The word opens with a digit, a letter (`Nov 30`,
 * `Mon Nov 30`) or `[`; a quoted time opens none.
 */
function restatedClockAt(raw: string, at: number, clock: number): number {
  const c = raw.charCodeAt(at);
  if (!isDigit(c) && !isLetter(c) && c !== 91) return -1;
  for (let k = at + SHORTEST_DATE; k <= at + DATE_WIDTH; k++) {
    if (!sameClock(raw, k, clock)) continue;
    const mark = raw.charCodeAt(k + 8);
    if (mark === 46 || mark === 44) return isDigit(raw.charCodeAt(k + 9)) ? k : -1;
    return isDigit(mark) || mark === 58 ? -1 : k;
  }
  return -1;
}

/** Where the restated stamp read last (`scanRestated`) starts and ends, a `[` and its `]` included, and its clock. */
const restatedSpan = { start: 0, end: 0, clock: 0 };

/**
 * Reads the full stamp in the word at `at` (after its `[`), whose clock stands at `clock`, into
 * `restatedScan` and `restatedSpan`; false when none reads there, or the one read ends before the clock.
 */
function scanRestated(raw: string, at: number, clock: number, ctx: TimeContext): boolean {
  const bracket = raw.charCodeAt(at) === 91;
  if (!scanTimestamp(raw, bracket ? at + 1 : at, ctx, restatedScan) || restatedScan.end < clock + 8)
    return false;
  let end = restatedScan.end;
  if (bracket) {
    if (raw.charCodeAt(end) !== 93) return false;
    end++;
  }
  restatedSpan.start = at;
  restatedSpan.end = end;
  restatedSpan.clock = clock;
  return true;
}

/**
 * Takes the restated stamp read last (`restatedSpan`) off the message when it opens it, a space and
 * text after it, and its date has the `shape` the sample's stamps had: a program's own stamp after
 * the relay's header (`wag[2817]: 2026/11/30 09:12:40 text`, Go's `log`). One written further on
 * (Cisco ISE's, after the product's columns), or a date of another shape, stays the text's.
 */
function dropOpeningStamp(line: ParsedLine, raw: string, shape: string): void {
  const { start, end } = restatedSpan;
  const message = line.message;
  if (raw.charCodeAt(end) !== 32 || message.length <= end - start + 1) return;
  for (let k = start; k < end; k++) if (message.charCodeAt(k - start) !== raw.charCodeAt(k)) return;
  if (stampShape(raw, start, restatedSpan.clock) !== shape) return;
  let from = end - start;
  while (message.charCodeAt(from) === 32) from++;
  if (from < message.length) line.message = message.slice(from);
}

/**
 * The start of the `n`th word after the one `i` stands in (spaces apart), within the header, or -1.
 * Never looks past the header: a long word costs no more than its first `HEADER_CHARS` characters.
 */
function wordAfter(raw: string, i: number, n: number): number {
  const end = raw.length < HEADER_CHARS ? raw.length : HEADER_CHARS;
  let k = i;
  for (let w = 0; w < n && k < end; w++) {
    while (k < end && raw.charCodeAt(k) !== 32) k++;
    while (k < end && raw.charCodeAt(k) === 32) k++;
  }
  return k < end ? k : -1;
}

/** One space, three digits in parentheses and a space at `i` (the MID Server's `03:00:07 (118) `). */
function isMilliColumn(raw: string, i: number): boolean {
  if (raw.charCodeAt(i) !== 32 || raw.charCodeAt(i + 1) !== 40 || raw.charCodeAt(i + 5) !== 41) return false;
  if (raw.charCodeAt(i + 6) !== 32) return false;
  return isDigit(raw.charCodeAt(i + 2)) && isDigit(raw.charCodeAt(i + 3)) && isDigit(raw.charCodeAt(i + 4));
}

/** Widest `%d` of a `tv_usec`: 999999. */
const MICRO_DIGITS = 6;

/**
 * The microseconds Speech Dispatcher writes after its `ctime()` stamp, or -1: speechd.c's `MSG`
 * prints `"[%s : %d] speechd: "` with `ctime()` less its newline and `(int) tv.tv_usec` from
 * `gettimeofday()`, unpadded (`[Wed Nov 25 07:47:32 2026 : 5213]` is 5.213 ms). Only that bracketed
 * shape: `[`, the 24-character ctime whose clock is at `clock`, ` : `, one to six digits, `]`.
 */
function ctimeMicroseconds(raw: string, clock: number): number {
  if (raw.charCodeAt(clock - 12) !== 91) return -1;
  const year = clock + 9;
  if (raw.charCodeAt(clock + 8) !== 32 || raw.charCodeAt(year + 4) !== 32 || raw.charCodeAt(year + 6) !== 32)
    return -1;
  for (let k = year; k < year + 4; k++) if (!isDigit(raw.charCodeAt(k))) return -1;
  const start = year + 7;
  let end = start;
  while (end < start + MICRO_DIGITS && isDigit(raw.charCodeAt(end))) end++;
  if (end === start || raw.charCodeAt(end) !== 93) return -1;
  return Number(raw.slice(start, end));
}

/** One space, six digits and a space at `i`. */
function isMicroColumn(raw: string, i: number): boolean {
  if (raw.charCodeAt(i) !== 32 || raw.charCodeAt(i + 7) !== 32) return false;
  for (let k = i + 1; k <= i + 6; k++) if (!isDigit(raw.charCodeAt(k))) return false;
  return true;
}

/** True for an instant at a whole second (a division: a floating `%` costs several times more). */
export function isWholeSecond(ms: number): boolean {
  return Number.isInteger(ms / 1000);
}

/** How far into a line its stamp's clock may stand (`Tue, 30 Nov 2026 14:02:11`, a wrapper's columns). */
const CLOCK_REACH = 48;

/**
 * Where the stamp's clock stands in `raw`: the first `hh:mm:ss` within `CLOCK_REACH` characters,
 * with no fraction after it (with one when `fine`), whose seconds and minutes are the stamp's
 * (read from the line, never from `timestampText`: a string built by joining costs a flattening on
 * every line), or -1.
 */
function stampClockAt(raw: string, timestamp: number, fine = false): number {
  const colon = raw.indexOf(':');
  if (colon < 2 || colon > CLOCK_REACH) return -1;
  const at = colon - 2;
  const clock = readClock(raw, at);
  if (clock < 0) return -1;
  const after = raw.charCodeAt(at + 8);
  if ((after === 46 || after === 44) !== fine) return -1;
  const minutes = Math.floor(timestamp / 60_000);
  const seconds = Math.floor(timestamp / 1000) - minutes * 60;
  const minute = minutes - Math.floor(minutes / 60) * 60;
  return clock % 10_000 === minute * 100 + seconds ? at : -1;
}

/** Where `hh:mm:ss` stands in `text` first, written to the whole second, or -1 (a fraction after it: -1). */
function wholeClockAt(text: string): number {
  const i = firstClockAt(text);
  const after = text.charCodeAt(i + 8);
  return after === 46 || after === 44 ? -1 : i;
}

/** Where `hh:mm:ss` stands in `text` first, a fraction after it or none, or -1. */
function firstClockAt(text: string): number {
  for (let i = 0; i + 8 <= text.length; i++) {
    if (text.charCodeAt(i + 2) === 58 && readClock(text, i) >= 0) return i;
  }
  return -1;
}

/**
 * How much of the message's opening a nested clock may follow: a level word (`levelWord`: upper or
 * lower case, `WARN`, `wrn`; `took`, `retry`, `Error` are text) and spaces or `[ (`, then the
 * stamp's own month and day where a terminal stamp writes them (`terminalDateLength`).
 */
function openingLength(message: string, monthDay: string): number {
  const end = message.length < OPENING ? message.length : OPENING;
  let i = 0;
  while (i < end && isLetter(message.charCodeAt(i))) i++;
  if (i > 0 && levelWord(message.slice(0, i)) === undefined) return 0;
  while (i < end && isOpeningMark(message.charCodeAt(i))) i++;
  return i + terminalDateLength(message, i, monthDay);
}

/**
 * go-ethereum's terminal format (`log/format.go`: the level padded to five letters, then
 * `[` and `termTimeFormat`, `01-02|15:04:05.000`, then `] ` and the message; log15's, which it
 * grew from, without the fraction) writes the month and day before its clock, joined by `|`: under
 * a relay's whole-second header (`bor[77312]: INFO [11-22|13:04:17.362] text`) that clock is the
 * finer writing of the header's second. The length of `MM-dd|` at `i` after a `[`, when it is the
 * stamp's own month and day (`monthDay`), else 0: another day's is the text's.
 */
function terminalDateLength(message: string, i: number, monthDay: string): number {
  if (i === 0 || message.charCodeAt(i - 1) !== 91 || message.charCodeAt(i + 5) !== 124) return 0;
  return message.startsWith(monthDay, i) ? TERMINAL_DATE.length : 0;
}

/** go-ethereum's terminal date before its clock, `MM-dd|`. */
const TERMINAL_DATE = '01-02|';

/** The month and day of `timestamp` on the source zone's wall clock, as a terminal stamp writes them (`11-22`). */
function monthDayOf(timestamp: number, ctx: TimeContext): string {
  const wall = new Date(timestamp + zoneOffset(ctx.zone, timestamp));
  const month = wall.getUTCMonth() + 1;
  const day = wall.getUTCDate();
  return `${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/**
 * Cuts go-ethereum's terminal stamp, `[MM-dd|HH:mm:ss.SSS]` and the spaces after it, from the
 * message it opens (its clock and date were read by `nestedClockAt`), when text follows. The level
 * glued before it (`ERROR[`, `DEBUG[`: five letters fill the level's width, so no space follows)
 * is the program's own, and wins over the transport's priority as a level word after the tag does.
 */
function dropTerminalStamp(line: ParsedLine): void {
  const message = line.message;
  let open = 0;
  while (open < OPENING && isLetter(message.charCodeAt(open))) open++;
  const date = open + 1;
  if (message.charCodeAt(open) !== 91 || message.charCodeAt(date + TERMINAL_DATE.length - 1) !== 124) return;
  const close = date + TERMINAL_DATE.length + 12;
  if (message.charCodeAt(close) !== 93 || message.charCodeAt(close + 1) !== 32) return;
  let from = close + 1;
  while (message.charCodeAt(from) === 32) from++;
  if (from === message.length) return;
  const own = open > 0 ? levelWord(message.slice(0, open)) : undefined;
  if (own !== undefined) line.level = own;
  line.message = message.slice(from);
}

function isOpeningMark(c: number): boolean {
  return c === 32 || c === 91 || c === 40;
}

/**
 * Where the stamp's `hh:mm:ss` (at `clock` in `text`) stands again after `from` with `.` or `,`
 * after it, in the header or where `message` opens (`openingLength`), or -1. Only the stretch before
 * the message's latest possible start and its opening is scanned: a few characters on most lines.
 */
function nestedClockAt(raw: string, clock: number, from: number, message: string, monthDay: string): number {
  const last = Math.min(raw.length - message.length + OPENING + TERMINAL_DATE.length, raw.length - 9);
  for (
    let colon = raw.indexOf(':', from + 2);
    colon >= 0 && colon - 2 <= last;
    colon = raw.indexOf(':', colon + 1)
  ) {
    const at = colon - 2;
    if (raw.charCodeAt(at + 5) !== 58 || !sameClock(raw, at, clock)) continue;
    const mark = raw.charCodeAt(at + 8);
    if (mark !== 46 && mark !== 44) continue;
    if (isDigit(raw.charCodeAt(at - 1)) || raw.charCodeAt(at - 1) === 58) continue;
    const messageAt = message === '' ? -1 : raw.indexOf(message, from);
    return at <= (messageAt < 0 ? from : messageAt + openingLength(message, monthDay)) ? at : -1;
  }
  return -1;
}

function sameClock(raw: string, at: number, clock: number): boolean {
  for (let k = 0; k < 8; k++) if (raw.charCodeAt(at + k) !== raw.charCodeAt(clock + k)) return false;
  return true;
}

/**
 * The full level word right before the nested clock at `at`, spaces apart, in upper or lower case
 * (`levelWord`: `Error`, `Warning` in mixed case are prose): the wrapped line's own.
 */
function levelBefore(raw: string, at: number): Level | undefined {
  let end = at;
  while (end > 0 && raw.charCodeAt(end - 1) === 32) end--;
  if (end === at) return undefined;
  let start = end;
  while (start > 0 && isLetter(raw.charCodeAt(start - 1))) start--;
  const before = raw.charCodeAt(start - 1);
  if (start > 0 && before !== 32 && before !== 124 && before !== 91) return undefined;
  return isFullLevelWord(raw, start, end) ? levelWord(raw.slice(start, end)) : undefined;
}

/** The milliseconds after the stamp's own epoch seconds written right after it, bare or in `(` `[`. */
function epochFraction(raw: string, timestamp: number, from: number): number | undefined {
  let at = from;
  while (raw.charCodeAt(at) === 32) at++;
  if (at === from) return undefined;
  const c = raw.charCodeAt(at);
  if (c === 40 || c === 91) at++;
  if (!isDigit(raw.charCodeAt(at))) return undefined;
  const seconds = String(timestamp / 1000);
  if (!raw.startsWith(seconds, at) || raw.charCodeAt(at + seconds.length) !== 46) return undefined;
  return fractionAt(raw, at + seconds.length + 1);
}

/** 1 to 9 digits at `i`, not followed by another digit or a letter, as whole milliseconds. */
function fractionAt(raw: string, i: number): number | undefined {
  let end = i;
  while (end < raw.length && isDigit(raw.charCodeAt(end))) end++;
  const digits = end - i;
  if (digits < 1 || digits > 9 || isLetter(raw.charCodeAt(end))) return undefined;
  return fractionMillis(raw, i, end);
}
