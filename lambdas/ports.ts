/**
 * The ports the handlers depend on. Adapters in adapters/ implement them against real
 * services; handlers receive them, so tests and the local runtime can pass their own.
 */
import type { LogDocument } from '#core/log-document.ts';
import type { LogPage, LogQuery } from '#core/logs-query.ts';

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

/**
 * Sees every batch of documents after they were indexed: rule evaluation, counters. A failure
 * fails the batch, so the event source retries it (documents overwrite by id, so no duplicates).
 */
export interface EventObserver {
  observe(documents: readonly LogDocument[], receivedAt: number): Promise<void>;
}
