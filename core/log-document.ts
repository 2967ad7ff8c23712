/**
 * The OpenSearch document for one log event, and how a Kafka record becomes documents.
 * The schema is described for users in docs/schema.md.
 */
import { eventIdAt, eventIdForPlainLine, lineIdPrefix } from './event-id.ts';
import { identifierWords } from './identifier-words.ts';
import { isoTimestamp } from './iso-timestamp.ts';
import type { DecodedMskRecord } from './msk-event.ts';
import type { Level } from './parse/levels.ts';
import type { ParsedLine } from './parse/types.ts';
import { acceptedEventTimes, DEFAULT_RETENTION_DAYS } from './retention.ts';
import { boundedKeyPart } from './tables.ts';
import { CONTENT_TYPE_HEADER, type LineFlag, readLogRecord, type Source, type WireLine } from './wire.ts';

export interface LogDocument {
  /** Event time: the line's own timestamp, else the time its record carries (see `carriedEventTime`). */
  '@timestamp': string;
  /** Where `@timestamp` came from (see `TimeSource`). */
  time_source: TimeSource;
  event_id: string;
  level?: Level;
  service: string;
  host: string;
  message: string;
  /**
   * The CamelCase identifiers of the message split into their words (`Invalid Receive Exception`),
   * for search only: absent when there are none, and left out of what the API returns.
   */
  message_words?: string;
  /** The id of the message's pattern (`core/patterns/`), set by ingest's pattern mining. */
  pattern_id?: string;
  /** The pattern's template, e.g. `Invalid user <*> from <ip>`. */
  pattern?: string;
  logger?: string;
  /** The W3C trace and span ids the line names (OTLP records, `trace_id`/`traceId`/`trace.id` fields), lowercase hex. */
  trace_id?: string;
  span_id?: string;
  /** Format that recognised the line (`plain` when none did). */
  format: string;
  /** The structure learned for the line's source that read it, described (see docs/parsing.md). */
  parse_structure?: string;
  source: {
    kind: Source['kind'] | 'kafka';
    id: string;
    path?: string;
    /** Byte offset in the file (agent) or line index within the Kafka record (other producers). */
    offset: number;
    topic: string;
    partition: number;
    kafka_offset: number;
  };
  /** Parsed extras, stored as a flat object so no field can explode or conflict in the mapping. */
  fields: Record<string, unknown>;
  /** `fields` serialised as text, when OpenSearch rejected them as structured fields. */
  fields_text?: string;
  tags: Readonly<Record<string, string>>;
  ingested_at: string;
  parse_failed: boolean;
  parse_error?: string;
  flags?: readonly DocumentFlag[];
}

/**
 * Where a document's time came from: the line's own timestamp, the time its Kafka record carries
 * (agent chunk time or Kafka timestamp), or the time the ingest side received the batch.
 */
export type TimeSource = 'line' | 'record' | 'ingest';

export const TIME_SOURCES: readonly TimeSource[] = ['line', 'record', 'ingest'];

/**
 * What the agent (`LineFlag`) or the ingest side had to change about an event:
 * `timestamp_out_of_range` when the line's own time lay outside what retention keeps (or more
 * than a day ahead) and the carried time was used instead (the text is kept in
 * `fields.original_timestamp`).
 */
export type DocumentFlag = LineFlag | 'fields_as_text' | 'timestamp_out_of_range';

/**
 * Parses one raw line for a service; injected so the caller chooses per-service options.
 * `reference` is the time a line without a year in its timestamp is placed near; `source` names
 * the line's source, whose structure `learn` may have learned from the first lines of its record.
 */
export interface LineParser {
  (raw: string, service: string | undefined, reference: number, source?: string): ParsedLine;
  learn?(source: string, service: string | undefined, sample: readonly string[], reference: number): void;
}

export interface DocumentContext {
  /** When the ingest side received the batch, epoch ms. */
  readonly receivedAt: number;
  readonly parse: LineParser;
  /** Days of daily indices retention keeps: no line is filed before them. @default 30 */
  readonly retentionDays?: number;
}

interface RecordContext extends DocumentContext {
  readonly ingestedAt: string;
  /** The event time of lines without one of their own (`carriedEventTime`). */
  readonly eventTime: number;
  readonly eventTimeSource: TimeSource;
  /** A line's own time is believed within [earliest, latest] (`acceptedEventTimes`). */
  readonly earliest: number;
  readonly latest: number;
}

