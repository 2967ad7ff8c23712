/**
 * CERN EOS's log line (`common/Logging.cc`, `Logging::log`, every EOS daemon: MGM, FST, MQ), its
 * verbose default:
 * `"%02d%02d%02d %02d:%02d:%02d time=%lu.%06lu func=%-24s level=%s logid=%s unit=%s tid=%016lx source=%-30s %s "`
 * with the client's identity last (`"tident=%s sec=%-5s uid=%d gid=%d name=%s geo=\"%s\""`, later
 * releases adding ` xt="…" ob="…"`), then the text as the call formatted it. Its short form
 * (`gShortFormat`) abbreviates the keys: `t=%lu.%06lu f=%-16s l=%s tid=%016lx s=%-24s `, the log id
 * (`logid:` cut off) in the thread's place where the call has one, then the text.
 *
 * - **The time**: the `YYMMDD HH:MM:SS` prefix is `localtime_r` of the second `time=` gives with its
 *   microseconds (`tv.tv_sec`, `tv.tv_usec`): one instant, written twice. Where the prefix, read in
 *   the source's zone, names the same second, `time=`'s is the line's time, to the millisecond, as a
 *   JSON record's finer of two time keys naming one second is; where they disagree (the source's
 *   zone is not the daemon's), the prefix as read stays.
 * - **The level**: `GetPriorityString`'s syslog names, `EMERG` `ALERT` `CRIT` FATAL, `ERROR`,
 *   `WARN`, `NOTE` NOTICE, `INFO`, `DEBUG` (padded to five).
 * - **The message**: all after the header's last field and its space, kept whole: EOS's own
 *   `msg="…"` and the other pairs a call writes (`op=write path=…`) are the text the call formatted.
 *   The header's pairs go to `fields.header_columns` as written, the thread id to `fields.tid`, the
 *   source location to `fields.caller`.
 *
 * Only that whole header, from the line's start: a `time=` pair anywhere else is the text's.
 */
import type { Level } from '../levels.ts';
import type { ParsedLine } from '../types.ts';

/** `YYMMDD HH:MM:SS `: the prefix's characters and its space, tested where the line opens. */
const PREFIX_CHARS = 16;
const PREFIX = /^\d{6} \d\d:\d\d:\d\d /;

/**
 * After the prefix: the verbose header (the epoch and its microseconds, the function, the level, the
 * log id, unit, thread, source and the client's identity) or the short one (`t=`, `f=`, `l=`, the
 * thread or the log id, `s=`).
 */
const HEADER =
  /(?:time=(\d{9,11})\.(\d{6}) func=\S+ +level=([A-Z]+) +logid=\S+ unit=\S+ tid=([0-9a-f]+) source=(\S+) +tident=\S* sec=\S* +uid=-?\d+ gid=-?\d+ name=\S* geo="[^"]*"(?: xt="[^"]*" ob="[^"]*")? |t=(\d{9,11})\.(\d{6}) f=\S+ +l=([A-Z]+) +(?:tid=([0-9a-f]+)|\S+) s=(\S+) +)/y;

/** `GetPriorityString`'s names (trimmed of their padding). */
const PRIORITIES: Readonly<Record<string, Level>> = {
  EMERG: 'FATAL',
  ALERT: 'FATAL',
  CRIT: 'FATAL',
  ERROR: 'ERROR',
  WARN: 'WARN',
  NOTE: 'NOTICE',
  INFO: 'INFO',
  DEBUG: 'DEBUG',
};

/**
 * EOS's header opening `raw`, on a line whose time the header finder read from its prefix: the level,
 * the text after the header, `time=`'s finer time where it names the prefix's second; untouched
 * otherwise. True when it read the header.
 */
export function takeEosHeader(line: ParsedLine, raw: string): boolean {
  if (line.timestamp === undefined || !PREFIX.test(raw)) return false;
  HEADER.lastIndex = PREFIX_CHARS;
  const header = HEADER.exec(raw);
  if (header === null) return false;
  // The short form's groups follow the verbose form's five, in the same order.
  const g = header[1] === undefined ? 5 : 0;
  const level = PRIORITIES[header[3 + g] as string];
  if (level === undefined) return false;
  const seconds = Number(header[1 + g]);
  if (Math.floor(line.timestamp / 1000) === seconds)
    line.timestamp = seconds * 1000 + Math.floor(Number(header[2 + g]) / 1000);
  line.level = level;
  const tid = header[4 + g];
  if (tid !== undefined) line.fields.tid = tid;
  line.fields.caller = header[5 + g] as string;
  line.fields.header_columns = raw.slice(PREFIX_CHARS, HEADER.lastIndex).trimEnd();
  line.message = raw.slice(HEADER.lastIndex).trimEnd();
  return true;
}
