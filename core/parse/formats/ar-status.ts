/**
 * BMC AR System's status tag closing a dated line's message, `text (ARERR 8756)`: the server's
 * arerror.log (`Wed Aug 31 03:32:09 2016  390695 : An error has occurred while loading a plug-in.
 * (ARERR 8756)`) and the other AR System logs that write a status with its number. The tag's word is
 * BMC's documented message type: `ARERR` error, `ARWARN` warning, `ARNOTE` note, and the same for
 * applications (`ARAPPERR`, `ARAPPWARN`, `ARAPPNOTE`) and the Distributed Server Option (`ARDSERR`,
 * …). A note is the API's `AR_RETURN_OK` status ("Note", a success that carries a message), so
 * INFO, as MySQL's `Note` reads. The tag stays in the message: the product's text names it.
 *
 * Limits: only a tag closing the message, after a space and text, in a line with a time; a tag
 * quoted at the end of another product's dated line (`ticket says save failed (ARERR 303)`) reads too,
 * so it is the last level reading `parse` tries: the line's own level word and its source's learned
 * readings win over it.
 */
import { isDigit } from '../calendar.ts';
import type { Level } from '../levels.ts';
import type { ParsedLine } from '../types.ts';

/** Longest tag read: `(ARAPPWARN 123456)`. */
const LONGEST_TAG = 18;

const TYPES: ReadonlyArray<readonly [string, Level]> = [
  ['ERR ', 'ERROR'],
  ['WARN ', 'WARN'],
  ['NOTE ', 'INFO'],
];

/** The level of the AR System status tag closing `text`, or undefined. */
export function arStatusLevel(text: string): Level | undefined {
  const end = text.length - 1;
  if (text.charCodeAt(end) !== 41) return undefined;
  const open = text.lastIndexOf('(', end);
  if (open < 2 || end - open > LONGEST_TAG || text.charCodeAt(open - 1) !== 32) return undefined;
  if (!text.startsWith('AR', open + 1)) return undefined;
  let k = open + 3;
  if (text.startsWith('APP', k)) k += 3;
  else if (text.startsWith('DS', k)) k += 2;
  for (const [word, level] of TYPES) {
    if (!text.startsWith(word, k)) continue;
    let d = k + word.length;
    if (d === end) return undefined;
    while (d < end && isDigit(text.charCodeAt(d))) d++;
    return d === end ? level : undefined;
  }
  return undefined;
}

/** The level of a dated line with none yet from the AR System status tag closing its message. */
export function takeArStatus(line: ParsedLine): void {
  if (line.timestampText === undefined) return;
  const level = arStatusLevel(line.message);
  if (level !== undefined) line.level = level;
}
