import type { MSKEvent } from 'aws-lambda';
import { deadLetterForBatch, deadLetterForRecords, positionKey } from '#core/dead-letter.ts';
import {
  type DocumentContext,
  type LineParser,
  type LogDocument,
  recordDocuments,
} from '#core/log-document.ts';
import { type DecodedMskRecord, decodeMskEvent } from '#core/msk-event.ts';
import { type BatchAttemptStore, withBoundedAttempts } from '../batch-attempts.ts';
import type { Logger } from '../logger.ts';
import { emfRecord } from '../metrics.ts';
import type {
  BulkWrite,
  DeadLetterSink,
  DocumentEnricher,
  EventObserver,
  LineFilter,
  LogWriter,
} from '../ports.ts';

export interface IngestDependencies {
  readonly writer: LogWriter;
  readonly parse: LineParser;
  readonly logger: Logger;
  /** Where records go that cannot be indexed even after retries and the fields-as-text fallback. */
  readonly deadLetters: DeadLetterSink;
  /** Completes documents before they are observed and written (pattern mining). @default none */
  readonly enricher?: DocumentEnricher;
  /** See every document of a batch (rule evaluation, counters). @default none */
  readonly observers?: readonly EventObserver[];
  /**
   * Leaves lines out of the index (drop and sample rules), after the enricher and the observers
   * saw them: a dropped line still counts for alert rules and level counters. @default none
   */
  readonly filter?: LineFilter;
  /** Writes one metrics line (EMF). @default the logger's stdout */
  readonly emitMetrics?: (record: Record<string, unknown>) => void;
  readonly now?: () => number;
  /** Days of daily indices retention keeps: a line's own time older than that is not believed. @default 30 */
  readonly retentionDays?: number;
  /**
   * Lines per bulk request, about. Neither a batch nor a record is ever held whole: documents are
   * built and observed in groups of `linesPerGroup` (a large record is cut into several) and let
   * go once encoded, and a request is sent each time `linesPerWrite` lines are encoded, with up to
   * two in flight while the next ones are built. Small groups keep the garbage collector's work
   * small; large requests keep OpenSearch's per-request cost small. @default 4000
   */
  readonly linesPerWrite?: number;
  /** @default 500 */
  readonly linesPerGroup?: number;
  /** Where attempts at a batch are counted (`ingestBatch`); without it, attempts are not bounded. */
  readonly attempts?: BatchAttemptStore;
  /** @default DEFAULT_MAX_BATCH_ATTEMPTS */
  readonly maxBatchAttempts?: number;
}

export interface IngestSummary {
  readonly records: number;
  readonly lines: number;
  readonly indexed: number;
  /** Lines drop and sample rules left out of the index. */
  readonly dropped: number;
  readonly deadLettered: number;
}

/**
 * The ingest Lambda's work on one batch: `ingestLogs` as one counted attempt. A batch still
 * failing at its last attempt (a backend down for minutes, or a batch that times the Lambda out)
 * is dead-lettered whole with the reason and the call succeeds, so its partition moves on; in
 * AWS's default mode nothing else would bound the retries (lambdas/batch-attempts.ts).
 */
export async function ingestBatch(
  event: MSKEvent,
  deps: IngestDependencies,
  remainingMs?: () => number,
): Promise<IngestSummary> {
  if (deps.attempts === undefined) return ingestLogs(event, deps);
  const outcome = await withBoundedAttempts(
    event,
    {
      consumer: 'ingest',
      store: deps.attempts,
      ...(deps.maxBatchAttempts !== undefined ? { maxAttempts: deps.maxBatchAttempts } : {}),
      ...(remainingMs ? { remainingMs } : {}),
      logger: deps.logger,
      giveUp: (batch, reason) =>
        deps.deadLetters.send(deadLetterForBatch(batch, reason, (deps.now ?? Date.now)(), 'ingest')),
    },
    () => ingestLogs(event, deps),
  );
  if (!outcome.givenUp) return outcome.result;
  const records = Object.values(event.records).reduce((n, r) => n + r.length, 0);
  return { records, lines: 0, indexed: 0, dropped: 0, deadLettered: records };
}

/**
 * Decodes an MSK batch, turns every line into a document and writes them, group by group. Records
 * whose lines cannot be written go to the dead-letter sink with the reason while the rest of the
 * batch is indexed; only when OpenSearch stays unavailable does the call throw, so the event
 * source retries the batch (ids are deterministic and written once: a retry finds them indexed, never duplicates).
 */
