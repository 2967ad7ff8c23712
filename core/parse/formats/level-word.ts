/**
 * A level word in a line's header zone, whatever punctuation wraps it: the last reading, for a line
 * that no other reading gave a level. Programs of every ecosystem wrap an ordinary level word in
 * marks of their own (`[INFO@mau.init]`, `~INFO     ~`, `gr::log :WARN:`, `%Error:`,
 * `%Warning-UNUSED:`, `** Warning **`, `iperf3: error -`, `@989/info -`, `rauc-DEBUG:`,
 * `NCCL WARN`, `[Server thread/WARNING]:`); one scan reads them all, rather than a reading per
 * wrapper.
 *
 * What counts, and what keeps false alerts out:
 *
 * - **The word**: a full spelling (`TRACE DEBUG INFO NOTICE WARN WARNING ERROR FATAL CRITICAL
 *   SEVERE`) in capitals, lower case or capitalised, with no letter, digit or `_` glued to it
 *   (`LustreError`, `DEBUGGER`, `ERR_PNPM`, `info0` are names). `alert`, `fail`, `panic`, `emerg`,
 *   `information` and the short forms open text too often to count here.
 * - **The zone**: the first `ZONE_CHARS` characters of what the header left (a `key=value` pair's
 *   not counted: Sidekiq's `class=… jid=…` context), at most `ZONE_TOKENS` fields before the word,
 *   and no word of text before it: a lower-case or
 *   capitalised word standing alone between spaces (`connection closed - …-error`, `Internal server
 *   error`, `md manage:WARNING`) ends the zone. Capitals (`NCCL`), CamelCase, numbers, names glued
 *   to punctuation (`Poller[1]`, `gpu-node-07:41822`, `misc/ibvwrap.cc:66`), a `tag:` and a word
 *   inside brackets are header.
 * - **Marked**: a word in capitals needs nothing more; one in lower case or capitalised is a
 *   compound noun's after a name (`IMAP Error:`, `GnuTLS error (at …)`, `DATA error {`) unless
 *   punctuation marks it on the left (`%Error`, `:debug:`, `** Warning`, `➔ info`, after a closed
 *   field `iperf3: error`, a tab) or it closes a bracket (`(readers.las Error)`).
 * - **Not text**: no quote, `=`, `.`, `;`, `$`, `&` or `?` before it (a quoted word, a value, a
 *   dotted name `uvicorn.error`, a Nagios record `HTTP;CRITICAL;`), no `=`, quote, `.`, `,`, `/`,
 *   `;`, `!` or `(` glued after it (a key, a file `error.log`, a path, `error(s)`), and not followed
 *   by a lower-case word (`error rate`, `info about`, `debug mode enabled`), a number (`Error 2`,
 *   make's exit status), a quote, JSON (`{`) or nothing at all (`Unhandled Error`). A word in a path
 *   or URL (the field opens with `/` or holds `://`) is the path's.
 *
 * - **A logger joined to it**: `name:LEVEL: text` (Python's `%(name)s:%(levelname)s:`), the name is
 *   the logger, also after a program's name and a bracketed id (`pulp [None]: `), which the scan
 *   would otherwise stop at as a word of text (`scanJoinedLogger`).
 *
 * The level word, its wrapper and the fields before it are cut from the message (those fields
 * kept in `fields.header_columns`), then the header fields that follow a level (`skipHeaderFields`).
 */
import { isDigit, isLower, isUpper } from '../calendar.ts';
import {
  allWordChars,
  isSourceLocation,
  isSpace,
  isWordChar,
  joinedLoggerStart,
  skipHeaderFields,
} from '../header-fields.ts';
import { isFullLevelWord, type Level, levelSpelling } from '../levels.ts';
import { newLine } from '../line.ts';
import { arrowEnd, inBracketedName, letterCase, opensShellTrace } from '../look-alikes.ts';
import type { ParsedLine } from '../types.ts';

/** Characters of the zone the level word must start in. */
const ZONE_CHARS = 80;
/** Fields (runs between white space) that may stand before the level word. */
const ZONE_TOKENS = 7;

