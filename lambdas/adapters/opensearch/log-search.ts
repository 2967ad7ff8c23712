import type { LogFilter, LogQuery } from '#core/logs-query.ts';

/** Where `q` looks: the message's words, its words between any non-letters, its identifiers' words. */
const SEARCHED_FIELDS = ['message', 'message.parts', 'message_words'];

/** The `bool` clauses selecting the events of `filter`: exact filters, and the full text as `must`. */
export function filterClauses(filter: LogFilter): { filter: unknown[]; must: unknown[] } {
  const clauses: unknown[] = [];
  if (filter.levels) clauses.push(levelClause(filter.levels));
  if (filter.services) clauses.push(serviceClause(filter.services));
  if (filter.hosts) clauses.push(hostClause(filter.hosts));
  if (filter.patterns) clauses.push({ terms: { pattern_id: filter.patterns } });
  if (filter.traceId) clauses.push({ term: { trace_id: filter.traceId } });
  if (filter.spanId) clauses.push({ term: { span_id: filter.spanId } });
  if (filter.timeSources) clauses.push({ terms: { time_source: filter.timeSources } });
  if (filter.from !== undefined || filter.to !== undefined) {
    const range: Record<string, unknown> = { format: 'epoch_millis' };
    if (filter.from !== undefined) range.gte = filter.from;
    if (filter.to !== undefined) range.lt = filter.to;
    clauses.push({ range: { '@timestamp': range } });
  }
  for (const [name, value] of Object.entries(filter.fields)) {
    clauses.push({ term: { [`fields.${name}`]: value } });
  }
  const must = filter.text
    ? [
        {
          simple_query_string: {
            query: filter.text,
            fields: SEARCHED_FIELDS,
            default_operator: 'and',
            lenient: true,
          },
        },
      ]
    : [];
  return { filter: clauses, must };
}

export const levelClause = (levels: readonly string[]) => ({ terms: { level: levels } });
export const serviceClause = (services: readonly string[]) => ({ terms: { service: services } });
export const hostClause = (hosts: readonly string[]) => ({ terms: { host: hosts } });

/** The OpenSearch search body for a validated `LogQuery`. */
export function buildLogSearch(query: LogQuery) {
  const body: Record<string, unknown> = {
    size: query.limit,
    track_total_hits: false,
    query: { bool: filterClauses(query) },
    sort: [{ '@timestamp': { order: query.order } }, { event_id: { order: query.order } }],
  };
  if (query.after) body.search_after = [query.after.timestamp, query.after.eventId];
  return body;
}
