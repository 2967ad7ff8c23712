/**
 * A level slot learned per source: the last fallback for a product that writes an ordinary level
 * word in a place none of the per-line readers nor the learned columns look at (glued by colons to
 * a logger in lower case, `pulp [cid]: tasks.worker:info: text`, where the per-line reading takes
 * only capitals; between pipes deep in a long header; a bracket at one bracket position is the
 * learned level bracket's, `structure.ts`, and `[ERROR:00000005]` the header's, `levelCodeEnd`).
 * One line alone cannot tell such a word from the text's; a source's sample can, when most of its
 * lines hold one in the same slot.
 *
 * - **The word**: a full level word (`VOCABULARY`, or a word of 4–11 letters the service declared as
 *   its own, `levels` in `LOGWARD_PARSERS`, which also wins over the vocabulary's) in any case,
 *   within a line's first `HEADER_CHARS` characters, standing between two delimiters: before it
 *   `[ ( < { | : ;`, a space, a tab or the line's start; after it `] ) > } | : ; ,`, a space or a tab. Any other neighbour (a
 *   letter, a digit, `/`, `.`, `=`, `-`, `_`, a quote, the line's end) makes it a name, a path, a
 *   value or text: `status=error`, `/info/`, `uvicorn.error`, `error_count`. A word padded by spaces
 *   between two pipes (` | notice | `, a pipe-separated header) stands between the pipes, unless its
 *   line ends with a pipe (a table row, whose cells stand between spaces); beside one padded pipe
 *   only (`a | b, info | trace`) it stands between its own neighbours. One exception: the last
 *   dotted part of a bracket (`[header.info]`, `[.error]`: the MongoDB Agent's `[component.level]`),
 *   which only a source's agreement makes a level, and only when a name before the dot is written
 *   with two words or there is none (`isLevelAfterDot`): `[uvicorn.error]` beside `[api.info]` names
 *   loggers; `[uvicorn.error]` on every line stays a label (below).
 * - **The slot**: the pair of delimiters around the first such word of a line. It is learned when
 *   at least `MIN_AGREEMENT` of the sample's lines, and at least `MIN_SAMPLE_LINES`, open their first
 *   such word with the same pair (`:` and `:`; `[` and `]`; a space and `:`), and one of the pair is
 *   a mark: a word between spaces (or the line's start and a space) is a word of the text, and a
 *   slot of spaces would read prose anywhere in the line (`no error seen`).
 * - **The words it needs**: one word is enough when it is INFO or a lower level (a long log's first
 *   32 lines are often all INFO: startup); a word at WARN or above must share the slot with another
 *   level. A severe word on every line of a sample is a label of the text (`error: none`, a
 *   `[Critical]` product or queue name), and reading it would raise a false alert on every line;
 *   an ordinary word on every line costs at most a wrong INFO, which alerts no one (a product named
 *   `[Info]` on every line is read INFO: the accepted limit).
 *
 * The caller learns a slot only for a source that learned no level column and whose lines the
 * readers mostly give no level, and reads it only on a line they gave none: the level is the first
 * word of the vocabulary in the slot, and the message stays as the readers left it, but in a
 * pipe-separated header (`readSlotLevel`: its last column is the text).
 */
import { isAgreed, MIN_SAMPLE_LINES } from './agreement.ts';
import { isAlnum, isLetter, isUpper } from './calendar.ts';
import { isSourceLocation } from './header-fields.ts';
import {
  columnWordLevel,
  declaredLevel,
  isAtLeast,
  isLetterLevelSet,
  isSevereLabel,
  type Level,
  levelSpelling,
} from './levels.ts';
import { appendHeaderColumns, dropHeaderColumn } from './line.ts';
import { HEADER_CHARS } from './structure.ts';
import type { ParsedLine } from './types.ts';

/**
 * The delimiters standing before and after a source's level word (`-1` before: the line's start);
 * for a letter slot (`learnLetterSlot`) also the whitespace-separated field it stands in, else -1.
 */
