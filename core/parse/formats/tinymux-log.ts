/**
 * TinyMUX's log header (`netmux.log`): `start_log` in `log.cpp` writes the stamp
 * `"%d.%02d%02d:%02d%02d%02d "` (year, month and day, time; `timestamp-shapes.ts` reads it), then
 * `"%s %3s/%-5s: "` of the game's `mud_name` and the entry's primary and secondary category, or
 * `"%s %-9s: "` when there is no secondary one:
 * `2026.1130:110316 Duskmere NET/CONN : [6/198.51.100.61] Connection opened (remote port 51544)`.
 *
 * Read only after that stamp opening the line, and only where the category fills its printf widths
 * exactly (a primary of capitals right-aligned to three, a secondary padded to five, or a lone one
 * padded to nine), then `: `: the category → `logger`, the game's name → `fields.mud_name`, the
 * text after the colon. The entry prints no level: a level word the header finder took from the
 * text (`CON/BAD  : ERROR: …`, a player's own words) is given back, and none is read after it.
 */
import { isDigit, isDigits, isUpper } from '../calendar.ts';
import type { ParsedLine } from '../types.ts';

/** `yyyy.MMdd:HHmmss `: the game's name opens at this index. */
const NAME_START = 17;
/** The game's name and the category: the colon closing them stands this far past the name at most. */
const MAX_HEADER = 96;
/** `%3s`: the primary category's width. */
const PRIMARY_WIDTH = 3;
/** `%-5s`: the secondary category's width. */
const SECONDARY_WIDTH = 5;
/** `%-9s`: a lone primary category's width. */
const LONE_WIDTH = 9;

/**
 * TinyMUX's `Name PRI/SEC  : ` after its stamp opening `raw`: the category, the name and the text,
 * and no level. True when the header was read.
 */
export function takeTinyMuxHeader(line: ParsedLine, raw: string): boolean {
  if (line.timestamp === undefined || !opensWithStamp(raw)) return false;
  const colon = raw.indexOf(': ', NAME_START);
  if (colon < 0 || colon > NAME_START + MAX_HEADER) return false;
  const category = categoryStart(raw, colon);
  if (category < 0) return false;
  // The game's name: one space or more before the category, the name's own spaces kept.
  let nameEnd = category;
  while (nameEnd > NAME_START && raw.charCodeAt(nameEnd - 1) === 32) nameEnd--;
  if (nameEnd === category || nameEnd === NAME_START) return false;
  line.level = undefined;
  delete line.fields.header_columns;
  line.logger = raw.slice(category, colon).trim();
  line.fields.mud_name = raw.slice(NAME_START, nameEnd);
  line.message = raw.slice(colon + 2);
  return true;
}

/** `yyyy.MMdd:HHmmss ` at the line's start. */
function opensWithStamp(raw: string): boolean {
  return (
    raw.charCodeAt(4) === 46 &&
    raw.charCodeAt(9) === 58 &&
    raw.charCodeAt(16) === 32 &&
    isDigits(raw, 0, 4) &&
    isDigits(raw, 5, 9) &&
    isDigits(raw, 10, 16)
  );
}

/**
 * Where the category field (its left padding included) opens before the colon at `colon`, when it
 * fills `%3s/%-5s` or `%-9s` exactly; else -1.
 */
function categoryStart(raw: string, colon: number): number {
  const slash = raw.lastIndexOf('/', colon);
  const paired = slash > NAME_START ? pairedStart(raw, slash, colon) : -1;
  return paired >= 0 ? paired : loneStart(raw, colon);
}

/** The start of `%3s/%-5s` before the colon at `colon`, its slash at `slash`; else -1. */
function pairedStart(raw: string, slash: number, colon: number): number {
  // `%-5s`: the secondary's capitals, then spaces up to five; a longer one runs to the colon.
  const secondaryEnd = capitalsEnd(raw, slash + 1, colon);
  const secondaryLength = secondaryEnd - slash - 1;
  if (secondaryLength === 0 || !isPadding(raw, secondaryEnd, colon)) return -1;
  if (colon - slash - 1 !== Math.max(SECONDARY_WIDTH, secondaryLength)) return -1;
  // `%3s`: the primary's capitals right-aligned to three, after the name's space.
  let start = slash;
  while (start > NAME_START && isCapital(raw.charCodeAt(start - 1))) start--;
  const primaryLength = slash - start;
  if (primaryLength === 0) return -1;
  const field = slash - Math.max(PRIMARY_WIDTH, primaryLength);
  if (field <= NAME_START || !isPadding(raw, field, start) || raw.charCodeAt(field - 1) !== 32) return -1;
  return field;
}

/** The start of `%-9s`, a lone primary's capitals padded to nine, before the colon at `colon`; else -1. */
function loneStart(raw: string, colon: number): number {
  let start = colon;
  while (start > NAME_START && raw.charCodeAt(start - 1) === 32) start--;
  const end = start;
  while (start > NAME_START && isCapital(raw.charCodeAt(start - 1))) start--;
  const length = end - start;
  if (length === 0 || colon - start !== Math.max(LONE_WIDTH, length) || raw.charCodeAt(start - 1) !== 32)
    return -1;
  return start;
}

/** Index after the run of category characters at `i`, not past `limit`. */
function capitalsEnd(raw: string, i: number, limit: number): number {
  let k = i;
  while (k < limit && isCapital(raw.charCodeAt(k))) k++;
  return k;
}

/** A category's character: a capital or a digit (`INI`, `CHKPT`). */
function isCapital(c: number): boolean {
  return isUpper(c) || isDigit(c);
}

/** True when `raw` from `i` to `end` is spaces only (none at all too). */
function isPadding(raw: string, i: number, end: number): boolean {
  for (let k = i; k < end; k++) if (raw.charCodeAt(k) !== 32) return false;
  return true;
}
