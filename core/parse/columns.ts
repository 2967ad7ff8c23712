/**
 * Header columns learned per source at the front (and the end) of the message: what the per-line header reader
 * left before the text because one line alone does not show it is a column (a thread or component
 * in brackets, a `name:` tag, an id, a word padded to its width). Across a source's lines a column
 * shows itself: nearly every line has a field of the same shape in the same place, with values that
 * change from line to line. Pure, never throws, bounded: at most `MAX_COLUMNS` columns, each within
 * `MAX_COLUMN` characters.
 */

import { MIN_AGREEMENT } from './agreement.ts';
import { isDigit, isHexDigit, isLetter, isLower, isLowerRun, isUpper } from './calendar.ts';
import {
  isFileFunctionLine,
  isNameChar,
  isSourceLocation,
  isSpace,
  isWordChar,
  MAX_NAME_COLUMN,
} from './header-fields.ts';
import {
  isAtLeast,
  isLetterLevelSet,
  type Level,
  levelSpelling,
  opensTextUnmarked,
  placedLevelSpelling,
  priorityLetterLevel,
} from './levels.ts';
import { appendHeaderColumns, idValue, isFieldFree } from './line.ts';
import { splitLocationLevel } from './location-level.ts';
import { isOutcomeWord } from './proven-column.ts';
import type { ParsedLine } from './types.ts';

/** Shapes of a column at the front of a message. */
export type ColumnShape =
  | 'bracket'
  | 'angle'
  | 'brace'
  | 'paren'
  | 'tag'
  | 'process'
  | 'pid'
  | 'padded'
  | 'id'
  | 'idPair'
  | 'tab'
  | 'piped'
  | 'method'
  | 'logger'
  | 'capitals'
  | 'comma'
  | 'location'
  | 'module'
  | 'moduleIds'
  | 'call'
  | 'stacktrace'
  | 'component'
  | 'separator';

/** Shapes tried in this order; the first that most lines share is the column. */
const SHAPES: readonly ColumnShape[] = [
  'bracket',
  'angle',
  'brace',
  'paren',
  'tag',
  'location',
  'module',
  // Before `id`: its process and thread ids after the module's name.
  'moduleIds',
  'process',
  'pid',
  'id',
  'idPair',
  // Before `padded`: a class's method padded before its colon (`o.o.k.RunKernel.main()   : `) is a call.
  'call',
  'stacktrace',
  'padded',
  'tab',
  'piped',
  'method',
  'logger',
  'capitals',
  'comma',
  'component',
  'separator',
];

/**
 * Columns learned one after another at most. Six: the Open edX services' `standard` console format
 * writes that many between its level and its text (license-manager's `get_logger_config`:
 * `%(process)d [%(name)s] [user %(userid)s] [ip %(remoteip)s] [request_id %(request_id)s]
 * %(filename)s:%(lineno)d - `; edx-platform's and edx-exams' the same without the request id).
 */
const MAX_COLUMNS = 6;
/** Longest column. */
const MAX_COLUMN = 64;
/**
 * Longest location opening the text: a source tree's path with its function (yuzu's
 * `video_core/renderer_vulkan/vk_pipeline_cache.cpp:CreateGraphicsPipeline:590:`) is longer than a
 * name; `isSourceLocation` reads no more than this either.
 */
const MAX_LOCATION = 96;
/** Messages a column is learned from at least. */
const MIN_MESSAGES = 3;

/**
 * Index after the spaces at or after `i`, and a lone separator after them (`-`, `>`, `|`, `:`); the
 * text must go on after them. A column closed by its own colon has its separator: a mark after it is
 * the text's (Embulk's `(0001:task-0000): > 5.16 seconds`).
 */
function textAfter(text: string, i: number): number {
  let k = i;
  while (isSpace(text.charCodeAt(k))) k++;
  if (k === i) return -1;
  const c = text.charCodeAt(k);
  if (
    (c === 45 || c === 62 || c === 124 || c === 58) &&
    isSpace(text.charCodeAt(k + 1)) &&
    text.charCodeAt(i - 1) !== 58
  ) {
    k++;
    while (isSpace(text.charCodeAt(k))) k++;
    if (c === 45 && opensQuotedRequest(text, k) && endsWithPort(text, i)) return -1;
  }
  return k < text.length ? k : -1;
}

/**
 * An access line's client, `203.0.113.24:51622 - "GET /x HTTP/1.1" 200` (uvicorn's
 * `%(client_addr)s - "%(request_line)s"`): an address and its port before a dash and the quoted
 * request are the text's subject, no column, however many lines open so.
 */
function endsWithPort(text: string, end: number): boolean {
  let k = end;
  while (k > 0 && isSpace(text.charCodeAt(k - 1))) k--;
  const digitsEnd = k;
  while (k > 0 && digitsEnd - k < 5 && isDigit(text.charCodeAt(k - 1))) k--;
  return k < digitsEnd && k >= 2 && text.charCodeAt(k - 1) === 58 && text.charCodeAt(k - 2) !== 58;
}

/** `"GET /path HTTP/1.1"`: a quote, an upper-case method and a space at `k`. */
function opensQuotedRequest(text: string, k: number): boolean {
  if (text.charCodeAt(k) !== 34) return false;
  let m = k + 1;
  while (m - k <= 8 && isUpper(text.charCodeAt(m))) m++;
  return m - k > 3 && text.charCodeAt(m) === 32;
}

/**
 * `[…]` with brackets balanced inside (`[be[corp]]`), then an optional `:` and spaces. `wide`: up to
 * `MAX_NAME_COLUMN` characters where the bracket holds no space (`Columns.wide`).
 */
function bracketEnd(text: string, i: number, open: number, close: number, wide = false): number {
  if (text.charCodeAt(i) !== open) return -1;
  let depth = 0;
  let spaced = false;
  const limit = Math.min(text.length, i + (wide ? MAX_NAME_COLUMN : MAX_COLUMN));
  for (let k = i; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === open) depth++;
    else if (c === 32) spaced = true;
    else if (c === close && --depth === 0) {
      // `[]` alone is an empty field only where the source writes one on most lines (`isEmptyField`).
      if (k === i + 1 && open !== 91) return -1;
      if (spaced && k - i >= MAX_COLUMN) return -1;
      return textAfter(text, text.charCodeAt(k + 1) === 58 ? k + 2 : k + 1);
    }
  }
  return -1;
}

/**
 * log4j's `(%C.%M:%L)`, `(%F:%L)`: where the line was logged from, in parentheses, a dotted name
 * (`(pid:3112)` is a process id; `parenCaller` tells a host and port from a class or file).
 */
const PAREN_LOCATION = /^\(([A-Za-z_$][\w$]*(?:\.[\w$]+)+:\d{1,6})\)/;

/**
 * `(com.serotonin.mango.rt.RuntimeManager.initialize:142) - `: a class's or file's name and a line
 * number in parentheses (log4j's `(%C.%M:%L)`, `(%F:%L)`), as long as a qualified class name runs
 * (`MAX_NAME_COLUMN`), then an optional `:` and a lone separator.
 */
function parenLocationEnd(text: string, i: number): number {
  const m = PAREN_LOCATION.exec(
    text.length - i > MAX_NAME_COLUMN ? text.slice(i, i + MAX_NAME_COLUMN) : text.slice(i),
  );
  if (m === null) return -1;
  const k = i + m[0].length;
  return textAfter(text, text.charCodeAt(k) === 58 ? k + 1 : k);
}

/**
 * Hyphanet's (Freenet's) header, `FileLoggerHook`'s `d (c, t, p): m`: the class, the thread (its name
 * may hold spaces and a parenthesis, `FCPServer(9481)`) and the level, one of `Logger.LogLevel`'s
 * names, before `: ` and the text.
 */
const FRED_HEADER =
  /^\(([a-z][\w$]*(?:\.[\w$]+)+), ([^(),]*(?:\([^(),]*\))?[^(),]*), (ERROR|WARNING|NORMAL|MINOR|DEBUG)\): /;

/** Hyphanet's `LogLevel` names: NORMAL its ordinary lines, MINOR the detail below them. */
const FRED_LEVELS: Readonly<Record<string, Level>> = {
  ERROR: 'ERROR',
  WARNING: 'WARN',
  NORMAL: 'INFO',
  MINOR: 'DEBUG',
  DEBUG: 'DEBUG',
};

/** `(freenet.node.NodeStarter, main, NORMAL): `: Hyphanet's header at `i` (`FRED_HEADER`), however long its thread. */
function fredHeaderEnd(text: string, i: number): number {
  const m = FRED_HEADER.exec(
    text.length - i > MAX_NAME_COLUMN ? text.slice(i, i + MAX_NAME_COLUMN) : text.slice(i),
  );
  return m === null ? -1 : textAfter(text, i + m[0].length - 1);
}

/** True when at least `needed` of `messages` hold Hyphanet's header at `at` (`fredHeaderEnd`). */
function holdsFredHeaders(messages: readonly string[], at: readonly number[], needed: number): boolean {
  let held = 0;
  for (let m = 0; m < messages.length; m++)
    if (fredHeaderEnd(messages[m] as string, at[m] as number) >= 0) held++;
  return held >= needed;
}

/**
 * Hyphanet's header a learned parenthesised column holds (`FRED_HEADER`), where the sample showed it
 * there (`Columns.fredHeader`): its level, its class as the logger and its thread, into `line` where
 * the line has none of them yet. False when it is no such header.
 */
function readFredHeader(value: string, line: ParsedLine): boolean {
  const m = FRED_HEADER.exec(`${value} `);
  if (m === null) return false;
  line.level ??= FRED_LEVELS[m[3] as string];
  line.logger ??= m[1];
  if (line.fields.thread === undefined) line.fields.thread = m[2] as string;
  return true;
}

/**
 * The place in code a parenthesis names (`(com.a.RuntimeManager.initialize:142)`, `(worker.py:12)`):
 * a class, its name capitalised, or a source file; a host and its port (`(db1.example.com:5432)`)
 * names none.
 */
function parenCaller(value: string): string | undefined {
  const where = PAREN_LOCATION.exec(value)?.[1];
  if (where === undefined) return undefined;
  for (let k = 0; k < where.length; k++) if (isUpper(where.charCodeAt(k))) return where;
  return isSourceLocation(where, 0, where.length) ? where : undefined;
}

/**
 * True when a URL opens at `i`: a scheme (a letter, then letters, digits, `+`, `.`, `-`) and `://`.
 * In angle brackets (`<https://host/path> text`, as RFC 3986's appendix C delimits a URL in text)
 * it is what the text is about, never a column of the layout.
 */
function isUrlAt(text: string, i: number): boolean {
  if (!isLower(text.charCodeAt(i)) && !isUpper(text.charCodeAt(i))) return false;
  let k = i + 1;
  while (k < i + 32) {
    const c = text.charCodeAt(k);
    if (!isLower(c) && !isUpper(c) && !isDigit(c) && c !== 43 && c !== 46 && c !== 45) break;
    k++;
  }
  return text.startsWith('://', k);
}

/**
 * `<k3j4h5g6> `, `{app.views:196} `, `{Main.cpp}: `: a token in angle brackets or in braces without
 * spaces (in braces, no quotes either: `{"a":1}` is JSON context, the text's; in angle brackets no URL,
 * `isUrlAt`), then an optional `:`, or after angle brackets `@` and a location.
 */
function tokenInEnd(text: string, i: number, open: number, close: number): number {
  if (text.charCodeAt(i) !== open || (open === 60 && isUrlAt(text, i + 1))) return -1;
  const limit = Math.min(text.length, i + MAX_COLUMN);
  for (let k = i + 1; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === close) {
      if (k === i + 1) return -1;
      let after = text.charCodeAt(k + 1) === 58 ? k + 2 : k + 1;
      // lager's `<0.254.0>@vmq_cluster_node:init:52 `: an Erlang pid and where it logged from.
      if (open === 60 && text.charCodeAt(k + 1) === 64)
        while (after < limit + MAX_COLUMN && after < text.length && !isSpace(text.charCodeAt(after))) after++;
      return textAfter(text, after);
    }
    if (isSpace(c) || c === open || c === 34) return -1;
  }
  return -1;
}

