/** Calendar arithmetic and character-level readers shared by the timestamp scanners and the header readers. */

const DAY = 86_400_000;

const MONTHS = new Map<number, number>();
export const WEEKDAYS = new Set<number>();
['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].forEach((m, i) => {
  MONTHS.set(key3(m, 0), i + 1);
});
for (const d of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']) WEEKDAYS.add(key3(d, 0));

/** The three letters at `i`, case-folded, as one number (month and weekday lookup). */
export function key3(s: string, i: number): number {
  return ((s.charCodeAt(i) | 32) << 16) | ((s.charCodeAt(i + 1) | 32) << 8) | (s.charCodeAt(i + 2) | 32);
}

/** Month number 1–12 for the three letters at `i` (`Jan`, `JAN`, `jan`), or 0. */
export function monthAt(s: string, i: number): number {
  if (i + 3 > s.length) return 0;
  return MONTHS.get(key3(s, i)) ?? 0;
}

/** True for `0`–`9`. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** True for the ASCII upper-case letters `A`–`Z`. */
export function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** `raw[a, b)` is upper-case letters only. */
export function isUpperRun(raw: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!isUpper(raw.charCodeAt(k))) return false;
  return true;
}

/** True for the ASCII lower-case letters `a`–`z`. */
export function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** True when every character of `text` in [a, b) is a lower-case ASCII letter (true when empty). */
export function isLowerRun(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!isLower(text.charCodeAt(k))) return false;
  return true;
}

/** True for `0`–`9` and `a`–`f`: a hexadecimal digit as ids and addresses print it in lower case. */
export function isLowerHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102);
}

/** True for `0`–`9`, `a`–`f` and `A`–`F`. */
export function isHexDigit(c: number): boolean {
  return isLowerHexDigit(c) || (c >= 65 && c <= 70);
}

/** A UUID's length with its dashes. */
export const UUID_CHARS = 36;

/** True when `text[i, i + 36)` is a UUID written with its four dashes. */
export function isUuidAt(text: string, i: number): boolean {
  for (let k = 0; k < UUID_CHARS; k++) {
    const c = text.charCodeAt(i + k);
    if (k === 8 || k === 13 || k === 18 || k === 23 ? c !== 45 : !isHexDigit(c)) return false;
  }
  return true;
}

/** True for the ASCII letters `A`–`Z`, `a`–`z`. */
export function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** True when `text[a, b)` is ASCII letters only (true when empty). */
export function isLetterRun(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!isLetter(text.charCodeAt(k))) return false;
  return true;
}

/**
 * Index after the `close` character that balances the `open` at `start` (nested pairs counted), or -1
 * when none does before `limit`: `[a[b]]`, `span{a={b}}`.
 */
export function balancedEnd(
  text: string,
  start: number,
  open: number,
  close: number,
  limit = text.length,
): number {
  let depth = 0;
  const last = Math.min(limit, text.length);
  for (let k = start; k < last; k++) {
    const c = text.charCodeAt(k);
    if (c === open) depth++;
    else if (c === close && --depth === 0) return k + 1;
  }
  return -1;
}

/** True for an ASCII letter or digit. */
export function isAlnum(c: number): boolean {
  return isDigit(c) || isLetter(c);
}

/** True when `s` from `i` to `end` (the whole of `s` by default) is one or more digits. */
export function isDigits(s: string, i = 0, end = s.length): boolean {
  if (end <= i) return false;
  for (let k = i; k < end; k++) if (!isDigit(s.charCodeAt(k))) return false;
  return true;
}

/** Value of the `n` digits at `i`, or -1 when any is not a digit. */
export function digits(s: string, i: number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(i + k);
    if (c < 48 || c > 57) return -1;
    v = v * 10 + c - 48;
  }
  return v;
}

/**
 * True when `,` and digits at `i` are a fraction. Digits between commas (`22:14:03,2,`, smstools3's
 * severity column; a CSV row's `,25,` or a firewall's `,183442,` session id) are a column, except
 * exactly three: the milliseconds of Python's `%(asctime)s,` and log4j's `,SSS,` in CSV rows.
 */
export function isCommaFraction(s: string, i: number): boolean {
  if (s.charCodeAt(i) !== 44 || !isDigit(s.charCodeAt(i + 1))) return false;
  let k = i + 2;
  while (isDigit(s.charCodeAt(k))) k++;
  return s.charCodeAt(k) !== 44 || k - i === 4;
}

