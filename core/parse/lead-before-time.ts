/**
 * The words a header reader steps over before a time it found past the line's start
 * (`job 42 done at 2026-11-30T10:00:01Z`, `web-0 2026-11-30 10:00:01 text`). The header's message
 * starts after the time, so without this they would be lost. Two readings:
 *  - the line is prose carrying a time, kept whole as its message, when the time ends the line
 *    (nothing but punctuation after it) or when at least two free lower-case words stand before it
 *    (`user said Mon Nov 30 2026 11:20:04 hi`: words of letters, outside any bracket, that open in
 *    lower case; a lone one, `nginx 2026-…`, reads as a name);
 *  - else the words are header columns (labels, ids, brackets), kept in `fields.header_columns`.
 * The time stays the line's event time in both.
 */
import { isLetter, isLower } from './calendar.ts';

/** Nothing before the time to keep. */
export const NO_LEAD = 0;
/** Header columns before the time: kept in `fields.header_columns`. */
export const LEAD_COLUMNS = 1;
/** Prose around a time: the whole line is the message. */
export const LEAD_WHOLE = 2;
/** A weekday or a year naming the time (`namesTime`): the time's text as written starts with it. */
export const LEAD_TIME = 3;

/**
 * How to keep `lead`, the text before a time (its marks trimmed), the time ending at `timeEnd`.
 */
export function leadReading(raw: string, lead: string, timeEnd: number): number {
  if (lead === '') return NO_LEAD;
  if (namesTime(lead)) return LEAD_TIME;
  if ((onlyMarksFrom(raw, timeEnd) && !closesOpeningBracket(raw, timeEnd)) || freeWords(lead) >= 2)
    return LEAD_WHOLE;
  return LEAD_COLUMNS;
}

/**
 * True when the time ends the bracket that opens the line, its lead inside it, and text follows
 * (`[PB Info 2026-Nov-30 09:12:41] ------`): a header closed by its bracket, so a rule of marks
 * after it is its text, not prose ending at the time.
 */
function closesOpeningBracket(raw: string, timeEnd: number): boolean {
  if (raw.charCodeAt(0) !== 91 || raw.charCodeAt(timeEnd) !== 93 || raw.charCodeAt(timeEnd + 1) !== 32)
    return false;
  if (raw.indexOf(']') !== timeEnd || raw.lastIndexOf('[', timeEnd) !== 0) return false;
  for (let k = timeEnd + 2; k < raw.length; k++) if (raw.charCodeAt(k) !== 32) return true;
  return false;
}

/** True when no letter or digit stands in `raw` from `from` on (`…10:00:01Z.`, `…GMT+0100)`). */
function onlyMarksFrom(raw: string, from: number): boolean {
  for (let k = from; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (isLetter(c) || (c >= 48 && c <= 57) || c > 127) return false;
  }
  return true;
}

/**
 * Words of `text` outside brackets made only of letters and opening in lower case (a closing `,`, `:`
 * or `.` allowed): the words of a sentence, not a label, id, version or `key=value`.
 */
function freeWords(text: string): number {
  let count = 0;
  let depth = 0;
  let k = 0;
  while (k < text.length) {
    while (k < text.length && text.charCodeAt(k) === 32) k++;
    const start = k;
    let letters = true;
    for (; k < text.length && text.charCodeAt(k) !== 32; k++) {
      const c = text.charCodeAt(k);
      if (c === 91 || c === 40 || c === 60 || c === 123) depth++;
      else if ((c === 93 || c === 41 || c === 62 || c === 125) && depth > 0) depth--;
      if (!isLetter(c))
        letters = letters && k > start && (c === 44 || c === 58 || c === 46) && isEnd(text, k + 1);
    }
    if (k > start && letters && depth === 0 && isLower(text.charCodeAt(start))) count++;
  }
  return count;
}

function isEnd(text: string, k: number): boolean {
  return k >= text.length || text.charCodeAt(k) === 32;
}

const NAMES_TIME = /^[[( ]*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?|(?:19|20)\d\d)$/;

/**
 * True when the lead only names the time: a weekday or a year before a date the time's shape leaves
 * out (`Mon 2026-11-30 00:00:32.145:`, `Fri 2026/11/27 …`, Solaris SMF's `[ 2026 Nov 28 11:07:08`).
 */
function namesTime(lead: string): boolean {
  return lead.length <= 12 && NAMES_TIME.test(lead);
}

/**
 * Where the lead before a time at `timeStart` ends: before the time's key glued to it
 * (`time=2026-…`, `[APP]time="2026-…"`), which names the time and is no column of its own.
 */
export function leadEnd(raw: string, timeStart: number): number {
  let k = timeStart;
  if (raw.charCodeAt(k - 1) === 34) k--;
  if (raw.charCodeAt(k - 1) !== 61) return timeStart;
  k--;
  while (k > 0 && isKeyChar(raw.charCodeAt(k - 1))) k--;
  return k;
}

function isKeyChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
}