export async function ingestLogs(event: MSKEvent, deps: IngestDependencies): Promise<IngestSummary> {
  const receivedAt = (deps.now ?? Date.now)();
  const context = { receivedAt, parse: deps.parse, retentionDays: deps.retentionDays };
  const linesPerWrite = deps.linesPerWrite ?? 4000;
  const linesPerGroup = Math.min(deps.linesPerGroup ?? 500, linesPerWrite);
  const enrichment = await deps.enricher?.begin(receivedAt);
  const observations = await Promise.all((deps.observers ?? []).map((o) => o.begin(receivedAt)));
  const filtering = await deps.filter?.begin(receivedAt);
  const problems = new RecordProblems();
  const totals = { records: 0, lines: 0, indexed: 0, dropped: 0, failed: 0 };
  let oldestRecord = receivedAt;
  let group: LogDocument[] = [];
  const bulk = deps.writer.start();
  const writes = new WritesInFlight(WRITES_IN_FLIGHT);
  const encodeGroup = async () => {
    if (enrichment) await enrichment.enrich(group);
    for (const observation of observations) observation.see(group);
    const kept = filtering ? filtering.keep(group) : group;
    bulk.add(kept);
    totals.lines += group.length;
    totals.dropped += group.length - kept.length;
    group = [];
    if (bulk.pending >= linesPerWrite) await writes.start(() => send(bulk, problems, totals));
  };
  try {
    for (const record of decodeMskEvent(event)) {
      totals.records++;
      oldestRecord = Math.min(oldestRecord, record.timestamp);
      const nextDocument = documentsOf(record, context, problems);
      let document = nextDocument();
      while (document !== undefined) {
        group.push(document);
        if (group.length >= linesPerGroup) await encodeGroup();
        document = nextDocument();
      }
    }
    if (group.length > 0) await encodeGroup();
    if (bulk.pending > 0) await writes.start(() => send(bulk, problems, totals));
  } catch (error) {
    await writes.settle();
    throw error;
  }
  await writes.finish();
  if (problems.size > 0) {
    await deps.deadLetters.send(deadLetterForRecords(event, problems.reasons(), 'ingest', receivedAt));
    deps.logger.warn('records dead-lettered', {
      records: problems.size,
      reasons: [...problems.reasons()].slice(0, 5),
    });
  }
  if (enrichment) await enrichment.finish();
  if (filtering) await filtering.finish();
  for (const observation of observations) await observation.finish();

  const summary = {
    records: totals.records,
    lines: totals.lines,
    indexed: totals.indexed,
    dropped: totals.dropped,
    deadLettered: problems.size,
  };
  const metrics = emfRecord(
    [
      { name: 'LinesIn', value: totals.lines, unit: 'Count' },
      { name: 'LinesIndexed', value: totals.indexed, unit: 'Count' },
      { name: 'LinesDropped', value: totals.dropped, unit: 'Count' },
      { name: 'LinesFailed', value: totals.failed, unit: 'Count' },
      { name: 'RecordsDeadLettered', value: problems.size, unit: 'Count' },
      { name: 'BatchAge', value: receivedAt - oldestRecord, unit: 'Milliseconds' },
    ],
    { Function: 'ingest' },
    receivedAt,
  );
  (deps.emitMetrics ?? ((record) => deps.logger.info('metrics', record)))(metrics);
  return summary;
}

const WRITES_IN_FLIGHT = 2;

/**
 * Writes in flight, at most `limit` at a time. A write's failure is caught the moment it happens
 * and kept, then thrown by the next `start` or by `finish`: with several writes in flight, one
 * could otherwise fail while the handler awaits another, an unhandled rejection that ends the
 * Lambda.
 */
class WritesInFlight {
  readonly #limit: number;
  readonly #pending: Promise<void>[] = [];
  #failure: { readonly error: unknown } | undefined;

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** Waits for room, then starts `write`; throws the first failure so far. */
  async start(write: () => Promise<void>): Promise<void> {
    if (this.#pending.length >= this.#limit) await this.#pending.shift();
    this.#throwFailure();
    this.#pending.push(
      write().catch((error: unknown) => {
        this.#failure ??= { error };
      }),
    );
  }

  /** Waits for every write; throws the first failure. */
  async finish(): Promise<void> {
    await this.settle();
    this.#throwFailure();
  }

  /** Waits for every write, whatever its outcome. */
  async settle(): Promise<void> {
    await Promise.all(this.#pending.splice(0));
  }

  #throwFailure(): void {
    if (this.#failure !== undefined) throw this.#failure.error;
  }
}

/**
 * A record's documents, each built as it is taken (`recordDocuments`), so that a record of a few
 * hundred thousand tiny lines is cut into groups like a batch of small records; undefined at the
 * end. One that cannot be built (a bug: `recordDocuments` never throws) costs its record, never
 * the batch. Functions rather than generators: a generator's resume per line cost about 1.5 % of
 * the handler.
 */
function documentsOf(
  record: DecodedMskRecord,
  context: DocumentContext,
  problems: RecordProblems,
): () => LogDocument | undefined {
  const failed = (error: unknown) => {
    problems.add(positionKey(record.position), `cannot build documents: ${describe(error)}`);
    return undefined;
  };
  let next: () => LogDocument | undefined;
  try {
    next = recordDocuments(record, context);
  } catch (error) {
    return () => failed(error);
  }
  return () => {
    try {
      return next();
    } catch (error) {
      next = () => undefined;
      return failed(error);
    }
  };
}

/** Sends what is encoded and notes each failure against its Kafka record. */
async function send(
  bulk: BulkWrite,
  problems: RecordProblems,
  totals: { indexed: number; failed: number },
): Promise<void> {
  const outcome = await bulk.send();
  for (const { document, reason } of outcome.failed) problems.add(positionKey(document), reason);
  totals.indexed += outcome.indexed;
  totals.failed += outcome.failed.length;
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
