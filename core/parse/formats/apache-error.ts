import { isDigit, isDigits } from '../calendar.ts';
import { takeLeadingLevel } from '../header-line.ts';
import { normaliseLevel } from '../levels.ts';
import { idValue, newLine } from '../line.ts';
import { scanCtime, type TimeContext, type TimeScan } from '../timestamps.ts';
import type { ParsedLine } from '../types.ts';
import { takeMessageMark } from './message-mark.ts';

const scan: TimeScan = { ms: 0, end: 0 };

/**
 * Apache httpd error log: 2.2 `[Sun Dec 04 04:47:44 2005] [error] [client 1.2.3.4] msg` and 2.4
 * `[Wed Oct 11 14:32:52.123456 2025] [core:error] [pid 1234:tid 5678] [client 1.2.3.4:5] AH00124: msg`.
 */
export function parseApacheError(raw: string, ctx: TimeContext): ParsedLine | undefined {
  if (raw.charCodeAt(0) !== 91 || !scanCtime(raw, 1, ctx, scan) || raw.charCodeAt(scan.end) !== 93)
    return undefined;
  const line = newLine('apache_error', '');
  line.timestampText = raw.slice(1, scan.end);
  line.timestamp = scan.ms;
  let i = fractionAfterBracket(raw, scan.end + 1, line);
  while (raw.charCodeAt(i) === 32 && raw.charCodeAt(i + 1) === 91) {
    const close = raw.indexOf(']', i + 2);
    if (close < 0) break;
    const inner = raw.slice(i + 2, close);
    if (!readBracket(inner, line)) break;
    i = close + 1;
  }
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
  line.timestamp = (line.timestamp as number) + Number(raw.slice(i + 1, Math.min(j, i + 4)).padEnd(3, '0'));
  return j;
}

/** One `[…]` after the time: level (`error`, `core:error`), `pid …`, `client …`. False when it is text. */
function readBracket(inner: string, line: ParsedLine): boolean {
  // `[42]`: a thread or process number (Sphinx and Manticore's `searchd.log`), not a numeric level.
  if (isDigits(inner)) {
    if (line.fields.tid !== undefined) return false;
    line.fields.tid = idValue(inner);
    return true;
  }
  if (line.level === undefined && !line.fields.module) {
    const colon = inner.indexOf(':');
    const level = normaliseLevel(colon < 0 ? inner : inner.slice(colon + 1));
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
