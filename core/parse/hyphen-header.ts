/**
 * A header joined by hyphens after the time, its level word one of the joined fields, learned per
 * source: Python logging's `%(asctime)s-%(process)d-%(threadName)s-%(levelname)s-%(message)s` (AvNav's
 * server, `AVNLog` in `avnav_util.py`; `%(asctime)s-%(threadName)s-%(levelname)s-%(message)s` and
 * `%(asctime)s-%(levelname)s-%(message)s` are common configurations of the same class), and C++
 * loggers that copied it (AvNav's ocharts provider, `Logger::Write`'s `%s.%03d-0x%lx-%s-%s`: time,
 * thread id, level, text): `2026-11-30 05:48:11,612-912-1066-socket-reader-signalk-INFO-connecting …`,
 * `2026/11/30-05:48:14.210-0x7f8a3c1040-WARN-unable to open chart …`. A thread's name may hold
 * hyphens (`socket-reader-signalk`), so the level stands at no fixed hyphen; one line alone cannot
 * tell `…-912-ERROR-handler-…` from a name, a source's sample can.
 *
 * - **The header**: the run of non-space text glued to the line's time by a `-`; in it, the first
 *   upper-case full level word (`INFO`, `WARNING`, `CRITICAL`: `isFullLevelWord`) with a `-` on each
 *   side.
 * - **Learned** when at least `MIN_AGREEMENT` of the sample's lines, and `MIN_SAMPLE_LINES`, hold
 *   such a header, and no line with a `-` glued to its time holds none (a traceback's lines, with no
 *   time, neither hold nor contradict it).
 * - **Reading**: on a later line the header gives the level; the fields before the level word go to
 *   `fields.header_columns`, and the message is what follows the level's `-`. Read before the level
 *   word found anywhere in the header zone (`takeLevelWord`), which would cut a message opening with
 *   marks (`INFO-#####avnav server starting`).
 */
import { isAgreedUncontradicted, MIN_SAMPLE_LINES } from './agreement.ts';
import { isUpper } from './calendar.ts';
import { isFullLevelWord, type Level, levelSpelling } from './levels.ts';
import { appendHeaderColumns } from './line.ts';
import type { ParsedLine } from './types.ts';

const HYPHEN = 45;
const SPACE = 32;
/** Longest header read after the time: a process, a thread's id and name, a logger. */
const MAX_HEADER = 160;
/** Longest level word read (`CRITICAL`). */
const LONGEST_WORD = 8;

/** Where a line's hyphen header lies: its fields start, the level word's start and end. */
interface HyphenHeader {
  readonly columns: number;
  readonly start: number;
  readonly end: number;
}

/** The header glued by `-` to the time ending at `raw[at]` (the module comment), or undefined. */
function headerAt(raw: string, at: number): HyphenHeader | undefined {
  if (raw.charCodeAt(at) !== HYPHEN) return undefined;
  const limit = Math.min(raw.length, at + MAX_HEADER);
  for (let h = at; h < limit; h++) {
    const c = raw.charCodeAt(h);
    if (c === SPACE || c === 9) return undefined;
    if (c !== HYPHEN) continue;
    let e = h + 1;
    while (e - h <= LONGEST_WORD && isUpper(raw.charCodeAt(e))) e++;
    if (raw.charCodeAt(e) === HYPHEN && isFullLevelWord(raw, h + 1, e))
      return { columns: at + 1, start: h + 1, end: e };
  }
  return undefined;
}

/** Where `line`'s time ends in `raw`, or -1 when the line has none. */
function timeEnd(line: ParsedLine, raw: string): number {
  const time = line.timestampText;
  if (time === undefined || time.length === 0) return -1;
  const at = raw.indexOf(time);
  return at < 0 ? -1 : at + time.length;
}

/** A line's own text, cheap to test before the sample is read: an upper-case word between hyphens. */
const MAY_HOLD = /-[A-Z]{4,8}-/;

/** True when at least `MIN_AGREEMENT` of the non-empty `lines`, and `MIN_SAMPLE_LINES`, may hold a header. */
export function mayHoldHyphenHeaders(lines: readonly string[]): boolean {
  return isAgreedUncontradicted(lines, MIN_SAMPLE_LINES, (line) => (MAY_HOLD.test(line) ? true : undefined));
}

/**
 * True when the sample proves the header (the module comment). `read` are the sample's non-empty
 * `raws` as the readers left them, in order.
 */
export function learnHyphenHeader(raws: readonly string[], read: readonly ParsedLine[]): boolean {
  let i = 0;
  return isAgreedUncontradicted(raws, MIN_SAMPLE_LINES, (raw) => {
    const line = read[i++];
    const end = line === undefined ? -1 : timeEnd(line, raw);
    if (end < 0 || raw.charCodeAt(end) !== HYPHEN) return undefined;
    return headerAt(raw, end) !== undefined;
  });
}

/** A line of a source that learned the header: its level, the header's fields and the text after the level. */
export function readHyphenHeader(line: ParsedLine, raw: string): void {
  const end = timeEnd(line, raw);
  if (end < 0) return;
  const header = headerAt(raw, end);
  if (header === undefined) return;
  const level: Level | undefined = levelSpelling(raw.slice(header.start, header.end));
  if (level === undefined) return;
  line.level = level;
  if (header.start - 1 > header.columns)
    appendHeaderColumns(line, raw.slice(header.columns, header.start - 1));
  line.message = raw.slice(header.end + 1);
}
