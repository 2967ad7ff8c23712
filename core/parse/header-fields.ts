/**
 * The boundary between a line's header and its message: after the level, many layouts write more
 * header fields before the text that was logged (a pid, a thread, a logger, a source location).
 * `skipHeaderFields` steps over the ones whose shape says what they are, in any layout, so the
 * message is the text the application wrote. Pure and bounded: at most `MAX_FIELDS` fields, each
 * within `MAX_FIELD` characters.
 */
import { balancedEnd, isDigit, isHexDigit, isLetter, isLower } from './calendar.ts';
import { levelSpelling, levelWord } from './levels.ts';
import { appendHeaderColumns, idValue } from './line.ts';
import type { ParsedLine } from './types.ts';

const MAX_FIELDS = 6;
const MAX_FIELD = 96;

/**
 * Extensions of source files: a token `name.ext:line` (or `name.ext.line`, `name.ext(line)`) is a
 * source location written by the logger (`%F:%L`, `__FILE__`), never the start of a message.
 */
const SOURCE_EXTENSIONS: ReadonlySet<string> = new Set([
  'c',
  'cc',
  'cpp',
  'cxx',
  'h',
  'hh',
  'hpp',
  'm',
  'mm',
  'go',
  'rs',
  'py',
  'java',
  'kt',
  'scala',
  'groovy',
  'js',
  'mjs',
  'ts',
  'rb',
  'php',
  'cs',
  'swift',
  'erl',
  'ex',
  'exs',
  'lua',
  'pl',
  'zig',
  'dart',
]);

/** Fewest and most characters of a status code a level's bracket gives it. */
const LEVEL_CODE_MIN = 4;
const LEVEL_CODE_CHARS = 10;

/**
 * Where the status code glued to a level word ending at `wordEnd` ends: `:` and a code of four to
 * nine decimal or hexadecimal digits closing the level's bracket (`[ERROR:00000005]`, FSLogix's
 * Win32 status; `[WARN:80070005]`, an HRESULT), a code written to its width. A shorter number is a
 * tally (`[ERROR:0] [WARNING:12]`, a linter's or a test run's counts), no level. The index of the
 * closing `]`, or -1 when no code follows the word. The one home of a code written inside a level's
 * own field: another way of writing it (a code in parentheses, `[ERROR(42)]`) joins here.
 */
export function levelCodeEnd(raw: string, wordEnd: number): number {
  if (raw.charCodeAt(wordEnd) !== 58 || !isDigit(raw.charCodeAt(wordEnd + 1))) return -1;
  let k = wordEnd + 2;
  while (k - wordEnd <= LEVEL_CODE_CHARS && isHexDigit(raw.charCodeAt(k))) k++;
  const digits = k - wordEnd - 1;
  return raw.charCodeAt(k) === 93 && digits >= LEVEL_CODE_MIN && k - wordEnd <= LEVEL_CODE_CHARS ? k : -1;
}

/** A space or a tab. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

/** A letter, a digit or `_`: a character of an identifier. */
export function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** True when `raw[a, b)` is word characters only (letters, digits, `_`); an empty range is. */
export function allWordChars(raw: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!isWordChar(raw.charCodeAt(k))) return false;
  return true;
}

/** A letter, digit, `_`, `-` or `.`: a character of a program's, host's or logger's dotted name. */
export function isNameChar(c: number): boolean {
  return isWordChar(c) || c === 46 || c === 45;
}

/** Longest run of dashes that separates a header from its text (Verdaccio's `---`). */
const MAX_DASH_RUN = 3;

/**
 * Most columns a dash-separated header holds between its time and its level where the header finder
 * reads it (`isDashColumn` in `structure.ts`); the time-first reader takes one more (`readDashColumns`).
 */
export const DASH_COLUMNS = 3;

/**
 * After one to three dashes at `i` and the space that follows them (` - `, ` -- `, ` --- ` between a
 * header field and the text), or -1 when there are none.
 */
export function dashRunEnd(raw: string, i: number): number {
  let k = i;
  while (raw.charCodeAt(k) === 45 && k - i < MAX_DASH_RUN) k++;
  return k > i && raw.charCodeAt(k) === 32 ? k + 1 : -1;
}

/** The index of the first character at or after `i` that is not a space or a tab. */
export function skipSpaces(raw: string, i: number): number {
  while (isSpace(raw.charCodeAt(i))) i++;
  return i;
}

/** End of the token at `i` (up to white space), or -1 when it is longer than a header field. */
function tokenEnd(raw: string, i: number): number {
  let k = i;
  while (k < raw.length && !isSpace(raw.charCodeAt(k))) {
    if (k - i > MAX_FIELD) return -1;
    k++;
  }
  return k;
}

function allDigits(raw: string, a: number, b: number): boolean {
  if (b <= a) return false;
  for (let k = a; k < b; k++) if (!isDigit(raw.charCodeAt(k))) return false;
  return true;
}

/**
 * A source location in [a, b): `main.cc:42`, `src/db.rs:88`, `util.py:12:run`, `server.c.1513`,
 * `gpu_init.cc(523)`, `c:\src\NSClient++.cpp:402` (a Windows path, its drive first): a file name
 * with a source extension, then a line number.
 */
export function isSourceLocation(raw: string, a: number, b: number): boolean {
  if (b - a < 4 || b - a > MAX_FIELD) return false;
  // The extension ends at the first `:`, `(`, or a `.` followed by a digit, after a dot.
  let k = isDriveAt(raw, a) ? a + 3 : a;
  let dot = -1;
  for (; k < b; k++) {
    const c = raw.charCodeAt(k);
    if (c === 58 || c === 40) break;
    if (c === 46) {
      if (dot >= 0 && isDigit(raw.charCodeAt(k + 1))) break;
      dot = k;
    } else if (!isWordChar(c) && c !== 47 && c !== 45 && c !== 64 && c !== 92 && c !== 43) return false;
  }
  if (dot < a + 1 || k >= b || !SOURCE_EXTENSIONS.has(raw.slice(dot + 1, k))) return false;
  return isDigit(raw.charCodeAt(k + 1));
}

/** Most digits of a line number `fileLineEnd` and `isFileFunctionLine` read. */
const MAX_LINE_DIGITS = 7;

/**
 * A file, its function and its line in [a, b): qtile's `%(filename)s:%(funcName)s():L%(lineno)d`,
 * `sleep.py:_start():L104` (libqtile's `log_utils.py`, its file formatter), and the
 * `{file}:{function}:{line}` of the Citra family's common logging, `core/core.cpp:Load:262` (yuzu's
 * `text_formatter.cpp`, `"[{:4d}.{:06d}] {} <{}> {}:{}:{}: {}"` in Debian's yuzu 0-1335; shadPS4's
 * `"[{}] <{}> {}:{}:{}: {}"`), as Python's `%(filename)s:%(funcName)s:%(lineno)d` writes it too: a
 * file name with a source extension, a function's name (word characters) and the line number.
 */
export function isFileFunctionLine(raw: string, a: number, b: number): boolean {
  if (!isDigit(raw.charCodeAt(b - 1))) return false;
  let lineAt = raw.lastIndexOf('():L', b);
  let nameEnd = lineAt;
  if (lineAt >= a) lineAt += 4;
  else {
    nameEnd = raw.lastIndexOf(':', b - 1);
    lineAt = nameEnd + 1;
  }
  if (nameEnd < a || b - lineAt > MAX_LINE_DIGITS || !allDigits(raw, lineAt, b)) return false;
  const colon = raw.indexOf(':', a);
  if (colon < a || colon >= nameEnd || !isSourceFile(raw, a, colon)) return false;
  const first = raw.charCodeAt(colon + 1);
  if (!isLetter(first) && first !== 95) return false;
  for (let k = colon + 2; k < nameEnd; k++) if (!isWordChar(raw.charCodeAt(k))) return false;
  return true;
}

