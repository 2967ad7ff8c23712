import type { RedactionConfig } from '../config/types.ts';

/**
 * The local part starts a run (the lookbehind), so a long run of such characters without an `@`
 * is scanned once, not once per start position. `%40` is a percent-encoded `@` (URLs, form bodies).
 */
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const MAY_HOLD_EMAIL = /@|%40/;
const BEARER = /(?<![A-Za-z])(Bearer(?:\s+|%20|\+))[A-Za-z0-9\-._~+/]+=*/gi;
const CARD = '[CARD]';
const CARD_MIN_DIGITS = 13;
const CARD_MAX_DIGITS = 19;

/** Builds a redactor from the optional rules; returns undefined when nothing is to be redacted. */
export function createRedactor(config: RedactionConfig | undefined): ((text: string) => string) | undefined {
  if (!config) return undefined;
  const steps: ((text: string) => string)[] = [];
  if (config.emails) steps.push((t) => (MAY_HOLD_EMAIL.test(t) ? t.replace(EMAIL, '[EMAIL]') : t));
  if (config.bearerTokens) steps.push((t) => t.replace(BEARER, '$1[TOKEN]'));
  if (config.cardNumbers) steps.push(redactCardNumbers);
  for (const { pattern, replacement } of config.patterns) steps.push((t) => t.replace(pattern, replacement));
  if (steps.length === 0) return undefined;
  return (text) => steps.reduce((t, step) => step(t), text);
}

/**
 * A group of digit runs joined by single separators (space, `-`, `%20`, `%2D`). It never starts on
 * the hex digits of a percent-escape, so `%204111…` is `%20` and then `4111…`.
 */
const DIGIT_GROUP = /(?<!%[0-9A-Fa-f]?)\d+(?:(?:[ -]|%2[0Dd])\d+)*/g;
const DIGIT_RUN = /(?<!%[0-9A-Fa-f]?)\d+/g;

/**
 * Replaces card numbers with `[CARD]`. In each group of digit runs, every window of whole runs
 * holding 13–19 digits is Luhn-checked, and the longest valid one from each start is redacted. A
 * window never starts or ends inside a run of digits (the digit-boundary guard), so a longer
 * number is not cut into a "card"; letters, `_` or a percent-escape next to it do not hide one.
 */
export function redactCardNumbers(text: string): string {
  let out = '';
  let copied = 0;
  DIGIT_GROUP.lastIndex = 0;
  for (let m = DIGIT_GROUP.exec(text); m !== null; m = DIGIT_GROUP.exec(text)) {
    const group = m[0];
    if (group.length < CARD_MIN_DIGITS) continue;
    const starts: number[] = [];
    const ends: number[] = [];
    let digits = 0;
    DIGIT_RUN.lastIndex = 0;
    for (let run = DIGIT_RUN.exec(group); run !== null; run = DIGIT_RUN.exec(group)) {
      starts.push(m.index + run.index);
      ends.push(m.index + run.index + run[0].length);
      digits += run[0].length;
    }
    if (digits < CARD_MIN_DIGITS) continue;
    for (let first = 0; first < starts.length; ) {
      const last = longestCardFrom(text, starts, ends, first);
      if (last < 0) {
        first++;
        continue;
      }
      out += text.slice(copied, starts[first]) + CARD;
      copied = ends[last] as number;
      first = last + 1;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Index of the last run of the longest Luhn-valid 13–19-digit window starting at run `first`, or -1. */
function longestCardFrom(text: string, starts: number[], ends: number[], first: number): number {
  let found = -1;
  let digits = 0;
  for (let last = first; last < starts.length; last++) {
    digits += (ends[last] as number) - (starts[last] as number);
    if (digits > CARD_MAX_DIGITS) break;
    if (digits >= CARD_MIN_DIGITS && luhnRuns(text, starts, ends, first, last)) found = last;
  }
  return found;
}

function luhnRuns(text: string, starts: number[], ends: number[], first: number, last: number): boolean {
  let sum = 0;
  let position = 0;
  for (let r = last; r >= first; r--) {
    for (let k = (ends[r] as number) - 1; k >= (starts[r] as number); k--) {
      let d = text.charCodeAt(k) - 48;
      if (position++ % 2 === 1) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
    }
  }
  return sum % 10 === 0;
}

/** Card numbers are only redacted when they pass the Luhn check, so order ids and timestamps survive. */
export function luhnValid(candidate: string): boolean {
  const digits = candidate.replace(/[ -]/g, '');
  if (!/^\d{13,19}$/.test(digits)) return false;
  return luhnRuns(digits, [0], [digits.length], 0, 0);
}
