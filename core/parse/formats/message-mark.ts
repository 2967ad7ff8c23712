/**
 * Severity marks that open a message, shared by families of products rather than one:
 *
 * - **A message identifier whose last letter is its severity** (IBM's and the mainframe world's
 *   `PPPnnnnS`: IBM MQ's `AMQ7230I:`, App Connect's `BIP1990I:`, Storage Protect's `ANS1076E`, Zowe's
 *   `ZWED0290I -`, Hercules' `HHC01413I`, z/OS's `IEF403I`, WebSphere Liberty's `CWWKF0011I:`; webMethods'
 *   bracketed, dotted `[ISS.0025.0001I]`; IBM Workload Scheduler's `AWSBHT061I`, after its process's name glued
 *   by a colon, `BATCHMAN:AWSBHT061I`; IBM Z Workload Scheduler's `EQQSU01I`): capitals and digits as
 *   `idBodyEnd` reads them, then `I` informational, `W` warning, `E` error or `S` severe error (the
 *   letters IBM's message references agree on; `A`, `D`, `N`, `C`, `T`, `U` differ between products
 *   and are not read), then `:`, ` -` or a space before the text (after a bare space, a text that
 *   opens in lower case is running text: `SRV0042E rebooted` names a host; so after a bracket).
 * - **htslib's log mark** `[E::function]` (htslib's `hts_log`, so samtools, bcftools and tabix; bwa
 *   and minimap2 print the same with `M` for a message): `E` error, `W` warning, `I` and `M` info,
 *   `D` debug, `T` trace, the function's name (minimap2 adds its elapsed and CPU time after more colons).
 * - **A subsystem tag's level before its colon**: the kernel's `TAG level (context): text` (`XFS
 *   warning (device sdb1):`, `BTRFS info (device …):`, `EXT4-fs error (device …):`; a tag in capitals,
 *   2–8 letters or digits, `-fs` allowed) and VLC's `[object] module type level: text` (a hexadecimal
 *   object of 8 or 16 digits, then one to three lower-case words). The level is a full spelling in
 *   lower case (`IMAP Error:` is a compound noun), no number follows the colon (`CPU warning: 0` is a
 *   value), and words that are no acronym before it (`TLS handshake error:`) name a kind of event.
 *
 * Read only where the message opens with the mark and the line has no level otherwise; an identifier
 * beside a level of its own (`[WARNING ] CWWKF0009W: …`) stays in the text as written.
 */
import { isDigit, isLower, isLowerHexDigit, isUpper } from '../calendar.ts';
import { isFullLevelWord, type Level, levelSpelling } from '../levels.ts';
import { newLine } from '../line.ts';
import type { ParsedLine } from '../types.ts';

const ID_SEVERITIES: ReadonlyMap<number, Level> = new Map([
  [73, 'INFO'], // I
  [87, 'WARN'], // W
  [69, 'ERROR'], // E
  [83, 'ERROR'], // S: severe error
]);

/** The level a message identifier's last letter (`I`, `W`, `E`, `S`) gives; undefined for another. */
export function idLetterLevel(c: number): Level | undefined {
  return ID_SEVERITIES.get(c);
}

const HTSLIB_LETTERS: ReadonlyMap<number, Level> = new Map([
  [69, 'ERROR'], // E
  [87, 'WARN'], // W
  [73, 'INFO'], // I
  [77, 'INFO'], // M: bwa's and minimap2's message
  [68, 'DEBUG'], // D
  [84, 'TRACE'], // T
]);

/** Longest function name (with minimap2's times) inside htslib's mark. */
const HTSLIB_NAME_CHARS = 64;

/**
 * What `readMark` found: the level, where the text starts, the identifier when it was one, and a
 * subsystem tag's name, its context in parentheses and VLC's object.
 */
interface Mark {
  level: Level;
  textStart: number;
  code: string | undefined;
  logger: string | undefined;
  context: string | undefined;
  object: string | undefined;
}

const mark: Mark = {
  level: 'INFO',
  textStart: 0,
  code: undefined,
  logger: undefined,
  context: undefined,
  object: undefined,
};