/**
 * End of the line number of a module and its line at `j` that a pipe closes, padding between them
 * allowed (`sww:162 |text`, `generic_domain:1368|text`), or -1: ANUGA's log file
 * (`anuga/utilities/log.py`, 4.2.0: `'%(asctime)s %(levelname)-8s %(mname)25s:%(lnum)-4d|%(message)s'`,
 * `mname` the calling file's name without `.py`). The module is a name (letters, digits, `_`, `.`,
 * `-`, a letter or `_` first), the line one to seven digits; a space inside, a missing number or
 * no pipe leaves it text.
 */
function moduleLineBeforePipe(raw: string, j: number): number {
  const first = raw.charCodeAt(j);
  if (!isLetter(first) && first !== 95) return -1;
  let k = j + 1;
  while (k - j <= MAX_FIELD) {
    const c = raw.charCodeAt(k);
    if (!isWordChar(c) && c !== 46 && c !== 45) break;
    k++;
  }
  if (raw.charCodeAt(k) !== 58) return -1;
  const digits = k + 1;
  let e = digits;
  while (e - digits < MAX_LINE_DIGITS && isDigit(raw.charCodeAt(e))) e++;
  if (e === digits || isDigit(raw.charCodeAt(e))) return -1;
  return raw.charCodeAt(skipSpaces(raw, e)) === 124 ? e : -1;
}

/**
 * End of a source file at [a, end) followed by its line number, a space apart, and a colon closing
 * the field (`base.py 152: `): Python's `%(filename)s %(lineno)d:` layouts (Perma's
 * `'%(asctime)s [%(levelname)s] %(filename)s %(lineno)d: %(message)s'`, and `basicConfig` formats
 * that write the same two fields so); -1 otherwise. A number without its colon (`app.py 3 times`) is
 * the text's.
 */
function fileLineEnd(raw: string, a: number, end: number): number {
  if (raw.charCodeAt(end) !== 32) return -1;
  let k = end + 1;
  while (k - end <= MAX_LINE_DIGITS && isDigit(raw.charCodeAt(k))) k++;
  if (k === end + 1 || raw.charCodeAt(k) !== 58) return -1;
  if (k + 1 < raw.length && !isSpace(raw.charCodeAt(k + 1))) return -1;
  return isSourceFile(raw, a, end) ? k + 1 : -1;
}

/** A file name with a source extension in [a, b): `sleep.py`, `src/core.cc`. */
export function isSourceFile(raw: string, a: number, b: number): boolean {
  const dot = raw.lastIndexOf('.', b - 1);
  if (dot <= a || !SOURCE_EXTENSIONS.has(raw.slice(dot + 1, b))) return false;
  for (let k = a; k < dot; k++) {
    const c = raw.charCodeAt(k);
    if (!isWordChar(c) && c !== 47 && c !== 45 && c !== 46) return false;
  }
  return true;
}

/** A Windows drive opening a path at `i`: a letter, `:`, then `\` or `/` (`c:\source\…`). */
export function isDriveAt(raw: string, i: number): boolean {
  const c = raw.charCodeAt(i) | 32;
  const slash = raw.charCodeAt(i + 2);
  return c >= 97 && c <= 122 && raw.charCodeAt(i + 1) === 58 && (slash === 92 || slash === 47);
}

/**
 * A number in square brackets at [a, b): a pid `[1234]`, an uptime or epoch `[1796032800.1234]`.
 * (One in parentheses may be a message id, Wazuh's `ERROR: (1226): …`, so it stays.)
 */
function bracketedId(raw: string, a: number, b: number): boolean {
  if (raw.charCodeAt(a) !== 91) return false;
  const end = raw.indexOf(']', a + 1);
  if (end < 0 || end >= b) return false;
  let digits = 0;
  for (let k = a + 1; k < end; k++) {
    const c = raw.charCodeAt(k);
    if (isDigit(c)) digits++;
    else if (c !== 46) return false;
  }
  if (digits === 0) return false;
  const rest = end + 1;
  return rest === b || raw.charCodeAt(rest) === 58;
}

const THREAD_ID = 'ThreadId(';

/** tracing's `ThreadId(04)` at [a, b), which its fmt layer writes before the target with thread ids on. */
function isTracingThreadId(raw: string, a: number, b: number): boolean {
  return (
    raw.charCodeAt(b - 1) === 41 &&
    raw.startsWith(THREAD_ID, a) &&
    allDigits(raw, a + THREAD_ID.length, b - 1)
  );
}

/**
 * A thread's name at [a, b) as tracing's fmt layer writes it before `ThreadId(`
 * (`with_thread_names`): `main`, `tokio-runtime-worker`; a level word is the line's level, no name.
 */
function isThreadName(raw: string, a: number, b: number): boolean {
  if (b - a > MAX_FIELD || !isLetter(raw.charCodeAt(a))) return false;
  for (let k = a + 1; k < b; k++) {
    const c = raw.charCodeAt(k);
    if (!isWordChar(c) && c !== 45 && c !== 46) return false;
  }
  return levelSpelling(raw.slice(a, b)) === undefined;
}

/**
 * End of tracing's thread name and id right after the level (`main ThreadId(01) `), or -1: the
 * name goes with the id, to `fields.thread_name` and `fields.thread`.
 */
function tracingNamedThreadEnd(raw: string, j: number, end: number, line: ParsedLine): number {
  if (raw.charCodeAt(end) !== 32 || !raw.startsWith(THREAD_ID, end + 1)) return -1;
  const e = tokenEnd(raw, end + 1);
  if (e < 0 || !isTracingThreadId(raw, end + 1, e) || !isThreadName(raw, j, end)) return -1;
  keepId(raw, j, line, 'thread_name', raw.slice(j, end));
  keepId(raw, end + 1, line, 'thread', raw.slice(end + 1 + THREAD_ID.length, e - 1));
  return e;
}

/** A logger's name at [a, b): an identifier with `.`, `::`, `/`, `$`, `_`, `-` or `:` inside. */
function isNameToken(raw: string, a: number, b: number, plainWordToo: boolean): boolean {
  const n = b - a;
  if (n < 2 || n > MAX_FIELD) return false;
  const first = raw.charCodeAt(a);
  if (!(isWordChar(first) && !isDigit(first))) return false;
  let separated = false;
  let upperInside = false;
  for (let k = a; k < b; k++) {
    const c = raw.charCodeAt(k);
    if (c === 46 || c === 58 || c === 47 || c === 36 || c === 95 || c === 45) separated = true;
    else if (!isWordChar(c)) return false;
    else if (k > a && c >= 65 && c <= 90) upperInside = true;
  }
  if (separated || upperInside) return true;
  // A plain word names a logger only before ` - ` or ` : `, and a capitalised one ("Done - …")
  // is more likely a sentence.
  return plainWordToo && !(first >= 65 && first <= 90);
}

/**
 * A dotted logger's name at [a, b) with segments in brackets: Tomcat names a web application's
 * logger after its container path (`ContainerBase.java`'s `getLogName`:
 * `org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/]`), and Spring Boot's
 * `%logger{39}` prints it `o.a.c.c.C.[Tomcat].[localhost].[/]` at every embedded Tomcat's start.
 * Segments are words or bracketed names without spaces; at least one plain word leads.
 */
function isBracketedSegmentName(raw: string, a: number, b: number): boolean {
  if (b - a > MAX_FIELD || !isLetter(raw.charCodeAt(a))) return false;
  let bracketed = 0;
  let k = a;
  for (;;) {
    if (raw.charCodeAt(k) === 91) {
      const close = raw.indexOf(']', k + 1);
      if (close <= k + 1 || close >= b) return false;
      for (let m = k + 1; m < close; m++) {
        const c = raw.charCodeAt(m);
        if (c === 91 || isSpace(c)) return false;
      }
      bracketed++;
      k = close + 1;
    } else {
      const start = k;
      while (k < b && (isWordChar(raw.charCodeAt(k)) || raw.charCodeAt(k) === 36 || raw.charCodeAt(k) === 45))
        k++;
      if (k === start) return false;
    }
    if (k === b) return bracketed > 0;
    if (raw.charCodeAt(k) !== 46 || k + 1 === b) return false;
    k++;
  }
}