export interface LevelSlot {
  readonly before: number;
  readonly after: number;
  readonly field: number;
  /** A letter slot's scale: libwebsockets' letters (`LWS_LETTERS`) when its sample proved them, else the common one. */
  readonly lws?: boolean;
  /** A word slot between pipes: the pipes of the header before the text (the last column), else 0. */
  readonly pipes?: number;
  /** A letter slot between spaces after a component in capitals that follows the time (`componentStart`). */
  readonly component?: boolean;
  /** A letter slot between spaces before a glog-style caller, `path/file.cc:42] ` (`isCallerAfterMark`). */
  readonly caller?: boolean;
}

const WORDS = [
  'trace',
  'debug',
  'info',
  'information',
  'notice',
  'warn',
  'warning',
  'error',
  'fatal',
  'critical',
  'severe',
] as const;

/** The strict vocabulary, in lower case, with the level of each word on Logward's scale. */
const VOCABULARY: ReadonlyMap<string, Level> = new Map(WORDS.map((w) => [w, levelSpelling(w) as Level]));

const SHORTEST = 4;
const LONGEST = 11;

const LINE_START = -1;

/** A word slot's `field`: any. */
const NO_FIELD = -1;

/** `[ ( < { | : ;`, space, tab (and the line's start, `LINE_START`). */
const BEFORE: ReadonlySet<number> = new Set([91, 40, 60, 123, 124, 58, 59, 32, 9]);
/** `] ) > } | : ; ,`, space, tab. */
const AFTER: ReadonlySet<number> = new Set([93, 41, 62, 125, 124, 58, 59, 44, 32, 9]);

/** What `findWord` found last (`start`: where its word starts). */
const hit = { level: 'INFO' as Level, before: 0, after: 0, start: 0 };

const DOT = 46;
const PIPE = 124;

/**
 * True when the word `raw[a, b)` is a column padded by spaces between pipes (` | notice | `, a
 * pipe-separated header), on a line that is no table row: both its neighbours are pipes then. A
 * word beside one padded pipe only (`a | b, info | trace`) stands between its own neighbours.
 */
function isPipeColumn(raw: string, a: number, b: number): boolean {
  if (raw.charCodeAt(a - 1) !== 32 || raw.charCodeAt(b) !== 32) return false;
  let k = a - 1;
  while (k > 0 && raw.charCodeAt(k) === 32) k--;
  if (raw.charCodeAt(k) !== PIPE) return false;
  k = b;
  while (raw.charCodeAt(k) === 32) k++;
  return raw.charCodeAt(k) === PIPE && !isTableRow(raw);
}

/** True when the word `findWord` found last in `raw` is padded by a space from its delimiter before. */
function isPadded(raw: string): boolean {
  return raw.charCodeAt(hit.start - 1) === 32;
}

/**
 * How far a word glued between two pipes, with no space before it, is looked for: a pipe-joined
 * header may write long id columns before its level column (casual's domain log, `…|executable|
 * transaction id of some 90 characters|parent|service|information|text`), past `HEADER_CHARS` on the
 * lines that carry them (`isDeepPipeColumn`).
 */
const PIPE_HEADER_CHARS = 2 * HEADER_CHARS;

/**
 * True when the word at [a, b) of `raw` is glued between two pipes and no space or tab comes before
 * it: `blank` is where the first space or tab of `raw` stands (`firstBlank`), found once per line.
 */
function isDeepPipeColumn(raw: string, a: number, b: number, blank: number): boolean {
  return raw.charCodeAt(a - 1) === PIPE && raw.charCodeAt(b) === PIPE && blank > a;
}

/** Where the first space or tab of `raw` stands before `limit`; `limit` when none does. */
function firstBlank(raw: string, limit: number): number {
  for (let k = 0; k < limit; k++) {
    const c = raw.charCodeAt(k);
    if (c === 32 || c === 9) return k;
  }
  return limit;
}

/** True when `raw` ends with a pipe (spaces aside): a row of a table, whose words are cells, not levels. */
function isTableRow(raw: string): boolean {
  let k = raw.length - 1;
  while (k > 0 && raw.charCodeAt(k) === 32) k--;
  return raw.charCodeAt(k) === PIPE;
}

/**
 * The first word of the vocabulary between delimiters in `raw`'s first `HEADER_CHARS` characters,
 * into `hit`; only one between `slot`'s delimiters when `slot` is given. False when there is none.
 */