/**
 * Where a comma fraction (`comma` its mark, `end` after its digits) ends when its milliseconds
 * follow it again: Python's `%(asctime)s.%(msecs)03d` without a `datefmt` appends them to asctime's
 * own `,mmm` after a dot (`01:14:07,350.350`), and `%(asctime)s,%(msecs)d` after a comma, unpadded
 * (`06:00:04,008,8`, `,052,52`, `,650,650`). The same count proves it line by line; another there
 * (`,350.351`, `,350.5 GB`, `,008,17`, `,001,1,2`) is not the time's, and `end` is returned.
 */
export function restatedFractionEnd(s: string, comma: number, end: number): number {
  if (end - comma !== 4) return end;
  const mark = s.charCodeAt(end);
  if (mark === 46) {
    if (isDigit(s.charCodeAt(end + 4))) return end;
    return s.startsWith(s.slice(comma + 1, end), end + 1) ? end + 4 : end;
  }
  if (mark !== 44) return end;
  let k = end + 1;
  while (k - end <= 3 && isDigit(s.charCodeAt(k))) k++;
  const after = s.charCodeAt(k);
  if (k === end + 1 || isDigit(after) || after === 44 || after === 46) return end;
  return Number(s.slice(end + 1, k)) === Number(s.slice(comma + 1, end)) ? k : end;
}

/** The milliseconds of a fraction's digits from `i` to `end` (`1134025` is 113: cut, never rounded). */
export function fractionMillis(s: string, i: number, end: number): number {
  let ms = 0;
  for (let k = i; k < i + 3; k++) ms = ms * 10 + (k < end ? s.charCodeAt(k) - 48 : 0);
  return ms;
}

/** `HH:mm:ss` at `i` as one number (`HHmmss`: 14:02:11 is 140211), or -1 when absent. */
export function readClock(s: string, i: number): number {
  const h = digits(s, i, 2);
  const mi = digits(s, i + 3, 2);
  const se = digits(s, i + 6, 2);
  if (h < 0 || mi < 0 || se < 0 || s.charCodeAt(i + 2) !== 58 || s.charCodeAt(i + 5) !== 58) return -1;
  return h * 10_000 + mi * 100 + se;
}

/**
 * The four digits at `i` as a year written after a time (`Nov 29 06:00:03 2026`), 1970 to 2099,
 * or -1.
 */
export function writtenYear(s: string, i: number): number {
  const y = digits(s, i, 4);
  return y >= 1970 && y <= 2099 ? y : -1;
}

/** Days in `month` (1–12) of `year`, Gregorian leap years. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a real calendar date and time of day (second 60 allowed: leap seconds). */
export function validDateTime(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  return (
    mo >= 1 &&
    mo <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, mo) &&
    h >= 0 &&
    h <= 23 &&
    mi >= 0 &&
    mi <= 59 &&
    s >= 0 &&
    s <= 60
  );
}

/** True for a real calendar date. */
function isDate(y: number, mo: number, d: number): boolean {
  return validDateTime(y, mo, d, 0, 0, 0);
}

/**
 * True when the `n` digits at `i` (6 or 8) read as a date in some order a compact date is written:
 * `yyyyMMdd`, `ddMMyyyy` or `MMddyyyy` (a year of 1970–2099), `yyMMdd`, `ddMMyy` or `MMddyy`.
 */
export function isCompactDate(s: string, i: number, n: number): boolean {
  const a = digits(s, i, 2);
  const b = digits(s, i + 2, 2);
  if (n === 8) {
    const yearFirst = writtenYear(s, i);
    if (yearFirst >= 0 && isDate(yearFirst, digits(s, i + 4, 2), digits(s, i + 6, 2))) return true;
    const yearLast = writtenYear(s, i + 4);
    return yearLast >= 0 && (isDate(yearLast, b, a) || isDate(yearLast, a, b));
  }
  const c = digits(s, i + 4, 2);
  return n === 6 && (isDate(2000 + a, b, c) || isDate(2000 + c, b, a) || isDate(2000 + c, a, b));
}

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** A validated wall-clock time as if it were UTC, in ms. */
export function wallUtc(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
): number {
  // A leap second (:60) is read as the last millisecond of the minute.
  if (s === 60) return wallUtc(y, mo, d, h, mi, 59, 999);
  return daysFromCivil(y, mo, d) * DAY + h * 3_600_000 + mi * 60_000 + s * 1000 + ms;
}

/** Offsets of the five separators in a `yyyy?MM?dd?HH?mm?ss` stamp (`fixedStampWall`). */
const STAMP_SEPARATORS = [4, 7, 10, 13, 16] as const;

