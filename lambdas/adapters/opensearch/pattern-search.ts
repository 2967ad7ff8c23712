/** OpenSearch requests for `GET /patterns` (top patterns by count, with trend) and a pattern's histogram. */
import { type PatternCount, type PatternsQuery, trendOf } from '#core/patterns/patterns-query.ts';

function rangeFilter(from: number, to: number) {
  return { range: { '@timestamp': { gte: from, lt: to, format: 'epoch_millis' } } };
}

export function buildTopPatternsSearch(query: PatternsQuery, ids?: readonly string[]) {
  const filter: unknown[] = [rangeFilter(query.from, query.to), { exists: { field: 'pattern_id' } }];
  if (query.services) filter.push({ terms: { service: query.services } });
  if (query.levels) filter.push({ terms: { level: query.levels } });
  if (ids) filter.push({ terms: { pattern_id: ids } });
  const middle = Math.floor((query.from + query.to) / 2);
  return {
    size: 0,
    track_total_hits: false,
    query: { bool: { filter } },
    aggs: {
      patterns: {
        terms: { field: 'pattern_id', size: ids ? ids.length : query.limit },
        aggs: {
          halves: {
            date_range: {
              field: '@timestamp',
              format: 'epoch_millis',
              ranges: [
                { from: query.from, to: middle },
                { from: middle, to: query.to },
              ],
            },
          },
          latest: {
            top_hits: {
              size: 1,
              sort: [{ '@timestamp': { order: 'desc' } }],
              _source: ['pattern', 'service'],
            },
          },
        },
      },
    },
  };
}

interface PatternBucket {
  readonly key: string;
  readonly doc_count: number;
  readonly halves: { readonly buckets: ReadonlyArray<{ readonly doc_count: number }> };
  readonly latest: {
    readonly hits: { readonly hits: ReadonlyArray<{ readonly _source?: Record<string, unknown> }> };
  };
}

export function topPatternsFromResponse(aggregations: unknown): PatternCount[] {
  const buckets =
    (aggregations as { patterns?: { buckets?: readonly PatternBucket[] } } | undefined)?.patterns?.buckets ??
    [];
  return buckets.map((bucket) => {
    const latest = bucket.latest.hits.hits[0]?._source ?? {};
    return {
      id: bucket.key,
      service: String(latest.service ?? ''),
      template: String(latest.pattern ?? ''),
      count: bucket.doc_count,
      trend: trendOf(bucket.halves.buckets[0]?.doc_count ?? 0, bucket.halves.buckets[1]?.doc_count ?? 0),
    };
  });
}

export function buildPatternHistogramSearch(
  ids: readonly string[],
  from: number,
  to: number,
  intervalMs: number,
) {
  return {
    size: 0,
    track_total_hits: false,
    query: { bool: { filter: [rangeFilter(from, to), { terms: { pattern_id: ids } }] } },
    aggs: {
      histogram: {
        date_histogram: {
          field: '@timestamp',
          fixed_interval: `${intervalMs}ms`,
          min_doc_count: 0,
          extended_bounds: { min: from, max: to - 1 },
        },
      },
    },
  };
}

export function histogramFromResponse(aggregations: unknown): { start: string; count: number }[] {
  const buckets =
    (
      aggregations as
        | { histogram?: { buckets?: ReadonlyArray<{ key: number; doc_count: number }> } }
        | undefined
    )?.histogram?.buckets ?? [];
  return buckets.map((b) => ({ start: new Date(b.key).toISOString(), count: b.doc_count }));
}