function findWord(raw: string, slot: LevelSlot | undefined): boolean {
  const reach =
    slot === undefined || (slot.before === PIPE && slot.after === PIPE) ? PIPE_HEADER_CHARS : HEADER_CHARS;
  const limit = raw.length < reach ? raw.length : reach;
  const blank = limit > HEADER_CHARS ? firstBlank(raw, limit) : 0;
  let i = 0;
  while (i < limit) {
    if (!isLetter(raw.charCodeAt(i))) {
      i++;
      continue;
    }
    const a = i;
    while (i < raw.length && isLetter(raw.charCodeAt(i))) i++;
    if (i - a < SHORTEST || i - a > LONGEST) continue;
    // Past the header's characters only a word glued between two pipes, in a run of pipe-joined
    // columns from the line's start (no space before it: after prose, `result|error|` is text).
    if (a >= HEADER_CHARS && !isDeepPipeColumn(raw, a, i, blank)) continue;
    const column = isPipeColumn(raw, a, i);
    const before = column ? PIPE : a === 0 ? LINE_START : raw.charCodeAt(a - 1);
    const after = column ? PIPE : raw.charCodeAt(i);
    if (slot === undefined) {
      if (before !== LINE_START && !BEFORE.has(before) && !(before === DOT && after === 93)) continue;
      if (!AFTER.has(after)) continue;
    } else if (before !== slot.before || after !== slot.after) continue;
    const word = raw.slice(a, i).toLowerCase();
    // A service's own words (`levels` in LOGWARD_PARSERS) count as the vocabulary's, and win over it.
    const level = declaredLevel(word) ?? VOCABULARY.get(word);
    if (level === undefined) continue;
    hit.level = level;
    hit.before = before;
    hit.after = after;
    hit.start = a;
    return true;
  }
  return false;
}

/**
 * The sample's lines that agree on one slot, the levels they spell there, how many spell WARN or
 * above, and whether a mark there spelled none.
 */
interface Votes {
  readonly slot: LevelSlot;
  lines: number;
  readonly levels: Set<Level>;
  severe: number;
  stranger: boolean;
}

/** A line's first word or mark: its slot and its level (undefined: a mark that is no level). */
interface Found {
  readonly before: number;
  readonly after: number;
  readonly field?: number;
  readonly level: Level | undefined;
}

/**
 * The slot the most of the sample's non-empty lines hold their first word or mark in (`find`), when
 * at least `MIN_AGREEMENT` of them and at least `MIN_SAMPLE_LINES` agree on it; else undefined.
 */
function agreedSlot(lines: readonly string[], find: (line: string) => Found | undefined): Votes | undefined {
  const slots = new Map<number, Votes>();
  let counted = 0;
  for (const line of lines) {
    if (line.length === 0) continue;
    counted++;
    const found = find(line);
    if (found === undefined) continue;
    const field = found.field ?? NO_FIELD;
    const key = ((field + 1) * 65537 + found.before + 1) * 65536 + found.after;
    let votes = slots.get(key);
    if (votes === undefined) {
      votes = {
        slot: { before: found.before, after: found.after, field },
        lines: 0,
        levels: new Set(),
        severe: 0,
        stranger: false,
      };
      slots.set(key, votes);
    }
    votes.lines++;
    if (found.level === undefined) votes.stranger = true;
    else {
      votes.levels.add(found.level);
      if (isAtLeast(found.level, 'WARN')) votes.severe++;
    }
  }
  let most: Votes | undefined;
  for (const votes of slots.values()) if (most === undefined || votes.lines > most.lines) most = votes;
  return most !== undefined && isAgreed(most.lines, counted, MIN_SAMPLE_LINES) ? most : undefined;
}

/**
 * The slot most of the sample's lines hold their first level word in (module comment), or
 * undefined when no slot has enough lines, or only a severe word fills it.
 */
