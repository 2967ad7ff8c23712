/**
 * The log fence of a PeopleSoft server process's log line (PeopleTools' application server and
 * process scheduler: PSAPPSRV, PSQCKSRV, PSMONITORSRV…): `PSAPPSRV.18422 (21) [2026-11-30T05:32:55.352
 * ICQuery](2) text`, `[Server Process].[pid] ([service request]) [timestamp service](log level) text`.
 * The fence is a number on PeopleTools' own scale, as its application log fence constants document it
 * (`%ApplicationLogFence_Error` 1, `_Warning` 2, `_Level1` 3, the default, `_Level2` 4, `_Level3` 5):
 * 1 ERROR, 2 WARN, 3 INFO, 4 and 5 DEBUG. 0 (status, by the configuration's comments, not found in
 * the documentation) gives none; the fence is kept in `fields.fence`. Read only in that whole shape,
 * from the line's start.
 */
import { isDigit, isUpper } from '../calendar.ts';
import type { Level } from '../levels.ts';
import type { ParsedLine } from '../types.ts';

const FENCES: readonly (Level | undefined)[] = [undefined, 'ERROR', 'WARN', 'INFO', 'DEBUG', 'DEBUG'];
/** Longest bracket holding the time and the service's name. */
const BRACKET_CHARS = 96;

/** The fence when `raw` is such a line (a digit), else -1. */
function peopleToolsFence(raw: string): number {
  if (raw.charCodeAt(0) !== 80 || raw.charCodeAt(1) !== 83) return -1;
  let k = 2;
  while (k < 24 && isUpper(raw.charCodeAt(k))) k++;
  if (raw.charCodeAt(k) !== 46) return -1;
  const pid = ++k;
  while (isDigit(raw.charCodeAt(k))) k++;
  if (k === pid || raw.charCodeAt(k) !== 32 || raw.charCodeAt(k + 1) !== 40) return -1;
  k += 2;
  const request = k;
  while (isDigit(raw.charCodeAt(k))) k++;
  if (
    k === request ||
    raw.charCodeAt(k) !== 41 ||
    raw.charCodeAt(k + 1) !== 32 ||
    raw.charCodeAt(k + 2) !== 91
  )
    return -1;
  const close = raw.indexOf('](', k + 3);
  if (close < 0 || close - k > BRACKET_CHARS || raw.lastIndexOf(']', close - 1) > k) return -1;
  const digit = raw.charCodeAt(close + 2) - 48;
  if (
    !isDigit(raw.charCodeAt(close + 2)) ||
    raw.charCodeAt(close + 3) !== 41 ||
    raw.charCodeAt(close + 4) !== 32
  )
    return -1;
  return digit;
}

/**
 * The fence's level on `line`, read from `raw`, when it has none yet; the fence is cut where it
 * opens the text, also the status fence 0, which gives no level.
 */
export function takePeopleToolsFence(line: ParsedLine, raw: string): void {
  const fence = peopleToolsFence(raw);
  if (fence < 0) return;
  const level = FENCES[fence];
  if (level !== undefined) line.level = level;
  line.fields.fence ??= fence;
  const text = line.message;
  if (text.charCodeAt(0) === 40 && text.charCodeAt(1) === 48 + fence && text.startsWith(') ', 2))
    line.message = text.slice(4);
}