/**
 * `name: ` with a name in lower case (`agent:`, `bt_hci_core:`) or capitals (`BGP:`), never a
 * capitalised word (`Installed:`, `Error:`), which more often opens the text.
 */
function tagEnd(text: string, i: number): number {
  const first = text.charCodeAt(i);
  if (!isUpper(first) && !isLower(first)) return -1;
  let lower = false;
  let other = false;
  const limit = Math.min(text.length, i + MAX_NAME_COLUMN);
  for (let k = i; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 58) {
      if (k === i || !isSpace(text.charCodeAt(k + 1))) return -1;
      // `Installed:` opens the text; `AMQ101000:`, `UI_COMMIT:` are message ids, part of it.
      if (isUpper(first) && (lower || other)) return -1;
      return textAfter(text, k + 1);
    }
    if (isLower(c)) lower = true;
    else if (isDigit(c) || c === 95 || c === 46 || c === 47) other = true;
    // A hyphen joins the words of a name in either case (`Z-WAVE:`, `bt-hci:`).
    else if (!isUpper(c) && c !== 45) return -1;
  }
  return -1;
}

/**
 * `7f3a9c7fe640 `, `1228  `, `0x1a2b `: a decimal or hexadecimal id (a hexadecimal one with a digit or
 * `0x`); or a message id, a product's letters and two numbers or more joined by dashes (Veritas'
 * unique message ids in NetBackup, InfoScale and Cluster Server logs: `V-117-102`, `V-16-1-10196`).
 * Two ids joined by a slash are a column of their own shape (`idPairEnd`): in an id column a later
 * line's `3/4 of the disks` is text (review79).
 */
function idEnd(text: string, i: number): number {
  const messageId = isUpper(text.charCodeAt(i)) ? messageIdEnd(text, i) : -1;
  if (messageId >= 0) return messageId;
  const prefixed = text.charCodeAt(i) === 48 && (text.charCodeAt(i + 1) | 32) === 120 ? 2 : 0;
  let digits = 0;
  let k = i + prefixed;
  const limit = Math.min(text.length, i + 24);
  for (; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (isDigit(c)) digits++;
    else if (!isHexDigit(c)) break;
  }
  const n = k - i - prefixed;
  if (n === 0 || (digits === 0 && prefixed === 0) || (prefixed === 0 && digits !== n && n < 4)) return -1;
  return isSpace(text.charCodeAt(k)) ? textAfter(text, k) : -1;
}

/** Most digits of each id of a pair (`idPairEnd`). */
const PAIRED_ID_DIGITS = 5;

/** Where the digits of one id of a pair, at most `PAIRED_ID_DIGITS` from `i`, end; `i` when none. */
function pairedIdDigitsEnd(text: string, i: number): number {
  let k = i;
  while (k - i < PAIRED_ID_DIGITS && isDigit(text.charCodeAt(k))) k++;
  return k;
}

/**
 * `01/02 `: two numbers joined by a slash, a pair of ids (l2tpns's `LOG()`, `"%s %02d/%02d %s"`, the
 * tunnel and the session). A column only where most of a source's lines open so (`learnColumns`).
 */
function idPairEnd(text: string, i: number): number {
  const slash = pairedIdDigitsEnd(text, i);
  if (slash === i || text.charCodeAt(slash) !== 47) return -1;
  const k = pairedIdDigitsEnd(text, slash + 1);
  return k > slash + 1 && isSpace(text.charCodeAt(k)) ? textAfter(text, k) : -1;
}

/**
 * An access record's status and latency, `200 |    1.482311ms |` (Gin's default request logger,
 * `defaultLogFormatter`: `"[GIN] %v |%s %3d %s| %13v | %15s |%s %-7s %s %#v"`, the latency a Go
 * `time.Duration`): the record is the text, none of its fields a column, however many lines open so.
 */
function opensStatusAndLatency(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 49 || c > 53 || text.charCodeAt(i + 3) !== 32 || text.charCodeAt(i + 4) !== 124) return false;
  let k = i + 5;
  while (text.charCodeAt(k) === 32) k++;
  const end = goDurationEnd(text, k);
  if (end < 0) return false;
  k = end;
  while (text.charCodeAt(k) === 32) k++;
  return end > 0 && text.charCodeAt(k) === 124;
}

/** Go's units of a `time.Duration` as `String` writes them, longest first. */
const GO_DURATION_UNITS = ['ns', 'µs', 'us', 'ms', 'h', 'm', 's'];

/** The end of a Go `time.Duration` written at `i` (`412.318µs`, `1.48ms`, `1m2.5s`, `0s`), else -1. */
function goDurationEnd(text: string, i: number): number {
  let k = i;
  while (isDigit(text.charCodeAt(k))) {
    while (isDigit(text.charCodeAt(k))) k++;
    if (text.charCodeAt(k) === 46 && isDigit(text.charCodeAt(k + 1))) {
      k++;
      while (isDigit(text.charCodeAt(k))) k++;
    }
    const unit = GO_DURATION_UNITS.find((u) => text.startsWith(u, k));
    if (unit === undefined) return -1;
    k += unit.length;
  }
  return k > i ? k : -1;
}

/** Most letters and numbers of a message id (`messageIdEnd`). */
const MESSAGE_ID_LETTERS = 4;
const MESSAGE_ID_NUMBERS = 4;

/**
 * `V-117-102 `: one to four capitals, then two to four numbers each after a dash (one, `ORA-00942`,
 * `CVE-2026`, is a code the text names), then a space.
 */
function messageIdEnd(text: string, i: number): number {
  let k = i;
  while (k - i < MESSAGE_ID_LETTERS && isUpper(text.charCodeAt(k))) k++;
  let numbers = 0;
  while (numbers < MESSAGE_ID_NUMBERS && text.charCodeAt(k) === 45 && isDigit(text.charCodeAt(k + 1))) {
    k++;
    while (isDigit(text.charCodeAt(k))) k++;
    numbers++;
  }
  return numbers >= 2 && isSpace(text.charCodeAt(k)) ? textAfter(text, k) : -1;
}

/** `proftpd[4711] `, `build01(28817) `: a name and a number in brackets or parentheses glued to it. */
function processEnd(text: string, i: number): number {
  let k = i;
  const limit = Math.min(text.length, i + MAX_COLUMN);
  while (k < limit && isNameChar(text.charCodeAt(k))) k++;
  const open = text.charCodeAt(k);
  if (k === i || (open !== 91 && open !== 40)) return -1;
  k++;
  while (text.charCodeAt(k) === 32) k++;
  const digits = k;
  while (k < limit && isDigit(text.charCodeAt(k))) k++;
  if (k === digits || text.charCodeAt(k) !== (open === 91 ? 93 : 41)) return -1;
  return textAfter(text, text.charCodeAt(k + 1) === 58 ? k + 2 : k + 1);
}

/**
 * `(pid:3112) `, `[pid 4242] `, `[PID=7] `: a process or thread id named as such, in brackets or
 * parentheses (HTCondor's `D_PID`); or bare, its label glued by `:` (`pid:1187 `, `pid:1187: `: PHP
 * daemons' `date(…) . ' pid:' . posix_getpid()`, Workerman's), which every line of the sample must
 * open with, its number changing (`learnColumns`, `sharedColumn`).
 */
function labelledIdEnd(text: string, i: number): number {
  const open = text.charCodeAt(i);
  const bare = open !== 40 && open !== 91 ? 1 : 0;
  if (labelledIdKey(text, i + 1 - bare) === undefined) return -1;
  const sep = text.charCodeAt(i + 4 - bare);
  if (sep !== 58 && (bare === 1 || (sep !== 61 && sep !== 32))) return -1;
  let k = i + 5 - bare;
  const digits = k;
  while (k < i + 24 && isDigit(text.charCodeAt(k))) k++;
  if (k === digits) return -1;
  if (bare === 1) {
    const after = text.charCodeAt(k) === 58 ? k + 1 : k;
    return text.charCodeAt(after) === 32 ? textAfter(text, after) : -1;
  }
  if (text.charCodeAt(k) !== (open === 91 ? 93 : 41)) return -1;
  return textAfter(text, text.charCodeAt(k + 1) === 58 ? k + 2 : k + 1);
}

/** `pid` or `tid` for the three letters of a process's or thread's label at `i` (`pid`, `PID`, `Tid`). */
function labelledIdKey(text: string, i: number): 'pid' | 'tid' | undefined {
  const label = text.slice(i, i + 3).toLowerCase();
  return label === 'pid' || label === 'tid' ? label : undefined;
}

/** True for a labelled id written with no bracket around it (`pid:1187`). */
function isBareId(value: string | undefined): boolean {
  return value !== undefined && value.charCodeAt(0) !== 40 && value.charCodeAt(0) !== 91;
}

/** The id a labelled id column holds (`labelledIdEnd`), as its field's key and its digits. */
function labelledId(value: string): readonly ['pid' | 'tid', string] | undefined {
  const bare = isBareId(value) ? 1 : 0;
  const key = labelledIdKey(value, 1 - bare);
  const digits = /\d+/.exec(value.slice(4 - bare));
  return key === undefined || digits === null ? undefined : [key, digits[0]];
}

/** `kernel  `, `ComApi          `: one word and two or more spaces, a column padded to its width, or one space before a pipe. */
function paddedEnd(text: string, i: number): number {
  let k = i;
  const limit = Math.min(text.length, i + MAX_COLUMN);
  while (k < limit && !isSpace(text.charCodeAt(k))) k++;
  if (k === i || text.charCodeAt(k) !== 32) return -1;
  // `worker.1 | text`: one space is enough before a pipe (Procfile runners, docker compose), and
  // before a dash (log4j's `%c{1} - %m`, a category: `imap - text`).
  const next = text.charCodeAt(k + 1);
  if (next !== 32 && !((next === 124 || next === 45) && isSpace(text.charCodeAt(k + 2)))) return -1;
  // In a tab-separated layout a dash is inside a column of words (`Runtime - Data Connections\t`).
  if (next === 45 && tabWithin(text, k)) return -1;
  return textAfter(text, k);
}

/** True when at least `needed` of `messages` open with a word and ` - ` (`obfs4proxy - launched`). */
function dashedNames(messages: readonly string[], needed: number): boolean {
  let count = 0;
  for (const text of messages) {
    const end = text.indexOf(' ');
    if (end > 0 && end <= MAX_COLUMN && text.startsWith(' - ', end) && ++count >= needed) return true;
  }
  return false;
}

/** True when a tab follows `k` within a column's length. */
function tabWithin(text: string, k: number): boolean {
  const tab = text.indexOf('\t', k);
  return tab >= 0 && tab - k < MAX_COLUMN;
}

/**
 * `Service Control Manager\t`: anything up to a tab, a column of a tab-separated layout. Not the
 * text before JSON context (zap's console encoder, `msg\t{"name":"pool"}`): that is the message.
 */
function tabEnd(text: string, i: number): number {
  let k = i;
  const limit = Math.min(text.length, i + MAX_COLUMN);
  while (k < limit && text.charCodeAt(k) !== 9) k++;
  if (k === i || text.charCodeAt(k) !== 9) return -1;
  const after = textAfter(text, k);
  if (after < 0) return -1;
  const open = text.charCodeAt(after);
  return (open === 123 || open === 91) && contextStart(text, text.length) === after - 1 ? -1 : after;
}

/** A lead column's value at [start, end): without the spaces after it, or the pipe a piped one ends with. */
function leadValue(text: string, start: number, end: number, shape: ColumnShape): string {
  return shape === 'piped' ? text.slice(start, end - 1) : text.slice(start, end).trimEnd();
}

/** Longest name glued to the mark after it (`gluedNameEnd`). */
const MAX_GLUED_NAME = 32;