/** `end`, after tracing's thread fields at `j`: the target's slot follows them when it was at `j`. */
function moveTargetSlot(raw: string, j: number, end: number): number {
  if (targetSlot === j) targetSlot = skipSpaces(raw, end);
  return end;
}

/**
 * Index of the message at or after `i`, past the header fields that follow a level: separators
 * (`:`, `!`, `->`), ids in brackets, source locations (with a thread id before one, as glog
 * writes), a logger before ` - ` / ` : ` / `: `, and, in a tab- or pipe-separated layout, the
 * one-word columns before the text. A logger found is set on `line` when it has none.
 */
export function skipHeaderFields(raw: string, i: number, line: ParsedLine): number {
  const column = i > 0 ? raw.charCodeAt(i - 1) : 0;
  if (column === 9 || column === 124) {
    const from = i;
    i = skipColumns(raw, i, column);
    // The columns stepped over (a thread, a logger, a caller) are no text, but still the line's.
    if (i > from) keepSteppedColumns(raw, from, i, column, line);
  }
  const j = skipFields(raw, i, line);
  const end = held < 0 ? j : held;
  // A mapped diagnostic context stepped over is the line's (who, from where): kept as written.
  if (contextOpen >= 0 && contextOpen < end && line.fields.context === undefined)
    line.fields.context = raw.slice(contextOpen + 1, contextClose);
  if (stepped.length > 0) keepSteppedFields(raw, end, line);
  return end;
}

/**
 * Spans `skipFields` stepped over that no field names (bracketed ids, brackets taken on trust,
 * nginx's `pid#tid`), as [start, end) pairs in the line's order; kept by `keepSteppedFields`.
 */
const stepped: number[] = [];

/** End of the `---` Spring Boot writes between its pid and thread, or -1: its brackets follow. */
let dashesEnd = -1;

/** End of the `logger : ` column after Spring Boot's `---`, or -1: the text follows it. */
let colonColumnEnd = -1;

/** Where the text starts after a `module:line|` field (`moduleLineBeforePipe`), or -1. */
let textAfterPipe = -1;

/**
 * Keeps the spans `skipFields` stepped over before the message at `end` (issue #14: a line loses
 * nothing). After Spring Boot's `---` the last bracket is the thread (`fields.thread`), one before
 * it the application's name; the rest go to `fields.header_columns` as written (a bracket's padding
 * trimmed), each unless a field already holds its text.
 */
function keepSteppedFields(raw: string, end: number, line: ParsedLine): void {
  let last = stepped.length - 2;
  while (last >= 0 && (stepped[last + 1] as number) > end) last -= 2;
  let kept = '';
  for (let s = 0; s <= last; s += 2) {
    const a = stepped[s] as number;
    const b = stepped[s + 1] as number;
    if (a === contextOpen) continue;
    const bracket = raw.charCodeAt(a) === 91 && raw.charCodeAt(b - 1) === 93;
    const inner = bracket ? raw.slice(a + 1, b - 1).trim() : raw.slice(a, b);
    if (inner === '' || heldByField(line, inner)) continue;
    if (bracket && s === last && dashesEnd >= 0 && a >= dashesEnd && line.fields.thread === undefined) {
      line.fields.thread = inner;
      continue;
    }
    const text = bracket ? `[${inner}]` : inner;
    kept = kept === '' ? text : `${kept} ${text}`;
  }
  stepped.length = 0;
  if (kept !== '') appendHeaderColumns(line, kept);
}

/** True when a field of `line` already holds `text` (a pid, a thread), so it is not kept twice. */
function heldByField(line: ParsedLine, text: string): boolean {
  for (const key in line.fields) if (String(line.fields[key]) === text) return true;
  return line.logger === text;
}

/** Sets the logger to `name`, or keeps it in `header_columns` when the line has another. */
function keepLogger(raw: string, at: number, line: ParsedLine, name: string): void {
  if (line.logger === undefined) line.logger = name;
  else if (line.logger !== name) keepAfterStepped(raw, at, line, name);
}

/** Keeps `text`, a field at `at`, in `header_columns` after the spans stepped over before it. */
function keepAfterStepped(raw: string, at: number, line: ParsedLine, text: string): void {
  if (stepped.length > 0) keepSteppedFields(raw, at, line);
  appendHeaderColumns(line, text);
}

/** Sets `fields[key]` to the value `text` names, or keeps it in `header_columns` when another is set. */
function keepId(raw: string, at: number, line: ParsedLine, key: string, text: string): void {
  const had = line.fields[key];
  if (had === undefined) line.fields[key] = key === 'pid' ? idValue(text) : text;
  else if (String(had) !== text) keepAfterStepped(raw, at, line, text);
}

/** The `key=value;` context bracket (`isContextBracket`) the last `skipFields` stepped over, or -1. */
let contextOpen = -1;
let contextClose = -1;

/**
 * Start of bracketed fields taken on trust (`[myapp] [main]`), kept only when a field that is
 * surely header follows them; -1 when none is held.
 */
let held = -1;

/**
 * Where a bare crate target may stand (`tracingTargetAt`): the start of the fields when tracing's
 * level slot precedes them, moved past its thread fields; -1 otherwise.
 */
let targetSlot = -1;

/** tracing's fmt levels, right-aligned to five characters after the time (`{:>5}`). */
const TRACING_LEVELS: ReadonlySet<string> = new Set(['TRACE', 'DEBUG', ' INFO', ' WARN', 'ERROR']);

/**
 * True when tracing's level slot ends before `i` (spaces aside): a time ending in `Z` or a digit, a
 * space, the level right-aligned to five characters (`2026-11-30T10:00:00.123456Z  INFO `).
 */
function afterTracingLevel(raw: string, i: number): boolean {
  let e = i;
  while (e > 0 && raw.charCodeAt(e - 1) === 32) e--;
  if (e === i || e < 7 || !TRACING_LEVELS.has(raw.slice(e - 5, e)) || raw.charCodeAt(e - 6) !== 32)
    return false;
  const t = raw.charCodeAt(e - 7);
  return t === 90 || isDigit(t);
}

/**
 * A bare crate target in tracing's slot, `name:` with an `_` inside (`veloren_server_cli: text`,
 * a crate's name with no module path): the target, as a `crate::module:` path there is. A plain
 * word (`version: 1.2`) may open the text, and so may a snake_case key before its number
 * (`retry_count: 3 attempts`, `disk_usage: 91%`): a value, not a message after a target.
 */
function tracingTargetAt(raw: string, j: number, end: number): boolean {
  if (j !== targetSlot || raw.charCodeAt(end - 1) !== 58) return false;
  const first = raw.charCodeAt(j);
  if (first < 97 || first > 122) return false;
  let underscore = false;
  for (let k = j + 1; k < end - 1; k++) {
    const c = raw.charCodeAt(k);
    if (c === 95) underscore = true;
    else if (!isWordChar(c) || (c >= 65 && c <= 90)) return false;
  }
  return underscore && raw.charCodeAt(end - 2) !== 95 && !opensWithValue(raw, skipSpaces(raw, end));
}

/** A number opening the text at `i` that is not a line number ending in `:` (tracing's `target: 52: `). */
function opensWithValue(raw: string, i: number): boolean {
  let k = i;
  while (isDigit(raw.charCodeAt(k))) k++;
  return k > i && raw.charCodeAt(k) !== 58;
}

