/**
 * The reporters of JavaScript command-line tools open a line with their level as a bare word before
 * a sentence: yarn's and Gatsby's `info No lockfile found.`, `error An unexpected error occurred`,
 * npmlog's `info Starting …` (Mastodon's streaming server), Deno's `Warning Implicitly using …`. Read
 * only where nothing else read the line, and only before a capitalised word: in lower case after
 * it (`error starting plugin: …`) the word is prose, and other title-case words open labels
 * (`Error Reporting`, `Debug Mode`), as does one with its colon after `Warning` (`Warning Threshold: 80%`).
 */
import type { Level } from '../levels.ts';
import { newLine } from '../line.ts';
import type { ParsedLine } from '../types.ts';

const REPORTER_WORDS: ReadonlyMap<string, Level> = new Map([
  ['info', 'INFO'],
  ['warn', 'WARN'],
  ['warning', 'WARN'],
  ['Warning', 'WARN'],
  ['error', 'ERROR'],
  ['debug', 'DEBUG'],
]);

const REPORTER_LINE = /^([A-Za-z]{4,7}) (?=[A-Z][a-z])/;

/** A title-case word and its colon: after `Warning` (`Warning Threshold: 80%`), a label, like `Error Reporting`. */
const LABEL_WORD = /^[A-Z][a-z]*:/;

/** `raw`, a line nothing else read: its reporter word as the level and the rest as the text, or undefined. */
export function parseReporterWord(raw: string): ParsedLine | undefined {
  const m = REPORTER_LINE.exec(raw);
  const level = m === null ? undefined : REPORTER_WORDS.get(m[1] as string);
  if (m === null || level === undefined) return undefined;
  if (m[1] === 'Warning' && LABEL_WORD.test(raw.slice(m[0].length, m[0].length + 64))) return undefined;
  const line = newLine('reporter', raw.slice(m[0].length));
  line.level = level;
  return line;
}
