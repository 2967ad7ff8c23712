/** Log routes: search, facet counts, the tail, one event, its context, and the summary. */
import { parseContextQuery, parseEventId } from '#core/log-context.ts';
import { parseFacetsQuery } from '#core/log-facets.ts';
import { parseTailQuery } from '#core/log-tail.ts';
import { type LogFilter, parseLogQuery } from '#core/logs-query.ts';
import { rejectUnknown } from '#core/query-params.ts';
import { parseSummaryQuery } from '#core/summary-query.ts';
import type { PatternRegistry } from '../../ports.ts';
import { json, NotFoundError } from '../http.ts';
import type { Route } from '../router.ts';
import { idsOfPattern } from './patterns.ts';

/** A pattern's events carry its id or one it absorbed when a refinement replaced it. */
async function withAbsorbedPatterns<F extends LogFilter>(
  filter: F,
  registry: PatternRegistry | undefined,
): Promise<F> {
  if (filter.patterns === undefined) return filter;
  const ids = await Promise.all(filter.patterns.map((id) => idsOfPattern(registry, id)));
  return { ...filter, patterns: [...new Set(ids.flat())] };
}

// `/logs/facets` and `/logs/tail` come before `/logs/{id}`: a concrete path wins over a template.
export const LOG_ROUTES: readonly Route[] = [
  {
    method: 'GET',
    path: '/logs',
    handle: async (request, deps) => {
      const query = parseLogQuery(request.query, request.now);
      return json(200, await deps.logs.search(await withAbsorbedPatterns(query, deps.patterns)));
    },
  },
  {
    method: 'GET',
    path: '/logs/facets',
    handle: async (request, deps) => {
      const query = parseFacetsQuery(request.query, request.now);
      const filter = await withAbsorbedPatterns(query.filter, deps.patterns);
      return json(200, await deps.logs.facets({ ...query, filter }));
    },
  },
  {
    method: 'GET',
    path: '/logs/tail',
    handle: async (request, deps) => {
      const query = parseTailQuery(request.query, request.now);
      const filter = await withAbsorbedPatterns(query.filter, deps.patterns);
      return json(200, await deps.logs.tail({ ...query, filter }));
    },
  },
  {
    method: 'GET',
    path: '/logs/{id}',
    handle: async (request, deps) => {
      rejectUnknown(request.query, []);
      const id = parseEventId(request.params.id ?? '');
      const event = await deps.logs.get(id);
      if (event === undefined) throw new NotFoundError(`no log event with id ${id}`);
      return json(200, event);
    },
  },
  {
    method: 'GET',
    path: '/logs/{id}/context',
    handle: async (request, deps) => {
      const query = parseContextQuery(request.params.id ?? '', request.query);
      const context = await deps.logs.context(query);
      if (context === undefined) throw new NotFoundError(`no log event with id ${query.id}`);
      return json(200, context);
    },
  },
  {
    method: 'GET',
    path: '/summary',
    handle: async (request, deps) =>
      json(200, await deps.logs.summary(parseSummaryQuery(request.query, request.now))),
  },
];
