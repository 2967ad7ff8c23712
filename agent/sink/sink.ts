import { ValuePool } from './value-pool.ts';

/** One Kafka record on its way out; `onAck` runs once Kafka acknowledged it (acks=all). */
export interface OutRecord {
  readonly topic: string;
  readonly key: string;
  readonly value: Buffer;
  /** Value of the content-type header. @default the log chunk type (WIRE_CONTENT_TYPE) */
  readonly contentType?: string;
  readonly onAck?: () => void;
}

/**
 * Where Kafka wrote a batch: for each partition it reached (any name that tells partitions apart,
 * e.g. `topic:partition`), the offset of the batch's first record there.
 */
export type Placement = ReadonlyMap<string, bigint>;

/** Sends one batch; resolves only when every record is acknowledged, with where they were written. */
export interface RecordSender {
  send(records: readonly OutRecord[]): Promise<Placement>;
  close(): Promise<void>;
}

export interface SinkOptions {
  readonly lingerMs: number;
  readonly batchMaxBytes: number;
  readonly bufferMaxBytes: number;
  /** Size of the pooled slabs `allocate` cuts record values from. @default no pooling */
  readonly recordMaxBytes?: number;
  readonly retryInitialMs: number;
  readonly retryMaxMs: number;
  /** Batches sent and not yet acknowledged, at most. @default 1 */
  readonly maxInFlight?: number;
  readonly log: (line: string) => void;
  /** Called after acknowledged records left the buffer, so paused inputs can read again at once. */
  readonly onAck?: () => void;
}

/**
 * Why sends are failing: the broker refused who we are (`authentication`: wrong SASL credentials,
 * no or expired IAM credentials) or what we may do (`authorization`: an ACL or IAM policy denies
 * the topic or cluster), or anything else (`unavailable`: network, broker outage, timeouts).
 * The first two need a person; waiting does not fix them.
 */
export type KafkaFailure = 'authentication' | 'authorization' | 'unavailable';

export interface SinkStats {
  readonly bufferedBytes: number;
  readonly bufferedRecords: number;
  readonly sentRecords: number;
  readonly sentBytes: number;
  readonly sendErrors: number;
  /** Batches Kafka did not write after the batch sent before them (a retry, the client's reordering), so sent again (see `Sink`). */
  readonly resentForOrder: number;
  readonly consecutiveFailures: number;
  readonly lastError?: string;
  /** Kind of the last failure while sends are failing; absent once a send succeeded. */
  readonly failure?: KafkaFailure;
  readonly lastAckAt?: number;
  readonly healthy: boolean;
}

/** A batch sent and not yet acknowledged in order. */
interface InFlight {
  readonly batch: OutRecord[];
  readonly bytes: number;
  /** Sent while no batch ahead of it was unacknowledged: then it cannot land ahead of one. */
  readonly alone: boolean;
  settled: boolean;
  /** Why its first attempt failed, once settled; undefined when it succeeded. */
  error: unknown;
  placement: Placement | undefined;
}

/**
 * Batches records (linger + size cap) and sends up to `maxInFlight` batches at a time, in order.
 * A failed batch is retried alone, with exponential backoff, until it succeeds or the sink is
 * closed; nothing is dropped, and no later batch is acknowledged or sent meanwhile.
 * Acknowledgement callbacks run in send order, which keeps each source's checkpoint contiguous.
 *
 * Each source's order in Kafka is kept by checking where Kafka wrote each batch: a batch sent
 * behind others must land, in every partition it reached, after the batch acknowledged before it.
 * One that landed ahead (written before an earlier batch's retry, or reordered by the client,
 * which starts a new producer id after a failure and so loses the broker's sequence check) is
 * sent again once everything before it is acknowledged, so its last copy comes after theirs.
 * Only such batches are written twice; ingest indexes each line once by source id and offset.
 */
export class Sink {
  readonly #sender: RecordSender;
  readonly #options: SinkOptions;
  readonly #pool: ValuePool | undefined;
  /** Records not yet taken into a batch start at `#head`; taken slots are cleared (see #takeBatch). */
  #queue: (OutRecord | undefined)[] = [];
  #head = 0;
  #queuedBytes = 0;
  #inflightBytes = 0;
  readonly #inflight: InFlight[] = [];
  readonly #maxInFlight: number;
  #wake: (() => void) | undefined;
  #closing = false;
  #asideInFlight = false;
  #aborted = false;
  #abortWait: (() => void) | undefined;
  readonly #loop: Promise<void>;
  #sentRecords = 0;
  #sentBytes = 0;
  #sendErrors = 0;
  #resentForOrder = 0;
  /** Per partition, the offset of the last acknowledged batch's first record there. */
  readonly #lastPlaced = new Map<string, bigint>();
  #consecutiveFailures = 0;
  #lastError: string | undefined;
  #failure: KafkaFailure | undefined;
  #lastAckAt: number | undefined;

