/**
 * CA / Broadcom Service Desk Manager's `stdlog`, its main log (Broadcom KB000026081, "A guide to the
 * main Service Desk log file, the stdlog"): `Date Time Node Process PID Level File Line Message`,
 * `11/22 05:58:40.11 SDMAPP01 pdm_d_mgr   2216 SIGNIFICANT  daemon_obj.c 1287 Starting daemon`.
 *
 * - **The level**: the word in capitals after the PID (`levels.ts` `stdlogLevelName`: `SIGNIFICANT`
 *   NOTICE, other words as spelled).
 * - **The message**: the text after the source file and its line number.
 *
 * Only that whole shape after its time (`MM/dd HH:mm:ss.cc`, read by the header finder): a node and a
 * process that spell no level (a level word there is one read already, review81), a PID in digits,
 * the word, a `file.ext` (one to four letters after the dot) and its line number. A process name with
 * a space in it is not read.
 */
import { isDigit, isDigits, isLetterRun, isUpper } from '../calendar.ts';
import { skipSpaces } from '../header-fields.ts';
import { type Level, levelSpelling, stdlogLevelName } from '../levels.ts';

/** What `readStdlogColumns` found: the level word at [levelStart, levelEnd), the text's start. */
export interface StdlogColumns {
  level: Level;
  levelStart: number;
  levelEnd: number;
  textStart: number;
}

/**
 * True, filling `read`, when the stdlog's columns follow its time ending at `timeEnd` (the time's
 * hundredths, `.cc`, no zone: `11/22 05:58:40 …` or `….11+0100 …` is another product's line).
 */
export function readStdlogColumns(raw: string, timeEnd: number, read: StdlogColumns): boolean {
  let k = timeEnd;
  if (raw.charCodeAt(k - 3) !== 46 || !isDigit(raw.charCodeAt(k - 1))) return false;
  for (let column = 0; column < 3; column++) {
    if (raw.charCodeAt(k) !== 32) return false;
    k = skipSpaces(raw, k);
    const start = k;
    while (k < raw.length && raw.charCodeAt(k) !== 32) k++;
    // A level word in the node's or process's place is a level already read, not stdlog's columns.
    if (column < 2 ? levelSpelling(raw.slice(start, k)) !== undefined : !isDigits(raw, start, k))
      return false;
  }
  if (raw.charCodeAt(k) !== 32) return false;
  const a = skipSpaces(raw, k);
  let b = a;
  while (isUpper(raw.charCodeAt(b))) b++;
  const text = b > a ? afterFileAndLine(raw, b) : -1;
  const level = text < 0 ? undefined : stdlogLevelName(raw.slice(a, b));
  if (level === undefined) return false;
  read.level = level;
  read.levelStart = a;
  read.levelEnd = b;
  read.textStart = text;
  return true;
}

/**
 * Where the text starts after spaces, a source file's name (`daemon_obj.c`: a dot and one to four
 * letters ending it), spaces, its line number and a space at `i`; else -1.
 */
function afterFileAndLine(raw: string, i: number): number {
  if (raw.charCodeAt(i) !== 32) return -1;
  const start = skipSpaces(raw, i);
  let k = start;
  let dot = -1;
  for (; k < raw.length && raw.charCodeAt(k) !== 32; k++) if (raw.charCodeAt(k) === 46) dot = k;
  if (dot <= start || k - dot < 2 || k - dot > 5 || !isLetterRun(raw, dot + 1, k)) return -1;
  if (raw.charCodeAt(k) !== 32) return -1;
  const line = skipSpaces(raw, k);
  k = line;
  while (isDigit(raw.charCodeAt(k))) k++;
  return k > line && raw.charCodeAt(k) === 32 ? skipSpaces(raw, k) : -1;
}
