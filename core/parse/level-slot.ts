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
 *   value or text: `status=error`, `/info/`, `uvicorn.error`, `error_count`. One exception: the last
 *   dotted part of a bracket (`[header.info]`, `[.error]`: the MongoDB Agent's `[component.level]`),
 *   which only a source's agreement makes a level, and only when a name before the dot is written
 *   with two words or there is none (`isLevelAfterDot`): `[uvicorn.error]` beside `[api.info]` names
 *   loggers; `[uvicorn.error]` on every line stays a label (below).
 * - **The slot**: the pair of delimiters around the first such word of a line. It is learned when
 *   at least `MIN_AGREEMENT` of the sample's lines, and at least `MIN_SLOT_LINES`, open their first
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
 * word of the vocabulary in the slot, and the message stays as the readers left it.
 */
import { isLetter } from './calendar.ts';
import { declaredLevel, isSevereLabel, type Level, levelSpelling } from './levels.ts';
import { HEADER_CHARS, MIN_AGREEMENT } from './structure.ts';

/** The delimiters standing before and after a source's level word (`-1` before: the line's start). */
export interface LevelSlot {
  readonly before: number;
  readonly after: number;
}

/** Fewest sample lines that must agree on a slot: a short sample proves nothing. */
const MIN_SLOT_LINES = 8;

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

/** `[ ( < { | : ;`, space, tab (and the line's start, `LINE_START`). */
const BEFORE: ReadonlySet<number> = new Set([91, 40, 60, 123, 124, 58, 59, 32, 9]);
/** `] ) > } | : ; ,`, space, tab. */
const AFTER: ReadonlySet<number> = new Set([93, 41, 62, 125, 124, 58, 59, 44, 32, 9]);

/** What `findWord` found last (`start`: where its word starts). */
const hit = { level: 'INFO' as Level, before: 0, after: 0, start: 0 };

const DOT = 46;

/**
 * The first word of the vocabulary between delimiters in `raw`'s first `HEADER_CHARS` characters,
 * into `hit`; only one between `slot`'s delimiters when `slot` is given. False when there is none.
 */
function findWord(raw: string, slot: LevelSlot | undefined): boolean {
  const limit = raw.length < HEADER_CHARS ? raw.length : HEADER_CHARS;
  let i = 0;
  while (i < limit) {
    if (!isLetter(raw.charCodeAt(i))) {
      i++;
      continue;
    }
    const a = i;
    while (i < raw.length && isLetter(raw.charCodeAt(i))) i++;
    if (i - a < SHORTEST || i - a > LONGEST) continue;
    const before = a === 0 ? LINE_START : raw.charCodeAt(a - 1);
    const after = raw.charCodeAt(i);
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

/** The sample's lines that agree on one slot, and the levels they spell there. */
interface Votes {
  lines: number;
  readonly levels: Set<Level>;
}

/**
 * The slot most of the sample's lines hold their first level word in (module comment), or
 * undefined when no slot has enough lines, or only a severe word fills it.
 */
export function learnLevelSlot(lines: readonly string[]): LevelSlot | undefined {
  const slots = new Map<number, Votes>();
  /** The words each bracket's name before its last dot (`header` of `[header.info]`) was seen with. */
  const dotted = new Map<string, Set<Level>>();
  let counted = 0;
  for (const line of lines) {
    if (line.length === 0) continue;
    counted++;
    if (!findWord(line, undefined)) continue;
    if (hit.before === DOT) {
      const name = line.slice(line.lastIndexOf('[', hit.start) + 1, hit.start - 1);
      const words = dotted.get(name) ?? new Set<Level>();
      words.add(hit.level);
      dotted.set(name, words);
    }
    const key = (hit.before + 1) * 65536 + hit.after;
    const votes = slots.get(key) ?? { lines: 0, levels: new Set<Level>() };
    votes.lines++;
    votes.levels.add(hit.level);
    slots.set(key, votes);
  }
  let best = -1;
  let most: Votes | undefined;
  for (const [key, votes] of slots) {
    if (most === undefined || votes.lines > most.lines) {
      best = key;
      most = votes;
    }
  }
  if (most === undefined || most.lines < MIN_SLOT_LINES || most.lines < MIN_AGREEMENT * counted)
    return undefined;
  if (isSevereLabel(most.levels)) return undefined;
  const slot = { before: Math.floor(best / 65536) - 1, after: best % 65536 };
  if (slot.before === DOT && !isLevelAfterDot(dotted)) return undefined;
  // Spaces on both sides mark nothing: such a slot would read a word of prose anywhere in the line.
  return isUnmarked(slot.before) && isUnmarked(slot.after) ? undefined : slot;
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

/** A space or the line's start: a neighbour that marks no field (a tab is a column's delimiter). */
function isUnmarked(c: number): boolean {
  return c === 32 || c === LINE_START;
}

/** The level of the first word of the vocabulary in `slot` within `raw`'s first characters, if any. */
export function slotLevel(raw: string, slot: LevelSlot): Level | undefined {
  return findWord(raw, slot) ? hit.level : undefined;
}
