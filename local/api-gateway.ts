/**
 * Plays API Gateway REST (Lambda proxy integration) locally: an HTTP server on loopback that
 * authorizes each request as the deployed API's methods do (lambdas/api/access.ts: API key on
 * the root tree's GETs, SigV4 under `/iam`, Cognito ID tokens under `/people`, `GET /health`
 * open with a throttle of its own), builds the `APIGatewayProxyEvent` AWS would send, with the
 * verified principal in its request context, and writes back the handler's result. CORS
 * preflights (`OPTIONS`) pass without a credential, as API Gateway's preflight mock answers them.
 */
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { HEALTH_THROTTLE, IAM_TREE, OPEN_ROUTES, PEOPLE_TREE } from '#lambdas/api/access.ts';
import type { LocalAccess } from './access.ts';
import { type ConsoleSite, serveConsole } from './console-server.ts';
import { readBody } from './read-body.ts';
import { checkSigV4Credential, verifySigV4 } from './sigv4.ts';

export type ApiHandler = (event: APIGatewayProxyEvent) => Promise<APIGatewayProxyResult>;

/** A token bucket's steady rate (requests per second) and burst, as API Gateway throttles. */
export interface Throttle {
  readonly rate: number;
  readonly burst: number;
}

export interface LocalApiOptions {
  readonly port: number;
  readonly host?: string;
  /** The credentials each tree accepts. */
  readonly access: LocalAccess;
  /** @default HEALTH_THROTTLE */
  readonly healthThrottle?: Throttle;
  readonly stage?: string;
  /** Largest request body accepted, bytes (API Gateway: 10 MB). */
  readonly maxBodyBytes?: number;
  /** Serves the web console at `/` beside the API (CloudFront's job in AWS). */
  readonly console?: ConsoleSite;
}

export interface RunningApi {
  readonly url: string;
  stop(): Promise<void>;
}