function skipFields(raw: string, i: number, line: ParsedLine): number {
  targetSlot = afterTracingLevel(raw, i) ? skipSpaces(raw, i) : -1;
  held = -1;
  contextOpen = -1;
  dashesEnd = -1;
  colonColumnEnd = -1;
  textAfterPipe = -1;
  stepped.length = 0;
  let j = i;
  for (let n = 0; n < MAX_FIELDS; n++) {
    j = skipSpaces(raw, j);
    const c = raw.charCodeAt(j);
    const before = j;
    j = skipField(raw, j, c, n, line);
    // The pipe closes the header: what follows is the text, whatever its shape.
    if (j === textAfterPipe) return j;
    if (j !== before) {
      // A number in brackets (`[gc][1150]`) does not vouch for the brackets before it.
      if (c !== 91) held = -1;
      continue;
    }
    const close = c === 91 ? raw.indexOf(']', j) : -1;
    if (close < 0 || raw.lastIndexOf('[', close) !== j) return j;
    const context = isContextBracket(raw, j, close);
    if (close - j > 64 && !context && !isDottedName(raw, j, close)) return j;
    if (context && contextOpen < 0) {
      contextOpen = j;
      contextClose = close;
    }
    if (held < 0) held = j;
    stepped.push(j, close + 1);
    j = close + 1;
  }
  return j;
}

/** Longest bracket of `key=value;` pairs taken as a header field. */
const MAX_CONTEXT_BRACKET = 320;

/**
 * `[name=ann;ip=10.0.0.7;ua=Client - 12 (Linux);]` from `open` to its `]` at `close`: a mapped
 * diagnostic context of `key=value` pairs each closed by a semicolon (Zimbra's `%z`), a header field
 * however long its values (up to `MAX_CONTEXT_BRACKET`); a bracket of words (Kafka's
 * `[ReplicaFetcher replicaId=1, leaderId=0]`) is the text's.
 */
function isContextBracket(raw: string, open: number, close: number): boolean {
  if (close - open > MAX_CONTEXT_BRACKET || raw.charCodeAt(close - 1) !== 59) return false;
  let k = open + 1;
  if (!isLetter(raw.charCodeAt(k))) return false;
  while (
    k < open + 32 &&
    (isWordChar(raw.charCodeAt(k)) || raw.charCodeAt(k) === 46 || raw.charCodeAt(k) === 45)
  )
    k++;
  return raw.charCodeAt(k) === 61;
}

/** Longest method part of a Ruby caller read (`block (2 levels) in <class:Runner>`). */
const RUBY_METHOD_CHARS = 160;

/**
 * Ruby's caller location at [j, end), as `Kernel#caller` writes a frame and loggers print it before
 * the text (mcollective's `Log.from`, `"%s:%s%s" % [File.basename(path), line, method]`):
 * `file.rb:171:in`, then a space and the method quoted, `` `loadconfig' `` (`'MCollective::Config#loadconfig'`
 * since Ruby 3.4), `block in …`, `rescue in …`, `<main>` among them. Where the whole caller ends (after
 * its closing quote, and a colon glued to it), -1 when the token is no `name:N:in`, or `j` when it is
 * one without its quoted method: then none of it is header, never half.
 */
function rubyCallerEnd(raw: string, j: number, end: number): number {
  if (end - j < 6 || !raw.startsWith(':in', end - 3)) return -1;
  let k = end - 3;
  while (k > j && isDigit(raw.charCodeAt(k - 1))) k--;
  if (k === end - 3 || raw.charCodeAt(k - 1) !== 58 || k - 1 === j) return -1;
  for (let n = j; n < k - 1; n++) {
    const c = raw.charCodeAt(n);
    if (!isNameChar(c) && c !== 47) return -1;
  }
  const open = raw.charCodeAt(end + 1);
  if (raw.charCodeAt(end) !== 32 || (open !== 96 && open !== 39)) return j;
  const close = raw.indexOf("'", end + 2);
  if (close < 0 || close - end > RUBY_METHOD_CHARS) return j;
  const after = raw.charCodeAt(close + 1) === 58 ? close + 2 : close + 1;
  return after === raw.length || isSpace(raw.charCodeAt(after)) ? after : j;
}

/** Longest span context `tracingSpansEnd` reads before tracing's target. */
const MAX_SPAN_CONTEXT = 512;

/**
 * End of tracing's span context at `j`, the target's slot, or -1. tracing-subscriber's `Full`
 * format (`fmt/format/mod.rs`) writes each span in scope from the root as its name, its fields in
 * braces when it has any, and a colon (`rdp{client=203.0.113.44:61208}:`, nested ones glued:
 * `conn{id=7}:tls:`), then a space and the target with `: `. Only that whole shape is header: a
 * span with braced fields among them or two spans glued (`start:open:`), and a target after them (a
 * Rust path, or a bare crate name with an `_`), which then takes the slot. Prose with a brace
 * (`config{a}: text`) stays text, and so does one bare word before a path (`Error: io::Error: …`).
 */
function tracingSpansEnd(raw: string, j: number): number {
  let k = j;
  let braced = false;
  let spans = 0;
  for (;;) {
    const name = k;
    while (isWordChar(raw.charCodeAt(k)) || raw.charCodeAt(k) === 45) k++;
    if (k === name || !isLetter(raw.charCodeAt(name))) return -1;
    if (raw.charCodeAt(k) === 123) {
      if (!opensSpanField(raw, k + 1, j + MAX_SPAN_CONTEXT)) return -1;
      k = balancedEnd(raw, k, 123, 125, j + MAX_SPAN_CONTEXT);
      if (k < 0) return -1;
      braced = true;
    }
    if (raw.charCodeAt(k) !== 58) return -1;
    k++;
    spans++;
    if (raw.charCodeAt(k) === 32) break;
    if (k - j > MAX_SPAN_CONTEXT) return -1;
  }
  const target = k + 1;
  const e = braced || spans > 1 ? tokenEnd(raw, target) : -1;
  if (e <= target + 1 || raw.charCodeAt(e - 1) !== 58) return -1;
  const slot = targetSlot;
  targetSlot = target;
  if (isRustPath(raw, target, e - 1) || tracingTargetAt(raw, target, e)) return k;
  targetSlot = slot;
  return -1;
}

/**
 * True when a span's first field opens at `k`: tracing-subscriber's `DefaultVisitor` writes each as
 * `name=value` (a field named `message` bare, which no span's fields are found to hold), the name
 * a Rust identifier or dotted (`http.method`): `got{"a": 1}: x::y: text` is prose.
 */
function opensSpanField(raw: string, k: number, limit: number): boolean {
  let e = k;
  while (e < limit && (isWordChar(raw.charCodeAt(e)) || (e > k && raw.charCodeAt(e) === 46))) e++;
  return e > k && raw.charCodeAt(e) === 61;
}

/**
 * The bracketed levels hivemind writes a caller after: `logging.addLevelName(logging.WARNING, "WARN")`
 * renames WARNING, and INFO lines have no caller (unless `HIVEMIND_ALWAYS_LOG_CALLER` is set, which
 * is not read): `[INFO] [db.example.com:5432] x`, Tor's `[notice] [a.b:1] x` stay the text's.
 */
const HIVEMIND_CALLER_LEVELS = ['[DEBUG] ', '[WARN] ', '[ERROR] ', '[CRITICAL] '];

/** True when one of hivemind's bracketed levels and a space end right before `j`. */
function afterHivemindLevel(raw: string, j: number): boolean {
  for (const level of HIVEMIND_CALLER_LEVELS)
    if (j >= level.length && raw.startsWith(level, j - level.length)) return true;
  return false;
}

/** Longest caller in hivemind's bracket (`[name.funcName:lineno]`). */
const MAX_HIVEMIND_CALLER = 160;

