import { describe, expect, test } from 'vitest';
import {
  type BaselineCondition,
  describeJudgement,
  ewmaBaseline,
  judgeMinute,
  settledMinute,
} from '#core/alerting/baseline.ts';
import { validateRule } from '#core/alerting/rules.ts';

const condition: BaselineCondition = { deviations: 4, minCount: 10, baselineMinutes: 10, warmupMinutes: 5 };
const NOW = 1_000_000;
/** `count` in each of the `minutes` minutes before NOW. */
const steady = (count: number, minutes = 10) =>
  new Map(Array.from({ length: minutes }, (_, i) => [NOW - minutes + i, count] as [number, number]));

describe('ewmaBaseline', () => {
  test('a steady count is its own mean, with counting noise (√mean) as the deviation', () => {
    expect(ewmaBaseline(steady(25), NOW - 10, NOW - 1, 10)).toEqual({ mean: 25, deviation: 5, minutes: 10 });
  });

  test('starts at the first minute with a count; later empty minutes count 0', () => {
    const buckets = new Map([[NOW - 4, 10]]);
    const baseline = ewmaBaseline(buckets, NOW - 10, NOW - 1, 10);
    expect(baseline?.minutes).toBe(4);
    expect(baseline?.mean).toBeCloseTo(10 * (1 - 2 / 11) ** 3, 10);
    expect(ewmaBaseline(new Map(), NOW - 10, NOW - 1, 10)).toBeUndefined();
  });

  test('a varying count widens the deviation beyond counting noise', () => {
    const buckets = new Map(
      Array.from({ length: 10 }, (_, i) => [NOW - 10 + i, i % 2 ? 40 : 0] as [number, number]),
    );
    const baseline = ewmaBaseline(buckets, NOW - 10, NOW - 1, 10);
    expect(baseline?.deviation).toBeGreaterThan(Math.sqrt(baseline?.mean ?? 0));
  });
});

describe('judgeMinute', () => {
  test('a jump: at least minCount and more than `deviations` deviations above the mean', () => {
    // Mean 25, deviation 5: the bound is 45.
    expect(judgeMinute(condition, new Map([...steady(25), [NOW, 45]]), NOW, 'up')).toBeUndefined();
    expect(judgeMinute(condition, new Map([...steady(25), [NOW, 46]]), NOW, 'up')).toEqual({
      mean: 25,
      deviation: 5,
      minutes: 10,
      count: 46,
      direction: 'up',
    });
    // A quiet pattern: 1 a minute, so counting noise floors the deviation at 1; minCount still holds.
    expect(judgeMinute(condition, new Map([...steady(1), [NOW, 9]]), NOW, 'up')).toBeUndefined();
    expect(judgeMinute(condition, new Map([...steady(1), [NOW, 10]]), NOW, 'up')?.count).toBe(10);
  });

  test('a drop: a baseline of at least minCount, the minute more than `deviations` deviations below', () => {
    expect(judgeMinute(condition, steady(25), NOW, 'down')).toMatchObject({ count: 0, direction: 'down' });
    expect(judgeMinute(condition, new Map([...steady(25), [NOW, 5]]), NOW, 'down')).toBeUndefined();
    expect(judgeMinute(condition, new Map([...steady(25), [NOW, 4]]), NOW, 'down')?.count).toBe(4);
    // 9 a minute is below minCount: too quiet for silence to mean anything.
    expect(judgeMinute(condition, steady(9), NOW, 'down')).toBeUndefined();
  });

  test('each direction is judged only when asked for', () => {
    expect(judgeMinute(condition, new Map([...steady(25), [NOW, 100]]), NOW, 'down')).toBeUndefined();
    expect(judgeMinute(condition, steady(25), NOW, 'up')).toBeUndefined();
    expect(judgeMinute(condition, steady(25), NOW, 'both')?.direction).toBe('down');
  });

  test('nothing is judged during the warm-up', () => {
    expect(judgeMinute(condition, new Map([...steady(25, 4), [NOW, 500]]), NOW, 'up')).toBeUndefined();
    expect(judgeMinute(condition, new Map([...steady(25, 5), [NOW, 500]]), NOW, 'up')?.count).toBe(500);
  });

  test('the judgement in words', () => {
    expect(describeJudgement({ mean: 24.6, deviation: 5, minutes: 10, count: 90, direction: 'up' })).toBe(
      'jumped to 90 lines a minute, baseline 25/min',
    );
    expect(describeJudgement({ mean: 2.25, deviation: 1.5, minutes: 10, count: 0, direction: 'down' })).toBe(
      'dropped to 0 lines a minute, baseline 2.3/min',
    );
  });

  test('the monitor judges the last minute that ended at least 15 s ago', () => {
    const minute = 28_000_000;
    expect(settledMinute(minute * 60_000 + 14_999)).toBe(minute - 2);
    expect(settledMinute(minute * 60_000 + 15_000)).toBe(minute - 1);
  });
});

describe('baseline rules', () => {
  test('defaults, and the warm-up within the baseline', () => {
    expect(validateRule({ id: 'p', condition: { kind: 'pattern-spike' } }).condition).toEqual({
      kind: 'pattern-spike',
      deviations: 4,
      minCount: 10,
      baselineMinutes: 60,
      warmupMinutes: 30,
    });
    expect(
      validateRule({ id: 'v', condition: { kind: 'volume-anomaly', baselineMinutes: 20 } }).condition,
    ).toEqual({
      kind: 'volume-anomaly',
      direction: 'both',
      deviations: 4,
      minCount: 10,
      baselineMinutes: 20,
      warmupMinutes: 20,
    });
  });

  test.each([
    [
      { kind: 'pattern-spike', deviations: 0.5 },
      'condition.deviations',
      'expected a number from 1 to 50, got 0.5',
    ],
    [{ kind: 'pattern-spike', baselineMinutes: 5 }, 'condition.baselineMinutes', 'from 10 to 1440, got 5'],
    [{ kind: 'pattern-spike', minCount: '10' }, 'condition.minCount', 'got "10"'],
    [
      { kind: 'pattern-spike', warmupMinutes: 90 },
      'condition.warmupMinutes',
      'at most baselineMinutes (60), got 90',
    ],
    [
      { kind: 'volume-anomaly', direction: 'sideways' },
      'condition.direction',
      'expected "up", "down" or "both"',
    ],
    [{ kind: 'volume-anomaly', windowMinutes: 5 }, 'condition.windowMinutes', 'unknown property'],
    [{ kind: 'pattern-spike', factor: 3 }, 'condition.factor', 'unknown property'],
  ])('%j is refused, naming %s', (condition, field, message) => {
    expect(() => validateRule({ id: 'r', condition })).toThrow(
      expect.objectContaining({ field, message: expect.stringContaining(message) }),
    );
  });

  test('a volume-anomaly rule cannot group by host (the monitor could not list the hosts)', () => {
    expect(() => validateRule({ id: 'v', condition: { kind: 'volume-anomaly' }, groupBy: 'host' })).toThrow(
      expect.objectContaining({ field: 'groupBy' }),
    );
  });
});
