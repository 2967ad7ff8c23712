/**
 * Learned per source: the column where a console formatter's `key=value` pairs start, after the
 * message padded to a fixed width. nim-chronicles' text lines (`textlines.nim`, `msgWidth = 42`:
 * Nimbus, nwaku, Codex) pad the message to 42 characters, go-ethereum's terminal handler (log15's
 * `termMsgJust = 40`, geth and its forks) to 40, GitLab Runner's formatter the level prefix and the
 * message to 50, structlog's console renderer the event to 30; each then writes ` key=value` per field. So the first key stands at one column of
 * every line that has fields, whatever its message's length:
 * `INF 2026-11-29 09:40:11.204+00:00 Taskpool started                           numThreads=8`.
 *
 * - **Learned** when lines of the sample whose text ends in a run of two or more spaces then pairs to
 *   the end (`isPairsOnly`: no bare word) start those pairs at one column: at least
 *   `MIN_PAIRED_LINES` of them, `MIN_AGREEMENT` of such lines, after messages of at least
 *   `MIN_MESSAGE_ENDS` different lengths (text written at one width before the pairs, `sync:     sources=…`,
 *   proves no padding).
 * - **Read** on each later line of the source whose message is padded to that column (two or more
 *   spaces end there), outside quotes: the pairs from the first key after the padding go to
 *   `fields` and the message is the text before (`takePairsAfterPadding`, the reader behind
 *   logrus's `LEVL[…]` header, whose first key takes an unquoted rest as GitLab Runner and
 *   structlog write it). A message that fills the width or runs past it leaves one space or none at
 *   the column: chronicles cuts it to 40 characters and `.. `, geth writes it whole and one space
 *   before the pairs; then the pairs start at the first ` key=` (`takeTrailingPairs`: pairs to the
 *   end), where no `=` stands before the column. So prose whose words meet the column (`… on a=b c
 *   d`) stays text, and so do pairs that a width counted in UTF-8 bytes (`é` is two) moves left of
 *   the column, past their first `=`.
 * - Limits: a source whose lines write such pairs at varying columns learns nothing, and a line whose
 *   message is shorter than the column with its pairs written elsewhere keeps them in the text.
 */
import { isAgreed } from './agreement.ts';
import {
  forEachPaddingOutsideQuotes,
  isOutsideQuotes,
  isPairsOnly,
  takePairsAfterPadding,
  takeTrailingPairs,
} from './formats/logfmt.ts';
import type { ParsedLine } from './types.ts';

/** Fewest sample lines whose pairs start at the column: one line or two prove no width. */
const MIN_PAIRED_LINES = 3;
/** Fewest different message lengths before the column: a width pads messages of many lengths. */
const MIN_MESSAGE_ENDS = 3;
/** Where a padded message ends at the latest: a header and a width of tens of characters, not a line's tail. */
const MAX_COLUMN = 128;

/** The column (from 0) where the sample's padded pairs start, or 0 when none was learned. */
export function learnPairsColumn(lines: readonly string[]): number {
  const byColumn = new Map<number, { lines: number; messageEnds: Set<number> }>();
  let paired = 0;
  for (const raw of lines) {
    const padding = paddingBeforePairs(raw);
    if (padding < 0) continue;
    paired++;
    let column = padding + 2;
    while (raw.charCodeAt(column) === 32) column++;
    const seen = byColumn.get(column) ?? { lines: 0, messageEnds: new Set<number>() };
    seen.lines++;
    seen.messageEnds.add(padding);
    byColumn.set(column, seen);
  }
  for (const [column, seen] of byColumn)
    if (seen.messageEnds.size >= MIN_MESSAGE_ENDS && isAgreed(seen.lines, paired, MIN_PAIRED_LINES))
      return column;
  return 0;
}

/**
 * Where the first run of two or more spaces outside quotes, starting before `MAX_COLUMN`, is followed
 * by pairs to the end of `raw`, or -1.
 */
function paddingBeforePairs(raw: string): number {
  let padding = -1;
  forEachPaddingOutsideQuotes(raw, MAX_COLUMN, (start, end) => {
    if (start === 0 || end >= raw.length || !isPairsOnly(raw.slice(end))) return false;
    padding = start;
    return true;
  });
  return padding;
}

/** The source's padded pairs after `line`'s message, its text ending `raw`, to `fields` (`column`: `learnPairsColumn`). */
export function readPairsColumn(line: ParsedLine, raw: string, column: number): void {
  const text = line.message;
  if (!raw.endsWith(text)) return;
  const at = column - 1 - (raw.length - text.length);
  if (at <= 0 || at >= text.length || !isOutsideQuotes(text, at)) return;
  // Padding ends at the column; one space there is a message that fills the width, as a word of
  // prose or pairs a width counted in bytes (`é` is two) moved left would leave.
  if (text.charCodeAt(at) === 32 && text.charCodeAt(at - 1) === 32) takePairsAfterPadding(line, at);
  else if (text.indexOf('=') > at) takeTrailingPairs(line);
}
