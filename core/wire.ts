/**
 * The agent → Kafka wire format.
 *
 * One Kafka record carries a chunk of consecutive lines from one source, so the per-record
 * overhead (headers, key, framing, base64 in the Lambda event) is paid once per chunk rather
 * than once per line. Records are keyed by the source id so each source stays ordered on
 * one partition. Producers other than the agent may write plain text; see `decodeLogRecord`.
 */

import { isUtf8 } from 'node:buffer';
import { ID_RULE, isId } from './input-text.ts';

export const WIRE_SCHEMA_VERSION = 1;
/** Header that marks a record as Logward's wire format (value: `application/vnd.logward.v1+json`). */
export const CONTENT_TYPE_HEADER = 'content-type';
export const WIRE_CONTENT_TYPE = 'application/vnd.logward.v1+json';
/**
 * The raw-body format (v2) of file inputs: a JSON header line, then the file's bytes as read.
 * See `encodeRawBodyChunk`.
 */
export const RAW_BODY_SCHEMA_VERSION = 2;
export const RAW_BODY_CONTENT_TYPE = 'application/vnd.logward.v2';
/** Every log-record content type Logward's agents use starts with this; an unknown one is refused. */
const LOGWARD_LOG_TYPE_PREFIX = 'application/vnd.logward.v';

/** Where a chunk of lines came from. */
export interface Source {
  /** Host name the agent runs on. */
  readonly host: string;
  /** Stable source identity: for files, device+inode plus a fingerprint of the first bytes. */
  readonly id: string;
  /** Kind of input that produced the lines. */
  readonly kind: 'file' | 'stdin' | 'http';
  /** File path, when kind is `file`. */
  readonly path?: string;
  /** Service name configured for the input. */
  readonly service?: string;
  /** Free-form tags configured for the input. */
  readonly tags?: Readonly<Record<string, string>>;
}

/** Flags a line may carry when the agent had to alter it. */
export type LineFlag = 'truncated' | 'invalid_utf8' | 'multiline';

export interface WireLine {
  /** Byte offset of the line's first byte in its source (or a sequence number for streams). */
  readonly o: number;
  /** The line's text, without its terminator. */
  readonly m: string;
  /** Flags, omitted when empty. */
  readonly f?: readonly LineFlag[];
}

/** A chunk as decoded: v2 (raw-body) records decode into the same lines a v1 record carries. */
export interface WireChunk {
  readonly v: typeof WIRE_SCHEMA_VERSION | typeof RAW_BODY_SCHEMA_VERSION;
  readonly src: Source;
  /** Agent wall-clock time when the chunk was built, epoch milliseconds. */
  readonly t: number;
  readonly lines: readonly WireLine[];
}

export function encodeChunk(chunk: WireChunk): Buffer {
  return Buffer.from(JSON.stringify(chunk), 'utf8');
}

/**
 * The header line of a v2 (raw-body) record. The body after it is a file's bytes exactly as read,
 * from byte offset `o`, cut into consecutive events of `n[i]` bytes. Each event ends with its
 * terminator (`\n` or `\r\n`); an event of several lines (a multiline event) holds their
 * terminators too. Event `i` starts at file offset `o + n[0] + … + n[i-1]`.
 */
export interface RawBodyHeader {
  readonly v: typeof RAW_BODY_SCHEMA_VERSION;
  readonly src: Source;
  /** Agent wall-clock time when the chunk was built, epoch milliseconds. */
  readonly t: number;
  /** File byte offset of the body's first byte. */
  readonly o: number;
  /** Byte length of each event, terminators included. */
  readonly n: readonly number[];
}

/** `header` as its JSON line, then `body`. The agent's builder writes the same bytes incrementally. */
export function encodeRawBodyChunk(header: RawBodyHeader, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), body]);
}

/** Kafka coordinates of a record, used as provenance for plain-text producers. */
export interface RecordPosition {
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
}

