/**
 * Plays the AWS MSK event source mapping locally, as `cdk deploy` configures it by default (on-
 * demand pollers): consumes topics as a consumer group, builds batches bounded by size, payload
 * bytes and a batching window, invokes the handler with the exact MSK event payload, and commits
 * offsets only after the handler succeeded. Like AWS's default (infinite retries), a failing
 * batch is retried until the handler succeeds: bounding the attempts is the handlers' job
 * (lambdas/batch-attempts.ts), so what holds here holds in AWS too. Only the pause between
 * attempts is this runner's own (AWS does not document its pacing).
 */
import { Consumer, type Message, type MessagesStream } from '@platformatic/kafka';
import type { MSKEvent } from 'aws-lambda';
import { buildMskEvent, type ConsumedRecord, mskRecordPayloadBytes } from '#core/msk-event.ts';
import { backoffDelay, type RetryPolicy } from '#core/retry.ts';
import { describe, type SupervisedSession, superviseSessions } from './session-supervisor.ts';

/** AWS caps one invocation payload at 6 MB. */
export const MAX_INVOCATION_BYTES = 6 * 1024 * 1024;

export interface MskEventSourceOptions {
  readonly bootstrapBrokers: readonly string[];
  readonly topics: readonly string[];
  readonly groupId: string;
  /** Most records per invocation (AWS: 1 to 10,000). @default 100 */
  readonly batchSize?: number;
  /** How long to gather records once the first arrived, ms (AWS: MaximumBatchingWindowInSeconds). @default 500 */
  readonly batchingWindowMs?: number;
  /** TRIM_HORIZON reads a new group's partitions from the start; LATEST from the end. @default 'TRIM_HORIZON' */
  readonly startingPosition?: 'TRIM_HORIZON' | 'LATEST';
  /** Pause between attempts at a failing batch (`attempts` is ignored: it is retried until it succeeds). */
  readonly retry?: Omit<RetryPolicy, 'attempts'>;
  readonly eventSourceArn?: string;
  readonly log?: (line: string) => void;
}

export interface RunningEventSource {
  /** Invocations that succeeded and were committed; failed invocations (each retried). */
  readonly stats: { invocations: number; records: number; failedInvocations: number };
  stop(): Promise<void>;
}

export type MskHandler = (event: MSKEvent) => Promise<unknown>;

const DEFAULT_RETRY = { baseDelayMs: 500, maxDelayMs: 5_000 };

export async function startMskEventSource(
  handler: MskHandler,
  options: MskEventSourceOptions,
): Promise<RunningEventSource> {
  const batchSize = options.batchSize ?? 100;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) {
    throw new RangeError(`batchSize: expected an integer from 1 to 10000, got ${batchSize}`);
  }
  const stats = { invocations: 0, records: 0, failedInvocations: 0 };
  const connect = () => openSession(handler, options, batchSize, stats);
  // The first connection is tried a few times only, so a wrong bootstrap address is reported at
  // start; a broker just started may refuse the group for a moment while its coordinator loads.
  // Later, the session is reconnected whenever it fails, as the managed event source does: it
  // resumes from the committed offsets, so uncommitted batches are delivered again (at least
  // once; document ids make that idempotent).
  const supervisor = superviseSessions(await firstSession(connect, options.log), connect, options.log);
  return { stats, stop: () => supervisor.stop() };
}

async function firstSession(
  connect: () => Promise<SupervisedSession>,
  log: ((line: string) => void) | undefined,
): Promise<SupervisedSession> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await connect();
    } catch (error) {
      if (attempt >= FIRST_CONNECT_ATTEMPTS) throw error;
      log?.(`event source: cannot join the group yet (${describe(error)}); retrying`);
      await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
    }
  }
}

const FIRST_CONNECT_ATTEMPTS = 5;

/** One consumer and its batch loop. */
async function openSession(
  handler: MskHandler,
  options: MskEventSourceOptions,
  batchSize: number,
  stats: RunningEventSource['stats'],
): Promise<SupervisedSession> {
  const consumer = new Consumer({
    clientId: `logward-local-esm-${options.groupId}`,
    groupId: options.groupId,
    bootstrapBrokers: [...options.bootstrapBrokers],
    autocommit: false,
    sessionTimeout: 10_000,
    heartbeatInterval: 1_000,
    maxWaitTime: 200,
  });
  let stream: MessagesStream<Buffer, Buffer, Buffer, Buffer>;
  try {
    stream = await consumer.consume({
      topics: [...options.topics],
      mode: 'committed',
      fallbackMode: options.startingPosition === 'LATEST' ? 'latest' : 'earliest',
    });
  } catch (error) {
    await consumer.close(true).catch(() => {});
    throw error;
  }
  // Failures surface through the loop's iterator; a listener keeps them from being unhandled.
  stream.on('error', () => {});
  const loop = new BatchLoop(stream, handler, options, batchSize, stats);
  return {
    run: () => loop.run(),
    stop: () => loop.stop(),
    async close() {
      loop.stop();
      await stream.close().catch(() => {});
      await consumer.close(true).catch(() => {});
    },
  };
}

