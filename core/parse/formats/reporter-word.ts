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

/** The width cargo right-aligns its status word to (`{:>12}`): `   Compiling`, `    Finished`. */
const STATUS_WIDTH = 12;

const STATUS_WORDS: ReadonlyMap<string, Level> = new Map([
  ['Info', 'INFO'],
  ['Warn', 'WARN'],
  ['Warning', 'WARN'],
  ['Error', 'ERROR'],
  ['Debug', 'DEBUG'],
]);

const STATUS_LINE = /^ +([A-Z][a-z]{3,6}) (?=\S)/;

/**
 * `text`, an indented line nothing else read, whose level word ends cargo's right-aligned
 * twelve-column status (`        Info Watching …`, `       Error failed to build app`: Tauri's CLI
 * and the other Rust tools that print like cargo): the word as the level, the rest as the text. A
 * word indented to any other column is text (`    Error handling is …`).
 */
export function parseRightAlignedStatus(text: string): ParsedLine | undefined {
  const m = STATUS_LINE.exec(text);
  if (m === null || m[0].length !== STATUS_WIDTH + 1) return undefined;
  const level = STATUS_WORDS.get(m[1] as string);
  if (level === undefined) return undefined;
  const line = newLine('reporter', text.slice(m[0].length));
  line.level = level;
  return line;
}
