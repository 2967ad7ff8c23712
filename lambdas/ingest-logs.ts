import type { MSKEvent } from 'aws-lambda';
import { documentsFromRecord, type LineParser, type LogDocument } from '#core/log-document.ts';
import { decodeMskEvent } from '#core/msk-event.ts';
import type { Logger } from './logger.ts';
import type { EventObserver, LogWriter } from './ports.ts';

export interface IngestDependencies {
  readonly writer: LogWriter;
  readonly parse: LineParser;
  readonly logger: Logger;
  /** Run on every batch after indexing (rule evaluation, counters). @default none */
  readonly observers?: readonly EventObserver[];
  readonly now?: () => number;
}

export interface IngestSummary {
  readonly records: number;
  readonly lines: number;
  readonly indexed: number;
}

/** Raised when documents could not be written after retries: the batch must be retried as a whole. */
export class IngestFailedError extends Error {
  override name = 'IngestFailedError';
}

/** Decodes an MSK batch, turns every line into a document, and writes them all. */
export async function ingestLogs(event: MSKEvent, deps: IngestDependencies): Promise<IngestSummary> {
  const receivedAt = (deps.now ?? Date.now)();
  const context = { receivedAt, parse: deps.parse };
  const documents: LogDocument[] = [];
  let records = 0;
  for (const record of decodeMskEvent(event)) {
    records++;
    for (const document of documentsFromRecord(record, context)) documents.push(document);
  }
  const outcome = await deps.writer.index(documents);
  const summary = { records, lines: documents.length, indexed: outcome.indexed };
  if (outcome.failed.length > 0) {
    deps.logger.error('documents rejected', {
      ...summary,
      failed: outcome.failed.length,
      reasons: outcome.failed.slice(0, 5).map((f) => ({ id: f.document.event_id, reason: f.reason })),
    });
    throw new IngestFailedError(`${outcome.failed.length} of ${documents.length} documents were rejected`);
  }
  for (const observer of deps.observers ?? []) await observer.observe(documents, receivedAt);
  deps.logger.info('batch indexed', summary);
  return summary;
}
