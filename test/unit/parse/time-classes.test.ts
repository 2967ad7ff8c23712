/**
 * Timestamp conventions several products share, read as classes (tune20b, on the timestamp misses of
 * `format-docs-dev21` and `format-docs-dev22`): the lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine, parseTimestampText } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });
const utc = { zone: 'UTC', receivedAt };

describe('a zone in parentheses after the time: `(UTC+0100)`', () => {
  it('reads UTC or GMT with an offset, or alone, in parentheses after the time', () => {
    // open62541's `(UTC%+05d)`; Windows' display names write `(UTC+01:00)`.
    expect(parse('[2026-11-20 08:30:12.402 (UTC+0100)] warn/server\tAccess granted').timestamp).toBe(
      Date.parse('2026-11-20T07:30:12.402Z'),
    );
    expect(parse('2026-11-20 08:30:12 (UTC-05:00) INFO started').timestamp).toBe(
      Date.parse('2026-11-20T13:30:12Z'),
    );
    expect(parse('2026-11-20 08:30:12 (GMT+02) INFO started').timestamp).toBe(
      Date.parse('2026-11-20T06:30:12Z'),
    );
    expect(parseTimestampText('2026-11-20 08:30:12 (UTC)', { zone: 'Europe/Paris', receivedAt })).toBe(
      Date.parse('2026-11-20T08:30:12Z'),
    );
  });

  it('leaves other words in parentheses, and unclosed ones, to the text', () => {
    // A parenthesis that is no zone: the time keeps the source's zone (here UTC), and the text its words.
    expect(parse('2026-11-20 08:30:12 (UTC+0100 INFO started').timestamp).toBe(
      Date.parse('2026-11-20T08:30:12Z'),
    );
    expect(parse('2026-11-20 08:30:12 (UTCX) INFO started').timestamp).toBe(
      Date.parse('2026-11-20T08:30:12Z'),
    );
    expect(parse('2026-11-20 08:30:12 (UTC+99) INFO started').timestamp).toBe(
      Date.parse('2026-11-20T08:30:12Z'),
    );
  });
});
