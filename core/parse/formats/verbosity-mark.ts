/**
 * A level letter with its verbosity digit after the time, before the process and thread in brackets
 * and a colon: Melown's dbglog (VTS mapproxy, vtsd, vts-tools), whose `level2string` writes `I1`…`I4`,
 * `W1`…`W4`, `E1`…`E4`, `DD` (debug) and `FF` (fatal), then ` [pid(thread)]: ` (older releases
 * `[pid/thread]: `), the text, and where it was logged from, ` {file.cpp:function():line}`.
 *
 * Read only where the text after a time opens with the mark and that bracket: `E2 instance failed`,
 * `E2 [eu-west]: text` and `A4 [1(x)]: text` stay text. The trailing location goes to
 * `fields.caller`, the pid to `fields.pid` and the thread to `fields.thread`; where the line already
 * holds another pid or thread (a syslog tag's), the bracket stays the text's, and so does a location
 * where it holds another caller.
 */
import { isDigit } from '../calendar.ts';
import type { Level } from '../levels.ts';
import { isFieldFree } from '../line.ts';
import type { ParsedLine } from '../types.ts';

/** Longest thread name read inside the bracket (`tile:12-2-289`). */
const THREAD_CHARS = 64;
/** Longest trailing location read (`{gdalsupport.cpp:runManager():624}`). */
const LOCATION_CHARS = 160;

/** The level of dbglog's two-character mark at `text[0, 2)`, or undefined. */
function markLevel(text: string): Level | undefined {
  const c = text.charCodeAt(0);
  const d = text.charCodeAt(1);
  if (d >= 49 && d <= 52) {
    if (c === 73) return 'INFO';
    if (c === 87) return 'WARN';
    if (c === 69) return 'ERROR';
    return undefined;
  }
  if (c === 68 && d === 68) return 'DEBUG';
  if (c === 70 && d === 70) return 'FATAL';
  return undefined;
}

/** dbglog's mark opening the message of a line with a time and no level yet: set, and cut. */
export function takeVerbosityMark(line: ParsedLine): void {
  const text = line.message;
  if (line.timestampText === undefined || text.charCodeAt(2) !== 32 || text.charCodeAt(3) !== 91) return;
  const level = markLevel(text);
  if (level === undefined) return;
  let k = 4;
  while (k < 16 && isDigit(text.charCodeAt(k))) k++;
  if (k === 4) return;
  const pid = text.slice(4, k);
  const open = text.charCodeAt(k);
  if (open !== 40 && open !== 47) return;
  const close = open === 40 ? ')]' : ']';
  const end = text.indexOf(close, k + 1);
  if (end < 0 || end - k > THREAD_CHARS) return;
  const after = end + close.length;
  if (text.charCodeAt(after) !== 58 || text.charCodeAt(after + 1) !== 32) return;
  const thread = text.slice(k + 1, end);
  if (thread.includes(']')) return;
  line.level = level;
  // A pid or thread the line already holds (a syslog tag's `vtsd[12]:`) keeps dbglog's bracket in the text.
  if (!isFieldFree(line, 'pid', Number(pid)) || (thread.length > 0 && !isFieldFree(line, 'thread', thread))) {
    line.message = text.slice(3);
    return;
  }
  line.fields.pid = Number(pid);
  if (thread.length > 0) line.fields.thread = thread;
  line.message = cutLocation(line, text.slice(after + 2));
}

/** `text` without dbglog's trailing ` {file:function():line}`, which goes to `fields.caller`. */
function cutLocation(line: ParsedLine, text: string): string {
  if (text.charCodeAt(text.length - 1) !== 125) return text;
  const open = text.lastIndexOf(' {');
  if (open < 0 || text.length - open > LOCATION_CHARS) return text;
  const location = text.slice(open + 2, -1);
  const call = location.lastIndexOf('():');
  if (call < 0 || call + 3 >= location.length) return text;
  for (let k = call + 3; k < location.length; k++) if (!isDigit(location.charCodeAt(k))) return text;
  if (!isFieldFree(line, 'caller', location)) return text;
  line.fields.caller = location;
  return text.slice(0, open);
}
