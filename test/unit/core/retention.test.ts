import { describe, expect, test } from 'vitest';
import { expiredDailyIndices, planRetention } from '#core/retention.ts';

describe('expiredDailyIndices', () => {
  const now = Date.parse('2025-10-23T10:00:00Z');
  const indices = [
    'logs-2025.10.23',
    'logs-2025.10.16',
    'logs-2025.10.15',
    'logs-2024.01.01',
    'logs-x',
    'other-2020.01.01',
  ];

  test('keeps today and the N days before it; ignores names that are not daily log indices', () => {
    expect(expiredDailyIndices(indices, 'logs', 7, now)).toEqual(['logs-2025.10.15', 'logs-2024.01.01']);
  });

  test('refuses a retention under one day', () => {
    expect(() => expiredDailyIndices(indices, 'logs', 0, now)).toThrow(
      'retention days: expected a whole number of at least 1, got 0',
    );
  });
});

describe('planRetention: hot → warm → delete', () => {
  const now = Date.parse('2025-10-23T10:00:00Z');
  const all = ['logs-2025.10.23', 'logs-2025.10.20', 'logs-2025.10.19', 'logs-2025.10.10', 'logs-2025.10.05'];

  test('without a warm tier (locally) it only deletes by date', () => {
    expect(planRetention({ all, warm: [], migrating: [] }, 'logs', { retentionDays: 14 }, now)).toEqual({
      toWarm: [],
      toDelete: ['logs-2025.10.05'],
      toUnreplicate: [],
    });
  });

  test('moves hot indices older than the hot days to warm, deletes past retention wherever they are', () => {
    const plan = planRetention(
      { all, warm: ['logs-2025.10.05'], migrating: [] },
      'logs',
      { retentionDays: 14, warmAfterDays: 3 },
      now,
    );
    expect(plan).toEqual({
      toWarm: ['logs-2025.10.19', 'logs-2025.10.10'],
      toDelete: ['logs-2025.10.05'],
      toUnreplicate: [],
    });
  });

  test('leaves indices already warm or being migrated', () => {
    const plan = planRetention(
      { all, warm: ['logs-2025.10.10'], migrating: ['logs-2025.10.19'] },
      'logs',
      { retentionDays: 30, warmAfterDays: 3 },
      now,
    );
    expect(plan).toEqual({ toWarm: ['logs-2025.10.05'], toDelete: [], toUnreplicate: [] });
  });

  test('with replicaDays drops the replicas of older indices that still have one, not of those it deletes', () => {
    const plan = planRetention(
      {
        all,
        warm: [],
        migrating: [],
        replicated: ['logs-2025.10.23', 'logs-2025.10.20', 'logs-2025.10.10', 'logs-2025.10.05'],
      },
      'logs',
      { retentionDays: 14, replicaDays: 1 },
      now,
    );
    // 10.19 has no replica left; today's and yesterday's would keep theirs.
    expect(plan).toEqual({
      toWarm: [],
      toDelete: ['logs-2025.10.05'],
      toUnreplicate: ['logs-2025.10.20', 'logs-2025.10.10'],
    });
  });

  test('drops replicas of hot indices only: never of one warm or being migrated', () => {
    const plan = planRetention(
      {
        all,
        warm: ['logs-2025.10.10'],
        migrating: ['logs-2025.10.19'],
        replicated: ['logs-2025.10.20', 'logs-2025.10.19', 'logs-2025.10.10'],
      },
      'logs',
      { retentionDays: 14, warmAfterDays: 7, replicaDays: 1 },
      now,
    );
    expect(plan.toUnreplicate).toEqual(['logs-2025.10.20']);
  });

  test('refuses hot days that do not come before retention', () => {
    expect(() =>
      planRetention({ all, warm: [], migrating: [] }, 'logs', { retentionDays: 7, warmAfterDays: 7 }, now),
    ).toThrow('warm after days: expected fewer than the 7 retention days, got 7');
  });
});
