/**
 * The ports the handlers depend on. Adapters in adapters/ implement them against real
 * services; handlers receive them, so tests and the local runtime can pass their own.
 */
import type { DeadLetter } from '#core/dead-letter.ts';
import type { DroppedCount, DropRule, DropRuleWithCounts } from '#core/drop-rules.ts';
import type { ContextQuery, LogContext } from '#core/log-context.ts';
import type { LogDocument } from '#core/log-document.ts';
import type { FacetsQuery, LogFacets } from '#core/log-facets.ts';
import type { TailPage, TailQuery } from '#core/log-tail.ts';
import type { LogPage, LogQuery } from '#core/logs-query.ts';
import type { PatternCount, PatternsQuery } from '#core/patterns/patterns-query.ts';
import type { PatternEntry, PatternSighting, RecordOutcome } from '#core/patterns/registry.ts';
import type { Summary, SummaryQuery } from '#core/summary-query.ts';
import type { RecordPosition } from '#core/wire.ts';

export interface IndexOutcome {
  readonly indexed: number;
  /** Documents that could not be written, with the reason (never silently dropped). */
  readonly failed: readonly WriteFailure[];
}

/** A document that could not be written: its id, the Kafka record it came from, and why. */
export interface WriteFailure {
  readonly document: WrittenDocument;
  readonly reason: string;
}

/** What a write keeps of a document once it is encoded: its id and its Kafka record. */
export interface WrittenDocument extends RecordPosition {
  readonly eventId: string;
}

/** Where log documents are written. */
export interface LogWriter {
  /** Starts collecting documents for bulk writes. */
  start(): BulkWrite;
}

/**
 * Documents collected for writing. `add` encodes them at once, so the caller need not keep them
 * (the ingest handler builds documents in small groups and lets them go, and writes in larger
 * requests); `send` writes everything added since the last `send`, and may be called again while
 * an earlier send is in flight.
 */
export interface BulkWrite {
  add(documents: readonly LogDocument[]): void;
  /** Documents added since the last `send`. */
  readonly pending: number;
  send(): Promise<IndexOutcome>;
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
  /** Counts of the matching events per level, service and host, and over time. */
  facets(query: FacetsQuery): Promise<LogFacets>;
  /** The events that arrived after the query's cursor (or the latest), oldest first. */
  tail(query: TailQuery): Promise<TailPage>;
  /** The most frequent patterns in the query's range (or the counts of `ids` only), with their trend. */
  topPatterns(query: PatternsQuery, ids?: readonly string[]): Promise<PatternCount[]>;
  /** Events of any of `ids` per interval. */
  patternHistogram(
    ids: readonly string[],
    from: number,
    to: number,
    intervalMs: number,
  ): Promise<ReadonlyArray<{ readonly start: string; readonly count: number }>>;
  /** When the latest document was ingested (its `ingested_at`), epoch ms; undefined when none. */
  lastIngest(): Promise<number | undefined>;
}

/**
 * Sees every document of a batch: rule evaluation, counters. The ingest handler builds a batch in
 * groups and never holds it whole, so an observer tallies group by group as the documents are
 * built (`see`, cheap and synchronous) and acts once per batch, after every write (`finish`: one
 * round of writes, however large the batch). A document OpenSearch then rejects is still counted
 * (it is dead-lettered, and counted again if replayed: an over-count, never a missed alert). A
 * failure fails the batch, so the event source retries it (a document's id is written once, so no
 * duplicates).
 */
export interface EventObserver {
  /** Starts observing a batch received at `receivedAt` (e.g. loads the rules). */
  begin(receivedAt: number): Promise<BatchObservation>;
}

export interface BatchObservation {
  /** One group of the batch's documents. */
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
  /** Keys of the letters pending now, read page by page to the end. */
  pendingKeys(): AsyncIterable<string>;
  /** One letter, or why the object there is not one (unparsable, gone). */
  read(key: string): Promise<DeadLetterRead>;
  /** Moves a replayed letter out of the way (kept under `replayed/` for audit). */
  markReplayed(key: string): Promise<void>;
}

/** What reading one dead letter gave. */
export type DeadLetterRead =
  | { readonly ok: true; readonly letter: DeadLetter }
  | { readonly ok: false; readonly reason: string };

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

/**
 * Gives documents their pattern before they are observed and written (the pattern miner): per
 * batch, `enrich` each group as it is built, and `finish` once every write is done, before the
 * observers finish (so the rules see the registry up to date).
 */
export interface DocumentEnricher {
  begin(receivedAt: number): Promise<BatchEnrichment>;
}

export interface BatchEnrichment {
  enrich(documents: readonly LogDocument[]): Promise<void>;
  finish(): Promise<void>;
}

/** Where patterns are registered (DynamoDB's patterns table). */
export interface PatternRegistry {
  /** Adds a batch's sightings; says which patterns were new kinds to the registry. */
  record(sightings: readonly PatternSighting[]): Promise<RecordOutcome>;
  /** The service's current patterns (not those a refinement replaced), for a miner to learn. */
  current(service: string): Promise<PatternEntry[]>;
  get(id: string): Promise<PatternEntry | undefined>;
  /** Every pattern of one service, or of all, absorbed ones included. */
  list(service?: string): Promise<PatternEntry[]>;
  /** Adds the lines drop rules left out of the index to their patterns' counts. */
  addDropped(
    counts: ReadonlyArray<DroppedCount & { readonly service: string; readonly id: string }>,
  ): Promise<void>;
}

/** Where drop and sample rules are kept, with what each has left out of the index. */
export interface DropRuleStore {
  list(): Promise<DropRuleWithCounts[]>;
  get(id: string): Promise<DropRuleWithCounts | undefined>;
  /** False, and nothing made, when `limit` rules exist already. */
  create(rule: DropRule, limit: number): Promise<boolean>;
  /** Replaces a rule's settings, keeping its counts; undefined, and nothing written, when there is no such rule. */
  replace(rule: DropRule): Promise<DropRuleWithCounts | undefined>;
  /** False when there was no such rule. */
  delete(id: string): Promise<boolean>;
  /** Adds to the rules' dropped counts; a rule deleted meanwhile is skipped, never recreated. */
  addDropped(counts: ReadonlyArray<DroppedCount & { readonly ruleId: string }>): Promise<void>;
}

/**
 * Leaves lines out of the index (drop and sample rules): per batch, `keep` each group once it has
 * its pattern and the observers saw it, and `finish` once every write is done, to count what was
 * left out.
 */
export interface LineFilter {
  begin(receivedAt: number): Promise<BatchFilter>;
}

export interface BatchFilter {
  /** The documents to index; the others are counted as dropped. */
  keep(documents: LogDocument[]): LogDocument[];
  finish(): Promise<void>;
}
