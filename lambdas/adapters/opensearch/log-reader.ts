/**
 * The read side of the log index: search, get by id, context, summary and freshness. Engine
 * failures become `BackendUnavailableError` (503, retry later), except a 400 the engine raises
 * over the user's own query text, which is the client's to fix.
 */
import type { Client } from '@opensearch-project/opensearch';
import type { ContextQuery, LogContext } from '#core/log-context.ts';
import type { LogDocument } from '#core/log-document.ts';
import type { FacetsQuery, LogFacets } from '#core/log-facets.ts';
import { encodeTailCursor, TAIL_RATE_WINDOW_MS, type TailPage, type TailQuery } from '#core/log-tail.ts';
import { capPage, type LogPage, type LogQuery, MAX_PAGE_BYTES } from '#core/logs-query.ts';
import type { PatternCount, PatternsQuery } from '#core/patterns/patterns-query.ts';
import type { Summary, SummaryQuery } from '#core/summary-query.ts';
import { ValidationError } from '#core/validation-error.ts';
import { BackendUnavailableError, type LogQueries } from '../../ports.ts';
import { buildContextSearch } from './context-search.ts';
import { buildFacetSearch, type FacetAggregations, facetsFromResponse } from './facet-search.ts';
import { LOGS_INDEX_PATTERN, SEARCH_ONLY_FIELDS } from './index-template.ts';
import { buildLogSearch } from './log-search.ts';
import {
  buildPatternHistogramSearch,
  buildTopPatternsSearch,
  histogramFromResponse,
  topPatternsFromResponse,
} from './pattern-search.ts';
import {
  buildSummarySearch,
  type ErrorShapeAggregations,
  type SummaryAggregations,
  summaryFromResponse,
} from './summary-search.ts';
import { buildTailSearch } from './tail-search.ts';

export interface LogReaderOptions {
  /** Indices searched. @default 'logs-*' */
  readonly indexPattern?: string;
  /** Per-request timeout, ms (the API answers within API Gateway's 29 s). @default 10000 */
  readonly timeoutMs?: number;
  /** Largest page of events, bytes of JSON. @default MAX_PAGE_BYTES (5 MB, under Lambda's 6 MB) */
  readonly maxPageBytes?: number;
}

interface Hit {
  readonly _id: string;
  readonly _source?: unknown;
  readonly sort?: readonly unknown[];
}

interface SearchResult {
  readonly hits: { readonly hits: readonly Hit[]; readonly total?: { readonly value: number } | number };
  readonly aggregations?: unknown;
}

export class OpenSearchLogReader implements LogQueries {
  readonly #client: Client;
  readonly #index: string;
  readonly #timeoutMs: number;
  readonly #maxPageBytes: number;

  constructor(client: Client, options: LogReaderOptions = {}) {
    this.#client = client;
    this.#index = options.indexPattern ?? LOGS_INDEX_PATTERN;
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#maxPageBytes = options.maxPageBytes ?? MAX_PAGE_BYTES;
  }

  async search(query: LogQuery): Promise<LogPage> {
    const result = await this.#search(buildLogSearch(query), query.text === undefined ? undefined : 'q');
    const hits = result.hits.hits;
    return capPage(
      hits.map((hit) => hit._source as LogDocument),
      hits.map((hit) => ({ timestamp: Number(hit.sort?.[0]), eventId: String(hit.sort?.[1]) })),
      query.limit,
      this.#maxPageBytes,
    );
  }

  async get(id: string): Promise<LogDocument | undefined> {
    const result = await this.#search({ size: 1, query: { ids: { values: [id] } } });
    return result.hits.hits[0]?._source as LogDocument | undefined;
  }

  async context(query: ContextQuery): Promise<LogContext | undefined> {
    const event = await this.get(query.id);
    if (event === undefined) return undefined;
    const side = async (direction: 'before' | 'after', size: number) =>
      size === 0
        ? []
        : (await this.#search(buildContextSearch(event, direction, size))).hits.hits.map(
            (hit) => hit._source as LogDocument,
          );
    const [before, after] = await Promise.all([side('before', query.before), side('after', query.after)]);
    return { before: before.reverse(), event, after };
  }

