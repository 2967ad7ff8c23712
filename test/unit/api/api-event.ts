import type { APIGatewayProxyEvent } from 'aws-lambda';
import type { ContextQuery, LogContext } from '#core/log-context.ts';
import type { LogDocument } from '#core/log-document.ts';
import type { FacetsQuery, LogFacets } from '#core/log-facets.ts';
import type { TailPage, TailQuery } from '#core/log-tail.ts';
import type { LogPage, LogQuery } from '#core/logs-query.ts';
import type { PatternCount, PatternsQuery } from '#core/patterns/patterns-query.ts';
import type { Summary, SummaryQuery } from '#core/summary-query.ts';
import type { ApiDependencies } from '#lambdas/api/router.ts';
import type { Logger } from '#lambdas/logger.ts';
import type { LogQueries } from '#lambdas/ports.ts';

/** A REST proxy event as API Gateway sends it for `method url`. */
export function apiEvent(
  method: string,
  url: string,
  options: {
    headers?: Record<string, string>;
    body?: string;
    /** What API Gateway's authorizer established; default: the API key `key-1` (a reader). */
    requestContext?: Partial<APIGatewayProxyEvent['requestContext']>;
    resource?: string;
  } = {},
): APIGatewayProxyEvent {
  const parsed = new URL(url, 'http://localhost');
  const query: Record<string, string> = {};
  const multi: Record<string, string[]> = {};
  for (const [k, v] of parsed.searchParams) {
    query[k] = v;
    multi[k] = [...(multi[k] ?? []), v];
  }
  const has = parsed.searchParams.size > 0;
  return {
    resource: options.resource ?? '/{proxy+}',
    path: parsed.pathname,
    httpMethod: method,
    headers: options.headers ?? {},
    multiValueHeaders: {},
    queryStringParameters: has ? query : null,
    multiValueQueryStringParameters: has ? multi : null,
    pathParameters: null,
    stageVariables: null,
    body: options.body ?? null,
    isBase64Encoded: false,
    requestContext: (options.requestContext ?? {
      identity: { apiKeyId: 'key-1', userArn: null },
    }) as unknown as APIGatewayProxyEvent['requestContext'],
  };
}

/** Records what reached the reader; answers with fixed data. */
export class FakeLogs implements LogQueries {
  readonly calls: unknown[] = [];
  documents: LogDocument[] = [];
  failure: Error | undefined;

  async search(query: LogQuery): Promise<LogPage> {
    this.#check(query);
    return { items: this.documents };
  }
  async get(id: string): Promise<LogDocument | undefined> {
    this.#check(id);
    return this.documents.find((d) => d.event_id === id);
  }
  async context(query: ContextQuery): Promise<LogContext | undefined> {
    this.#check(query);
    const event = this.documents.find((d) => d.event_id === query.id);
    return event && { before: [], event, after: [] };
  }
  async summary(query: SummaryQuery): Promise<Summary> {
    this.#check(query);
    return {
      from: new Date(query.from).toISOString(),
      to: new Date(query.to).toISOString(),
      total: 0,
      byLevel: {},
      byService: [],
      histogram: { intervalMs: query.intervalMs, buckets: [] },
      topErrors: [],
    };
  }
  async facets(query: FacetsQuery): Promise<LogFacets> {
    this.#check(query);
    return {
      from: new Date(query.filter.from).toISOString(),
      to: new Date(query.filter.to).toISOString(),
      total: this.documents.length,
      levels: [],
      services: [],
      hosts: [],
      histogram: { intervalMs: query.intervalMs, buckets: [] },
    };
  }
  async tail(query: TailQuery): Promise<TailPage> {
    this.#check(query);
    return { items: this.documents, cursor: 'dA', more: false, ratePerSecond: 0 };
  }
  patternCounts: PatternCount[] = [];
  async topPatterns(query: PatternsQuery, ids?: readonly string[]): Promise<PatternCount[]> {
    this.#check({ query, ids });
    return ids ? this.patternCounts.filter((c) => ids.includes(c.id)) : this.patternCounts;
  }
  async patternHistogram(ids: readonly string[], from: number, to: number, intervalMs: number) {
    this.#check({ ids, from, to, intervalMs });
    return [{ start: new Date(from).toISOString(), count: this.patternCounts.length }];
  }
  async lastIngest(): Promise<number | undefined> {
    return undefined;
  }
  #check(call: unknown) {
    this.calls.push(call);
    if (this.failure) throw this.failure;
  }
}

export const silentLogger = (lines: string[] = []): Logger => ({
  info: (m, d) => lines.push(JSON.stringify({ m, ...d })),
  warn: (m, d) => lines.push(JSON.stringify({ m, ...d })),
  error: (m, d) => lines.push(JSON.stringify({ m, ...d })),
});

export function fakeDependencies(
  logs = new FakeLogs(),
  overrides: Partial<ApiDependencies> = {},
): ApiDependencies {
  return {
    logs,
    logger: silentLogger(),
    health: { backends: { opensearch: async () => {} } },
    now: () => Date.parse('2025-10-23T15:00:00Z'),
    ...overrides,
  };
}
