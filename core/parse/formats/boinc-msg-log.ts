/**
 * BOINC's server log (`scheduler.log`, the daemons' logs): `MSG_LOG::vprintf` (`lib/msg_log.cpp`)
 * writes `"%s%s %s%s "` of `precision_time_to_string(dtime())`, `" [PID=%-5d]"`, the kind
 * `SCHED_MSG_LOG::v_format_kind` names (`sched/sched_msgs.cpp`: `"CRITICAL"`, `"normal  "`,
 * `"debug   "`, each eight wide) and the indent's spaces, then the text:
 * `2026-11-27 16:20:07.3182 [PID=23817] normal   Request: [USER#41522] …`. `CRITICAL` FATAL,
 * `normal` INFO, `debug` DEBUG.
 *
 * Read only in that slot, right after the time to the ten-thousandth of a second and the pid's
 * bracket: the level, `fields.pid`, the text after the kind and its padding. `normal` is no level
 * word anywhere else.
 */
import type { Level } from '../levels.ts';
import type { ParsedLine } from '../types.ts';

/** `YYYY-MM-DD HH:MM:SS.ffff [PID=`: the pid's bracket opens at this index. */
const PID_START = 25;
/** Width `v_format_kind` pads each kind to. */
const KIND_WIDTH = 8;
const KINDS: ReadonlyMap<string, Level> = new Map([
  ['CRITICAL', 'FATAL'],
  ['normal  ', 'INFO'],
  ['debug   ', 'DEBUG'],
]);

/** BOINC's `[PID=n] kind ` after the time opening `raw`: the level, the pid and the text. */
export function takeBoincKind(line: ParsedLine, raw: string): void {
  // The bracket, the time's space before it and the `=` at their fixed places turn other lines away.
  if (
    raw.charCodeAt(PID_START) !== 91 ||
    raw.charCodeAt(PID_START + 4) !== 61 ||
    raw.charCodeAt(PID_START - 1) !== 32 ||
    line.timestamp === undefined ||
    !raw.startsWith('[PID=', PID_START)
  )
    return;
  let k = PID_START + 5;
  const digits = k;
  while (k < raw.length && raw.charCodeAt(k) >= 48 && raw.charCodeAt(k) <= 57) k++;
  if (k === digits) return;
  const pid = raw.slice(digits, k);
  // `%-5d` pads a short pid with spaces inside the bracket.
  while (raw.charCodeAt(k) === 32) k++;
  if (raw.charCodeAt(k) !== 93 || raw.charCodeAt(k + 1) !== 32) return;
  const bracketed = raw.slice(PID_START + 1, k);
  const kind = raw.slice(k + 2, k + 2 + KIND_WIDTH);
  const level = KINDS.get(kind);
  if (level === undefined || raw.charCodeAt(k + 2 + KIND_WIDTH) !== 32) return;
  let text = k + 2 + KIND_WIDTH;
  while (raw.charCodeAt(text) === 32) text++;
  line.level = level;
  line.fields.pid = Number(pid);
  if (line.fields.header_columns === kind.trimEnd()) delete line.fields.header_columns;
  if (line.fields.thread === bracketed) delete line.fields.thread;
  line.message = raw.slice(text);
}
