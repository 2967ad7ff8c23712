/**
 * A line read through its header (`structure.ts`): what the fixed formats did not recognise, or
 * recognised without a level, read from where its timestamp and level were found.
 */
import { MIN_SAMPLE_LINES } from './agreement.ts';
import {
  isAlnum,
  isDigit,
  isHexDigit,
  isLetter,
  isLower,
  isUpper,
  isUpperRun,
  labelledDateStart,
  monthAt,
} from './calendar.ts';
import { isDiagnosticCategory } from './diagnostic.ts';
import { LOOSE_JSON_NOTE, noteLooseJson, readJson } from './formats/json.ts';
import { takeLevelThreadBracket } from './formats/level-thread-bracket.ts';
import { bracketCodeEnd, colonLoggerEnd, parsePythonBasic, readAfterLevel } from './formats/leveled.ts';
import { closingPairsFrom, lastTimePair, looksLikeLogfmt, parseLogfmt } from './formats/logfmt.ts';
import { looksLikeHostAndTag, readHostAndTag } from './formats/syslog.ts';
import { takeThreadTaskBracket } from './formats/thread-task-bracket.ts';
import {
  arrowEnd,
  bracketLoggerEnd,
  categoryBeforeLevelStart,
  dashOpensText,
  dashRunEnd,
  isDriveAt,
  isSourceLocation,
  joinedLoggerStart,
  levelCodeEnd,
  separatedLoggerStart,
  separatedNameEnd,
  skipHeaderFields,
  skipSpaces,
} from './header-fields.ts';
import { putField } from './json-object.ts';
import { takeSincePrevious, timeAfterLabels } from './labels-before-time.ts';
import { celeryTaskEnd, withoutClosingPipes } from './layout-prefixes.ts';
import { LEAD_COLUMNS, LEAD_TIME, LEAD_WHOLE, leadEnd, leadReading, NO_LEAD } from './lead-before-time.ts';
import {
  columnWordLevel,
  hasDeclaredLevelWords,
  isGlogLetter,
  isProtocolBeforeColon,
  LEVEL_WORD_CHARS,
  type Level,
  levelSpelling,
  normaliseLevel,
  opensTextUnmarked,
  syslogSeverityLevel,
} from './levels.ts';
import { appendHeaderColumns, newLine } from './line.ts';
import { isCountFrom } from './look-alikes.ts';
import {
  bracketLabelLevel,
  debugHeaderLevel,
  labelLetterLevel,
  takeRestatedPidPriority,
  takeSessionPipesHeader,
} from './priority-brackets.ts';
import { commaJoinedNameEnd, emptyHeader, type Header, scanHeader } from './structure.ts';
import type { TimeContext } from './timestamps.ts';
import type { ParsedLine } from './types.ts';

/** Characters between header fields and the message: spaces, closing brackets, separators. */
function isSeparator(c: number): boolean {
  return c === 32 || c === 9 || c === 93 || c === 41 || c === 62 || c === 124 || c === 44 || c === 58;
}

/**
 * True when [a, b) holds only spaces, tabs and closing brackets: no mark a layout separates its
 * header from the text with (`-`, `:`, `|`, `,`, `>`) stands between the header and `b`.
 */
function onlyClosersBetween(raw: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const c = raw.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 93 && c !== 41) return false;
  }
  return true;
}

/**
 * Index of the message after `i`: separators skipped, and a ` - `, ` --- ` or `-- :` between fields.
 * A `> ` right after the dashes is the text's: the dashes separated already (britney2's
 * `{shortlevelname}: [{asctime}] - {message}` and its `"> Found %d non-installable packages"`).
 */
function messageStart(raw: string, i: number): number {
  let j = i;
  for (;;) {
    while (j < raw.length && isSeparator(raw.charCodeAt(j))) {
      if (raw.charCodeAt(j) === 124 && framesText(raw, j)) return j;
      j++;
    }
    const dashes = dashRunEnd(raw, j);
    // After a level's own colon a dash is the text's (Legendary's `[DLManager] INFO:  - Downloaded: …`,
    // `%(levelname)s: %(message)s` of a message that opens with `- `; r124).
    if (dashes < 0 || dashOpensText(raw, j)) return j;
    j = dashes;
    if (raw.charCodeAt(j) === 62 && raw.charCodeAt(j + 1) === 32) return j;
  }
}

/** Fewest pipes of a box's frame (`||`): one pipe separates columns. */
const MIN_FRAME_PIPES = 2;

/**
 * True when a run of pipes at `i`, after a space, is matched by the same run closing the line after
 * a space (Parabricks' banner box, `] ||        Program:      GPU-PBBWA mem        ||`): a frame
 * drawn around the text, the text's own, not a separator after the header.
 */
function framesText(raw: string, i: number): boolean {
  if (raw.charCodeAt(i - 1) !== 32) return false;
  let k = i;
  while (raw.charCodeAt(k) === 124) k++;
  const run = k - i;
  if (run < MIN_FRAME_PIPES || raw.charCodeAt(k) !== 32) return false;
  let e = raw.length;
  while (e > k && raw.charCodeAt(e - 1) === 32) e--;
  const closeAt = e - run;
  if (closeAt <= k || raw.charCodeAt(closeAt - 1) !== 32 || raw.charCodeAt(closeAt - 2) === 124) return false;
  for (let c = closeAt; c < e; c++) if (raw.charCodeAt(c) !== 124) return false;
  return true;
}

/**
 * A name glued to the level by a slash, `I/ActivityManager( 1702): …` or `INFO/MainProcess] …`: the
 * name is the logger, and the message starts after it, a `(pid)` and the closing separators.
 */
function afterSlashTag(raw: string, i: number, line: ParsedLine): number {
  let j = i;
  while (j < raw.length && j - i < 128) {
    const c = raw.charCodeAt(j);
    if (c === 40 || c === 58 || c === 93 || c === 32) break; // ( : ] space
    j++;
  }
  if (j === i) return i;
  line.logger = raw.slice(i, j).trim();
  if (raw.charCodeAt(j) === 40) {
    const close = raw.indexOf(')', j);
    if (close > j && close - j < 32) j = close + 1;
  }
  return j;
}

/**
 * The slash tag ending at `end` closes a bracket that opens the line with the time and holds the
 * whole header: Celery's worker format, `[%(asctime)s: %(levelname)s/%(processName)s] %(message)s`
 * (`DEFAULT_PROCESS_LOG_FMT`, `celery/app/defaults.py`). What follows is all text, a bracket the
 * program wrote first (`[… INFO/ForkPoolWorker-1] [EXTERNAL FEED] Fetching …`, r117) or a name before
 * a dash (`[… INFO/MainProcess] app.db - text`), which no other reading may take for a logger, a
 * thread or a column.
 */
function slashClosesHeader(raw: string, end: number, header: Header): boolean {
  return (
    raw.charCodeAt(end) === 93 &&
    header.shape >= 0 &&
    header.timeStart === 1 &&
    raw.charCodeAt(0) === 91 &&
    raw.lastIndexOf('[', end) === 0
  );
}

/** `afterSlashTag` on a line whose logger another reading may have named already: that name stays. */
function slashTagEnd(raw: string, i: number, line: ParsedLine): number {
  const logger = line.logger;
  const end = afterSlashTag(raw, i, line);
  if (logger !== undefined) line.logger = logger;
  return end;
}

/**
 * Names joined to the level by colons, `INFO:app.worker:Main:text` (Python's
 * `%(levelname)s:%(name)s:%(message)s`): the first is the logger, and the text starts after the last
 * colon before the first space, or after the first space when a line number follows that colon
 * (`INFO:vmm/src/lib.rs:2114 -- text`). The names after the logger (a thread, a function, a line
 * number) are kept (`keepColonNames`). Returns `i - 1` when no name follows.
 */
function afterColonNames(raw: string, i: number, line: ParsedLine): number {
  const c = raw.charCodeAt(i);
  if (!isLetter(c) && !(isDigit(c) && isHexIdBeforeColon(raw, i))) return i - 1;
  let space = raw.indexOf(' ', i);
  if (space < 0) space = raw.length;
  if (space - i > 160) return i - 1;
  const last = raw.lastIndexOf(':', namesEnd(raw, i, space) - 1);
  if (last < i) return i - 1;
  const first = raw.indexOf(':', i);
  // `ERROR:https://db/x failed`: a URL's scheme, no logger's name.
  if (raw.charCodeAt(first + 1) === 47 && raw.charCodeAt(first + 2) === 47) return i - 1;
  // `info:c:\source\x.cpp:402: text`: a Windows path's drive, a source location and no logger.
  const drive = isDriveAt(raw, i);
  if (!drive) line.logger = raw.slice(i, first);
  // `INFO:vmm/src/lib.rs:2114 -- text`: a line number after a source file's name ends a source
  // location (after a module's, `INFO:app.db:5 retries left`, the number is the text's).
  let k = last + 1;
  while (k < space && isDigit(raw.charCodeAt(k))) k++;
  const location = raw.lastIndexOf(':', last - 1) + 1;
  if (k === space && k > last + 1 && isSourceLocation(raw, location, space)) {
    keepColonNames(raw, drive ? i : first + 1, location - 1, line);
    keepColonNames(raw, location, space, line);
    return space;
  }
  keepColonNames(raw, drive ? i : first + 1, last, line);
  return last + 1;
}

/** Fewest and most characters of a hexadecimal id opening the colon-joined names (`isHexIdBeforeColon`). */
const HEX_ID_CHARS = [8, 40] as const;

