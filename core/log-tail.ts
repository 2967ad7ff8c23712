/**
 * `GET /logs/tail`: the events that arrived since the last call, oldest first, with a cursor to
 * call again. A tail follows the time Logward received events (`ingested_at`), not their own
 * time, so a line with an old timestamp still shows up when it arrives. Pure: the OpenSearch
 * adapter turns a `TailQuery` into a search.
 */
import { decodeCursorJson, encodeCursorJson } from './list-page.ts';
import type { LogDocument } from './log-document.ts';
import { EVENT_ID, type LogFilter, parseLogFilter } from './logs-query.ts';
import { integer, optional, type QueryParams, single } from './query-params.ts';
import { UnprocessableError } from './validation-error.ts';

export const TAIL_MAX_LIMIT = 1000;
export const TAIL_DEFAULT_LIMIT = 200;
/** The window the arrival rate is measured over, ms. */
export const TAIL_RATE_WINDOW_MS = 10_000;

/** The position after the last event a tail returned: its arrival time and id. */
export interface TailCursor {
  readonly ingestedAt: number;
  readonly eventId: string;
}

export interface TailQuery {
  /** What selects the events (no time range: a tail follows arrivals). */
  readonly filter: LogFilter;
  readonly limit: number;
  /** Absent on the first call, which returns the latest `limit` events. */
  readonly after?: TailCursor;
  /** Now, epoch ms: the end of the rate window. */
  readonly now: number;
}

export interface TailPage {
  /** Oldest arrival first. */
  readonly items: readonly LogDocument[];
  /** Pass as `cursor` on the next call. */
  readonly cursor: string;
  /** Whether more events arrived than this page holds: call again at once. */
  readonly more: boolean;
  /** Matching events received per second over the last `TAIL_RATE_WINDOW_MS`. */
  readonly ratePerSecond: number;
}

/** Validates `GET /logs/tail` parameters: `GET /logs`'s filters but the time range, `limit`, `cursor`. */
export function parseTailQuery(params: QueryParams, now: number): TailQuery {
  const filter = parseLogFilter(params, now, ['limit', 'cursor'], false);
  const after = decodeTailCursor(single('cursor', params.cursor));
  return {
    filter,
    limit: integer('limit', single('limit', params.limit), {
      min: 1,
      max: TAIL_MAX_LIMIT,
      fallback: TAIL_DEFAULT_LIMIT,
    }),
    now,
    ...optional('after', after),
  };
}

/** The cursor after `position`; a `t` marks it as a tail's, so a page cursor of `GET /logs` is refused. */
export function encodeTailCursor(position: TailCursor): string {
  return encodeCursorJson(['t', position.ingestedAt, position.eventId]);
}

function decodeTailCursor(value: string | undefined): TailCursor | undefined {
  if (value === undefined) return undefined;
  const notOurs = 'not a cursor returned by GET /logs/tail (pass it unchanged)';
  const invalid = () => new UnprocessableError('cursor', notOurs);
  const parsed = decodeCursorJson(value, 'expected the cursor of a previous tail', notOurs);
  if (!Array.isArray(parsed) || parsed.length !== 3 || parsed[0] !== 't') throw invalid();
  const [, ingestedAt, eventId] = parsed as unknown[];
  if (
    typeof ingestedAt !== 'number' ||
    !Number.isSafeInteger(ingestedAt) ||
    ingestedAt < 0 ||
    typeof eventId !== 'string' ||
    (eventId !== '' && !EVENT_ID.test(eventId))
  ) {
    throw invalid();
  }
  return { ingestedAt, eventId };
}
