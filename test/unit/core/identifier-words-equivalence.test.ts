import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mixedLines } from '../../../bench/corpus.ts';
import {
  IDENTIFIER_SCAN_CHARS,
  IDENTIFIER_WORDS_CHARS,
  identifierWords,
} from '../../../core/identifier-words.ts';
import { fuzzLine } from '../../support/fuzz-lines.ts';
import { LOGHUB_SAMPLES, loghubLines } from '../parse/loghub-fixtures.ts';

/**
 * The first implementation, kept here as the specification the faster one must match character for
 * character: one global regex `exec` per case change, each run split by a regex `replace`.
 */
const REFERENCE_STEP = /[a-z0-9][A-Z]|[A-Z][A-Z][a-z]/g;
const REFERENCE_BOUNDARY = /([a-z0-9])(?=[A-Z])|([A-Z])(?=[A-Z][a-z])/g;

function referenceIdentifierWords(message: string): string {
  const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const text = message.length > IDENTIFIER_SCAN_CHARS ? message.slice(0, IDENTIFIER_SCAN_CHARS) : message;
  let out = '';
  REFERENCE_STEP.lastIndex = 0;
  for (let step = REFERENCE_STEP.exec(text); step !== null; step = REFERENCE_STEP.exec(text)) {
    let start = step.index;
    while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
    let end = step.index + step[0].length;
    while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
    const words = text.slice(start, end).replace(REFERENCE_BOUNDARY, '$1$2 ');
    if (out.length + words.length >= IDENTIFIER_WORDS_CHARS) break;
    out += out === '' ? words : ` ${words}`;
    REFERENCE_STEP.lastIndex = end;
  }
  return out;
}

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.nat(0xffff).map((c) => String.fromCharCode(c));

/** Mostly the characters case changes and run edges are made of, with the neighbours of each class's bounds. */
const caseHeavyChar = fc.oneof(
  { arbitrary: fc.constantFrom('a', 'A', '0', ' ', '.', '_', '-', '/', '$'), weight: 20 },
  { arbitrary: fc.constantFrom('z', 'Z', '9', '@', '[', '`', '{', ':', 'é', 'İ', '\uD800'), weight: 3 },
  { arbitrary: codeUnit, weight: 1 },
);
const caseHeavy = fc.string({ unit: caseHeavyChar, maxLength: 80 });

/** Strings whose length or whose case changes sit around the scan and output limits. */
const nearLimits = fc.oneof(
  fc
    .tuple(
      fc.string({ unit: caseHeavyChar, minLength: 1, maxLength: 40 }),
      fc.integer({ min: 3800, max: 4400 }),
    )
    .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length)),
  // Few case changes before the scan limit, so the output cap does not stop the search first.
  fc
    .tuple(
      fc.constantFrom(' ', 'x', 'X', '9', 'a.b ', 'x ', 'FooBar '),
      fc.integer({ min: IDENTIFIER_SCAN_CHARS - 60, max: IDENTIFIER_SCAN_CHARS + 10 }),
      fc.string({ unit: caseHeavyChar, minLength: 1, maxLength: 80 }),
    )
    .map(([filler, offset, tail]) => filler.repeat(offset).slice(0, offset) + tail),
  fc
    .tuple(fc.constantFrom('FooBar', 'aB', 'HTTPServer', 'x1Y'), fc.constantFrom(' ', '.', ''), fc.nat(1200))
    .map(([word, separator, count]) => `${word}${separator}`.repeat(count)),
);

function expectSameAsReference(message: string): void {
  expect(identifierWords(message)).toBe(referenceIdentifierWords(message));
}

describe('identifierWords matches its reference implementation', () => {
  it('on arbitrary strings of code points and of UTF-16 code units', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), expectSameAsReference), {
      numRuns: 10_000,
    });
    fc.assert(fc.property(fc.string({ unit: codeUnit, maxLength: 200 }), expectSameAsReference), {
      numRuns: 10_000,
    });
  });

  it('on strings where the case changes often', () => {
    fc.assert(fc.property(caseHeavy, expectSameAsReference), { numRuns: 30_000 });
  });

  it('on long strings around the scan and output limits', () => {
    fc.assert(fc.property(nearLimits, expectSameAsReference), { numRuns: 3_000 });
  });

  it('on generated log lines', () => {
    fc.assert(fc.property(fuzzLine, expectSameAsReference), { numRuns: 5_000 });
  });

  it('on every benchmark and loghub line', () => {
    const lines = [...mixedLines(), ...LOGHUB_SAMPLES.flatMap((sample) => loghubLines(sample.system))];
    const differing = lines.filter((line) => identifierWords(line) !== referenceIdentifierWords(line));
    expect(differing).toEqual([]);
  });
});
