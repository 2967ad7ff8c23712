/**
 * `GET /logs/facets` parameters → a validated `FacetsQuery`, and the `LogFacets` it answers with:
 * how many events match, per level, service and host, and over time. Pure: the OpenSearch adapter
 * turns the query into aggregations.
 */
import { type LogFilter, parseLogFilter } from './logs-query.ts';
import { integer, type QueryParams, single } from './query-params.ts';
import { DEFAULT_SUMMARY_RANGE_MS, parseInterval } from './summary-query.ts';
import { UnprocessableError } from './validation-error.ts';

export const MAX_FACET_VALUES = 100;
export const DEFAULT_FACET_VALUES = 10;

export interface FacetsQuery {
  /** What selects the events; its range is always bounded (default: the 24 hours before now). */
  readonly filter: LogFilter & { readonly from: number; readonly to: number };
  /** Histogram bucket width, ms. */
  readonly intervalMs: number;
  /** Values listed per facet, the most frequent first. */
  readonly top: number;
}

/** One value of a facet and how many events have it. */
export interface FacetCount {
  readonly value: string;
  readonly count: number;
}

export interface LogFacets {
  readonly from: string;
  readonly to: string;
  /** Events matching every filter. */
  readonly total: number;
  /**
   * Each facet counts the events matching every filter but its own, so the values one could add
   * to a selection stay visible (selecting ERROR still shows how many WARN there are).
   */
  readonly levels: readonly FacetCount[];
  readonly services: readonly FacetCount[];
  readonly hosts: readonly FacetCount[];
  /** Events matching every filter, per interval of event time. */
  readonly histogram: {
    readonly intervalMs: number;
    readonly buckets: ReadonlyArray<{ readonly start: string; readonly count: number }>;
  };
}

/** Validates `GET /logs/facets` parameters: `GET /logs`'s filters, `interval` and `top`. */
export function parseFacetsQuery(params: QueryParams, now: number): FacetsQuery {
  const filter = parseLogFilter(params, now, ['interval', 'top']);
  const to = filter.to ?? now;
  const from = filter.from ?? to - DEFAULT_SUMMARY_RANGE_MS;
  if (from >= to)
    throw new UnprocessableError(filter.from === undefined ? 'to' : 'from', 'must be earlier than to');
  return {
    filter: { ...filter, from, to },
    intervalMs: parseInterval(single('interval', params.interval), to - from),
    top: integer('top', single('top', params.top), {
      min: 1,
      max: MAX_FACET_VALUES,
      fallback: DEFAULT_FACET_VALUES,
    }),
  };
}