/**
 * End of hivemind's caller bracket at `j` right after its bracketed level (`HIVEMIND_CALLER_LEVELS`),
 * kept as `fields.caller`, or `j`: its formatter (`hivemind/utils/logging.py`, petals' too) writes
 * `[name.funcName:lineno]` after the level on every line but INFO's:
 * `[WARN] [petals.server.server.run:748] text`. A dotted logger and function
 * (`<module>` at a module's top level), a colon and a line number; or a source file and its line
 * (`isSourceLocation`), the caller of a p2pd record that `P2P._log_p2pd_message` (hivemind 1.1.12,
 * `p2p/p2p_daemon.py`) logs again with `extra={"caller": record["caller"]}`, go-log's
 * `[identify/id.go:483]`; `[3/4]`, `[db:5432]` are text.
 */
export function hivemindCallerEnd(raw: string, j: number, line: ParsedLine): number {
  if (raw.charCodeAt(j) !== 91 || raw.charCodeAt(j - 2) !== 93 || !afterHivemindLevel(raw, j)) return j;
  const close = raw.indexOf(']', j + 1);
  if (close < 0 || close - j > MAX_HIVEMIND_CALLER || raw.charCodeAt(close + 1) !== 32) return j;
  let colon = close - 1;
  while (isDigit(raw.charCodeAt(colon))) colon--;
  if (colon === close - 1 || raw.charCodeAt(colon) !== 58) return j;
  // p2pd's go-log records, re-logged with their own caller (zap's `identify/id.go:483`).
  if (isSourceLocation(raw, j + 1, close)) {
    keepId(raw, j + 1, line, 'caller', raw.slice(j + 1, close));
    return close + 1;
  }
  let segments = 0;
  let k = j + 1;
  while (k < colon) {
    if (segments > 0) {
      if (raw.charCodeAt(k) !== 46) return j;
      k++;
    }
    const start = k;
    if (raw.startsWith('<module>', k) && segments > 0) k += 8;
    else while (k < colon && isWordChar(raw.charCodeAt(k))) k++;
    if (k === start || isDigit(raw.charCodeAt(start))) return j;
    segments++;
  }
  if (segments < 2) return j;
  keepId(raw, j + 1, line, 'caller', raw.slice(j + 1, close));
  return close + 1;
}

/** True when a lone `-` and one space stand right before `j` (`] - > text`). */
function afterLoneDash(raw: string, j: number): boolean {
  return (
    j >= 3 && raw.charCodeAt(j - 1) === 32 && raw.charCodeAt(j - 2) === 45 && raw.charCodeAt(j - 3) === 32
  );
}

/** Longest level word with its brackets that `afterOwnLevelColon` looks back over (`[CRITICAL]`). */
const MAX_LEVEL_TOKEN = 16;

/**
 * True when `j` follows a level that closed itself with a colon, a word of its own after a space or
 * the line's start (`… - info: `, `… [NOTICE]: `): the logger wrote `level: ` and then the message,
 * nothing between. winston's `printf` in Mojaloop's central-services-logger 11.3.1
 * (`${timestamp} - ${level}: ${formattedMessage}`), logform's `simple()` (`${level}: ${message}`),
 * obfs4proxy's `log.Print("[NOTICE]: " + msg)` (0.0.14; the prefixes in Debian's binary). So a
 * name and ` - ` there are the text's (`QuotesModel::handleQuoteRequest - quoteId: …`, obfs4's
 * `obfs4proxy-0.0.14 - launched`), no logger column. A level glued to a name by a colon before it
 * (Python's `%(name)s:%(levelname)s: %(filename)s:%(lineno)d - `, GNU Radio's `gr::log :WARN: name -`)
 * is a header going on.
 */
export function afterOwnLevelColon(raw: string, j: number): boolean {
  const colon = colonBefore(raw, j);
  if (colon < 0) return false;
  const start = wordStartBefore(raw, colon);
  if (start < 0) return false;
  // In brackets any case (`[Warning]:`), bare only a level word's (`info:`, `WARN:`, not `Error:`).
  if (raw.charCodeAt(start) === 91 && raw.charCodeAt(colon - 1) === 93)
    return (
      isLetter(raw.charCodeAt(start + 1)) && levelSpelling(raw.slice(start + 1, colon - 1)) !== undefined
    );
  return levelWord(raw.slice(start, colon)) !== undefined;
}

/**
 * True when the ` - ` at `j` opens the text: it follows a level's own colon (`afterOwnLevelColon`)
 * and no name and ` - ` come after it. Legendary's `[DLManager] INFO:  - Downloaded: …` and
 * Medusa's `INFO: - Started: …` print the dash in their message; ISAR's `INFO:     - api - text`
 * writes it between the level and its logger's column, a separator of the layout (r124).
 */
export function dashOpensText(raw: string, j: number): boolean {
  if (!afterOwnLevelColon(raw, j)) return false;
  const name = skipSpaces(raw, j + 1);
  const end = tokenEnd(raw, name);
  return end <= name || !raw.startsWith(' - ', end);
}

/**
 * True when `j` follows a level word padded to a width and then its colon, the line's start or a
 * space before the word (`** INFO   : `, `** ERROR  : `): D-Flow FM's `.dia` diagnostics, whose
 * message module writes `level_prefix(levelact)//trim(string)` with prefixes `'** DEBUG  : '`,
 * `'** INFO   : '`, `'** WARNING: '`, `'** ERROR  : '`, `'** FATAL  : '`. What follows is the
 * text, a name and ` : ` in it too (`MPI    : no.`).
 */
function afterPaddedLevelColon(raw: string, j: number): boolean {
  const colon = colonBefore(raw, j);
  if (colon < 0) return false;
  let end = colon;
  while (end > 0 && raw.charCodeAt(end - 1) === 32) end--;
  if (end === colon) return false;
  const start = wordStartBefore(raw, end);
  if (start < 0) return false;
  // Only a level opening the line, or after a run of marks there (`** `): after a time or a name
  // the padded level and ` : ` are a header's columns going on (netdata's `time: program %-5s :
  // thread : `, pyouroboros' `{asctime} : {levelname} : {name} : {message}`).
  for (let k = 0; k < start - 1; k++) {
    const c = raw.charCodeAt(k);
    if (isWordChar(c) || isSpace(c)) return false;
  }
  return levelWord(raw.slice(start, end)) !== undefined;
}

/** The colon that one space or more before `j` follow (`info: ` → its `:`), or -1. */
function colonBefore(raw: string, j: number): number {
  let colon = j - 1;
  while (colon > 0 && raw.charCodeAt(colon) === 32) colon--;
  return colon < j - 1 && raw.charCodeAt(colon) === 58 ? colon : -1;
}

/** Start of the word ending at `end`, opened by a space or the line's start, up to `MAX_LEVEL_TOKEN`, or -1. */
function wordStartBefore(raw: string, end: number): number {
  let start = end;
  while (start > 0 && end - start < MAX_LEVEL_TOKEN && raw.charCodeAt(start - 1) !== 32) start--;
  return start > 0 && raw.charCodeAt(start - 1) !== 32 ? -1 : start;
}

