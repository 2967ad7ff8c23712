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
import { isDigit, isDigits } from '../calendar.ts';
import type { Level } from '../levels.ts';
import type { ParsedLine } from '../types.ts';

/** `YYYY-MM-DD HH:MM:SS.ffff [PID=`: the pid's bracket opens at this index. */
const PID_START = 25;
/** `YYYY-MM-DD HH:MM:SS.`: the fraction's dot stands at this index. */
const FRACTION_DOT = 19;
/** Width `v_format_kind` pads each kind to. */
const KIND_WIDTH = 8;
const KINDS: ReadonlyMap<string, Level> = new Map([
  ['CRITICAL', 'FATAL'],
  ['normal  ', 'INFO'],
  ['debug   ', 'DEBUG'],
]);

/** BOINC's `[PID=n] kind ` after the time opening `raw`: the level, the pid and the text. */
export function takeBoincKind(line: ParsedLine, raw: string): void {
  // The bracket, the time's space before it and the `=` at their fixed places turn other lines away;
  // the time's four-digit fraction must end at that space, else the bracket is another header's text
  // (`2026-11-27 16:20:07 INFO [PID=1] CRITICAL x` keeps its INFO).
  if (
    raw.charCodeAt(PID_START) !== 91 ||
    raw.charCodeAt(PID_START + 4) !== 61 ||
    raw.charCodeAt(PID_START - 1) !== 32 ||
    line.timestamp === undefined ||
    !raw.startsWith('[PID=', PID_START) ||
    !endsWithTenThousandths(raw)
  )
    return;
  let k = PID_START + 5;
  const digits = k;
  while (isDigit(raw.charCodeAt(k))) k++;
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

/** True when `raw`'s time ends `:SS.ffff` right before the pid's bracket (`precision_time_to_string`). */
function endsWithTenThousandths(raw: string): boolean {
  return (
    raw.charCodeAt(FRACTION_DOT) === 46 &&
    raw.charCodeAt(FRACTION_DOT - 3) === 58 &&
    isDigits(raw, FRACTION_DOT + 1, PID_START - 1)
  );
}