export type DecodedRecord = { readonly kind: 'chunk'; readonly chunk: WireChunk } | PlainOrInvalidRecord;

type PlainOrInvalidRecord =
  | { readonly kind: 'plain'; readonly lines: readonly string[] }
  | { readonly kind: 'invalid'; readonly reason: string; readonly raw: string };

/**
 * A chunk whose lines are read one by one, each time `lines` is iterated: a v2 record's events are
 * cut from its body as they are read, so a record of many tiny events never stands in memory as
 * that many objects at once.
 */
export interface ChunkReader extends Omit<WireChunk, 'lines'> {
  readonly lines: Iterable<WireLine>;
}

export type RecordReader = { readonly kind: 'chunk'; readonly chunk: ChunkReader } | PlainOrInvalidRecord;

/** `readLogRecord` with every line of a chunk read at once, for callers that hold a record whole. */
export function decodeLogRecord(value: Buffer, contentType?: string): DecodedRecord {
  const read = readLogRecord(value, contentType);
  return read.kind === 'chunk'
    ? { kind: 'chunk', chunk: { ...read.chunk, lines: [...read.chunk.lines] } }
    : read;
}

/**
 * Reads one record value. A value marked with a wire content type (or that looks like a
 * chunk) must be a valid chunk, otherwise it is `invalid` with a reason; a value marked with a
 * Logward log type this code does not know (a newer agent's) is `invalid` too, never read as
 * text. Anything else is plain text from another producer, split into lines. A chunk is checked
 * whole before any of its lines is read. Never throws.
 */
export function readLogRecord(value: Buffer, contentType?: string): RecordReader {
  const logwardType = contentType?.startsWith(LOGWARD_LOG_TYPE_PREFIX) === true;
  const rawBody = contentType === RAW_BODY_CONTENT_TYPE;
  if (rawBody || (!logwardType && startsWith(value, RAW_BODY_MARK))) {
    const decoded = decodeRawBody(value);
    // Unmarked, it may be another producer's text that happens to start alike, as with v1.
    if (rawBody || decoded.kind === 'chunk') return decoded;
  }
  if (logwardType && !rawBody && contentType !== WIRE_CONTENT_TYPE)
    return {
      kind: 'invalid',
      reason: `unsupported content type ${JSON.stringify(contentType)}: this ingest reads ${WIRE_CONTENT_TYPE} and ${RAW_BODY_CONTENT_TYPE}`,
      raw: value.toString('utf8'),
    };
  const text = value.toString('utf8');
  const marked = contentType === WIRE_CONTENT_TYPE;
  if (marked || text.startsWith('{"v":')) {
    const parsed = tryParseJson(text);
    const problem = parsed === undefined ? 'value is not valid JSON' : chunkProblem(parsed);
    if (problem === undefined) return { kind: 'chunk', chunk: parsed as WireChunk };
    if (marked) return { kind: 'invalid', reason: problem, raw: text };
  }
  return { kind: 'plain', lines: splitLines(text) };
}

const RAW_BODY_MARK = Buffer.from(`{"v":${RAW_BODY_SCHEMA_VERSION},`);
const NEWLINE = 0x0a;
const MULTILINE: readonly LineFlag[] = Object.freeze(['multiline']);

function startsWith(value: Buffer, prefix: Buffer): boolean {
  return value.length >= prefix.length && value.compare(prefix, 0, prefix.length, 0, prefix.length) === 0;
}

/**
 * A v2 record as the lines the same events make in a v1 record, read lazily once the whole record
 * is checked; `invalid` with the field at fault.
 */
