/**
 * Fields a logging library's default layout writes between the level and the text, each read only in
 * the exact shape its layout writes (round r122, dev182): Flask's `in module: `, a `{path:line} - `
 * location, Celery's task `name[id]: `, and the closing pipes of a record written `time|text|`.
 */
import { isDigit, isLetter, isUpper } from './calendar.ts';
import { isWordChar } from './header-fields.ts';
import type { ParsedLine } from './types.ts';

/** Longest module or task name these readings take, in characters. */
const NAME_CHARS = 128;

/**
 * Flask's default handler, `[%(asctime)s] %(levelname)s in %(module)s: %(message)s` (`flask/logging.py`,
 * `default_handler`, 3.1.2), at `i` right after the level's space: the module (a Python identifier)
 * goes to `fields.module` and the index where the text starts is returned, else `i`. Only after a
 * bracketed time and a level in capitals (`levelname`'s), one space each: `in progress: 3 left` after
 * any other header stays text.
 */
export function flaskModuleEnd(raw: string, i: number, line: ParsedLine): number {
  if (raw.charCodeAt(0) !== 91 || raw.charCodeAt(i - 1) !== 32 || !raw.startsWith('in ', i)) return i;
  let levelStart = i - 1;
  while (levelStart > 0 && isUpper(raw.charCodeAt(levelStart - 1))) levelStart--;
  if (levelStart === i - 1 || levelStart < 2) return i;
  if (raw.charCodeAt(levelStart - 1) !== 32 || raw.charCodeAt(levelStart - 2) !== 93) return i;
  if (raw.indexOf(']', 1) !== levelStart - 2) return i;
  const from = i + 3;
  if (!isLetter(raw.charCodeAt(from)) && raw.charCodeAt(from) !== 95) return i;
  let k = from;
  while (k < raw.length && k - from < NAME_CHARS && isWordChar(raw.charCodeAt(k))) k++;
  if (raw.charCodeAt(k) !== 58 || raw.charCodeAt(k + 1) !== 32) return i;
  line.fields.module ??= raw.slice(from, k);
  return k + 2;
}

/**
 * A code location in braces closed by a dash right after the level, `{%(pathname)s:%(lineno)d} - `
 * (the `dialer` package's `configs/logger.py`, 0.2.5: `'[%(asctime)s] %(levelname)s {%(pathname)s:%(lineno)d}
 * - %(message)s'`; Airflow's kin puts it before the level): kept as `fields.caller`, the index where
 * the text starts returned, else `i`. Only a brace opening right after the level's space, holding a
 * path without spaces and a line number, and closed by ` - `.
 */
export function braceLocationEnd(raw: string, i: number, line: ParsedLine): number {
  if (raw.charCodeAt(i) !== 123 || raw.charCodeAt(i - 1) !== 32) return i;
  const close = raw.indexOf('} - ', i);
  if (close < 0 || close - i > 1024) return i;
  const colon = raw.lastIndexOf(':', close);
  if (colon <= i + 1 || colon === close - 1) return i;
  for (let k = colon + 1; k < close; k++) if (!isDigit(raw.charCodeAt(k))) return i;
  for (let k = i + 1; k < colon; k++) {
    const c = raw.charCodeAt(k);
    if (c === 32 || c === 9 || c === 123 || c === 125) return i;
  }
  line.fields.caller ??= raw.slice(i + 1, close);
  return close + 4;
}

/**
 * Celery's task format after its bracket, `%(task_name)s[%(task_id)s]: %(message)s`
 * (`DEFAULT_TASK_LOG_FMT`, `celery/app/defaults.py`, 3.1 to 5.5): a dotted task name and its id, a
 * UUID (`???` for both outside a task, `celery/app/log.py`), go to `fields.task` and `fields.task_id`;
 * returns where the text starts, else `i`. A bracket holding anything but an id is the text's
 * (`Received task: x[…]` opens with words, and `cache[3]: hit` holds no UUID).
 */
export function celeryTaskEnd(raw: string, i: number, line: ParsedLine): number {
  let k = i;
  while (k < raw.length && k - i < NAME_CHARS) {
    const c = raw.charCodeAt(k);
    if (!isWordChar(c) && c !== 46 && c !== 63) break;
    k++;
  }
  if (k === i || raw.charCodeAt(k) !== 91) return i;
  const name = raw.slice(i, k);
  const close = raw.indexOf(']: ', k);
  if (close < 0) return i;
  const id = raw.slice(k + 1, close);
  const unknown = name === '???' && id === '???';
  if (!unknown && (!TASK_ID.test(id) || !isLetter(raw.charCodeAt(i)) || name.includes('?'))) return i;
  line.fields.task ??= name;
  line.fields.task_id ??= id;
  return close + 3;
}

/** A Celery task id: a UUID, as `uuid()` (kombu's `uuid4`) gives it. */
const TASK_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A record a layout writes `time|text|` (VICIdial's scripts' `event_logger`,
 * `print Lout "$now_date|$event_string|\n"`, `bin/AST_manager_listen_AMI2.pl` and its kin): the pipe
 * glued to the time opens the text, and the pipes ending the line close it, the layout's and those
 * the text's own fields ended with (`HANGING UP|` is written `…|HANGING UP||`). The text without its
 * closing pipes; pipes inside it stay, and so do pipes after a space, a table's the text draws
 * (`time|cols: | a | b |`; review93). The caller reads it only where the time opens the line: in a
 * table of pipe-closed columns with the time among them (Amazon Redshift's connection log,
 * `authenticated |Mon, 30 Nov 2026 02:00:07:118|…|2 |`) the last pipe closes a column, not the text.
 */
export function withoutClosingPipes(raw: string, timeEnd: number, message: string): string {
  if (raw.charCodeAt(timeEnd) !== 124 || raw.charCodeAt(raw.length - 1) !== 124) return message;
  let end = message.length;
  while (end > 0 && message.charCodeAt(end - 1) === 124) end--;
  // After a space the pipe closes a cell of the text's own table (`|cols: | a | b |`): the layout's glues.
  if (end === 0 || message.charCodeAt(end - 1) === 32) return message;
  return message.slice(0, end);
}