/**
 * End of a name at `i` a mark may be glued to (`pipedEnd`'s `|`, `commaNameEnd`'s `,`): a letter, then
 * letters, digits, `_`, `-` or `.`, within `MAX_GLUED_NAME`; -1 for one letter alone, a record's kind
 * and no name (apt-cacher-ng's `epoch|O|size|client|path`), or none.
 */
function gluedNameEnd(text: string, i: number): number {
  if (!isLetter(text.charCodeAt(i))) return -1;
  let k = i + 1;
  const limit = Math.min(text.length, i + MAX_GLUED_NAME);
  while (k < limit && isNameChar(text.charCodeAt(k))) k++;
  return k === i + 1 ? -1 : k;
}

/**
 * `process-upload|`: a name glued to a pipe with no space around it, a column of a layout that joins
 * its fields with `|` (dak's `daklog.py`: the details after `time.strftime("%Y%m%d%H%M%S")`, the
 * program's and the user's names, `"|".join(details)`); the text goes on right after the pipe. Its
 * details are joined so too: only the columns most lines share are the header's (`sharedColumn`),
 * the text keeps the rest and their pipes.
 */
function pipedEnd(text: string, i: number): number {
  const k = gluedNameEnd(text, i);
  if (k < 0 || text.charCodeAt(k) !== 124) return -1;
  const next = text.charCodeAt(k + 1);
  return k + 1 < text.length && next !== 124 && !isSpace(next) ? k + 1 : -1;
}

/**
 * `contextInitialized `, `sendError `: a method name in lower camel case (log4j's and logback's `%M`),
 * a lower-case letter first and a capital inside, letters and digits only.
 */
function methodEnd(text: string, i: number): number {
  if (!isLower(text.charCodeAt(i))) return -1;
  let k = i + 1;
  let hump = false;
  const limit = Math.min(text.length, i + MAX_COLUMN);
  while (k < limit) {
    const c = text.charCodeAt(k);
    if (isUpper(c)) hump = true;
    else if (!isLower(c) && !isDigit(c)) break;
    k++;
  }
  return hump && text.charCodeAt(k) === 32 ? textAfter(text, k) : -1;
}

/**
 * `org.apache.sling.engine.impl.SlingMainServlet `, `metabase.core :: `: a logger's dotted name
 * (log4j's and logback's `%c` with no separator before the text, or Clojure's ` :: `): a lower-case
 * letter first, at least one dot, none doubled or last. Or a .NET namespace.
 */
function loggerEnd(text: string, i: number): number {
  if (isUpper(text.charCodeAt(i))) {
    const end = namespaceEnd(text, i);
    return end >= 0 ? end : namedLoggerLineEnd(text, i);
  }
  if (!isLower(text.charCodeAt(i))) return -1;
  let k = i + 1;
  let dots = 0;
  const limit = Math.min(text.length, i + MAX_NAME_COLUMN);
  while (k < limit) {
    const c = text.charCodeAt(k);
    if (c === 46) {
      if (text.charCodeAt(k - 1) === 46) return -1;
      dots++;
    } else if (!isWordChar(c) && c !== 45 && c !== 36) break;
    k++;
  }
  if (dots === 0 || text.charCodeAt(k - 1) === 46) return -1;
  // Crystal's `Log::StaticFormatter` writing the fiber's context right after the source.
  if (text.charCodeAt(k) === 91) k = metadataBracketEnd(text, k);
  if (k < 0) return -1;
  // log4j's `%c:%L`, a class and the line it logged from: `com.example.Boot:110 ` (its last part
  // capitalised: `db.example.com:5432` is a host and port).
  if (
    text.charCodeAt(k) === 58 &&
    isDigit(text.charCodeAt(k + 1)) &&
    isUpper(text.charCodeAt(text.lastIndexOf('.', k) + 1))
  ) {
    k++;
    while (isDigit(text.charCodeAt(k))) k++;
  }
  if (text.charCodeAt(k) !== 32) return -1;
  return textAfter(text, text.startsWith(' :: ', k) ? k + 3 : k);
}

/**
 * `root `: Python's root logger, whose name `%(name)s` writes where a module's logger writes its dotted
 * name (CPython's `logging.RootLogger` is `Logger.__init__(self, "root", level)`; `logging.info()` and
 * `logging.getLogger()` log through it). Read only in a learned logger column (`skipColumns`), never
 * while learning one: a sample of texts opening with the word (`root : TTY=pts/0 ; …`) proves no column.
 */
function rootLoggerEnd(text: string, i: number): number {
  return text.startsWith('root ', i) && !isSpace(text.charCodeAt(i + 5)) ? textAfter(text, i + 4) : -1;
}

/** The first key of a Crystal context, its `: ` after it: a letter or `_`, then word characters. */
const METADATA_KEY = /^[A-Za-z_]\w*: /;

/**
 * `[client: "198.51.100.17:48812"]` at `open`, glued to a logger's dotted name: Crystal's `Log`
 * context as `Log::StaticFormatter#context(before: '[', after: ']')` writes it after `source`
 * (amqproxy's and LavinMQ's stdout format), `Log::Metadata#to_s`'s `key: value.inspect` pairs joined
 * by `, `. Where the bracket ends (after its `]`), or -1; a `]` inside a quoted value is the value's.
 */
function metadataBracketEnd(text: string, open: number): number {
  if (!METADATA_KEY.test(text.slice(open + 1, open + 1 + MAX_COLUMN))) return -1;
  const limit = Math.min(text.length, open + MAX_NAME_COLUMN);
  let quoted = false;
  for (let k = open + 1; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (quoted && c === 92) k++;
    else if (c === 34) quoted = !quoted;
    else if (!quoted && (c === 91 || c === 93)) return c === 93 ? k + 1 : -1;
  }
  return -1;
}

/**
 * `MoinMoin.auth:253 `: Python logging's `%(name)s:%(lineno)d` after the level, a dotted name with a
 * capital first (a package named so; one in lower case with a capitalised last part is log4j's
 * `%c:%L`, above) glued to the line it logged from. Not a host and its port: the name's last part
 * is no top-level domain of two or three lower-case letters (`Db1.example.com:5432`).
 */
function namedLoggerLineEnd(text: string, i: number): number {
  const limit = Math.min(text.length, i + MAX_NAME_COLUMN);
  let k = i;
  let dots = 0;
  let part = i;
  while (k < limit) {
    const c = text.charCodeAt(k);
    if (c === 46) {
      if (k === part || !isLetter(text.charCodeAt(k + 1))) return -1;
      dots++;
      part = k + 1;
    } else if (!isWordChar(c)) break;
    k++;
  }
  if (dots === 0 || text.charCodeAt(k) !== 58 || !isDigit(text.charCodeAt(k + 1))) return -1;
  if (k - part <= 3 && isLowerRun(text, part, k)) return -1;
  k++;
  while (isDigit(text.charCodeAt(k))) k++;
  return text.charCodeAt(k) === 32 ? textAfter(text, k) : -1;
}

/** Fewest dots in a .NET namespace read as a logger column. */
const MIN_NAMESPACE_DOTS = 2;

/**
 * `API.Services.TaskScheduler `, `Microsoft.Hosting.Lifetime `: a .NET type's full name (Serilog's
 * `{SourceContext}` before the text): two dots or more, each part a name with a capital first
 * and some lower case in the whole (not a version, `V2.1.3`, nor an abbreviation, `U.S.`, `U.S.A`).
 */
function namespaceEnd(text: string, i: number): number {
  const limit = Math.min(text.length, i + MAX_COLUMN);
  let k = i;
  let dots = 0;
  let lower = false;
  for (;;) {
    if (!isUpper(text.charCodeAt(k))) return -1;
    k++;
    for (; k < limit; k++) {
      const c = text.charCodeAt(k);
      if (isLower(c)) lower = true;
      else if (!isUpper(c) && !isDigit(c)) break;
    }
    if (k >= limit || text.charCodeAt(k) !== 46) break;
    dots++;
    k++;
  }
  return dots >= MIN_NAMESPACE_DOTS && lower && text.charCodeAt(k) === 32 ? textAfter(text, k) : -1;
}

/**
 * `psramInit(): `, `log(): `: a function's name and empty parentheses before a colon (C's
 * `__func__` in ESP-IDF's and Arduino's log macros, OpenResty's Lua); or a class's dotted name,
 * its package first in lower case, and its method, the colon glued or after padding to the column's
 * width (java.util.logging formatters that print `%C.%M()`: openTCS's `o.o.k.RunKernel.main()   : `);
 * or a type's name and its method before a layout's ` : ` (Apigee's `HTTPClient$Context.onConnect() : `),
 * where a glued `Engine.Main(): ` is the program's own text (QuantConnect LEAN).
 */
function callEnd(text: string, i: number): number {
  const first = text.charCodeAt(i);
  if (!isLower(first) && !isUpper(first) && first !== 95) return -1;
  let k = i + 1;
  let dotted = false;
  const limit = Math.min(text.length, i + MAX_NAME_COLUMN);
  for (; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 46 && isWordChar(text.charCodeAt(k + 1)) && isWordChar(text.charCodeAt(k - 1))) dotted = true;
    else if (!isWordChar(c) && c !== 36) break;
  }
  if (!dotted && k - i > MAX_COLUMN) return -1;
  if (!text.startsWith('()', k)) return -1;
  // A qualified name opens with its package in lower case (Java's `%C`, abbreviated or not); a
  // `Type.Method(): ` (QuantConnect LEAN's `Engine.Main(): `) is written in the program's own text,
  // unless a layout's ` : ` follows it (Apigee's `HTTPClient$Context.onConnect() : `).
  if (dotted && !isLower(first) && text.charCodeAt(k + 2) !== 32) return -1;
  k += 2;
  if (!dotted && isQuotedTextAt(text, k)) return k + 2;
  // Padding before the colon only after a qualified name: `log()   : ` is no layout's.
  if (dotted) while (k < limit + MAX_COLUMN && text.charCodeAt(k) === 32) k++;
  return text.charCodeAt(k) === 58 ? textAfter(text, k + 1) : -1;
}

/**
 * ` '…'` from `k` to the end: the text in the single quotes Variety's format puts around it after the
 * function (`%(funcName)s() '%(message)s'`, `variety/__init__.py`): `main() 'Using profile folder …'`.
 */
function isQuotedTextAt(text: string, k: number): boolean {
  if (text.charCodeAt(k) !== 32 || text.charCodeAt(k + 1) !== 39) return false;
  let end = text.length;
  while (end > k + 2 && isSpace(text.charCodeAt(end - 1))) end--;
  return end > k + 3 && text.charCodeAt(end - 1) === 39;
}

/** Most frames `stackTraceEnd` reads (NLog's `topFrames`, 3 by default, may be set higher). */
const MAX_FRAMES = 16;

/**
 * `Program.Main => ShokoServer.Run => ShokoServer.StartUp `: NLog's `${stacktrace}` in its default
 * flat format (`StackTraceLayoutRenderer`: `Format = Flat`, `TopFrames = 3`, `Separator = " => "`),
 * each frame a type's name and its method joined by a dot, outermost first, then a space. Two frames
 * at least: one `Type.Method` opening a line is as often the text's (`Node.js is …`).
 */
function stackTraceEnd(text: string, i: number): number {
  let k = i;
  for (let frames = 1; frames <= MAX_FRAMES; frames++) {
    const end = frameEnd(text, k);
    if (end < 0) return -1;
    if (!text.startsWith(' => ', end)) return frames >= 2 ? textAfter(text, end) : -1;
    k = end + 4;
  }
  return -1;
}

/**
 * Where a flat stack frame at `i` ends (`ShokoServer.StartUp`, `<Run>d__5.MoveNext`,
 * `<>c.<Main>b__0_0`): a type's name, a dot and a method's, in word characters and the compiler's
 * `<>`, `` ` `` and `$`; else -1.
 */
