/**
 * RPCS3's log file (`RPCS3.log`): `logs::file_listener::log` (`Utilities/Log.cpp`) opens each line
 * with a middle dot (U+00B7) and the severity's letter (`·F` fatal, `·E` error, `·U` todo, `·S`
 * success, `·W` warning, `·!` notice, `·T` trace, `·A` always), then the microseconds since the
 * program started as `"%u:%02u:%02u.%06u "`, the thread's prefix in braces when it has one
 * (`{PPU[0x1000000] Thread (main_thread) [HLE:…, LR:…]} `), the channel's name and `": "` (`" TODO: "`
 * for a todo), then the text:
 * `·E 0:00:05.814705 {PPU[0x1000000] Thread (main_thread) [0x0032fd80]} sys_fs: 'sys_fs_open' failed …`.
 *
 * `F` FATAL, `E` ERROR, `W` WARN, `!` NOTICE, `T` TRACE; `S` (a success) INFO, as the bench's other
 * success kinds (signale's, consola's); `U` (a call not implemented yet, `TODO`) WARN; `A` (printed
 * whatever the level) none. The uptime is no point in time: `fields.uptime`, and the line has no
 * time. The prefix → `fields.thread`, the channel → `logger`.
 *
 * Read only in that whole shape from the line's start (the dot, a letter of those eight, a space, the
 * uptime and its space), so a dot opening any other line stays as it was.
 */
import { isDigit, isDigits } from '../calendar.ts';
import { isWordChar } from '../header-fields.ts';
import type { Level } from '../levels.ts';
import { newLine } from '../line.ts';
import type { ParsedLine } from '../types.ts';

/** U+00B7, the middle dot opening every line. */
export const RPCS3_DOT = 0xb7;

/** The severity letters `file_listener::log` writes; `null` for `always`, read but no level. */
const SEVERITIES: ReadonlyMap<number, Level | null> = new Map<number, Level | null>([
  [70, 'FATAL'],
  [69, 'ERROR'],
  [85, 'WARN'],
  [83, 'INFO'],
  [87, 'WARN'],
  [33, 'NOTICE'],
  [84, 'TRACE'],
  [65, null],
]);

/** Longest channel name read before its colon. */
const MAX_CHANNEL = 32;
const TODO = ' TODO: ';

/** Where the uptime `H:MM:SS.ffffff` starting at `i` ends (its space), or -1. */
function uptimeEnd(raw: string, i: number): number {
  let k = i;
  while (k - i < 6 && isDigit(raw.charCodeAt(k))) k++;
  if (k === i || raw.charCodeAt(k) !== 58 || raw.charCodeAt(k + 3) !== 58) return -1;
  if (!isDigits(raw, k + 1, k + 3) || !isDigits(raw, k + 4, k + 6) || raw.charCodeAt(k + 6) !== 46) return -1;
  if (!isDigits(raw, k + 7, k + 13) || raw.charCodeAt(k + 13) !== 32) return -1;
  return k + 13;
}

/** Where the channel's `name: ` or `name TODO: ` at `i` ends, with the name, or undefined. */
function channelAt(raw: string, i: number): { name: string; end: number } | undefined {
  let k = i;
  while (k - i <= MAX_CHANNEL && isWordChar(raw.charCodeAt(k))) k++;
  if (k === i || k - i > MAX_CHANNEL) return undefined;
  if (raw.charCodeAt(k) === 58 && raw.charCodeAt(k + 1) === 32) return { name: raw.slice(i, k), end: k + 2 };
  if (raw.startsWith(TODO, k)) return { name: raw.slice(i, k), end: k + TODO.length };
  return undefined;
}

/** Longest thread prefix read in its braces (a PPU thread's name, its HLE and LR addresses). */
const MAX_PREFIX = 160;

/** Where the prefix's `} ` closes, looked for over `MAX_PREFIX` characters from `i`, or -1. */
function prefixClose(raw: string, i: number): number {
  const limit = Math.min(raw.length - 1, i + MAX_PREFIX);
  for (let k = i; k < limit; k++) if (raw.charCodeAt(k) === 125 && raw.charCodeAt(k + 1) === 32) return k;
  return -1;
}

/** RPCS3's line (the caller tested the dot first), or undefined. */
export function parseRpcs3Line(raw: string): ParsedLine | undefined {
  if (raw.charCodeAt(2) !== 32) return undefined;
  const level = SEVERITIES.get(raw.charCodeAt(1));
  if (level === undefined) return undefined;
  const timeEnd = uptimeEnd(raw, 3);
  if (timeEnd < 0) return undefined;
  let k = timeEnd + 1;
  let thread: string | undefined;
  if (raw.charCodeAt(k) === 123) {
    const close = prefixClose(raw, k + 1);
    if (close < 0) return undefined;
    thread = raw.slice(k + 1, close);
    k = close + 2;
  }
  const channel = channelAt(raw, k);
  let text = channel?.end ?? k;
  // A todo with no channel: `TODO: ` alone.
  if (channel === undefined && raw.startsWith(TODO, k - 1)) text = k - 1 + TODO.length;
  const line = newLine('rpcs3', raw.slice(text));
  if (level !== null) line.level = level;
  if (channel !== undefined) line.logger = channel.name;
  if (thread !== undefined) line.fields.thread = thread;
  line.fields.uptime = raw.slice(3, timeEnd);
  return line;
}