export function learnLevelSlot(lines: readonly string[]): LevelSlot | undefined {
  /** The words each bracket's name before its last dot (`header` of `[header.info]`) was seen with. */
  const dotted = new Map<string, Set<Level>>();
  const agreed = agreedSlot(lines, (line) => {
    if (!findWord(line, undefined)) return undefined;
    if (hit.before === DOT) {
      const name = line.slice(line.lastIndexOf('[', hit.start) + 1, hit.start - 1);
      const words = dotted.get(name) ?? new Set<Level>();
      words.add(hit.level);
      dotted.set(name, words);
    }
    return hit;
  });
  if (agreed === undefined || isSevereLabel(agreed.levels)) return undefined;
  const { slot } = agreed;
  if (slot.before === DOT && !isLevelAfterDot(dotted)) return undefined;
  if (!isMarked(slot)) return undefined;
  const pipes = slot.before === PIPE && slot.after === PIPE ? headerPipes(lines, slot) : 0;
  return pipes > 0 ? { ...slot, pipes } : slot;
}

/**
 * The pipes before the text in a header whose level column stands padded between pipes
 * (` | notice | `): the fewest any sample line with such a word in the slot writes before text that
 * goes on after them (the text of some lines holds pipes of its own; a line whose last pipe ends it
 * has no text after it). 0 when no word is padded: a word glued to its pipes (`|Warning|`) may
 * stand in the text's run, and its line is left as read.
 */
function headerPipes(lines: readonly string[], slot: LevelSlot): number {
  let fewest = Number.POSITIVE_INFINITY;
  for (const line of lines) {
    if (!findWord(line, slot) || !isPadded(line)) continue;
    let pipes = 0;
    let last = -1;
    for (let k = line.indexOf('|'); k >= 0; k = line.indexOf('|', k + 1)) {
      pipes++;
      last = k;
    }
    if (line.trim().length === 0 || line.slice(last + 1).trim().length === 0) continue;
    if (pipes < fewest) fewest = pipes;
  }
  return Number.isFinite(fewest) ? fewest : 0;
}

/**
 * Reads the level in `slot` onto a line the readers gave none (`slotLevel`), and cuts the slot's
 * header from its message where the readers left it there (`cutOpeningLetter`, `takeHeaderColumns`).
 */
export function readSlotLevel(line: ParsedLine, raw: string, slot: LevelSlot): void {
  const level = slotLevel(raw, slot);
  if (level === undefined) return;
  line.level = level;
  if (slot.component === true) cutComponent(line, raw);
  else if (slot.caller === true) cutCaller(line, raw);
  else if (slot.field !== NO_FIELD) cutOpeningLetter(line, raw);
  else if (slot.pipes !== undefined) takeHeaderColumns(line, raw, slot.pipes);
  else if (slot.after === 41) cutTrailingLevel(line, raw);
}

/** Longest caller a trailing `(caller, LEVEL)` may name (`PredicateCPA:PredicateCPARefiner.<init>`). */
const TRAILING_CALLER = 96;

/**
 * Where the word `findWord` found last closes the line's last parenthesis after a caller and a comma
 * (java-common-lib's `text (Class.method, INFO)`: CPAchecker's console handler): the index of that
 * `(`, else -1. The caller is one run with no space (`comp:Class.method`), the parenthesis opens
 * after a space and closes the line; a prose parenthesis (`(see above, info)`) has spaces in it.
 */
function trailingLevelOpen(raw: string): number {
  let end = hit.start;
  while (isLetter(raw.charCodeAt(end))) end++;
  if (raw.charCodeAt(end) !== 41 || raw.slice(end + 1).trim() !== '') return -1;
  if (raw.charCodeAt(hit.start - 1) !== 32 || raw.charCodeAt(hit.start - 2) !== 44) return -1;
  const open = raw.lastIndexOf('(', hit.start - 2);
  if (open < 1 || raw.charCodeAt(open - 1) !== 32 || hit.start - 2 - open - 1 > TRAILING_CALLER) return -1;
  for (let k = open + 1; k < hit.start - 2; k++) {
    const c = raw.charCodeAt(k);
    if (c === 32 || c === 9 || c === 40 || c === 41) return -1;
  }
  return hit.start - 2 > open + 1 ? open : -1;
}

/**
 * Cuts a trailing `(caller, LEVEL)` the slot's level was read from (`trailingLevelOpen`) off the end
 * of the message, the caller kept in `fields.caller`. The text before it must stay non-empty.
 */
