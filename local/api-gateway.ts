/**
 * Plays API Gateway REST (Lambda proxy integration) locally: an HTTP server on loopback that
 * builds the `APIGatewayProxyEvent` AWS would send, checks the API key as a usage plan would,
 * and writes back the handler's `APIGatewayProxyResult`. CORS preflights (`OPTIONS`) pass without
 * a key, as API Gateway's preflight mock integration answers them in AWS.
 */
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

export type ApiHandler = (event: APIGatewayProxyEvent) => Promise<APIGatewayProxyResult>;

export interface LocalApiOptions {
  readonly port: number;
  readonly host?: string;
  /** Required in `x-api-key` on every route but those in `publicRoutes`. */
  readonly apiKey: string;
  /** @default ['GET /health'] */
  readonly publicRoutes?: readonly string[];
  readonly stage?: string;
  /** Largest request body accepted, bytes (API Gateway: 10 MB). */
  readonly maxBodyBytes?: number;
}

export interface RunningApi {
  readonly url: string;
  stop(): Promise<void>;
}

export async function startLocalApi(handler: ApiHandler, options: LocalApiOptions): Promise<RunningApi> {
  const server = createServer((req, res) => {
    serve(handler, options, req, res).catch((error: unknown) => {
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
  req: IncomingMessage,
  res: ServerResponse,
) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const method = req.method ?? 'GET';
  const publicRoutes = options.publicRoutes ?? ['GET /health'];
  if (
    method !== 'OPTIONS' &&
    !publicRoutes.includes(`${method} ${url.pathname}`) &&
    !keyMatches(req.headers['x-api-key'], options.apiKey)
  ) {
    writeJson(res, 403, { message: 'Forbidden' });
    return;
  }
  const body = await readBody(req, options.maxBodyBytes ?? 10 * 1024 * 1024);
  if (body === undefined) {
    writeJson(res, 413, { message: 'Request Entity Too Large' });
    return;
  }
  const result = await handler(toProxyEvent(req, url, body, options.stage ?? 'local'));
  res.writeHead(result.statusCode, flattenHeaders(result));
  res.end(result.isBase64Encoded ? Buffer.from(result.body, 'base64') : result.body);
}

function keyMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function toProxyEvent(req: IncomingMessage, url: URL, body: string, stage: string): APIGatewayProxyEvent {
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
  return {
    resource: '/{proxy+}',
    path: url.pathname,
    httpMethod: method,
    headers,
    multiValueHeaders,
    queryStringParameters: hasQuery ? query : null,
    multiValueQueryStringParameters: hasQuery ? multiQuery : null,
    pathParameters: { proxy: url.pathname.slice(1) },
    stageVariables: null,
    body: body === '' ? null : body,
    isBase64Encoded: false,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      authorizer: null,
      protocol: `HTTP/${req.httpVersion}`,
      httpMethod: method,
      path: `/${stage}${url.pathname}`,
      stage,
      requestId: randomUUID(),
      requestTimeEpoch: Date.now(),
      resourceId: 'local',
      resourcePath: '/{proxy+}',
      identity: localIdentity(req),
    },
  };
}

function localIdentity(req: IncomingMessage): APIGatewayProxyEvent['requestContext']['identity'] {
  return {
    accessKey: null,
    accountId: null,
    apiKey: typeof req.headers['x-api-key'] === 'string' ? req.headers['x-api-key'] : null,
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

async function readBody(req: IncomingMessage, maxBytes: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function writeJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
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
