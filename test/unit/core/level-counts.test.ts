import { describe, expect, test } from 'vitest';
import { LevelTally, levelCounterKey } from '#core/level-counts.ts';
import type { LogDocument } from '#core/log-document.ts';

const doc = (service: string, level?: LogDocument['level']) =>
  ({ service, ...(level ? { level } : {}) }) as LogDocument;

describe('LevelTally', () => {
  test('one increment per service and level, in the receive minute', () => {
    const receivedAt = Date.parse('2025-10-23T14:32:59.999Z');
    const tally = new LevelTally();
    tally.add([doc('api', 'ERROR'), doc('api', 'ERROR'), doc('api', 'INFO'), doc('db'), doc('api', 'ERROR')]);
    expect(tally.increments(receivedAt)).toEqual([
      { key: 'LEVEL#api#ERROR', minute: Math.floor(receivedAt / 60_000), count: 3 },
      { key: 'LEVEL#api#INFO', minute: Math.floor(receivedAt / 60_000), count: 1 },
      { key: 'LEVEL#db#NONE', minute: Math.floor(receivedAt / 60_000), count: 1 },
    ]);
  });

  test('a tally fed group by group adds up across groups', () => {
    const receivedAt = Date.parse('2025-10-23T14:32:00Z');
    const tally = new LevelTally();
    tally.add([doc('api', 'ERROR')]);
    tally.add([doc('api', 'ERROR'), doc('db')]);
    expect(tally.increments(receivedAt)).toEqual([
      { key: 'LEVEL#api#ERROR', minute: Math.floor(receivedAt / 60_000), count: 2 },
      { key: 'LEVEL#db#NONE', minute: Math.floor(receivedAt / 60_000), count: 1 },
    ]);
  });
});

test('a service kilobytes long makes a counter key within DynamoDB partition key limits', () => {
  const key = levelCounterKey('s'.repeat(5000), 'ERROR');
  expect(Buffer.byteLength(key)).toBeLessThanOrEqual(300);
  expect(key).toMatch(/^LEVEL#s+~[0-9a-f]{16}#ERROR$/);
});
