/**
 * Who may call the API, and how API Gateway tells the handler who called.
 *
 * API Gateway gives a method exactly one kind of authorization, so the API has one resource tree
 * per kind of credential, each serving the same routes under its own prefix:
 *
 * | tree         | API Gateway authorization                       | principal                    | role                |
 * |--------------|-------------------------------------------------|------------------------------|---------------------|
 * | `/…`         | API key (usage plan), `GET` only                | `api-key:<key id>`           | reader              |
 * | `/iam/…`     | `AWS_IAM` (SigV4)                               | the caller's IAM ARN         | admin               |
 * | `/people/…`  | Cognito user pool authorizer (`Authorization`)  | `cognito:<sub>` (+ username) | by group, see below |
 * | `GET /health`| none (its own throttle)                         | anonymous                    | —                   |
 *
 * The handler derives the principal only from the request context API Gateway fills in after it
 * verified the credential (`identity.userArn`, `authorizer.claims`, `identity.apiKeyId`), never
 * from a header the client sends, and checks the role again: reads need a reader or an admin,
 * writes (every method but GET) an admin. The local API Gateway adapter enforces the same layout.
 */
import type { APIGatewayProxyEvent } from 'aws-lambda';

/** Path prefix of the tree whose methods use IAM (SigV4) authorization. */
export const IAM_TREE = '/iam';
/** Path prefix of the tree whose methods use the Cognito user pool authorizer. */
export const PEOPLE_TREE = '/people';
/** Cognito group whose members may write (rules, silences, acknowledgements, node actions). */
export const ADMIN_GROUP = 'logward-admin';
/** Cognito group whose members may read. */
export const READER_GROUP = 'logward-reader';
/** Routes served to anyone, without a credential, on resources of their own. */
export const OPEN_ROUTES: readonly string[] = ['GET /health'];
/**
 * The throttle of `GET /health`'s own method (requests per second, burst), so a flood of the
 * open route is refused there and never uses up what keyed and signed clients are allowed.
 */
export const HEALTH_THROTTLE = { rate: 10, burst: 20 } as const;

export type Role = 'admin' | 'reader' | 'none';

/** Who called, as API Gateway established it. `id` goes into audit fields (`createdBy`, `acknowledgedBy`). */
export interface Principal {
  readonly kind: 'iam' | 'cognito' | 'api-key' | 'anonymous';
  readonly id: string;
  readonly role: Role;
}

/** The principal of a request, from what API Gateway's authorizers put in the request context. */
export function principalOf(event: APIGatewayProxyEvent): Principal {
  const context = event.requestContext;
  const claims = (context?.authorizer as { claims?: Record<string, unknown> } | null | undefined)?.claims;
  if (claims && typeof claims.sub === 'string' && claims.sub !== '') {
    // ID tokens carry `cognito:username`, access tokens `username`; `sub` is the one that never changes.
    const username = claims['cognito:username'] ?? claims.username;
    const id =
      typeof username === 'string' && username !== ''
        ? `cognito:${username} (${claims.sub})`
        : `cognito:${claims.sub}`;
    return { kind: 'cognito', id, role: roleOfGroups(claims['cognito:groups']) };
  }
  const identity = context?.identity;
  if (identity?.userArn) return { kind: 'iam', id: identity.userArn, role: 'admin' };
  if (identity?.apiKeyId) return { kind: 'api-key', id: `api-key:${identity.apiKeyId}`, role: 'reader' };
  return { kind: 'anonymous', id: 'anonymous', role: 'none' };
}

/**
 * The role of a Cognito user from `cognito:groups`, which API Gateway passes as a string: one group
 * as is, several as `[a b]` (some clients join them with commas).
 */
export function roleOfGroups(groups: unknown): Role {
  const names = Array.isArray(groups)
    ? groups.map(String)
    : typeof groups === 'string'
      ? groups.replace(/^\[|\]$/g, '').split(/[\s,]+/)
      : [];
  if (names.includes(ADMIN_GROUP)) return 'admin';
  if (names.includes(READER_GROUP)) return 'reader';
  return 'none';
}

/** What a method needs: anyone for open routes, a reader for GET, an admin for everything else. */
export function roleNeeded(method: string, path: string): Role {
  if (OPEN_ROUTES.includes(`${method} ${path}`)) return 'none';
  return method === 'GET' ? 'reader' : 'admin';
}

/** Whether `principal` may call a method that needs `needed`. */
export function mayCall(principal: Principal, needed: Role): boolean {
  if (needed === 'none') return true;
  if (needed === 'reader') return principal.role === 'reader' || principal.role === 'admin';
  return principal.role === 'admin';
}

/**
 * The route path of a request, percent-encoding kept: what the matched resource's `{proxy+}`
 * captured (`/iam/{proxy+}` serves `/iam/rules` as `/rules`), or a literal resource itself
 * (`/health`). API Gateway's `path` also holds a custom domain's base path (`/logward/iam/rules`
 * through a mapping under `logward`), which no resource names, so the route is read from the end of
 * `path`: the resource's prefix, then exactly the proxy value API Gateway reports. Without a proxy
 * value, only a leading prefix is taken off.
 */
export function routePath(
  event: Pick<APIGatewayProxyEvent, 'path' | 'resource'> & {
    readonly pathParameters?: APIGatewayProxyEvent['pathParameters'];
  },
): string {
  const resource = event.resource ?? '';
  if (!resource.endsWith('/{proxy+}')) {
    return resource.startsWith('/') && !resource.includes('{') ? resource : event.path;
  }
  const prefix = resource.slice(0, -'/{proxy+}'.length);
  const proxy = event.pathParameters?.proxy;
  const path = event.path;
  if (typeof proxy === 'string' && proxy !== '') {
    const start = `${prefix}/`;
    for (let at = path.indexOf(start); at !== -1; at = path.indexOf(start, at + 1)) {
      const tail = path.slice(at + start.length);
      if (tail === proxy || decoded(tail) === proxy) return `/${tail}`;
    }
  }
  return prefix !== '' && path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
}

function decoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
