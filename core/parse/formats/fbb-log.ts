/**
 * F6FBB's BBS log (`fbb`/`xfbbd`, the packet-radio BBS; its `port_log` in `src/mblutil.c`):
 * `sprintf(com, "%02d%02d%02d%02d%02d%02d%c%s\r\n", tm_mon + 1, tm_mday, tm_hour, tm_min, tm_sec,
 * lvoie, event, buf)` from `localtime`: a month-to-second stamp, `MMddHHmmss`, glued to a two-digit
 * channel (`00` the system's) and an event letter, then the text with no space:
 * `113005184002CA Q2ABC-7`. The event letter is an event's kind (connect, mail, exit, system), no
 * severity, so the line has no level and the letter is `fields.event`; the message is the text after
 * it (`A Q2ABC-7`, `L`), the channel `fields.channel`; the stamp, written without a year, takes its year as syslog's dates do.
 *
 * Twelve digits opening a line are also other things: an epoch (ten digits of seconds with two
 * more, or a centisecond count), a `yyMMddHHmmss` stamp, an id. Every `MMddHHmmss` read as one of
 * those falls before 2010 (its first digits are at most `1231`), so the stamp is taken only where its
 * instant lies inside the window the time-range check accepts (`acceptedEventTimes` with the
 * default retention: 30 days before arrival to a day after), as Windows' day count is
 * (`day-count-shape.ts`), and only in the whole shape: exactly twelve digits then a capital letter.
 * The limits: a file older than the window is not read by this shape (its lines take their arrival
 * time), and an id of twelve digits glued to a capital that happens to name a recent month-day is
 * read as one.
 */
import { acceptedEventTimes, DEFAULT_RETENTION_DAYS } from '../../retention.ts';
import { digits, isDigits, isUpper, validDateTime, wallUtc } from '../calendar.ts';
import { newLine } from '../line.ts';
import { type TimeContext, yearAt, yearlessInstant } from '../timestamps.ts';
import type { ParsedLine } from '../types.ts';
import { wallTimeToInstant } from '../zones.ts';

const STAMP_DIGITS = 10;
const EVENT_AT = 12;

/** FBB's log line (the caller tested a digit first), or undefined. */
export function parseFbbLine(raw: string, ctx: TimeContext): ParsedLine | undefined {
  if (!isUpper(raw.charCodeAt(EVENT_AT)) || !isDigits(raw, 0, EVENT_AT)) return undefined;
  const mo = digits(raw, 0, 2);
  const d = digits(raw, 2, 2);
  const h = digits(raw, 4, 2);
  const mi = digits(raw, 6, 2);
  const se = digits(raw, 8, 2);
  const zone = ctx.zone;
  const at = (y: number): number =>
    validDateTime(y, mo, d, h, mi, se)
      ? wallTimeToInstant(zone, wallUtc(y, mo, d, h, mi, se, 0))
      : Number.NaN;
  const ref = ctx.receivedAt;
  const t = yearlessInstant(at, yearAt(zone, ref), ref);
  const window = acceptedEventTimes(ref, DEFAULT_RETENTION_DAYS);
  if (!(t >= window.from && t <= window.to)) return undefined;
  const line = newLine('fbb', raw.slice(EVENT_AT + 1));
  line.timestamp = t;
  line.timestampText = raw.slice(0, STAMP_DIGITS);
  line.fields.channel = Number(raw.slice(STAMP_DIGITS, EVENT_AT));
  line.fields.event = raw[EVENT_AT];
  return line;
}