  constructor(sender: RecordSender, options: SinkOptions) {
    this.#sender = sender;
    this.#options = options;
    this.#maxInFlight = Math.max(1, options.maxInFlight ?? 1);
    const slab = options.recordMaxBytes;
    // Slabs for a full buffer, plus the chunk being read and one being closed past the limit.
    this.#pool = slab ? new ValuePool(slab, Math.ceil(options.bufferMaxBytes / slab) + 2) : undefined;
    this.#loop = this.#run();
  }

  /** Bytes accepted and not yet acknowledged. */
  get bufferedBytes(): number {
    return this.#queuedBytes + this.#inflightBytes;
  }

  /** True when inputs should stop reading until Kafka catches up. */
  get full(): boolean {
    return this.bufferedBytes >= this.#options.bufferMaxBytes;
  }

  stats(): SinkStats {
    return {
      bufferedBytes: this.bufferedBytes,
      bufferedRecords: this.#queue.length - this.#head,
      sentRecords: this.#sentRecords,
      sentBytes: this.#sentBytes,
      sendErrors: this.#sendErrors,
      resentForOrder: this.#resentForOrder,
      consecutiveFailures: this.#consecutiveFailures,
      lastError: this.#lastError,
      failure: this.#failure,
      lastAckAt: this.#lastAckAt,
      healthy: this.#consecutiveFailures === 0,
    };
  }

  /**
   * Memory for a record value of `length` bytes that will be enqueued here: reused once Kafka
   * acknowledged the record, so the caller must not keep it past `enqueue`.
   */
  allocate(length: number): Buffer {
    return this.#pool ? this.#pool.take(length) : Buffer.allocUnsafeSlow(length);
  }

  /**
   * Sends one record at once, beside the queue, without retry; false when it failed or one is
   * already under way. For heartbeats while the queue is stuck: a batch refused for the logs topic
   * (authorization) must not also silence the heartbeat that reports it.
   */
  async sendAside(record: OutRecord): Promise<boolean> {
    if (this.#closing || this.#asideInFlight) return false;
    this.#asideInFlight = true;
    try {
      await this.#sender.send([record]);
      return true;
    } catch {
      return false;
    } finally {
      this.#asideInFlight = false;
    }
  }

  enqueue(record: OutRecord): void {
    if (this.#closing) throw new Error('sink is closed');
    this.#queue.push(record);
    this.#queuedBytes += record.value.length;
    this.#wake?.();
  }

  /**
   * Sends what is queued, then closes. After `timeoutMs` it gives up on records Kafka has not
   * acknowledged; they stay unacknowledged, so their checkpoints never advance past them.
   */
  async close(timeoutMs: number): Promise<boolean> {
    this.#closing = true;
    this.#wake?.();
    let timer: NodeJS.Timeout | undefined;
    const drained = await Promise.race([
      this.#loop.then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    if (!drained) {
      this.#aborted = true;
      this.#abortWait?.();
      this.#wake?.();
    }
    await this.#sender
      .close()
      .catch((error: unknown) => this.#options.log(`kafka close failed: ${message(error)}`));
    if (!drained) await this.#loop;
    return drained;
  }

  async #run(): Promise<void> {
    let lingerUntil: number | undefined;
    for (;;) {
      if (this.#aborted || !(await this.#settle())) return;
      const queued = this.#head < this.#queue.length;
      if (!queued && this.#inflight.length === 0) {
        if (this.#closing) return;
        lingerUntil = undefined;
        await this.#waitForEvent();
        continue;
      }
      if (queued && this.#inflight.length < this.#maxInFlight) {
        const now = performance.now();
        if (
          this.#closing ||
          this.#options.lingerMs <= 0 ||
          this.#queuedBytes >= this.#options.batchMaxBytes ||
          (lingerUntil !== undefined && now >= lingerUntil)
        ) {
          lingerUntil = undefined;
          this.#launch(this.#takeBatch());
          continue;
        }
        lingerUntil ??= now + this.#options.lingerMs;
        await this.#waitForEvent(lingerUntil - now);
        continue;
      }
      await this.#waitForEvent();
    }
  }

  /** Resolves on an enqueue, a send settling or close, or after `ms`. */
  #waitForEvent(ms?: number): Promise<void> {
    // A send may have settled while the loop awaited something else.
    if (this.#inflight[0]?.settled) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = ms === undefined ? undefined : setTimeout(resolve, ms);
      this.#wake = () => {
        clearTimeout(timer);
        this.#wake = undefined;
        resolve();
      };
    });
  }

  /** Starts the first attempt at a batch, beside the ones already in flight. */
  #launch(batch: OutRecord[]): void {
    let bytes = 0;
    for (const r of batch) bytes += r.value.length;
    const alone = this.#inflight.length === 0;
    const entry: InFlight = { batch, bytes, alone, settled: false, error: undefined, placement: undefined };
    this.#inflight.push(entry);
    this.#sender.send(batch).then(
      (placement) => this.#settled(entry, undefined, placement),
      (error: unknown) => this.#settled(entry, error ?? new Error('send failed'), undefined),
    );
  }