function frameEnd(text: string, i: number): number {
  const limit = Math.min(text.length, i + MAX_COLUMN);
  let k = i;
  let dot = -1;
  for (; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 46) {
      if (k === i || text.charCodeAt(k - 1) === 46) return -1;
      dot = k;
    } else if (!isWordChar(c) && c !== 60 && c !== 62 && c !== 96 && c !== 36) break;
  }
  return dot > i && dot < k - 1 ? k : -1;
}

/** A character of a location's name: a letter, digit, `_`, `.`, `/`, `\\`, `-`, `+` or `$`. */
function isLocationChar(c: number): boolean {
  return isWordChar(c) || c === 46 || c === 47 || c === 92 || c === 45 || c === 43 || c === 36;
}

/**
 * `init_jk::mod_jk.c (3591): `, `TraceStream.cpp(00718) : `, `dragent:541: `,
 * `SipGateway.registrationStateChanged#120: `: where the line was logged from, a file's, a
 * function's or a class's name (`::` joining scopes) and a line number written `:N`, `#N`, `(N)` or
 * ` (N)`, then a colon, glued or after a space (C's `__FUNCTION__::__FILE__ (__LINE__)` as mod_jk
 * writes it, SAP HANA's trace, the Poco logger's `%U:%u`, Jitsi's `Class.method#line`). Without a
 * source file's extension the colon is needed (`nc_proxy.c:217 ` is read by `leadLocationEnd`);
 * `(N)` glued and `#N` need a dotted or scoped name (`build01(28817): ` is a process and its id,
 * `worker#15: ` a numbered name of the text).
 */
function namedLineEnd(text: string, i: number): number {
  const first = text.charCodeAt(i);
  if (!isLower(first) && !isUpper(first) && first !== 95) return -1;
  const limit = Math.min(text.length, i + MAX_COLUMN);
  let k = i + 1;
  // A dot, a path's slash or `::` in the name: a file's, a class's or a scope's, never a host's.
  let qualified = false;
  while (k < limit) {
    const c = text.charCodeAt(k);
    if (c === 58 && text.charCodeAt(k + 1) === 58) {
      k += 2;
      qualified = true;
    } else if (isLocationChar(c)) {
      if (c === 46 || c === 47 || c === 92) qualified = true;
      k++;
    } else break;
  }
  const mark = text.charCodeAt(k);
  let close = 0;
  if (mark === 32 && text.charCodeAt(k + 1) === 40) {
    k += 2;
    close = 41;
  } else if (mark === 40 && qualified) {
    // A plain name and a number glued in parentheses is a process and its id (`build01(28817): `).
    k++;
    close = 41;
  } else if (mark === 58 || (mark === 35 && qualified)) k++;
  else return -1;
  const digits = k;
  while (k < limit && isDigit(text.charCodeAt(k))) k++;
  if (k === digits || (close > 0 && text.charCodeAt(k++) !== close)) return -1;
  if (text.charCodeAt(k) === 32 && text.charCodeAt(k + 1) === 58) k++;
  return text.charCodeAt(k) === 58 ? textAfter(text, k + 1) : -1;
}

/** Letters of a logger's name in capitals (`capitalsNameEnd`), at least and at most. */
const CAPITALS_NAME_CHARS = [3, 32] as const;

/** An HTTP request's method opening an access line's text, never a logger's name. */
const HTTP_METHODS: ReadonlySet<string> = new Set([
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'DELETE',
  'CONNECT',
  'OPTIONS',
  'TRACE',
  'PATCH',
]);

/**
 * `STARTUP `, `DHT-OUT `: a logger's name in capitals (digits, `-` and `_` inside) and one space
 * before the text, as YaCy's JUL formatter writes it (`SimpleLogFormatter`: level letter, date,
 * `record.getLoggerName()`, message; its loggers are named `new ConcurrentLog("SWITCHBOARD")`). No
 * level spelling, no word that opens text unmarked (`HTTP`, `FAIL`), no check's outcome, no HTTP
 * method. Learned only after a time a level came with, the names recurring (`sharedColumn`).
 */
function capitalsNameEnd(text: string, i: number): number {
  if (!isUpper(text.charCodeAt(i))) return -1;
  let k = i + 1;
  const limit = Math.min(text.length, i + CAPITALS_NAME_CHARS[1] + 1);
  while (k < limit) {
    const c = text.charCodeAt(k);
    if (!isUpper(c) && !isDigit(c) && c !== 45 && c !== 95) break;
    k++;
  }
  if (k - i < CAPITALS_NAME_CHARS[0] || k - i > CAPITALS_NAME_CHARS[1]) return -1;
  if (!isUpper(text.charCodeAt(k - 1)) || text.charCodeAt(k) !== 32 || isSpace(text.charCodeAt(k + 1)))
    return -1;
  const name = text.slice(i, k);
  if (!isPlainName(name) || isOutcomeWord(name) || HTTP_METHODS.has(name)) return -1;
  return textAfter(text, k);
}

/**
 * `MainThread, `: a name (a letter, then letters, digits, `_`, `-`, `.`) closed by a comma and one
 * space, the next field of a layout that joins its fields with `, ` (mwax_mover's
 * `'%(asctime)s, %(levelname)s, %(threadName)s, %(message)s'`; Brocade FOS's `INFO, SAN-SW01, `).
 * Learned only right after a level the header closed with `, ` on the sample's lines, its few names
 * recurring (`sharedColumn`): `Done, 3 files` opening one text is the text's, and so is
 * Informatica's `INFO: MAPPING, DS_10039, text` after a level closed by its colon.
 */
function commaNameEnd(text: string, i: number): number {
  const k = gluedNameEnd(text, i);
  if (k < 0 || text.charCodeAt(k) !== 44 || text.charCodeAt(k + 1) !== 32) return -1;
  return isSpace(text.charCodeAt(k + 2)) ? -1 : textAfter(text, k + 1);
}

/**
 * `Basis        `, `Service_Startup `: a component's name, one word, right before a source location
 * (SAP HANA's trace, `component file(line) : text`); padded to its width or not, as long names are not.
 */
function componentEnd(text: string, i: number): number {
  let k = i;
  const limit = Math.min(text.length, i + MAX_COLUMN);
  while (k < limit && isNameChar(text.charCodeAt(k))) k++;
  if (k === i || text.charCodeAt(k) !== 32) return -1;
  while (text.charCodeAt(k) === 32) k++;
  return leadLocationEnd(text, k) >= 0 ? k : -1;
}

/** Longest run of marks read as a separator column. */
const MAX_SEPARATOR = 16;

/** `-`, `=`, `>`, `|`, `:`, `*`, `.`, `~`: a mark a layout puts between its header and the text. */
function isSeparatorMark(c: number): boolean {
  return c === 45 || c === 61 || c === 62 || c === 124 || c === 58 || c === 42 || c === 46 || c === 126;
}

/**
 * `| `, `-- `, `-> `, `==> `, `. `: a run of marks and a space, with no letter or digit, that a
 * layout writes between its header and the text (Python's `%(levelname)-8s | %(message)s`, log4j's
 * `%c -- %m`, a CLI's `==> step`); the text goes on after it. No word of the text is a mark.
 */
function separatorEnd(text: string, i: number): number {
  let k = i;
  const limit = Math.min(text.length, i + MAX_SEPARATOR);
  while (k < limit && isSeparatorMark(text.charCodeAt(k))) k++;
  if (k === i || !isSpace(text.charCodeAt(k))) return -1;
  let after = k;
  while (isSpace(text.charCodeAt(after))) after++;
  return after < text.length ? after : -1;
}

/**
 * Where the text goes on after a column of `shape` at `i`, or -1 when there is none there; `wide`, a
 * bracket glued to the header's own (`Columns.wide`).
 */
export function columnEnd(text: string, i: number, shape: ColumnShape, wide = false): number {
  if (opensStatusAndLatency(text, i)) return -1;
  switch (shape) {
    case 'bracket':
      return bracketEnd(text, i, 91, 93, wide);
    case 'paren':
      return text.charCodeAt(i) === 40
        ? Math.max(bracketEnd(text, i, 40, 41), parenLocationEnd(text, i), fredHeaderEnd(text, i))
        : -1;
    case 'angle':
      return tokenInEnd(text, i, 60, 62);
    case 'brace':
      return tokenInEnd(text, i, 123, 125);
    case 'tag':
      return tagEnd(text, i);
    case 'id':
      return idEnd(text, i);
    case 'idPair':
      return idPairEnd(text, i);
    case 'process':
      return processEnd(text, i);
    case 'pid':
      return labelledIdEnd(text, i);
    case 'padded':
      return paddedEnd(text, i);
    case 'tab':
      return tabEnd(text, i);
    case 'piped':
      return pipedEnd(text, i);
    case 'method':
      return methodEnd(text, i);
    case 'logger':
      return loggerEnd(text, i);
    case 'capitals':
      return capitalsNameEnd(text, i);
    case 'comma':
      return commaNameEnd(text, i);
    case 'call':
      return callEnd(text, i);
    case 'stacktrace':
      return stackTraceEnd(text, i);
    case 'location':
      return leadLocationEnd(text, i);
    case 'module':
      return moduleLineEnd(text, i);
    case 'moduleIds':
      return moduleIdsEnd(text, i);
    case 'component':
      return componentEnd(text, i);
    case 'separator':
      return separatorEnd(text, i);
  }
}

/**
 * `nc_proxy.c:217 `, `src/db.rs:88: `: a source location opening the text (twemproxy's and other C
 * daemons' `file:line` after the time, qtile's `sleep.py:_start():L104`), with an optional colon; not
 * a logger's name. Else a name and
 * its line number before a colon (`namedLineEnd`).
 */
function leadLocationEnd(text: string, i: number): number {
  let k = i;
  const limit = Math.min(text.length, i + MAX_LOCATION);
  while (k < limit && text.charCodeAt(k) !== 32) k++;
  if (k === limit || k === i) return namedLineEnd(text, i);
  const end = text.charCodeAt(k - 1) === 58 ? k - 1 : k;
  if (isSourceLocation(text, i, end) || isFileFunctionLine(text, i, end)) return textAfter(text, k);
  return namedLineEnd(text, i);
}

/** Where a Python module's name at `i` ends (a letter or `_`, then word characters, no dot), else -1. */
function moduleNameEnd(text: string, i: number): number {
  const first = text.charCodeAt(i);
  if (!isLower(first) && !isUpper(first) && first !== 95) return -1;
  let k = i + 1;
  const limit = Math.min(text.length, i + MAX_COLUMN);
  while (k < limit && isWordChar(text.charCodeAt(k))) k++;
  return k;
}

/** Most digits of a line number after a module's name (`moduleLineEnd`). */
const MAX_LINE_DIGITS = 6;

/**
 * `server:109 `: Python logging's `%(module)s:%(lineno)d` (or a bare `%(name)s`, `__main__:12 `) right
 * after the level, a name of word characters with no dot and its line glued by a colon (pymodbus's
 * `%(levelname)-5s %(module)s:%(lineno)s %(message)s`). Learned only where every line of the sample
 * opens so after a level (`sharedColumn`): one line's `chr7:55191822`, `pid:8`, `host:443` is text.
 */
function moduleLineEnd(text: string, i: number): number {
  let k = moduleNameEnd(text, i);
  if (k < 0) return -1;
  // `pid:1187 ` names a process, no module (`labelledIdEnd`).
  if (text.charCodeAt(k) !== 58 || (k === i + 3 && labelledIdKey(text, i) !== undefined)) return -1;
  const digits = ++k;
  while (k - digits <= MAX_LINE_DIGITS && isDigit(text.charCodeAt(k))) k++;
  if (k === digits || k - digits > MAX_LINE_DIGITS || text.charCodeAt(k) !== 32) return -1;
  return textAfter(text, k);
}

/**
 * Digits of a process id, and of a thread id, after a module's name (`moduleIdsEnd`): fewest and
 * most. `threading.get_ident()` is a `pthread_t` (an address, 15 digits on Linux) or a Windows thread
 * id, never a small ordinal (`1`, `0`: a counter, HULFT's `hulsrvc 1201 1 0` fields).
 */