/** Index after the header field at `j`, or `j` when the message starts there. */
function skipField(raw: string, j: number, c: number, n: number, line: ParsedLine): number {
  const next = raw.charCodeAt(j + 1);
  // A lone separator: `notice : text`, `[1234]: text`, `I! text`, `-> text`.
  if ((c === 58 || c === 33) && (isSpace(next) || j + 1 === raw.length)) return j + 1;
  if (c === 45 && next === 62 && isSpace(raw.charCodeAt(j + 2))) return j + 2;
  // zerolog's console writer: `caller > text`; after a lone `-` (`messageStart`'s), the text's.
  if (c === 62 && isSpace(next)) return afterLoneDash(raw, j) ? j : j + 1;
  if (j === targetSlot && isLetter(c)) {
    const spans = tracingSpansEnd(raw, j);
    if (spans > 0) {
      keepId(raw, j, line, 'span', raw.slice(j, spans - 1));
      return spans;
    }
  }
  if (c === 91 && n === 0) {
    const caller = hivemindCallerEnd(raw, j, line);
    if (caller > j) return caller;
  }
  const end = tokenEnd(raw, j);
  if (end < 0 || end >= raw.length) return j;
  if (bracketedId(raw, j, end)) {
    stepped.push(j, raw.indexOf(']', j) + 1);
    return end;
  }
  const named = n === 0 ? tracingNamedThreadEnd(raw, j, end, line) : -1;
  if (named > 0) return moveTargetSlot(raw, j, named);
  if (c === 84 && isTracingThreadId(raw, j, end)) {
    keepId(raw, j, line, 'thread', raw.slice(j + THREAD_ID.length, end - 1));
    return moveTargetSlot(raw, j, end);
  }
  // nginx's `pid#tid` and `*connection`.
  if (isPidHashTid(raw, j, end) || (c === 42 && allDigits(raw, j + 1, end))) {
    stepped.push(j, end);
    return end;
  }
  // ANUGA's `%(mname)25s:%(lnum)-4d|`: a module and its line, the pipe closing the header.
  const located = moduleLineBeforePipe(raw, j);
  if (located > 0) {
    keepId(raw, j, line, 'caller', raw.slice(j, located));
    textAfterPipe = skipSpaces(raw, located) + 1;
    return textAfterPipe;
  }
  // Ruby's caller, `config.rb:171:in \`loadconfig'`: one field with its method, or none.
  const ruby = rubyCallerEnd(raw, j, end);
  if (ruby >= 0) {
    if (ruby > j)
      keepId(raw, j, line, 'caller', raw.slice(j, raw.charCodeAt(ruby - 1) === 58 ? ruby - 1 : ruby));
    return ruby;
  }
  // pytest's `%(name)s:%(filename)s:%(lineno)d`: a logger glued to a source location.
  let colon = j + 1;
  while (colon < end && raw.charCodeAt(colon) !== 58) colon++;
  if (colon < end && isSourceLocation(raw, colon + 1, end) && isNameToken(raw, j, colon, true)) {
    const name = raw.slice(j, colon);
    // A second one (another logger) is kept whole, its location with it.
    if (line.logger !== undefined && line.logger !== name) keepAfterStepped(raw, j, line, raw.slice(j, end));
    else {
      line.logger = name;
      keepId(raw, colon + 1, line, 'caller', raw.slice(colon + 1, end));
    }
    return end;
  }
  let b = end;
  while (b > j && (raw.charCodeAt(b - 1) === 58 || raw.charCodeAt(b - 1) === 93)) b--;
  const opened = c === 40 || c === 91 ? 1 : 0;
  const closed = raw.charCodeAt(b - 1) === 41 && opened === 1 ? 1 : 0;
  // A source location is where the line was logged from: the line's caller, not dropped.
  if (isSourceLocation(raw, j + opened, b - closed)) {
    // `(file.c:12)` is enclosed; in `[mice.c(1766)]` the parenthesis is the location's.
    keepId(raw, j, line, 'caller', raw.slice(j + opened, b - (c === 40 ? closed : 0)));
    return end;
  }
  // Python's `%(filename)s %(lineno)d: ` (Perma's `base.py 152: Not Found: /x`): the file, its line.
  const numbered = fileLineEnd(raw, j, end);
  if (numbered > 0) {
    keepId(raw, j, line, 'caller', raw.slice(j, numbered - 1));
    return numbered;
  }
  // glog's thread id before its location (`1234 main.cc:42] text`), Spring Boot's pid before `---`.
  if (allDigits(raw, j, end)) {
    const k = skipSpaces(raw, end);
    const e = tokenEnd(raw, k);
    let f = e;
    while (f > k && (raw.charCodeAt(f - 1) === 58 || raw.charCodeAt(f - 1) === 93)) f--;
    if (e > 0 && isSourceLocation(raw, k, f)) {
      keepId(raw, j, line, 'thread', raw.slice(j, end));
      keepId(raw, k, line, 'caller', raw.slice(k, f));
      return e;
    }
    if (e === k + 3 && raw.startsWith('---', k)) {
      keepId(raw, j, line, 'pid', raw.slice(j, end));
      dashesEnd = e;
      return e;
    }
    if (n > 0 || !isThreadLoggerColumn(raw, k)) return j;
    // Without the `---`, the pid ends where Spring Boot's would: the thread and logger columns follow.
    keepId(raw, j, line, 'pid', raw.slice(j, end));
    dashesEnd = end;
    return end;
  }
  // A lone `-` or `--` after a field already taken (`CassandraDaemon.java:611 - text`, Ray's
  // `worker.py:1724 -- text`), or Spring's `---`.
  if (c === 45 && n > 0 && (end === j + 1 || (end === j + 2 && next === 45))) return end;
  if (end === j + 3 && raw.startsWith('---', j)) {
    dashesEnd = end;
    return end;
  }
  // A Rust path ending in a colon: `vector::app: text`; a bare crate target in tracing's slot.
  if (
    raw.charCodeAt(end - 1) === 58 &&
    end - 1 > j &&
    (isRustPath(raw, j, end - 1) || tracingTargetAt(raw, j, end))
  ) {
    keepLogger(raw, j, line, raw.slice(j, end - 1));
    return end;
  }
  // pretty_env_logger's target padded to the widest so far, then ` > ` (`INFO  app::net     > text`):
  // a Rust path, or a bare name padded by two spaces or more (`mux      > text`; prose writes
  // `x > 5`), or unpadded, the widest target, after the level its `{:5}` padded (`followsPaddedLevel`).
  // A bare name is a crate's, or a target a program set, hyphens inside (`warp::log("rendezvous-server")`
  // logs each request under that target). The `>` is stepped over as zerolog's is.
  const mark = skipSpaces(raw, end);
  if (
    mark > end &&
    raw.charCodeAt(mark) === 62 &&
    isSpace(raw.charCodeAt(mark + 1)) &&
    (isRustPath(raw, j, end) ||
      (isTargetName(raw, j, end) && (mark - end >= 2 || (isLower(c) && followsPaddedLevel(raw, j)))))
  ) {
    keepLogger(raw, j, line, raw.slice(j, end));
    return mark;
  }
  const after = skipSpaces(raw, end);
  const dash = raw.charCodeAt(after);
  if (after > end && (dash === 45 || dash === 58) && isSpace(raw.charCodeAt(after + 1))) {
    // WSO2's and log4j's `{%c} - text`: the name may stand in braces; JetBrains' idea.log marks
    // its category with `#` (`#c.i.o.v.i.l.NativeFileWatcherImpl - text`).
    const braced = c === 123 && raw.charCodeAt(end - 1) === 125 ? 1 : 0;
    const hashed = c === 35 ? 1 : 0;
    // Spring Boot's `%-40.40logger{39}` after its `---` keeps a longer name's last 40 characters
    // (logback cuts from the left): `.s.d.r.c.RepositoryConfigurationDelegate : text`.
    const cut = c === 46 && dash === 58 && dashesEnd >= 0 && dashesEnd < j ? 1 : 0;
    // After Spring Boot's `logger : ` column the text begins: HikariCP's `"{} - Starting..."`
    // writes its pool's name (`HikariPool-1 - Starting...`) as text.
    if (dash === 45 && colonColumnEnd >= 0 && colonColumnEnd <= j) return j;
    // Right after a level's own colon the text begins (`afterOwnLevelColon`), and a name and ` : `
    // there are the text's too after a level padded to its colon (`afterPaddedLevelColon`).
    if (dash === 45 && n === 0 && afterOwnLevelColon(raw, j)) return j;
    if (dash === 58 && ((n === 0 && afterOwnLevelColon(raw, j)) || afterPaddedLevelColon(raw, j))) return j;
    if (
      isNameToken(raw, j + braced + hashed + cut, end - braced, true) ||
      (braced + hashed === 0 && isBracketedSegmentName(raw, j + cut, end))
    ) {
      keepLogger(raw, j, line, raw.slice(j + braced + hashed, end - braced));
      if (dash === 58 && dashesEnd >= 0 && dashesEnd < j) colonColumnEnd = after + 1;
      return after + 1;
    }
  }
  return j;
}

