/**
 * Syslog priorities (0–7, `LOG_EMERG` … `LOG_DEBUG`) that C daemons print as a bare digit inside a
 * bracket of their own console header, read only in the layout each product's source writes, so a
 * digit in any other bracket (a worker, a shard, a ratio) stays text:
 *  - WiFiDog's `debug.c`, `[%d][%.24s][%u](%s:%d) ` (priority, ctime, pid, file and line), which its
 *    forks and kin keep: apfree-wifidog, Nodogsplash, xfrp;
 *  - ngIRCd's console line, `[%ld:%d %4ld] ` (pid, priority, uptime; `log.c`'s `Log_Message`), read
 *    where a syslog tag carries the same pid (the console output forwarded into syslog).
 * Beside them, two documented level columns of such headers: MariaDB ColumnStore's letter after its
 * pipe-delimited ids, and logback's `%.-1p` letter between a bracketed label and the time.
 */
import { isDigit } from './calendar.ts';
import { isWordChar } from './header-fields.ts';
import type { Level } from './levels.ts';
import { levelSpelling, syslogSeverityLevel } from './levels.ts';
import { appendHeaderColumns } from './line.ts';
import type { ParsedLine } from './types.ts';

/** The syslog priority digit at `i`, or -1. */
function priorityAt(raw: string, i: number): number {
  const d = raw.charCodeAt(i) - 48;
  return d >= 0 && d <= 7 ? d : -1;
}

/** Where a run of digits from `i` ends (`i` when none). */
function digitsEnd(raw: string, i: number): number {
  let k = i;
  while (isDigit(raw.charCodeAt(k))) k++;
  return k;
}

/**
 * WiFiDog's `debug.c` header around a time read at `timeStart`–`timeEnd`: `[N][` before it and
 * `][pid](file:line) ` (or the line's end) after it. The priority's level, else undefined.
 */
export function debugHeaderLevel(raw: string, timeStart: number, timeEnd: number): Level | undefined {
  if (timeStart !== 4 || raw.charCodeAt(0) !== 91 || raw.charCodeAt(2) !== 93 || raw.charCodeAt(3) !== 91)
    return undefined;
  const priority = priorityAt(raw, 1);
  if (priority < 0 || raw.charCodeAt(timeEnd) !== 93 || raw.charCodeAt(timeEnd + 1) !== 91) return undefined;
  const pidEnd = digitsEnd(raw, timeEnd + 2);
  if (pidEnd === timeEnd + 2 || raw.charCodeAt(pidEnd) !== 93 || raw.charCodeAt(pidEnd + 1) !== 40)
    return undefined;
  const close = raw.indexOf(')', pidEnd + 2);
  if (close < 0 || (close + 1 < raw.length && raw.charCodeAt(close + 1) !== 32)) return undefined;
  const colon = raw.lastIndexOf(':', close);
  if (colon <= pidEnd + 2 || digitsEnd(raw, colon + 1) !== close || close === colon + 1) return undefined;
  if (raw.slice(pidEnd + 2, colon).includes(' ')) return undefined;
  return syslogSeverityLevel(priority);
}

/**
 * ngIRCd's `[pid:N uptime] ` opening a syslog message whose tag carries the same pid: the level is
 * set and the bracket moved from the message to `fields.header_columns`. False when the message
 * does not open so.
 */
export function takeRestatedPidPriority(line: ParsedLine): boolean {
  const text = line.message;
  const pid = line.fields.pid;
  if (text.charCodeAt(0) !== 91 || pid === undefined) return false;
  const own = String(pid);
  if (!text.startsWith(own, 1)) return false;
  let k = 1 + own.length;
  if (text.charCodeAt(k) !== 58) return false;
  const priority = priorityAt(text, k + 1);
  if (priority < 0 || text.charCodeAt(k + 2) !== 32) return false;
  k += 2;
  while (text.charCodeAt(k) === 32) k++;
  const end = digitsEnd(text, k);
  if (end === k || text.charCodeAt(end) !== 93) return false;
  if (end + 1 < text.length && text.charCodeAt(end + 1) !== 32) return false;
  line.level = syslogSeverityLevel(priority);
  appendHeaderColumns(line, text.slice(0, end + 1));
  line.message = text.slice(end + 1).trimStart();
  return true;
}

/** ColumnStore's documented level letters (Critical, Debug, Error, Info, Warning). */
const SESSION_LETTERS: Readonly<Record<string, Level>> = {
  C: 'FATAL',
  D: 'DEBUG',
  E: 'ERROR',
  I: 'INFO',
  W: 'WARN',
};

/**
 * Where `|n|n|n| ` (session, transaction and thread ids between pipes) ends at `i`, else -1.
 */
function sessionIdsEnd(text: string, i: number): number {
  let k = i;
  for (let n = 0; n < 3; n++) {
    if (text.charCodeAt(k) !== 124) return -1;
    const end = digitsEnd(text, k + 1);
    if (end === k + 1) return -1;
    k = end;
  }
  return text.charCodeAt(k) === 124 && text.charCodeAt(k + 1) === 32 ? k + 2 : -1;
}

/**
 * MariaDB ColumnStore's (InfiniDB's) message header after its syslog tag, as its documentation
 * gives it: `time |session|txn|thread| L subsystem_id text` (`00.000000 |0|0|0| I 29 CAL0000: …`),
 * the level one of its letters. The level is set and the message starts at the text; the time, ids
 * and subsystem id stepped over are kept in `fields.header_columns`. False when the message does
 * not open so.
 */
