/**
 * The ports the handlers depend on. Adapters in adapters/ implement them against real
 * services; handlers receive them, so tests and the local runtime can pass their own.
 */
import type { DeadLetter } from '#core/dead-letter.ts';
import type { ContextQuery, LogContext } from '#core/log-context.ts';
import type { LogDocument } from '#core/log-document.ts';
import type { LogPage, LogQuery } from '#core/logs-query.ts';
import type { Summary, SummaryQuery } from '#core/summary-query.ts';

export interface IndexOutcome {
  readonly indexed: number;
  /** Documents that could not be written, with the reason (never silently dropped). */
  readonly failed: ReadonlyArray<{ readonly document: LogDocument; readonly reason: string }>;
}

/** Where log documents are written. */
export interface LogWriter {
  index(documents: readonly LogDocument[]): Promise<IndexOutcome>;
}

/** Where log documents are searched. */
export interface LogReader {
  search(query: LogQuery): Promise<LogPage>;
}

/** A backend did not answer in time or was overloaded: the caller may retry later (HTTP 503). */
export class BackendUnavailableError extends Error {
  override name = 'BackendUnavailableError';
  readonly backend: string;

  constructor(backend: string, options?: ErrorOptions) {
    super(`${backend} is unavailable; retry later`, options);
    this.backend = backend;
  }
}

/** Everything the API reads about logs. */
export interface LogQueries extends LogReader {
  /** The event with this id, or undefined. */
  get(id: string): Promise<LogDocument | undefined>;
  /** The event and the lines around it in its source, or undefined when the id is unknown. */
  context(query: ContextQuery): Promise<LogContext | undefined>;
  summary(query: SummaryQuery): Promise<Summary>;
  /** When the latest document was ingested (its `ingested_at`), epoch ms; undefined when none. */
  lastIngest(): Promise<number | undefined>;
}

/**
 * Sees every batch of documents after they were indexed: rule evaluation, counters. The ingest
 * handler writes a batch in groups and never holds it whole, so an observer tallies group by group
 * (`see`, cheap and synchronous) and acts once per batch (`finish`: one round of writes, however
 * large the batch). A failure fails the batch, so the event source retries it (documents
 * overwrite by id, so no duplicates).
 */
export interface EventObserver {
  /** Starts observing a batch received at `receivedAt` (e.g. loads the rules). */
  begin(receivedAt: number): Promise<BatchObservation>;
}

export interface BatchObservation {
  /** One group of indexed documents. */
  see(documents: readonly LogDocument[]): void;
  /** Writes what the whole batch added up to. */
  finish(): Promise<void>;
}

/** Where records that cannot be ingested go, with the reason (S3 in AWS, moto's S3 locally). */
export interface DeadLetterSink {
  send(letter: DeadLetter): Promise<void>;
}

/** Reading dead letters back, for the replay command. */
export interface DeadLetterSource {
  list(): AsyncIterable<{ readonly key: string; readonly letter: DeadLetter }>;
  /** Moves a replayed letter out of the way (kept under `replayed/` for audit). */
  markReplayed(key: string): Promise<void>;
}

/** Consumer lag of the ingest event source, as far as the environment knows it. */
export type ConsumerLag =
  | {
      readonly known: true;
      /** Where the figure comes from, e.g. `kafka-consumer-group` or `cloudwatch:OffsetLag`. */
      readonly source: string;
      /** Records not yet processed, summed over partitions. */
      readonly total: number;
      readonly partitions?: ReadonlyArray<{
        readonly topic: string;
        readonly partition: number;
        readonly lag: number;
      }>;
    }
  | { readonly known: false; readonly reason: string };