/**
 * True when the field at `j` follows pretty_env_logger's level, which `" {} {} > {}"` pads to five
 * (`colored_level`: `"INFO "`, `"WARN "`): a four-letter word and two spaces, as prose never writes
 * it; or a five-letter one opening the line (the untimed `formatted_builder`, its opening space
 * cleaned off: ` ERROR lazymc > text`). After a time, `ERROR x > 5` stays text.
 */
function followsPaddedLevel(raw: string, j: number): boolean {
  if (j < 6 || raw.charCodeAt(j - 1) !== 32) return false;
  const word = raw.slice(j - 6, j);
  if (j === 6 && FIVE_LETTER_LEVELS.includes(word)) return true;
  return (word === 'INFO  ' || word === 'WARN  ') && (j === 6 || isSpace(raw.charCodeAt(j - 7)));
}

/**
 * A log target's bare name at [a, b): word characters, with single hyphens inside (`rendezvous-server`);
 * a hyphen never first, last or doubled (`--`, `-x`, `x-` are marks and options, no target's).
 */
function isTargetName(raw: string, a: number, b: number): boolean {
  if (raw.charCodeAt(a) === 45 || raw.charCodeAt(b - 1) === 45) return false;
  for (let k = a; k < b; k++) {
    const c = raw.charCodeAt(k);
    if (c === 45 ? raw.charCodeAt(k + 1) === 45 : !isWordChar(c)) return false;
  }
  return true;
}

/** pretty_env_logger's five-letter level words, with the space before the target. */
const FIVE_LETTER_LEVELS: readonly string[] = ['ERROR ', 'DEBUG ', 'TRACE '];

/** Spring Boot's and log4j's `[%15.15t]`: the thread padded or cut to exactly this many characters. */
const FIXED_THREAD_CHARS = 15;

/**
 * `[%15.15t] %-30.30C{1.} : ` at `k`: a thread in brackets at its fixed width, then a logger's name
 * (dotted or in camel case, cut or padded) and ` : `, the columns Spring Boot writes after its pid
 * and `---`. Apache InLong Manager's `log4j2.xml` writes them after the pid alone
 * (`%d{yyyy-MM-dd HH:mm:ss.SSS} -%5p ${PID:-} [%15.15t] %-30.30C{1.} : %m%n`); only the whole run of
 * columns, the thread's width among them, vouches for a bare number before a bracket
 * (`3 [items] moved : …`, `1 [main] .s.d.Foo : …` are text).
 */
function isThreadLoggerColumn(raw: string, k: number): boolean {
  const close = k + FIXED_THREAD_CHARS + 1;
  if (raw.charCodeAt(k) !== 91 || raw.charCodeAt(close) !== 93 || raw.charCodeAt(close + 1) !== 32)
    return false;
  if (raw.lastIndexOf(']', close - 1) > k) return false;
  const a = close + 2;
  const b = tokenEnd(raw, a);
  if (b < 0) return false;
  const colon = skipSpaces(raw, b);
  if (colon === b || raw.charCodeAt(colon) !== 58 || !isSpace(raw.charCodeAt(colon + 1))) return false;
  const cut = raw.charCodeAt(a) === 46 ? 1 : 0;
  return isNameToken(raw, a + cut, b, false);
}

/**
 * Bracketed names glued together after a level read as header. Layouts that glue them write a
 * component and a category or two (`[INFO][AMF][Init] text`); a longer run of bracketed words is
 * more likely the message's own (a list of tags), and the bound keeps the scan short.
 */
const MAX_GLUED_NAMES = 4;

/**
 * `[name] text` right after a level, as the fixed formats read it (`W! [inputs.cpu] text`): the name
 * is the logger; returns where the text starts. Names glued to it (`[INFO][AMF][Init] text`, a
 * component then a category) are header too; the first is the logger, the others are kept in
 * `fields.header_columns` as written. A name runs to 64 characters, or to `MAX_NAME_COLUMN` where it
 * is a dotted name (a class and its method, as de.willuhn.logging's `Message.toString()` writes
 * `[thread][class.method]`): a longer bracket of other characters (a path, a list) is the text's.
 * The one reading for a line with a time before its level and one without.
 */