/**
 * A hexadecimal id and a colon at `i`, which may open with a digit where a name may not: Hubzilla's
 * `logger()` writes its `logid()`, ten hex digits of a hash, between the priority and the caller
 * (`LOG_INFO:5b1e0a93c4:Cron.php:33:run: text`, `include/text.php`).
 */
function isHexIdBeforeColon(raw: string, i: number): boolean {
  let k = i;
  while (k - i <= HEX_ID_CHARS[1] && isHexDigit(raw.charCodeAt(k))) k++;
  return raw.charCodeAt(k) === 58 && k - i >= HEX_ID_CHARS[0] && k - i <= HEX_ID_CHARS[1];
}

/**
 * `raw[a, b)`, names after a colon-joined logger that no reader took (`MainThread`, a function, a
 * line number, `48211:48211`): a source location (`c:\src\x.cpp:402`) is the caller, the rest is
 * kept in `fields.header_columns` as written (issue #14).
 */
function keepColonNames(raw: string, a: number, b: number, line: ParsedLine): void {
  if (b <= a) return;
  if (line.fields.caller === undefined && isSourceLocation(raw, a, b)) line.fields.caller = raw.slice(a, b);
  else appendHeaderColumns(line, raw.slice(a, b));
}

/**
 * Where the names before `space` end: at a key=value pair or a URL, which open the text
 * (`ERROR:root:url=http://db:5432/x failed`), after the colon before a part no name opens with
 * (`INFO:Harness:>>>Starting: JobSubmitter<<<`, WMCore's text keeping its own colon), else at `space`.
 */
function namesEnd(raw: string, i: number, space: number): number {
  let k = i;
  while (k < space && raw.charCodeAt(k) !== 61 && !raw.startsWith('://', k)) {
    if (raw.charCodeAt(k) === 58 && k + 1 < space && !opensName(raw.charCodeAt(k + 1))) return k + 1;
    k++;
  }
  return k;
}

/**
 * True for a character a colon-joined name opens with: a letter, digit, `_`, `.`, a path's `/` or `\`,
 * the `<` of Python's `<module>`, or the second colon of Rust's `::` path (`hickory_server::server`).
 */
function opensName(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 95 || c === 46 || c === 47 || c === 92 || c === 60 || c === 58;
}

/**
 * Between a level's colon at `i` and the time at `timeStart` stand only spaces, the time's own
 * bracket (`INFO: [Nov 28 15:20:51.114]`), the end of the level's bracket (cardano-node's
 * `[…:Notice:90] [2026-09-12 …]`), or a program's name and its pid in brackets (apport's
 * `ERROR: apport (pid 48213) Mon Nov 30 07:42:19 2026: text`): the time belongs to the header.
 */
function opensTimeHeader(raw: string, i: number, timeStart: number): boolean {
  let k = skipSpaces(raw, i);
  while (k < timeStart && isDigit(raw.charCodeAt(k))) k++;
  if (raw.charCodeAt(k) === 93) k = skipSpaces(raw, k + 1);
  else if (k < timeStart && isLetter(raw.charCodeAt(k))) {
    while (k < timeStart && raw.charCodeAt(k) !== 32 && raw.charCodeAt(k) !== 40 && raw.charCodeAt(k) !== 91)
      k++;
    const nameEnd = k;
    k = skipSpaces(raw, k);
    const open = raw.charCodeAt(k);
    if (open !== 40 && open !== 91) return false;
    // A component's name in capitals before the time's own bracket (`CRITICAL: APP [10:40:01:123]`).
    if (open === 91 && k + 1 === timeStart) return isUpperName(raw, i, nameEnd);
    const close = raw.indexOf(open === 40 ? ')' : ']', k);
    if (close < 0 || close >= timeStart) return false;
    k = skipSpaces(raw, close + 1);
  }
  if (raw.charCodeAt(k) === 91) k++;
  return k === timeStart;
}

/** True when [a, b), after spaces, is a name in capitals and digits of two characters or more (`GPTP`, `APP`). */
function isUpperName(raw: string, a: number, b: number): boolean {
  const start = skipSpaces(raw, a);
  if (b - start < 2) return false;
  for (let k = start; k < b; k++)
    if (!isUpper(raw.charCodeAt(k)) && !isDigit(raw.charCodeAt(k))) return false;
  return true;
}

/** Where the bracket around a whole line closes (set by `closeHeaderBracket`), else -1. */
let wrappedUntil = -1;

/**
 * When the header ends inside a bracket that opened before it (`[2025-… INFO HostContext] text`,
 * `[I 261130 14:02:11 web:2271] text`, `<Warn:HAL.Fan.Warning> text`), the message starts after that
 * bracket closes; a single name left inside it is the logger. A bracket around the whole line holds
 * the text (`wrappedUntil`).
 */
function closeHeaderBracket(raw: string, end: number, line: ParsedLine): number {
  let depth = 0;
  let angles = 0;
  for (let k = 0; k < end; k++) {
    const c = raw.charCodeAt(k);
    if (c === 91) depth++;
    else if (c === 93 && depth > 0) depth--;
    else if (c === 60) angles++;
    else if (c === 62 && angles > 0) angles--;
  }
  // `<Info:vlan.msgs.portLinkStateUp> text` (Extreme EXOS): an angle bracket is closed the same way.
  if (depth + angles !== 1) return end;
  const [open, shut] = depth === 1 ? ['[', ']'] : ['<', '>'];
  const close = raw.indexOf(shut, end);
  if (close < 0 || close - end > 96 || raw.lastIndexOf(open, close) >= end) return end;
  // `[ 2026 Nov 28 11:07:08 Enabled. ]` (Solaris SMF's service logs): a bracket around the whole
  // line holds the text, which ends where it closes.
  if (skipSpaces(raw, close + 1) === raw.length) {
    wrappedUntil = close;
    return end;
  }
  const inner = raw.slice(end, close).trim();
  if (line.logger === undefined && /^[A-Za-z_][\w.$-]*$/.test(inner)) line.logger = inner;
  // Anything else there (Passenger's `1180/T1 age/Cor/CoreMain.cpp:1340`) is the line's too.
  else keepColumns(raw, end, close, line);
  return close + 1;
}

/** The line as its header reads: undefined when the header holds neither a timestamp nor a level. */
export function lineFromHeader(raw: string, given: Header, format: string): ParsedLine | undefined {
  if (given.shape < 0 && given.level === undefined) return undefined;
  const header = bracketLevelRules(raw, given);
  const line = newLine(format, '');
  let end = 0;
  let joinedNamesEnd = -1;
  // A slash tag closed the bracket holding the whole header (`slashClosesHeader`): the rest is text.
  let slashClosed = false;
  let lead = NO_LEAD;
  if (header.shape >= 0) {
    line.timestamp = header.time;
    line.timestampText = raw.slice(header.timeStart, header.timeEnd);
    takeDateLabel(raw, header, line);
    // Words stepped over before the time that nothing else keeps (`lead-before-time.ts`): labels,
    // ids, NestJS's `[Nest] 19096  - ` and its imitators' labels (`labels-before-time.ts`), unless a
    // level after the time keeps them with the columns stepped over (`keepSteppedOver`).
    const stepped =
      header.level !== undefined && header.textStart < 0 && header.levelStart > header.timeStart;
    lead = line.fields.node === undefined ? leadBeforeTime(raw, header) : NO_LEAD;
    if (lead === LEAD_COLUMNS && !stepped) keepColumns(raw, 0, leadEnd(raw, header.timeStart), line);
    // `Fri 2026/11/27 09:02:28`: the weekday the time's shape leaves out is still the time's text.
    if (lead === LEAD_TIME) line.timestampText = raw.slice(firstAlnum(raw), header.timeEnd);
    end = header.timeEnd;
    // A quoted time in a record of quoted fields (hMailServer's `"SMTPD"\t…\t"2026-11-30 08:30:06.353"\t"text"`):
    // its closing quote is the header's.
    if (raw.charCodeAt(end) === 34 && raw.charCodeAt(header.timeStart - 1) === 34) end++;
  }
  const joined = header.level !== undefined ? takeJoinedLogger(raw, header, line) : -1;
  if (header.level !== undefined && header.textStart >= 0) {
    line.level = header.level;
    keepLevelReading(raw, header, joined, line);
    line.message = raw.slice(header.textStart);
    line.format = format;
    if (lead === LEAD_WHOLE) wholeLine(raw, line);
    else if (lead === LEAD_COLUMNS) takeLabelledDiff(raw, header, line);
    return line;
  }
  if (header.level !== undefined) {
    line.level = header.level;
    keepSteppedOver(raw, header, joined >= 0 ? joined : header.levelStart, line);
    end = Math.max(end, header.levelEnd);
    // Where the level's own reading ends: after its code, a tag or names glued to it.
    let read = header.levelEnd;
    const coded = takeLevelCode(raw, header, line);
    if (coded > header.levelEnd) end = read = coded + 1;
    else if (raw.charCodeAt(header.levelEnd) === 47) {
      end = read = afterSlashTag(raw, header.levelEnd + 1, line);
      slashClosed = slashClosesHeader(raw, end, header);
    } else if (raw.charCodeAt(header.levelEnd) === 58) {
      read = afterColonNames(raw, header.levelEnd + 1, line);
      if (read > header.levelEnd + 1 && raw.charCodeAt(read - 1) === 58 && raw.charCodeAt(read) === 62)
        joinedNamesEnd = read;
      // `D: 11/14/17 21:08:12 - text`: a level before the time leaves the header at the time's end;
      // not when words of the text stand between them (`WARNING: expires on 2026-12-31 23:59:59`).
      const timeAfter = header.shape >= 0 && header.timeStart > header.levelEnd;
      end =
        timeAfter && !opensTimeHeader(raw, header.levelEnd + 1, header.timeStart)
          ? read
          : Math.max(end, read);
    }
    // What stands between a level before the time and the time (`[a] [b] 2026-…`, `INFO [main]
    // 2026-…`, `INFO | jvm 1 | 2026/…`): stepped over when the message starts after the time, so
    // kept (not the time's key, `INFO ts=2026-…`).
    if (header.shape >= 0 && read < header.timeStart && end >= header.timeEnd)
      keepColumns(raw, read, leadEnd(raw, header.timeStart), line);
  }
  // The columns stepped over after the time (`web-0 2026-… [main] text`) stay the line's.
  if (header.level === undefined && header.columnEnd > end) {
    keepColumns(raw, end, header.columnEnd, line);
    end = header.columnEnd;
  }
  wrappedUntil = -1;
  end = closeHeaderBracket(raw, end, line);
  // After colon-joined names the text opens right after their last colon, its own `>>>` included
  // (WMCore's `INFO:Harness:>>>Starting`); after Celery's bracket, past its space, a dash or a colon
  // the program wrote first its own.
  const start =
    joinedNamesEnd === end && end > 0 ? end : slashClosed ? skipSpaces(raw, end) : messageStart(raw, end);
  // `ERROR - 2026-11-23 08:14:51 --> text`, `…]::INFO --> text`: an arrow right after the time or
  // the level ends the header; after the level's own colon it is the text's (PyBDSF's `userinfo`,
  // `mylogger.py`: `'--> ' + desc_str` under `%(levelname)-8s: %(message)s`), and so it is after a
  // separator the layout wrote (mapillary_tools' `%(levelname)-7s - %(message)s` and its
  // `"==> Processing …"`).
  const arrow =
    ((header.shape >= 0 && end === header.timeEnd) ||
      (header.level !== undefined && end === header.levelEnd)) &&
    onlyClosersBetween(raw, end, start)
      ? arrowEnd(raw, start)
      : start;
  const colonWrapped = colonWrappedEnd(raw, start);
  if (wrappedUntil >= start) line.message = raw.slice(start, wrappedUntil).trimEnd();
  else if (colonWrapped > 0) line.message = raw.slice(start + 1, colonWrapped);
  else if (arrow > start) line.message = raw.slice(skipSpaces(raw, arrow));
  else if (slashClosed) line.message = raw.slice(celeryTaskEnd(raw, start, line));
  else {
    readAfterLevel(raw, start, line, false);
    unwrapColonBracket(raw, line);
  }
  if (header.shape >= 0 && header.timeStart === 0)
    line.message = withoutClosingPipes(raw, header.timeEnd, line.message);
  // WiFiDog's `[N][ctime][pid](file.c:line) ` and its kin, logback's `[label] I <time>` (`priority-brackets.ts`).
  if (line.level === undefined && header.shape >= 0 && raw.charCodeAt(0) === 91) {
    const priority =
      debugHeaderLevel(raw, header.timeStart, header.timeEnd) ??
      labelLetterLevel(raw, header.timeStart) ??
      bracketLabelLevel(raw, header.timeStart, header.timeEnd);
    if (priority !== undefined) line.level = priority;
  }
  if (header.level !== undefined && header.shape >= 0 && header.levelStart > header.timeEnd)
    takeDelimitedFields(raw, header, line);
  line.format = format;
  if (lead === LEAD_WHOLE) wholeLine(raw, line);
  else if (lead === LEAD_COLUMNS) takeLabelledDiff(raw, header, line);
  return line;
}