/** What `scanLevelWord` found: the level, and where the text after its wrapper starts. */
interface Found {
  level: Level;
  /** Start of the level word's left wrapper: what stands before it is header fields. */
  start: number;
  textStart: number;
  /** The logger's name joined to the level by a colon (`name:LEVEL: text`), else undefined. */
  logger: string | undefined;
}

const found: Found = { level: 'INFO', start: 0, textStart: 0, logger: undefined };

/** True when a run of letters with a lower-case one among them starts at `i`. */
function hasLowerAt(text: string, i: number): boolean {
  let k = i;
  while (k < text.length && (isUpper(text.charCodeAt(k)) || isLower(text.charCodeAt(k)))) {
    if (isLower(text.charCodeAt(k))) return true;
    k++;
  }
  return false;
}

/** Characters that, before a word, make it text: a quote, a value, a dotted name, a record, a URL's query. */
function textBefore(c: number): boolean {
  return (
    c === 34 || c === 39 || c === 96 || c === 61 || c === 46 || c === 59 || c === 36 || c === 38 || c === 63
  );
}

/** Characters that, glued after a word, make it text: a key, a quote, a file, a list, a path, a call. */
function textAfter(c: number): boolean {
  return (
    c === 61 ||
    c === 34 ||
    c === 39 ||
    c === 96 ||
    c === 46 ||
    c === 44 ||
    c === 47 ||
    c === 59 ||
    c === 33 ||
    c === 40 ||
    c === 63
  );
}

function isClosing(c: number): boolean {
  return c === 93 || c === 41 || c === 62 || c === 125;
}

/** Start of the white-space-separated field holding `i`. */
function fieldStart(text: string, i: number): number {
  let k = i;
  while (k > 0 && !isSpace(text.charCodeAt(k - 1))) k--;
  return k;
}

/** End of the white-space-separated field holding `i`. */
function fieldEnd(text: string, i: number): number {
  let k = i;
  while (k < text.length && !isSpace(text.charCodeAt(k))) k++;
  return k;
}

/** True when [a, b) holds no letter and no digit: a mark such as `**`, `-`, `➔`, `|`. */
function isMarkField(text: string, a: number, b: number): boolean {
  if (b <= a) return false;
  for (let k = a; k < b; k++) if (isWordChar(text.charCodeAt(k))) return false;
  return true;
}

/**
 * The level word of `text`'s header zone into `found`, or false. Linear in the zone, and most
 * lines end at their first word of text.
 */
function scanLevelWord(text: string, startMarked: boolean): boolean {
  const length = text.length;
  let limit = length < ZONE_CHARS ? length : ZONE_CHARS;
  // A shell's trace (`set -x`): `+ command args`, `++ command` in a subshell.
  if (opensShellTrace(text, 0)) return false;
  let tokens = 0;
  let open = -1;
  // Whether the character before `i` is white space (or `i` opens the text): a field starts at `i`.
  let fieldOpens = true;
  let i = 0;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) {
      if (!fieldOpens && ++tokens > ZONE_TOKENS) return false;
      fieldOpens = true;
      i++;
      continue;
    }
    // A `key=value` pair is one field whatever its length (Sidekiq's `class=… jid=…` context).
    const pairEnd = fieldOpens ? pairTokenEnd(text, i) : -1;
    if (pairEnd > 0) {
      limit = Math.min(length, limit + pairEnd - i);
      i = pairEnd;
      fieldOpens = false;
      continue;
    }
    const lower = c >= 97 && c <= 122;
    if (!lower && !(c >= 65 && c <= 90)) {
      if (c === 91 || c === 40) open = i;
      else if (isClosing(c)) open = -1;
      fieldOpens = false;
      i++;
      continue;
    }
    const a = i;
    let inner = 0;
    let d = -1;
    i++;
    while (i < length) {
      d = text.charCodeAt(i);
      if (d >= 97 && d <= 122) i++;
      else if (d >= 65 && d <= 90) {
        inner++;
        i++;
      } else break;
    }
    const n = i - a;
    if (n >= 4 && n <= 8 && isFullLevelWord(text, a, i) && !inProgramTagName(text, a, i, tokens))
      return candidate(text, a, i, open, startMarked);
    // A word of text: lower case or capitalised, alone between spaces (`Received`, `session`, `failed,`).
    if (inner === 0 && fieldOpens && (i >= length || endsProseWord(text, i, d, lower)))
      // A program's name in lower case and a bracketed id before a logger joined to its level
      // (`pulp [None]: `); a capitalised word opens a sentence (`Retry [3/5]: `).
      return lower && tokens === 0 && d === 32 && text.charCodeAt(i + 1) === 91 && scanJoinedLogger(text, i);
    fieldOpens = false;
  }
  return false;
}