export function cutTrailingLevel(line: ParsedLine, raw: string): void {
  const open = trailingLevelOpen(raw);
  if (open < 0 || !raw.endsWith(line.message)) return;
  const tail = raw.length - open;
  const text = line.message.slice(0, Math.max(0, line.message.length - tail)).trimEnd();
  if (text.length === 0 || line.message.length <= tail) return;
  const caller = raw.slice(open + 1, hit.start - 2);
  if (line.fields.caller === undefined) line.fields.caller = caller;
  else appendHeaderColumns(line, caller);
  line.message = text;
}

/**
 * Cuts the letter `findMark` found last from the message it opens, glued to its colon and a space
 * after (libwebsockets' `N: text` after its time, as the per-line readers cut timeshift's `E: text`).
 */
function cutOpeningLetter(line: ParsedLine, raw: string): void {
  const { message } = line;
  if (mark.length !== 1 || mark.after !== 58 || raw.charCodeAt(mark.at + 2) !== 32) return;
  if (message.length === 0 || !raw.startsWith(message, mark.at)) return;
  const text = message.slice(2).trimStart();
  if (text.length > 0) line.message = text;
}

/** Cuts the component and the letter `findMark` found last from the message they open, the component kept in `fields.header_columns`. */
function cutComponent(line: ParsedLine, raw: string): void {
  const start = componentStart(raw);
  const { message } = line;
  if (start < 0 || message.length === 0 || !raw.startsWith(message, start)) return;
  const text = message.slice(mark.at + 2 - start).trimStart();
  if (text.length === 0) return;
  appendHeaderColumns(line, raw.slice(start, mark.at - 1));
  line.message = text;
}

/**
 * Cuts the letter `findMark` found last and the caller after it (`isCallerAfterMark`) from the
 * message they open, the caller kept in `fields.caller` (in `header_columns` when one is there).
 */
function cutCaller(line: ParsedLine, raw: string): void {
  const { message } = line;
  if (message.length === 0) return;
  // The source's learned columns stepped over the letter and the caller already (one caller shape
  // on every line): the letter is the level, no column.
  if (!raw.startsWith(message, mark.at)) {
    dropHeaderColumn(line, raw.charAt(mark.at));
    return;
  }
  const end = raw.indexOf(' ', mark.at + 2);
  if (end < 0) return;
  const text = message.slice(end - mark.at).trimStart();
  if (text.length === 0) return;
  const caller = raw.slice(mark.at + 2, end - 1);
  if (line.fields.caller === undefined) line.fields.caller = caller;
  else appendHeaderColumns(line, caller);
  line.message = text;
}

/**
 * In a pipe-separated header whose level column `findWord` found last, padded between pipes: the
 * message's text after the header's `pipes` pipes is its message, the columns before it go to
 * `fields.header_columns` (after any the readers kept there). Nothing of the message is dropped:
 * where that pipe stands outside the message, or the level outside the header, it is left as read.
 */
function takeHeaderColumns(line: ParsedLine, raw: string, pipes: number): void {
  const { message } = line;
  if (message.length === 0 || !isPadded(raw)) return;
  const opens = raw.lastIndexOf(message, hit.start);
  if (opens < 0) return;
  let k = -1;
  for (let n = 0; n < pipes; n++) {
    k = raw.indexOf('|', k + 1);
    if (k < 0) return;
  }
  const end = opens + message.length;
  if (k < hit.start || k >= end) return;
  const text = raw.slice(k + 1, end).trim();
  if (text.length === 0) return;
  const columns = raw.slice(opens, k).trim();
  appendHeaderColumns(line, columns);
  line.message = text;
}

/**
 * A bracket's last dotted part is a level, not the end of a logger's name, when one name before the
 * dot is written with two words (`[.info]` and `[.error]`, `[agent.info]` and `[agent.warn]`) or
 * there is no name (`[.error]`): loggers each write one word (`[uvicorn.error]` beside `[api.info]`).
 */
function isLevelAfterDot(dotted: ReadonlyMap<string, ReadonlySet<Level>>): boolean {
  for (const [name, words] of dotted) if (name === '' || words.size > 1) return true;
  return false;
}