export function bracketLoggerEnd(text: string, i: number, line: ParsedLine): number {
  if (text.charCodeAt(i) !== 91 || line.logger !== undefined) return i;
  let open = i;
  let firstClose = -1;
  for (let n = 0; n < MAX_GLUED_NAMES; n++) {
    const close = text.indexOf(']', open);
    if (close < 0 || (close - open > 64 && !isDottedName(text, open, close))) return i;
    if (!/^[\w.:$/#-]+$/.test(text.slice(open + 1, close))) return i;
    if (firstClose < 0) firstClose = close;
    const next = text.charCodeAt(close + 1);
    if (next === 32) {
      line.logger = text.slice(i + 1, firstClose);
      // The names glued after the logger's (a category, a pipeline, a class) stay the line's.
      if (close > firstClose) appendHeaderColumns(line, text.slice(firstClose + 1, close + 1));
      return close + 2;
    }
    if (next !== 91) return i;
    open = close + 1;
  }
  return i;
}

/**
 * A dotted name (a class and its method: `[a.b.Class.method]`) in the bracket opened at `open` and
 * closed at `close`, up to `MAX_NAME_COLUMN`: a bracketed name past 64 characters is header only so.
 */
function isDottedName(text: string, open: number, close: number): boolean {
  return close - open <= MAX_NAME_COLUMN && DOTTED_NAME.test(text.slice(open + 1, close));
}
const DOTTED_NAME = /^[\w$]+(\.[\w$]+)+$/;

/**
 * Longest logger's name column (`tag`, `logger`, a bracketed `class.method`): Java's fully qualified
 * class names run long (Jameica's `[de.willuhn.jameica.hbci.server.hbci.synchronize.SynchronizeSession.run]`).
 */
export const MAX_NAME_COLUMN = 160;

/** Longest name in `angleLoggerEnd`'s brackets, padding included. */
const ANGLE_LOGGER_CHARS = 48;

/**
 * `<gnc.backend.dbi> text` right after a level (GLib's log domain as GnuCash's trace file prints it,
 * padded inside the bracket: `<gnc.scm     >`): a dotted name in angle brackets is the logger, as a
 * bracketed one is; returns where the text starts. A name without a dot (`<none>`, `<html>`) is text.
 */
export function angleLoggerEnd(text: string, i: number, line: ParsedLine): number {
  if (text.charCodeAt(i) !== 60 || line.logger !== undefined) return i;
  const close = text.indexOf('> ', i + 1);
  if (close < 0 || close - i > ANGLE_LOGGER_CHARS) return i;
  const name = text.slice(i + 1, close).trimEnd();
  if (!/^[A-Za-z_][\w-]*(?:\.[\w-]+)+$/.test(name)) return i;
  line.logger = name;
  return close + 2;
}

/**
 * Index after an arrow at `j` that a space or the line's end follows (`>`, `->`, `-->`, `=>`, `==>`,
 * `>>`: dashes or equals signs, then one to three `>`, four characters at most), else `j`. Right
 * after a line's time it parts the header from the text (`… 08:14:51 --> text`); after
 * other fields it may be the text's own (OkHttp's `--> GET`, mkinitcpio's `==> Building`).
 */
export function arrowEnd(raw: string, j: number): number {
  let k = j;
  while (k - j < 3 && (raw.charCodeAt(k) === 45 || raw.charCodeAt(k) === 61)) k++;
  const shaft = k;
  while (k - j < 4 && raw.charCodeAt(k) === 62) k++;
  if (k === shaft || k - shaft > 3) return j;
  return isSpace(raw.charCodeAt(k)) || k === raw.length ? k : j;
}

/** `1071#1075`: nginx's process and thread ids. */
function isPidHashTid(raw: string, a: number, b: number): boolean {
  if (!isDigit(raw.charCodeAt(a))) return false;
  let hash = a + 1;
  while (hash < b && raw.charCodeAt(hash) !== 35) hash++;
  return hash > a && hash < b - 1 && allDigits(raw, a, hash) && allDigits(raw, hash + 1, b);
}

/**
 * True when [a, b) is a Rust module path (`app::db`), which tracing and env_logger write before a
 * colon. Other `name:` words (`plugin/reload:`, `Abort.404:`) are often the message's own start.
 */
function isRustPath(raw: string, a: number, b: number): boolean {
  let path = false;
  for (let k = a; k < b; k++) {
    const c = raw.charCodeAt(k);
    if (c === 58) {
      if (raw.charCodeAt(k + 1) !== 58) return false;
      path = true;
      k++;
    } else if (!isWordChar(c)) return false;
  }
  return path;
}

/**
 * In a layout whose columns are separated by `delimiter` (a tab or `|`), the one-word columns
 * before the message (a thread, a logger, a caller): skipped while another column follows that is
 * not structured data (`{…}`, `[…]`, zap's and others' context).
 */
function skipColumns(raw: string, i: number, delimiter: number): number {
  let j = i;
  for (let n = 0; n < MAX_FIELDS; n++) {
    let k = j;
    while (k < raw.length && k - j <= MAX_FIELD) {
      const c = raw.charCodeAt(k);
      if (c === delimiter || c === 32 || c === 9) break;
      k++;
    }
    // A column padded to its width (`Accounting    |`), or an empty one (`|   |`), in a pipe layout.
    const word = k;
    if (delimiter === 124) while (raw.charCodeAt(k) === 32) k++;
    if ((word === j && k === j) || raw.charCodeAt(k) !== delimiter) return j;
    const rest = k + 1;
    const r = raw.charCodeAt(rest);
    if (rest >= raw.length || r === 123 || r === 91 || r === delimiter) return j;
    j = rest;
  }
  return j;
}

/** `raw[a, b)`, delimited columns `skipColumns` stepped over, added to `fields.header_columns` as written. */
function keepSteppedColumns(raw: string, a: number, b: number, delimiter: number, line: ParsedLine): void {
  let e = b;
  while (e > a && (raw.charCodeAt(e - 1) === delimiter || isSpace(raw.charCodeAt(e - 1)))) e--;
  if (e > a) appendHeaderColumns(line, raw.slice(a, e));
}

/** Longest logger name read before a level joined to it by a colon. */
const MAX_JOINED_NAME = 160;

/**
 * Start of a logger's name joined by a colon to the level word at [a, b), Python logging's
 * `%(name)s:%(levelname)s:%(message)s` (`pulpcore.tasking.tasks:INFO: text`): the level in
 * capitals, a colon and a space after it, and before it a name (letters, digits, `_`, `.`, `-`,
 * opening with a letter or `_`) that opens its field. -1 when the level stands otherwise
 * (`mode:DEBUG:on`, `http://h:ERROR:`, `app.db:Error:`).
 */
export function joinedLoggerStart(text: string, a: number, b: number): number {
  if (text.charCodeAt(b) !== 58 || !isSpace(text.charCodeAt(b + 1))) return -1;
  return nameJoinedBefore(text, a, b, 58);
}

/**
 * Start of a category's name joined by a dot to the level word at [a, b) in capitals, with a
 * process id glued after a colon: Log4perl's `%c.%p:%P` (`openxpki.system.INFO:41201 text`). -1
 * when the level stands otherwise (Monolog's `channel.LEVEL: text` keeps its channel as a column).
 */
export function categoryBeforeLevelStart(text: string, a: number, b: number): number {
  if (text.charCodeAt(b) !== 58) return -1;
  let k = b + 1;
  while (isDigit(text.charCodeAt(k))) k++;
  if (k === b + 1 || !isSpace(text.charCodeAt(k))) return -1;
  return nameJoinedBefore(text, a, b, 46);
}

/** Start of a name opening its field and joined by `joiner` to the capitals at [a, b), else -1. */
function nameJoinedBefore(text: string, a: number, b: number, joiner: number): number {
  if (a < 2 || text.charCodeAt(a - 1) !== joiner) return -1;
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c < 65 || c > 90) return -1;
  }
  let s = a - 1;
  while (s > 0 && a - 1 - s < MAX_JOINED_NAME) {
    const c = text.charCodeAt(s - 1);
    if (!isWordChar(c) && c !== 46 && c !== 45) break;
    s--;
  }
  if (s === a - 1 || (s > 0 && !isSpace(text.charCodeAt(s - 1)))) return -1;
  const first = text.charCodeAt(s);
  return isLetter(first) || first === 95 ? s : -1;
}

/** Longest logger name read before a level set apart from it by a separator. */
const MAX_SEPARATED_NAME = 64;

/**
 * Start of a logger's name standing alone between the time at [`timeStart`, `end`), which opens the
 * line (alone or in a bracket), and the level word starting at `levelStart`, set apart from the level by a colon or a dash: Python logging's formats
 * with the name before the level (`%(asctime)s - %(name)-12s: %(levelname)-8s %(message)s`,
 * DenyHosts' `2026-… - denyhosts   : INFO     text`; `%(asctime)s %(name)s - %(levelname)s …`). One
 * ` - ` may stand before the name; the name (letters, digits, `_`, `.`, `-`, opening with a letter
 * or `_`) may be padded before its separator, and a dash needs a space on both sides. The name ends
 * where the start returned plus its length, `separatedNameEnd`. -1 when anything else stands there.
 */
export function separatedLoggerStart(
  text: string,
  timeStart: number,
  end: number,
  levelStart: number,
): number {
  // The time opens the line (in a bracket or not): after words of text, the columns are the text's.
  for (let j = 0; j < timeStart; j++) if (text.charCodeAt(j) !== 91) return -1;
  const timeEnd = timeStart > 0 && text.charCodeAt(end) === 93 ? end + 1 : end;
  let k = levelStart - 1;
  if (k <= timeEnd || text.charCodeAt(k) !== 32) return -1;
  while (k > timeEnd && text.charCodeAt(k) === 32) k--;
  const separator = text.charCodeAt(k);
  if (separator !== 58 && !(separator === 45 && text.charCodeAt(k - 1) === 32)) return -1;
  k--;
  while (k > timeEnd && text.charCodeAt(k) === 32) k--;
  separatedNameEnd = k + 1;
  while (k >= timeEnd && separatedNameEnd - k <= MAX_SEPARATED_NAME) {
    const c = text.charCodeAt(k);
    if (!isWordChar(c) && c !== 46 && c !== 45) break;
    k--;
  }
  const start = k + 1;
  const first = text.charCodeAt(start);
  if (start === separatedNameEnd || !(isLetter(first) || first === 95)) return -1;
  // Before the name: the time's end, its spaces, and at most one ` - `.
  while (k >= timeEnd && text.charCodeAt(k) === 32) k--;
  if (k >= timeEnd && text.charCodeAt(k) === 45 && text.charCodeAt(k + 1) === 32) {
    k--;
    while (k >= timeEnd && text.charCodeAt(k) === 32) k--;
  }
  return k === timeEnd - 1 && start > timeEnd ? start : -1;
}

/** End of the name `separatedLoggerStart` last found. */
export let separatedNameEnd = 0;
