/**
 * NestJS's ConsoleLogger opens its lines with labels, then ` - ` and the time:
 * `[Nest] 19096  - 11/30/2026, 7:12:59 AM     LOG [NestFactory] text`, its prefix any name
 * (`[My API]`), and the Node loggers written after it add labels of their own (Evolution API's
 * `[Evolution API]  [instance]  v2.2.3  1   -  Mon Nov 30 2026 11:20:04     INFO   [Context]  text`).
 * Words inside brackets, a version and a pid each count as header fields, so the time may stand past
 * the fields a time is looked for in (`TIMESTAMP_FIELDS`): this finds where it starts. The labels
 * themselves are kept as header columns by the reading of words before a time (`leadBeforeTime` in
 * `header-line.ts`).
 */
import { isDigit } from './calendar.ts';
import { elapsedSuffixStart } from './elapsed-suffix.ts';
import type { ParsedLine } from './types.ts';

/** ConsoleLogger's one unit after ` +` (`elapsedSuffixStart`). */
const MILLISECONDS: ReadonlySet<string> = new Set(['ms']);
/** Most labels before the dash. */
const MAX_LABELS = 6;
/** Longest bracketed label, brackets included. */
const MAX_LABEL_CHARS = 48;
/** Characters looked at: a header's (`HEADER_CHARS` in `structure.ts`). */
const LABEL_HEADER_CHARS = 200;

/**
 * Where a time may start after a line's labels: the line opens with a bracketed name, and up to
 * `MAX_LABELS` labels, each a bracketed name (no bracket inside), a number or a version (`v2.2.3`),
 * then a lone `-`, all apart by spaces; the index after the dash's spaces. -1 when any other word
 * comes first (`[app] started - Mon …` is text): a free word is no label.
 */
export function timeAfterLabels(raw: string): number {
  if (raw.charCodeAt(0) !== 91) return -1;
  const limit = Math.min(raw.length, LABEL_HEADER_CHARS);
  let i = 0;
  for (let labels = 0; labels <= MAX_LABELS && i < limit; labels++) {
    const c = raw.charCodeAt(i);
    let end: number;
    if (c === 45) {
      if (labels === 0 || raw.charCodeAt(i + 1) !== 32) return -1;
      end = i + 1;
      while (raw.charCodeAt(end) === 32) end++;
      return end < limit ? end : -1;
    }
    if (c === 91) {
      end = i + 1;
      while (end - i < MAX_LABEL_CHARS && raw.charCodeAt(end) !== 93 && raw.charCodeAt(end) !== 91) end++;
      if (raw.charCodeAt(end) !== 93 || end === i + 1) return -1;
      end++;
    } else {
      end = c === 118 ? i + 1 : i;
      const digits = end;
      while (
        isDigit(raw.charCodeAt(end)) ||
        (raw.charCodeAt(end) === 46 && end > digits && isDigit(raw.charCodeAt(end + 1)))
      )
        end++;
      if (end === digits) return -1;
    }
    if (raw.charCodeAt(end) !== 32) return -1;
    i = end;
    while (raw.charCodeAt(i) === 32) i++;
  }
  return -1;
}

/**
 * NestJS's ConsoleLogger ends each line but its first with the time since its previous line,
 * ` +12ms` (`formatTimestampDiff`): on a line whose labels and time opened so (`timeAfterLabels`),
 * cut from the message to `fields.since_previous_ms`.
 */
export function takeSincePrevious(line: ParsedLine): void {
  const text = line.message;
  const start = elapsedSuffixStart(text, MILLISECONDS);
  if (start < 0) return;
  line.fields.since_previous_ms = Number(text.slice(start + 2, -2));
  line.message = text.slice(0, start).trimEnd();
}
