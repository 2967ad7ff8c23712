import type { DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, test } from 'vitest';
import { streamWaitMs } from '#lambdas/handlers/alert-dispatcher.ts';
import { T0 } from './fixtures.ts';

function insert(pendingSince: number, groupWaitSeconds: number): DynamoDBStreamEvent['Records'][number] {
  return {
    eventName: 'INSERT',
    dynamodb: {
      NewImage: {
        pk: { S: 'ALERT' },
        pendingSince: { N: String(pendingSince) },
        policy: { M: { groupWaitSeconds: { N: String(groupWaitSeconds) } } },
      },
    },
  };
}

describe('dispatcher stream trigger', () => {
  test('waits until the earliest new alert is due, bounded', () => {
    const event = { Records: [insert(T0, 30), insert(T0 + 5_000, 0)] };
    expect(streamWaitMs(event, T0 + 1_000, 60_000)).toBe(4_000);
    expect(streamWaitMs({ Records: [insert(T0, 600)] }, T0, 60_000)).toBe(60_000);
    expect(streamWaitMs({ Records: [insert(T0, 0)] }, T0 + 10, 60_000)).toBe(0);
    expect(streamWaitMs({ Records: [] }, T0, 60_000)).toBe(0);
  });
});