class BatchLoop {
  #stopped = false;
  #wake: (() => void) | undefined;
  readonly #iterator: AsyncIterator<Message>;
  #next: Promise<IteratorResult<Message>> | undefined;
  #carry: Message | undefined;

  readonly handler: MskHandler;
  readonly options: MskEventSourceOptions;
  readonly batchSize: number;
  readonly stats: RunningEventSource['stats'];

  constructor(
    stream: MessagesStream<Buffer, Buffer, Buffer, Buffer>,
    handler: MskHandler,
    options: MskEventSourceOptions,
    batchSize: number,
    stats: RunningEventSource['stats'],
  ) {
    this.#iterator = stream[Symbol.asyncIterator]();
    this.handler = handler;
    this.options = options;
    this.batchSize = batchSize;
    this.stats = stats;
  }

  stop(): void {
    this.#stopped = true;
    this.#wake?.();
  }

  async run(): Promise<void> {
    while (!this.#stopped) {
      const batch = await this.#gather();
      if (batch.length > 0) await this.#deliver(batch);
    }
  }

  /** Waits for a first record, then gathers until the batch is full, too big, or the window closes. */
  async #gather(): Promise<Message[]> {
    const batch: Message[] = [];
    let bytes = 0;
    let deadline = Number.POSITIVE_INFINITY;
    while (batch.length < this.batchSize && !this.#stopped) {
      const message = this.#carry ?? (await this.#nextBefore(deadline));
      this.#carry = undefined;
      if (message === undefined) break;
      const size = mskRecordPayloadBytes(toConsumedRecord(message));
      if (batch.length > 0 && bytes + size > MAX_INVOCATION_BYTES) {
        this.#carry = message;
        break;
      }
      batch.push(message);
      bytes += size;
      if (batch.length === 1) deadline = Date.now() + (this.options.batchingWindowMs ?? 500);
    }
    return batch;
  }

  /** The next message, or undefined when the deadline passes, the stream ends or the loop stops. */
  async #nextBefore(deadline: number): Promise<Message | undefined> {
    this.#next ??= this.#iterator.next();
    const wait = deadline - Date.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      this.#wake = () => resolve('timeout');
      if (Number.isFinite(wait)) timer = setTimeout(() => resolve('timeout'), Math.max(0, wait));
    });
    const result = await Promise.race([this.#next, timeout]);
    clearTimeout(timer);
    this.#wake = undefined;
    if (result === 'timeout') return undefined;
    this.#next = undefined;
    if (result.done) {
      this.#stopped = true;
      return undefined;
    }
    return result.value;
  }

  async #deliver(batch: Message[]): Promise<void> {
    const event = buildMskEvent(batch.map(toConsumedRecord), {
      eventSourceArn:
        this.options.eventSourceArn ?? 'arn:aws:kafka:local:000000000000:cluster/logward-local/local',
      bootstrapServers: this.options.bootstrapBrokers.join(','),
    });
    const retry = { attempts: Number.POSITIVE_INFINITY, ...(this.options.retry ?? DEFAULT_RETRY) };
    for (let attempt = 1; ; attempt++) {
      if (this.#stopped) return; // not committed: the batch is redelivered on the next start
      try {
        await this.handler(event);
        break;
      } catch (error) {
        this.stats.failedInvocations++;
        this.options.log?.(
          `event source: batch of ${batch.length} failed (attempt ${attempt}: ${describe(error)}); retrying`,
        );
        await this.#pause(backoffDelay(retry, attempt));
      }
    }
    this.stats.invocations++;
    this.stats.records += batch.length;
    await commitLastOfEachPartition(batch);
  }

  /** Waits `ms`, or less when the loop stops. */
  #pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.#wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

function toConsumedRecord(message: Message): ConsumedRecord {
  return {
    topic: message.topic,
    partition: message.partition,
    offset: message.offset,
    timestamp: message.timestamp,
    key: message.key && message.key.length > 0 ? message.key : null,
    value: message.value ?? null,
    headers: message.headerEntries,
  };
}

async function commitLastOfEachPartition(batch: readonly Message[]): Promise<void> {
  const last = new Map<string, Message>();
  for (const message of batch) last.set(`${message.topic}-${message.partition}`, message);
  await Promise.all([...last.values()].map((message) => message.commit()));
}
