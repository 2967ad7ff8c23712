/**
 * The Steam Runtime tools' log line (pressure-vessel's `pressure-vessel-wrap` and
 * `pressure-vessel-adverb`, `steam-runtime-system-info`, `srt-logger`: every program on
 * steam-runtime-tools' `log.c`), `g_printerr ("%s%s[%d]: %s: %s%s", …)` of the optional timestamp
 * prefix (`SRT_LOG=timestamp`, not read here), the program's name, its pid, `get_level_prefix`'s
 * mark and the message: `pressure-vessel-wrap[18422]: W: Unable to load Vulkan ICD …`.
 *
 * - **The level**: `get_level_prefix`'s marks, `E` (`SRT_LOG_LEVEL_FAILURE`) ERROR, `W` WARN, `N`
 *   (GLib's message, "consistent with apt, which calls this a notice") NOTICE, `I` INFO, `D` DEBUG,
 *   and `Internal error` (GLib's critical and error, assertion failures) ERROR.
 * - **The rest**: the name → `service`, the pid → `fields.pid`, the message after `: `.
 * - Only that whole shape from the line's start: a lower-case name (letters, digits, `-`, `_`,
 *   `.`), `[`, digits, `]: `, one of the marks above, `: `. A `prog[pid]: ` line without such a mark
 *   is not claimed, and a mark later in the text is the text's.
 */
import { isDigit, isLower } from '../calendar.ts';
import type { Level } from '../levels.ts';
import { newLine } from '../line.ts';
import type { ParsedLine } from '../types.ts';

const MARKS: ReadonlyMap<string, Level> = new Map([
  ['E', 'ERROR'],
  ['W', 'WARN'],
  ['N', 'NOTICE'],
  ['I', 'INFO'],
  ['D', 'DEBUG'],
  ['Internal error', 'ERROR'],
]);

/** Longest program name read, and the most digits of a pid. */
const NAME_MOST = 64;
const PID_MOST = 10;
const INTERNAL_ERROR = 'Internal error: ';

function isNameChar(c: number): boolean {
  return isLower(c) || isDigit(c) || c === 45 || c === 95 || c === 46;
}

/** The Steam Runtime tools' line from its start, or undefined. */
export function parseSrtLogLine(raw: string): ParsedLine | undefined {
  if (!isLower(raw.charCodeAt(0))) return undefined;
  let k = 1;
  while (k < NAME_MOST && isNameChar(raw.charCodeAt(k))) k++;
  if (raw.charCodeAt(k) !== 91) return undefined;
  const pidAt = k + 1;
  let p = pidAt;
  while (p - pidAt < PID_MOST && isDigit(raw.charCodeAt(p))) p++;
  if (p === pidAt || raw.charCodeAt(p) !== 93 || raw.charCodeAt(p + 1) !== 58) return undefined;
  if (raw.charCodeAt(p + 2) !== 32) return undefined;
  const markAt = p + 3;
  let markEnd = markAt + 1;
  if (raw.startsWith(INTERNAL_ERROR, markAt)) markEnd = markAt + INTERNAL_ERROR.length - 2;
  if (raw.charCodeAt(markEnd) !== 58 || raw.charCodeAt(markEnd + 1) !== 32) return undefined;
  const level = MARKS.get(raw.slice(markAt, markEnd));
  if (level === undefined) return undefined;
  const line = newLine('srt_log', raw.slice(markEnd + 2).trim());
  line.level = level;
  line.service = raw.slice(0, k);
  line.fields.pid = Number(raw.slice(pidAt, p));
  return line;
}
