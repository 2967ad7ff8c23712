import { describe, expect, test } from 'vitest';
import { expiredDailyIndices } from '#core/retention.ts';

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
