import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { newLine } from '../../../core/parse/line.ts';
import { mayOpenWithMark, takeEveryOpeningMark, takeOpeningMark } from '../../../core/parse/opening-marks.ts';
import type { ParsedLine } from '../../../core/parse/types.ts';
import { fuzzLine } from '../../support/fuzz-lines.ts';
import { loghubLines } from './loghub-fixtures.ts';

/** A line as the header left it: its message, a time and a logger or not. */
function headerLeft(message: string, timed: boolean, logger: string | undefined): ParsedLine {
  const line = newLine('syslog', message);
  if (timed) {
    line.timestampText = 'Dec 10 06:55:46';
    line.timestamp = 0;
  }
  line.logger = logger;
  return line;
}

/** Pieces of a message, weighted to the marks the readings read and what stands next to them. */
const piece = fc.constantFrom(
  '✔',
  '✖',
  'ℹ',
  '⚠',
  '›',
  '\u00d7',
  '\u00d6',
  '\ufe0f',
  '🚀',
  '!',
  '!!!',
  '[',
  ']',
  '(',
  ')',
  ':',
  '/',
  ' ',
  ' ',
  '-',
  '.',
  'W',
  'E',
  'I',
  'F',
  'A',
  'V',
  'D',
  'DD',
  'FF',
  'E2',
  'I1',
  'XFS',
  'EXT4',
  '-fs',
  'warning',
  'error',
  'debug',
  'info',
  'nsHttp',
  'ISS.0025.0001I',
  'PS',
  'PSAPPSRV.18422',
  '(21)',
  '(2)',
  '00000000-0000-0000-0000-000000000000',
  '> LVL:2 RC:   0',
  'MGMT_SSL',
  '12(main)',
  '[12(main)]:',
  '[00007f3a40c06fb0]',
  '[00007f3a40c06fb0] main input debug: ',
  '[ISS.0025.0001I] ',
  '[W::hts_idx_load] ',
  'DD [7/main]: ',
  'main',
  'Received',
  'a',
  '42',
);

const message = fc
  .tuple(fc.array(piece, { maxLength: 12 }), fc.constantFrom(' ', ''))
  .map(([pieces, separator]) => pieces.join(separator));

const headerLeftLine = fc.record({
  message,
  lead: fc.constantFrom('', 'Dec 10 06:55:46 ', '!!! Dec 10 06:55:46 ', 'PSAPPSRV.18422 (21) ', '  '),
  timed: fc.boolean(),
  logger: fc.constantFrom(undefined, 'ISS.0025.0001I', 'main', 'nsHttp'),
});

describe('mayOpenWithMark: the quick test that spares a line the readings of a mark opening its message', () => {
  it('is true whenever one of the readings changes the line (generated messages)', () => {
    fc.assert(
      fc.property(headerLeftLine, ({ message, lead, timed, logger }) => {
        const raw = lead + message;
        const line = headerLeft(message, timed, logger);
        if (mayOpenWithMark(line, raw)) return true;
        const read = structuredClone(line);
        takeEveryOpeningMark(read, raw);
        return JSON.stringify(read) === JSON.stringify(line);
      }),
      { numRuns: 30_000, seed: 13 },
    );
  });

  it('is true whenever one of the readings changes the line (the fuzz test’s lines)', () => {
    fc.assert(
      fc.property(fuzzLine, fc.boolean(), (raw, timed) => {
        const line = headerLeft(raw, timed, undefined);
        if (mayOpenWithMark(line, raw)) return true;
        const read = structuredClone(line);
        takeEveryOpeningMark(read, raw);
        return JSON.stringify(read) === JSON.stringify(line);
      }),
      { numRuns: 5_000, seed: 17 },
    );
  });

  it('looks at the line too: a PeopleTools fence is read from the line, whatever the message', () => {
    const raw = 'PSAPPSRV.18422 (21) [2026-11-30T05:32:55.352 ICQuery](2) text';
    const line = headerLeft('text', true, undefined);
    expect(mayOpenWithMark(line, raw)).toBe(true);
    const read = structuredClone(line);
    takeEveryOpeningMark(read, raw);
    expect(read).toMatchObject({ level: 'WARN' });
  });

  it('is false for most syslog lines, whose programs wrote no mark', () => {
    const lines = [...loghubLines('OpenSSH'), ...loghubLines('Linux')];
    const skipped = lines.filter((raw) => {
      const line = parseLine(raw);
      return !mayOpenWithMark(headerLeft(line.message, true, line.logger), raw);
    });
    expect(skipped.length).toBeGreaterThan(lines.length * 0.8);
  });

  it('leaves every reading to the lines that need one', () => {
    const cases: Array<[string, string]> = [
      ['✔  Published', 'INFO'],
      ['W/nsHttp text', 'WARN'],
      ['XFS warning (device sdb1): text', 'WARN'],
      ['E2 [12(main)]: text', 'ERROR'],
      ['00000000-0000-0000-0000-000000000000 > LVL:1 RC:   0 MGMT_SSL :text', 'ERROR'],
    ];
    for (const [text, level] of cases) {
      const line = headerLeft(text, true, undefined);
      takeOpeningMark(line, `Dec 10 06:55:46 host app: ${text}`);
      expect(line.level, text).toBe(level);
    }
  });
});