  async summary(query: SummaryQuery): Promise<Summary> {
    const { counts, errors } = buildSummarySearch(query);
    const [main, shapes] = await Promise.all([this.#search(counts), this.#search(errors)]);
    const total = main.hits.total;
    return summaryFromResponse(
      query,
      typeof total === 'number' ? total : (total?.value ?? 0),
      main.aggregations as SummaryAggregations | undefined,
      shapes.aggregations as ErrorShapeAggregations | undefined,
    );
  }

  async facets(query: FacetsQuery): Promise<LogFacets> {
    const result = await this.#search(
      buildFacetSearch(query),
      query.filter.text === undefined ? undefined : 'q',
    );
    return facetsFromResponse(query, result.aggregations as FacetAggregations | undefined);
  }

  async tail(query: TailQuery): Promise<TailPage> {
    const result = await this.#search(
      buildTailSearch(query),
      query.filter.text === undefined ? undefined : 'q',
    );
    const hits = query.after ? result.hits.hits : [...result.hits.hits].reverse();
    const last = hits.at(-1);
    const position = last
      ? { ingestedAt: Number(last.sort?.[0]), eventId: String(last.sort?.[1]) }
      : (query.after ?? { ingestedAt: query.now, eventId: '' });
    const recent =
      (result.aggregations as { recent?: { doc_count: number } } | undefined)?.recent?.doc_count ?? 0;
    return {
      items: hits.map((hit) => hit._source as LogDocument),
      cursor: encodeTailCursor(position),
      more: query.after !== undefined && hits.length >= query.limit,
      ratePerSecond: recent / (TAIL_RATE_WINDOW_MS / 1000),
    };
  }

  async topPatterns(query: PatternsQuery, ids?: readonly string[]): Promise<PatternCount[]> {
    const result = await this.#search(buildTopPatternsSearch(query, ids));
    return topPatternsFromResponse(result.aggregations);
  }

  async patternHistogram(
    ids: readonly string[],
    from: number,
    to: number,
    intervalMs: number,
  ): Promise<{ start: string; count: number }[]> {
    const result = await this.#search(buildPatternHistogramSearch(ids, from, to, intervalMs));
    return histogramFromResponse(result.aggregations);
  }

  async lastIngest(): Promise<number | undefined> {
    const result = await this.#search({ size: 0, aggs: { last: { max: { field: 'ingested_at' } } } });
    const value = (result.aggregations as { last?: { value: number | null } } | undefined)?.last?.value;
    return typeof value === 'number' ? value : undefined;
  }

  /** `blame` names the user parameter an engine 400 is about, when there is one. */
  async #search(body: Record<string, unknown>, blame?: string): Promise<SearchResult> {
    try {
      const response = await this.#client.search(
        {
          index: this.#index,
          ignore_unavailable: true,
          allow_no_indices: true,
          _source_excludes: SEARCH_ONLY_FIELDS,
          body,
        } as Parameters<Client['search']>[0],
        { requestTimeout: this.#timeoutMs },
      );
      return response.body as unknown as SearchResult;
    } catch (error) {
      const status = (error as { meta?: { statusCode?: number } }).meta?.statusCode;
      if (status === 400 && blame !== undefined) {
        throw new ValidationError(blame, 'the search engine could not run this query; simplify it', {
          cause: error,
        });
      }
      if (isUnavailable(error, status)) throw new BackendUnavailableError('OpenSearch', { cause: error });
      throw error;
    }
  }
}

function isUnavailable(error: unknown, status: number | undefined): boolean {
  if (status !== undefined) return status === 429 || status >= 500;
  return (
    error instanceof Error &&
    ['ConnectionError', 'TimeoutError', 'NoLivingConnectionsError', 'RequestAbortedError'].includes(
      error.name,
    )
  );
}
