/** Bounded retries with exponential backoff and full jitter. */
export interface RetryPolicy {
  /** Total attempts, including the first. */
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export type Sleep = (ms: number) => Promise<void>;

const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Delay before retry number `retry` (1-based), with full jitter from `random` in [0, 1). */
export function backoffDelay(policy: RetryPolicy, retry: number, random: number = Math.random()): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(ceiling * random);
}

/** Runs `work`; retries it while `isRetryable(error)` and attempts remain; rethrows the last error. */
export async function withRetries<T>(
  policy: RetryPolicy,
  isRetryable: (error: unknown) => boolean,
  work: (attempt: number) => Promise<T>,
  sleep: Sleep = realSleep,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work(attempt);
    } catch (error) {
      if (attempt >= policy.attempts || !isRetryable(error)) throw error;
      await sleep(backoffDelay(policy, attempt));
    }
  }
}
