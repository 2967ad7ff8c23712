/**
 * API Gateway REST proxy events → routes. Matches the method and path template, decodes the
 * query string and JSON body, runs the route, and maps every error to the one error shape;
 * nothing a client sends can make it answer 500.
 */
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import type { QueryParams } from '#core/query-params.ts';
import { ValidationError } from '#core/validation-error.ts';
import type { Logger } from '../logger.ts';
import type { DropRuleStore, LogQueries, PatternRegistry } from '../ports.ts';
import { mayCall, type Principal, principalOf, roleNeeded, routePath } from './access.ts';
import { type CorsConfig, corsHeaders, preflightHeaders } from './cors.ts';
import type { HealthProbes } from './health.ts';
import { errorResponse, responseForError } from './http.ts';
import { ROUTES } from './routes/index.ts';
import type { ManagementStores } from './routes/management.ts';

export interface ApiDependencies {
  readonly logs: LogQueries;
  readonly logger: Logger;
  readonly health: HealthProbes;
  /** Nodes, alerts, rules and silences; their routes answer 503 until configured. */
  readonly management?: ManagementStores;
  /** The pattern registry; the pattern routes answer 503 until configured. */
  readonly patterns?: PatternRegistry;
  /** Drop and sample rules; their routes answer 503 until configured. */
  readonly dropRules?: DropRuleStore;
  readonly cors?: CorsConfig;
  readonly now?: () => number;
}

/** What a route sees of a request. */
export interface ApiRequest {
  readonly method: string;
  readonly path: string;
  /** Path template parameters, decoded (`/logs/{id}` → `{ id }`). */
  readonly params: Readonly<Record<string, string>>;
  readonly query: QueryParams;
  /** The JSON body, parsed; undefined when there is none. */
  readonly body: unknown;
  /**
   * Who is calling, for audit fields (`acknowledgedBy`, `createdBy`): the IAM ARN, the Cognito user
   * or the API key id, as API Gateway's authorizer established it (see access.ts).
   */
  readonly caller: string;
  readonly now: number;
}

export interface Route {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path template, e.g. `/logs/{id}/context`. */
  readonly path: string;
  handle(request: ApiRequest, deps: ApiDependencies): Promise<APIGatewayProxyResult>;
}

const MAX_BODY_BYTES = 64 * 1024;

/** Routes one API Gateway REST proxy event. */
export async function routeApiRequest(
  event: APIGatewayProxyEvent,
  deps: ApiDependencies,
  routes: readonly Route[] = ROUTES,
): Promise<APIGatewayProxyResult> {
  const origin = header(event, 'origin');
  const cors = corsHeaders(deps.cors, origin);
  if (event.httpMethod === 'OPTIONS') {
    return { statusCode: 204, headers: preflightHeaders(deps.cors, origin), body: '' };
  }
  const result = await dispatch(event, deps, routes);
  return { ...result, headers: { ...result.headers, ...cors } };
}

async function dispatch(
  event: APIGatewayProxyEvent,
  deps: ApiDependencies,
  routes: readonly Route[],
): Promise<APIGatewayProxyResult> {
  try {
    const path = routePath(event);
    const segments = pathSegments(path);
    const matches = routes
      .map((route) => ({ route, params: matchPath(route.path, segments) }))
      .filter((m) => m.params !== undefined);
    const match = matches.find((m) => m.route.method === event.httpMethod);
    if (!match?.params) {
      if (matches.length === 0) return errorResponse(404, 'not_found', `no route for ${path}`);
      const allow = matches.map((m) => m.route.method).join(', ');
      return errorResponse(
        405,
        'method_not_allowed',
        `${event.httpMethod} is not allowed here; use ${allow}`,
        undefined,
        {
          allow,
        },
      );
    }
    const principal = principalOf(event);
    const needed = roleNeeded(match.route.method, match.route.path);
    if (!mayCall(principal, needed)) return forbidden(principal, needed, match.route);
    const request: ApiRequest = {
      method: event.httpMethod,
      path,
      params: match.params,
      query: queryParams(event),
      body: parseBody(event),
      caller: principal.id,
      now: (deps.now ?? Date.now)(),
    };
    return await match.route.handle(request, deps);
  } catch (error) {
    return responseForError(error, deps.logger);
  }
}

function pathSegments(path: string): string[] {
  return path
    .split('/')
    .filter((s) => s !== '')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch (cause) {
        throw new ValidationError('path', 'malformed percent-encoding', { cause });
      }
    });
}

function matchPath(template: string, segments: readonly string[]): Record<string, string> | undefined {
  const parts = template.split('/').filter((s) => s !== '');
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of parts.entries()) {
    const segment = segments[i] as string;
    if (part.startsWith('{') && part.endsWith('}')) params[part.slice(1, -1)] = segment;
    else if (part !== segment) return undefined;
  }
  return params;
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

function parseBody(event: APIGatewayProxyEvent): unknown {
  if (event.body === null || event.body === '') return undefined;
  const text = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) {
    throw new ValidationError('body', `at most ${MAX_BODY_BYTES} bytes`);
  }
  const type = header(event, 'content-type');
  if (type !== undefined && !/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new ValidationError('body', `expected content-type application/json, got ${JSON.stringify(type)}`);
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ValidationError('body', 'not valid JSON', { cause });
  }
}

function header(event: APIGatewayProxyEvent, name: string): string | undefined {
  for (const [key, value] of Object.entries(event.headers ?? {})) {
    if (key.toLowerCase() === name && value !== undefined) return value;
  }
  return undefined;
}

function forbidden(principal: Principal, needed: Principal['role'], route: Route): APIGatewayProxyResult {
  const who = principal.kind === 'anonymous' ? 'an anonymous caller' : `${principal.id} (${principal.role})`;
  const how =
    needed === 'admin'
      ? 'an admin: an IAM principal under /iam, or a Cognito user in logward-admin under /people'
      : 'a reader: an API key, an IAM principal under /iam, or a Cognito user in logward-reader or logward-admin under /people';
  return errorResponse(403, 'forbidden', `${route.method} ${route.path} needs ${how}; ${who} is not one`);
}