/** The mark opening `text` into `mark`, or false. Cheap first: most texts fail on their first two characters. */
function readMark(text: string): boolean {
  mark.logger = undefined;
  mark.context = undefined;
  mark.object = undefined;
  const c = text.charCodeAt(0);
  if (c === 91) return htslibMark(text) || vlcMark(text) || severityId(text);
  if (!isUpper(c) || !(isUpper(text.charCodeAt(1)) || isDigit(text.charCodeAt(1)))) return false;
  return severityId(text) || kernelTagMark(text);
}

/** Longest subsystem tag (`BTRFS`, `EXT4-fs`) and longest context in parentheses read. */
const TAG_CHARS = 8;
const CONTEXT_CHARS = 64;

/** `XFS warning (device sdb1): text`, `EXT4-fs error (device md0): text`, `RPC debug: text`. */
function kernelTagMark(text: string): boolean {
  let k = 0;
  while (k <= TAG_CHARS && (isUpper(text.charCodeAt(k)) || isDigit(text.charCodeAt(k)))) k++;
  if (k < 2 || k > TAG_CHARS) return false;
  // The kernel's `EXT4-fs`.
  if (text.startsWith('-fs', k)) k += 3;
  if (text.charCodeAt(k) !== 32) return false;
  return tagLevelFrom(text, k, text.slice(0, k));
}

/** Longest run of a VLC object's hexadecimal digits. */
const OBJECT_DIGITS = 16;
/** Words of VLC's module and object type before the level (`main video output`). */
const MODULE_WORDS = 3;

/** VLC's `[00007f3a40c06fb0] main input debug: text`. */
function vlcMark(text: string): boolean {
  let k = 1;
  while (k <= OBJECT_DIGITS && isLowerHexDigit(text.charCodeAt(k))) k++;
  const digits = k - 1;
  if ((digits !== 8 && digits !== OBJECT_DIGITS) || text.charCodeAt(k) !== 93) return false;
  const object = k;
  k++;
  const names = k + 1;
  for (let words = 0; words <= MODULE_WORDS; words++) {
    if (text.charCodeAt(k) !== 32 || !isLower(text.charCodeAt(k + 1))) return false;
    const a = k + 1;
    k = a;
    while (isLower(text.charCodeAt(k)) || isDigit(text.charCodeAt(k)) || text.charCodeAt(k) === 95) k++;
    if (words > 0 && isFullLevelWord(text, a, k) && levelAt(text, a, k)) {
      mark.object = text.slice(1, object);
      mark.logger = text.slice(names, a - 1);
      return true;
    }
  }
  return false;
}

/** The lower-case level word after the tag ending at `k` (a space there), into `mark`, or false. */
function tagLevelFrom(text: string, k: number, tag: string): boolean {
  const a = k + 1;
  let b = a;
  while (isLower(text.charCodeAt(b))) b++;
  if (!isFullLevelWord(text, a, b) || !levelAt(text, a, b)) return false;
  mark.logger = tag;
  return true;
}

/**
 * True when the lower-case level word at [a, b) ends a tag: a colon, or a context in parentheses and
 * a colon, then a space and text that opens with no number; sets the level, the text's start and the
 * context.
 */
function levelAt(text: string, a: number, b: number): boolean {
  let k = b;
  let context: string | undefined;
  if (text.charCodeAt(k) === 32 && text.charCodeAt(k + 1) === 40) {
    const close = text.indexOf(')', k + 2);
    if (close < 0 || close - k > CONTEXT_CHARS || text.lastIndexOf('(', close) !== k + 1) return false;
    context = text.slice(k + 2, close);
    k = close + 1;
  }
  if (text.charCodeAt(k) !== 58 || text.charCodeAt(k + 1) !== 32) return false;
  k += 2;
  while (text.charCodeAt(k) === 32) k++;
  if (k >= text.length || isDigit(text.charCodeAt(k))) return false;
  mark.level = levelSpelling(text.slice(a, b)) as Level;
  mark.textStart = k;
  mark.code = undefined;
  mark.context = context;
  return true;
}