  #settled(entry: InFlight, error: unknown, placement: Placement | undefined): void {
    entry.settled = true;
    entry.error = error;
    entry.placement = placement;
    this.#wake?.();
  }

  /**
   * Acknowledges the settled batches at the head of the in-flight list, in send order; a failed
   * one, or one Kafka wrote ahead of the batch acknowledged before it, is sent again (alone, a
   * failed one with backoff) before any later batch is acknowledged or sent. Returns false when
   * aborted.
   */
  async #settle(): Promise<boolean> {
    for (;;) {
      const entry = this.#inflight[0];
      if (!entry?.settled) return true;
      const { error, placement } = entry;
      if (placement !== undefined && (entry.alone || this.#landsAfterLast(placement))) {
        this.#acknowledge(entry.batch, placement);
      } else {
        entry.error = undefined;
        entry.placement = undefined;
        if (error === undefined) {
          this.#resentForOrder++;
          this.#options.log(
            `kafka did not write a batch of ${entry.batch.length} records after the batch sent before it; sending it again, alone, to keep each source's order`,
          );
        }
        if (!(await this.#sendWithRetry(entry.batch, error))) return false;
      }
      this.#inflight.shift();
      this.#inflightBytes -= entry.bytes;
    }
  }

  /** True when, in every partition, a batch landed after the last acknowledged batch's first record. */
  #landsAfterLast(placement: Placement): boolean {
    for (const [partition, offset] of placement) {
      const last = this.#lastPlaced.get(partition);
      if (last !== undefined && offset <= last) return false;
    }
    return true;
  }

  #takeBatch(): OutRecord[] {
    const batch: OutRecord[] = [];
    let bytes = 0;
    while (this.#head < this.#queue.length) {
      const r = this.#queue[this.#head] as OutRecord;
      if (batch.length > 0 && bytes + r.value.length > this.#options.batchMaxBytes) break;
      batch.push(r);
      bytes += r.value.length;
      // Drop the queue's reference: a record (up to record_max_bytes) must not outlive its ack.
      // Left in place, every sent value stayed reachable until the queue was compacted, i.e. the
      // whole input when fewer than a few thousand records had been taken.
      this.#queue[this.#head] = undefined;
      this.#head++;
    }
    if (this.#head === this.#queue.length) {
      this.#queue = [];
      this.#head = 0;
    } else if (this.#head > 1024 && this.#head * 2 > this.#queue.length) {
      this.#queue = this.#queue.slice(this.#head);
      this.#head = 0;
    }
    this.#queuedBytes -= bytes;
    this.#inflightBytes += bytes;
    return batch;
  }

  /**
   * Sends a batch until Kafka acknowledges it, with capped exponential backoff, and acknowledges
   * its records. `firstError` is the failure of an attempt already made. A batch the broker
   * rejects as too large is split in halves, sent in order. Returns false when aborted.
   */
  async #sendWithRetry(batch: OutRecord[], firstError?: unknown): Promise<boolean> {
    let placement: Placement;
    for (let attempt = 0; ; attempt++) {
      try {
        if (attempt === 0 && firstError !== undefined) throw firstError;
        // Sent once every batch before it is acknowledged: wherever it lands is after them.
        placement = await this.#sender.send(batch);
        break;
      } catch (error) {
        this.#sendErrors++;
        this.#consecutiveFailures++;
        this.#lastError = message(error);
        const failure = kafkaFailure(error);
        if (failure !== 'unavailable' && failure !== this.#failure)
          this.#options.log(
            `kafka ${failure} failed: the broker refuses this agent (${this.#lastError}); check kafka.sasl and the cluster's ACLs or IAM policy. Retrying, nothing is dropped.`,
          );
        this.#failure = failure;
        if (this.#aborted) return false;
        if (isTooLarge(error) && batch.length > 1) {
          const half = Math.ceil(batch.length / 2);
          this.#options.log(`kafka rejected a batch of ${batch.length} records as too large; splitting it`);
          return (await this.#sendWithRetry(batch.slice(0, half))) && this.#sendWithRetry(batch.slice(half));
        }
        const delay = backoff(attempt, this.#options.retryInitialMs, this.#options.retryMaxMs);
        this.#options.log(
          `kafka send failed (attempt ${attempt + 1}, retrying in ${delay} ms): ${this.#lastError}`,
        );
        await this.#sleep(delay, true);
        if (this.#aborted) return false;
      }
    }
    this.#acknowledge(batch, placement);
    return true;
  }

  /** Bookkeeping of a batch Kafka acknowledged, then its records' and the sink's callbacks. */
  #acknowledge(batch: readonly OutRecord[], placement: Placement): void {
    for (const [partition, offset] of placement) this.#lastPlaced.set(partition, offset);
    this.#consecutiveFailures = 0;
    this.#failure = undefined;
    this.#lastAckAt = Date.now();
    this.#sentRecords += batch.length;
    for (const r of batch) this.#sentBytes += r.value.length;
    for (const r of batch) {
      try {
        r.onAck?.();
      } catch (error) {
        // An input's bookkeeping must not stop the sink: the next records still go out.
        this.#options.log(`acknowledgement handler failed: ${message(error)}`);
      }
      this.#pool?.give(r.value);
    }
    try {
      this.#options.onAck?.();
    } catch (error) {
      this.#options.log(`acknowledgement handler failed: ${message(error)}`);
    }
  }

  #sleep(ms: number, abortable = false): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(resolve, ms);
      if (abortable) {
        this.#abortWait = () => {
          clearTimeout(t);
          resolve();
        };
      }
    });
  }
}