/**
 * A level word in the bracket opening the line before its time (`bracketLabelLevel`) is the header's:
 * a level word the scan found past that bracket is the text's (`[PB Info …] Error: disk full`).
 */
function bracketLevelRules(raw: string, header: Header): Header {
  if (header.level === undefined || header.shape < 0 || header.levelStart <= header.timeEnd) return header;
  if (raw.charCodeAt(0) !== 91 || bracketLabelLevel(raw, header.timeStart, header.timeEnd) === undefined)
    return header;
  const { shape, timeField, timeStart, timeEnd, time } = header;
  return { ...emptyHeader(), shape, timeField, timeStart, timeEnd, time };
}

/**
 * Most one-word fields a header's own delimiter closes after its level: pbcopper's `LogField.h` has
 * four fields, TIMESTAMP, LOG_LEVEL, FUNCTION, THREAD_ID, so two follow the level; a third one-word
 * field is the text's first word (`… -|- 0x7f2a|| -|- Step -|- done`).
 */
const MAX_DELIMITED_FIELDS = 2;

/**
 * A header whose fields a delimiter of marks parts, the same between the time and the level and
 * after it (pbcopper's `>|> 20261130 17:45:03.218 -|- INFO -|- Run -|- 0x7f2a4c1e9740|| -|- text`,
 * `LogField.h`'s `DEFAULT = TIMESTAMP | LOG_LEVEL | FUNCTION | THREAD_ID`, the function `__func__`):
 * the one-word fields the delimiter closes at the message's start are the header's, kept in
 * `fields.header_columns`, and the text starts after the last. Only a delimiter of two or more marks
 * with no letter or digit, and at most `MAX_DELIMITED_FIELDS` fields, so the text's own words stay.
 */
function takeDelimitedFields(raw: string, header: Header, line: ParsedLine): void {
  const between = raw.slice(header.timeEnd, header.levelStart);
  const mark = between.trim();
  if (mark.length < 2 || between !== ` ${mark} ` || /[\p{L}\p{N}\s]/u.test(mark)) return;
  const separator = ` ${mark} `;
  let text = line.message;
  if (text.startsWith(`${mark} `)) text = text.slice(mark.length + 1);
  const kept: string[] = [];
  for (let n = 0; n < MAX_DELIMITED_FIELDS; n++) {
    const at = text.indexOf(separator);
    if (at <= 0 || text.slice(0, at).includes(' ')) break;
    kept.push(text.slice(0, at));
    text = text.slice(at + separator.length);
  }
  if (kept.length === 0) return;
  appendHeaderColumns(line, kept.join(' '));
  line.message = text;
}

/**
 * A message the header wraps whole in a bracket after a lone colon, `… : [text]` (EasySwoole's
 * `Logger`, `src/Logger.php`: `"[{$date}][{$category}][{$levelStr}] : [{$msg}]"`): the text is inside,
 * as the date, category and level are inside theirs. The index of the bracket opened at `i` when it
 * closes, balanced, at the line's end (`[SQLSTATE[HY000] [2002] refused]`), else -1: `: [a] b` keeps
 * its brackets.
 */
function colonWrappedEnd(raw: string, i: number): number {
  const last = raw.length - 1;
  if (raw.charCodeAt(i) !== 91 || raw.charCodeAt(last) !== 93 || i >= last) return -1;
  if (raw.charCodeAt(i - 1) !== 32 || raw.charCodeAt(i - 2) !== 58 || raw.charCodeAt(i - 3) !== 32) return -1;
  let depth = 0;
  for (let k = i; k < last; k++) {
    const c = raw.charCodeAt(k);
    if (c === 91) depth++;
    else if (c === 93 && --depth === 0) return -1;
  }
  return depth === 1 ? last : -1;
}

/** The message `readAfterLevel` left wrapped after a lone colon (`colonWrappedEnd`): its inside. */
function unwrapColonBracket(raw: string, line: ParsedLine): void {
  const at = raw.length - line.message.length;
  if (line.message.charCodeAt(0) === 91 && raw.endsWith(line.message) && colonWrappedEnd(raw, at) > 0)
    line.message = line.message.slice(1, -1);
}

/** The time since the previous line ending a line opened by NestJS's labels (`takeSincePrevious`). */
function takeLabelledDiff(raw: string, header: Header, line: ParsedLine): void {
  if (line.message.endsWith('ms') && timeAfterLabels(raw) === header.timeStart) takeSincePrevious(line);
}

/**
 * How the words before a time found past the line's start are kept (`leadReading`): not where a
 * level before the time already decided (its own readers keep what precedes it), nor where only
 * marks stand there (`[2026-…`).
 */
function leadBeforeTime(raw: string, header: Header): number {
  if (header.timeStart <= 0 || (header.level !== undefined && header.levelStart < header.timeStart))
    return NO_LEAD;
  const at = header.timeStart;
  // A cheap test first: a time at the line's start after marks only (`[`, `<`, spaces) has no lead.
  let k = 0;
  while (k < at && !isAlnum(raw.charCodeAt(k))) k++;
  if (k === at) return NO_LEAD;
  const lead = trimMarks(raw, 0, leadEnd(raw, at));
  // NestJS's labels before its dash (`timeAfterLabels`) are a header's, even with no text after the time.
  if (raw.charCodeAt(0) === 91 && timeAfterLabels(raw) === at) return LEAD_COLUMNS;
  return leadReading(raw, lead, header.timeEnd);
}

/** Index of the first letter or digit of `raw`. */
function firstAlnum(raw: string): number {
  let k = 0;
  while (k < raw.length && !isAlnum(raw.charCodeAt(k))) k++;
  return k;
}

/** Prose carrying a time: the whole line is the message, its columns in it (none kept twice). */
function wholeLine(raw: string, line: ParsedLine): void {
  line.message = raw.trim();
  delete line.fields.header_columns;
}

/**
 * The node or host glued before the time by a colon in the field opening the line (IOS XR's
 * `RP/0/RSP0/CPU0:Nov 28 …`, `labelledDateStart`): kept in `fields.node`, as the time's reading
 * leaves it out of the message.
 */
