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
 */
import { MIN_SAMPLE_LINES } from './agreement.ts';
import { digits, fractionMillis, isDigit } from './calendar.ts';
import { idValue } from './line.ts';
import { isAgreed } from './structure.ts';
import type { ParsedLine } from './types.ts';

const MIN_SECONDS = 3;
/** Fewest and most digits of the number: three are a clock's milliseconds, whatever they repeat. */
const MIN_DIGITS = 4;
const MAX_DIGITS = 9;
/** Characters of a line's start the time is looked for in. */
const HEAD = 48;

/** Where `colonNumber` found the number (`start`, `end`) and the seconds before it (`second`). */
const found = { start: 0, end: 0, second: 0 };

/** The first `HH:mm:ss:N…` (4–9 digits, then no digit) in `raw`'s first characters, into `found`. */
function colonNumber(raw: string): boolean {
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
      if (length < MIN_DIGITS || length > MAX_DIGITS) return false;
      found.start = k + 7;
      found.end = end;
      found.second = digits(raw, k + 4, 2);
      return true;
    }
    k = raw.indexOf(':', k + 1);
  }
  return false;
}

/** True when the sample's lines write one constant number after their seconds (module comment). */
export function learnColonId(lines: readonly string[]): boolean {
  let counted = 0;
  let holding = 0;
  let value: string | undefined;
  const seconds = new Set<number>();
  for (const line of lines) {
    if (line.length === 0) continue;
    counted++;
    if (!colonNumber(line)) continue;
    const number = line.slice(found.start, found.end);
    if (value === undefined) value = number;
    else if (number !== value) return false;
    holding++;
    seconds.add(found.second);
  }
  // Milliseconds padded to the microsecond (`250000`, `000000`) are a clock's.
  if (value === undefined || value.endsWith('000')) return false;
  return isAgreed(holding, counted, MIN_SAMPLE_LINES) && seconds.size >= MIN_SECONDS;
}

/**
 * On a line of a source that learned the id: the time its readers read with the number as its
 * fraction is cut to the second, and the number is `fields.pid` (unless the line has one).
 */
export function readColonId(line: ParsedLine, raw: string): void {
  if (line.timestamp === undefined || !colonNumber(raw)) return;
  const fraction = fractionMillis(raw, found.start, found.end);
  const ms = ((line.timestamp % 1000) + 1000) % 1000;
  if (ms !== fraction) return;
  line.timestamp -= ms;
  if (line.fields.pid === undefined) line.fields.pid = idValue(raw.slice(found.start, found.end));
}