const PROCESS_DIGITS = [1, 7] as const;
const THREAD_DIGITS = [3, 20] as const;

/**
 * `viewsets 23 140219859339008  `: Python logging's `%(module)s %(process)d %(thread)d`, Django's
 * documented `verbose` formatter (`{levelname} {asctime} {module} {process:d} {thread:d} {message}`)
 * and the project template Maykin Media's Common Ground products share (Open Zaak, Open Forms:
 * `%(asctime)s %(levelname)s %(name)s %(module)s %(process)d %(thread)d  %(message)s`): a module's
 * name (a Python identifier, no dot), a process id and `threading.get_ident()`'s thread id, each
 * after one space. Three fields no line alone tells from a sentence's words and counts
 * (`retry 3 1800 seconds`): learned only where most of the sample's lines open so (`sharedColumn`).
 */
function moduleIdsEnd(text: string, i: number): number {
  let k = moduleNameEnd(text, i);
  if (k < 0) return -1;
  for (const [fewest, most] of [PROCESS_DIGITS, THREAD_DIGITS]) {
    if (text.charCodeAt(k) !== 32) return -1;
    const digits = ++k;
    while (k - digits <= most && isDigit(text.charCodeAt(k))) k++;
    if (k - digits < fewest || k - digits > most) return -1;
  }
  return text.charCodeAt(k) === 32 ? textAfter(text, k) : -1;
}

/**
 * Shapes of a column at the end of a message: a source location (`auth/init.go:412`, a caller that
 * logrus and others append), structured context in JSON (`{"route":"home"} []`, Monolog's context
 * and extra), a pipe-separated column after the text (`text | logger | thread`), a logger's name in
 * brackets, or a tag in brackets the same on most lines (LoggerPro's ` [dmvcframework]`).
 */
export type TrailShape = 'location' | 'context' | 'pipe' | 'name' | 'tag';

const TRAIL_SHAPES: readonly TrailShape[] = ['context', 'location', 'pipe', 'name', 'tag'];

/** Columns at the end of a message learned one after another at most. */
const MAX_TRAIL_COLUMNS = 2;
/** Longest context column at the end of a message. */
const MAX_CONTEXT = 1024;

/**
 * Where a column of `shape` ending at `end` may end: a source location before the spaces that close
 * the text, a layout's literal space after it (BIMserver's logback `%-80message (%file:%line) %n`);
 * `end` for the others, whose text a space after them may still be (Monolog's context before an empty
 * extra stays the message's).
 */
function trailEnd(text: string, end: number, shape: TrailShape): number {
  if (shape !== 'location') return end;
  let stop = end;
  while (stop > 0 && text.charCodeAt(stop - 1) === 32) stop--;
  return stop;
}

/** Start of the space-led column of `shape` that ends at `end`, or -1 when there is none there. */
export function trailStart(text: string, end: number, shape: TrailShape): number {
  if (opensStatusAndLatency(text, 0)) return -1;
  if (shape === 'pipe') return pipeStart(text, end);
  if (shape === 'name') return nameStart(text, end);
  if (shape === 'tag') return nameStart(text, end - tagContextLength(text, end));
  return shape === 'location' ? locationStart(text, end) : contextStart(text, end);
}

/** ` | main`: the last column of a pipe-separated layout, after the text (ActiveMQ's `| logger | thread`). */
function pipeStart(text: string, end: number): number {
  let k = end - 1;
  const limit = Math.max(0, end - MAX_COLUMN);
  while (k > limit && text.charCodeAt(k) !== 124) k--;
  if (k <= 1 || k === end - 1 || text.charCodeAt(k) !== 124) return -1;
  return text.charCodeAt(k - 1) === 32 && text.charCodeAt(k + 1) === 32 ? k - 1 : -1;
}

/**
 * ` [OLocalPaginatedStorage]`, ` [orientechnologies]`: a logger's name in brackets after the text
 * (java.util.logging layouts that end with the logger, OrientDB's), an identifier, dots allowed.
 */
function nameStart(text: string, end: number): number {
  if (text.charCodeAt(end - 1) !== 93) return -1;
  const open = text.lastIndexOf('[', end - 1);
  if (open < 1 || end - open > MAX_COLUMN || end - open < 5 || text.charCodeAt(open - 1) !== 32) return -1;
  const first = text.charCodeAt(open + 1);
  if (!isUpper(first) && !isLower(first) && first !== 95) return -1;
  for (let k = open + 2; k < end - 1; k++) {
    const c = text.charCodeAt(k);
    if (!isWordChar(c) && c !== 46 && c !== 36) return -1;
  }
  return open - 1;
}

/** Longest run of LoggerPro's context pairs after its tag. */
const MAX_TAG_CONTEXT = 512;

/**
 * Most `] ` a line's end is tried at for the tag's close: one, and one more for each quoted value
 * holding a `] ` of its own. A crafted run of them (`] ] ] …`) would otherwise cost each of its
 * places a read of the whole context window.
 */
const MAX_TAG_CLOSES = 4;

/**
 * LoggerPro 2's context pairs, each value bare (a number, a boolean, an ISO 8601 time, an enum's name)
 * or quoted (`QuotedString('"')` doubles a quote inside): ` key=value key="text"` (2025) and
 * ` {key=value, key="text"}` (2026). Read by this grammar whole, a quoted value's own `] {k=v}` is no
 * context's start: what a caller's value holds never moves the tag.
 */
const CONTEXT_KEY = String.raw`[A-Za-z_][\w.-]*`;
const QUOTED_VALUE = '"(?:[^"]|"")*"';
const CONTEXT_PAIRS = new RegExp(String.raw`^(?: ${CONTEXT_KEY}=(?:${QUOTED_VALUE}|[^\s"]*))+$`);
const BRACED_PAIR = String.raw`${CONTEXT_KEY}=(?:${QUOTED_VALUE}|[^\s",{}]*)`;
const BRACED_CONTEXT = new RegExp(String.raw`^ \{${BRACED_PAIR}(?:, ${BRACED_PAIR})*\}$`);

/**
 * The length of the context LoggerPro 2 renders after its tag, from the space before it, or 0: its
 * `TLogItemRendererDefault.RenderContext` (`LoggerPro.Renderers.pas`) appends ` {key=value, …}` since
 * 2026, ` key=value key="text"` in 2025; a call without context appends nothing. It follows the
 * tag's `]` straight after one space.
 */
function tagContextLength(text: string, end: number): number {
  const limit = Math.max(0, end - MAX_TAG_CONTEXT);
  for (
    let close = text.lastIndexOf('] ', end - 2), tries = 0;
    close >= limit && tries < MAX_TAG_CLOSES;
    close = text.lastIndexOf('] ', close - 1), tries++
  ) {
    const context = text.slice(close + 1, end);
    if (BRACED_CONTEXT.test(context) || CONTEXT_PAIRS.test(context)) return end - close - 1;
    if (close === 0) break;
  }
  return 0;
}

/** LoggerPro's tag and the context after it: `[tag, context]`, the context '' when there is none. */
function tagAndContext(text: string, start: number, end: number): [string, string] {
  const context = tagContextLength(text, end);
  const tag = text.slice(start + 2, end - context - 1);
  if (context === 0) return [tag, ''];
  const braced = text.charCodeAt(end - context + 1) === 123;
  return [tag, braced ? text.slice(end - context + 2, end - 1) : text.slice(end - context + 1, end)];
}

/** ` auth/init.go:412`, ` [interface.go:497]`, ` (worker.py:88)`: a source location after a space. */
function locationStart(text: string, end: number): number {
  let space = end - 1;
  const limit = Math.max(0, end - MAX_COLUMN);
  while (space > limit && text.charCodeAt(space) !== 32) space--;
  if (space <= 0 || text.charCodeAt(space) !== 32) return -1;
  const enclosed = enclosedAt(text, space + 1, end) ? 1 : 0;
  if (enclosed === 0 && closesUnopened(text, space + 1, end)) return -1;
  return isSourceLocation(text, space + 1 + enclosed, end - enclosed) ? space : -1;
}

/**
 * A `)` or `]` ending [a, end) that nothing in it opened: the close of the text's own aside
 * (`(see Foo.java:12)`'s), which the caller column, bare or enclosed whole, never writes.
 */
function closesUnopened(text: string, a: number, end: number): boolean {
  const close = text.charCodeAt(end - 1);
  if (close !== 41 && close !== 93) return false;
  const open = close === 41 ? '(' : '[';
  const at = text.indexOf(open, a);
  return at < 0 || at >= end;
}

/** `[…]` or `(…)` from `a` to `end`. */
function enclosedAt(text: string, a: number, end: number): boolean {
  const open = text.charCodeAt(a);
  const close = text.charCodeAt(end - 1);
  return (open === 91 && close === 93) || (open === 40 && close === 41);
}

/** `{"key":…}`, `["a"]`, `[{…}]`, `[]` or `{}` after a space or a tab (zap's console encoder), its brackets balanced. */
function contextStart(text: string, end: number): number {
  const last = text.charCodeAt(end - 1);
  if (last !== 125 && last !== 93) return -1;
  let depth = 0;
  const limit = Math.max(0, end - MAX_CONTEXT);
  for (let k = end - 1; k >= limit; k--) {
    const c = text.charCodeAt(k);
    if (c === 125 || c === 93) depth++;
    else if ((c === 123 || c === 91) && --depth === 0) {
      if (k === 0 || !isSpace(text.charCodeAt(k - 1))) return -1;
      const inner = text.charCodeAt(k + 1);
      const json = k + 2 === end || inner === 34 || (c === 91 && inner === 123);
      return json ? k - 1 : -1;
    }
  }
  return -1;
}

/** The columns a source's messages open and end with. */
export interface Columns {
  readonly lead: readonly ColumnShape[];
  readonly trail: readonly TrailShape[];
  /**
   * Per lead column, the value it was learned by when that value alone made it one (a program's
   * `tool:`, a separator's marks): a later line's column must be that value, so another line's
   * `error: x` or `- removed` keeps its words. Absent when no column is pinned.
   */
  readonly pinned?: readonly (string | undefined)[];
  /**
   * True when the first lead column is a bracket glued to the header's own on most of the sample's
   * lines (`[pulsar.core][consume-setup-amqp://u:***@host:5671//q]`, Python's
   * `[%(name)s][%(threadName)s]`): its values may run to `MAX_NAME_COLUMN` where they hold no space
   * (a thread named after a URL), as a logger's name may.
   */
  readonly wide?: boolean;
  /**
   * Per lead column, the width a padded column was learned at (`paddedLayout`): where its values
   * end after a word exactly as long as the column, with one space, it is still the column.
   */
  readonly widths?: readonly (number | undefined)[];
  /**
   * Per lead column, true when a value overflowed its learned width on a sample line (`%-16t`): a
   * later line's longer word with one space is then the column too; else only a word filling it is.
   */
  readonly overflowing?: readonly boolean[];
  /**
   * The lead column, a parenthesised one, that held Hyphanet's `(class, thread, LEVEL): ` header
   * (`FRED_HEADER`) on at least `MIN_AGREEMENT` of the sample's messages: only there is a later
   * line's header read for its level, logger and thread. Absent when none did.
   */
  readonly fredHeader?: number;
  /**
   * The lead column of a pipe-separated layout that held one level letter on every sample message
   * that reached it (`isPipedLevelColumn`): a later line's letter there is its level, no header column.
   */
  readonly levelLetter?: number;
}

/** A level letter in its own pipe-separated column (YADIFA's `| N | starting YADIFA`, `priorityLetterLevel`). */
function pipedLetterLevel(text: string, i: number): Level | undefined {
  if (text.charCodeAt(i + 1) !== 32 || text.charCodeAt(i + 2) !== 124) return undefined;
  return priorityLetterLevel(text.charCodeAt(i));
}

/** Votes of one lead column's values for `isPipedLevelColumn`. */
interface PipedLetters {
  levels: Set<Level>;
  lines: number;
  severe: number;
  others: number;
}

