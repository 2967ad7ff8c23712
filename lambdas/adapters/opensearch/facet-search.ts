/** The OpenSearch request for `GET /logs/facets`, and the `LogFacets` from its answer. */
import type { FacetCount, FacetsQuery, LogFacets } from '#core/log-facets.ts';
import { filterClauses, hostClause, levelClause, serviceClause } from './log-search.ts';

/**
 * One request: the query holds every filter but the three facets'; each facet's aggregation adds
 * the other two facets' filters, and the histogram and total all three.
 */
export function buildFacetSearch(query: FacetsQuery) {
  const { levels, services, hosts, ...rest } = query.filter;
  const selected: Record<'level' | 'service' | 'host', unknown[]> = {
    level: levels ? [levelClause(levels)] : [],
    service: services ? [serviceClause(services)] : [],
    host: hosts ? [hostClause(hosts)] : [],
  };
  const within = (clauses: unknown[]) => ({ bool: { filter: clauses } });
  const facet = (field: keyof typeof selected) => ({
    filter: within(
      Object.entries(selected)
        .filter(([name]) => name !== field)
        .flatMap(([, clauses]) => clauses),
    ),
    aggs: { values: { terms: { field, size: query.top } } },
  });
  return {
    size: 0,
    track_total_hits: false,
    query: { bool: filterClauses(rest) },
    aggs: {
      levels: facet('level'),
      services: facet('service'),
      hosts: facet('host'),
      all: {
        filter: within([...selected.level, ...selected.service, ...selected.host]),
        aggs: {
          histogram: {
            date_histogram: {
              field: '@timestamp',
              fixed_interval: `${query.intervalMs}ms`,
              min_doc_count: 0,
              extended_bounds: { min: query.filter.from, max: query.filter.to - 1 },
            },
          },
        },
      },
    },
  };
}

interface Bucket<K = string> {
  readonly key: K;
  readonly doc_count: number;
}

interface FacetAggregation {
  readonly values: { readonly buckets: readonly Bucket[] };
}

export interface FacetAggregations {
  readonly levels: FacetAggregation;
  readonly services: FacetAggregation;
  readonly hosts: FacetAggregation;
  readonly all: {
    readonly doc_count: number;
    readonly histogram: { readonly buckets: readonly Bucket<number>[] };
  };
}

/** The facets from the answer; before any index exists the engine has no aggregations: all zero. */
export function facetsFromResponse(query: FacetsQuery, aggs: FacetAggregations | undefined): LogFacets {
  const counts = (facet: FacetAggregation | undefined): FacetCount[] =>
    (facet?.values.buckets ?? []).map((b) => ({ value: b.key, count: b.doc_count }));
  const { from, to } = query.filter;
  return {
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    total: aggs?.all.doc_count ?? 0,
    levels: counts(aggs?.levels),
    services: counts(aggs?.services),
    hosts: counts(aggs?.hosts),
    histogram: {
      intervalMs: query.intervalMs,
      buckets: (aggs?.all.histogram.buckets ?? emptyBuckets(from, to, query.intervalMs)).map((b) => ({
        start: new Date(b.key).toISOString(),
        count: b.doc_count,
      })),
    },
  };
}

function emptyBuckets(from: number, to: number, intervalMs: number): Bucket<number>[] {
  const buckets: Bucket<number>[] = [];
  for (let t = Math.floor(from / intervalMs) * intervalMs; t < to; t += intervalMs)
    buckets.push({ key: t, doc_count: 0 });
  return buckets;
}
