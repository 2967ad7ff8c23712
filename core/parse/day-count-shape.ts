/**
 * A day number before the time of day: the days since 1 January 1601, the epoch of Windows' FILETIME,
 * as Windows Time's debug log writes them (`w32tm /debug`: `155561 06:18:52.1134025s - text`, UTC).
 * Six digits, one space, `HH:mm:ss`, a fraction of up to nine digits (cut to the millisecond), and
 * the `s` W32Time glues after it; then no letter or digit.
 *
 * A six-digit number before a time is also a process or thread id (`%P %T` layouts), so the day
 * is taken only when it lies inside the window the time-range check accepts (`acceptedEventTimes`
 * with the default retention: 30 days before arrival to a day after). The limits: a file older than
 * that is not read by this shape (its lines take their arrival time), and an id that happens to
 * name a day inside the window dates its line that day.
 */

import { acceptedEventTimes, DEFAULT_RETENTION_DAYS } from '../retention.ts';
import { digits, fractionMillis, isDigit, isLetter } from './calendar.ts';
import type { TimeContext, TimeScan } from './timestamps.ts';

/** Days from 1601-01-01 to 1970-01-01. */
const DAYS_1601_TO_1970 = 134774;
const DAY_MS = 86_400_000;

/** Reads `DDDDDD HH:mm:ss[.f…][s]` at `i` into `out`; false when absent or outside the window. */
export function scanDayCount(s: string, i: number, ctx: TimeContext, out: TimeScan): boolean {
  if (s.charCodeAt(i + 6) !== 32 || s.charCodeAt(i + 9) !== 58 || s.charCodeAt(i + 12) !== 58) return false;
  const days = digits(s, i, 6);
  if (days < 0) return false;
  const h = digits(s, i + 7, 2);
  const mi = digits(s, i + 10, 2);
  const se = digits(s, i + 13, 2);
  if (h < 0 || h > 23 || mi < 0 || mi > 59 || se < 0 || se > 59) return false;
  let j = i + 15;
  let ms = 0;
  if (s.charCodeAt(j) === 46 && isDigit(s.charCodeAt(j + 1))) {
    let k = j + 1;
    while (isDigit(s.charCodeAt(k))) k++;
    if (k - j - 1 > 9) return false;
    ms = fractionMillis(s, j + 1, k);
    j = k;
    if (s.charCodeAt(j) === 115) j++;
  }
  const after = s.charCodeAt(j);
  if (isDigit(after) || isLetter(after)) return false;
  const instant = (days - DAYS_1601_TO_1970) * DAY_MS + ((h * 60 + mi) * 60 + se) * 1000 + ms;
  const window = acceptedEventTimes(ctx.receivedAt, DEFAULT_RETENTION_DAYS);
  if (instant < window.from || instant > window.to) return false;
  out.ms = instant;
  out.end = j;
  return true;
}