function decodeRawBody(value: Buffer): RecordReader {
  const invalid = (reason: string): RecordReader => ({
    kind: 'invalid',
    reason,
    raw: value.toString('utf8'),
  });
  const headerEnd = value.indexOf(NEWLINE);
  if (headerEnd === -1) return invalid('header: expected a JSON line ended by a newline before the body');
  const header = tryParseJson(value.toString('utf8', 0, headerEnd));
  const problem = header === undefined ? 'header: not valid JSON' : rawBodyHeaderProblem(header);
  if (problem !== undefined) return invalid(problem);
  const { src, t, o, n } = header as RawBodyHeader;
  const bodyStart = headerEnd + 1;
  let total = 0;
  for (const length of n) total += length;
  if (total !== value.length - bodyStart)
    return invalid(
      `header.n: the event lengths add up to ${total} bytes, the body has ${value.length - bodyStart}`,
    );
  // Each event's offset becomes its event id: past 2^53 two offsets would be one number.
  if (!isOffset(o + total)) return invalid('header.o: the events end past 2^53 - 1 bytes');
  // Every event ends with a newline, which no UTF-8 sequence spans: a valid body cuts into valid events.
  if (!isUtf8(value.subarray(bodyStart))) return invalid('body: not valid UTF-8');
  let end = bodyStart;
  for (let i = 0; i < n.length; i++) {
    end += n[i] as number;
    if (value[end - 1] !== NEWLINE) return invalid(`header.n[${i}]: the event does not end with a newline`);
  }
  const lines = { [Symbol.iterator]: () => rawBodyLines(value, bodyStart, o, n) };
  return { kind: 'chunk', chunk: { v: RAW_BODY_SCHEMA_VERSION, src, t, lines } };
}

/** The events of a checked v2 body, one line each. */
function* rawBodyLines(
  value: Buffer,
  bodyStart: number,
  o: number,
  n: readonly number[],
): Generator<WireLine> {
  let start = bodyStart;
  for (const length of n) {
    const end = start + length;
    const textEnd = end >= start + 2 && value[end - 2] === CARRIAGE_RETURN ? end - 2 : end - 1;
    const text = value.toString('utf8', start, textEnd);
    const offset = o + (start - bodyStart);
    // The lines of a multiline event are joined by \n, each without its \r, as in v1.
    yield text.includes('\n')
      ? { o: offset, m: text.replaceAll('\r\n', '\n'), f: MULTILINE }
      : { o: offset, m: text };
    start = end;
  }
}

const CARRIAGE_RETURN = 0x0d;

function rawBodyHeaderProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'header: not a JSON object';
  const h = value as Record<string, unknown>;
  if (h.v !== RAW_BODY_SCHEMA_VERSION)
    return `header.v: unsupported schema version ${JSON.stringify(h.v)}, expected ${RAW_BODY_SCHEMA_VERSION}`;
  const envelope = envelopeProblem(h, 'header.');
  if (envelope !== undefined) return envelope;
  if (!isOffset(h.o)) return 'header.o: expected a non-negative integer byte offset';
  if (!Array.isArray(h.n)) return 'header.n: expected an array of event lengths';
  for (const [i, length] of h.n.entries())
    if (!isOffset(length) || length === 0) return `header.n[${i}]: expected a positive integer byte length`;
  return undefined;
}

/** The source and time every chunk carries, v1 and v2 alike; `path` names where they sit. */
function envelopeProblem(fields: Record<string, unknown>, path: string): string | undefined {
  const src = fields.src as Record<string, unknown> | undefined;
  if (typeof src !== 'object' || src === null) return `${path}src: expected an object`;
  const problem = sourceProblem(src, `${path}src.`);
  if (problem !== undefined) return problem;
  if (typeof fields.t !== 'number') return `${path}t: expected epoch milliseconds`;
  return undefined;
}

const SOURCE_KINDS: ReadonlySet<unknown> = new Set<Source['kind']>(['file', 'stdin', 'http']);
/** Linux's PATH_MAX: every file path the agent can open fits. */
export const SOURCE_PATH_MAX_BYTES = 4096;
/**
 * Bytes a source's tags may take as JSON. The agent's configuration allows half, leaving the rest
 * for the pod metadata a kubernetes input adds.
 */