/** Service used when neither the agent's config nor the line names one. */
export const UNKNOWN_SERVICE = 'unknown';
const UNKNOWN_HOST = 'unknown';

/**
 * Turns one Kafka record (an agent chunk or plain lines from another producer) into documents, one
 * at a time as they are taken: a record of a few hundred thousand tiny lines is never held as that
 * many documents. Never throws.
 */
export function* documentsFromRecord(
  record: DecodedMskRecord,
  batch: DocumentContext,
): Generator<LogDocument> {
  const next = recordDocuments(record, batch);
  for (let document = next(); document !== undefined; document = next()) yield document;
}

/**
 * `documentsFromRecord` as a function that builds the record's next document each time it is
 * called, undefined after the last: the ingest's hot path, where a generator's resume per line
 * cost about 1.5 % of the handler. The record is decoded when this is called. Never throws.
 */
export function recordDocuments(
  record: DecodedMskRecord,
  batch: DocumentContext,
): () => LogDocument | undefined {
  const contentType = record.headers.get(CONTENT_TYPE_HEADER)?.toString('utf8');
  const decoded = readLogRecord(record.value, contentType);
  const carried = decoded.kind === 'chunk' ? decoded.chunk.t : record.timestamp;
  const eventTime = carriedEventTime(carried, batch.receivedAt);
  const accepted = acceptedEventTimes(batch.receivedAt, batch.retentionDays ?? DEFAULT_RETENTION_DAYS);
  const context: RecordContext = {
    ...batch,
    ingestedAt: new Date(batch.receivedAt).toISOString(),
    eventTime,
    eventTimeSource: eventTime === carried ? 'record' : 'ingest',
    earliest: accepted.from,
    latest: accepted.to,
  };
  if (decoded.kind === 'chunk') {
    const { src, lines } = decoded.chunk;
    const idPrefix = lineIdPrefix(src);
    learnSafely(context, idPrefix, src.service, sampleOf(lines));
    const remaining = lines[Symbol.iterator]();
    return () => {
      const line = remaining.next();
      return line.done ? undefined : documentFromLine(line.value, src, idPrefix, record, context);
    };
  }
  const lines = decoded.kind === 'plain' ? decoded.lines : [decoded.raw];
  const problem = decoded.kind === 'invalid' ? `invalid wire record: ${decoded.reason}` : undefined;
  const source = plainSource(record);
  if (problem === undefined) learnSafely(context, source, undefined, lines);
  let index = 0;
  return () => {
    if (index >= lines.length) return undefined;
    const text = lines[index] as string;
    return documentFromPlainLine(text, index++, record, context, problem, source);
  };
}

/** Lines of a record shown to the parser to learn its source's structure. */
const SAMPLE_LINES = 32;

function sampleOf(lines: Iterable<WireLine>): string[] {
  const sample: string[] = [];
  for (const line of lines) {
    if (sample.length === SAMPLE_LINES) break;
    sample.push(line.m);
  }
  return sample;
}

/** Other producers' lines: one source per partition and record key (a producer keys by its source). */
function plainSource(record: DecodedMskRecord): string {
  const { topic, partition } = record.position;
  return `${topic}-${partition}/${record.key?.toString('utf8') ?? ''}`;
}

function learnSafely(
  context: RecordContext,
  source: string,
  service: string | undefined,
  sample: readonly string[],
): void {
  try {
    context.parse.learn?.(source, service, sample, context.eventTime);
  } catch {
    // Learning is an optimisation: the lines are still read one by one.
  }
}

/**
 * Parses one line; a parser that throws on it (a bug, or input no one foresaw) costs that line
 * its parse, never its neighbours: the line is kept as its raw text, flagged `parse_failed`.
 */
