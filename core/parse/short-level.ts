/**
 * A level letter and its verbosity glued between colons right after a whole-second time, learned
 * per source: the cbang C++ library's short level header (`Logger::getHeader` with `log-short-level`:
 * `%H:%M:%S:`, then `getLevelChar`'s `E` `W` `I` `D`, an info or debug line's verbosity in digits or
 * else a space, `:`, then the domain or the thread's prefix and its `:`), the log of Folding@home's
 * client and Cauldron Development's other programs: `14:03:40:I1:WU517:Completed 2250000 steps`,
 * `14:33:34:E :OUT213:Failed response: EOF`. cbang's long form (`14:03:40:INFO:WU517:text`) is read
 * per line; one line alone cannot tell `12:00:00:I1: text` from a time and a label of the text, a
 * source's sample can.
 *
 * - **The mark**: `E ` or `W ` (no verbosity), or `I` or `D` then one or two digits or a space, then
 *   `:`, opening the message right after the line's time and its colon; the time to the whole second
 *   as cbang writes it (`12:00:00:45:I1:` holds a fraction: another layout's).
 * - **Learned** when at least `MIN_AGREEMENT` of the sample's lines, and `MIN_SAMPLE_LINES`, open
 *   their message so; the context column (`WU517:`, `cpu-lab:`) when `MIN_AGREEMENT` of those lines
 *   go on with a name glued to its colon.
 * - **Reading**: on a later line the readers gave no level, the mark's letter gives the level and is
 *   cut; the context names the logger (kept in `fields.header_columns` where the line has one).
 */
import { isAgreed, MIN_AGREEMENT, MIN_SAMPLE_LINES } from './agreement.ts';
import { isDigit, isLetter } from './calendar.ts';
import { type Level, levelSpelling } from './levels.ts';
import { appendHeaderColumns, followsTimeAndSeparator } from './line.ts';
import type { ParsedLine } from './types.ts';

/** What a source's sample proved: the mark, and whether a context column follows it. */
export interface ShortLevel {
  readonly context: boolean;
}

const COLON = 58;
const SPACE = 32;
/** Longest context name read (`OUT213`, `cpu-lab`, a domain). */
const CONTEXT_CHARS = 32;

/** cbang's `getLevelChar` letters, on the common scale (`levelSpelling`: E ERROR, W WARN, I INFO, D DEBUG). */
const MARK_LETTERS = 'EWID';

function letterLevel(c: number): Level | undefined {
  const letter = String.fromCharCode(c);
  return MARK_LETTERS.includes(letter) ? levelSpelling(letter) : undefined;
}

/** The length of the mark opening `text` with its colon (`I1:` 3, `I12:` 4, `E :` 3), or 0. */
function markLength(text: string): number {
  const c = text.charCodeAt(0);
  if (letterLevel(c) === undefined) return 0;
  if (text.charCodeAt(1) === SPACE) return text.charCodeAt(2) === COLON ? 3 : 0;
  // Only an info or debug line carries its verbosity.
  if (c !== 73 && c !== 68) return 0;
  let k = 1;
  while (k < 3 && isDigit(text.charCodeAt(k))) k++;
  return k > 1 && text.charCodeAt(k) === COLON ? k + 1 : 0;
}

/** True when `time` ends with `HH:mm:ss` and no fraction after a colon (`12:00:00:45`). */
function endsOnWholeSecond(time: string): boolean {
  const n = time.length;
  if (n < 8) return false;
  for (let k = n - 8; k < n; k++) {
    const c = time.charCodeAt(k);
    if ((k - (n - 8)) % 3 === 2 ? c !== COLON : !isDigit(c)) return false;
  }
  if (n === 8) return true;
  const before = time.charCodeAt(n - 9);
  // cbang's date goes before it with its own colon (`%Y-%m-%d:`): a day, not a clock's field.
  if (before === COLON) return time.charCodeAt(n - 12) === 45;
  return !isDigit(before);
}

/** True when `line`'s message opens in `raw` right after its whole-second time and a colon. */
function opensAfterColonTime(line: ParsedLine, raw: string): boolean {
  const time = line.timestampText;
  return time !== undefined && endsOnWholeSecond(time) && followsTimeAndSeparator(line, raw, ':');
}

/** The length of a context name glued to its colon at `text[a]` (`WU517:` 6), or 0. */
function contextLength(text: string, a: number): number {
  let k = a;
  while (k - a < CONTEXT_CHARS) {
    const c = text.charCodeAt(k);
    if (!isLetter(c) && !isDigit(c) && c !== 45 && c !== 95 && c !== 46) break;
    k++;
  }
  return k > a && text.charCodeAt(k) === COLON ? k + 1 - a : 0;
}

/** A digit, a colon, a mark's letter and a space or a digit: a cheap test of a raw line. */
const MAY_HOLD = /\d:[EWID][ \d]/;

/** True when at least `MIN_AGREEMENT` of the non-empty `lines`, and `MIN_SAMPLE_LINES`, may hold a mark. */
export function mayHoldShortLevels(lines: readonly string[]): boolean {
  let counted = 0;
  let held = 0;
  for (const line of lines) {
    if (line.length === 0) continue;
    counted++;
    if (MAY_HOLD.test(line)) held++;
  }
  return isAgreed(held, counted, MIN_SAMPLE_LINES);
}

/**
 * What the sample's lines prove (the module comment), or undefined. `read` are the sample's non-empty
 * `raws` as the readers left them, in order.
 */
export function learnShortLevel(
  raws: readonly string[],
  read: readonly ParsedLine[],
): ShortLevel | undefined {
  let marked = 0;
  let context = 0;
  for (let i = 0; i < read.length; i++) {
    const line = read[i] as ParsedLine;
    const length = markLength(line.message);
    if (length === 0 || !opensAfterColonTime(line, raws[i] as string)) continue;
    marked++;
    if (contextLength(line.message, length) > 0) context++;
  }
  if (!isAgreed(marked, read.length, MIN_SAMPLE_LINES)) return undefined;
  return { context: context >= MIN_AGREEMENT * marked };
}

/** A line the readers gave no level whose message opens with the learned mark: its level, context and text. */
export function readShortLevel(line: ParsedLine, raw: string, learned: ShortLevel): void {
  const text = line.message;
  const length = markLength(text);
  if (length === 0 || !opensAfterColonTime(line, raw)) return;
  line.level = letterLevel(text.charCodeAt(0));
  const context = learned.context ? contextLength(text, length) : 0;
  if (context > 0) {
    const name = text.slice(length, length + context - 1);
    if (line.logger === undefined) line.logger = name;
    else appendHeaderColumns(line, name);
  }
  // `I1: text` with no context: the space after the mark is no part of the text.
  let start = length + context;
  while (text.charCodeAt(start) === SPACE) start++;
  line.message = text.slice(start);
}
