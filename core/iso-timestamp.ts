/**
 * `isoTimestamp(ms)` is `new Date(ms).toISOString()` (same output, same RangeError for an invalid
 * time) without a Date per call: the ingest handler formats a timestamp per line, and a batch's
 * lines fall on few UTC days, so each day is formatted once and the time of day by table.
 */
const DAY = 86_400_000;
const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const THREE_DIGITS = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));
const MAX_CACHED_DAYS = 1000;

/** `YYYY-MM-DDT` by day number (days since the epoch). */
const dayPrefixes = new Map<number, string>();

export function isoTimestamp(ms: number): string {
  const time = Math.trunc(ms); // as Date's TimeClip does
  if (time === lastTime) return lastText;
  const day = Math.floor(time / DAY);
  const prefix = dayPrefixes.get(day) ?? formatDay(time, day);
  if (prefix === undefined) return new Date(time).toISOString();
  const offset = time - day * DAY;
  const seconds = Math.floor(offset / 1000);
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(minutes / 60);
  lastTime = time;
  lastText = `${prefix}${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes % 60]}:${TWO_DIGITS[seconds % 60]}.${THREE_DIGITS[offset % 1000]}Z`;
  return lastText;
}

// The last time formatted, and its text. A record's lines without a time of their own all take
// its carried time, and lines stamped to the second share theirs: the same text is handed out
// again, already flattened by its first reader (a joined string is copied flat once, when first
// read: the copy cost as much as the formatting).
let lastTime = Number.NaN;
let lastText = '';

/** The day's prefix, remembered; undefined for years Date writes with a sign and six digits. */
function formatDay(time: number, day: number): string | undefined {
  const iso = new Date(time).toISOString(); // throws RangeError for an invalid time, as Date does
  if (iso.length !== 24) return undefined;
  if (dayPrefixes.size >= MAX_CACHED_DAYS) dayPrefixes.clear();
  const prefix = iso.slice(0, 11);
  dayPrefixes.set(day, prefix);
  return prefix;
}
