/**
 * Learned per source: a prefix glued to a Go `log` date. Go's standard logger writes its prefix
 * straight before the date unless `Lmsgprefix` is set, so a prefix without its own trailing space
 * glues (`log.New(w, "App", log.LstdFlags)`: `App2026/11/29 11:40:05 text`). A prefix ending in a
 * mark (`app: `, `[app]`) or a space already leaves the date readable; a single capital glued there
 * is glog's and klog's level letter (`I2026/…`), read as a level already.
 *
 * - **Learned** when at least `MIN_SAMPLE_LINES` of the sample's lines, and `MIN_AGREEMENT` of them,
 *   open with the same prefix (`PREFIX_CHARS` letters, digits, `_` or `-`, a letter first and last)
 *   glued to `yyyy/MM/dd HH:mm:ss`.
 * - **Read** on each later line of the source that opens with that prefix and such a date: the line
 *   is read from the date on, as Go's lines without a prefix are, and the prefix names the logger
 *   where the header names none, or the level where it spells one (`WARN2026/…`).
 * - Limits: one prefix per source; a prefix that ends in a digit is not looked at (it cannot be told
 *   from the year: `node12026/11/29`), nor one the line writes in prose (`v2026/11/29` mid-line).
 */
import { isAgreedOn, MIN_SAMPLE_LINES } from './agreement.ts';
import { isDigit, isLetter } from './calendar.ts';

/** Fewest and most characters of a prefix: one capital alone is a level letter. */
const PREFIX_CHARS = [2, 32] as const;

/** The prefix glued to a Go `log` date that opens `raw`, or undefined. */
function gluedPrefix(raw: string): string | undefined {
  if (!isLetter(raw.charCodeAt(0))) return undefined;
  for (let k = 1; k <= PREFIX_CHARS[1]; k++) {
    const c = raw.charCodeAt(k);
    if (k >= PREFIX_CHARS[0] && isDigit(c) && isLetter(raw.charCodeAt(k - 1)) && goLogDateAt(raw, k))
      return raw.slice(0, k);
    if (!isLetter(c) && !isDigit(c) && c !== 95 && c !== 45) return undefined;
  }
  return undefined;
}

/** `yyyy/MM/dd HH:mm:ss` at `at`: Go's `log.LstdFlags`. */
function goLogDateAt(raw: string, at: number): boolean {
  const shape = 'dddd/dd/dd dd:dd:dd';
  if (raw.length < at + shape.length) return false;
  for (let k = 0; k < shape.length; k++) {
    const c = raw.charCodeAt(at + k);
    const want = shape.charCodeAt(k);
    if (want === 100 ? !isDigit(c) : c !== want) return false;
  }
  return true;
}

/** The prefix most of the sample's lines glue to a Go `log` date, the same on all of them; undefined when none. */
export function learnDatePrefix(lines: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const prefix = gluedPrefix(line);
    if (prefix !== undefined) counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  let top: string | undefined;
  for (const [prefix, count] of counts)
    if (top === undefined || count > (counts.get(top) as number)) top = prefix;
  if (top === undefined) return undefined;
  const same = top;
  return isAgreedOn(lines, MIN_SAMPLE_LINES, (line) => datePrefixEnd(line, same) >= 0) ? same : undefined;
}

/** Where the date starts after a source's learned `prefix` opening `raw`; -1 when it does not open so. */
export function datePrefixEnd(raw: string, prefix: string): number {
  return raw.startsWith(prefix) && goLogDateAt(raw, prefix.length) ? prefix.length : -1;
}
