/**
 * The level character and caller of `blitiri.com.ar/go/log` (Alberto Bertogli's Go logger, used by
 * dnss and chasquid), as its `Logger.Log` writes them after the time it may leave out (systemd and
 * syslog lines carry none): `levelToLetter[level] + " "`, then the caller, `fmt.Sprintf("%s:%-4d",
 * filepath.Base(file), line)` cut to its last 18 characters and written `%-18s `, then the text:
 * `_ dnss.go:143        Monitoring HTTP server listening on 127.0.0.1:9981`.
 *
 * - **The level**: `levelToLetter`'s `☠` Fatal, `E` Error, `_` Info, `.` Debug.
 * - **The message**: the text after the caller's 18 characters and its space; the caller, trimmed,
 *   → `fields.caller`.
 *
 * `_`, `.` or `E` opening a message are no level elsewhere: only with a Go file's location filling
 * the 18-character field right after them.
 */
import { isDigit } from '../calendar.ts';
import type { Level } from '../levels.ts';
import type { ParsedLine } from '../types.ts';

/** `levelToLetter`, by character code. */
const LETTER_LEVELS: ReadonlyMap<number, Level> = new Map([
  [0x2620, 'FATAL'], // ☠
  [69, 'ERROR'], // E
  [95, 'INFO'], // _
  [46, 'DEBUG'], // .
]);

/** The caller's field: `%-18s`, its value cut to the last 18 characters. */
const CALLER_WIDTH = 18;
/** Where the text starts: the letter, a space, the caller's field and a space. */
const TEXT_START = 2 + CALLER_WIDTH + 1;

/** True when `text[2, 20)` is a Go file's `name.go:line`, then spaces only, and a space follows it. */
function isCallerField(text: string): boolean {
  if (text.charCodeAt(TEXT_START - 1) !== 32) return false;
  // The name, up to `.go:` inside the field: no scan past it on a long line's text.
  let colon = 2;
  for (; colon + 5 <= TEXT_START - 1; colon++) {
    const c = text.charCodeAt(colon);
    if (c === 32 || c === 58) return false;
    if (c === 46 && text.startsWith('go:', colon + 1)) break;
  }
  if (colon < 3 || colon + 5 > TEXT_START - 1) return false;
  let k = colon + 4;
  if (!isDigit(text.charCodeAt(k))) return false;
  while (k < TEXT_START - 1 && isDigit(text.charCodeAt(k))) k++;
  while (k < TEXT_START - 1 && text.charCodeAt(k) === 32) k++;
  return k === TEXT_START - 1;
}

/** A line the readers gave no level whose message opens with the logger's letter and caller: its level, caller and text. */
export function takeBlitiriHeader(line: ParsedLine): void {
  const text = line.message;
  if (text.charCodeAt(1) !== 32 || text.length <= TEXT_START) return;
  const level = LETTER_LEVELS.get(text.charCodeAt(0));
  if (level === undefined || !isCallerField(text) || line.fields.caller !== undefined) return;
  line.level = level;
  line.fields.caller = text.slice(2, TEXT_START - 1).trimEnd();
  line.message = text.slice(TEXT_START);
}