/**
 * False for a slot of spaces (or the line's start and a space) on both sides: a word or a letter
 * there is the text's (`no error seen`, a compass point `wind E 12kt`), and such a slot would read
 * prose anywhere in the line. A tab is a column's delimiter, so marks a slot.
 */
function isMarked(slot: LevelSlot): boolean {
  return !(isUnmarked(slot.before) && isUnmarked(slot.after));
}

/** A space or the line's start: a neighbour that marks no field. */
function isUnmarked(c: number): boolean {
  return c === 32 || c === LINE_START;
}

/** The level of the first word of the vocabulary in `slot` within `raw`'s first characters, if any. */
export function slotLevel(raw: string, slot: LevelSlot): Level | undefined {
  if (slot.field !== NO_FIELD) {
    if (!findMark(raw) || !isSlot(slot)) return undefined;
    if (slot.component === true && componentStart(raw) < 0) return undefined;
    if (slot.caller === true && !isCallerAfterMark(raw)) return undefined;
    return markLevelIn(raw, slot.lws === true);
  }
  return findWord(raw, slot) ? hit.level : undefined;
}

/*
 * The letter slot (see the module's second part in core/parse/README.md): a level written as one
 * capital letter of the common scale (tarantool's `I>`, srsRAN's `[I]`, a letter glued to a colon)
 * or as a three-letter cut in capitals the parser knows (ZoneMinder's `.INF-`, `WAR`, `ERR`).
 * One such mark alone is no level (`I think`, a shift `A`, a flag `Y`); a sample can prove one.
 *
 * - **The mark**: the line's first token (a run of letters and digits) that is one capital letter,
 *   or three capitals spelling a level, with no letter or digit on either side, in the line's first
 *   `LETTER_FIELDS` whitespace-separated fields and `HEADER_CHARS` characters. Glued letters
 *   (`18T15`, glog's `I1130`) are no mark; the per-line readers read glog and logcat.
 * - **The slot**: the mark's delimiter pair and field. It is learned when at least `MIN_AGREEMENT`
 *   of the sample's lines, and at least `MIN_SAMPLE_LINES`, open their first mark in the same slot,
 *   every single letter seen there is a level letter (`LEVEL_LETTERS`), and at least two levels
 *   are seen there: a column of `A`/`B` (a shift), `M`/`F`, `Y`/`N`, `R`/`W`, `U`/`D` or `S`/`E`
 *   holds a letter that is no level, and a column that is always `I` (or always `W`) is a label.
 *   Nor is a slot learned that the word slot would refuse (spaces on both sides: a compass point,
 *   `isMarked`), that holds a Windows drive (`C:\`, `D:/`: `markLevelIn`), or whose marks spell WARN
 *   or above on half its lines or more (a grade, a size: a log's levels are mostly lower), or that
 *   spells neither INFO, DEBUG nor NOTICE (a boolean `T`/`F`: a log's common levels are missing;
 *   NOTICE is libwebsockets' common level, its default filter showing notices and up, in its layout
 *   only: `isLwsLayout`).
 * - **lws's scale**: a slot in lws's layout (`] N:`) that holds a letter only libwebsockets writes
 *   (`LWS_ONLY`) reads its letters (`LWS_LETTERS`) instead of the common scale's.
 */

/** The letters of the common scale, as the parser maps them (`levels.ts`: logcat, glog, CUPS). */
const LEVEL_LETTERS = 'TVDINWEFC';

/**
 * libwebsockets' letters (its `log_level_names`, `EWNIDPHXCLUT`), as every lws-based server writes
 * them (ttyd, lwsws, an lws program's `lwsl_*`): its five levels, then the categories of its
 * debugging output (parser, header, extension, client, latency, thread), and `U`, the application's
 * own lines (`lwsl_user`). `C` is its client, not CUPS's critical; `T` its thread.
 */
