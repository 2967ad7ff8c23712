/**
 * Ruby's semantic_logger default text format (`formatters/default.rb`: `[time, level,
 * process_info, tags, named_tags, duration, name, message, payload, exception].compact.join(" ")`,
 * the message written `-- text`): `2026-11-28 05:59:58.402117 I [1:main] RocketJob::Server --
 * Rocket Job Server started`. The header readers take the time, the level letter and the
 * bracketed `pid:thread`; what they leave opens with the tags (`[tag]`), the named tags (`{…}`) and
 * the duration (`(17.880s)`) when there are any, then the class name and ` -- `.
 */
import { isDigit, isUpper } from '../calendar.ts';
import { isWordChar } from '../header-fields.ts';
import type { ParsedLine } from '../types.ts';

/** semantic_logger's level letters: trace, debug, info, warn, error, fatal. */
const LEVEL_LETTERS = 'TDIWEF';

/** Longest stretch of tags, named tags and duration looked through before the name. */
const TAGS_CHARS = 160;

/**
 * On a line whose header ends with semantic_logger's level letter and `[pid:thread] `, the class
 * name before ` -- ` becomes the logger, the process info the thread, the tags `fields.tags`, and
 * the text after ` -- ` the message. Else the line is left as it is.
 */
export function takeSemanticLoggerName(line: ParsedLine, raw: string): void {
  let text = line.message;
  const at = raw.length - text.length;
  let process: string | undefined;
  if (raw.charCodeAt(at - 1) === 32 && raw.charCodeAt(at - 2) === 93) {
    // The header read the process info (`[1:main]`).
    const open = raw.lastIndexOf('[', at - 2);
    if (open >= 0 && isProcessInfo(raw, open, at - 2)) process = raw.slice(open + 1, at - 2);
  } else if (text.charCodeAt(0) === 91 && isLevelLetterBefore(raw, at)) {
    // A thread's name with a space (`[1:rocketjob 1]`) is left in the text.
    const close = text.indexOf(']');
    if (close > 0 && text.charCodeAt(close + 1) === 32 && isProcessInfo(text, 0, close)) {
      process = text.slice(1, close);
      text = text.slice(close + 2);
    }
  }
  if (process === undefined) return;
  let i = 0;
  while (i < TAGS_CHARS) {
    const close = CLOSING.get(text.charCodeAt(i));
    if (close === undefined) break;
    const end = text.indexOf(close, i + 1);
    if (end < 0 || text.charCodeAt(end + 1) !== 32) return;
    i = end + 2;
  }
  const name = i;
  while (isUpper(text.charCodeAt(i))) {
    i++;
    while (isWordChar(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== 58 || text.charCodeAt(i + 1) !== 58) break;
    i += 2;
  }
  if (i === name || !text.startsWith(' -- ', i)) return;
  if (line.logger === process) line.logger = undefined;
  line.fields.thread ??= process;
  if (name > 0) line.fields.tags ??= text.slice(0, name - 1);
  line.logger ??= text.slice(name, i);
  line.message = text.slice(i + 4);
}

/**
 * True when `[` at `open` and `]` at `close` hold semantic_logger's process info (`pid:thread`)
 * right after its level letter (` I [`).
 */
function isProcessInfo(text: string, open: number, close: number): boolean {
  let k = open + 1;
  while (k < close && isDigit(text.charCodeAt(k))) k++;
  return k > open + 1 && text.charCodeAt(k) === 58 && (open > 0 ? isLevelLetterBefore(text, open) : true);
}

/** True when ` L ` ends `raw` at `at`, L one of semantic_logger's level letters. */
function isLevelLetterBefore(raw: string, at: number): boolean {
  return (
    raw.charCodeAt(at - 1) === 32 &&
    raw.charCodeAt(at - 3) === 32 &&
    LEVEL_LETTERS.includes(raw.charAt(at - 2))
  );
}

/** The closing mark of each opening one semantic_logger wraps its tags, named tags and duration in. */
const CLOSING: ReadonlyMap<number, string> = new Map([
  [91, ']'],
  [123, '}'],
  [40, ')'],
]);
