/** The local API Gateway settles who calls from the headers before it reads a request's body. */
import { request as httpRequest } from 'node:http';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalCredentials, type LocalCredentials } from '#local/access.ts';
import { type RunningApi, startLocalApi } from '#local/api-gateway.ts';
import { signRequest } from '#local/sigv4.ts';

const MAX_BODY = 1024;
let api: RunningApi;
let credentials: LocalCredentials;
const reached: APIGatewayProxyEvent[] = [];

beforeAll(async () => {
  credentials = await createLocalCredentials();
  api = await startLocalApi(
    async (event) => {
      reached.push(event);
      return { statusCode: 200, body: '{}' };
    },
    { port: 0, access: credentials.access, maxBodyBytes: MAX_BODY },
  );
});

afterAll(() => api?.stop());

/** Sends `body` with `headers` and resolves with the answer's status. */
function send(method: string, path: string, headers: Record<string, string>, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      new URL(path, api.url),
      { method, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    // The gateway may answer and close before taking the whole body: that is the point.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    req.end(body);
  });
}

const tooLarge = 'x'.repeat(MAX_BODY * 4);

describe('authentication comes before the body', () => {
  it.each([
    ['POST', '/rules', {}, 403],
    ['GET', '/logs', { 'x-api-key': 'not-a-key' }, 403],
    ['POST', '/iam/rules', {}, 403],
    ['POST', '/iam/rules', { authorization: 'AWS4-HMAC-SHA256 Credential=AKIAUNKNOWN/x' }, 403],
    ['POST', '/people/rules', {}, 401],
    ['POST', '/people/rules', { authorization: 'not.a.token' }, 401],
  ])(
    '%s %s %j with an oversized body: refused as unauthenticated (%i), not 413',
    async (method, path, headers, status) => {
      expect(await send(method, path, headers, tooLarge)).toBe(status);
      expect(reached).toEqual([]);
    },
  );

  it('answers an anonymous caller whose body never ends', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        new URL('/iam/rules', api.url),
        { method: 'POST', headers: { 'content-length': String(MAX_BODY) } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
          req.destroy();
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ECONNRESET') reject(error);
      });
      req.write('{"id":'); // and nothing more
    });
    expect(status).toBe(403);
  });

  it('reads the body of a caller whose credential holds: the size limit, then the signature over it', async () => {
    const sign = async (body: string) =>
      signRequest(
        { method: 'POST', url: new URL('/iam/rules', api.url), body },
        credentials.admin,
        credentials.access.region,
      );
    expect(await send('POST', '/iam/rules', await sign(tooLarge), tooLarge)).toBe(413);
    expect(await send('POST', '/iam/rules', await sign('{"a":1}'), '{"a":2}')).toBe(403);
    expect(reached).toEqual([]);
    expect(await send('POST', '/iam/rules', await sign('{"a":1}'), '{"a":1}')).toBe(200);
    expect(reached.map((event) => event.requestContext.identity.userArn)).toEqual([credentials.admin.arn]);
  });
});

describe('a CORS preflight', () => {
  it('is answered without reading its body: the handler gets none, an oversized one is no 413', async () => {
    reached.length = 0;
    expect(await send('OPTIONS', '/iam/rules', { origin: 'http://localhost:5173' }, tooLarge)).toBe(200);
    expect(reached.map((event) => [event.httpMethod, event.body])).toEqual([['OPTIONS', null]]);
  });

  it('is answered while its body never ends', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        new URL('/people/rules', api.url),
        { method: 'OPTIONS', headers: { 'content-length': String(10 * 1024 * 1024) } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
          req.destroy();
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ECONNRESET') reject(error);
      });
      req.write('x'.repeat(100)); // and nothing more
    });
    expect(status).toBe(200);
  });
});