export const SOURCE_TAGS_MAX_BYTES = 8192;

/**
 * Every line's document repeats its record's source, so each field is bounded: a record of many
 * lines would otherwise multiply a large one into every document and `_bulk` request. The host and
 * source id become the event id, `host` and `source.id`, and the service a key of counters and
 * alerts: they are ids (`isId`).
 */
function sourceProblem(src: Record<string, unknown>, at: string): string | undefined {
  for (const field of ['host', 'id'] as const)
    if (!isId(src[field])) return `${at}${field}: expected a string of ${ID_RULE}`;
  if (!SOURCE_KINDS.has(src.kind)) return `${at}kind: expected "file", "stdin" or "http"`;
  if (src.service !== undefined && !isId(src.service)) return `${at}service: expected a string of ${ID_RULE}`;
  if (
    src.path !== undefined &&
    (typeof src.path !== 'string' || Buffer.byteLength(src.path) > SOURCE_PATH_MAX_BYTES)
  )
    return `${at}path: expected a string of at most ${SOURCE_PATH_MAX_BYTES} bytes`;
  if (src.tags !== undefined && !areTags(src.tags))
    return `${at}tags: expected an object of strings, at most ${SOURCE_TAGS_MAX_BYTES} bytes as JSON`;
  return undefined;
}

function areTags(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const tag of Object.values(value)) if (typeof tag !== 'string') return false;
  return Buffer.byteLength(JSON.stringify(value)) <= SOURCE_TAGS_MAX_BYTES;
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function chunkProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'value is not a JSON object';
  const c = value as Record<string, unknown>;
  if (c.v !== WIRE_SCHEMA_VERSION)
    return `unsupported schema version ${JSON.stringify(c.v)}, expected ${WIRE_SCHEMA_VERSION}`;
  const envelope = envelopeProblem(c, '');
  if (envelope !== undefined) return envelope;
  if (!Array.isArray(c.lines)) return 'lines: expected an array';
  // Indexed, not `entries()`: once per line of every chunk, the iterator's pair cost 10–25 ns a line.
  const lines: unknown[] = c.lines;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Record<string, unknown>;
    if (typeof l?.o !== 'number' || typeof l.m !== 'string')
      return `lines[${i}]: expected {o: number, m: string}`;
    // The offset becomes the line's event id, and each flag a keyword of its document.
    if (!isOffset(l.o)) return `lines[${i}].o: expected a non-negative integer offset`;
    if (l.f !== undefined && !areFlagNames(l.f))
      return `lines[${i}].f: expected an array of flag names (strings of at most ${FLAG_NAME_MAX_CHARS} characters)`;
  }
  return undefined;
}

/** Longer than any flag a Logward agent writes, so a newer agent's flags still read. */
const FLAG_NAME_MAX_CHARS = 64;

function areFlagNames(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const flag of value) if (typeof flag !== 'string' || flag.length > FLAG_NAME_MAX_CHARS) return false;
  return true;
}

/*
 * Heartbeats (agent → `heartbeats` topic). One record per heartbeat, keyed by node id, with the
 * header `content-type: application/vnd.logward.heartbeat.v1+json`. The monitor judges liveness
 * by the time it received a heartbeat, never by `sentAt` (a server's clock may be wrong).
 */

export const HEARTBEAT_CONTENT_TYPE = 'application/vnd.logward.heartbeat.v1+json';

/** Progress of one input source as the agent reports it. */
export interface HeartbeatInput {
  readonly kind: 'file' | 'stdin' | 'http';
  /** Source id (the same id the log lines carry). */
  readonly id: string;
  readonly path?: string;
  /** Position in the current file (or spool) up to which Kafka has acknowledged; resets on rotation. */
  readonly ackedOffset: number;
  /** Current size of the file or spool. */
  readonly size: number;
  /** `size - ackedOffset`: bytes not yet safely in Kafka. */
  readonly lagBytes: number;
  /** Age of the oldest record sent and not yet acknowledged, milliseconds (0 when none). */
  readonly oldestUnackedMs: number;
  readonly errors: number;
}