/** Exponential backoff with jitter: about initial·2^attempt, capped at max. */
export function backoff(attempt: number, initialMs: number, maxMs: number): number {
  const base = Math.min(maxMs, initialMs * 2 ** Math.min(attempt, 30));
  return Math.round(base / 2 + (Math.random() * base) / 2);
}

/** True when some error in `error`'s `errors` and `cause` chain satisfies `test`. */
function anyInChain(error: unknown, test: (e: Record<string, unknown>) => boolean, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const e = error as Record<string, unknown>;
  if (test(e)) return true;
  if (Array.isArray(e.errors) && e.errors.some((x) => anyInChain(x, test, depth + 1))) return true;
  return anyInChain(e.cause, test, depth + 1);
}

/** True when the broker refused the request for its size (MESSAGE_TOO_LARGE, RECORD_LIST_TOO_LARGE). */
export function isTooLarge(error: unknown): boolean {
  return anyInChain(error, (e) => e.apiId === 'MESSAGE_TOO_LARGE' || e.apiId === 'RECORD_LIST_TOO_LARGE');
}

const AUTHENTICATION_API_IDS = new Set([
  'SASL_AUTHENTICATION_FAILED',
  'UNSUPPORTED_SASL_MECHANISM',
  'ILLEGAL_SASL_STATE',
]);
/** Errors of the AWS SDK's credential chain, met when the MSK IAM signer has no usable credentials. */
const CREDENTIAL_ERROR_NAMES = new Set([
  'CredentialsProviderError',
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
]);

/** What a failed send says about the cause: see `KafkaFailure`. */
export function kafkaFailure(error: unknown): KafkaFailure {
  if (
    anyInChain(
      error,
      (e) =>
        e.code === 'PLT_KFK_AUTHENTICATION' ||
        AUTHENTICATION_API_IDS.has(String(e.apiId)) ||
        CREDENTIAL_ERROR_NAMES.has(String(e.name)),
    )
  )
    return 'authentication';
  if (anyInChain(error, (e) => typeof e.apiId === 'string' && e.apiId.endsWith('_AUTHORIZATION_FAILED')))
    return 'authorization';
  return 'unavailable';
}

function message(error: unknown): string {
  if (error instanceof Error) {
    const errors = (error as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.length > 0)
      return `${error.message} (${message(errors[errors.length - 1])})`;
    return error.message;
  }
  return String(error);
}