/** `[E::hts_open_format] text`, `[M::main::58.771*1.87] text`. */
function htslibMark(text: string): boolean {
  if (text.charCodeAt(2) !== 58 || text.charCodeAt(3) !== 58) return false;
  const level = HTSLIB_LETTERS.get(text.charCodeAt(1));
  if (level === undefined) return false;
  let k = 4;
  while (k < HTSLIB_NAME_CHARS && isNameCode(text.charCodeAt(k))) k++;
  if (k === 4 || text.charCodeAt(k) !== 93 || text.charCodeAt(k + 1) !== 32) return false;
  mark.level = level;
  mark.textStart = k + 2;
  mark.code = undefined;
  return true;
}

/** A character of a C function's name, or of minimap2's `::41.208*1.62` times after it. */
function isNameCode(c: number): boolean {
  return isLower(c) || isUpper(c) || isDigit(c) || c === 95 || c === 58 || c === 46 || c === 42;
}

/** Whether the identifier `idEnd` last read was the dotted form. */
let dottedId = false;

/**
 * Where the last letter of an identifier-shaped word at `i` of `text` stands (its capitals and
 * digits read; the letter itself not checked), or -1: 2–7 capitals (IBM Workload Scheduler's
 * `AWS` and a three-letter component, `AWSBHT061I`; OpenJ9's `JVM` and a four-letter one,
 * `JVMDUMP032I`, `JVMPORT030W`), then 3–5 digits, or 2 after 5 capitals (IBM Z
 * Workload Scheduler's `EQQFFnnC`, `EQQSU01I`), or two groups of a dot and 3–5 digits as webMethods
 * writes them (`ISS.0025.0001`, `dottedId`).
 */
function idBodyEnd(text: string, i: number): number {
  let k = i;
  while (k - i < 8 && isUpper(text.charCodeAt(k))) k++;
  const letters = k - i;
  if (letters < 2 || letters > 7) return -1;
  const groups = text.charCodeAt(k) === 46 ? 2 : 1;
  dottedId = groups === 2;
  for (let g = 0; g < groups; g++) {
    if (groups === 2 && text.charCodeAt(k++) !== 46) return -1;
    const start = k;
    while (k - start < 6 && isDigit(text.charCodeAt(k))) k++;
    const digits = k - start;
    if (digits > 5 || (digits < 3 && !(digits === 2 && letters === 5 && groups === 1))) return -1;
  }
  return k;
}

/**
 * `idBodyEnd` for the undotted form only, -1 for the dotted one (a word in running text: webMethods'
 * dotted form is read in its bracket). Bounded by the identifier's own characters.
 */
export function undottedIdBodyEnd(text: string, i: number): number {
  const k = idBodyEnd(text, i);
  return k < 0 || dottedId ? -1 : k;
}

/**
 * The end of a severity identifier opening `text` at `i` (`idBodyEnd`, then its letter), with its
 * level in `mark.level`; -1 when none opens there.
 */
function idEnd(text: string, i: number): number {
  const k = idBodyEnd(text, i);
  if (k < 0) return -1;
  const level = ID_SEVERITIES.get(text.charCodeAt(k));
  if (level === undefined) return -1;
  mark.level = level;
  return k + 1;
}

/**
 * `AMQ7230I: text`, `HHC01413I text`, `ZWED0290I - text`, `[ISS.0025.0001I] text`; after a bare
 * space or a bracket, not before a lower-case word.
 */
function severityId(text: string): boolean {
  const bracket = text.charCodeAt(0) === 91 ? 1 : 0;
  let start = bracket;
  let end = idEnd(text, bracket);
  // A process's name in capitals glued by its colon (`BATCHMAN:AWSBHT001I text`, IBM Workload
  // Scheduler's merged stdlist log): the identifier after it, the name the logger. Only before the
  // six-capital form, `AWS` and its component, the one written so: a label glued to a shorter one
  // names an order's, a ticket's or a host's id (`ORDER:XYZ12345S`, `REF:ABCDE12W`, `SERVER:LONDB01E`).
  if (end < 0 && bracket === 0) {
    start = glueTagEnd(text) + 1;
    if (start > 0 && capitalsAt(text, start) === GLUED_ID_CAPITALS) end = idEnd(text, start);
  }
  // In brackets only the dotted form: a bracketed `[ABC1234E]` is as often an order or a ticket.
  if (end < 0 || (bracket === 1 && !dottedId)) return false;
  let k = end;
  // A bracket closes the identifier as a bare space does: no colon or dash says it is a mark.
  let marked = bracket === 0;
  if (bracket === 1) {
    if (text.charCodeAt(k++) !== 93) return false;
  } else if (text.charCodeAt(k) === 58) k++;
  else if (text.charCodeAt(k) === 32 && text.charCodeAt(k + 1) === 45 && text.charCodeAt(k + 2) === 32)
    k += 2;
  else marked = false;
  if (text.charCodeAt(k) !== 32) return false;
  while (text.charCodeAt(k) === 32) k++;
  if (k >= text.length) return false;
  // With only a space or its bracket after it, an identifier before a lower-case word is a name in
  // running text (a host's `SRV0042E rebooted`, an order's `ABC1234E shipped`, a ticket's
  // `[REQ.2024.1130E] closed`): IBM's and webMethods' texts open as sentences do.
  if (!marked && isLower(text.charCodeAt(k))) return false;
  mark.textStart = k;
  mark.code = text.slice(start, end);
  if (start > bracket) mark.logger = text.slice(0, start - 1);
  return true;
}