export function takeSessionPipesHeader(line: ParsedLine): boolean {
  const text = line.message;
  let k = digitsEnd(text, 0);
  if (k === 0 || text.charCodeAt(k) !== 46) return false;
  k = digitsEnd(text, k + 1);
  if (text.charCodeAt(k) !== 32) return false;
  k = sessionIdsEnd(text, k + 1);
  if (k < 0 || text.charCodeAt(k + 1) !== 32) return false;
  const level = SESSION_LETTERS[text.charAt(k)];
  const idEnd = digitsEnd(text, k + 2);
  if (level === undefined || idEnd === k + 2 || text.charCodeAt(idEnd) !== 32) return false;
  line.level = level;
  appendHeaderColumns(line, `${text.slice(0, k - 1)} ${text.slice(k + 2, idEnd)}`);
  line.message = text.slice(idEnd + 1);
  return true;
}

/** logback's level names cut to one letter by `%.-1p`. */
const CUT_LETTERS: Readonly<Record<string, Level>> = {
  T: 'TRACE',
  D: 'DEBUG',
  I: 'INFO',
  W: 'WARN',
  E: 'ERROR',
};

/**
 * logback's `%.-1p` level letter standing alone between a bracketed label opening the line and a
 * time read at `timeStart` (S3Proxy's `[s3proxy] %.-1p %d{MM-dd HH:mm:ss.SSS} …`): its level, else
 * undefined.
 */
export function labelLetterLevel(raw: string, timeStart: number): Level | undefined {
  const letter = timeStart - 2;
  if (raw.charCodeAt(0) !== 91 || raw.charCodeAt(letter - 1) !== 32 || raw.charCodeAt(letter + 1) !== 32)
    return undefined;
  if (raw.charCodeAt(letter - 2) !== 93 || raw.indexOf(']') !== letter - 2 || raw.indexOf(' ') !== letter - 1)
    return undefined;
  return CUT_LETTERS[raw.charAt(letter)];
}

/** Longest label-and-level lead inside the bracket before its time. */
const MAX_BRACKET_LEAD = 32;

/** Python's level names cut to one letter by `%(levelname)1.1s`, as tornado's `LogFormatter` prints them. */
const PYTHON_CUT_LETTERS: Readonly<Record<string, Level>> = {
  D: 'DEBUG',
  I: 'INFO',
  W: 'WARN',
  E: 'ERROR',
  C: 'FATAL',
};

/** Most `name:number` fields read between the time and the bracket's close (NeMo's debug `rank:N`). */
const MAX_LOCATION_FIELDS = 2;

/**
 * True when ` module:line` (tornado's `%(module)s:%(lineno)d`, once or twice) follows the time at
 * `timeEnd` and the bracket closes right after it.
 */
function closesAfterLocation(raw: string, timeEnd: number): boolean {
  let k = timeEnd;
  for (let n = 0; n < MAX_LOCATION_FIELDS; n++) {
    if (raw.charCodeAt(k) !== 32 || isDigit(raw.charCodeAt(k + 1))) return false;
    let j = k + 1;
    // A Python module's name: word characters and `-` (`clustering_diarizer`, `my-tool`).
    for (let c = raw.charCodeAt(j); isWordChar(c) || c === 45; c = raw.charCodeAt(++j));
    if (j === k + 1 || raw.charCodeAt(j) !== 58) return false;
    k = digitsEnd(raw, j + 1);
    if (k === j + 1) return false;
    if (raw.charCodeAt(k) === 93) return true;
  }
  return false;
}

/**
 * A level standing last before the time in the bracket that opens the line, after a product's label:
 * its level, else undefined. Two shapes of that bracket:
 *  - closed right after the time, the level a whole word (NVIDIA Parabricks'
 *    `[PB Info 2026-Nov-30 09:12:41] text`, `[PB Error 2022-Nov-23 15:30:21][src/readers.cpp:1314] text`);
 *  - closed after tornado's ` module:line` (its `LogFormatter`, `[%(levelname)1.1s %(asctime)s
 *    %(module)s:%(lineno)d]`, which NVIDIA NeMo's `BaseNeMoFormatter` labels: `[NeMo I 2026-11-30
 *    02:40:11 cloud:58] text`), the level a whole word or Python's level cut to its letter.
 * One or two labels before the level, none bracketed, so a word in the text after the bracket never
 * sets a level.
 */
export function bracketLabelLevel(raw: string, timeStart: number, timeEnd: number): Level | undefined {
  if (raw.charCodeAt(0) !== 91 || timeStart > MAX_BRACKET_LEAD) return undefined;
  const located = raw.charCodeAt(timeEnd) !== 93;
  if (located && !closesAfterLocation(raw, timeEnd)) return undefined;
  const words = raw.slice(1, timeStart).split(' ');
  if (words.pop() !== '' || words.length < 2 || words.length > 3) return undefined;
  const word = words[words.length - 1] ?? '';
  if (words.some((w) => w === '' || /[^A-Za-z0-9_.-]/.test(w))) return undefined;
  if (located && word.length === 1) return PYTHON_CUT_LETTERS[word];
  return word.length < 4 ? undefined : levelSpelling(word);
}