/** Sent by every agent every `heartbeat.interval_s` seconds. */
export interface AgentHeartbeat {
  readonly v: 1;
  readonly type: 'agent';
  readonly nodeId: string;
  readonly host: string;
  readonly agentVersion: string;
  /** Hash of the agent's effective configuration: differing hashes reveal configuration drift. */
  readonly configHash: string;
  /** Agent wall-clock time, epoch milliseconds (informational only). */
  readonly sentAt: number;
  readonly uptimeSeconds: number;
  /** Increments per heartbeat since the agent started. */
  readonly seq: number;
  /** Configured heartbeat interval, so the monitor can tell "late" from "down". */
  readonly intervalSeconds: number;
  readonly inputs: readonly HeartbeatInput[];
  readonly kafka: {
    readonly bufferedBytes: number;
    readonly sendErrors: number;
    readonly consecutiveFailures: number;
    /**
     * While sends fail: `authentication` (credentials refused), `authorization` (a topic or the
     * cluster denied by ACL or IAM policy) or `unavailable` (network, broker outage).
     */
    readonly failure?: 'authentication' | 'authorization' | 'unavailable';
  };
  /** True while inputs are paused because Kafka is behind. */
  readonly paused: boolean;
}

/**
 * Posted by an application to the agent's loopback HTTP input and forwarded. `nodeId` is the
 * agent's; the app is monitored as its own node, `<nodeId>/<app>` (`appNodeId`).
 */
export interface AppHeartbeat {
  readonly v: 1;
  readonly type: 'app';
  readonly nodeId: string;
  readonly host: string;
  /** Application name. */
  readonly app: string;
  readonly status?: string;
  /** The app's own heartbeat interval, when it said. */
  readonly intervalSeconds?: number;
  readonly sentAt: number;
  readonly details?: Readonly<Record<string, string>>;
}

export type Heartbeat = AgentHeartbeat | AppHeartbeat;

/** The node an app heartbeat stands for: its own, beside (never over) its agent's node. */
export function appNodeId(agentNodeId: string, app: string): string {
  return `${agentNodeId}/${app}`;
}

export function encodeHeartbeat(heartbeat: Heartbeat): Buffer {
  return Buffer.from(JSON.stringify(heartbeat), 'utf8');
}

/** Decodes a heartbeat record value; never throws. */
export function decodeHeartbeat(
  value: Buffer,
): { readonly ok: true; readonly heartbeat: Heartbeat } | { readonly ok: false; readonly reason: string } {
  const parsed = tryParseJson(value.toString('utf8'));
  if (typeof parsed !== 'object' || parsed === null)
    return { ok: false, reason: 'value is not a JSON object' };
  const h = parsed as Record<string, unknown>;
  if (h.v !== 1)
    return { ok: false, reason: `unsupported heartbeat version ${JSON.stringify(h.v)}, expected 1` };
  if (h.type !== 'agent' && h.type !== 'app') return { ok: false, reason: 'type: expected "agent" or "app"' };
  // The node id is a key in the nodes table, alert fingerprints and the API's paths.
  if (!isId(h.nodeId)) return { ok: false, reason: `nodeId: expected a string of ${ID_RULE}` };
  if (typeof h.host !== 'string') return { ok: false, reason: 'host: expected a string' };
  if (typeof h.sentAt !== 'number') return { ok: false, reason: 'sentAt: expected epoch milliseconds' };
  if (h.type === 'app' && (typeof h.app !== 'string' || h.app === ''))
    return { ok: false, reason: 'app: expected a string' };
  if (h.type === 'agent' && !Array.isArray(h.inputs))
    return { ok: false, reason: 'inputs: expected an array' };
  return { ok: true, heartbeat: parsed as Heartbeat };
}