/** A character of a pair's bare value besides letters and digits: `. , : / - + @ % #` (`Jobs::Send`, `a,b`). */
function isValueMark(c: number): boolean {
  return (
    c === 46 || c === 44 || c === 58 || c === 47 || c === 45 || c === 43 || c === 64 || c === 37 || c === 35
  );
}

/**
 * End of a `key=value` token opening at `i` (an identifier, `=`, a bare value up to white space: no
 * quote, bracket, pipe or second `=`), else -1: its characters do not count toward the zone's.
 */
function pairTokenEnd(text: string, i: number): number {
  let k = i;
  while (k < text.length && isWordChar(text.charCodeAt(k))) k++;
  if (k === i || text.charCodeAt(k) !== 61) return -1;
  const value = ++k;
  for (; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (isSpace(c)) break;
    if (!isWordChar(c) && !isValueMark(c)) return -1;
  }
  return k > value ? k : -1;
}

/**
 * True when a lower-case (`lower`) or capitalised word ending at `b`, before the character `right`,
 * stands alone: a space, or one mark of a sentence and a space, after it.
 */
function endsProseWord(text: string, b: number, right: number, lower: boolean): boolean {
  if (right === 32 || right === 9) return true;
  // A lower-case `tag:` is a program's name (`iperf3:`, `kernel:`); a capitalised `Word:` opens a sentence.
  if (right === 58 && lower) return false;
  if (right === 44 || right === 46 || right === 59 || right === 33 || right === 63 || right === 58) {
    if (b + 1 >= text.length) return true;
    const next = text.charCodeAt(b + 1);
    return next === 32 || next === 9;
  }
  return false;
}

