/** Log routes: search, one event, its context, and the summary. */
import { parseContextQuery, parseEventId } from '#core/log-context.ts';
import { parseLogQuery } from '#core/logs-query.ts';
import { rejectUnknown } from '#core/query-params.ts';
import { parseSummaryQuery } from '#core/summary-query.ts';
import { json, NotFoundError } from '../http.ts';
import type { Route } from '../router.ts';
import { idsOfPattern } from './patterns.ts';

export const LOG_ROUTES: readonly Route[] = [
  {
    method: 'GET',
    path: '/logs',
    handle: async (request, deps) => {
      const query = parseLogQuery(request.query, request.now);
      if (query.patterns === undefined) return json(200, await deps.logs.search(query));
      // A pattern's events carry its id or one it absorbed when a refinement replaced it.
      const ids = await Promise.all(query.patterns.map((id) => idsOfPattern(deps.patterns, id)));
      return json(200, await deps.logs.search({ ...query, patterns: [...new Set(ids.flat())] }));
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
