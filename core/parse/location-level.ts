/**
 * A source location glued by a hyphen to GLib's level name, closed by a colon: the file logger of
 * dionaea (`logger_file_log`'s `"[%02d%02d%04d %02d:%02d:%02d] %s-%s: %s\n"`, the log domain, then
 * the level's name from its `log_level_mapping`: `error`, `critical`, `warning`, `message`, `info`,
 * `debug`), whose domains carry the file and line they were logged from (`python module.c:778`):
 * `[29112026 06:12:04] python module.c:778-info: Loading …`, `connection.c:1745-message: connection …`.
 * GLib's `message` is G_LOG_LEVEL_MESSAGE, between info and warning: NOTICE.
 *
 * Only a location (`isSourceLocation`: a source file's extension, `:` and its line number) right
 * before the hyphen, and only those six names in lower case, closed by `: ` or the end: a name and
 * a hyphenated word of the text (`main.c:42-errors`, `build-error: x`) stay as they were.
 */
import { isDigit } from './calendar.ts';
import { isSourceLocation } from './header-fields.ts';
import { type Level, levelSpelling, placedLevelSpelling } from './levels.ts';
import type { ParsedLine } from './types.ts';

/**
 * GLib's level names as dionaea's `log_level_mapping` writes them, read as `levels.ts` spells them
 * (`message`, G_LOG_LEVEL_MESSAGE, is its placed NOTICE).
 */
const GLIB_LEVEL_NAMES: ReadonlyMap<string, Level> = new Map(
  ['error', 'critical', 'warning', 'message', 'info', 'debug'].map((name) => [
    name,
    (levelSpelling(name) ?? placedLevelSpelling(name)) as Level,
  ]),
);

/** Where a location glued to a level name ends in `text[a, b)`: the hyphen's index and the level, or undefined. */
function gluedLevelAt(text: string, a: number, b: number): { hyphen: number; level: Level } | undefined {
  const hyphen = text.lastIndexOf('-', b - 1);
  if (hyphen <= a) return undefined;
  // The line number right before the hyphen, after its colon.
  let k = hyphen - 1;
  while (k > a && isDigit(text.charCodeAt(k))) k--;
  if (k === hyphen - 1 || text.charCodeAt(k) !== 58) return undefined;
  const level = GLIB_LEVEL_NAMES.get(text.slice(hyphen + 1, b));
  if (level === undefined || !isSourceLocation(text, a, hyphen)) return undefined;
  return { hyphen, level };
}

/**
 * A learned location column's caller (`dionaea.c:245-message`): the location without its level and
 * the level, or undefined when no level is glued to it.
 */
export function splitLocationLevel(caller: string): { caller: string; level: Level } | undefined {
  const glued = gluedLevelAt(caller, 0, caller.length);
  return glued === undefined ? undefined : { caller: caller.slice(0, glued.hyphen), level: glued.level };
}

/** Longest domain word read before the location (`connection`, `python`). */
const MAX_DOMAIN = 32;

/**
 * A line the readers gave no level whose message opens with a location glued to a level name and
 * `: `, after at most one domain word (`python module.c:778-info: text`): the level, the location to
 * `fields.caller`, the domain to the logger where the line names none, the text after the colon.
 */
export function takeLocationLevel(line: ParsedLine): void {
  const text = line.message;
  let colon = text.indexOf(': ');
  if (colon < 0 && text.endsWith(':')) colon = text.length - 1;
  if (colon < 5) return;
  const space = text.indexOf(' ');
  const a = space >= 0 && space < colon ? space + 1 : 0;
  const next = text.indexOf(' ', a);
  if (a > MAX_DOMAIN + 1 || (next >= 0 && next < colon)) return;
  const glued = gluedLevelAt(text, a, colon);
  if (glued === undefined || line.fields.caller !== undefined) return;
  line.level = glued.level;
  line.fields.caller = text.slice(a, glued.hyphen);
  if (a > 0 && line.logger === undefined) line.logger = text.slice(0, a - 1);
  line.message = text.slice(colon + 1).trimStart();
}
