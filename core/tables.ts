/**
 * Logward's DynamoDB tables: one definition shared by the CDK stack and the local bootstrap.
 * Keys are strings; `expiresAt` (epoch seconds) is the TTL attribute where data expires.
 * Documented for users in docs/schema.md.
 */
import { createHash } from 'node:crypto';

export interface TableDefinition {
  /** Logical name; the physical name comes from the stack (env var `envVar`) or the local prefix. */
  readonly name: string;
  readonly partitionKey: string;
  readonly sortKey?: string;
  /** TTL attribute, when items expire. */
  readonly ttlAttribute?: string;
  /** Environment variable through which handlers learn the physical table name. */
  readonly envVar: string;
  readonly purpose: string;
}

export const TTL_ATTRIBUTE = 'expiresAt';

export const TABLES = {
  nodes: {
    name: 'nodes',
    partitionKey: 'nodeId',
    envVar: 'NODES_TABLE',
    purpose: 'one item per agent node: last heartbeat (receive time), reported details, liveness state',
  },
  counters: {
    name: 'counters',
    partitionKey: 'pk',
    sortKey: 'sk',
    ttlAttribute: TTL_ATTRIBUTE,
    envVar: 'COUNTERS_TABLE',
    purpose: 'per-minute event counts by service and level, and rule-evaluation counters',
  },
  alerts: {
    name: 'alerts',
    partitionKey: 'pk',
    sortKey: 'sk',
    ttlAttribute: TTL_ATTRIBUTE,
    envVar: 'ALERTS_TABLE',
    purpose: 'rules, alert state and outbox (conditional writes), silences and alert history',
  },
  patterns: {
    name: 'patterns',
    partitionKey: 'pk',
    sortKey: 'sk',
    ttlAttribute: TTL_ATTRIBUTE,
    envVar: 'PATTERNS_TABLE',
    purpose:
      'the pattern registry: per service, each log pattern with first/last seen, counts, bytes and sample values; and the drop and sample rules',
  },
} as const satisfies Record<string, TableDefinition>;

/** What DynamoDB accepts in a key, in UTF-8 bytes: partition keys 2,048, sort keys 1,024. */
export const KEY_LIMIT_BYTES = { partition: 2048, sort: 1024 } as const;

/** Bytes a data-derived part of a key may take (a service, a node id, a group key). */
export const KEY_PART_BYTES = 256;

const HASH_SUFFIX_BYTES = 17;

/**
 * `value` made fit `maxBytes` of UTF-8, for a key or a label that comes from data: unchanged when
 * it fits, else the longest prefix of whole characters that fits with `~` and 16 hex digits of
 * the value's SHA-256 after it, so two long values never share a key and the key stays readable.
 * Applying it twice changes nothing.
 */
export function boundedKeyPart(value: string, maxBytes: number = KEY_PART_BYTES): string {
  if (maxBytes < HASH_SUFFIX_BYTES + 4)
    throw new RangeError(`maxBytes: expected at least 21, got ${maxBytes}`);
  const wellFormed = !LONE_SURROGATE.test(value);
  if (wellFormed && (value.length * 3 <= maxBytes || Buffer.byteLength(value) <= maxBytes)) return value;
  const text = wellFormed ? value : value.replace(LONE_SURROGATES, '\uFFFD');
  const { read } = new TextEncoder().encodeInto(text, new Uint8Array(maxBytes - HASH_SUFFIX_BYTES));
  const digest = createHash('sha256').update(value).digest('hex').slice(0, 16);
  return `${text.slice(0, read)}~${digest}`;
}

/** A UTF-16 surrogate not part of a pair, which UTF-8 cannot encode (with `u`, a pair is one code point). */
const LONE_SURROGATE = /\p{Surrogate}/u;
const LONE_SURROGATES = /\p{Surrogate}/gu;