/** Whether the spelling at [a, b) is the line's level (`found` set), by its case and its marks. */
function candidate(text: string, a: number, b: number, open: number, startMarked: boolean): boolean {
  const kind = letterCase(text, a, b);
  if (kind === 'mixed') return false;
  const left = a > 0 ? text.charCodeAt(a - 1) : -1;
  const right = b < text.length ? text.charCodeAt(b) : -1;
  if (isWordChar(left) || isWordChar(right)) return false;
  if (left >= 0 && textBefore(left)) return false;
  if (inBracketedName(text, a, b)) return false;
  if (right >= 0 && textAfter(right)) return false;
  // A compound word: `Error-Prone`, `error-handler`, `Non-critical`, `debug-level` (`rauc-DEBUG:`,
  // `GLib-GIO-ERROR`, `%Warning-UNUSED:` and logr's `info-0` are a name's or a code's).
  if (right === 45 && hasLowerAt(text, b + 1)) return false;
  if (left === 45 && kind !== 'upper') return false;
  const field = fieldStart(text, a);
  const fieldClose = fieldEnd(text, b);
  const first = text.charCodeAt(field);
  if (first === 47 || (first === 126 && text.charCodeAt(field + 1) === 47)) return false;
  const scheme = text.indexOf('://', field);
  if (scheme >= 0 && scheme < fieldClose) return false;
  // The wrapper after the word: glued marks, then padding.
  let k = b;
  while (k < text.length && !isSpace(text.charCodeAt(k)) && !isWordChar(text.charCodeAt(k))) k++;
  const glued = k > b;
  const closesBracket = open >= 0 && glued && isClosing(text.charCodeAt(b));
  let next = k;
  while (isSpace(text.charCodeAt(next))) next++;
  if (next >= text.length) return false;
  // A change of state (`state: ERROR -> OK`, `WARN=>CRITICAL`): the word is a state's.
  if (arrowEnd(text, glued ? b : next) >= 0) return false;
  const after = text.charCodeAt(next);
  if (!glued) {
    // Not before a word, a count, a value, a quote, JSON or a parenthesis (cron's `(user) ERROR
    // (getpwnam() failed)`), unless the word in capitals opens the text after a program's tag.
    if (
      isLower(after) ||
      isDigit(after) ||
      after === 61 ||
      after === 34 ||
      after === 39 ||
      after === 123 ||
      (after === 40 &&
        !(kind === 'upper' && field > 0 && programTagEnd(text) === field - 1) &&
        !callerFollows(text, next))
    )
      return false;
  } else if (k === next && isLower(after) && !(left >= 0 && !isSpace(left))) {
    // A setting: `key2 DEBUG:on`.
    return false;
  } else if (isLower(after) && (left === 91 || left === 40) && k === b + 1 && isClosing(right)) {
    // A level alone in brackets that is not the first field, before running text: `[job][Error] reading`.
    return false;
  } else if (k === next && k < text.length && isDigit(after) && text.charCodeAt(k - 1) !== 45) {
    // `Error:3` is a count; `info-0` is logr's verbosity.
    return false;
  }
  if (kind === 'upper') {
    // Two words in capitals before a colon are one name (`PERL WARNING:`, `SQL ERROR:`).
    if (right === 58 && isSpace(left) && capitalsBefore(text, a)) return false;
    // A negation: `NO ERROR FOUND`, `NOT CRITICAL`.
    if (left === 32 && isNegation(text, a - 1)) return false;
  } else {
    const leftMark =
      left < 0
        ? startMarked || callerFollows(text, next)
        : isSpace(left)
          ? closedFieldBefore(text, a, left)
          : true;
    const rightMark = glued || !isWordChar(after);
    if (!(leftMark && (rightMark || isUpper(after))) && !closesBracket) return false;
  }
  const start = textStart(text, b, k, left);
  // A table row or a count (`web-1 | ERROR | 3`): a number and no letter follow.
  if (isDigit(text.charCodeAt(start)) && !hasLetterFrom(text, start)) return false;
  found.level = levelSpelling(text.slice(a, b)) as Level;
  found.start = wrapperStart(text, a);
  found.textStart = start;
  found.logger = undefined;
  // A logger joined to the level by a colon (`app.db:INFO: text`): the name, not a header column.
  const joined = joinedLoggerStart(text, a, b);
  if (joined >= 0) {
    found.logger = text.slice(joined, a - 1);
    found.start = joined;
  }
  return true;
}

/**
 * Python logging's `%(name)s:%(levelname)s:%(message)s` (the reverse of `basicConfig`'s
 * `LEVEL:name:`) after a program's name in lower case and a bracketed id closed by a colon (Pulp's
 * `pulp [6d2f1c0a]: pulpcore.tasking.tasks:INFO: text`), where the scan stopped at the name, a word
 * of text, ending at `nameEnd`: the level in capitals, the name joined to it the logger
 * (`joinedLoggerStart`), into `found`. Without the prefix, `candidate` reads the same field.
 */
function scanJoinedLogger(text: string, nameEnd: number): boolean {
  const close = text.indexOf(']', nameEnd + 2) + 1;
  if (close <= 0 || close > ZONE_CHARS || text.charCodeAt(close) !== 58 || text.charCodeAt(close + 1) !== 32)
    return false;
  // An id: letters, digits, `_` and `-` (`None`, a hex or UUID correlation id; not `3/5`, `::1`).
  for (let k = nameEnd + 2; k < close - 1; k++) {
    const c = text.charCodeAt(k);
    if (!isWordChar(c) && c !== 45) return false;
  }
  let at = close + 1;
  while (text.charCodeAt(at) === 32) at++;
  return joinedLoggerAt(text, at);
}

/** A field `name:LEVEL:` at `start` and text after it, into `found`. */
function joinedLoggerAt(text: string, start: number): boolean {
  const end = fieldEnd(text, start);
  const colon = text.indexOf(':', start);
  if (colon < 0 || colon + 6 > end || end - start > ZONE_CHARS) return false;
  const b = end - 1;
  if (!isFullLevelWord(text, colon + 1, b) || joinedLoggerStart(text, colon + 1, b) !== start) return false;
  let textAt = end;
  while (isSpace(text.charCodeAt(textAt))) textAt++;
  if (textAt >= text.length) return false;
  found.level = levelSpelling(text.slice(colon + 1, b)) as Level;
  found.start = start;
  found.textStart = textAt;
  found.logger = text.slice(start, colon);
  return true;
}