export async function startLocalApi(handler: ApiHandler, options: LocalApiOptions): Promise<RunningApi> {
  const healthBucket = new TokenBucket(options.healthThrottle ?? HEALTH_THROTTLE);
  const server = createServer((req, res) => {
    serve(handler, options, healthBucket, req, res).catch((error: unknown) => {
      if (!res.headersSent) writeJson(res, 502, { message: 'Internal server error' });
      res.end();
      console.error('local api: handler failed', error);
    });
  });
  await listen(server, options.port, options.host ?? '127.0.0.1');
  const address = server.address() as AddressInfo;
  return {
    url: `http://${address.address}:${address.port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())).then(() => undefined),
  };
}

async function serve(
  handler: ApiHandler,
  options: LocalApiOptions,
  healthBucket: TokenBucket,
  req: IncomingMessage,
  res: ServerResponse,
) {
  // A fixed base: the client's Host header never decides how the path is read.
  const url = new URL(req.url ?? '/', 'http://localhost');
  const method = req.method ?? 'GET';
  if (options.console && (await serveConsole(options.console, req, res, url))) return;
  const tree = treeOf(method, url.pathname);
  if (tree.kind === 'open' && !healthBucket.take()) {
    refuse(res, 429, 'Too Many Requests');
    return;
  }
  // Who calls is settled from the headers before a byte of the body is read (a SigV4 signature
  // covers the body, so only its last check waits for it): an anonymous caller cannot make the
  // gateway read up to 10 MB.
  const claimed = await authenticate(tree, req, options.access);
  if ('status' in claimed) {
    refuse(res, claimed.status, claimed.message);
    return;
  }
  // A preflight, anonymous by design, is answered from its headers: its body is never read, and
  // its connection closes after the answer so the server does not drain that body either.
  if (tree.kind === 'preflight') res.setHeader('connection', 'close');
  const body = tree.kind === 'preflight' ? '' : await readBody(req, options.maxBodyBytes ?? 10 * 1024 * 1024);
  if (body === undefined) {
    refuse(res, 413, 'Request Entity Too Large');
    return;
  }
  const caller = tree.kind === 'iam' ? await verifySignature(req, url, body, options.access) : claimed;
  if ('status' in caller) {
    refuse(res, caller.status, caller.message);
    return;
  }
  const result = await handler(toProxyEvent(req, url, body, options.stage ?? 'local', tree, caller));
  res.writeHead(result.statusCode, flattenHeaders(result));
  res.end(result.isBase64Encoded ? Buffer.from(result.body, 'base64') : result.body);
}

/** Which resource of the deployed API a request lands on, and so which authorization applies. */
type Tree =
  | { readonly kind: 'preflight' | 'open'; readonly resource: string }
  | { readonly kind: 'iam' | 'people' | 'api-key'; readonly resource: string; readonly prefix: string }
  | { readonly kind: 'no-method' };

function treeOf(method: string, path: string): Tree {
  const resource = (prefix: string) => `${prefix}/{proxy+}`;
  if (method === 'OPTIONS') return { kind: 'preflight', resource: '/{proxy+}' };
  if (OPEN_ROUTES.includes(`${method} ${path}`)) return { kind: 'open', resource: path };
  if (path.startsWith(`${IAM_TREE}/`)) return { kind: 'iam', resource: resource(IAM_TREE), prefix: IAM_TREE };
  if (path.startsWith(`${PEOPLE_TREE}/`))
    return { kind: 'people', resource: resource(PEOPLE_TREE), prefix: PEOPLE_TREE };
  // The root tree has GET methods only (reads with an API key); API Gateway answers any other
  // method there as it answers a method that does not exist.
  if (method === 'GET') return { kind: 'api-key', resource: resource(''), prefix: '' };
  return { kind: 'no-method' };
}

/** What API Gateway puts in the request context once a credential is verified. */
interface Caller {
  readonly identity: Partial<APIGatewayProxyEvent['requestContext']['identity']>;
  readonly claims?: Record<string, string>;
}

type Refusal = { readonly status: number; readonly message: string };

/**
 * The caller, from the headers alone. Under `/iam` that is the SigV4 credential (a known key, in
 * scope and time); its signature, which covers the body, is checked by `verifySignature`.
 */
async function authenticate(
  tree: Tree,
  req: IncomingMessage,
  access: LocalAccess,
): Promise<Caller | Refusal> {
  switch (tree.kind) {
    case 'preflight':
    case 'open':
      return { identity: {} };
    case 'no-method':
      return { status: 403, message: 'Missing Authentication Token' };
    case 'api-key': {
      const given = req.headers['x-api-key'];
      const keyId = typeof given === 'string' ? keyIdOf(given, access.apiKeys) : undefined;
      if (keyId === undefined) return { status: 403, message: 'Forbidden' };
      return { identity: { apiKey: given as string, apiKeyId: keyId } };
    }
    case 'iam': {
      const checked = checkSigV4Credential(req.headers, access.iamUsers, { region: access.region });
      return checked.ok ? { identity: {} } : { status: 403, message: checked.message };
    }
    case 'people': {
      const token = req.headers.authorization;
      if (typeof token !== 'string' || token === '') return { status: 401, message: 'Unauthorized' };
      const claims = await access.userPool.verify(token);
      if (!claims) return { status: 401, message: 'Unauthorized' };
      return { identity: {}, claims };
    }
  }
}

/** The IAM caller of a SigV4-signed request, once its signature (over the body too) verifies. */
async function verifySignature(
  req: IncomingMessage,
  url: URL,
  body: string,
  access: LocalAccess,
): Promise<Caller | Refusal> {
  const verified = await verifySigV4(
    { method: req.method ?? 'GET', url, headers: req.headers, body },
    access.iamUsers,
    { region: access.region },
  );
  if (!verified.ok) return { status: 403, message: verified.message };
  const principalId = `AIDA${verified.user.arn.split('/').pop()?.toUpperCase() ?? ''}`;
  return {
    identity: {
      accessKey: verified.accessKeyId,
      accountId: access.accountId,
      caller: principalId,
      user: principalId,
      userArn: verified.user.arn,
    },
  };
}

/** The id of the key whose value is `given`, compared in constant time against every key. */
function keyIdOf(given: string, keys: ReadonlyMap<string, string>): string | undefined {
  let found: string | undefined;
  const a = Buffer.from(given);
  for (const [value, id] of keys) {
    const b = Buffer.from(value);
    if (a.length === b.length && timingSafeEqual(a, b)) found = id;
  }
  return found;
}

/** API Gateway's throttle: a bucket of `burst` tokens refilled at `rate` per second. */
class TokenBucket {
  readonly #throttle: Throttle;
  #tokens: number;
  #at = Date.now();

  constructor(throttle: Throttle) {
    this.#throttle = throttle;
    this.#tokens = throttle.burst;
  }

  take(): boolean {
    const now = Date.now();
    this.#tokens = Math.min(
      this.#throttle.burst,
      this.#tokens + ((now - this.#at) / 1000) * this.#throttle.rate,
    );
    this.#at = now;
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }
}

function toProxyEvent(
  req: IncomingMessage,
  url: URL,
  body: string,
  stage: string,
  tree: Tree,
  caller: Caller,
): APIGatewayProxyEvent {
  const headers: Record<string, string> = {};
  const multiValueHeaders: Record<string, string[]> = {};
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i] as string;
    const value = req.rawHeaders[i + 1] as string;
    headers[name] = value;
    multiValueHeaders[name] = [...(multiValueHeaders[name] ?? []), value];
  }
  const query: Record<string, string> = {};
  const multiQuery: Record<string, string[]> = {};
  for (const [name, value] of url.searchParams) {
    query[name] = value;
    multiQuery[name] = [...(multiQuery[name] ?? []), value];
  }
  const hasQuery = url.searchParams.size > 0;
  const method = req.method ?? 'GET';
  const resource = 'resource' in tree ? tree.resource : '/{proxy+}';
  const prefix = 'prefix' in tree ? tree.prefix : '';
  return {
    resource,
    path: url.pathname,
    httpMethod: method,
    headers,
    multiValueHeaders,
    queryStringParameters: hasQuery ? query : null,
    multiValueQueryStringParameters: hasQuery ? multiQuery : null,
    pathParameters: resource.endsWith('{proxy+}') ? { proxy: url.pathname.slice(prefix.length + 1) } : null,
    stageVariables: null,
    body: body === '' ? null : body,
    isBase64Encoded: false,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      authorizer: caller.claims ? { claims: caller.claims } : null,
      protocol: `HTTP/${req.httpVersion}`,
      httpMethod: method,
      path: `/${stage}${url.pathname}`,
      stage,
      requestId: randomUUID(),
      requestTimeEpoch: Date.now(),
      resourceId: 'local',
      resourcePath: resource,
      identity: { ...localIdentity(req), ...caller.identity },
    },
  };
}

function localIdentity(req: IncomingMessage): APIGatewayProxyEvent['requestContext']['identity'] {
  return {
    accessKey: null,
    accountId: null,
    apiKey: null,
    apiKeyId: null,
    caller: null,
    clientCert: null,
    cognitoAuthenticationProvider: null,
    cognitoAuthenticationType: null,
    cognitoIdentityId: null,
    cognitoIdentityPoolId: null,
    principalOrgId: null,
    sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
    user: null,
    userAgent: req.headers['user-agent'] ?? null,
    userArn: null,
  };
}

function flattenHeaders(result: APIGatewayProxyResult): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name] = String(value);
  for (const [name, values] of Object.entries(result.multiValueHeaders ?? {}))
    headers[name] = values.map(String);
  return headers;
}

function writeJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** Refuses a request; the connection closes, so a body not read yet never is. */
function refuse(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json', connection: 'close' });
  res.end(JSON.stringify({ message }));
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
