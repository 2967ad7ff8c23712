/**
 * vibe.d's thread and task bracket opening a message: vibe-core's `FileLogger` in its default
 * `Format.thread` writes `[thread(task) LVL] text` (`beginLine`: the thread's name, else its id as
 * `%08X`; the task's debug id, four base64 characters or `----` outside a task, `-fin` after one that
 * ended; then its own level abbreviation). Its console logger prints warnings and errors so on stderr,
 * which a syslog tag or the journal then carries (`linkd[915]: [main(Gk2P) WRN] text`).
 *
 * Read only with one of vibe.d's own abbreviations, as written, closing the bracket after a name
 * glued to its task id in parentheses: `[main ERR]` (read by the header finder), `[main(Gk2P) error]`
 * and `[worker(job 12) ERR]` stay as they are. The thread goes to `fields.thread`, the task to
 * `fields.task` (none outside a task); where the line already holds another thread, the bracket stays
 * the text's.
 */
import { isAlnum } from '../calendar.ts';
import { isNameChar } from '../header-fields.ts';
import type { Level } from '../levels.ts';
import { isFieldFree } from '../line.ts';
import type { ParsedLine } from '../types.ts';

/** vibe-core's `FileLogger.beginLine` abbreviations and their levels (`dia`, diagnostic, is below `info`). */
const VIBE_LEVELS: ReadonlyMap<string, Level> = new Map([
  ['trc', 'TRACE'],
  ['dbv', 'DEBUG'],
  ['dbg', 'DEBUG'],
  ['dia', 'DEBUG'],
  ['INF', 'INFO'],
  ['WRN', 'WARN'],
  ['ERR', 'ERROR'],
  ['CRITICAL', 'FATAL'],
  ['FATAL', 'FATAL'],
]);

/** Longest thread name read (D's `Thread.name` is free text; vibe.d's workers are `vibe-3`). */
const THREAD_CHARS = 64;
/** The task's debug id: base64 of three bytes (`Base64.encode(md5[0 .. 3])`), or `----`. */
const TASK_CHARS = 4;
const FINISHED = '-fin';
/** Longest level abbreviation (`CRITICAL`). */
const LEVEL_CHARS = 8;

/** A character of a base64 debug id: a letter, a digit, `+` or `/`. */
function isBase64Char(c: number): boolean {
  return isAlnum(c) || c === 43 || c === 47;
}

/** End of the task id at `i` (four base64 characters or `----`, `-fin` optional), or -1. */
function taskIdEnd(text: string, i: number): number {
  const dashes = text.startsWith('----', i);
  for (let k = i; k < i + TASK_CHARS && !dashes; k++) if (!isBase64Char(text.charCodeAt(k))) return -1;
  const end = i + TASK_CHARS;
  return text.startsWith(FINISHED, end) ? end + FINISHED.length : end;
}

/**
 * vibe.d's `[thread(task) LVL] ` opening `line`'s message: the level set, the thread and task kept,
 * the bracket cut. True when it was read.
 */
export function takeThreadTaskBracket(line: ParsedLine): boolean {
  const text = line.message;
  if (text.charCodeAt(0) !== 91) return false;
  let k = 1;
  while (k <= THREAD_CHARS && isNameChar(text.charCodeAt(k))) k++;
  if (k === 1 || text.charCodeAt(k) !== 40) return false;
  const thread = text.slice(1, k);
  const taskEnd = taskIdEnd(text, k + 1);
  if (taskEnd < 0 || text.charCodeAt(taskEnd) !== 41 || text.charCodeAt(taskEnd + 1) !== 32) return false;
  const levelStart = taskEnd + 2;
  const close = text.indexOf(']', levelStart);
  if (close < 0 || close - levelStart > LEVEL_CHARS) return false;
  const level = VIBE_LEVELS.get(text.slice(levelStart, close));
  if (level === undefined || (close + 1 < text.length && text.charCodeAt(close + 1) !== 32)) return false;
  line.level = level;
  if (!isFieldFree(line, 'thread', thread)) return true;
  line.fields.thread = thread;
  const task = text.slice(k + 1, taskEnd);
  if (!task.startsWith('----')) line.fields.task = task;
  line.message = text.slice(close + 2);
  return true;
}
