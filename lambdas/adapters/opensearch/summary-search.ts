import type { Summary, SummaryQuery } from '#core/summary-query.ts';

/** Level bucket for events that state no level. */
export const NO_LEVEL = 'NONE';
const MAX_SERVICES = 50;

/**
 * The two OpenSearch requests for a `SummaryQuery`, sent in parallel: counts (levels, services,
 * histogram) over the range, and the top error shapes with the error levels in the query itself,
 * so the engine only visits error events for them. `level` has no `missing` bucket (that would
 * disable the engine's fast path for terms counts); events without a level are the remainder.
 */
export function buildSummarySearch(query: SummaryQuery) {
  const filter: unknown[] = [
    { range: { '@timestamp': { gte: query.from, lt: query.to, format: 'epoch_millis' } } },
  ];
  if (query.services) filter.push({ terms: { service: query.services } });
  if (query.hosts) filter.push({ terms: { host: query.hosts } });
  const counts = {
    size: 0,
    track_total_hits: true,
    query: { bool: { filter } },
    aggs: {
      levels: { terms: { field: 'level', size: 10 } },
      services: { terms: { field: 'service', size: MAX_SERVICES } },
      histogram: {
        date_histogram: {
          field: '@timestamp',
          fixed_interval: `${query.intervalMs}ms`,
          min_doc_count: 0,
          extended_bounds: { min: query.from, max: query.to - 1 },
        },
      },
    },
  };
  const errors = {
    size: 0,
    track_total_hits: false,
    query: { bool: { filter: [...filter, { terms: { level: query.errorLevels } }] } },
    aggs: {
      shapes: {
        terms: { field: 'pattern_id', size: query.top },
        aggs: {
          latest: {
            top_hits: {
              size: 1,
              sort: [{ '@timestamp': { order: 'desc' } }],
              _source: ['message', 'pattern', '@timestamp'],
            },
          },
          services: { terms: { field: 'service', size: 5 } },
        },
      },
    },
  };
  return { counts, errors };
}

interface Bucket<K = string> {
  readonly key: K;
  readonly doc_count: number;
}

export interface SummaryAggregations {
  readonly levels: { readonly buckets: readonly Bucket[] };
  readonly services: { readonly buckets: readonly Bucket[] };
  readonly histogram: { readonly buckets: readonly Bucket<number>[] };
}

export interface ErrorShapeAggregations {
  readonly shapes: {
    readonly buckets: ReadonlyArray<
      Bucket & {
        readonly latest: {
          readonly hits: { readonly hits: ReadonlyArray<{ readonly _source?: Record<string, unknown> }> };
        };
        readonly services: { readonly buckets: readonly Bucket[] };
      }
    >;
  };
}

/** What the engine answers when no index exists yet: no aggregations at all. */
function emptyAggregations(query: SummaryQuery): SummaryAggregations {
  const buckets: Bucket<number>[] = [];
  for (
    let t = Math.floor(query.from / query.intervalMs) * query.intervalMs;
    t < query.to;
    t += query.intervalMs
  )
    buckets.push({ key: t, doc_count: 0 });
  return { levels: { buckets: [] }, services: { buckets: [] }, histogram: { buckets } };
}

/**
 * The `Summary` from the answers to the two requests of `buildSummarySearch`. Before the first
 * index exists the engine answers without aggregations: a summary of nothing, not an error.
 */
export function summaryFromResponse(
  query: SummaryQuery,
  total: number,
  found: SummaryAggregations | undefined,
  foundErrors: ErrorShapeAggregations | undefined,
): Summary {
  const aggs = found ?? emptyAggregations(query);
  const errors = foundErrors ?? { shapes: { buckets: [] } };
  const byLevel: Record<string, number> = Object.fromEntries(
    aggs.levels.buckets.map((b) => [b.key, b.doc_count]),
  );
  const withLevel = aggs.levels.buckets.reduce((sum, b) => sum + b.doc_count, 0);
  if (total > withLevel) byLevel[NO_LEVEL] = total - withLevel;
  return {
    from: new Date(query.from).toISOString(),
    to: new Date(query.to).toISOString(),
    total,
    byLevel,
    byService: aggs.services.buckets.map((b) => ({ service: b.key, count: b.doc_count })),
    histogram: {
      intervalMs: query.intervalMs,
      buckets: aggs.histogram.buckets.map((b) => ({
        start: new Date(b.key).toISOString(),
        count: b.doc_count,
      })),
    },
    topErrors: errors.shapes.buckets.map((b) => {
      const latest = b.latest.hits.hits[0]?._source ?? {};
      const pattern = String(latest.pattern ?? '');
      return {
        patternId: b.key,
        pattern,
        shape: pattern,
        count: b.doc_count,
        example: String(latest.message ?? ''),
        lastSeen: String(latest['@timestamp'] ?? ''),
        services: b.services.buckets.map((s) => s.key),
      };
    }),
  };
}