const LWS_LETTERS: ReadonlyMap<string, Level> = new Map([
  ['E', 'ERROR'],
  ['W', 'WARN'],
  ['N', 'NOTICE'],
  ['I', 'INFO'],
  ['D', 'DEBUG'],
  ['P', 'DEBUG'],
  ['H', 'DEBUG'],
  ['X', 'DEBUG'],
  ['C', 'DEBUG'],
  ['L', 'DEBUG'],
  ['U', 'INFO'],
  ['T', 'DEBUG'],
]);

/** The letters only lws's scale has (`X` is also CUPS's emergency): one in a slot proves the slot lws's. */
const LWS_ONLY = 'PHLU';

/** Fields of a line (runs of non-space) its header may span: a mark further in is the text's. */
const LETTER_FIELDS = 8;

/** What `findMark` found last: the mark's start and length, its delimiters and its field. */
const mark = { at: 0, length: 0, before: 0, after: 0, field: 0 };

/** The first mark of `raw` (a single capital, or three that spell a level) into `mark`; false when none. */
function findMark(raw: string): boolean {
  const limit = raw.length < HEADER_CHARS ? raw.length : HEADER_CHARS;
  let field = 0;
  let inField = false;
  let i = 0;
  while (i < limit) {
    const c = raw.charCodeAt(i);
    if (c === 32 || c === 9) {
      if (inField && ++field >= LETTER_FIELDS) return false;
      inField = false;
      i++;
      continue;
    }
    inField = true;
    if (!isAlnum(c)) {
      i++;
      continue;
    }
    const a = i;
    let capitals = true;
    while (i < raw.length && isAlnum(raw.charCodeAt(i))) {
      if (!isUpper(raw.charCodeAt(i))) capitals = false;
      i++;
    }
    if (!capitals || (i - a !== 1 && i - a !== 3) || i === raw.length) continue;
    if (i - a === 3 && columnWordLevel(raw.slice(a, i)) === undefined) continue;
    mark.at = a;
    mark.length = i - a;
    mark.before = a === 0 ? LINE_START : raw.charCodeAt(a - 1);
    mark.after = raw.charCodeAt(i);
    mark.field = field;
    return true;
  }
  return false;
}

/** True when the last mark found stands in `slot`. */
function isSlot(slot: LevelSlot): boolean {
  return mark.before === slot.before && mark.after === slot.after && mark.field === slot.field;
}

/**
 * The level of the mark last found in `raw`; undefined for a single letter that is no level letter,
 * or that is a Windows drive (`C:\`, `D:/`: a path, whatever its letter).
 */
function markLevelIn(raw: string, lws: boolean): Level | undefined {
  const word = raw.slice(mark.at, mark.at + mark.length);
  if (mark.length === 3) return columnWordLevel(word);
  if (mark.after === 58 && isPathSlash(raw.charCodeAt(mark.at + 2))) return undefined;
  if (lws) return LWS_LETTERS.get(word);
  return LEVEL_LETTERS.includes(word) ? levelSpelling(word) : undefined;
}

/** A backslash or a slash. */
function isPathSlash(c: number): boolean {
  return c === 92 || c === 47;
}

/**
 * The letter slot most of the sample's lines hold their first mark in (the comment above), or
 * undefined when no slot has enough lines, a letter that is no level stands in it, or it spells
 * fewer than two levels.
 */
export function learnLetterSlot(lines: readonly string[]): LevelSlot | undefined {
  const common = letterVotes(lines, false);
  const lwsLayout = common !== undefined && isLwsLayout(lines, common.slot);
  // A letter no common scale has may be lws's own (`U: LWS minimal server`, `P:`, `H:`).
  const lws =
    lwsLayout && common.stranger && hasLwsLetter(lines, common.slot) ? letterVotes(lines, true) : undefined;
  const agreed = lws ?? common;
  if (agreed === undefined || agreed.stranger || agreed.levels.size < 2) return undefined;
  // libwebsockets' default filter shows notices and above (`LLL_ERR | LLL_WARN | LLL_NOTICE`): in its
  // layout the common level is NOTICE, where most logs' is INFO or DEBUG.
  if (!isLetterLevelSet(agreed, lwsLayout)) return undefined;
  if (!isMarked(agreed.slot)) {
    // Between spaces, `I` must be among the letters: `N` `E` `W` alone are compass points, `D` and
    // `C` a ledger's debit and credit (`TXN D amount`).
    if (!agreed.levels.has('INFO')) return undefined;
    if (isComponentSlot(lines, agreed.slot)) return { ...agreed.slot, component: true };
    return isCallerSlot(lines, agreed.slot) ? { ...agreed.slot, caller: true } : undefined;
  }
  return lws === undefined ? agreed.slot : { ...agreed.slot, lws: true };
}

