/**
 * The Bochs x86 emulator's log (`bochsout.txt`) under its default `logprefix: %t%e%d`: the emulated
 * tick count in eleven digits (`%011lu`), the event letter, the device's name in brackets, a space,
 * then the text: `00040112730e[HD    ] ata0-0: read sectors out of range`. The letters are the
 * user guide's (`bochsrc`, "logprefix": `'i'nfo, 'd'ebug, 'p'anic, 'e'rror`; `diep` in the
 * Debian 2.7 binary): `d` DEBUG, `i` INFO, `e` ERROR, `p` FATAL (a panic stops the simulation unless
 * told otherwise), whose text the writer opens with `>>PANIC<< `, cut here. The device, padded
 * (`[      ]` when none; six characters in 2.7, five in the guide), is the logger; the tick counts
 * emulated cycles, no clock, so it is `fields.tick` and the line has no time. Read only in that
 * whole shape from the line's start, so eleven digits before a word (`12345678901 text`) or an
 * unknown letter (`12345678901x[foo] `) stay what they were.
 */
import { isDigits } from '../calendar.ts';
import type { Level } from '../levels.ts';
import { newLine } from '../line.ts';
import type { ParsedLine } from '../types.ts';

const TICK_DIGITS = 11;
const PANIC_MARK = '>>PANIC<< ';

function eventLevel(letter: number): Level | undefined {
  if (letter === 105) return 'INFO';
  if (letter === 101) return 'ERROR';
  if (letter === 112) return 'FATAL';
  if (letter === 100) return 'DEBUG';
  return undefined;
}

/**
 * Where the first `] ` after the device's bracket opens, when that is after five or six characters,
 * or -1: looked for over those seven places only, so a long line without one costs no search.
 */
function deviceClose(raw: string, deviceAt: number): number {
  for (let k = deviceAt; k <= deviceAt + 6; k++) {
    if (raw.charCodeAt(k) === 93 && raw.charCodeAt(k + 1) === 32) return k >= deviceAt + 5 ? k : -1;
  }
  return -1;
}

/** Bochs's line (the caller tested a digit first), or undefined. */
export function parseBochsLine(raw: string): ParsedLine | undefined {
  // The bracket after the letter, at a fixed place, turns other lines away.
  if (raw.charCodeAt(TICK_DIGITS + 1) !== 91) return undefined;
  const level = eventLevel(raw.charCodeAt(TICK_DIGITS));
  if (level === undefined || !isDigits(raw, 0, TICK_DIGITS)) return undefined;
  const deviceAt = TICK_DIGITS + 2;
  const close = deviceClose(raw, deviceAt);
  if (close < 0) return undefined;
  let text = raw.slice(close + 2);
  if (level === 'FATAL' && text.startsWith(PANIC_MARK)) text = text.slice(PANIC_MARK.length);
  const line = newLine('bochs', text);
  line.level = level;
  const device = raw.slice(deviceAt, close).trim();
  if (device !== '') line.logger = device;
  line.fields.tick = Number(raw.slice(0, TICK_DIGITS));
  return line;
}