/**
 * True when a lead column's sample values are one level letter before its pipe on at least `needed`
 * messages and nothing else on any (a record kind's `O` is no level), with two letters or more, as
 * a log's levels are (`isLetterLevelSet`, notices common: YADIFA's default writes notices and up).
 */
function isPipedLevelColumn(votes: PipedLetters, needed: number): boolean {
  return (
    votes.others === 0 && votes.lines >= needed && votes.levels.size >= 2 && isLetterLevelSet(votes, true)
  );
}

export const NO_COLUMNS: Columns = { lead: [], trail: [] };

/**
 * The columns at the front of a source's messages: a shape that at least `MIN_AGREEMENT` of them
 * (and `MIN_MESSAGES`) open with, holding two values or more (or one by its shape alone,
 * `sharedColumn`: with `afterTime`, messages that open right after the time, the first column may
 * be a program's name in capitals the same on every line, `isProgramName`), then the next one after
 * it; then the same at their end, back to front. With `afterLogger`, messages that follow a logger
 * the header already read, a lower-case name the same on every line is the text's, not a tag column
 * (`-- Nerve::Nerve: nerve: text`: the application wrote `nerve:` into each call).
 */
export function learnColumns(messages: readonly string[], opening: ColumnOpening = {}): Columns {
  const {
    afterTime = false,
    afterLogger = false,
    afterLevel = false,
    afterBracket = false,
    afterCaller = false,
    pipeHeader = false,
    afterComma = false,
    afterLevelColon = false,
  } = opening;
  if (messages.length < MIN_MESSAGES) return NO_COLUMNS;
  const lead: ColumnShape[] = [];
  const pinned: (string | undefined)[] = [];
  const widths: (number | undefined)[] = [];
  const overflowing: boolean[] = [];
  let fredHeader: number | undefined;
  let levelLetter: number | undefined;
  const at = messages.map(() => 0);
  const needed = Math.max(MIN_MESSAGES, Math.ceil(MIN_AGREEMENT * messages.length));
  while (lead.length < MAX_COLUMNS) {
    const nameFirst = afterTime && lead.length === 0;
    // A module and its line opens the text right after the level on every line, or is no column.
    const moduleFirst = afterLevel && lead.length === 0;
    const wide = afterBracket && lead.length === 0;
    let agreement: ColumnAgreement | undefined;
    const shape = SHAPES.find((s) => {
      if (s === 'module' && !moduleFirst) return false;
      if (s === 'tag' && afterCaller && lead.length === 0) return false;
      // A name in capitals opens the text right after a time every line's level came with, or is the text's.
      if (s === 'capitals' && !(nameFirst && afterLevel)) return false;
      // So does a name closed by a comma, the next of a layout's comma-joined fields after the level's.
      if (s === 'comma' && !(afterLevel && afterComma && lead.length === 0)) return false;
      // A name and ` - ` right after the level's own colon are the text's (`ColumnOpening.afterLevelColon`).
      if (s === 'padded' && afterLevelColon && lead.length === 0 && dashedNames(messages, needed))
        return false;
      agreement = sharedColumn(messages, at, s, s === 'module' || s === 'pid' ? messages.length : needed, {
        nameFirst,
        afterLogger,
        wide,
      });
      // A padded column whose longer values overflow it on a minority of lines is one by its width.
      if (agreement === undefined && s === 'padded' && (paddedLayout(messages, at)?.overflows ?? 0) > 0)
        agreement = UNPINNED;
      return agreement !== undefined;
    });
    if (shape === undefined) break;
    if (shape === 'paren' && fredHeader === undefined && holdsFredHeaders(messages, at, needed))
      fredHeader = lead.length;
    const pin = agreement?.pinned;
    const layout = shape === 'padded' ? paddedLayout(messages, at) : undefined;
    const width = layout?.width;
    const overflows = (layout?.overflows ?? 0) > 0;
    lead.push(shape);
    pinned.push(pin);
    widths.push(width);
    overflowing.push(overflows);
    const letters: PipedLetters = { levels: new Set(), lines: 0, severe: 0, others: 0 };
    for (let m = 0; m < messages.length; m++) {
      const text = messages[m] as string;
      let end = columnEnd(text, at[m] as number, shape, wide);
      if (end < 0 && width !== undefined) end = fullPaddedEnd(text, at[m] as number, width, overflows);
      if (end >= 0 && (pin === undefined || leadValue(text, at[m] as number, end, shape) === pin)) {
        const level = shape === 'padded' ? pipedLetterLevel(text, at[m] as number) : undefined;
        if (level === undefined) letters.others++;
        else {
          letters.lines++;
          letters.levels.add(level);
          if (isAtLeast(level, 'WARN')) letters.severe++;
        }
        at[m] = end;
      }
    }
    if (levelLetter === undefined && isPipedLevelColumn(letters, needed)) levelLetter = lead.length - 1;
  }
  const trail: TrailShape[] = [];
  const ends = messages.map((text) => text.length);
  while (trail.length < MAX_TRAIL_COLUMNS) {
    const shape = TRAIL_SHAPES.find(
      (s) => (s !== 'pipe' || pipeHeader) && sharedTrail(messages, at, ends, s, needed),
    );
    if (shape === undefined) break;
    trail.push(shape);
    for (let m = 0; m < messages.length; m++) {
      const text = messages[m] as string;
      const start = trailStart(text, trailEnd(text, ends[m] as number, shape), shape);
      if (start > (at[m] as number)) ends[m] = start;
    }
  }
  if (lead.length === 0 && trail.length === 0) return NO_COLUMNS;
  const columns = {
    lead,
    trail,
    ...(pinned.some((p) => p !== undefined) ? { pinned } : {}),
    ...(widths.some((w) => w !== undefined) ? { widths } : {}),
    ...(overflowing.some((o) => o) ? { overflowing } : {}),
    ...(fredHeader !== undefined ? { fredHeader } : {}),
    ...(levelLetter !== undefined ? { levelLetter } : {}),
  };
  return afterBracket && lead[0] === 'bracket' ? { ...columns, wide: true } : columns;
}

/**
 * The width of a padded column (`padEnd(N)`, `%-Ns`, `{:<N}`) where the text starts at one offset
 * after it on every sample line, after words of two lengths or more, a word filling or overflowing
 * the width with one space after it on the others (a minimum width pads a shorter value and never
 * cuts a longer one: `%-16t`, unlike `%-16.16t`), the overflowing ones fewer than half the lines;
 * else undefined (a column padded to the widest value so far moves; a text's first word is shorter).
 * With the count of lines whose value overflows: a column learned by them alone needs one.
 */
function paddedLayout(
  messages: readonly string[],
  at: readonly number[],
): { readonly width: number; readonly overflows: number } | undefined {
  let width: number | undefined;
  const lengths = new Set<number>();
  for (let m = 0; m < messages.length; m++) {
    const text = messages[m] as string;
    const start = at[m] as number;
    const end = paddedEnd(text, start);
    if (end < 0) continue;
    if (width !== undefined && end - start !== width) return undefined;
    width = end - start;
    lengths.add(text.indexOf(' ', start) - start);
  }
  if (width === undefined || lengths.size < 2) return undefined;
  // Every line holds the column, padded or filling it: else a word of that length opening a line
  // without the column would be cut.
  let over = 0;
  for (let m = 0; m < messages.length; m++) {
    const start = at[m] as number;
    if (paddedEnd(messages[m] as string, start) - start === width) continue;
    const end = fullPaddedEnd(messages[m] as string, start, width, true);
    if (end < 0) return undefined;
    if (end - start > width) over++;
  }
  return 2 * over < messages.length ? { width, overflows: over } : undefined;
}

/**
 * Where the text goes on after a learned padded column of `width` at `i` whose value fills it, or
 * with `overflow` passes it: a word `width - 1` long (or longer), one space, then the text
 * (`historical Started…` at `padEnd(10)`, `StatisticsPrinter Packet…` at `%-16t `). -1 when the
 * word is shorter, or longer without `overflow`.
 */
function fullPaddedEnd(text: string, i: number, width: number, overflow: boolean): number {
  let end = i;
  const limit = Math.min(text.length, i + MAX_COLUMN);
  while (end < limit && !isSpace(text.charCodeAt(end))) end++;
  const past = end + 1 - (i + width);
  if (past < 0 || (past > 0 && !overflow) || text.charCodeAt(end) !== 32 || end + 1 >= text.length) return -1;
  return isSpace(text.charCodeAt(end + 1)) ? -1 : end + 1;
}

/**
 * Where a source's messages open, as most of its sample's lines say: right after the time, after a
 * logger the header read, after a level the header read (every line).
 */
export interface ColumnOpening {
  readonly afterTime?: boolean;
  readonly afterLogger?: boolean;
  readonly afterLevel?: boolean;
  /** Messages that open with a bracket glued to the header's own closing one (`][`): `Columns.wide`. */
  readonly afterBracket?: boolean;
  /**
   * Messages that open right after a caller the header read, `file:line:function: ` (Hubzilla's
   * `logger()` writes `$where . $msg`, `include/text.php`): what follows is the program's message,
   * and a `name: ` opening it is the text's own (`cron: start`), no tag column.
   */
  readonly afterCaller?: boolean;
  /**
   * Messages whose header before them holds a pipe (`time | LEVEL | text`): only a pipe-separated
   * layout ends its text with pipe columns (`| logger | thread`); after a header with none, ` | `
   * is the text's own (a radio decoder's `slot2  | Color Code=01 | CSBK`).
   */
  readonly pipeHeader?: boolean;
  /**
   * Messages the header closes with a comma and a space (`, INFO, text`): a layout that joins its
   * fields with `, ` (`commaNameEnd`); after any other header a `name, ` opening the text is its own.
   */
  readonly afterComma?: boolean;
  /**
   * Messages that open right after a level's own colon (`info: text`, `[NOTICE]: text`,
   * `afterOwnLevelColon`): the logger wrote `level: ` and then the message, so a name and ` - `
   * opening it are the text's, no padded column (obfs4proxy's `obfs4proxy - launched`, its own text
   * after `log.Print("[NOTICE]: " + msg)`). Other columns there stay learnable: `INFO: (ospd.main) `,
   * .NET's `info: Category[0] `, Bonita's `INFO: org.bonitasoft.… ` are their layouts' own.
   */
  readonly afterLevelColon?: boolean;
}

/** Lines with no time and no level a bracketed tag is learned from at least (`learnBareTag`). */
const MIN_BARE_LINES = 8;
/** Share of those lines the one tag must open. */
const BARE_AGREEMENT = 0.9;

/**
 * A tool's own tag in brackets opening nearly every one of its lines that carry no time and no level
 * (`[nodemon] `, `[Browsersync] `, `[11ty] `: CLI tools and dev servers prefix their output with
 * their name), the same on each: a column pinned to that tag, as a program's `name:` after a time is
 * (`sharedColumn`). A tag that differs from line to line, or opens only some lines, stays the text's,
 * as does a level word (`[INFO] `). Else a program's lower-case `name: ` (`learnBareProgramTag`).
 */
export function learnBareTag(lines: readonly string[], unindented: readonly string[]): Columns {
  const bracket = learnBareBracket(lines);
  return bracket === NO_COLUMNS ? learnBareProgramTag(unindented) : bracket;
}

