/**
 * Dead letters: Kafka records that could not be ingested, kept with the reason so nothing
 * vanishes and a replay can bring them back. A dead letter holds an MSK event of just the
 * records concerned, so replaying one is invoking the ingest handler with it.
 */
import type { MSKEvent, MSKRecord } from 'aws-lambda';
import type { RecordPosition } from './wire.ts';

export const DEAD_LETTER_VERSION = 1;

export interface DeadLetter {
  readonly v: typeof DEAD_LETTER_VERSION;
  /**
   * `ingest`: the ingest handler set these records aside (they could not be indexed, or their
   * batch failed its last attempt); `event-source`: AWS's event source mapping gave the batch up.
   */
  readonly stage: 'ingest' | 'event-source';
  readonly failedAt: string;
  readonly reasons: ReadonlyArray<RecordPosition & { readonly reason: string }>;
  readonly event: MSKEvent;
}

export function positionKey(position: RecordPosition): string {
  return `${position.topic}-${position.partition}@${position.offset}`;
}

/** A dead letter of the records of `event` named in `reasons` (by `positionKey`). */
export function deadLetterForRecords(
  event: MSKEvent,
  reasons: ReadonlyMap<string, string>,
  stage: DeadLetter['stage'],
  now: number,
): DeadLetter {
  const records: Record<string, MSKRecord[]> = {};
  const listed: Array<RecordPosition & { reason: string }> = [];
  for (const [group, groupRecords] of Object.entries(event.records)) {
    for (const record of groupRecords) {
      const position = { topic: record.topic, partition: record.partition, offset: record.offset };
      const reason = reasons.get(positionKey(position));
      if (reason === undefined) continue;
      records[group] ??= [];
      records[group].push(record);
      listed.push({ ...position, reason });
    }
  }
  return {
    v: DEAD_LETTER_VERSION,
    stage,
    failedAt: new Date(now).toISOString(),
    reasons: listed,
    event: { ...event, records },
  };
}

/** A dead letter for a whole batch that failed with `reason`. */
export function deadLetterForBatch(
  event: MSKEvent,
  reason: string,
  now: number,
  stage: DeadLetter['stage'] = 'event-source',
): DeadLetter {
  const reasons = new Map<string, string>();
  for (const records of Object.values(event.records)) {
    for (const r of records)
      reasons.set(positionKey({ topic: r.topic, partition: r.partition, offset: r.offset }), reason);
  }
  return deadLetterForRecords(event, reasons, stage, now);
}

/** Object key: sortable by time, unique per first record. */
export function deadLetterKey(prefix: string, letter: DeadLetter): string {
  const first = letter.reasons[0];
  const where = first ? `${first.topic}-${first.partition}-${first.offset}` : 'empty';
  return `${prefix}${letter.failedAt.slice(0, 10).replaceAll('-', '/')}/${letter.failedAt}-${letter.stage}-${where}.json`;
}

/**
 * Parses a stored dead letter; returns a reason instead of throwing. Reads Logward's own letters
 * and the invocation records AWS's event source mapping writes to an S3 on-failure destination
 * (metadata plus the invocation `payload`, the MSK event, as an object or a JSON string).
 */
export function parseDeadLetter(
  text: string,
): { ok: true; letter: DeadLetter } | { ok: false; reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  if (typeof value === 'object' && value !== null && 'payload' in value) return fromInvocationRecord(value);
  const letter = value as Partial<DeadLetter> | null;
  if (letter?.v !== DEAD_LETTER_VERSION)
    return { ok: false, reason: `unsupported version ${JSON.stringify(letter?.v)}` };
  if (!isMskEvent(letter.event)) return { ok: false, reason: 'event: expected an MSK event' };
  return { ok: true, letter: letter as DeadLetter };
}

function fromInvocationRecord(record: { payload?: unknown; timestamp?: unknown; requestContext?: unknown }) {
  let event = record.payload;
  if (typeof event === 'string') {
    try {
      event = JSON.parse(event);
    } catch {
      return { ok: false as const, reason: 'payload: not JSON' };
    }
  }
  if (!isMskEvent(event)) return { ok: false as const, reason: 'payload: expected an MSK event' };
  const context = (record.requestContext ?? {}) as { condition?: unknown; approximateInvokeCount?: unknown };
  const reason = `event source mapping gave up: ${String(context.condition ?? 'unknown condition')} after ${String(context.approximateInvokeCount ?? '?')} invocations`;
  const failedAt = typeof record.timestamp === 'string' ? record.timestamp : new Date(0).toISOString();
  const letter = deadLetterForBatch(event, reason, Date.parse(failedAt) || 0);
  return { ok: true as const, letter };
}

function isMskEvent(value: unknown): value is MSKEvent {
  const event = value as Partial<MSKEvent> | null | undefined;
  return event?.eventSource === 'aws:kafka' && typeof event.records === 'object' && event.records !== null;
}

const REPLAY_MARKER = 'logwardReplay';

/**
 * The event of a dead letter, marked as sent again by `npm run replay`: the ingest handler then
 * processes it without counting attempts (its batch spent them already) and a failure goes back
 * to the replay command instead of to a new dead letter.
 */
export function asReplay(event: MSKEvent): MSKEvent {
  return { ...event, [REPLAY_MARKER]: true } as MSKEvent;
}

export function isReplay(event: MSKEvent): boolean {
  return (event as unknown as Record<string, unknown>)[REPLAY_MARKER] === true;
}
