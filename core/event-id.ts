import { createHash } from 'node:crypto';
import type { RecordPosition, Source } from './wire.ts';

/**
 * Deterministic event ids. The OpenSearch `_id` is this id, and writes are `create`s, so a
 * redelivered Kafka batch or a line the agent re-sends after a crash finds its document already
 * indexed instead of duplicating it.
 *
 * An id is a 128-bit digest of where the line comes from (host and source id, or Kafka topic and
 * partition) followed by its exact position there in base 36: unique, short, and cheap, because
 * the digest is computed once per source rather than once per line.
 */
export function eventIdForLine(source: Pick<Source, 'host' | 'id'>, offset: number): string {
  return eventIdAt(lineIdPrefix(source), offset);
}

/** The id prefix of every line of one source: compute it once per chunk, then `eventIdAt` per line. */
export function lineIdPrefix(source: Pick<Source, 'host' | 'id'>): string {
  return sourcePrefix(`a\u0000${source.host}\u0000${source.id}`);
}

export function eventIdAt(prefix: string, offset: number): string {
  return `${prefix}.${offset.toString(36)}`;
}

/** Id for line `index` of a plain-text record that another producer wrote to Kafka. */
export function eventIdForPlainLine(position: RecordPosition, index: number): string {
  const prefix = sourcePrefix(`k\u0000${position.topic}\u0000${position.partition}`);
  return `${prefix}.${position.offset.toString(36)}.${index.toString(36)}`;
}

const MAX_CACHED_SOURCES = 10_000;
const prefixes = new Map<string, string>();

function sourcePrefix(key: string): string {
  let prefix = prefixes.get(key);
  if (prefix === undefined) {
    if (prefixes.size >= MAX_CACHED_SOURCES) prefixes.clear();
    prefix = createHash('sha256').update(key).digest('base64url').slice(0, 22);
    prefixes.set(key, prefix);
  }
  return prefix;
}
