/**
 * The source location closing the text of Flask's documented file-log format: its "Logging to a
 * File" example (Flask 0.12.5 `docs/errorhandling.rst`, "File logging"),
 * `Formatter('%(asctime)s %(levelname)s: %(message)s [in %(pathname)s:%(lineno)d]')`, which Flask
 * apps copy for their `RotatingFileHandler` (OpenOversight's `app/__init__.py`): `2026-11-30
 * 15:20:44,051 INFO: BPD Watch startup [in /usr/src/app/app/__init__.py:58]`. The location is where
 * the call was, no part of the text: it goes to `fields.caller`.
 *
 * Only the whole trailer, ` [in <path>:<line>]` with the path a source file (`.py`, …) and nothing
 * after it, on a line whose header gave a time; `[in main.py:3] retried` (mid-text) and `[in
 * progress]` stay text. It sets no level and no time.
 */
import { isDigit } from '../calendar.ts';
import { isSourceFile } from '../header-fields.ts';
import type { ParsedLine } from '../types.ts';

const OPENING = ' [in ';
/** Longest `path:line` read: a site-packages path in a container runs past a hundred characters. */
const LONGEST_LOCATION = 256;

/** Cuts Flask's ` [in path:line]` closing a dated line's message into `fields.caller`. */
export function takeFlaskLocation(line: ParsedLine): void {
  const text = line.message;
  const end = text.length - 1;
  if (line.timestampText === undefined || text.charCodeAt(end) !== 93) return;
  const open = text.lastIndexOf(OPENING, end);
  if (open < 1 || end - open > LONGEST_LOCATION) return;
  let colon = end;
  while (colon > open && isDigit(text.charCodeAt(colon - 1))) colon--;
  colon--;
  if (colon === end - 1 || text.charCodeAt(colon) !== 58) return;
  const path = open + OPENING.length;
  if (!isSourceFile(text, path, colon)) return;
  line.fields.caller ??= text.slice(path, end);
  line.message = text.slice(0, open);
}
