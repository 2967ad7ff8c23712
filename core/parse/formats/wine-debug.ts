/**
 * Wine's debug-channel line, as every Wine-based runtime prints it on standard error (upstream Wine,
 * Proton's `steam-<appid>.log`, Lutris, Bottles, umu): `__wine_dbg_header` in Wine's
 * `dlls/ntdll/unix/debug.c` writes `"%3u.%03u:"` of `NtGetTickCount()` (only with `+timestamp`),
 * `"%04x:"` of the process id (only with `+pid`), `"%04x:"` of the thread id, then
 * `"%s:%s:%s "` of the class, the channel and the function: `0024:fixme:heap:RtlSetHeapInformation
 * text`, `3412.118:0020:0024:trace:loaddll:build_module text`. The classes are the file's own
 * `{ "fixme", "err", "warn", "trace" }`, and its `default_flags` print `err` and `fixme` unless
 * `WINEDEBUG` says otherwise.
 *
 * vkd3d-proton (D3D12 on Vulkan, in Proton) writes its own lines in the same family: its
 * `libs/vkd3d-common/debug.c` prints `"%s:%s: "` of the level and the function, its levels `err`,
 * `fixme`, `warn`, `trace`; newer releases put the thread's `%04x:` before them and add `info`
 * (`0160:info:vkd3d_instance_init: text`), and inside Proton a channel after the level
 * (`03ec:info:vkd3d-proton:vkd3d_config_flags_init_once: text`).
 *
 * - **The level**: `err` ERROR, `warn` WARN, `trace` TRACE, vkd3d-proton's `info` INFO, and `fixme`
 *   WARN: Wine's class for a path it has not implemented, printed by default beside `err`, a
 *   warning that the program may misbehave rather than an error of its own.
 * - **The rest**: the channel → `logger`, the function → `fields.caller`, the ids as printed (hex)
 *   → `fields.pid` and `fields.tid`, the uptime (`+timestamp`, seconds since boot, no date) →
 *   `fields.uptime`; never the line's time.
 * - Only that whole shape from the line's start: the uptime's digits, `.`, three digits and `:`
 *   (optional), one or two ids of four to eight lower-case hex digits each closed by `:`, a class
 *   above and `:`, then `channel:function ` or `[channel:]function: `. Words a message writes after
 *   it (`… err:foo …`) are its text.
 * - Left: an uptime below 100 s, which `%3u` pads with spaces (the line then opens with a space),
 *   and vkd3d-proton's older lines without a thread id (`err:function: text`).
 */
import { isDigit, isLowerHexDigit } from '../calendar.ts';
import { isWordChar } from '../header-fields.ts';
import type { Level } from '../levels.ts';
import { newLine } from '../line.ts';
import type { ParsedLine } from '../types.ts';

const CLASSES: ReadonlyMap<string, Level> = new Map([
  ['fixme', 'WARN'],
  ['err', 'ERROR'],
  ['warn', 'WARN'],
  ['trace', 'TRACE'],
  ['info', 'INFO'],
]);

/** `%3u` of `NtGetTickCount() / 1000`: a 32-bit count of milliseconds is at most 4294967 s. */
const UPTIME_DIGITS = 7;
/** `%04x` of a process or thread id: four digits at least, eight at most (32 bits). */
const ID_FEWEST = 4;
const ID_MOST = 8;
/** Longest channel or function name read. */
const NAME_MOST = 96;

/** A channel's or function's character: a word character, and `-` in a channel (`vkd3d-proton`). */
function isNameChar(c: number, hyphen: boolean): boolean {
  return isWordChar(c) || (hyphen && c === 45);
}

/** The end of a name from `at` (at least one character), or -1. */
function nameEnd(raw: string, at: number, hyphen: boolean): number {
  let k = at;
  while (k - at < NAME_MOST && isNameChar(raw.charCodeAt(k), hyphen)) k++;
  return k > at ? k : -1;
}

/** The end of `%04x:` at `at` (after its colon), or -1. */
function idEnd(raw: string, at: number): number {
  let k = at;
  while (k - at < ID_MOST && isLowerHexDigit(raw.charCodeAt(k))) k++;
  return k - at >= ID_FEWEST && raw.charCodeAt(k) === 58 ? k + 1 : -1;
}

/** The end of `%3u.%03u:` at the line's start (after its colon), or 0 when there is none. */
function uptimeEnd(raw: string): number {
  let k = 0;
  while (k < UPTIME_DIGITS && isDigit(raw.charCodeAt(k))) k++;
  if (k === 0 || raw.charCodeAt(k) !== 46) return 0;
  const f = k + 1;
  if (!isDigit(raw.charCodeAt(f)) || !isDigit(raw.charCodeAt(f + 1)) || !isDigit(raw.charCodeAt(f + 2)))
    return 0;
  return raw.charCodeAt(f + 3) === 58 ? f + 4 : 0;
}

/** Wine's (or vkd3d-proton's) debug line from the line's start, or undefined. */
export function parseWineDebugLine(raw: string): ParsedLine | undefined {
  const uptime = uptimeEnd(raw);
  const first = idEnd(raw, uptime);
  if (first < 0) return undefined;
  const second = idEnd(raw, first);
  const classAt = second < 0 ? first : second;
  const classEnd = raw.indexOf(':', classAt);
  if (classEnd < 0 || classEnd - classAt > 5) return undefined;
  const level = CLASSES.get(raw.slice(classAt, classEnd));
  if (level === undefined) return undefined;
  const a = classEnd + 1;
  const aEnd = nameEnd(raw, a, true);
  if (aEnd < 0 || raw.charCodeAt(aEnd) !== 58) return undefined;
  let channel: string | undefined;
  let functionAt = a;
  let functionEnd = aEnd;
  let text: number;
  if (raw.charCodeAt(aEnd + 1) === 32) {
    // vkd3d-proton's `level:function: `.
    text = aEnd + 2;
  } else {
    const bEnd = nameEnd(raw, aEnd + 1, false);
    if (bEnd < 0) return undefined;
    channel = raw.slice(a, aEnd);
    functionAt = aEnd + 1;
    functionEnd = bEnd;
    // Wine's `class:channel:function `, or vkd3d-proton's `level:channel:function: ` in Proton.
    if (raw.charCodeAt(bEnd) === 32) text = bEnd + 1;
    else if (raw.charCodeAt(bEnd) === 58 && raw.charCodeAt(bEnd + 1) === 32) text = bEnd + 2;
    else return undefined;
  }
  const line = newLine('wine_debug', raw.slice(text).trim());
  line.level = level;
  line.logger = channel;
  line.fields.caller = raw.slice(functionAt, functionEnd);
  if (second < 0) line.fields.tid = raw.slice(uptime, first - 1);
  else {
    line.fields.pid = raw.slice(uptime, first - 1);
    line.fields.tid = raw.slice(first, second - 1);
  }
  if (uptime > 0) line.fields.uptime = raw.slice(0, uptime - 1);
  return line;
}