/**
 * End of the program's tag with its pid opening `text`, `name[pid]:` (the name may carry a line
 * number, Python's `%(name)s:%(lineno)s[%(process)d]:`), else -1: the level column of such a program
 * is the field after it. A level word later in the text (cron's `crond[pid]: (CRON) INFO (…)`) is
 * the text's, and one inside the name (`celery.app.trace:123[…]:`) is the name's.
 */
function programTagEnd(text: string): number {
  let k = 0;
  if (!isUpper(text.charCodeAt(0)) && !isLower(text.charCodeAt(0))) return -1;
  for (;;) {
    const c = text.charCodeAt(k);
    if (!isWordChar(c) && c !== 46 && c !== 45 && c !== 58 && c !== 47) break;
    k++;
  }
  if (text.charCodeAt(k) !== 91) return -1;
  const digits = ++k;
  while (isDigit(text.charCodeAt(k))) k++;
  if (k === digits || text.charCodeAt(k) !== 93 || text.charCodeAt(k + 1) !== 58) return -1;
  return text.charCodeAt(k + 2) === 32 ? k + 2 : -1;
}

/**
 * True when the level's spelling at [a, b) stands inside the name of a `name[pid]: ` tag opening
 * `text` (`celery.app.trace:123[…]:`, `error-handler[3]:`, `warn_queue[3]:`): the name's, not the
 * level. A name that is the word alone (`ERROR[3]: `) is not skipped.
 */
function inProgramTagName(text: string, a: number, b: number, tokens: number): boolean {
  if (tokens > 0 || (a === 0 && text.charCodeAt(b) === 91)) return false;
  return programTagEnd(text) > a;
}

/**
 * True when a source location in parentheses and a colon stand at `open` (`(Debug.cpp:369): `): where
 * a C or C++ logging macro's line was logged from, after its level (`[XX] %s (%s:%i): `), which
 * prose does not write after a level's word; a parenthesis of anything else after the word is text.
 */
function callerFollows(text: string, open: number): boolean {
  if (text.charCodeAt(open) !== 40) return false;
  const close = text.indexOf(')', open + 1);
  if (close < 0 || text.charCodeAt(close + 1) !== 58 || !isSpace(text.charCodeAt(close + 2))) return false;
  return isSourceLocation(text, open + 1, close);
}

/** True when `NO` or `NOT` alone ends at `end`. */
function isNegation(text: string, end: number): boolean {
  let k = end;
  if (text.charCodeAt(k - 1) === 84) k--;
  if (k - 2 < 0 || text.charCodeAt(k - 1) !== 79 || text.charCodeAt(k - 2) !== 78) return false;
  return k - 2 === 0 || isSpace(text.charCodeAt(k - 3));
}

/** True when a letter (or any character past ASCII) stands at or after `i`. */
function hasLetterFrom(text: string, i: number): boolean {
  for (let k = i; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (isUpper(c) || isLower(c) || c > 127) return true;
  }
  return false;
}

/**
 * True when white space `left` before the word at `a` follows a field that marks it: a tab (a
 * column layout), a field of marks alone (`**`, `➔`, `-`), or one closed by punctuation
 * (`iperf3:`, `Device[18]`, `module_load():`).
 */
function closedFieldBefore(text: string, a: number, left: number): boolean {
  if (left === 9) return true;
  let end = a;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === 0) return false;
  const start = fieldStart(text, end - 1);
  return isMarkField(text, start, end) || !isWordChar(text.charCodeAt(end - 1));
}

/** True when a word in capitals alone (`PERL`) stands right before the word at `a`, one space between. */
function capitalsBefore(text: string, a: number): boolean {
  let k = a - 1;
  if (k < 1 || !isUpper(text.charCodeAt(k - 1))) return false;
  while (k > 0 && isUpper(text.charCodeAt(k - 1))) k--;
  return k === 0 || isSpace(text.charCodeAt(k - 1));
}