function learnBareBracket(lines: readonly string[]): Columns {
  if (lines.length < MIN_BARE_LINES) return NO_COLUMNS;
  const counts = new Map<string, number>();
  for (const line of lines) {
    const end = bracketEnd(line, 0, 91, 93);
    const tag = end < 0 ? '' : line.slice(0, end).trimEnd();
    if (tag !== '') counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  for (const [tag, count] of counts)
    if (count >= BARE_AGREEMENT * lines.length && isBracketedToolName(tag))
      return { lead: ['bracket'], trail: [], pinned: [tag] };
  return NO_COLUMNS;
}

/**
 * A line a header read before its level (`scons: warning: text`), where the source learned that
 * program's `name: ` as its headerless lines' column (`learnBareProgramTag`): the name the header
 * kept in `header_columns` is the logger, as on the lines no header read, so one name reads one way.
 */
export function nameBareProgramTag(line: ParsedLine, columns: Columns): void {
  const tag = columns.lead[0] === 'tag' ? columns.pinned?.[0] : undefined;
  if (tag === undefined || line.logger !== undefined || line.fields.header_columns !== tag.slice(0, -1))
    return;
  line.logger = line.fields.header_columns;
  delete line.fields.header_columns;
}

/**
 * A headerless line's `ident[pid]: ` (`pidTagName`), stepped over as the source's bare column and kept
 * in `header_columns`: the program is the service and the pid the line's, as a syslog line's tag
 * gives them (`anacron[10233]: `).
 */
export function nameBareProcess(line: ParsedLine, columns: Columns): void {
  const tag = columns.lead[0] === 'process' ? line.fields.header_columns : undefined;
  if (typeof tag !== 'string' || line.service !== undefined) return;
  const open = tag.indexOf('[');
  if (open < 1 || !tag.endsWith(']:')) return;
  const pid = Number(tag.slice(open + 1, -2));
  if (!Number.isSafeInteger(pid) || !isFieldFree(line, 'pid', pid)) return;
  line.service = tag.slice(0, open);
  line.fields.pid = pid;
  delete line.fields.header_columns;
}

/**
 * A program's name in lower case and its colon opening most of a source's unindented lines, the same
 * on each (`gc: `, `fetchmail: `, `scons: `: a runtime's debug output and command-line tools prefix
 * their own name where no time stands before it), counted as after a time (`sharedColumn`, lines a
 * header read among them: `scons: warning: …`): a column pinned to that name. A name that changes
 * from line to line (prose, `error: `, `note: `), a level word, a word that opens text unmarked and a
 * name ending in a digit (`md0:`) stay the text's (`isLowerProgramName`).
 */
function learnBareProgramTag(lines: readonly string[]): Columns {
  const needed = Math.max(MIN_MESSAGES, Math.ceil(MIN_AGREEMENT * lines.length));
  const counts = new Map<string, number>();
  for (const line of lines) {
    const end = tagEnd(line, 0);
    const tag = end < 0 ? pidTagName(line) : line.slice(0, end).trimEnd();
    if (tag !== '') counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  for (const [tag, count] of counts) {
    const withPid = tag.endsWith('[]:');
    if (count < needed || !isLowerProgramName(withPid ? `${tag.slice(0, -3)}:` : tag)) continue;
    // The pid changes with each run, the name never: pinned to the name, so a later line's own
    // `user[42]: ` stays its text and names no service (`pinnedValue`).
    return { lead: [withPid ? 'process' : 'tag'], trail: [], pinned: [tag] };
  }
  return NO_COLUMNS;
}

/**
 * `inadyn[1]: ` opening a line with no header: syslog(3)'s `ident[pid]: ` as glibc and musl write
 * it to stderr with `LOG_PERROR` (the part after the time of what they send the daemon), the output
 * of a daemon run in the foreground, in a container; the name with `[]:` for its pid, counted
 * across the sample by name (`learnBareProgramTag`); '' for any other opening.
 */
function pidTagName(line: string): string {
  const open = line.indexOf('[');
  if (open < 1 || open > PROGRAM_NAME_CHARS[1] * 2) return '';
  let k = open + 1;
  while (isDigit(line.charCodeAt(k))) k++;
  if (k === open + 1 || k - open > 11 || line.charCodeAt(k) !== 93) return '';
  if (line.charCodeAt(k + 1) !== 58 || line.charCodeAt(k + 2) !== 32) return '';
  return `${line.slice(0, open)}[]:`;
}

/**
 * `[name]`: 2–32 letters, digits, `.`, `_` or `-`, a letter among them, no level word and no word of a
 * check's outcome (`[OK] `, `[PASS] `, `[DONE] ` opening most of a checker's lines are its results).
 */
function isBracketedToolName(tag: string): boolean {
  if (tag.charCodeAt(tag.length - 1) !== 93) return false;
  const name = tag.slice(1, -1);
  if (!/^(?=[\w.-]*[A-Za-z])[\w.-]{2,32}$/.test(name)) return false;
  return levelSpelling(name) === undefined && placedLevelSpelling(name) === undefined && !isOutcomeWord(name);
}

/** A column most messages share; `pinned` when its one value alone made it one. */
interface ColumnAgreement {
  readonly pinned: string | undefined;
}

const UNPINNED: ColumnAgreement = { pinned: undefined };

/** How a column is looked for: the first after the time, after a logger, glued to a bracket (`learnColumns`). */
interface ColumnPlace {
  readonly nameFirst: boolean;
  readonly afterLogger: boolean;
  readonly wide: boolean;
}

function sharedColumn(
  messages: readonly string[],
  at: readonly number[],
  shape: ColumnShape,
  needed: number,
  { nameFirst, afterLogger, wide }: ColumnPlace,
): ColumnAgreement | undefined {
  if (shape === 'separator') return sharedSeparator(messages, at, needed);
  let count = 0;
  let first: string | undefined;
  let varies = false;
  const names = new Set<string>();
  for (let m = 0; m < messages.length; m++) {
    const text = messages[m] as string;
    const start = at[m] as number;
    const end = columnEnd(text, start, shape, wide);
    if (end < 0) continue;
    count++;
    if (shape === 'capitals' || shape === 'comma') names.add(text.slice(start, end).trimEnd());
    // A location without a source file's extension varies by its name, not by its number alone
    // (`Step (2): `, `Retry:3: `, `user:1001: ` are the text's counters); a module's line by its
    // number, not by its name alone (`db1:5432 `, `db2:5432 `: hosts and their one port).
    const value =
      shape === 'location'
        ? locationName(text, start, end)
        : shape === 'module'
          ? text.slice(text.indexOf(':', start) + 1, end).trimEnd()
          : leadValue(text, start, end, shape);
    // An empty field of the layout (`[event: ]`, `[ctx=]`, `[ ]`) is no text's start: a column by its shape.
    if (shape === 'bracket' && isEmptyField(value)) varies = true;
    if (first === undefined) first = value;
    else if (value !== first) varies = true;
  }
  if (count < needed) return undefined;
  // Names in capitals are a logger's when a few of them recur, each on two lines on average or more:
  // a word of text in capitals opening each line (a protocol's command, an acronym) is seldom so few.
  if (shape === 'capitals') return varies && names.size * 2 <= count ? UNPINNED : undefined;
  // So are a thread's names closed by a comma: a few recurring (`MainThread, `, `webserver, `).
  if (shape === 'comma') return names.size * 2 > count ? undefined : varies ? UNPINNED : { pinned: first };
  // An id, a process, a named pid in brackets and a column padded to its width are columns by their
  // shape alone; a bare `pid:8` on every line may be the text's start.
  if (
    varies ||
    shape === 'id' ||
    shape === 'idPair' ||
    shape === 'process' ||
    (shape === 'pid' && !isBareId(first)) ||
    shape === 'padded'
  )
    return UNPINNED;
  // A name the same on every line may be the text's own start (or a node's name the text keeps),
  // unless it is a program's own prefix: then only that name is the column.
  if (
    shape === 'tag' &&
    first !== undefined &&
    ((nameFirst && isProgramName(first)) || (!afterLogger && isLowerProgramName(first)))
  )
    return { pinned: first };
  // A component's name before a source location on every line is the layout's, one logger's name
  // (qtile's `libqtile sleep.py:_start():L104 `): only that name is the column.
  if (shape === 'component' && first !== undefined) return { pinned: first };
  // One program's dak log writes the same program and user on every line: only that name is the column.
  if (shape === 'piped' && first !== undefined) return { pinned: first };
  return undefined;
}

/**
 * The same run of marks opening most messages (`| `, `-- `, `==> `) is the layout's separator; marks
 * that differ from line to line (`- `, `+ `, `* `, `-> `) are the text's own bullets, diff signs,
 * arrows, and marks that also close the message frame it (a table's row `| a | b |`, `== Title ==`).
 */
function sharedSeparator(
  messages: readonly string[],
  at: readonly number[],
  needed: number,
): ColumnAgreement | undefined {
  const counts = new Map<string, number>();
  for (let m = 0; m < messages.length; m++) {
    const text = messages[m] as string;
    const start = at[m] as number;
    const end = separatorEnd(text, start);
    if (end < 0) continue;
    const marks = text.slice(start, end).trimEnd();
    if (text.trimEnd().endsWith(marks)) continue;
    const count = (counts.get(marks) ?? 0) + 1;
    if (count >= needed) return { pinned: marks };
    counts.set(marks, count);
  }
  return undefined;
}

/** Letters of a program's name in capitals, at least and at most. */
const PROGRAM_NAME_CHARS = [3, 16] as const;

/**
 * True for `STUBBY:`: a program's name in capitals and its colon, a column even the same on every
 * line where it opens the text right after the time (Stubby writes it there before each text; after
 * a level, `[Info] HERTZ: text`, a name is the text's). Capitals only, no level spelling (`ERROR:`,
 * `NOTE:` are levels) and no word that opens text unmarked (`HTTP:`, `FAIL:`).
 */
function isProgramName(tag: string): boolean {
  const n = tag.length - 1;
  if (tag.charCodeAt(n) !== 58 || n < PROGRAM_NAME_CHARS[0] || n > PROGRAM_NAME_CHARS[1]) return false;
  for (let k = 0; k < n; k++) if (!isUpper(tag.charCodeAt(k))) return false;
  return isPlainName(tag.slice(0, n));
}

/**
 * True when a column's word `name` could be a program's or logger's name: it spells no level, placed
 * or not (`ERROR`, `NOTE`), and is no word that opens text unmarked (`HTTP`, `FAIL`).
 */
function isPlainName(name: string): boolean {
  return (
    levelSpelling(name) === undefined && placedLevelSpelling(name) === undefined && !opensTextUnmarked(name)
  );
}

/**
 * True for `openwisp:`, `scons:`: a program's name in lower case and its colon, the same on every
 * line, where it opens the message (CLI tools and shell agents prefix their own name); no level
 * spelling (`error:`, `info:`), no word that opens text unmarked, no digit last.
 */
function isLowerProgramName(tag: string): boolean {
  const n = tag.length - 1;
  if (tag.charCodeAt(n) !== 58 || n < 2 || n > PROGRAM_NAME_CHARS[1] * 2) return false;
  for (let k = 0; k < n; k++) {
    const c = tag.charCodeAt(k);
    if (!isLower(c) && !isDigit(c) && c !== 95 && c !== 45) return false;
  }
  // A name ending in a digit is a device or an instance the text is about (`wlan0:`, `md0:`).
  return isLower(tag.charCodeAt(0)) && !isDigit(tag.charCodeAt(n - 1)) && isPlainName(tag.slice(0, n));
}

/**
 * What a location column at [i, end) is compared by across lines: a source location (`nc_proxy.c:217`)
 * as written, a name and its line (`dragent:541: `, `Step (2): `) by the name alone.
 */
function locationName(text: string, i: number, end: number): string {
  const value = text.slice(i, end).trimEnd();
  if (text.charCodeAt(i + value.length - 1) !== 58) return value;
  let k = value.length - 1;
  while (k > 0 && !isDigit(value.charCodeAt(k))) k--;
  const last = k;
  while (k > 0 && isDigit(value.charCodeAt(k))) k--;
  return isSourceLocation(text, i, i + last + 1) ? value : value.slice(0, k);
}

/**
 * `[ ]`, `[]`, `[-]`, `[event: ]`, `[ctx=]`: a bracket holding only spaces or a dash (oslo.log's
 * `[-]`, no request context), or a label with an empty value.
 */
function isEmptyField(value: string): boolean {
  let close = value.length - 1;
  if (value.charCodeAt(close) === 58) close--;
  if (close === 1 || (close === 2 && value.charCodeAt(1) === 45)) return true;
  let k = close - 1;
  while (k > 0 && value.charCodeAt(k) === 32) k--;
  const last = value.charCodeAt(k);
  return k === 0 || last === 58 || last === 61;
}

function sharedTrail(
  messages: readonly string[],
  at: readonly number[],
  ends: readonly number[],
  shape: TrailShape,
  needed: number,
) {
  let count = 0;
  let loggerLike = 0;
  let first: string | undefined;
  let varies = false;
  const tags = new Map<string, number>();
  for (let m = 0; m < messages.length; m++) {
    const text = messages[m] as string;
    const end = trailEnd(text, ends[m] as number, shape);
    const start = trailStart(text, end, shape);
    if (start <= (at[m] as number)) continue;
    count++;
    if (shape === 'tag') {
      const tag = tagAndContext(text, start, end)[0];
      tags.set(tag, (tags.get(tag) ?? 0) + 1);
      continue;
    }
    const value = text.slice(start, end);
    if (isLoggerLike(value)) loggerLike++;
    if (first === undefined) first = value;
    else if (value !== first) varies = true;
  }
  if (count < needed) return false;
  if (shape === 'tag') return isRecurringTag(tags, count);
  if (shape !== 'name') return true; // a caller or context is a column by its shape
  // A name the same on every line (`[OK]`) may be the text's, and so may plain words (`[alice]`, `[bob]`).
  return varies && loggerLike * 2 > count;
}

/**
 * True when one tag closes most of the lines that end in one (LoggerPro's ` [dmvcframework]`, the
 * tag DelphiMVCFramework's `MVCFramework.Logger` passes on its every call): a user's name or an
 * id changes from line to line, and a check's outcome (`[DONE]`, `[FAILED]`) is the text's.
 */
function isRecurringTag(tags: ReadonlyMap<string, number>, count: number): boolean {
  let commonest = '';
  let most = 0;
  for (const [tag, n] of tags)
    if (n > most) {
      commonest = tag;
      most = n;
    }
  return most * 2 > count && !isOutcomeWord(commonest);
}

/** ` [OServer]`, ` [c.a.Foo]`: a CamelCase name (a capital inside it, lower case too) or one qualified by dots. */
function isLoggerLike(column: string): boolean {
  let hump = false;
  let lower = false;
  for (let k = 2; k < column.length - 1; k++) {
    const c = column.charCodeAt(k);
    const next = column.charCodeAt(k + 1);
    if (c === 46 && (isUpper(next) || isLower(next))) return true;
    if (isUpper(c) && k > 2) hump = true;
    else if (isLower(c)) lower = true;
  }
  return hump && lower;
}

/**
 * The name a column at [i, end) gives the logger: a bracket's inside, a tag before its colon, a
 * logger's dotted name without its line (`com.example.Boot:110`) or Clojure's ` ::`; '' for others.
 */
function columnName(message: string, i: number, end: number, shape: ColumnShape): string {
  if (shape === 'bracket') return message.slice(i + 1, message.lastIndexOf(']', end)).trim();
  if (shape === 'tag') return message.slice(i, message.lastIndexOf(':', end)).trim();
  if (shape === 'capitals') return message.slice(i, message.indexOf(' ', i));
  if (shape !== 'logger') return '';
  let k = i;
  while (
    k < end &&
    message.charCodeAt(k) !== 32 &&
    message.charCodeAt(k) !== 58 &&
    message.charCodeAt(k) !== 91
  )
    k++;
  // A .NET namespace names a type, no logger; a name glued to its line (`MoinMoin.auth:253`) is one.
  if (!isLower(message.charCodeAt(i)) && message.charCodeAt(k) !== 58) return '';
  return message.slice(i, k);
}

/** What a logger's column holds past its `name`, the marks around it trimmed (`:110` of `%c:%L`). */
function loggerColumnRest(value: string, name: string): string {
  const at = value.indexOf(name);
  if (at < 0) return '';
  return value
    .slice(at + name.length)
    .replace(/^[\s:\]>)]+|[\s:|-]+$/g, '')
    .trim();
}

