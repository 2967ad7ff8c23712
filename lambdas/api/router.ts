import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { parseLogQuery, type QueryParams } from '#core/logs-query.ts';
import type { Logger } from '../logger.ts';
import type { LogReader } from '../ports.ts';
import { errorResponse, json, responseForError } from './http.ts';

export interface ApiDependencies {
  readonly logs: LogReader;
  readonly logger: Logger;
  /** Answers whether each backend responds, for `GET /health`. */
  readonly checkBackends: () => Promise<Record<string, boolean>>;
  readonly now?: () => number;
}

type Route = (event: APIGatewayProxyEvent, deps: ApiDependencies) => Promise<APIGatewayProxyResult>;

const routes: Readonly<Record<string, Route>> = {
  'GET /logs': async (event, deps) => {
    const query = parseLogQuery(queryParams(event), (deps.now ?? Date.now)());
    return json(200, await deps.logs.search(query));
  },
  'GET /health': async (_event, deps) => {
    const backends = await deps.checkBackends();
    const healthy = Object.values(backends).every(Boolean);
    return json(healthy ? 200 : 503, { status: healthy ? 'ok' : 'degraded', backends });
  },
};

/** Routes an API Gateway REST proxy event; never lets an error escape as a 5xx for client input. */
export async function routeApiRequest(
  event: APIGatewayProxyEvent,
  deps: ApiDependencies,
): Promise<APIGatewayProxyResult> {
  const route = routes[`${event.httpMethod} ${event.path}`];
  if (!route) {
    const allowed = Object.keys(routes).filter((key) => key.endsWith(` ${event.path}`));
    return allowed.length > 0
      ? errorResponse(405, 'method_not_allowed', `${event.httpMethod} is not allowed on ${event.path}`)
      : errorResponse(404, 'not_found', `no route for ${event.httpMethod} ${event.path}`);
  }
  try {
    return await route(event, deps);
  } catch (error) {
    return responseForError(error, deps.logger);
  }
}

/** Merges single and multi-valued query parameters into one multi-valued map. */
function queryParams(event: APIGatewayProxyEvent): QueryParams {
  const params: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(event.multiValueQueryStringParameters ?? {})) {
    if (values) params[name] = [...values];
  }
  for (const [name, value] of Object.entries(event.queryStringParameters ?? {})) {
    if (value !== undefined && params[name] === undefined) params[name] = [value];
  }
  return params;
}
