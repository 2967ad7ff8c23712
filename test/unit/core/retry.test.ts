import { describe, expect, test } from 'vitest';
import { backoffDelay, withRetries } from '#core/retry.ts';

const policy = { attempts: 3, baseDelayMs: 100, maxDelayMs: 250 };

describe('withRetries', () => {
  test('retries retryable errors with growing, capped delays, then succeeds', async () => {
    const delays: number[] = [];
    let calls = 0;
    const result = await withRetries(
      policy,
      () => true,
      async (attempt) => {
        calls++;
        if (attempt < 3) throw new Error('busy');
        return 'ok';
      },
      async (ms) => {
        delays.push(ms);
      },
    );
    expect([result, calls, delays.length]).toEqual(['ok', 3, 2]);
  });

  test('gives up after the last attempt with the last error', async () => {
    await expect(
      withRetries(
        policy,
        () => true,
        async (attempt) => Promise.reject(new Error(`fail ${attempt}`)),
        async () => {},
      ),
    ).rejects.toThrow('fail 3');
  });

  test('does not retry what is not retryable', async () => {
    let calls = 0;
    await expect(
      withRetries(
        policy,
        () => false,
        async () => {
          calls++;
          throw new Error('bad input');
        },
      ),
    ).rejects.toThrow('bad input');
    expect(calls).toBe(1);
  });

  test('backoff is exponential with full jitter under the cap', () => {
    expect([1, 2, 3, 4].map((retry) => backoffDelay(policy, retry, 0.999))).toEqual([99, 199, 249, 249]);
    expect(backoffDelay(policy, 3, 0)).toBe(0);
  });
});