/** A location glog's layout closes with `]` and opens with none (`port.cc:113]`): the location alone. */
function withoutGlogBracket(location: string): string {
  return location.endsWith(']') && !location.includes('[') ? location.slice(0, -1) : location;
}

/** plog's `[%func@%line]`: `[main@24]`, `[GPClient::doConnect@238]`. */
const FUNCTION_AND_LINE = /^\[([A-Za-z_~][\w:~]*@\d{1,6})\]:?$/;

/**
 * The caller a column at the front gives: a source location (`nc_proxy.c:217:`), a function or
 * method called with empty parentheses (`psramInit():`, `o.o.k.RunKernel.main()   :`), or a bracketed
 * function and its line (plog's `[%func@%line]`, `[Client::login@41]`), else undefined.
 */
function leadCaller(value: string, shape: ColumnShape): string | undefined {
  if (shape === 'location') return withoutGlogBracket(value.replace(/[\s:|>-]+$/, ''));
  if (shape === 'module') return value;
  // A function's or a class's method's name before `(): `, padded or not (`o.o.k.RunKernel.main()`),
  // or before the quote opening the text (`main() '`).
  if (shape === 'call') return value.replace(/[\s:']+$/, '');
  // NLog's `${stacktrace}`: the frames that called the logger, the last the call site.
  if (shape === 'stacktrace') return value;
  if (shape === 'paren') return parenCaller(value);
  if (shape !== 'bracket' || value.indexOf('@') < 0) return undefined;
  return FUNCTION_AND_LINE.exec(value)?.[1];
}

/** What a pinned column compares: the value, or a process column's name with `[]` for its pid (`pidTagName`). */
function pinnedValue(value: string, shape: ColumnShape): string {
  if (shape !== 'process') return value;
  const open = value.indexOf('[');
  return open < 0 ? value : `${value.slice(0, open)}[]${value.endsWith(':') ? ':' : ''}`;
}

/**
 * The message without the learned `columns` it opens and ends with, in order; at each end, the
 * first that is not there ends the header. The first column that names something (`[component]`,
 * `tag:`) is the logger when the line has none, the others are kept as written in
 * `fields.header_columns`; a trailing caller and context are kept in `fields` (`caller`, `context`).
 */
export function skipColumns(message: string, columns: Columns, line: ParsedLine): string {
  let i = 0;
  const kept: string[] = [];
  // The column that names the logger: a logger's dotted name (`%c`, `%c:`, `%c:%L`) over the first
  // bracket or tag, which in log4j's `[%t] %c: %m` is the thread.
  let named = -1;
  let dotted = false;
  let name = '';
  let quoted = false;
  for (let c = 0; c < columns.lead.length; c++) {
    const shape = columns.lead[c] as ColumnShape;
    const width = columns.widths?.[c];
    let end = columnEnd(message, i, shape, c === 0 && columns.wide === true);
    if (end < 0 && width !== undefined)
      end = fullPaddedEnd(message, i, width, columns.overflowing?.[c] === true);
    if (end < 0 && shape === 'logger') end = rootLoggerEnd(message, i);
    if (end < 0) break;
    if (shape === 'call' && message.charCodeAt(end - 1) === 39) quoted = true;
    const value = leadValue(message, i, end, shape);
    const pin = columns.pinned?.[c];
    if (pin !== undefined && pinnedValue(value, shape) !== pin) break;
    // A separator holds no word: the text goes on after it.
    if (shape === 'separator') {
      i = end;
      continue;
    }
    // A source location, or a function and its line, is where the line was logged from, as a
    // trailing caller is: no logger's name.
    const caller = leadCaller(value, shape);
    if (caller !== undefined && line.fields.caller === undefined) {
      // dionaea's GLib level name glued to the location (`module.c:778-info`, `location-level.ts`).
      const glued = shape === 'location' ? splitLocationLevel(caller) : undefined;
      line.fields.caller = glued?.caller ?? caller;
      if (glued !== undefined && line.level === undefined) line.level = glued.level;
      i = end;
      continue;
    }
    // A pipe-separated column's level letter (`| N |`) is the line's level, no column.
    if (c === columns.levelLetter) {
      const level = pipedLetterLevel(message, i);
      if (level !== undefined) {
        if (line.level === undefined) line.level = level;
        i = end;
        continue;
      }
    }
    // Hyphanet's `(class, thread, LEVEL):` is the line's level, logger and thread, no text.
    if (c === columns.fredHeader && readFredHeader(value, line)) {
      i = end;
      continue;
    }
    // A process or thread id named as such is the line's `pid` or `tid`, as the header's are.
    // In brackets or parentheses a changing id is learned by that shape first (`[pid 4242]`).
    const labelled =
      shape === 'pid' || ((shape === 'bracket' || shape === 'paren') && labelledIdEnd(message, i) >= 0);
    const id = labelled ? labelledId(value) : undefined;
    if (id !== undefined && line.fields[id[0]] === undefined) {
      line.fields[id[0]] = idValue(id[1]);
      i = end;
      continue;
    }
    if (line.logger === undefined && !dotted && caller === undefined) {
      const candidate = shape === 'bracket' && isEmptyField(value) ? '' : columnName(message, i, end, shape);
      const isDotted = (shape === 'logger' || shape === 'tag') && candidate.includes('.');
      if (candidate.length > 0 && (named < 0 || isDotted)) {
        named = kept.length;
        dotted = isDotted;
        name = candidate;
      }
    }
    kept.push(value);
    i = end;
  }
  if (named >= 0) {
    line.logger = name;
    // What the column holds past the name (log4j's `%c:%L` line number) stays the line's.
    const rest = loggerColumnRest(kept[named] ?? '', name);
    if (/^\d{1,7}$/.test(rest) && line.fields.line === undefined) line.fields.line = Number(rest);
    // Crystal's context after its source (`[client: "…"]`) is the line's context, as a learned MDC is.
    const context = rest.charCodeAt(0) === 91 && line.fields.context === undefined;
    if (context) line.fields.context = rest.slice(1, -1);
    if (rest !== '' && !context && line.fields.line !== Number(rest)) kept[named] = rest;
    else kept.splice(named, 1);
  }
  // A thread id or a process and its pid is no text, but still the line's: searchable, never dropped.
  // After any the header kept before its level (`17957 | ap | notice | RAD | text`), in order.
  if (kept.length > 0) appendHeaderColumns(line, kept.join(' '));
  let end = message.length;
  for (const shape of columns.trail) {
    const stop = trailEnd(message, end, shape);
    const start = trailStart(message, stop, shape);
    if (start <= i) break;
    end = stop;
    if (shape === 'tag') {
      const [tag, context] = tagAndContext(message, start, end);
      if (context !== '' && line.fields.context === undefined) line.fields.context = context;
      nameTrail(line, tag);
      end = start;
      continue;
    }
    const pipe = shape === 'pipe';
    const from = start + (pipe ? 3 : 1);
    const enclosed = (shape === 'location' && enclosedAt(message, from, end)) || shape === 'name' ? 1 : 0;
    const value = message.slice(from + enclosed, end - enclosed).trimEnd();
    if (shape === 'name') {
      nameTrail(line, value);
      end = start;
      continue;
    }
    const key = pipe ? 'columns' : shape === 'location' ? 'caller' : 'context';
    const known = line.fields[key];
    line.fields[key] = typeof known === 'string' ? `${value}${pipe ? ' | ' : ' '}${known}` : value;
    end = start;
  }
  // The quote a call column opened (`main() '…'`) closes the text.
  if (quoted) {
    while (end > i && isSpace(message.charCodeAt(end - 1))) end--;
    if (message.charCodeAt(end - 1) === 39) end--;
  }
  return i === 0 && end === message.length ? message : message.slice(i, end).trimEnd();
}

/** A name after the text is the logger when the line has none, else kept before the columns after it. */
function nameTrail(line: ParsedLine, name: string): void {
  if (line.logger === undefined) {
    line.logger = name;
    return;
  }
  const known = line.fields.columns;
  line.fields.columns = typeof known === 'string' ? `${name} ${known}` : name;
}
