/**
 * Bounded attempts at a Kafka batch, in every deployment mode. AWS's MSK event source mapping
 * with on-demand pollers (the default) retries a failing batch until its records leave the
 * topic, blocking the partition; its own retry limits need provisioned pollers. So the consumers
 * count attempts themselves, in DynamoDB, keyed by where each partition's part of the batch
 * starts and the record there: the attempt is counted before any work, so one that times out or
 * crashes counts too. A batch still failing at its last attempt is given up (the ingest handler
 * dead-letters it with the reason, for `npm run replay`) and the call succeeds, so the event
 * source commits and moves on. Between attempts the handler pauses with backoff, so the attempts
 * span minutes whatever pace the event source retries at. Only an outage of the attempt store
 * itself leaves a batch uncounted: it is then retried until the store answers again, like any
 * backend outage.
 */
import { createHash } from 'node:crypto';
import type { MSKEvent, MSKRecord } from 'aws-lambda';
import { backoffDelay, type Sleep } from '#core/retry.ts';
import type { Logger } from './logger.ts';

/** Where attempts are counted (the counters table in DynamoDB). */
export interface BatchAttemptStore {
  /**
   * Counts one more attempt at each key (one per partition of the batch); returns the highest
   * count and the last failure recorded under that key.
   */
  begin(
    keys: readonly string[],
    now: number,
  ): Promise<{ readonly attempts: number; readonly lastError?: string }>;
  /** Records why an attempt failed. */
  fail(keys: readonly string[], reason: string): Promise<void>;
}

export interface AttemptBound {
  /** Names the consumer in the keys: `ingest`, `heartbeats`. */
  readonly consumer: string;
  readonly store: BatchAttemptStore;
  /** Attempts at a batch before it is given up. @default 10 */
  readonly maxAttempts?: number;
  /** What giving up a batch means: the ingest handler dead-letters it. */
  readonly giveUp: (event: MSKEvent, reason: string) => Promise<void>;
  readonly logger: Logger;
  /** Time left in the invocation, ms (the Lambda context's); the pause never takes it all. */
  readonly remainingMs?: () => number;
  readonly sleep?: Sleep;
  readonly now?: () => number;
}

export const DEFAULT_MAX_BATCH_ATTEMPTS = 10;
/** `LOGWARD_MAX_BATCH_ATTEMPTS`: attempts at a Kafka batch before it is given up (lambdas/batch-attempts.ts). */
export function maxBatchAttemptsFromEnv(env: NodeJS.ProcessEnv): number {
  const value = Number(env.LOGWARD_MAX_BATCH_ATTEMPTS ?? DEFAULT_MAX_BATCH_ATTEMPTS);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(
      `LOGWARD_MAX_BATCH_ATTEMPTS: expected a whole number of at least 1, got ${env.LOGWARD_MAX_BATCH_ATTEMPTS}`,
    );
  return value;
}

const PAUSE = { attempts: DEFAULT_MAX_BATCH_ATTEMPTS, baseDelayMs: 2_000, maxDelayMs: 60_000 };

/**
 * One key per partition of the batch: the consumer, the partition, its first offset and a digest
 * of the record there. Offsets start again at 0 when a topic is deleted and created again, and the
 * MSK event names no topic incarnation; the record at the offset (its timestamp, key and value)
 * tells the two apart, so a new topic's batch never inherits the week-old count of an old one's.
 */
export function batchAttemptKeys(consumer: string, event: MSKEvent): string[] {
  const keys: string[] = [];
  for (const [partition, records] of Object.entries(event.records)) {
    const first = records[0];
    if (first !== undefined) keys.push(`${consumer}#${partition}@${first.offset}#${recordDigest(first)}`);
  }
  return keys;
}

function recordDigest(record: MSKRecord): string {
  return createHash('sha256')
    .update(`${record.timestamp}\n${record.key ?? ''}\n${record.value ?? ''}`)
    .digest('base64url')
    .slice(0, 16);
}

export type Attempted<T> =
  | { readonly givenUp: false; readonly result: T }
  | { readonly givenUp: true; readonly reason: string };

/** Runs `work` on the batch as one counted attempt; gives the batch up after the last one. */
export async function withBoundedAttempts<T>(
  event: MSKEvent,
  bound: AttemptBound,
  work: () => Promise<T>,
): Promise<Attempted<T>> {
  const now = (bound.now ?? Date.now)();
  const max = bound.maxAttempts ?? DEFAULT_MAX_BATCH_ATTEMPTS;
  const keys = batchAttemptKeys(bound.consumer, event);
  let attempt: { attempts: number; lastError?: string } | undefined;
  try {
    attempt = await bound.store.begin(keys, now);
  } catch (error) {
    // The store is down: work anyway (a success needs no count); a failure is retried uncounted.
    bound.logger.warn('batch attempt not counted', { keys, reason: describe(error) });
  }
  if (attempt !== undefined && attempt.attempts > max) {
    // Earlier attempts ended without giving up: they timed out or crashed.
    const last = attempt.lastError ?? 'none recorded: the attempts timed out or crashed';
    return giveUp(event, bound, keys, `gave up after ${max} attempts; last failure: ${last}`);
  }
  try {
    return { givenUp: false, result: await work() };
  } catch (error) {
    const reason = describe(error);
    if (attempt !== undefined && attempt.attempts >= max)
      return giveUp(
        event,
        bound,
        keys,
        `gave up after ${attempt.attempts} attempts; last failure: ${reason}`,
      );
    await bound.store.fail(keys, reason).catch(() => undefined);
    const pause = backoffDelay(PAUSE, attempt?.attempts ?? 1, 1);
    const room = (bound.remainingMs?.() ?? Number.POSITIVE_INFINITY) - 10_000;
    if (room > 0) await (bound.sleep ?? realSleep)(Math.min(pause, room));
    throw error;
  }
}

async function giveUp<T>(
  event: MSKEvent,
  bound: AttemptBound,
  keys: readonly string[],
  reason: string,
): Promise<Attempted<T>> {
  await bound.giveUp(event, reason);
  bound.logger.error('batch given up', { keys, reason });
  return { givenUp: true, reason };
}

const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
