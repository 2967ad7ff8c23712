/**
 * UCB Hammer's log line (hammer-vlsi 1.2.0, `hammer/logging/logging.py`): `build_log_message`'s
 * `"{context} {level}: {message}"`, the context each name in brackets joined by spaces (`get_tag`,
 * `[<global>]` without one) and the level Python's `str()` of its `Level` enum, `Level.DEBUG`,
 * `Level.INFO`, `Level.WARNING`, `Level.ERROR`, `Level.FATAL`: `[synthesis] [Exec yosys -c …] Level.DEBUG: text`.
 * The file logger writes every level, so a tool's whole output arrives as DEBUG lines. Read only
 * where nothing else read the line; the first context (the step: `synthesis`) → `logger`, the others →
 * `fields.context`.
 */
import type { Level } from '../levels.ts';
import { newLine } from '../line.ts';
import type { ParsedLine } from '../types.ts';

const HAMMER_LEVELS: ReadonlyMap<string, Level> = new Map([
  ['DEBUG', 'DEBUG'],
  ['INFO', 'INFO'],
  ['WARNING', 'WARN'],
  ['ERROR', 'ERROR'],
  ['FATAL', 'FATAL'],
]);

const LEVEL_PREFIX = 'Level.';
const LEVEL_WORD = /^([A-Z]{4,7}):(?: |$)/;

/** `raw`, a line nothing else read, opening with Hammer's bracketed context and `Level.NAME: `; else undefined. */
export function parseHammerLine(raw: string): ParsedLine | undefined {
  if (raw.charCodeAt(0) !== 91) return undefined;
  const first = raw.indexOf(']', 1);
  if (first < 0 || raw.charCodeAt(first + 1) !== 32) return undefined;
  let at = first + 2;
  while (raw.charCodeAt(at) === 91) {
    const close = raw.indexOf('] ', at + 1);
    if (close < 0) return undefined;
    at = close + 2;
  }
  if (!raw.startsWith(LEVEL_PREFIX, at)) return undefined;
  const m = LEVEL_WORD.exec(raw.slice(at + LEVEL_PREFIX.length));
  const level = m === null ? undefined : HAMMER_LEVELS.get(m[1] as string);
  if (m === null || level === undefined) return undefined;
  const line = newLine('hammer', raw.slice(at + LEVEL_PREFIX.length + m[0].length));
  line.level = level;
  line.logger = raw.slice(1, first);
  if (at > first + 2) line.fields.context = raw.slice(first + 2, at - 1);
  return line;
}