function takeDateLabel(raw: string, header: Header, line: ParsedLine): void {
  const colon = header.timeStart - 1;
  if (header.timeField !== 0 || colon < 1 || raw.charCodeAt(colon) !== 58) return;
  const start = skipSpaces(raw, 0);
  if (labelledDateStart(raw, start, header.timeStart) === header.timeStart)
    line.fields.node = raw.slice(start, colon);
}

/**
 * A logger joined to the header's level by a colon (`2026-… app.db:WARNING: text`), or standing
 * alone between the time and the level (`separatedLoggerStart`): the line's logger. Where a joined
 * one starts, else -1 (a separated one is left out of `header_columns` by its value).
 */
function takeJoinedLogger(raw: string, header: Header, line: ParsedLine): number {
  // `[WRN,Core] text`: the name joined after the level in its bracket, which the header stepped over.
  const close = commaJoinedNameEnd(raw, header.levelStart, header.levelEnd);
  if (close >= 0 && close < header.textStart) {
    const name = raw.slice(header.levelEnd + 1, close);
    // A second level word lists levels (`[ERROR,WARN]`); one that unmarked is text names a thing (`[WRN,Http]`).
    if (columnWordLevel(name) === undefined || opensTextUnmarked(name)) line.logger = name;
    return -1;
  }
  const category = categoryBeforeLevelStart(raw, header.levelStart, header.levelEnd);
  if (category >= 0 && header.textStart > header.levelEnd) {
    line.logger = raw.slice(category, header.levelStart - 1);
    line.fields.pid ??= Number(raw.slice(header.levelEnd + 1, header.textStart).trim());
    return category;
  }
  const start = joinedLoggerStart(raw, header.levelStart, header.levelEnd);
  if (start >= 0) line.logger = raw.slice(start, header.levelStart - 1);
  else if (header.shape >= 0 && header.timeEnd <= header.levelStart) {
    const alone = separatedLoggerStart(raw, header.timeStart, header.timeEnd, header.levelStart);
    if (alone >= 0) line.logger = raw.slice(alone, separatedNameEnd);
  }
  return start;
}

/**
 * The columns the header steps over before its level, up to `until` (`web-0 | INFO | text`,
 * `2026-… main INFO text`, `17957 | ap | notice | …`): no text, but still the line's, kept as
 * written in `fields.header_columns` (the time left out, and the pipes, brackets and spaces around
 * each piece). Where only marks stand there (`[2026-…] [INFO]`), nothing is kept.
 */
function keepSteppedOver(raw: string, header: Header, until: number, line: ParsedLine): void {
  if (until <= 0) return;
  const timed = header.shape >= 0 && header.timeStart < until;
  keepColumns(raw, 0, timed ? header.timeStart : until, line);
  if (timed) keepColumns(raw, header.timeEnd, until, line);
}

/**
 * Where the level's reading says where the text starts (a network OS's mnemonic, PHP's `PHP
 * Warning:`): the columns before the level (`CORE-SW1`, `PHP`) and a level field that is more than a
 * level's word (`SYSLOG/6/SYSLOG_RESTART`, `%OS-SYSMGR-5-PROC_RESTART_NAME`, stunnel's `LOG5`) are
 * the line's, kept in `fields.header_columns` (issue #14). Only a level past the time.
 */
function keepLevelReading(raw: string, header: Header, joined: number, line: ParsedLine): void {
  if (header.shape >= 0 && header.levelStart < header.timeEnd) {
    // A level before the time leaves `leadBeforeTime` nothing to keep: what stands before the level
    // is the line's (GLib's `(remote-viewer:2214): GSpice-WARNING **: 07:42:17.106: text`).
    if (header.levelStart < header.timeStart)
      keepColumns(raw, 0, joined >= 0 ? joined : header.levelStart, line);
    return;
  }
  // Before the time, `leadBeforeTime` and `takeDateLabel` decided already.
  keepColumns(raw, header.shape >= 0 ? header.timeEnd : 0, joined >= 0 ? joined : header.levelStart, line);
  const word = raw.slice(header.levelStart, header.levelEnd);
  if (normaliseLevel(word) === undefined && !isDiagnosticCategory(word))
    keepColumns(raw, header.levelStart, header.levelEnd, line);
  // What the level's reading steps over before the text: the topics after the level's in a list
  // (`system,info,account`), the name after a dashed level (`[Information-Duplicati.Library…]`),
  // without the dash and the bracket around it.
  let from = header.levelEnd;
  if (raw.charCodeAt(from) === 45) from++;
  let to = header.textStart;
  while (to > from && (raw.charCodeAt(to - 1) === 32 || raw.charCodeAt(to - 1) === 58)) to--;
  if (raw.charCodeAt(to - 1) === 93 && raw.lastIndexOf('[', to) < header.levelStart) to--;
  keepColumns(raw, from, to, line);
}

/**
 * `raw[a, b)`, columns a header reader stepped over, added to `fields.header_columns` without the
 * marks around them; not when only marks stand there, nor a value a reader already took (a pid).
 */
function keepColumns(raw: string, a: number, b: number, line: ParsedLine): void {
  const kept = trimMarks(raw, a, b);
  if (kept === '' || kept === line.logger || kept === line.host || kept === line.service) return;
  for (const value of Object.values(line.fields)) if (String(value) === kept) return;
  appendHeaderColumns(line, kept);
}

/** True for what separates a header's columns: a space, a tab, a pipe, a comma, `;`, `:` or a quote. */
function isColumnMark(c: number): boolean {
  return c === 32 || c === 9 || c === 124 || c === 44 || c === 59 || c === 58 || c === 34;
}

/**
 * `raw[a, b)` without the separators around it (`isColumnMark`, and a lone dash: `INFO - name |`,
 * `[Nest] 19096  - `), the closing brackets that open it (the time's: `] [web-0]`) and the opening
 * ones that end it (the level's: `[web-0] [`); '' when no letter or digit stands there (`*INFO*`'s
 * star, a lone `=`).
 */
function trimMarks(raw: string, a: number, b: number): string {
  let s = a;
  let e = b;
  for (;;) {
    for (let c = raw.charCodeAt(s); s < e && (isColumnMark(c) || c === 93 || c === 41 || c === 62); )
      c = raw.charCodeAt(++s);
    for (let c = raw.charCodeAt(e - 1); e > s && (isColumnMark(c) || c === 91 || c === 40 || c === 60); )
      c = raw.charCodeAt(--e - 1);
    if (s < e && raw.charCodeAt(s) === 45 && isColumnMark(raw.charCodeAt(s + 1))) s++;
    else if (e > s && raw.charCodeAt(e - 1) === 45 && isColumnMark(raw.charCodeAt(e - 2))) e--;
    else break;
  }
  for (let k = s; k < e; k++) if (isAlnum(raw.charCodeAt(k))) return raw.slice(s, e);
  return '';
}

/**
 * The status code glued to the level the header found in a bracket of its own (`[ERROR:00000005]`,
 * `levelCodeEnd`; not cardano-node's `[…:Notice:90]`), kept in `fields.code`: the index of the
 * bracket closing it, else the level's end.
 */
function takeLevelCode(raw: string, header: Header, line: ParsedLine): number {
  const own = raw.charCodeAt(header.levelStart - 1) === 91 && raw.charCodeAt(header.levelEnd) === 58;
  const coded = own ? levelCodeEnd(raw, header.levelEnd) : -1;
  if (coded < 0) return header.levelEnd;
  line.fields.code = raw.slice(header.levelEnd + 1, coded);
  return coded;
}

/**
 * A level the header found after the timestamp of a line a fixed format read without one (a
 * syslog `warning:` after the tag): set, and taken off the front of the message.
 */
export function addHeaderLevel(line: ParsedLine, raw: string, header: Header): void {
  if (header.level === undefined || line.level !== undefined) return;
  line.level = header.level;
  const joined = line.logger === undefined ? takeJoinedLogger(raw, header, line) : -1;
  const levelEnd = takeLevelCode(raw, header, line);
  const word = raw.slice(header.levelStart, header.levelEnd);
  const messageAt = raw.length - line.message.length;
  // The columns between the message's start and the level (`2026-… web-0 INFO text`) stay the line's.
  const until = joined >= 0 ? joined : header.levelStart;
  if (until > messageAt && raw.endsWith(line.message)) keepColumns(raw, messageAt, until, line);
  if (header.textStart >= messageAt && raw.endsWith(line.message)) line.message = raw.slice(header.textStart);
  else if (line.message.startsWith(word)) {
    const joined =
      line.message.charCodeAt(word.length) === 58 ? afterColonNames(line.message, word.length + 1, line) : -1;
    if (joined > word.length) line.message = line.message.slice(skipSpaces(line.message, joined));
    else {
      const at = skipHeaderFields(line.message, messageStart(line.message, word.length), line);
      line.message = line.message.slice(bracketLoggerEnd(line.message, at, line));
    }
  }
  // `[812] LOG:  text`: header fields (a pid) before the level, which the message began with.
  else if (header.levelStart > messageAt && raw.endsWith(line.message)) {
    // `[info/Application] text`: a name glued to the level by a slash is the logger, as the header reads it.
    const named = raw.charCodeAt(levelEnd) === 47 ? slashTagEnd(raw, levelEnd + 1, line) : levelEnd;
    // `[INFO Main] text`: the words after a level opening a bracket are its scope, the text after it.
    const scoped =
      raw.charCodeAt(header.levelStart - 1) === 91 && raw.charCodeAt(named) === 32
        ? closeHeaderBracket(raw, named, line)
        : named;
    const at = skipHeaderFields(raw, messageStart(raw, scoped), line);
    // `[time] [ message] [vmsvc] text`: after a bracketed level, a bracketed name is the logger.
    const bracketed = raw.charCodeAt(named) === 93;
    const after = bracketed ? bracketLoggerEnd(raw, bracketCodeEnd(raw, at, line), line) : at;
    // `… #6184 [Info] SyncTrayzor.Bootstrapper: text` (NLog's `#${processid} [${level}] ${logger}:`):
    // after a bracketed level, a dotted name and its colon is the logger, as a fixed format reads it.
    line.message = raw.slice(
      bracketed && after === at && line.logger === undefined ? colonLoggerEnd(raw, at, line) : after,
    );
  }
}

