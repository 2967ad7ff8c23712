/**
 * Round r127, on dev188's speech servers: tornado's `LogFormatter` bracket with a product's label
 * before its level letter (NVIDIA NeMo's `[NeMo I 2026-11-30 02:40:11 cloud:58] text`).
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.UTC(2026, 11, 1);
const read = (line: string) => parseLine(line, { receivedAt });
const learnt = (lines: readonly string[]) => learnedReader(lines, receivedAt);

describe("a level letter after a label in tornado's bracket", () => {
  const nemo = (letter: string, text: string, location = 'clustering_diarizer:116') =>
    `[NeMo ${letter} 2026-11-30 02:40:11 ${location}] ${text}`;

  it("reads NeMo's `[NeMo L time module:line] text`", () => {
    expect(read(nemo('I', 'Loading pretrained titanet_large model from NGC'))).toMatchObject({
      timestamp: Date.parse('2026-11-30T02:40:11Z'),
      level: 'INFO',
      message: 'Loading pretrained titanet_large model from NGC',
    });
    expect(read(nemo('W', 'Deleting previous clustering diarizer outputs.')).level).toBe('WARN');
    expect(read(nemo('E', 'x')).level).toBe('ERROR');
    expect(read(nemo('D', 'x')).level).toBe('DEBUG');
    expect(read(nemo('C', 'x')).level).toBe('FATAL');
    // DebugNeMoFormatter's `module:line rank:N`.
    expect(read(nemo('W', 'x', 'speaker_utils:483 rank:0'))).toMatchObject({ level: 'WARN', message: 'x' });
  });

  it('reads it in a learned source too', () => {
    const lines = Array.from({ length: 8 }, (_, k) => nemo('I', `Number of files to diarize: ${k}`));
    expect(learnt(lines)(nemo('W', 'no vad file found', 'clustering_diarizer:272'))).toMatchObject({
      level: 'WARN',
      message: 'no vad file found',
    });
  });

  it("keeps the header's letter over a level word of the text", () => {
    expect(read(nemo('I', 'Error: 3 files skipped'))).toMatchObject({
      level: 'INFO',
      message: 'Error: 3 files skipped',
    });
    expect(read(nemo('W', 'FATAL flag set by the user'))).toMatchObject({
      level: 'WARN',
      message: 'FATAL flag set by the user',
    });
  });

  it('reads no letter without the location closing the bracket, nor a letter Python has not', () => {
    for (const line of [
      // Closed at the time: r123's Parabricks bracket wants a whole word.
      '[NeMo I 2026-11-30 02:40:11] text',
      // Words after the location, a location without its number, a number first.
      '[NeMo I 2026-11-30 02:40:11 cloud:58 and more] text',
      '[NeMo I 2026-11-30 02:40:11 cloud:] text',
      '[NeMo I 2026-11-30 02:40:11 58:3] text',
      // Three location fields, a letter Python's levels do not start with, two letters.
      '[NeMo I 2026-11-30 02:40:11 a:1 b:2 c:3] text',
      '[NeMo X 2026-11-30 02:40:11 cloud:58] text',
      '[NeMo IN 2026-11-30 02:40:11 cloud:58] text',
      // Free words before the letter, a bracket not opening the line.
      '[the job said I 2026-11-30 02:40:11 cloud:58] text',
      'x [NeMo I 2026-11-30 02:40:11 cloud:58] text',
    ])
      expect(read(line).level, line).toBeUndefined();
  });

  it('takes no level from a letter in the text after the bracket', () => {
    expect(read('[NeMo 2026-11-30 02:40:11 cloud:58] W x').level).toBeUndefined();
    expect(read('[2026-11-30 02:40:11 cloud:58] I said so').level).toBeUndefined();
  });
});

describe("strftime's `%z` before the time in the bracket opening the line", () => {
  const esc = '\u001b';
  const chattts = (stamp: string, text: string) =>
    `[${stamp}] [${esc}[37mINFO${esc}[0m] ChatTTS | core | ${text}`;

  it("reads ChatTTS's `[%z %Y%m%d %H:%M:%S]` in its offset", () => {
    expect(read(chattts('+0800 20261201 06:58:40', 'vocos loaded.'))).toMatchObject({
      timestamp: Date.parse('2026-11-30T22:58:40Z'),
      level: 'INFO',
    });
    expect(read('[-05:00 2026-12-01 06:58:40] x').timestamp).toBe(Date.parse('2026-12-01T11:58:40Z'));
    expect(read('[+0545 20261201 06:58:40] x').timestamp).toBe(Date.parse('2026-12-01T01:13:40Z'));
  });

  it('reads it in a learned source, and over the zone a source is read in', () => {
    const lines = Array.from({ length: 8 }, (_, k) => chattts(`+0800 20261201 06:58:4${k}`, `part ${k}`));
    expect(learnt(lines)(chattts('+0800 20261201 07:01:55', 'split text into 1 parts')).timestamp).toBe(
      Date.parse('2026-11-30T23:01:55Z'),
    );
    expect(
      parseLine('[+0800 20261201 06:58:40] x', { receivedAt, defaultZone: 'America/New_York' }).timestamp,
    ).toBe(Date.parse('2026-11-30T22:58:40Z'));
  });

  it("keeps the time's own zone, and reads no offset the header did not write", () => {
    const utc = Date.parse('2026-12-01T06:58:40Z');
    for (const line of [
      // The time's own zone stands.
      '[+0800 2026-12-01T06:58:40Z] x',
      // Hours alone, an offset no zone has, a bracket going on after the time, no bracket.
      '[+08 20261201 06:58:40] x',
      '[+1500 20261201 06:58:40] x',
      '[+0800 20261201 06:58:40 x] y',
      '+0800 20261201 06:58:40 x',
      // Words between the offset and the time.
      '[+0800 at 20261201 06:58:40] x',
      // The text's own offsets.
      '[20261201 06:58:40] [INFO] tz +0800 set',
      '2026-12-01 06:58:40 [+0800 20261201 06:58:40] x',
    ])
      expect(read(line).timestamp, line).toBe(utc);
  });
});
