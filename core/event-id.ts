import { createHash } from 'node:crypto';
import type { RecordPosition, Source } from './wire.ts';

/**
 * Deterministic event ids. The OpenSearch `_id` is this id, so a redelivered Kafka batch or a
 * line the agent re-sends after a crash overwrites its document instead of duplicating it.
 */
export function eventIdForLine(source: Pick<Source, 'host' | 'id'>, offset: number): string {
  return digest(`a\u0000${source.host}\u0000${source.id}\u0000${offset}`);
}

/** Id for line `index` of a plain-text record that another producer wrote to Kafka. */
export function eventIdForPlainLine(position: RecordPosition, index: number): string {
  return digest(`k\u0000${position.topic}\u0000${position.partition}\u0000${position.offset}\u0000${index}`);
}

function digest(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 27);
}
