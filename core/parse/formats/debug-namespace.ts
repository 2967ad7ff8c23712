/**
 * The `debug` package's line on a terminal, as Node programs write it (express, socket.io, koa,
 * mediasoup, …): `  namespace:part text +12ms`, two spaces, a namespace of colon-joined names, the
 * text, and the time since that namespace's previous line. Its lines are debug output; a namespace
 * part spelled as an upper-case level (`mediasoup:WARN:Channel`) is the level the program chose.
 */
import { isLetter, isLower } from '../calendar.ts';
import { elapsedSuffixStart } from '../elapsed-suffix.ts';
import { isNameChar } from '../header-fields.ts';
import { levelWord } from '../levels.ts';
import { newLine } from '../line.ts';
import type { ParsedLine } from '../types.ts';

/** Longest namespace read (`socket.io-parser:decoder` and the like are far shorter). */
const MAX_NAMESPACE = 64;

/** `text` as it came, with its leading spaces: the debug line it is, or undefined. */
export function parseDebugNamespace(text: string): ParsedLine | undefined {
  if (text.charCodeAt(0) !== 32 || text.charCodeAt(1) !== 32 || text.charCodeAt(2) === 32) return undefined;
  const elapsed = elapsedSuffixStart(text, ELAPSED_UNITS);
  if (elapsed < 0) return undefined;
  const space = text.indexOf(' ', 2);
  if (space < 0 || space > elapsed || space - 2 > MAX_NAMESPACE) return undefined;
  const namespace = text.slice(2, space);
  const parts = namespace.split(':');
  // A namespace opens with its package's name, which npm writes in lower case (`Tip:Use the …` is text).
  if (!isLower(text.charCodeAt(2)) || parts.length < 2 || parts.some((part) => !isNamePart(part)))
    return undefined;
  const line = newLine('debug_namespace', text.slice(space + 1, elapsed));
  line.logger = namespace;
  line.level = 'DEBUG';
  for (const part of parts) {
    const level = part.length >= 3 && part === part.toUpperCase() ? levelWord(part) : undefined;
    if (level !== undefined) line.level = level;
  }
  return line;
}

/** `Date.prototype.toISOString()`'s length: `2026-11-26T14:03:11.204Z`. */
const ISO_STRING = 24;

/**
 * The `debug` package's line where its stream is no terminal (`formatArgs`: `getDate() + namespace +
 * ' ' + text`, `getDate` being `new Date().toISOString() + ' '` unless `hideDate`): `2026-11-26T14:03:11.204Z
 * ioredis:redis status…`. On a line read with that stamp and no level or logger yet, whose message is
 * all that follows it, a namespace opening the message as the terminal form writes it (colon-joined
 * names, the first in lower case) is the logger, the rest the text, and the line debug output.
 */
export function takeDateNamespace(line: ParsedLine, raw: string): void {
  if (raw.charCodeAt(ISO_STRING) !== 32 || raw.charCodeAt(ISO_STRING - 1) !== 90) return;
  if (raw.charCodeAt(10) !== 84 || raw.charCodeAt(19) !== 46) return;
  const text = line.message;
  if (text.length !== raw.length - ISO_STRING - 1 || !isLower(text.charCodeAt(0))) return;
  const space = text.indexOf(' ');
  if (space < 0 || space > MAX_NAMESPACE || space + 1 === text.length) return;
  const parts = text.slice(0, space).split(':');
  if (parts.length < 2 || parts.some((part) => !isNamePart(part))) return;
  line.logger = text.slice(0, space);
  line.message = text.slice(space + 1);
  line.level = 'DEBUG';
}

/** The units of the `ms` package's short form, which `debug` writes the elapsed time in. */
const ELAPSED_UNITS = new Set(['ms', 's', 'm', 'h', 'd']);

/** A part of a namespace: a name's characters (`isNameChar`) and `*`, opening with a letter. */
function isNamePart(part: string): boolean {
  if (!isLetter(part.charCodeAt(0))) return false;
  for (let k = 1; k < part.length; k++) {
    const c = part.charCodeAt(k);
    if (!isNameChar(c) && c !== 42) return false;
  }
  return true;
}
