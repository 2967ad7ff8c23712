import { fractionMillis, isDigit, isDigits } from '../calendar.ts';
import { takeLeadingLevel } from '../header-line.ts';
import { normaliseLevel } from '../levels.ts';
import { idValue, newLine } from '../line.ts';
import { scanCtime, type TimeContext, type TimeScan } from '../timestamps.ts';
import type { ParsedLine } from '../types.ts';
import { takeMessageMark } from './message-mark.ts';

const scan: TimeScan = { ms: 0, end: 0 };

/**
 * Apache httpd error log: 2.2 `[Sun Dec 04 04:47:44 2005] [error] [client 1.2.3.4] msg` and 2.4
 * `[Wed Oct 11 14:32:52.123456 2025] [core:error] [pid 1234:tid 5678] [client 1.2.3.4:5] AH00124: msg`;
 * other C servers' ctime headers: mod_jk's `[ctime] [pid:tid] [level] text`, Nessus's glued
 * `[ctime][pid.thread] text`. A level in any of the first brackets is read: up to `MAX_UNKNOWN`
 * one-token brackets no reading knows may stand before it (kept in `fields.header_columns`).
 */
export function parseApacheError(raw: string, ctx: TimeContext): ParsedLine | undefined {
  if (raw.charCodeAt(0) !== 91 || !scanCtime(raw, 1, ctx, scan) || raw.charCodeAt(scan.end) !== 93)
    return undefined;
  const line = newLine('apache_error', '');
  line.timestampText = raw.slice(1, scan.end);
  line.timestamp = scan.ms;
  let i = fractionAfterBracket(raw, scan.end + 1, line);
  // Where the first bracket no reading knew opened, and how many such brackets stand before a level.
  let unread = -1;
  let unknown = 0;
  for (;;) {
    // Brackets follow one space apart, or glued (Nessus's `[ctime][pid.thread] text`).
    const open = raw.charCodeAt(i) === 32 ? i + 1 : i;
    if (raw.charCodeAt(open) === 40 && line.level === undefined && unknown === 0) {
      const end = processIdParenthesis(raw, open, line);
      if (end < 0) break;
      i = end;
      continue;
    }
    if (raw.charCodeAt(open) !== 91) break;
    const close = raw.indexOf(']', open + 1);
    if (close < 0) break;
    const inner = raw.slice(open + 1, close);
    if (!readBracket(inner, line, unknown > 0, open === i)) {
      // A name before the level (`[ctime] [mod_x] [error] text`) is a header field: read on for the
      // level, a token or two at most; without a level after it, the text starts there.
      if (line.level !== undefined || unknown === MAX_UNKNOWN || !isToken(inner)) break;
      if (unread < 0) unread = i;
      unknown++;
    } else if (unread >= 0 && line.level !== undefined) {
      line.fields.header_columns = raw
        .slice(raw.charCodeAt(unread) === 32 ? unread + 1 : unread, open)
        .trimEnd();
      unread = -1;
    }
    i = close + 1;
  }
  if (unread >= 0) i = unread;
  if (raw.charCodeAt(i) === 32) i++;
  line.message = raw.slice(i);
  // Other servers' `[ctime] [tid] WARNING: text` write their level after the brackets, and the
  // kernel's subsystems through `dmesg -T` after their tag (`[ctime] XFS warning (device sdb1): text`).
  if (line.level === undefined) takeLeadingLevel(line);
  takeMessageMark(line);
  return line;
}

/**
 * `[ctime].971995 `: the fraction a C program appended after the bracket that holds ctime's text
 * (MapServer's `[%s].%ld`), added to a time that had none; returns the index after it, else `i`.
 * Digits must end at a space or the line's end (`].5s`, `].txt` stay text).
 */
function fractionAfterBracket(raw: string, i: number, line: ParsedLine): number {
  if (raw.charCodeAt(i) !== 46 || !isDigit(raw.charCodeAt(i + 1))) return i;
  let j = i + 1;
  while (isDigit(raw.charCodeAt(j))) j++;
  if ((j < raw.length && raw.charCodeAt(j) !== 32) || line.timestampText?.includes('.')) return i;
  line.timestamp = (line.timestamp as number) + fractionMillis(raw, i + 1, j);
  return j;
}

