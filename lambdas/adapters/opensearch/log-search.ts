import type { LogQuery } from '#core/logs-query.ts';

/** The OpenSearch search body for a validated `LogQuery`. */
export function buildLogSearch(query: LogQuery) {
  const filter: unknown[] = [];
  if (query.levels) filter.push({ terms: { level: query.levels } });
  if (query.services) filter.push({ terms: { service: query.services } });
  if (query.hosts) filter.push({ terms: { host: query.hosts } });
  if (query.patterns) filter.push({ terms: { pattern_id: query.patterns } });
  if (query.traceId) filter.push({ term: { trace_id: query.traceId } });
  if (query.spanId) filter.push({ term: { span_id: query.spanId } });
  if (query.timeSources) filter.push({ terms: { time_source: query.timeSources } });
  if (query.from !== undefined || query.to !== undefined) {
    const range: Record<string, unknown> = { format: 'epoch_millis' };
    if (query.from !== undefined) range.gte = query.from;
    if (query.to !== undefined) range.lt = query.to;
    filter.push({ range: { '@timestamp': range } });
  }
  for (const [name, value] of Object.entries(query.fields)) {
    filter.push({ term: { [`fields.${name}`]: value } });
  }
  const must = query.text
    ? [
        {
          simple_query_string: {
            query: query.text,
            fields: ['message', 'message.parts'],
            default_operator: 'and',
            lenient: true,
          },
        },
      ]
    : [];
  const body: Record<string, unknown> = {
    size: query.limit,
    track_total_hits: false,
    query: { bool: { filter, must } },
    sort: [{ '@timestamp': { order: query.order } }, { event_id: { order: query.order } }],
  };
  if (query.after) body.search_after = [query.after.timestamp, query.after.eventId];
  return body;
}
