/**
 * The readings of a level mark opening what the header left as the message (`› ✔  text`,
 * `W/tag text`, `[ISS.0025.0001I]`, `E2 [12(main)]: `, a PCoIP or PeopleTools header, TensorFlow's
 * `I path/file.cc:736] `), run as one
 * step behind one quick test: each needs a character of its own at a fixed place of the message or
 * the line, and most lines (a syslog program's text) have none of them, so they are spared six calls.
 */
import { isDigit, isUpper, UUID_CHARS } from './calendar.ts';
import { opensWithCallerLetter, takeCallerLetter } from './formats/caller-letter.ts';
import { takeMessageMark } from './formats/message-mark.ts';
import { takePcoipHeader } from './formats/pcoip.ts';
import { takePeopleToolsFence } from './formats/peopletools-fence.ts';
import { LOWEST_SYMBOL, takeOpeningSymbol } from './formats/status-symbol.ts';
import { takeVerbosityMark } from './formats/verbosity-mark.ts';
import { takePriorityTag } from './header-line.ts';
import type { ParsedLine } from './types.ts';

/**
 * False when none of `takeOpeningMark`'s readings can change `line`. What each needs: a status
 * symbol (at or above `LOWEST_SYMBOL`, `›` among them) or `!` opening the message, or `!` the line;
 * a `/` second (`W/tag`); a logger (its bracketed id) or a message opening with `[` or with a capital
 * and a capital or a digit (`takeMessageMark`, and dbglog's `E2 [`, `DD [`); a space after a uuid's
 * 36 characters; `PS` opening the line; `I`, `W`, `E` or `F` and a space (`takeCallerLetter`).
 */
export function mayOpenWithMark(line: ParsedLine, raw: string): boolean {
  const text = line.message;
  const c = text.charCodeAt(0);
  if (c >= LOWEST_SYMBOL || c === 33 || c === 91 || raw.charCodeAt(0) === 33) return true;
  if (isUpper(c) && (isUpper(text.charCodeAt(1)) || isDigit(text.charCodeAt(1)))) return true;
  if (text.charCodeAt(1) === 47 || text.charCodeAt(UUID_CHARS) === 32 || opensWithCallerLetter(text))
    return true;
  return line.logger !== undefined || (raw.charCodeAt(0) === 80 && raw.charCodeAt(1) === 83);
}

/** The level a mark opening the message gives a line that has none yet, first reading first. */
export function takeOpeningMark(line: ParsedLine, raw: string): void {
  if (mayOpenWithMark(line, raw)) takeEveryOpeningMark(line, raw);
}

/** `takeOpeningMark`'s readings without its quick test, in order; the property test holds the two equal. */
export function takeEveryOpeningMark(line: ParsedLine, raw: string): void {
  takeOpeningSymbol(line, raw);
  if (line.level === undefined) takePriorityTag(line);
  if (line.level === undefined) takeMessageMark(line);
  if (line.level === undefined) takeVerbosityMark(line);
  if (line.level === undefined) takePcoipHeader(line);
  if (line.level === undefined) takePeopleToolsFence(line, raw);
  if (line.level === undefined) takeCallerLetter(line, raw);
}