/** Start of the marks glued before the word at `a` (`%`, `[`, `:`, `~`), or of a mark field before it. */
function wrapperStart(text: string, a: number): number {
  let k = a;
  while (k > 0 && !isSpace(text.charCodeAt(k - 1)) && !isWordChar(text.charCodeAt(k - 1))) k--;
  if (k < a) return k;
  let s = k;
  while (s > 0 && isSpace(text.charCodeAt(s - 1))) s--;
  const start = s > 0 ? fieldStart(text, s - 1) : s;
  return s > 0 && isMarkField(text, start, s) ? start : a;
}

/**
 * Where the text starts after the level word ending at `b` and its glued marks ending at `k`: the rest
 * of its field when the field goes on to a closing mark (`-WIDTH:`, `@mau.init]`), padding, then a
 * mark field (`**`, `-`, `~`) or the mark that opened the wrapper (`~INFO     ~text`).
 */
function textStart(text: string, b: number, k: number, left: number): number {
  let j = k;
  if (j > b && j < text.length && isWordChar(text.charCodeAt(j))) {
    const end = fieldEnd(text, j);
    const last = text.charCodeAt(end - 1);
    // A code or a verbosity glued by a dash (`-WIDTH:`, logr's `info-0`) or a name (`@mau.init]`).
    if (
      last === 58 ||
      isClosing(last) ||
      (k === b + 1 && text.charCodeAt(b) === 45 && allWordChars(text, k, end))
    )
      j = end;
  }
  while (isSpace(text.charCodeAt(j))) j++;
  const end = fieldEnd(text, j);
  if (isMarkField(text, j, end)) {
    j = end;
    while (isSpace(text.charCodeAt(j))) j++;
  } else if (left >= 0 && !isSpace(left) && text.charCodeAt(j) === left && j > k) {
    j++;
  }
  return j;
}

/** A hyphen or a dot: what may end a field's word (`web-`, `v1.`) as well as open a wrapper. */
function isJoiner(c: number): boolean {
  return c === 45 || c === 46;
}

/**
 * The text after the level and the fields that follow it, with the fields before it kept; `text`
 * whole when nothing follows them (gpm's `*** info [mice.c(1766)]:`, its text on the next line).
 */
function cut(line: ParsedLine, text: string): string {
  const logger = line.logger;
  const prior = line.fields.header_columns;
  const start = skipHeaderFields(text, found.textStart, line);
  const stepped = line.fields.header_columns;
  if (start >= text.length || text.slice(start).trim().length === 0) {
    line.logger = logger;
    if (prior === undefined) delete line.fields.header_columns;
    else line.fields.header_columns = prior;
    return text;
  }
  // A hyphen or dot the wrapper's marks took from the field before it (`a-|info|text`) is that field's.
  let end = found.start;
  if (end > 0 && isWordChar(text.charCodeAt(end - 1))) while (isJoiner(text.charCodeAt(end))) end++;
  const before = text.slice(0, end).trim();
  // Before the columns after the level that `skipHeaderFields` kept (`a|info|b|text`), in order.
  if (before.length > 0 && prior === undefined)
    line.fields.header_columns = stepped === undefined ? before : `${before} ${String(stepped)}`;
  else if (before.length > 0 && !String(prior).includes(before)) {
    // After the columns a reader kept before the time (`lead-before-time.ts`), in line order.
    const after = String(stepped).slice(String(prior).length).trim();
    line.fields.header_columns =
      after === '' ? `${String(prior)} ${before}` : `${String(prior)} ${before} ${after}`;
  }
  if (found.logger !== undefined) line.logger = found.logger;
  return text.slice(start);
}

/**
 * The level word in the header zone of `text`, the message as the header left it (before a
 * source's learned columns were stepped over, which `line.message` may already be past), for a line
 * that has no level yet: the level set, the message cut after it.
 */
export function takeLevelWord(line: ParsedLine, text: string): void {
  if (line.level !== undefined || !scanLevelWord(text, true)) return;
  line.level = found.level;
  const skipped = text.endsWith(line.message) ? text.length - line.message.length : 0;
  if (found.textStart <= skipped) return;
  const message = cut(line, text);
  line.message = message;
}

/** `raw`, a line nothing else read, with a level word in its header zone: its level and text, or undefined. */
export function parseLevelWord(raw: string): ParsedLine | undefined {
  if (!scanLevelWord(raw, false)) return undefined;
  const line = newLine('level_word', raw);
  line.level = found.level;
  line.message = cut(line, raw);
  return line;
}
