/**
 * `GET /logs/{id}` and `GET /logs/{id}/context`: the id and the context window, validated, and
 * the answer's shape. The lines around an event are those of the same source (same host and
 * source id), ordered by their position in it.
 */
import type { LogDocument } from './log-document.ts';
import { EVENT_ID } from './logs-query.ts';
import { integer, type QueryParams, rejectUnknown, single } from './query-params.ts';
import { ValidationError } from './validation-error.ts';

export const MAX_CONTEXT_LINES = 500;

export interface ContextQuery {
  readonly id: string;
  /** Lines before the event, at most `MAX_CONTEXT_LINES`. */
  readonly before: number;
  /** Lines after the event. */
  readonly after: number;
}

export interface LogContext {
  /** Oldest first. */
  readonly before: readonly LogDocument[];
  readonly event: LogDocument;
  /** Oldest first. */
  readonly after: readonly LogDocument[];
}

/** An event id from a path: base64url characters and dots only (nothing reaches the engine unchecked). */
export function parseEventId(id: string): string {
  if (!EVENT_ID.test(id)) {
    throw new ValidationError('id', 'expected an event id (1 to 64 characters A-Z a-z 0-9 _ - .)');
  }
  return id;
}

export function parseContextQuery(id: string, params: QueryParams): ContextQuery {
  rejectUnknown(params, ['before', 'after']);
  const range = { min: 0, max: MAX_CONTEXT_LINES, fallback: 10 };
  return {
    id: parseEventId(id),
    before: integer('before', single('before', params.before), range),
    after: integer('after', single('after', params.after), range),
  };
}
