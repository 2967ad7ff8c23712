import type { MSKEvent } from 'aws-lambda';
import { deadLetterForRecords, positionKey } from '#core/dead-letter.ts';
import { documentsFromRecord, type LineParser, type LogDocument } from '#core/log-document.ts';
import { decodeMskEvent } from '#core/msk-event.ts';
import type { Logger } from './logger.ts';
import { emfRecord } from './metrics.ts';
import type { DeadLetterSink, EventObserver, LogWriter } from './ports.ts';

export interface IngestDependencies {
  readonly writer: LogWriter;
  readonly parse: LineParser;
  readonly logger: Logger;
  /** Where records go that cannot be indexed even after retries and the fields-as-text fallback. */
  readonly deadLetters: DeadLetterSink;
  /** Run on every batch after indexing (rule evaluation, counters). @default none */
  readonly observers?: readonly EventObserver[];
  /** Writes one metrics line (EMF). @default the logger's stdout */
  readonly emitMetrics?: (record: Record<string, unknown>) => void;
  readonly now?: () => number;
}

export interface IngestSummary {
  readonly records: number;
  readonly lines: number;
  readonly indexed: number;
  readonly deadLettered: number;
}

/**
 * Decodes an MSK batch, turns every line into a document and writes them. Records whose lines
 * cannot be written go to the dead-letter sink with the reason while the rest of the batch is
 * indexed; only when OpenSearch stays unavailable does the call throw, so the event source
 * retries the batch (ids are deterministic: a retry overwrites, never duplicates).
 */
export async function ingestLogs(event: MSKEvent, deps: IngestDependencies): Promise<IngestSummary> {
  const receivedAt = (deps.now ?? Date.now)();
  const context = { receivedAt, parse: deps.parse };
  const documents: LogDocument[] = [];
  const problems = new RecordProblems();
  let records = 0;
  let oldestRecord = receivedAt;
  for (const record of decodeMskEvent(event)) {
    records++;
    oldestRecord = Math.min(oldestRecord, record.timestamp);
    try {
      for (const document of documentsFromRecord(record, context)) documents.push(document);
    } catch (error) {
      problems.add(positionKey(record.position), `cannot build documents: ${describe(error)}`);
    }
  }
  const outcome = await deps.writer.index(documents);
  for (const { document, reason } of outcome.failed) {
    const { topic, partition, kafka_offset: offset } = document.source;
    problems.add(positionKey({ topic, partition, offset }), reason);
  }
  if (problems.size > 0) {
    await deps.deadLetters.send(deadLetterForRecords(event, problems.reasons(), 'ingest', receivedAt));
    deps.logger.warn('records dead-lettered', {
      records: problems.size,
      reasons: [...problems.reasons()].slice(0, 5),
    });
  }
  const failedIds = new Set(outcome.failed.map((f) => f.document.event_id));
  const indexedDocuments =
    failedIds.size === 0 ? documents : documents.filter((d) => !failedIds.has(d.event_id));
  for (const observer of deps.observers ?? []) await observer.observe(indexedDocuments, receivedAt);

  const summary = { records, lines: documents.length, indexed: outcome.indexed, deadLettered: problems.size };
  const metrics = emfRecord(
    [
      { name: 'LinesIn', value: documents.length, unit: 'Count' },
      { name: 'LinesIndexed', value: outcome.indexed, unit: 'Count' },
      { name: 'LinesFailed', value: outcome.failed.length, unit: 'Count' },
      { name: 'RecordsDeadLettered', value: problems.size, unit: 'Count' },
      { name: 'BatchAge', value: receivedAt - oldestRecord, unit: 'Milliseconds' },
    ],
    { Function: 'ingest' },
    receivedAt,
  );
  (deps.emitMetrics ?? ((record) => deps.logger.info('metrics', record)))(metrics);
  return summary;
}

/** Reasons per record; a record with several failing lines keeps the first reason and a count. */
class RecordProblems {
  readonly #byRecord = new Map<string, { reason: string; lines: number }>();

  get size(): number {
    return this.#byRecord.size;
  }

  add(key: string, reason: string): void {
    const known = this.#byRecord.get(key);
    if (known) known.lines++;
    else this.#byRecord.set(key, { reason, lines: 1 });
  }

  reasons(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [key, { reason, lines }] of this.#byRecord)
      out.set(key, lines > 1 ? `${reason} (and ${lines - 1} more lines)` : reason);
    return out;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
