import { describe, expect, test } from 'vitest';
import { isoTimestamp } from '#core/iso-timestamp.ts';

describe('isoTimestamp', () => {
  test('writes exactly what Date#toISOString writes, across days, edges and years', () => {
    let state = 7;
    const rand = (n: number) => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return state % n;
    };
    const times = [
      0,
      -1,
      86_399_999,
      86_400_000,
      Date.UTC(2024, 1, 29, 23, 59, 59, 999),
      Date.UTC(2025, 9, 23, 14, 32, 15, 7),
      Date.UTC(9999, 11, 31, 23, 59, 59, 999),
      Date.UTC(10000, 0, 1),
      Date.UTC(-1, 5, 1, 12),
      1_761_229_935_123.75,
      -1.5,
    ];
    // Runs of nearby times (the cached day) interleaved with jumps to other days.
    for (let i = 0; i < 2000; i++) {
      const base = Date.UTC(1990 + rand(60), rand(12), 1 + rand(28));
      for (let k = 0; k < 5; k++) times.push(base + rand(86_400_000));
    }
    for (const t of times) expect(isoTimestamp(t)).toBe(new Date(t).toISOString());
  });

  test('an invalid time throws as Date does', () => {
    expect(() => isoTimestamp(Number.NaN)).toThrow(RangeError);
    expect(() => isoTimestamp(8.64e15 + 1)).toThrow(RangeError);
  });
});
