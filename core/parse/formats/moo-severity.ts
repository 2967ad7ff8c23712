/**
 * ToastStunt's (the LambdaMOO server's) severity mark: `do_log` in `src/log.cc` writes
 * `ctime(…) + 4` cut at its year, `"%s: "`, then, off a terminal, a mark by the severity before the
 * text: `"!!! "` for `LOG_NOTICE`, `"### "` for `LOG_WARNING`, `"*** "` for `LOG_ERROR` (`errlog`,
 * `log_perror`): `Nov 30 15:08:29: *** accept: Too many open files`. `*** ` ERROR, `### ` WARN,
 * `!!! ` NOTICE; the text after the mark.
 *
 * Read only right after that stamp opening the line (`Mmm dd HH:mm:ss: `, the day padded by a space).
 * Not read: `> ` (`LOG_INFO1` to `LOG_INFO4`), which the `server_log()` built-in also writes before
 * a database's own text at no severity (`applog(level, "> %s\n", message)`), so it tells no level.
 */
import { isDigit, monthAt, readClock } from '../calendar.ts';
import type { Level } from '../levels.ts';
import type { ParsedLine } from '../types.ts';

/** `Mmm dd HH:mm:ss: `: the mark opens at this index. */
const MARK_START = 17;
const MARKS: ReadonlyMap<string, Level> = new Map([
  ['*** ', 'ERROR'],
  ['### ', 'WARN'],
  ['!!! ', 'NOTICE'],
]);

/**
 * ToastStunt's severity mark after its stamp opening `raw`: the level and the text after it. The mark
 * is the header's, so a level word the header finder took from the text after it (`### ERROR rate
 * high`) is given back to the text, with any column it took there.
 */
export function takeMooSeverityMark(line: ParsedLine, raw: string): void {
  if (line.timestamp === undefined || !opensWithMooStamp(raw)) return;
  const level = MARKS.get(raw.slice(MARK_START, MARK_START + 4));
  if (level === undefined || raw.length <= MARK_START + 4 || raw.charCodeAt(MARK_START + 4) === 32) return;
  line.level = level;
  line.logger = undefined;
  delete line.fields.header_columns;
  line.message = raw.slice(MARK_START + 4);
}

/** `Mmm dd HH:mm:ss: ` at the line's start, as `ctime` writes its month, day and time. */
function opensWithMooStamp(raw: string): boolean {
  const dayTens = raw.charCodeAt(4);
  return (
    monthAt(raw, 0) !== 0 &&
    raw.charCodeAt(3) === 32 &&
    (dayTens === 32 || isDigit(dayTens)) &&
    isDigit(raw.charCodeAt(5)) &&
    raw.charCodeAt(6) === 32 &&
    readClock(raw, 7) >= 0 &&
    raw.charCodeAt(15) === 58 &&
    raw.charCodeAt(16) === 32
  );
}
