/** Health and the API's own description. */
import { rejectUnknown } from '#core/query-params.ts';
import { cachedHealth, HEALTH_CACHE_SECONDS } from '../health.ts';
import { json } from '../http.ts';
import { openApiDocument } from '../openapi.ts';
import type { Route } from '../router.ts';

export const SYSTEM_ROUTES: readonly Route[] = [
  {
    method: 'GET',
    path: '/health',
    handle: async (request, deps) => {
      const report = await cachedHealth(deps.health, deps.logs, request.now);
      return json(report.status === 'ok' ? 200 : 503, report, {
        'cache-control': `public, max-age=${HEALTH_CACHE_SECONDS}`,
      });
    },
  },
  {
    method: 'GET',
    path: '/openapi.json',
    handle: async (request, deps) => {
      rejectUnknown(request.query, []);
      return json(200, openApiDocument(deps.management?.recipients));
    },
  },
];
