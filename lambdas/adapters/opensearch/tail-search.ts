/** The OpenSearch request for `GET /logs/tail`: events after a cursor by arrival, and the arrival rate. */
import { TAIL_RATE_WINDOW_MS, type TailQuery } from '#core/log-tail.ts';
import { filterClauses } from './log-search.ts';

/**
 * After a cursor: the next events by (`ingested_at`, `event_id`), oldest first; the query reaches
 * back to the rate window's start too, so one request also counts the recent arrivals. Without a
 * cursor: the latest events, newest first (the caller reverses them).
 */
export function buildTailSearch(query: TailQuery) {
  const { filter, must } = filterClauses(query.filter);
  const windowStart = query.now - TAIL_RATE_WINDOW_MS;
  const since = query.after ? Math.min(query.after.ingestedAt, windowStart) : undefined;
  const order = query.after ? 'asc' : 'desc';
  const body: Record<string, unknown> = {
    size: query.limit,
    track_total_hits: false,
    query: {
      bool: {
        filter: since === undefined ? filter : [...filter, arrivedSince(since)],
        must,
      },
    },
    sort: [{ ingested_at: { order } }, { event_id: { order } }],
    aggs: { recent: { filter: arrivedSince(windowStart) } },
  };
  if (query.after) body.search_after = [query.after.ingestedAt, query.after.eventId];
  return body;
}

function arrivedSince(time: number) {
  return { range: { ingested_at: { gte: time, format: 'epoch_millis' } } };
}
