/**
 * libfabric's own log line (`fi_log`, `src/log.c`), on the standard error of every program that opens
 * a fabric (an MPI rank, a benchmark): `"%s:%d:%ld:%s:%s:%s:%s():%d<%s> %s"`, the format string in
 * Debian's `libfabric.so.1` 1.17.0: the package's name, the pid, `time(NULL)`'s epoch seconds,
 * `FI_LOG_PREFIX` (empty unless set), the provider, the subsystem, the function and its line, the level,
 * then the text: `libfabric:48213:1795511642::verbs:fabric:vrb_get_match_infos():1714<warn> text`.
 *
 * - **The time**: the epoch seconds, to the second, only within the years any bare-number stamp may
 *   denote (`isPlausibleStampTime`): `libfabric:1:9999999999::…` from another program keeps no time.
 * - **The level**: `FI_LOG_LEVEL`'s names (`"warn, trace, info, debug"` in the same binary's help
 *   text): `warn` WARN, `info` INFO, `debug` DEBUG, `trace` TRACE.
 * - **The rest**: the provider → `logger`, the subsystem → `fields.subsystem`, `func():line` →
 *   `fields.caller`, the pid → `fields.pid`, the package's name → `service`.
 *
 * Only that whole shape from the line's start, with the empty prefix (`::`): a lower-case name, `:`,
 * a pid, `:`, ten digits, `::`. The caller tested the name and its colon, and a digit after it.
 */
import { isDigit, isDigits } from '../calendar.ts';
import { levelSpelling } from '../levels.ts';
import { newLine } from '../line.ts';
import { isPlausibleStampTime } from '../timestamp-shapes.ts';
import type { ParsedLine } from '../types.ts';

/** `time(NULL)` written in ten digits: every second from 2001 to 2286. */
const EPOCH_DIGITS = 10;
/** The longest pid Linux gives (`pid_max` at most 4194304) and then some. */
const PID_DIGITS = 10;

/** After the empty prefix's `::`: provider, subsystem, `func():line`, `<level> `. */
const AFTER_PREFIX = /([\w;-]+):(\w+):(\w+)\(\):(\d+)<(warn|trace|info|debug)> /y;

/** libfabric's line, its name's colon at `colon` and a digit after it, or undefined. */
export function parseFiLogLine(raw: string, colon: number): ParsedLine | undefined {
  let k = colon + 1;
  while (k - colon <= PID_DIGITS && isDigit(raw.charCodeAt(k))) k++;
  if (raw.charCodeAt(k) !== 58) return undefined;
  const epochAt = k + 1;
  const epochEnd = epochAt + EPOCH_DIGITS;
  if (raw.charCodeAt(epochEnd) !== 58 || raw.charCodeAt(epochEnd + 1) !== 58) return undefined;
  if (!isDigits(raw, epochAt, epochEnd)) return undefined;
  AFTER_PREFIX.lastIndex = epochEnd + 2;
  const m = AFTER_PREFIX.exec(raw);
  if (m === null) return undefined;
  const line = newLine('fi_log', raw.slice(AFTER_PREFIX.lastIndex));
  const seconds = raw.slice(epochAt, epochEnd);
  const ms = Number(seconds) * 1000;
  if (isPlausibleStampTime(ms)) {
    line.timestamp = ms;
    line.timestampText = seconds;
  }
  line.level = levelSpelling(m[5] as string);
  line.service = raw.slice(0, colon);
  line.logger = m[1];
  line.fields.pid = Number(raw.slice(colon + 1, k));
  line.fields.subsystem = m[2];
  line.fields.caller = `${m[3]}():${m[4]}`;
  return line;
}