/**
 * `(pid=1771)`, `(pid 1771)`, `(PID:1771)`: a process id in parentheses before the level bracket
 * (conntrackd's `[ctime] (pid=N) [level] text`), into `fields.pid`; the index after it, else -1.
 */
function processIdParenthesis(raw: string, open: number, line: ParsedLine): number {
  if (line.fields.pid !== undefined || (raw.charCodeAt(open + 1) | 32) !== 112) return -1;
  if (raw.slice(open + 1, open + 4).toLowerCase() !== 'pid') return -1;
  const joint = raw.charCodeAt(open + 4);
  if (joint !== 61 && joint !== 32 && joint !== 58) return -1;
  let k = open + 5;
  while (isDigit(raw.charCodeAt(k))) k++;
  if (k === open + 5 || k - open > 16 || raw.charCodeAt(k) !== 41) return -1;
  line.fields.pid = idValue(raw.slice(open + 5, k));
  return k + 1;
}

/** Brackets no reading knows read past before a level (`[ctime] [pid:tid] [name] [info] text`). */
const MAX_UNKNOWN = 2;

/** A bracket's content without spaces, up to 64 characters: a name or an id, not words of text. */
function isToken(inner: string): boolean {
  return inner.length > 0 && inner.length <= 64 && inner.indexOf(' ') < 0;
}

/**
 * `21107:139912487786240`, `77.1`: a process id and a thread id joined by `:` or `.` (mod_jk's
 * `[%P:%T]`, Nessus's `[pid.thread]`); the index of the joint, else -1. A dot joins them only in a
 * bracket glued to the one before (`[ctime][77.1]`): one space apart, `[3.14]` is the text's number.
 */
function pidTidJoint(inner: string, glued: boolean): number {
  let joint = -1;
  for (let k = 0; k < inner.length; k++) {
    const c = inner.charCodeAt(k);
    if (c === 58 || (c === 46 && glued)) {
      if (joint >= 0 || k === 0) return -1;
      joint = k;
    } else if (!isDigit(c)) return -1;
  }
  return joint > 0 && joint < inner.length - 1 ? joint : -1;
}

/**
 * One `[…]` after the time: level (`error`, `core:error`), `pid …`, `client …`. False when it is text.
 * After brackets no reading knew (`named`), only a level word of three letters or more (`[c]` is a name).
 * `glued`: no space before the bracket.
 */
function readBracket(inner: string, line: ParsedLine, named: boolean, glued: boolean): boolean {
  // `[42]`: a thread or process number (Sphinx and Manticore's `searchd.log`), not a numeric level.
  if (isDigits(inner)) {
    if (line.fields.tid !== undefined) return false;
    line.fields.tid = idValue(inner);
    return true;
  }
  const joint =
    isDigit(inner.charCodeAt(0)) && line.fields.pid === undefined ? pidTidJoint(inner, glued) : -1;
  if (joint > 0) {
    line.fields.pid = idValue(inner.slice(0, joint));
    line.fields.tid = idValue(inner.slice(joint + 1));
    return true;
  }
  if (line.level === undefined && !line.fields.module) {
    const colon = inner.indexOf(':');
    const word = colon < 0 ? inner : inner.slice(colon + 1);
    const level = named && word.length < 3 ? undefined : normaliseLevel(word);
    if (level !== undefined) {
      line.level = level;
      if (colon > 0) line.fields.module = inner.slice(0, colon);
      return true;
    }
  }
  if (inner.startsWith('pid ')) {
    const tid = inner.indexOf(':tid ');
    line.fields.pid = idValue(tid < 0 ? inner.slice(4) : inner.slice(4, tid));
    if (tid > 0) line.fields.tid = idValue(inner.slice(tid + 5));
    return true;
  }
  if (inner.startsWith('client ')) {
    line.fields.client = inner.slice(7);
    return true;
  }
  if (inner.startsWith('remote ')) {
    line.fields.remote = inner.slice(7);
    return true;
  }
  return false;
}