/** Longest component name read before a letter between spaces. */
const MAX_COMPONENT = 8;

/**
 * Start of the component before the mark `findMark` found last, when the mark stands between
 * spaces after a name of 2–8 capitals that follows a digit and a space (the time's end): Micro
 * Focus Service Manager's `PID (TID) date time component level text`, `02:03:11 RTE I text`. -1
 * otherwise: a letter after a word of prose (`Then I went`, `NOTE: I think`) or a lower-case name
 * (a compass point, `wind E 12kt`) stands unmarked in the text.
 */
function componentStart(raw: string): number {
  if (mark.length !== 1 || mark.before !== 32 || mark.after !== 32) return -1;
  const e = mark.at - 1;
  let s = e;
  while (s > 0 && e - s < MAX_COMPONENT && isUpper(raw.charCodeAt(s - 1))) s--;
  if (e - s < 2 || s < 2 || raw.charCodeAt(s - 1) !== 32) return -1;
  const c = raw.charCodeAt(s - 2);
  return c >= 48 && c <= 57 ? s : -1;
}

/** True when every sample line whose first mark stands in `slot` has a component before it (`componentStart`). */
function isComponentSlot(lines: readonly string[], slot: LevelSlot): boolean {
  for (const line of lines) if (findMark(line) && isSlot(slot) && componentStart(line) < 0) return false;
  return true;
}

/**
 * True when a glog-style caller follows the mark `findMark` found last, one space after it: a source
 * location closed by `]` and a space or the line's end (`I tensorflow/core/util/port.cc:113] text`,
 * the layout of TensorFlow's C++ logging and other glog-like loggers that write the severity
 * letter apart). A compass point or a word of prose (`wind E 12kt`, `NOTE: I think`) has none.
 */
function isCallerAfterMark(raw: string): boolean {
  if (mark.length !== 1 || mark.after !== 32) return false;
  const start = mark.at + 2;
  let end = start;
  while (end < raw.length && raw.charCodeAt(end) !== 32) end++;
  return raw.charCodeAt(end - 1) === 93 && isSourceLocation(raw, start, end - 1);
}

/** True when every sample line whose first mark stands in `slot` has a caller after it (`isCallerAfterMark`). */
function isCallerSlot(lines: readonly string[], slot: LevelSlot): boolean {
  for (const line of lines) if (findMark(line) && isSlot(slot) && !isCallerAfterMark(line)) return false;
  return true;
}

/** The sample's letter slot and its votes, on lws's scale or the common one. */
function letterVotes(lines: readonly string[], lws: boolean): Votes | undefined {
  return agreedSlot(lines, (line) =>
    findMark(line)
      ? { before: mark.before, after: mark.after, field: mark.field, level: markLevelIn(line, lws) }
      : undefined,
  );
}

/**
 * True when every sample line's mark in `slot` stands in libwebsockets' layout: after its bracketed
 * time, a space before and a colon after (`] N: text`). A letter after a word (`wind N:`, `answer N:`,
 * a compass point, a yes/no) or glued (`q1:N:`) is another column's.
 */
function isLwsLayout(lines: readonly string[], slot: LevelSlot): boolean {
  if (slot.before !== 32 || slot.after !== 58) return false;
  for (const line of lines)
    if (findMark(line) && isSlot(slot) && line.charCodeAt(mark.at - 2) !== 93) return false;
  return true;
}

/** True when a sample line's first mark in `slot` is a letter only lws's scale has (`LWS_ONLY`). */
function hasLwsLetter(lines: readonly string[], slot: LevelSlot): boolean {
  for (const line of lines) {
    if (findMark(line) && isSlot(slot) && mark.length === 1 && LWS_ONLY.includes(line.charAt(mark.at)))
      return true;
  }
  return false;
}