/** Longest process name glued before an identifier by its colon. */
const GLUED_TAG_CHARS = 12;

/** The capitals of the one identifier form read after a glued name (IBM Workload Scheduler's `AWSBHT`). */
const GLUED_ID_CAPITALS = 6;

/** How many capitals open `text` at `i`, counted up to one more than `GLUED_ID_CAPITALS`. */
function capitalsAt(text: string, i: number): number {
  let k = i;
  while (k - i <= GLUED_ID_CAPITALS && isUpper(text.charCodeAt(k))) k++;
  return k - i;
}

/** The colon after 2–12 capitals opening `text` and glued to a capital (`NETMAN:AWS…`), or -1. */
function glueTagEnd(text: string): number {
  let k = 0;
  while (k <= GLUED_TAG_CHARS && isUpper(text.charCodeAt(k))) k++;
  return k >= 2 && k <= GLUED_TAG_CHARS && text.charCodeAt(k) === 58 && isUpper(text.charCodeAt(k + 1))
    ? k
    : -1;
}

/**
 * A bracketed identifier a learned structure took as the line's logger (`[ISS.0025.0001I]` in a
 * header field): its level, the identifier moved to `fields.code`. What `severityId` reads in a
 * bracket, no more: the dotted form, before a text that does not open in lower case.
 */
function takeLoggerId(line: ParsedLine): void {
  const logger = line.logger;
  if (logger === undefined || !isUpper(logger.charCodeAt(0)) || logger.charCodeAt(logger.length - 2) > 57)
    return;
  if (idEnd(logger, 0) !== logger.length || !dottedId) return;
  if (line.message.length === 0 || isLower(line.message.charCodeAt(0))) return;
  line.level = mark.level;
  line.logger = undefined;
  if (line.fields.code === undefined) line.fields.code = logger;
}

/**
 * A mark opening the message of a line that has no level yet: set as the level, the identifier
 * kept in `fields.code`, and the text after it as the message.
 */
export function takeMessageMark(line: ParsedLine): void {
  if (line.level !== undefined) return;
  takeLoggerId(line);
  if (line.level !== undefined || !readMark(line.message)) return;
  setMark(line);
  line.message = line.message.slice(mark.textStart);
}

/** `raw`, a line nothing else read, opening with a mark: its level and text, or undefined. */
export function parseMessageMark(raw: string): ParsedLine | undefined {
  if (!readMark(raw)) return undefined;
  const line = newLine('message_mark', raw.slice(mark.textStart));
  setMark(line);
  return line;
}

/** The level `mark` holds, and what it names, on `line` (a field the line has already kept). */
function setMark(line: ParsedLine): void {
  line.level = mark.level;
  if (mark.code !== undefined && line.fields.code === undefined) line.fields.code = mark.code;
  // A line that names its logger already keeps the mark's name beside it (`[host] XFS warning …`).
  if (mark.logger !== undefined) {
    if (line.logger === undefined) line.logger = mark.logger;
    else if (line.fields.tag === undefined) line.fields.tag = mark.logger;
  }
  if (mark.context !== undefined && line.fields.context === undefined) line.fields.context = mark.context;
  if (mark.object !== undefined && line.fields.object === undefined) line.fields.object = mark.object;
}