/**
 * A syslog line whose level stands after the program's own header fields rather than right after
 * its tag (Pacemaker's `pacemaker-controld [1234] (fn) notice: text`), or a tab-separated line the
 * syslog reader took a word of for its tag: read from the header instead, keeping the host, and the
 * program and its pid when the level stands in the message after their tag (`postgres[812]: … ERROR:`).
 */
export function syslogHeaderLine(
  fixed: ParsedLine,
  raw: string,
  header: Header,
  format: string,
): ParsedLine | undefined {
  const line = lineFromHeader(raw, header, format);
  if (line === undefined) return undefined;
  if (fixed.host !== undefined && raw.indexOf(fixed.host) < header.levelStart) line.host = fixed.host;
  const messageAt = raw.length - fixed.message.length;
  if (fixed.service !== undefined && header.levelStart >= messageAt) {
    line.service = fixed.service;
    line.fields = { ...fixed.fields, ...line.fields };
    dropSyslogHeader(line, raw.slice(header.timeEnd, messageAt).trim());
  }
  return line;
}

/**
 * The host and the tag (`db1 postgres[812]:`) out of the header columns the header finder kept
 * before a level in the message: the line names them already (`host`, `service`, `fields.pid`).
 */
function dropSyslogHeader(line: ParsedLine, syslogHeader: string): void {
  const columns = line.fields.header_columns;
  if (typeof columns !== 'string' || !columns.startsWith(syslogHeader)) return;
  const rest = columns.slice(syslogHeader.length).trim();
  if (rest.length > 0) line.fields.header_columns = rest;
  else delete line.fields.header_columns;
}

const TRAILING_LOGGER = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;
/**
 * `%c:%t`: a class's dotted name (its package in lower case, its last part capitalised: prose's
 * `(App.Settings:v2)` is none) and a thread name that is no number.
 */
const TRAILING_LOGGER_THREAD = /^((?:[a-z_$][\w$]*\.)+[A-Z][\w$]*):([^\s:()]*[^\s\d:()][^\s:()]*)$/;
/**
 * lmcache's `(%(filename)s:%(lineno)d:%(name)s)` (`lmcache/logging.py`'s `build_format`): a Python
 * file, its line number and the dotted logger (`(kv_controller.py:239:lmcache.v1.kv_controller)`).
 * Each module's logger is `init_logger(__name__)`, so the name ends with the file's module (a
 * package's `__init__.py` is named by its package): `(main.py:3:app.auth)` is the text's.
 */