function parseLine(
  context: RecordContext,
  text: string,
  service: string | undefined,
  source: string,
): ParsedLine {
  try {
    const parsed = context.parse(text, service, context.eventTime, source);
    // Date's range: a time beyond it (`{"time":1e300}`) cannot be written as an ISO timestamp.
    if (parsed.timestamp === undefined || Math.abs(parsed.timestamp) <= MAX_DATE_MS) return parsed;
    return {
      ...parsed,
      timestamp: undefined,
      parseError: `timestamp out of range: ${parsed.timestampText ?? parsed.timestamp}`,
    };
  } catch (error) {
    return unparsed(
      text,
      `parser failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
    );
  }
}

const MAX_DATE_MS = 8.64e15;

function unparsed(text: string, reason: string): ParsedLine {
  return { format: 'plain', message: text, fields: {}, parseFailed: true, parseError: reason.slice(0, 500) };
}

/** How far ahead of the ingest side's clock a carried time may be before it counts as a skewed clock. */
const CARRIED_TIME_AHEAD_MS = 5 * 60_000;
/**
 * How far behind it a carried time may be. A day: any retention keeps yesterday's index (at
 * least 1 day is kept), so an older time can never send a line to an index retention deletes, or
 * one already deleted; a time in seconds instead of milliseconds is caught too.
 */
const CARRIED_TIME_BEHIND_MS = 24 * 3_600_000;

/**
 * The event time of a line without a timestamp of its own, and the reference for timestamps
 * without a year: the time its record carries, i.e. when the agent closed the chunk (`t`), or
 * for other producers' records the Kafka timestamp. It travels with the record, so a batch the
 * event source redelivers, or a dead letter replayed within a day, files each line in the same
 * daily index as the first time (with the ingest time it went to the day of the retry: a second
 * copy). A time more than 5 minutes ahead of `receivedAt` or more than a day behind it, or none,
 * falls back to `receivedAt`.
 */
export function carriedEventTime(carried: number | undefined, receivedAt: number): number {
  return carried !== undefined &&
    carried >= receivedAt - CARRIED_TIME_BEHIND_MS &&
    carried <= receivedAt + CARRIED_TIME_AHEAD_MS
    ? carried
    : receivedAt;
}

function documentFromLine(
  line: WireLine,
  src: Source,
  idPrefix: string,
  record: DecodedMskRecord,
  context: RecordContext,
): LogDocument {
  const parsed = parseLine(context, line.m, src.service, idPrefix);
  const { topic, partition, offset } = record.position;
  return buildDocument(parsed, context, {
    event_id: eventIdAt(idPrefix, line.o),
    service: parsed.loggerService ?? src.service ?? parsed.service ?? UNKNOWN_SERVICE,
    host: src.host,
    tags: src.tags ?? NO_TAGS,
    source: new LineSource(src.kind, src.id, src.path, line.o, topic, partition, offset),
    flags: line.f?.length ? [...line.f] : undefined,
  });
}

function documentFromPlainLine(
  text: string,
  index: number,
  record: DecodedMskRecord,
  context: RecordContext,
  problem: string | undefined,
  source: string,
): LogDocument {
  const parsed: ParsedLine =
    problem === undefined ? parseLine(context, text, undefined, source) : unparsed(text, problem);
  const { topic, partition, offset } = record.position;
  return buildDocument(parsed, context, {
    event_id: eventIdForPlainLine(record.position, index),
    service: parsed.service ?? record.key?.toString('utf8') ?? UNKNOWN_SERVICE,
    host: parsed.host ?? UNKNOWN_HOST,
    tags: NO_TAGS,
    source: new LineSource('kafka', `${topic}-${partition}`, undefined, index, topic, partition, offset),
    flags: undefined,
  });
}

/** Bytes a document's service and host may take: they become keys, labels and keyword terms. */
const LABEL_BYTES = 1024;

const OUT_OF_RANGE: DocumentFlag = 'timestamp_out_of_range';
/**
 * The flags of a line whose only flag is its time out of range: one array shared by every such
 * document (`flags` is read-only; `withFieldsAsText` copies it), rather than an array per line,
 * which V8 allocated straight into the old generation once most of them outlived a scavenge (an
 * array literal's allocation site is pretenured; `%InYoungGeneration` on the bench mix). Not
 * frozen: with a frozen array in it, `JSON.stringify` took about 850 ns more a document of the
 * bench mix (2,664 ns against 1,805).
 */
const ONLY_OUT_OF_RANGE: readonly DocumentFlag[] = [OUT_OF_RANGE];

const NO_TAGS: Readonly<Record<string, string>> = Object.freeze({});

/** What differs between agent lines and plain lines: identity and provenance. */
type Provenance = Pick<LogDocument, 'event_id' | 'service' | 'host' | 'tags' | 'source' | 'flags'>;

/**
 * The hot path builds each document in one of three shapes, each a class (absent properties
 * `undefined`, which JSON leaves out; why not literals is said above `LineSource`): `JSON.stringify` pays
 * for every property it visits, `undefined` or not, so the properties most lines lack (trace and
 * span ids, a learned structure, a parse error, `fields_text`) are left out of the common shapes,
 * and so is `logger` where the line named none (`commonDocument`). Few shapes keep V8's property
 * access fast. All shapes keep one order of keys, so a line is written as the same bytes whichever
 * it takes.
 */
function buildDocument(parsed: ParsedLine, context: RecordContext, provenance: Provenance): LogDocument {
  const own = parsed.timestamp;
  const believed = own !== undefined && own >= context.earliest && own <= context.latest ? own : undefined;
  let flags = provenance.flags;
  if (own !== undefined && believed === undefined) {
    flags = flags === undefined ? ONLY_OUT_OF_RANGE : [...flags, OUT_OF_RANGE];
    parsed.fields.original_timestamp = parsed.timestampText ?? String(own);
  }
  const timestamp = isoTimestamp(believed ?? context.eventTime);
  const timeSource = believed === undefined ? context.eventTimeSource : 'line';
  const named = mayNameTraceOrSpan(parsed.fields);
  const traceId = named ? traceIdOf(parsed.fields) : undefined;
  const spanId = named ? spanIdOf(parsed.fields) : undefined;
  if (
    traceId === undefined &&
    spanId === undefined &&
    parsed.structure === undefined &&
    parsed.parseError === undefined
  )
    return commonDocument(parsed, context, provenance, timestamp, timeSource, flags);
  return new FullDocument(parsed, context, provenance, timestamp, timeSource, flags, traceId, spanId);
}

/**
 * A document in one of the two common shapes: with `logger`, or without it for the many lines that
 * name none (syslog, access logs, most JSON and logfmt lines), one property fewer to visit.
 */
function commonDocument(
  parsed: ParsedLine,
  context: RecordContext,
  provenance: Provenance,
  timestamp: string,
  timeSource: TimeSource,
  flags: readonly DocumentFlag[] | undefined,
): LogDocument {
  return parsed.logger === undefined
    ? new CommonDocument(parsed, context, provenance, timestamp, timeSource, flags)
    : new LoggedDocument(parsed, context, provenance, timestamp, timeSource, flags);
}

/*
 * Documents and their `source` are made by `new`, not as object literals. V8 keeps, per literal (its
 * allocation site), a count of how many of its objects outlive a scavenge, and once most do (a
 * group holds 500 documents until it is encoded) it allocates every later one straight into the
 * old generation: there each dies and waits for a full collection, and each young string stored
 * into it is recorded by the write barrier. `new` has no such site, so its objects start young
 * and die young. On the bench mix every document and its source were allocated old when made
 * (`%InYoungGeneration`): with the flags' arrays, about 300 of the 360 bytes a line that went
 * straight into the old generation (heap space statistics between scavenges).
 * Each class assigns its properties in the order of the literal it replaced, so a line is written
 * as the same bytes. The constructors repeat the assignments they share on purpose: written once
 * in functions each calls (review77), every store there sees three shapes and turns polymorphic,
 * 1.4k-1.7k instructions a line more (ingest-instructions --predictable-gc, two runs).
 */

/** Where a line came from (`LogDocument['source']`). */
class LineSource {
  declare readonly kind: Source['kind'] | 'kafka';
  declare readonly id: string;
  declare readonly path: string | undefined;
  declare readonly offset: number;
  declare readonly topic: string;
  declare readonly partition: number;
  declare readonly kafka_offset: number;

  constructor(
    kind: Source['kind'] | 'kafka',
    id: string,
    path: string | undefined,
    offset: number,
    topic: string,
    partition: number,
    kafkaOffset: number,
  ) {
    this.kind = kind;
    this.id = id;
    this.path = path;
    this.offset = offset;
    this.topic = topic;
    this.partition = partition;
    this.kafka_offset = kafkaOffset;
  }
}

/** The common shape: no logger, trace or span id, learned structure, parse error or `fields_text`. */
class CommonDocument implements LogDocument {
  declare '@timestamp': string;
  declare time_source: TimeSource;
  declare event_id: string;
  declare level: Level | undefined;
  declare service: string;
  declare host: string;
  declare message: string;
  declare message_words: string | undefined;
  declare pattern_id: string | undefined;
  declare pattern: string | undefined;
  declare format: string;
  declare source: LogDocument['source'];
  declare fields: Record<string, unknown>;
  declare tags: Readonly<Record<string, string>>;
  declare ingested_at: string;
  declare parse_failed: boolean;
  declare flags: readonly DocumentFlag[] | undefined;

  constructor(
    parsed: ParsedLine,
    context: RecordContext,
    provenance: Provenance,
    timestamp: string,
    timeSource: TimeSource,
    flags: readonly DocumentFlag[] | undefined,
  ) {
    this['@timestamp'] = timestamp;
    this.time_source = timeSource;
    this.event_id = provenance.event_id;
    this.level = parsed.level;
    this.service = boundedLabel(provenance.service);
    this.host = boundedLabel(provenance.host);
    this.message = parsed.message;
    this.message_words = identifierWords(parsed.message) || undefined;
    this.pattern_id = undefined;
    this.pattern = undefined;
    this.format = parsed.format;
    this.source = provenance.source;
    this.fields = parsed.fields;
    this.tags = provenance.tags;
    this.ingested_at = context.ingestedAt;
    this.parse_failed = parsed.parseFailed;
    this.flags = flags;
  }
}

/** The common shape with the line's `logger`, after `pattern`. */
class LoggedDocument implements LogDocument {
  declare '@timestamp': string;
  declare time_source: TimeSource;
  declare event_id: string;
  declare level: Level | undefined;
  declare service: string;
  declare host: string;
  declare message: string;
  declare message_words: string | undefined;
  declare pattern_id: string | undefined;
  declare pattern: string | undefined;
  declare logger: string | undefined;
  declare format: string;
  declare source: LogDocument['source'];
  declare fields: Record<string, unknown>;
  declare tags: Readonly<Record<string, string>>;
  declare ingested_at: string;
  declare parse_failed: boolean;
  declare flags: readonly DocumentFlag[] | undefined;

  constructor(
    parsed: ParsedLine,
    context: RecordContext,
    provenance: Provenance,
    timestamp: string,
    timeSource: TimeSource,
    flags: readonly DocumentFlag[] | undefined,
  ) {
    this['@timestamp'] = timestamp;
    this.time_source = timeSource;
    this.event_id = provenance.event_id;
    this.level = parsed.level;
    this.service = boundedLabel(provenance.service);
    this.host = boundedLabel(provenance.host);
    this.message = parsed.message;
    this.message_words = identifierWords(parsed.message) || undefined;
    this.pattern_id = undefined;
    this.pattern = undefined;
    this.logger = parsed.logger;
    this.format = parsed.format;
    this.source = provenance.source;
    this.fields = parsed.fields;
    this.tags = provenance.tags;
    this.ingested_at = context.ingestedAt;
    this.parse_failed = parsed.parseFailed;
    this.flags = flags;
  }
}

/** Every property: a line naming a trace or span id, read by a learned structure, or with a parse error. */
class FullDocument implements LogDocument {
  declare '@timestamp': string;
  declare time_source: TimeSource;
  declare event_id: string;
  declare level: Level | undefined;
  declare service: string;
  declare host: string;
  declare message: string;
  declare message_words: string | undefined;
  declare pattern_id: string | undefined;
  declare pattern: string | undefined;
  declare logger: string | undefined;
  declare trace_id: string | undefined;
  declare span_id: string | undefined;
  declare format: string;
  declare parse_structure: string | undefined;
  declare source: LogDocument['source'];
  declare fields: Record<string, unknown>;
  declare fields_text: string | undefined;
  declare tags: Readonly<Record<string, string>>;
  declare ingested_at: string;
  declare parse_failed: boolean;
  declare parse_error: string | undefined;
  declare flags: readonly DocumentFlag[] | undefined;

  constructor(
    parsed: ParsedLine,
    context: RecordContext,
    provenance: Provenance,
    timestamp: string,
    timeSource: TimeSource,
    flags: readonly DocumentFlag[] | undefined,
    traceId: string | undefined,
    spanId: string | undefined,
  ) {
    this['@timestamp'] = timestamp;
    this.time_source = timeSource;
    this.event_id = provenance.event_id;
    this.level = parsed.level;
    this.service = boundedLabel(provenance.service);
    this.host = boundedLabel(provenance.host);
    this.message = parsed.message;
    this.message_words = identifierWords(parsed.message) || undefined;
    this.pattern_id = undefined;
    this.pattern = undefined;
    this.logger = parsed.logger;
    this.trace_id = traceId;
    this.span_id = spanId;
    this.format = parsed.format;
    this.parse_structure = parsed.structure;
    this.source = provenance.source;
    this.fields = parsed.fields;
    this.fields_text = undefined;
    this.tags = provenance.tags;
    this.ingested_at = context.ingestedAt;
    this.parse_failed = parsed.parseFailed;
    this.parse_error = parsed.parseError;
    this.flags = flags;
  }
}

/**
 * `boundedKeyPart(value, LABEL_BYTES)`, remembered for the last two values: a record's lines
 * share their service and host, and the check for lone surrogates is a regex test per value.
 */
function boundedLabel(value: string): string {
  if (value === labels[0]) return labels[1];
  if (value === labels[2]) return labels[3];
  const label = boundedKeyPart(value, LABEL_BYTES);
  labels[2] = labels[0];
  labels[3] = labels[1];
  labels[0] = value;
  labels[1] = label;
  return label;
}

/** The last two values `boundedLabel` bounded and their labels: value, label, older value, its label. */
const labels: [string, string, string, string] = ['', '', '', ''];

/**
 * The W3C trace id (32 hex digits) among a line's parsed fields (`trace_id`, `traceId`, dotted
 * `trace.id` or ECS-nested `trace: {id}`, first match in that order), lowercase. A hot path: the
 * keys are named, not looped over, so each lookup stays a named property load.
 */
export const traceIdOf = (fields: Record<string, unknown>): string | undefined =>
  hexId(fields.trace_id, 32) ??
  hexId(fields.traceId, 32) ??
  hexId(fields['trace.id'] ?? idOf(fields.trace), 32);

/**
 * False when no key of `fields` can name a trace or span id: every key `traceIdOf` reads begins with
 * `t`, every key `spanIdOf` reads with `s`. One walk over the keys (for…in, the inherited enumerable
 * ones too) spares most lines the eight named look-ups, each a megamorphic load on the many shapes
 * of parsed fields (about 0.6k instructions a line); a parser writes its fields enumerable
 * (`putField` too), so a key the walk misses is one no look-up would find.
 */
function mayNameTraceOrSpan(fields: Record<string, unknown>): boolean {
  for (const key in fields) {
    const first = key.charCodeAt(0);
    if (first === 116 || first === 115) return true;
  }
  return false;
}

/** The span id (16 hex digits) among a line's parsed fields, as `traceIdOf` finds the trace id. */
export const spanIdOf = (fields: Record<string, unknown>): string | undefined =>
  hexId(fields.span_id, 16) ?? hexId(fields.spanId, 16) ?? hexId(fields['span.id'] ?? idOf(fields.span), 16);

/** The `id` of an ECS-nested object (`trace: {id: …}`). */
function idOf(nested: unknown): unknown {
  return typeof nested === 'object' && nested !== null ? (nested as { id?: unknown }).id : undefined;
}

/** `value` lowercase when it is `digits` hex digits. */
function hexId(value: unknown, digits: number): string | undefined {
  return typeof value === 'string' && value.length === digits && /^[0-9a-fA-F]+$/.test(value)
    ? value.toLowerCase()
    : undefined;
}

/** The document with its parsed fields moved into `fields_text`, for when OpenSearch rejected them. */
export function withFieldsAsText(document: LogDocument): LogDocument {
  const { fields, ...rest } = document;
  return {
    ...rest,
    fields: {},
    fields_text: JSON.stringify(fields),
    flags: [...(document.flags ?? []), 'fields_as_text'],
  };
}

/** Daily index for a document: `<prefix>-YYYY.MM.DD` of its event time (UTC). */
export function dailyIndexName(prefix: string, timestamp: string): string {
  // A hot path (once per line), and a batch's lines fall on few days: names are remembered, and
  // the last one is checked first without slicing the timestamp.
  if (prefix === last.prefix && timestamp.startsWith(last.day)) return last.name;
  let byDay = indexNames.get(prefix);
  if (byDay === undefined) {
    if (indexNames.size >= MAX_CACHED_NAMES) indexNames.clear();
    byDay = new Map();
    indexNames.set(prefix, byDay);
  }
  const day = timestamp.slice(0, 10);
  let name = byDay.get(day);
  if (name === undefined) {
    if (byDay.size >= MAX_CACHED_NAMES) byDay.clear();
    name = `${prefix}-${day.replaceAll('-', '.')}`;
    byDay.set(day, name);
  }
  last = { prefix, day, name };
  return name;
}

let last = { prefix: '', day: '\u0000', name: '' };

const MAX_CACHED_NAMES = 1000;
const indexNames = new Map<string, Map<string, string>>();
