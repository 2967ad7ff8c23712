import { describe, expect, it } from 'vitest';
import { type Level, normaliseLevel, parseLine } from '../../../core/parse/index.ts';
import {
  loghubLines,
  loghubTruth,
  LOGHUB_SAMPLES as SAMPLES,
  type LoghubSample as Sample,
} from './loghub-fixtures.ts';

interface Accuracy {
  file: string;
  lines: number;
  format: string;
  timestamp: number;
  level: string;
  parseFailed: number;
}

function pct(hits: number, total: number): number {
  return total === 0 ? Number.NaN : Math.floor((hits / total) * 10_000) / 100;
}

function measure(sample: Sample): Accuracy {
  const lines = loghubLines(sample.system);
  const truth = loghubTruth(sample.system);
  expect(truth).toHaveLength(lines.length);
  let timeHits = 0;
  let timeTotal = 0;
  let levelHits = 0;
  let levelTotal = 0;
  let failed = 0;
  const formats = new Map<string, number>();
  lines.forEach((raw, i) => {
    const row = truth[i] ?? {};
    const parsed = parseLine(raw, { receivedAt: sample.receivedAt });
    formats.set(parsed.format, (formats.get(parsed.format) ?? 0) + 1);
    if (parsed.parseFailed) failed++;
    const expectedTime = sample.expectedTime(row);
    if (expectedTime !== undefined && !Number.isNaN(expectedTime)) {
      timeTotal++;
      if (parsed.timestamp === expectedTime) timeHits++;
    }
    const expectedLevel: Level | undefined = sample.levelColumn
      ? normaliseLevel(row[sample.levelColumn])
      : undefined;
    if (expectedLevel !== undefined) {
      levelTotal++;
      if (parsed.level === expectedLevel) levelHits++;
    }
  });
  return {
    file: `${sample.system}_2k.log`,
    lines: lines.length,
    format: [...formats].map(([f, n]) => `${f}:${n}`).join(' '),
    timestamp: pct(timeHits, timeTotal),
    level: levelTotal === 0 ? 'n/a (no level in ground truth)' : `${pct(levelHits, levelTotal)}`,
    parseFailed: failed,
  };
}

describe('loghub accuracy (timestamps in UTC, levels through normaliseLevel)', () => {
  const results: Accuracy[] = [];

  for (const sample of SAMPLES) {
    it(`${sample.system}: timestamp and level match the ground truth`, () => {
      const accuracy = measure(sample);
      results.push(accuracy);
      expect(accuracy.parseFailed).toBe(0);
      expect(accuracy.timestamp).toBeGreaterThanOrEqual(sample.minimum.timestamp);
      if (sample.minimum.level !== undefined) {
        expect(Number(accuracy.level)).toBeGreaterThanOrEqual(sample.minimum.level);
      } else {
        expect(accuracy.level).toMatch(/^n\/a/);
      }
    });
  }

  it('prints the accuracy table', () => {
    console.table(results);
    expect(results).toHaveLength(SAMPLES.length);
  });
});
