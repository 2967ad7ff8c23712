import type { MSKEvent } from 'aws-lambda';
import { describe, expect, test } from 'vitest';
import { buildMskEvent } from '#core/msk-event.ts';
import { type BatchAttemptStore, batchAttemptKeys, withBoundedAttempts } from '#lambdas/batch-attempts.ts';
import { jsonLogger } from '#lambdas/logger.ts';

/** A batch of `values` on partition 0 of `topic`, from `offset` on, produced at `timestamp`. */
function batch(topic: string, offset: number, timestamp: number, values: readonly string[]): MSKEvent {
  return buildMskEvent(
    values.map((value, i) => ({
      topic,
      partition: 0,
      offset: offset + i,
      timestamp,
      key: Buffer.from('source-a'),
      value: Buffer.from(value),
      headers: [],
    })),
    { eventSourceArn: 'arn:aws:kafka:local:0:cluster/test/1', bootstrapServers: 'local:9092' },
  );
}

/** The counters table's job, in memory: counts per key, kept whatever time passes. */
function memoryStore(): BatchAttemptStore {
  const attempts = new Map<string, number>();
  return {
    async begin(keys) {
      let most = 0;
      for (const key of keys) {
        const n = (attempts.get(key) ?? 0) + 1;
        attempts.set(key, n);
        most = Math.max(most, n);
      }
      return { attempts: most };
    },
    async fail() {},
  };
}

describe('batchAttemptKeys', () => {
  test('a batch delivered again, whole or cut shorter, keeps its key', () => {
    const first = batch('logs', 15, 1_700_000_000_000, ['one', 'two', 'three']);
    const again = batch('logs', 15, 1_700_000_000_000, ['one', 'two']);
    expect(batchAttemptKeys('ingest', again)).toEqual(batchAttemptKeys('ingest', first));
  });

  test('the same offset of a topic deleted and created again is another key', () => {
    const old = batch('logs', 15, 1_700_000_000_000, ['one']);
    const recreated = batch('logs', 15, 1_700_600_000_000, ['one']);
    expect(batchAttemptKeys('ingest', recreated)).not.toEqual(batchAttemptKeys('ingest', old));
    expect(batchAttemptKeys('ingest', batch('logs', 15, 1_700_000_000_000, ['other']))).not.toEqual(
      batchAttemptKeys('ingest', old),
    );
  });
});

describe('withBoundedAttempts', () => {
  test('a topic created again works on its batch, though the old topic gave up the batch at that offset', async () => {
    const store = memoryStore();
    const givenUp: string[] = [];
    const bound = {
      consumer: 'ingest',
      store,
      maxAttempts: 2,
      giveUp: async (_event: MSKEvent, reason: string) => {
        givenUp.push(reason);
      },
      logger: jsonLogger({}, () => {}),
      sleep: async () => {},
    };
    const old = batch('logs', 15, 1_700_000_000_000, ['poison']);
    const failing = async () => {
      throw new Error('backend down');
    };
    await expect(withBoundedAttempts(old, bound, failing)).rejects.toThrow('backend down');
    await expect(withBoundedAttempts(old, bound, failing)).resolves.toMatchObject({ givenUp: true });
    // Redelivered once more before the commit landed: given up without working on it.
    await expect(withBoundedAttempts(old, bound, failing)).resolves.toMatchObject({ givenUp: true });

    const recreated = batch('logs', 15, 1_700_600_000_000, ['a new line']);
    await expect(withBoundedAttempts(recreated, bound, async () => 'indexed')).resolves.toEqual({
      givenUp: false,
      result: 'indexed',
    });
    expect(givenUp).toHaveLength(2);
  });
});