/**
 * The wall time (`wallUtc`, with `ms`) of a `yyyy?MM?dd?HH?mm?ss` stamp at `at` whose five separators
 * are `separators`' characters in order, or NaN: LPRng's `Time_str()` (`2026-11-30-07:42:14`,
 * `"---::"`), Gwenhywfar's logger (`2026/11/30 06-00-01`, `"// --"`).
 */
export function fixedStampWall(raw: string, at: number, separators: string, ms: number): number {
  for (const [k, offset] of STAMP_SEPARATORS.entries())
    if (raw.charCodeAt(at + offset) !== separators.charCodeAt(k)) return Number.NaN;
  const y = digits(raw, at, 4);
  const mo = digits(raw, at + 5, 2);
  const d = digits(raw, at + 8, 2);
  const h = digits(raw, at + 11, 2);
  const mi = digits(raw, at + 14, 2);
  const s = digits(raw, at + 17, 2);
  if (y < 0 || !validDateTime(y, mo, d, h, mi, s)) return Number.NaN;
  return wallUtc(y, mo, d, h, mi, s, ms);
}

/** `yy` → year: 70–99 are 19xx, 00–69 20xx (the POSIX `%y` pivot). */
export function twoDigitYear(yy: number): number {
  return yy < 70 ? 2000 + yy : 1900 + yy;
}

/** Characters of a numeric date with a four-digit year (`2026-11-29`, `29/11/2026`). */
export const NUMERIC_DATE_CHARS = 10;

/**
 * Where a numeric date ends the text `start`…`end`, glued after a label by a mark that is no letter,
 * digit or date separator (`DEBUG:2026-11-29`, Python's `[%(levelname)s:%(asctime)s]`;
 * `worker-1:2026-11-29`, `#2026-11-29`), or after anything but a digit where `afterAnyLabel`
 * (`release-2026-11-29`), or standing alone: ten characters, a four-digit year first or last and
 * one separator of `- / .` used twice; -1 when not so. The caller must read a time of day after it
 * as one timestamp with it.
 */
export function gluedDateStart(s: string, start: number, end: number, afterAnyLabel = false): number {
  const at = end - NUMERIC_DATE_CHARS;
  if (at < start) return -1;
  const mark = s.charCodeAt(at - 1);
  const labelled = afterAnyLabel || !(isLetter(mark) || isNumericDateSeparator(mark));
  if (at > start && (isDigit(mark) || !labelled)) return -1;
  const yearFirst = writtenYear(s, at) > 0;
  const sep = s.charCodeAt(yearFirst ? at + 4 : at + 2);
  if (!isNumericDateSeparator(sep) || s.charCodeAt(yearFirst ? at + 7 : at + 5) !== sep) return -1;
  const dated = yearFirst
    ? digits(s, at + 5, 2) >= 0 && digits(s, at + 8, 2) >= 0
    : digits(s, at, 2) >= 0 && digits(s, at + 3, 2) >= 0 && writtenYear(s, at + 6) > 0;
  return dated ? at : -1;
}

/** `-`, `/` or `.`: a numeric date's separator. */
function isNumericDateSeparator(c: number): boolean {
  return c === 45 || c === 47 || c === 46;
}

/** Longest location or host label glued before a date. */
const MAX_DATE_LABEL = 48;

/**
 * Where a syslog-style date starts glued after a location or host label and its colon, the label
 * starting at `start` and the colon before `end`: Cisco IOS XR's node (`RP/0/RSP0/CPU0:Nov 28
 * 03:14:07.205 : text`), a numbered host (`edge-01:Nov 28 …`). The label is letters, digits and
 * `/ _ . -`, opens with a letter or digit and holds a digit (`fix:`, `Subject:`, `ERROR:` are prose
 * or a level), and a month's name and a space follow the colon; -1 when not so. The caller must then
 * read a time there, so `node1:Nov 28 release` stays text, and keep the label (`fields.node`).
 */
export function labelledDateStart(s: string, start: number, end: number): number {
  if (!isLetter(s.charCodeAt(start)) && !isDigit(s.charCodeAt(start))) return -1;
  let digit = false;
  for (let k = start; k < end && k - start <= MAX_DATE_LABEL; k++) {
    const c = s.charCodeAt(k);
    if (c === 58) return digit && monthAt(s, k + 1) > 0 && s.charCodeAt(k + 4) === 32 ? k + 1 : -1;
    if (isDigit(c)) digit = true;
    else if (!isLetter(c) && c !== 47 && c !== 95 && c !== 46 && c !== 45) return -1;
  }
  return -1;
}
