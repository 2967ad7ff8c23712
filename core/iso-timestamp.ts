/**
 * `isoTimestamp(ms)` is `new Date(ms).toISOString()` (same output, same RangeError for an invalid
 * time) without the Date: the ingest handler formats a timestamp per line, and consecutive lines
 * almost always fall on the same UTC day, so the day is formatted once and the time of day by table.
 */
const DAY = 86_400_000;
const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const THREE_DIGITS = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));

let dayStart = Number.NaN;
/** `YYYY-MM-DDT` of the day starting at `dayStart`. */
let dayPrefix = '';

export function isoTimestamp(ms: number): string {
  const time = Math.trunc(ms); // as Date's TimeClip does
  const offset = time - dayStart;
  if (!(offset >= 0 && offset < DAY)) return formatNewDay(time);
  const seconds = Math.floor(offset / 1000);
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(minutes / 60);
  return `${dayPrefix}${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes % 60]}:${TWO_DIGITS[seconds % 60]}.${THREE_DIGITS[offset % 1000]}Z`;
}

function formatNewDay(time: number): string {
  const iso = new Date(time).toISOString();
  // Years outside 0000–9999 are written with a sign and six digits: leave those to Date.
  if (iso.length === 24) {
    dayStart = Math.floor(time / DAY) * DAY;
    dayPrefix = iso.slice(0, 11);
  }
  return iso;
}
