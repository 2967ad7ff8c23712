/**
 * Learned per source: a number joined by a colon after the seconds (`HH:mm:ss:NNNNNN`) that keeps one
 * value while the seconds change is no fraction of the second but an id, a process's: Greenplum's
 * management utilities (gpstart, gpstop, gprecoverseg, gpinitsystem: `yyyyMMdd:HH:mm:ss:pid`) write
 * their pid there, padded to six digits. One line cannot tell it from the milliseconds that Windows'
 * debug logs, WebSphere and fwupd write after a colon; a source's sample can: a clock's fraction
 * changes from line to line.
 *
 * - **Learned** when at least `MIN_SAMPLE_LINES` of the sample's lines, and `MIN_AGREEMENT` of them, write
 *   such a number (4–9 digits, not ending in `000`) in their first `HEAD` characters, one value on
 *   all of them, over at least `MIN_SECONDS` different seconds. Three digits are a clock's
 *   milliseconds, which a timer firing each second writes alike on every line (`:250`), and
 *   `250000` is the same clock written to the microsecond.
 * - **Read** on each later line of the source that has such a number where its time was read with it
 *   as the fraction: the time is cut to the second and the number is `fields.pid`. Another value (a
 *   later run of the utility) is read the same way.
 * - Limits: a source whose clock writes the same fraction of four digits or more on every line
 *   (none seen) would lose it; a process id of three digits is not learned;
 *   a constant number glued by a colon after a time that is not the source's own time is not looked at
 *   past the first `HEAD` characters.
 *
 * The same place may hold the minute and the second again, unpadded: moment-style formatters read a
 * layout's `m` and `s` as those, so the `HH:mm:ss:ms` many Node programs give winston's timestamp
 * format (fecha's tokens), and Java's `SimpleDateFormat("HH:mm:ss:ms")`, write `05:14:24:1424`,
 * `05:07:04:74`: no fraction, the time is to the second. One line cannot prove it where the digits
 * are three (`05:14:24:524` may be milliseconds, `HH:mm:ss:SSS`, one time in a thousand) or two;
 * a source's sample can (`learnMinuteSecond`): every such number on it is its line's minute and
 * second, on at least `MIN_SAMPLE_LINES` and `MIN_AGREEMENT` of its lines. A clock's real
 * milliseconds after a colon never agree so, and stay read.
 */
import { isAgreedUncontradicted, MIN_SAMPLE_LINES } from './agreement.ts';
import { digits, fractionMillis, isDigit } from './calendar.ts';
import { idValue } from './line.ts';
import type { ParsedLine } from './types.ts';

const MIN_SECONDS = 3;
/** Fewest and most digits of the number: three are a clock's milliseconds, whatever they repeat. */
const MIN_DIGITS = 4;
const MAX_DIGITS = 9;
/** Characters of a line's start the time is looked for in. */
const HEAD = 48;

/** Fewest and most digits of the minute and second written again: `0` and `3` to `59` and `59`. */
const MINUTE_SECOND_DIGITS = [2, 4] as const;

/** Where `colonNumber` found the number (`start`, `end`) and the minute and seconds before it. */
const found = { start: 0, end: 0, minute: 0, second: 0 };

/**
 * The first `HH:mm:ss:N…` (`fewest` to `most` digits, then no digit) in `raw`'s first characters,
 * into `found`.
 */
function colonNumber(raw: string, fewest = MIN_DIGITS, most = MAX_DIGITS): boolean {
  const limit = Math.min(raw.length, HEAD);
  let k = raw.indexOf(':', 2);
  while (k > 0 && k < limit) {
    // `k` is the colon after the hour: `HH:mm:ss:` from k - 2.
    if (
      isDigit(raw.charCodeAt(k - 1)) &&
      isDigit(raw.charCodeAt(k - 2)) &&
      !isDigit(raw.charCodeAt(k - 3)) &&
      digits(raw, k + 1, 2) >= 0 &&
      raw.charCodeAt(k + 3) === 58 &&
      digits(raw, k + 4, 2) >= 0 &&
      raw.charCodeAt(k + 6) === 58
    ) {
      let end = k + 7;
      while (isDigit(raw.charCodeAt(end))) end++;
      const length = end - (k + 7);
      if (length < fewest || length > most) return false;
      found.start = k + 7;
      found.end = end;
      found.minute = digits(raw, k + 1, 2);
      found.second = digits(raw, k + 4, 2);
      return true;
    }
    k = raw.indexOf(':', k + 1);
  }
  return false;
}

/** True when the sample's lines write one constant number after their seconds (module comment). */
export function learnColonId(lines: readonly string[]): boolean {
  let value: string | undefined;
  const seconds = new Set<number>();
  const agreed = isAgreedUncontradicted(lines, MIN_SAMPLE_LINES, (line) => {
    if (!colonNumber(line)) return undefined;
    const number = line.slice(found.start, found.end);
    value ??= number;
    seconds.add(found.second);
    return number === value;
  });
  // Milliseconds padded to the microsecond (`250000`, `000000`) are a clock's.
  if (!agreed || value === undefined || value.endsWith('000')) return false;
  return seconds.size >= MIN_SECONDS;
}

/**
 * On a line of a source that learned the id: the time its readers read with the number as its
 * fraction is cut to the second, and the number is `fields.pid` (unless the line has one).
 */
export function readColonId(line: ParsedLine, raw: string): void {
  if (!colonNumber(raw) || !cutFraction(line, raw)) return;
  if (line.fields.pid === undefined) line.fields.pid = idValue(raw.slice(found.start, found.end));
}

/** True when the number `colonNumber` found is its line's minute and second, unpadded (`24:1424`). */
function restatesMinuteSecond(raw: string): boolean {
  return raw.slice(found.start, found.end) === `${found.minute}${found.second}`;
}

/** True when the sample's lines write their minute and second again after the seconds (module comment). */
export function learnMinuteSecond(lines: readonly string[]): boolean {
  return isAgreedUncontradicted(lines, MIN_SAMPLE_LINES, (line) =>
    colonNumber(line, ...MINUTE_SECOND_DIGITS) ? restatesMinuteSecond(line) : undefined,
  );
}

/** On a line of a source that learned it: a time read with its minute and second as the fraction is cut to the second. */
export function readMinuteSecond(line: ParsedLine, raw: string): void {
  if (colonNumber(raw, ...MINUTE_SECOND_DIGITS) && restatesMinuteSecond(raw)) cutFraction(line, raw);
}

/** Cuts the line's time to the second where its readers read the number `colonNumber` found as the fraction. */
function cutFraction(line: ParsedLine, raw: string): boolean {
  if (line.timestamp === undefined) return false;
  const ms = ((line.timestamp % 1000) + 1000) % 1000;
  if (ms !== fractionMillis(raw, found.start, found.end)) return false;
  line.timestamp -= ms;
  return true;
}
