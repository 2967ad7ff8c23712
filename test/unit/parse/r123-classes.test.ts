/**
 * Round r123, on dev183's sequencing and genomics pipelines: a level word last before the time in the
 * bracket opening the line (NVIDIA Parabricks' `[PB Info 2026-Nov-30 09:12:41] text`), with the rule
 * and the `|| … ||` box that bracket's text opens with kept as text, and a header whose fields one
 * delimiter of marks parts after its level too (PacBio pbcopper's `-|-`).
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.UTC(2026, 11, 1);
const read = (line: string) => parseLine(line, { receivedAt });
const learnt = (lines: readonly string[]) => learnedReader(lines, receivedAt);

describe('a level word before the time in the opening bracket', () => {
  const pb = (level: string, text: string) => `[PB ${level} 2026-Nov-30 09:12:41] ${text}`;

  it("reads Parabricks' `[PB Level time] text`", () => {
    expect(read(pb('Info', 'Mode = pair-ended-gpu'))).toMatchObject({
      timestamp: Date.parse('2026-11-30T09:12:41Z'),
      level: 'INFO',
      message: 'Mode = pair-ended-gpu',
    });
    expect(read(pb('Warning', 'low GPU memory'))).toMatchObject({ level: 'WARN', message: 'low GPU memory' });
    expect(
      read('[PB Error 2022-Nov-23 15:30:21][src/readers.cpp:1314] ID a maps to b, exiting.'),
    ).toMatchObject({
      timestamp: Date.parse('2022-11-23T15:30:21Z'),
      level: 'ERROR',
    });
  });

  it('keeps a rule of dashes and a framed box line as text', () => {
    const rule = '-'.repeat(78);
    expect(read(pb('Info', rule))).toMatchObject({ level: 'INFO', message: rule });
    const box = '||        Program:                    GPU-PBBWA mem, Sorting Phase-I        ||';
    expect(read(pb('Info', box))).toMatchObject({ level: 'INFO', message: box });
  });

  it('reads it in a learned source too', () => {
    const lines = Array.from({ length: 8 }, (_, k) => pb('Info', `# 10 ${k}  2  4  0   0 pool:  1`));
    expect(learnt(lines)(pb('Info', 'bwalib run finished in 79.883 seconds'))).toMatchObject({
      level: 'INFO',
      message: 'bwalib run finished in 79.883 seconds',
    });
  });

  it('takes no level from a word outside that bracket, nor from a letter or a free word', () => {
    // The text's own level word after the bracket sets nothing.
    expect(read('[PB 2026-Nov-30 09:12:41] Error in the sample sheet').level).toBeUndefined();
    expect(read('[PB Info 2026-Nov-30 09:12:41] Error: disk full')).toMatchObject({
      level: 'INFO',
      message: 'Error: disk full',
    });
    // A one-letter cut, a bracket not closed at the time, a lead of free words.
    for (const line of [
      '[PB I 2026-Nov-30 09:12:41] text',
      '[PB Error 2026-Nov-30 09:12:41 x] text',
      '[the job said Error 2026-Nov-30 09:12:41] text',
    ])
      expect(read(line).level).toBeUndefined();
  });

  it('keeps one pipe, or an unmatched frame, a separator', () => {
    expect(read('[PB Info 2026-Nov-30 09:12:41] | text |').message).toBe('text |');
    expect(read('[PB Info 2026-Nov-30 09:12:41] || text').message).toBe('text');
  });
});

describe("a header's delimiter of marks after its level", () => {
  const lima = (level: string, fn: string, text: string) =>
    `>|> 20261130 17:45:03.218 -|- ${level} -|- ${fn} -|- 0x7f2a4c1e9740|| -|- ${text}`;

  it("reads pbcopper's function and thread fields as the header's", () => {
    const line = read(lima('INFO', 'Run', 'lima version 2.12.0 (commit v2.12.0)'));
    expect(line).toMatchObject({
      timestamp: Date.parse('2026-11-30T17:45:03.218Z'),
      level: 'INFO',
      message: 'lima version 2.12.0 (commit v2.12.0)',
    });
    expect(line.fields.header_columns).toContain('Run 0x7f2a4c1e9740||');
    expect(read(lima('WARN', 'CheckPositionalArgs', 'Input is FASTA.'))).toMatchObject({
      level: 'WARN',
      message: 'Input is FASTA.',
    });
  });

  it("leaves the text's own delimiters and words the text's", () => {
    // A field of words is text; past the two fields pbcopper writes after the level (function and
    // thread) the rest is text, a one-word field the text opens with too (review93).
    expect(read(lima('INFO', 'Run', 'a b -|- c')).message).toBe('a b -|- c');
    expect(read(lima('INFO', 'Run', 'Step -|- done')).message).toBe('Step -|- done');
    expect(read('>|> 20261130 17:45:03.218 -|- INFO -|- a -|- b -|- c -|- d -|- e').message).toBe(
      'c -|- d -|- e',
    );
    // A delimiter of letters, or one not before the level, takes nothing.
    expect(read('2026-11-30 17:45:03.218 INFO Run x text').message).toBe('Run x text');
    expect(read('2026-11-30 17:45:03.218 or INFO or Run or text').level).not.toBe('DEBUG');
  });
});