const TRAILING_PYTHON_CALLER = /^(([\w-]+)\.py:\d+):([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)$/;

/** True when lmcache's logger `name` is the one `init_logger(__name__)` gives in file `stem.py`. */
function isModuleLogger(stem: string, name: string): boolean {
  return stem === '__init__' || name.endsWith(`.${stem}`);
}

/**
 * Log4j's `%m (%c)` layout, Kafka's default: a message ending in ` (dotted.logger.Name)`, or
 * `%m (%c:%t)` with the thread after a colon (Marathon's, Chaos'), or lmcache's Python caller
 * (`TRAILING_PYTHON_CALLER`). The name becomes the logger, the thread `fields.thread`, the file and
 * line `fields.caller`; a bracket the parser took for the logger goes back into the message. A
 * host and port (`(db.example.com:5432)`) or a source location (`(Foo.java:42)`) is no logger and
 * thread: the class's package is in lower case, its last part capitalised, and the thread is no number.
 */
export function takeTrailingLogger(line: ParsedLine, raw: string): void {
  const trailer = trailingLoggerOf(line.message);
  if (trailer === undefined) return;
  let text = line.message.slice(0, trailer.open);
  if (line.logger !== undefined && line.format === 'level_bracket')
    text = bracketAsWritten(raw, line.logger, line.message) + text;
  line.logger = trailer.name;
  if (trailer.thread !== undefined) line.fields.thread ??= trailer.thread;
  if (trailer.caller !== undefined) line.fields.caller ??= trailer.caller;
  line.message = text;
}

/** A trailing logger's parts (`takeTrailingLogger`): where ` (` opens it, the name, a thread or a caller. */
interface TrailingLogger {
  readonly open: number;
  readonly name: string;
  readonly thread?: string;
  readonly caller?: string;
}

/** The trailing logger closing `message` (`takeTrailingLogger`), or undefined. */
function trailingLoggerOf(message: string): TrailingLogger | undefined {
  if (message.charCodeAt(message.length - 1) !== 41) return undefined;
  const open = message.lastIndexOf(' (');
  if (open < 0 || message.length - open > 200) return undefined;
  const name = message.slice(open + 2, -1);
  if (TRAILING_LOGGER.test(name)) return { open, name };
  const m = name.indexOf(':') > 0 ? TRAILING_LOGGER_THREAD.exec(name) : null;
  if (m !== null) return { open, name: m[1] as string, thread: m[2] as string };
  const python = name.includes('.py:') ? TRAILING_PYTHON_CALLER.exec(name) : null;
  if (python !== null && isModuleLogger(python[2] as string, python[3] as string))
    return { open, name: python[3] as string, caller: python[1] as string };
  return undefined;
}

/**
 * True unless a source's sample shows its trailer on fewer than half of the lines that open an event
 * (unindented, at least `MIN_SAMPLE_LINES`; Kafka's indented `KafkaConfig values:` dump is left
 * out): Kafka's `%m (%c)` closes every line, while a ` (dotted.Class)` closing a few
 * lines of a source without that layout is its text's (chimera's `Trying to start /Dome/0
 * (chimera.instruments.domelna40.DomeLNA40)`).
 */
export function learnTrailingLoggers(lines: readonly string[]): boolean {
  if (lines.length < MIN_SAMPLE_LINES) return true;
  let closed = 0;
  for (const line of lines) if (trailingLoggerOf(line) !== undefined) closed++;
  return closed * 2 >= lines.length;
}

/**
 * `[name]` and what separates it from `message` in `raw` as written (`[Handler]: `), or
 * `[name] ` when the line does not show it.
 */
function bracketAsWritten(raw: string, name: string, message: string): string {
  const messageAt = raw.length - message.length;
  const at = raw.lastIndexOf(`[${name}]`, messageAt);
  if (at < 0 || !raw.endsWith(message) || messageAt - at > name.length + 8) return `[${name}] `;
  return raw.slice(at, messageAt);
}

// A bracketed level may be glued to the bracketed fields after it: `[Error][Kernel::Auth][Line:64]: text`.
const LEADING_LEVEL = /^[[<(]?([A-Za-z]{3,11})(?:[\]>)]:?|:) |^\[([A-Za-z]{3,11})\](?=\[)/;
const LEADING_UPPER_LEVEL = /^([A-Z]{3,8}) +(?=\S)/;

/**
 * A level at the start of a message, as programs write after their syslog tag: marked (`warning:
 * …`, `[error] …`, `<crit>: …`, `[Error][Module]: …`), or an upper-case level name as a logger's level column prints it
 * (`ERROR connection refused`); set on the line and taken off the message.
 */
export function takeLeadingLevel(line: ParsedLine, ownOnly = false): void {
  // A program's own output after the tag's `: ` may keep a space of its own (`tag[1]:  WARN text`);
  // the message keeps its spaces unless a level is taken (the kernel's indented `  DMA zone: …`).
  if (line.message.charCodeAt(0) !== 32) {
    takeLevelOpening(line, ownOnly);
    return;
  }
  const at = skipSpaces(line.message, 0);
  if (at > 3) return;
  const message = line.message;
  const unspaced = message.slice(at);
  line.message = unspaced;
  takeLevelOpening(line, ownOnly);
  if (line.message === unspaced) line.message = message;
}

function takeLevelOpening(line: ParsedLine, ownOnly: boolean): void {
  if (takeDaemonPrefix(line) || takeRestatedPidPriority(line)) return;
  if (isDigit(line.message.charCodeAt(0))) {
    takeSessionPipesHeader(line);
    return;
  }
  const first = line.message.charCodeAt(0);
  // vibe.d's `[thread(task) LVL] text`, its own column whatever the transport's priority.
  if (first === 91 && takeThreadTaskBracket(line)) return;
  // A level word glued to its thread's bracket (`WARN[main]: text`, the Omni-Path FM's `PROGR[sm]: SM: func: `).
  if (first >= 65 && first <= 90 && takeLevelThreadBracket(line)) return;
  if (!mayOpenWithLevel(line.message)) return;
  const m =
    LEADING_LEVEL.exec(line.message) ??
    (first >= 65 && first <= 90 ? LEADING_UPPER_LEVEL.exec(line.message) : null);
  const word = m?.[1] ?? m?.[2];
  if (m === null || word === undefined) {
    if (first >= 65 && first <= 90 && !ownOnly) takeJoinedUpperLevel(line);
    return;
  }
  // Over a transport's priority, only a word in capitals is the program's own (`error: …` is prose
  // that syslog(3) callers write at that very severity).
  if (ownOnly && word !== word.toUpperCase()) return;
  if (isProtocolBeforeColon(line.message, 0, word.length)) return;
  const marked = m[0].length > word.length + 1 || line.message.charCodeAt(0) !== word.charCodeAt(0);
  const level = marked || !opensTextUnmarked(word) ? levelSpelling(word) : undefined;
  // A count or a tally (`[ERROR] 0`, `ERROR 0 WARNING 2`), or a bare word naming one (`ERROR count
  // is 0`): the word is the text's.
  if (level === undefined || isCountFrom(line.message, m[0].length)) return;
  if (!marked && namesCountFrom(line.message, m[0].length)) return;
  line.level = level;
  line.message = line.message.slice(skipHeaderFields(line.message, m[0].length, line));
}

/**
 * True when the text at `i` after a bare level word is one lower-case word, ` is `, ` was ` or ` = `,
 * and a number that ends the text (`ERROR count is 0`, `WARN threshold = 80`): the level word
 * qualifies a count the sentence states, no level. Anything after the number (`WARN disk is 91%
 * full`) leaves the word the program's level, and so does a key and its value (`ERROR status: 503`,
 * `FATAL signal: 11`), a message of its own after the level column.
 */
function namesCountFrom(text: string, i: number): boolean {
  let k = i;
  while (isLower(text.charCodeAt(k)) || text.charCodeAt(k) === 95) k++;
  if (k === i || text.charCodeAt(k) !== 32) return false;
  k = skipSpaces(text, k);
  if (text.startsWith('is ', k) || text.startsWith('was ', k)) k = text.indexOf(' ', k);
  else if (text.charCodeAt(k) === 61) k++;
  else return false;
  k = skipSpaces(text, k);
  const digits = k;
  while (
    isDigit(text.charCodeAt(k)) ||
    ((text.charCodeAt(k) === 46 || text.charCodeAt(k) === 44) && isDigit(text.charCodeAt(k + 1)))
  )
    k++;
  if (k === digits) return false;
  if (text.charCodeAt(k) === 46) k++;
  return k === text.length;
}

/**
 * The program's own level opening a syslog message whose level came from the transport's priority
 * (`<PRI>`, a `facility.severity` word): a daemon's output goes out at one priority whatever it
 * says (`daemon.info tag[1]:  WARN text`, `<13>… app: ERROR text` from logger(1), docker's stderr at
 * err), so the level its own column prints wins: an upper-case level word, bare or marked,
 * sd-daemon's `<N>`, or a whole log line of its own, time first (`takeEmbeddedHeader`); it is cut
 * from the message. Lower- and title-case words (`error: …`) leave the priority's level, and so does
 * any text under a critical priority or above (emerg, alert, crit: no transport gives those to a
 * whole stream, so the line was sent at it by choice, and no word in it lowers it).
 */
export function takeProgramLevel(line: ParsedLine, ctx: TimeContext): void {
  if (line.level === 'FATAL') return;
  const c = line.message.charCodeAt(0);
  const priority = line.level;
  line.level = undefined;
  if ((c >= 65 && c <= 90) || c === 91 || c === 60 || c === 32) takeLeadingLevel(line, true);
  // Its own cheap test of the first characters keeps prose from the header scan.
  if (line.level === undefined) takeEmbeddedHeader(line, ctx);
  line.level ??= priority;
}

const JOINED_UPPER_LEVEL = /^[A-Z]{4,8}:[A-Za-z\d]/;

/**
 * Python's default layout, `LEVEL:name:text` (`logging.basicConfig`'s `%(levelname)s:%(name)s:%(message)s`),
 * opening a message after another header (`[Mon Nov 23 07:02:11 2026] INFO:trytond.server:text`, a
 * syslog tag): an upper-case level joined by colons to the logger's name, which needs a colon of its
 * own before the first space (`DEBUG:on`, `ERROR:timeout` stay text).
 */
function takeJoinedUpperLevel(line: ParsedLine): void {
  if (!JOINED_UPPER_LEVEL.test(line.message)) return;
  // The layout `parsePythonBasic` reads on a line of its own: the text starts after the name's colon,
  // whatever colons it holds (`py.warnings`' `/usr/lib/x.py:12: DeprecationWarning: …`).
  const joined = parsePythonBasic(line.message);
  if (joined?.level === undefined) return;
  line.level = joined.level;
  line.logger = joined.logger;
  line.message = joined.message.slice(skipSpaces(joined.message, 0));
}

/**
 * False when neither `LEADING_LEVEL` nor `LEADING_UPPER_LEVEL` (nor, after them, `JOINED_UPPER_LEVEL`)
 * can match `text`: each needs its first run of letters (after one `[`, `<` or `(`) to be 3–11 long
 * and followed by a mark, or to open the text with 3–8 upper-case letters followed by a space. Most
 * messages open otherwise (`Failed password …`, `session opened …`), and a regex call costs more
 * than this.
 */
function mayOpenWithLevel(text: string): boolean {
  const c = text.charCodeAt(0);
  const start = c === 91 || c === 60 || c === 40 ? 1 : 0;
  let end = start;
  while (end - start < 12 && isLetter(text.charCodeAt(end))) end++;
  const n = end - start;
  if (n < 3 || n > 11) return false;
  const after = text.charCodeAt(end);
  if (after === 32) return start === 0 && n <= 8 && isUpperRun(text, 0, end);
  return after === 93 || after === 62 || after === 41 || after === 58;
}

/**
 * sd-daemon's `<N>` before the text (`<3>mount failed`), a syslog severity digit that a service's
 * output keeps when the journal forwards it: set as the level and taken off the message.
 */
function takeDaemonPrefix(line: ParsedLine): boolean {
  const text = line.message;
  if (text.charCodeAt(0) !== 60 || text.charCodeAt(2) !== 62) return false;
  const digit = text.charCodeAt(1) - 48;
  if (digit < 0 || digit > 7) return false;
  line.level = syslogSeverityLevel(digit);
  line.message = text.slice(3).trimStart();
  return true;
}

const embedded: Header = emptyHeader();

/**
 * A message that is a log line of its own, time first (a program writing its own layout to syslog
 * or the journal: `app[1]: 2026-11-30 14:02:11,250 ERROR [main] text`) or klog's, its level letter
 * glued to the date (`kubelet[1893]: E0304 11:20:31.448120 1893 file.go:12] text`): its level and
 * message are read from its header. The syslog time stays the event's, unless the program's own
 * time names the same second written finer. A JSON object is read as one (`takeJsonPayload`).
 */
export function takeEmbeddedHeader(line: ParsedLine, ctx: TimeContext): void {
  const text = line.message;
  const c = text.charCodeAt(0);
  if (c === 123) {
    takeJsonPayload(line, ctx);
    return;
  }
  if ((c >= 48 && c <= 57) || c === 91 || (isGlogLetter(c) && isDigit(text.charCodeAt(1)))) {
    readEmbeddedHeader(line, text, ctx, false);
    return;
  }
  // slog-term's `Nov 28 09:03:11.402 INFO text` (Afterburn under systemd): a syslog-style date of its
  // own, read only within a day of the relay's and with the level the next field, as prose is not
  // (`Nov 28 backup finished`, `Nov 28 09:00 backup ERROR …`).
  if (isUpper(c) && opensWithMonthDay(text)) {
    readEmbeddedHeader(line, text, ctx, true, true);
    return;
  }
  if (isLetter(c) && takeLogfmtPayload(line, ctx)) return;
  // klog after a tag that lost its colon: the tag reader left the word in the message.
  if (line.service !== undefined || !isLetter(c)) return;
  const klog = colonlessKlogAt(text);
  if (klog < 0) return;
  const tag = text.slice(0, klog - 1);
  if (!readEmbeddedHeader(line, text.slice(klog), ctx, true)) return;
  const open = tag.indexOf('[');
  line.service = open < 0 ? tag : tag.slice(0, open);
  if (open >= 0) line.fields.pid = Number(tag.slice(open + 1, -1));
}

/**
 * The level, message and logger of the log line `text` carried in `line`'s message; false when its
 * header reads no time first and a level. `sameDay` asks its time to lie within a day of the relay's,
 * `levelNext` its level in the field right after the time.
 */
function readEmbeddedHeader(
  line: ParsedLine,
  text: string,
  ctx: TimeContext,
  sameDay: boolean,
  levelNext = false,
): boolean {
  // Held to the relay's day, a year-less time takes its year from the relay's time, not the arrival
  // (`yearlessInstant`): a relay's header with a year read long after (a file of last year) keeps it.
  const ref = sameDay ? line.timestamp : ctx.receivedAt;
  if (ref === undefined) return false;
  scanHeader(text, sameDay ? { zone: ctx.zone, receivedAt: ref } : ctx, embedded);
  if (embedded.shape < 0 || embedded.timeField !== 0 || embedded.level === undefined) return false;
  if (levelNext && embedded.levelAfterTime !== 0) return false;
  const inner = lineFromHeader(text, embedded, line.format);
  if (inner === undefined) return false;
  if (sameDay && !(Math.abs((inner.timestamp ?? Number.NaN) - ref) < DAY_MS)) return false;
  line.level = inner.level;
  line.message = inner.message;
  if (inner.logger !== undefined) line.logger = inner.logger;
  // What the carried line's header read besides (its pid, caller, columns) stays the line's, and so
  // does its time when the relay's stays the event's (issue #14).
  if (!takeFinerTime(line, inner) && inner.timestampText !== undefined)
    appendHeaderColumns(line, inner.timestampText);
  for (const key in inner.fields) keepCarried(line, key, inner.fields[key]);
  return true;
}

/**
 * Sets `fields[key]` to `v`, a field of a line carried in the message, unless it holds that value:
 * a slot the relay's header took gets a `payload.` prefix (nothing overwritten), and carried header
 * columns join the relay's.
 */
function keepCarried(line: ParsedLine, key: string, v: unknown): void {
  const fields = line.fields;
  if (Object.hasOwn(fields, key) && fields[key] === v) return;
  if (key === 'header_columns' && typeof v === 'string') {
    appendHeaderColumns(line, v);
    return;
  }
  // The object's own `payload.KEY` may hold the slot: another `payload.` prefix, nothing overwritten.
  let slot = key;
  while (Object.hasOwn(fields, slot)) slot = `payload.${slot}`;
  putField(fields, slot, v);
}

const DAY_MS = 86_400_000;

/** True when `text` opens with a month's name, a space and a day (`Nov 28 `, `Nov  8 `). */
function opensWithMonthDay(text: string): boolean {
  if (text.charCodeAt(3) !== 32 || monthAt(text, 0) === 0) return false;
  const d = text.charCodeAt(4);
  return isDigit(d) || (d === 32 && isDigit(text.charCodeAt(5)));
}

/**
 * Where klog's header starts after one word that is a syslog tag written without its colon
 * (`portieris I1128 22:14:05.075751 7 controller.go:157] text`, `kube-proxy[7] E1128 …`), or -1:
 * the word (letters, digits, `_ . -`, a `[pid]` optional), one space, a klog letter, `MMdd`, a space
 * and `HH:mm:ss.ffffff` with its six digits, which no sentence's second word has.
 */
function colonlessKlogAt(text: string): number {
  let k = 0;
  while (k < 64 && (isTagCode(text.charCodeAt(k)) || text.charCodeAt(k) === 45)) k++;
  if (text.charCodeAt(k) === 91) {
    const pid = ++k;
    while (isDigit(text.charCodeAt(k))) k++;
    if (k === pid || k - pid > 10 || text.charCodeAt(k++) !== 93) return -1;
  }
  if (text.charCodeAt(k) !== 32 || !isGlogLetter(text.charCodeAt(k + 1))) return -1;
  const at = k + 1;
  return text.charCodeAt(at + 21) === 32 && KLOG_HEAD.test(text.slice(at + 1, at + 21)) ? at : -1;
}

/**
 * glog's prefix (letter, `MMdd HH:mm:ss.ffffff`, thread id, `file.cc:N] `) opening the text of a
 * line whose header ended with `]: ` (ROS 2 rcutils' `[{severity}] [{time}] [{name}]: {message}`,
 * a node that logs through glog): a second header, read as after a syslog header
 * (`readEmbeddedHeader`), only when its letter spells the header's level; glog text later in a
 * message, or a letter of another level, stays the message's.
 */
export function takeGlogAfterHeader(line: ParsedLine, raw: string, ctx: TimeContext): void {
  const text = line.message;
  const level = line.level;
  if (level === undefined || !isGlogLetter(text.charCodeAt(0)) || text.charCodeAt(21) !== 32) return;
  if (levelSpelling(text.charAt(0)) !== level || !KLOG_HEAD.test(text.slice(1, 21))) return;
  const at = raw.lastIndexOf(text);
  if (at < 3 || at + text.length !== raw.length || !raw.startsWith(']: ', at - 3)) return;
  readEmbeddedHeader(line, text, ctx, false);
}

/** klog's `MMdd HH:mm:ss.ffffff` after its letter. */
const KLOG_HEAD = /^\d{4} \d\d:\d\d:\d\d\.\d{6}$/;

/**
 * The time of a line carried in a message (`inner`) as the event's, when it names the relay's whole
 * second written finer, the relay's time as written kept in `fields.header_columns`; false when the
 * relay's time stays (another second, or a fraction of its own).
 */
function takeFinerTime(line: ParsedLine, inner: ParsedLine): boolean {
  const own = inner.timestamp;
  const relayed = line.timestamp;
  if (
    own === undefined ||
    relayed === undefined ||
    own === relayed ||
    Math.floor(own / 1000) * 1000 !== relayed
  )
    return false;
  if (line.timestampText !== undefined) appendHeaderColumns(line, line.timestampText);
  line.timestamp = own;
  line.timestampText = inner.timestampText;
  return true;
}

/**
 * A JSON object as the whole message (a program logging JSON — logrus, zap, zerolog, slog, pino,
 * bunyan, structlog — under systemd-journald or behind a syslog relay; or after a time stamp alone,
 * Go's `log.Println` of a marshalled record, as globocom's glbgelf prints its GELF messages): read as
 * a JSON line is (`readJson`: its known keys, its depth limit), when it names a level or a message,
 * and carried whole (`takeCarriedRecord`). The caller tested the first character; the last must
 * close the object.
 */
export function takeJsonPayload(line: ParsedLine, ctx: TimeContext): void {
  const text = line.message;
  if (text.charCodeAt(text.length - 1) !== 125) return;
  const json = readJson(text, ctx);
  const inner = json?.line;
  if (inner === undefined || inner.parseFailed || (inner.level === undefined && inner.message === '')) return;
  takeCarriedRecord(line, inner, json?.time);
  // A record read by its pairs stays flagged as the malformed record it is (`readLooseJson`).
  if (inner.parseError?.startsWith(LOOSE_JSON_NOTE) === true) noteLooseJson(line);
}

/**
 * A logfmt record as the whole message (`dockerd[741]: time="…" level=info msg="…" key=value`:
 * logrus's text formatter off a terminal, and the other logfmt loggers, under systemd-journald or
 * behind a syslog relay): read as a logfmt line is, when it names both a level and a message, and
 * carried as a JSON payload is (`takeCarriedRecord`). Its level is the program's, over the relay's
 * priority; its time the event's only when it names the header's second finer (dockerd's
 * `RFC3339NanoFixed`), else it stays in `fields` (logrus's default `RFC3339` repeats the second).
 */
function takeLogfmtPayload(line: ParsedLine, ctx: TimeContext): boolean {
  if (!looksLikeLogfmt(line.message)) return false;
  const inner = parseLogfmt(line.message, ctx);
  if (inner === undefined || inner.level === undefined || inner.message === '') return false;
  takeCarriedRecord(line, inner, lastTimePair());
  return true;
}

/**
 * The level, message and keys of a record carried whole in a relay's message (`inner`): the header
 * keeps the host, the program and its fields; the record's other keys join them (a key the header
 * already holds goes in as `payload.KEY`), and its logger, service and host fill those the header
 * left empty. Its time is the event's when it names the header's second finer (`takeFinerTime`);
 * else it stays in `fields` under its key.
 */
function takeCarriedRecord(
  line: ParsedLine,
  inner: ParsedLine,
  time: { key: string; value: unknown } | undefined,
): void {
  line.level = inner.level;
  line.message = inner.message;
  const keep = (key: string, v: unknown): void => keepCarried(line, key, v);
  for (const key in inner.fields) keep(key, inner.fields[key]);
  line.logger ??= inner.logger;
  if (line.service === undefined) line.service = inner.service;
  else if (inner.service !== undefined && inner.service !== line.service) keep('service', inner.service);
  if (line.host === undefined) line.host = inner.host;
  else if (inner.host !== undefined && inner.host !== line.host) keep('host', inner.host);
  if (!takeFinerTime(line, inner) && time !== undefined) keep(time.key, time.value);
}

/**
 * GLib's default handler in a message, `(nautilus:3120): Gtk-WARNING **: text` (every GLib and GTK
 * program whose stderr the journal forwards to syslog): the level and the text after GLib's mark,
 * read as at the start of a line, the program, pid and domain kept in `fields.header_columns`. Other
 * words after a parenthesis (`(root) CMD …`) stay the text.
 */
export function takeGlibHeader(line: ParsedLine, ctx: TimeContext): void {
  const text = line.message;
  if (text.charCodeAt(0) !== 40) return;
  scanHeader(text, ctx, embedded);
  if (embedded.level === undefined || embedded.textStart < 0 || !text.startsWith(' **', embedded.levelEnd))
    return;
  line.level = embedded.level;
  // The program, its pid and the domain before the level stay the line's, as at a line's start.
  keepColumns(text, 0, embedded.levelStart, line);
  line.message = text.slice(embedded.textStart);
}

/** How far into a message a key=value level is looked for. */
const HEAD = 200;
/**
 * The keys a key=value level is written under; the regexes and the gate (`hasLevelKey`) use this one
 * list. `LogLevel` and `logLevel` are Python logging formats' spellings: NHS integration adaptors'
 * `… %(message)s pid=%(process)d LogLevel=%(levelname)s LoggerName=%(name)s`, Airflow's
 * `%(asctime)s logLevel=%(levelname)s logger=%(name)s - %(message)s`.
 */
export const LEVEL_KEYS = ['level', 'lvl', 'severity', 'loglevel', 'LogLevel', 'logLevel', 'at'] as const;
const LEVEL_KEY_ALTERNATIVES = LEVEL_KEYS.join('|');
const KEY_VALUE_LEVEL = new RegExp(
  `(?:^|[\\s:])(?:${LEVEL_KEY_ALTERNATIVES})=(["']?)([A-Za-z]{1,11})\\1(?=[\\s,;]|$)`,
);
/**
 * `KEY_VALUE_LEVEL` with digits and `_-.` in the value and as long as a declared word may be
 * (`LEVEL_WORD_CHARS`), tried after it for a service that declared words of its own (`level=V3`,
 * `level=verbosity-10`).
 */
const KEY_VALUE_WORD = new RegExp(
  `(?:^|[\\s:])(?:${LEVEL_KEY_ALTERNATIVES})=(["']?)([A-Za-z][\\w.-]{0,${LEVEL_WORD_CHARS - 1}})\\1(?=[\\s,;]|$)`,
);

/**
 * A level written as a key=value pair inside a text line (`heroku[router]: at=info …`,
 * `… level=warn msg=…` after a syslog header, the value quoted in either quotes: Kill Bill's
 * `lvl='INFO', log='…',`, only opening the message), for a line that has no level otherwise: in its
 * first `HEAD` characters or, on a longer line, among the pairs that close it (`closingPairs`). The
 * message keeps the pair: it is part of what was logged.
 */
export function takeKeyValueLevel(line: ParsedLine): void {
  const message = line.message;
  const long = message.length > HEAD;
  if (hasLevelKey(message)) readKeyValueLevel(line, long ? message.slice(0, HEAD) : message);
  // A long line's pair may close it instead, among the formatter's pairs after the text.
  if (line.level === undefined && long) readClosingLevel(line, message);
}

/** Most pairs a formatter writes after a message (`readClosingLevel`). */
const MAX_CLOSING_PAIRS = 6;
/** A level pair's value as `KEY_VALUE_LEVEL` reads it, and as `KEY_VALUE_WORD` does. */
const LEVEL_VALUE = /^[A-Za-z]{1,11}$/;
const LEVEL_WORD_VALUE = new RegExp(`^[A-Za-z][\\w.-]{0,${LEVEL_WORD_CHARS - 1}}$`);

/**
 * The level of a level key's pair among the key=value pairs, at most `MAX_CLOSING_PAIRS`, that close
 * `text` (`closingPairsFrom`, as r78's closing time): a Python logging format that puts the level
 * after `%(message)s` (`… pid=%(process)d LogLevel=%(levelname)s LoggerName=%(name)s`) writes it
 * there, however long the message. A pair inside a quoted value or after a colon in another pair's
 * value (`path=/api:level=error`) is the value's, no level of the line.
 */
function readClosingLevel(line: ParsedLine, text: string): void {
  for (const key of LEVEL_KEYS) {
    const level = closingPairsLevel(text, key)?.level;
    if (level === undefined) continue;
    line.level = level;
    return;
  }
}

/** A level pair closing a line (`closingPairsLevel`): its level, and the pairs from its key to the end. */
export interface ClosingLevel {
  readonly level: Level;
  readonly pairs: Readonly<Record<string, string | true>>;
}

/**
 * The level that `key`'s pair names among the key=value pairs, at most `MAX_CLOSING_PAIRS`, that
 * close `text` from it (`closingPairsFrom`), with those pairs; undefined when none.
 */
export function closingPairsLevel(text: string, key: string): ClosingLevel | undefined {
  const pairs = closingPairsFrom(text, key);
  const value = pairs?.[key];
  if (pairs === undefined || typeof value !== 'string' || Object.keys(pairs).length > MAX_CLOSING_PAIRS)
    return undefined;
  if (!LEVEL_VALUE.test(value) && !(hasDeclaredLevelWords() && LEVEL_WORD_VALUE.test(value)))
    return undefined;
  const level = levelSpelling(value);
  return level === undefined ? undefined : { level, pairs };
}

/** The level of a key=value pair in `text` (`KEY_VALUE_LEVEL`), if one names one. */
function readKeyValueLevel(line: ParsedLine, text: string): void {
  let m = KEY_VALUE_LEVEL.exec(text);
  if (m === null && hasDeclaredLevelWords()) m = KEY_VALUE_WORD.exec(text);
  // Single quotes only on a pair opening the message (Kill Bill's header): elsewhere they quote
  // SQL's strings (`UPDATE jobs SET level='ERROR'` in MySQL's general log), no level of the line.
  if (m === null || (m[1] === "'" && m.index !== 0)) return;
  const level = m[2] === undefined ? undefined : levelSpelling(m[2]);
  if (level !== undefined) line.level = level;
}

/** 1 at the code of each last letter of a key in `LEVEL_KEYS` (`l`, `y`, `t`). */
const LEVEL_KEY_LAST = new Uint8Array(128);
for (const key of LEVEL_KEYS) LEVEL_KEY_LAST[key.charCodeAt(key.length - 1)] = 1;

/**
 * False when no `=` in the first `HEAD` characters of `text` follows one of `KEY_VALUE_LEVEL`'s keys,
 * so that the regex cannot match: most pairs in text are others' (`uid=0`, `rhost=…`), and the
 * regex, tried at every character, costs more than this. Keys are compared only before an `=` that
 * follows one of their last letters.
 */
function hasLevelKey(text: string): boolean {
  for (let eq = text.indexOf('='); eq >= 0 && eq < HEAD; eq = text.indexOf('=', eq + 1)) {
    if (LEVEL_KEY_LAST[text.charCodeAt(eq - 1)] !== 1) continue;
    for (const key of LEVEL_KEYS) if (eq >= key.length && text.startsWith(key, eq - key.length)) return true;
  }
  return false;
}

/** Android's priority letters (logcat's `V D I W E F`, `A` assert), which Firefox's `MOZ_LOG` shares. */
const PRIORITY_LETTERS: ReadonlyMap<number, Level> = new Map([
  [86, 'TRACE'],
  [68, 'DEBUG'],
  [73, 'INFO'],
  [87, 'WARN'],
  [69, 'ERROR'],
  [70, 'FATAL'],
  [65, 'FATAL'],
]);

/** Fewest characters of a tag after a priority letter: `I/Os`, `E/W` are words of text. */
const MIN_TAG_CHARS = 3;

/**
 * A priority letter and a tag opening the message, `W/nsHttp text` (logcat's `priority/tag`, which
 * Firefox's `MOZ_LOG` prints after its own header): the letter is the line's level, the tag its
 * logger, and the text follows. A short tag or one with a hyphen is a word (`I/O error`, `I/Os
 * pending`, `A/B-test cohort`, `F/A-18`), not a FATAL or an INFO. Only for a line with no level yet.
 */
export function takePriorityTag(line: ParsedLine): void {
  const text = line.message;
  if (text.charCodeAt(1) !== 47) return;
  const level = PRIORITY_LETTERS.get(text.charCodeAt(0));
  if (level === undefined) return;
  let k = 2;
  while (k < 64 && isTagCode(text.charCodeAt(k))) k++;
  if (k - 2 < MIN_TAG_CHARS || text.charCodeAt(k) !== 32 || !isLetter(text.charCodeAt(2))) return;
  line.level = level;
  const tag = text.slice(2, k);
  if (line.logger === undefined) line.logger = tag;
  else line.fields.tag = tag;
  line.message = text.slice(k + 1).trimStart();
}

/** A letter, digit, `_` or `.`: a character of a logcat or `MOZ_LOG` tag. */
function isTagCode(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 95 || c === 46;
}

/**
 * A syslog header after a time of any shape, `2026:11:28-10:15:32 utm-fw ulogd[4321]: text` (a
 * relay's or appliance's own time format before `HOST TAG[PID]: `), when nothing stood between the
 * time and the host: the host and the program are read, and the message starts after them.
 */
export function takeHostAndTag(line: ParsedLine, raw: string): void {
  const time = line.timestampText;
  if (time === undefined || line.host !== undefined || line.service !== undefined) return;
  const messageAt = raw.length - line.message.length;
  const timeAt = raw.indexOf(time);
  if (timeAt < 0 || timeAt + time.length + 1 !== messageAt || !raw.endsWith(line.message)) return;
  if (!looksLikeHostAndTag(line.message, 0, true)) return;
  readHostAndTag(line.message, 0, line.message.indexOf(' '), line);
}

/** Longest structured-data element read at the front of a message. */
const MAX_ELEMENT = 512;

/**
 * An RFC 5424 structured-data element opening a message after another header, `[Originator@6876
 * sub=Vimsvc.TaskManager opID=esxui-4f1a-22b0 user=root] text` (VMware ESXi and vCenter, values
 * quoted or not): an id with `@` and an enterprise number, then one key=value parameter or more. It goes to
 * `fields.structuredData`, and the text starts after it.
 */
export function takeStructuredDataElement(line: ParsedLine): void {
  const text = line.message;
  if (text.charCodeAt(0) !== 91) return;
  let k = 1;
  while (k < 34 && isSdNameCode(text.charCodeAt(k))) k++;
  if (text.charCodeAt(k) !== 64 || k === 1) return;
  const digits = ++k;
  while (k < digits + 10 && isDigit(text.charCodeAt(k))) k++;
  if (k === digits) return;
  let params = 0;
  while (text.charCodeAt(k) === 32) {
    params++;
    const key = ++k;
    while (k < MAX_ELEMENT && isSdNameCode(text.charCodeAt(k))) k++;
    if (k === key || text.charCodeAt(k) !== 61) return;
    k++;
    if (text.charCodeAt(k) === 34) {
      k++;
      while (k < MAX_ELEMENT && k < text.length && text.charCodeAt(k) !== 34)
        k += text.charCodeAt(k) === 92 ? 2 : 1;
      if (text.charCodeAt(k) !== 34) return;
      k++;
    } else {
      while (k < MAX_ELEMENT && k < text.length && text.charCodeAt(k) !== 32 && text.charCodeAt(k) !== 93)
        k++;
    }
  }
  // An element of no parameter (`[main@24]`, `[Client::login@41]`) is a function and its line.
  if (text.charCodeAt(k) !== 93) return;
  if (params === 0 || text.charCodeAt(k + 1) !== 32 || line.fields.structuredData !== undefined) return;
  line.fields.structuredData = text.slice(0, k + 1);
  line.message = text.slice(skipSpaces(text, k + 1));
}

/** A character of an RFC 5424 SD-NAME: printable ASCII but `=`, space, `]`, `"` (and `@`, the id's own). */
function isSdNameCode(c: number): boolean {
  return c > 32 && c < 127 && c !== 61 && c !== 93 && c !== 34 && c !== 64;
}
