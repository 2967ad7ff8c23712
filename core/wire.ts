/**
 * The agent → Kafka wire format.
 *
 * One Kafka record carries a chunk of consecutive lines from one source, so the per-record
 * overhead (headers, key, framing, base64 in the Lambda event) is paid once per chunk rather
 * than once per line. Records are keyed by the source id so each source stays ordered on
 * one partition. Producers other than the agent may write plain text; see `decodeLogRecord`.
 */

import { hasControl, NODE_ID_MAX_CHARS, textLength } from './input-text.ts';

export const WIRE_SCHEMA_VERSION = 1;
/** Header that marks a record as Logward's wire format (value: `application/vnd.logward.v1+json`). */
export const CONTENT_TYPE_HEADER = 'content-type';
export const WIRE_CONTENT_TYPE = 'application/vnd.logward.v1+json';

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

export interface WireChunk {
  readonly v: typeof WIRE_SCHEMA_VERSION;
  readonly src: Source;
  /** Agent wall-clock time when the chunk was built, epoch milliseconds. */
  readonly t: number;
  readonly lines: readonly WireLine[];
}

export function encodeChunk(chunk: WireChunk): Buffer {
  return Buffer.from(JSON.stringify(chunk), 'utf8');
}

/** Kafka coordinates of a record, used as provenance for plain-text producers. */
export interface RecordPosition {
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
}

export type DecodedRecord =
  | { readonly kind: 'chunk'; readonly chunk: WireChunk }
  | { readonly kind: 'plain'; readonly lines: readonly string[] }
  | { readonly kind: 'invalid'; readonly reason: string; readonly raw: string };

/**
 * Decodes one record value. A value marked with the wire content type (or that looks like a
 * chunk) must be a valid chunk, otherwise it is `invalid` with a reason; anything else is
 * plain text from another producer, split into lines. Never throws.
 */
export function decodeLogRecord(value: Buffer, contentType?: string): DecodedRecord {
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
  const src = c.src as Record<string, unknown> | undefined;
  if (typeof src !== 'object' || src === null) return 'src: expected an object';
  if (typeof src.host !== 'string' || typeof src.id !== 'string')
    return 'src.host and src.id: expected strings';
  if (typeof c.t !== 'number') return 't: expected epoch milliseconds';
  if (!Array.isArray(c.lines)) return 'lines: expected an array';
  for (const [i, line] of c.lines.entries()) {
    const l = line as Record<string, unknown>;
    if (typeof l?.o !== 'number' || typeof l.m !== 'string')
      return `lines[${i}]: expected {o: number, m: string}`;
  }
  return undefined;
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
  if (typeof h.nodeId !== 'string' || h.nodeId === '')
    return { ok: false, reason: 'nodeId: expected a string' };
  // The node id is a key in the nodes table, alert fingerprints and the API's paths.
  if (textLength(h.nodeId) > NODE_ID_MAX_CHARS || hasControl(h.nodeId))
    return {
      ok: false,
      reason: `nodeId: expected at most ${NODE_ID_MAX_CHARS} characters without control characters`,
    };
  if (typeof h.host !== 'string') return { ok: false, reason: 'host: expected a string' };
  if (typeof h.sentAt !== 'number') return { ok: false, reason: 'sentAt: expected epoch milliseconds' };
  if (h.type === 'app' && (typeof h.app !== 'string' || h.app === ''))
    return { ok: false, reason: 'app: expected a string' };
  if (h.type === 'agent' && !Array.isArray(h.inputs))
    return { ok: false, reason: 'inputs: expected an array' };
  return { ok: true, heartbeat: parsed as Heartbeat };
}
