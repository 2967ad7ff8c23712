/**
 * Round r126, on dev186's hydrology and water-network modelling products: a two-digit year to the
 * minute (Python's `datefmt="%y-%m-%d %H:%M"`, pastas' file handlers).
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.UTC(2026, 11, 1);
const read = (line: string) => parseLine(line, { receivedAt });
const learnt = (lines: readonly string[]) => learnedReader(lines, receivedAt);

describe('a two-digit year to the minute', () => {
  const pastas = (stamp: string, level: string, text: string) =>
    `${stamp} - pastas.model - ${level} - ${text}`;

  it("reads pastas' `%y-%m-%d %H:%M` header", () => {
    expect(
      read(pastas('26-11-30 14:02', 'INFO', 'Nan-values were removed from the residuals.')),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-30T14:02:00Z'),
      level: 'INFO',
      message: 'Nan-values were removed from the residuals.',
    });
    // Day first, as `dd-MM-yy HH:mm:ss` reads it, when only that order lies near the arrival.
    expect(read(pastas('30-11-26 14:02', 'WARNING', 'x')).timestamp).toBe(Date.parse('2026-11-30T14:02:00Z'));
    // With seconds the longer shape still reads them.
    expect(read(pastas('26-11-30 14:02:11', 'INFO', 'x')).timestamp).toBe(Date.parse('2026-11-30T14:02:11Z'));
  });

  it('reads it in a learned source too', () => {
    const lines = Array.from({ length: 8 }, (_, k) =>
      pastas(`26-11-30 14:${10 + k}`, 'INFO', `well B${k} done`),
    );
    expect(
      learnt(lines)(pastas('26-11-30 14:39', 'ERROR', "Calibration series 'oseries.series' is empty!")),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-30T14:39:00Z'),
      level: 'ERROR',
      message: "Calibration series 'oseries.series' is empty!",
    });
  });

  it("takes no time from a message's own stamp, nor from an impossible clock", () => {
    // A stamp in the text after a header time is text.
    const line = pastas(
      '26-11-30 14:02',
      'INFO',
      "Time Series 'RH' was extended in the past to 26-01-01 00:00",
    );
    expect(read(line)).toMatchObject({
      timestamp: Date.parse('2026-11-30T14:02:00Z'),
      message: "Time Series 'RH' was extended in the past to 26-01-01 00:00",
    });
    for (const bad of [
      '26-11-30 14:61 files',
      '26-13-45 14:02 files',
      '26-11-30 24:02 files',
      '26-11-30 1402 files',
    ])
      expect(read(bad).timestamp).toBeUndefined();
    // Glued to more digits, it is no stamp.
    expect(read('126-11-30 14:02 files').timestamp).toBeUndefined();
  });
});
