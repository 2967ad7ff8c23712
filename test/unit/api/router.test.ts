import { describe, expect, test } from 'vitest';
import type { LogDocument } from '#core/log-document.ts';
import { routeApiRequest } from '#lambdas/api/router.ts';
import { BackendUnavailableError } from '#lambdas/ports.ts';
import { apiEvent, FakeLogs, fakeDependencies, silentLogger } from './api-event.ts';

const body = (result: { body: string }) => JSON.parse(result.body) as unknown;

describe('routeApiRequest', () => {
  test('unknown paths are 404 and wrong methods 405, in the one error shape', async () => {
    const deps = fakeDependencies();
    const missing = await routeApiRequest(apiEvent('GET', '/nope'), deps);
    expect([missing.statusCode, body(missing)]).toEqual([
      404,
      { error: { code: 'not_found', message: 'no route for /nope' } },
    ]);
    const wrong = await routeApiRequest(apiEvent('DELETE', '/logs'), deps);
    expect(wrong.statusCode).toBe(405);
    expect(wrong.headers?.allow).toBe('GET');
    expect(body(wrong)).toEqual({
      error: { code: 'method_not_allowed', message: 'DELETE is not allowed here; use GET' },
    });
  });

  test('path parameters are decoded and validated', async () => {
    const logs = new FakeLogs();
    logs.documents = [{ event_id: 'abc_DEF-123' } as LogDocument];
    const deps = fakeDependencies(logs);
    expect((await routeApiRequest(apiEvent('GET', '/logs/abc_DEF-123'), deps)).statusCode).toBe(200);
    expect(body(await routeApiRequest(apiEvent('GET', '/logs/unknownid'), deps))).toEqual({
      error: { code: 'not_found', message: 'no log event with id unknownid' },
    });
    for (const path of ['/logs/%7B%22match_all%22%7D', '/logs/%E0%A4%A', '/logs/a%2Fb', '/logs/ünïcode']) {
      const result = await routeApiRequest(apiEvent('GET', path), deps);
      expect(result.statusCode, path).toBe(400);
    }
    expect(logs.calls).toEqual(['abc_DEF-123', 'unknownid']);
  });

  test('bad query parameters are 400 naming the field; the reader is never called', async () => {
    const logs = new FakeLogs();
    const deps = fakeDependencies(logs);
    const cases = [
      '/logs?limit=100000',
      '/logs?limit=-1',
      '/logs?cursor=%00%01',
      '/logs?from=2025-02-30T00:00:00Z',
      '/logs?from=99999-01-01',
      '/logs?query=%7B%22match_all%22%3A%7B%7D%7D',
      '/logs/abc/context?before=501',
      '/summary?top=0',
      '/summary?bogus=1',
      '/openapi.json?x=1',
    ];
    for (const path of cases) {
      const result = await routeApiRequest(apiEvent('GET', path), deps);
      expect(result.statusCode, path).toBe(400);
      expect(body(result), path).toMatchObject({ error: { code: 'bad_request', field: expect.any(String) } });
    }
    expect(logs.calls).toEqual([]);
  });

  test('values of the documented shape that do not hold together are 422 naming the field', async () => {
    const logs = new FakeLogs();
    const deps = fakeDependencies(logs);
    const cases = [
      ['/logs?cursor=WzEsMl0', 'cursor'],
      ['/logs?from=1h&to=2h', 'from'],
      ['/summary?interval=1s&from=7d', 'interval'],
    ];
    for (const [path, field] of cases) {
      const result = await routeApiRequest(apiEvent('GET', path as string), deps);
      expect([result.statusCode, body(result)], path).toEqual([
        422,
        { error: { code: 'unprocessable', field, message: expect.any(String) } },
      ]);
    }
    expect(logs.calls).toEqual([]);
  });

  test('an unavailable backend is a 503 to retry; an unexpected failure a 500 that reveals nothing', async () => {
    const logs = new FakeLogs();
    const lines: string[] = [];
    const deps = fakeDependencies(logs, { logger: silentLogger(lines) });
    logs.failure = new BackendUnavailableError('OpenSearch', { cause: new Error('connect ECONNREFUSED') });
    const unavailable = await routeApiRequest(apiEvent('GET', '/logs'), deps);
    expect([unavailable.statusCode, unavailable.headers?.['retry-after'], body(unavailable)]).toEqual([
      503,
      '5',
      { error: { code: 'unavailable', message: 'OpenSearch is unavailable; retry later' } },
    ]);
    logs.failure = new TypeError('secret internals at 10.0.0.1');
    const broken = await routeApiRequest(apiEvent('GET', '/logs'), deps);
    expect([broken.statusCode, body(broken)]).toEqual([
      500,
      { error: { code: 'internal', message: 'internal error; see the api function logs' } },
    ]);
    expect(lines.at(-1)).toContain('secret internals');
  });

  test('CORS: allowed origins get the header, others none; preflight answers without a route', async () => {
    const deps = fakeDependencies(new FakeLogs(), { cors: { allowOrigins: ['https://logs.example.com'] } });
    const allowed = await routeApiRequest(
      apiEvent('GET', '/logs', { headers: { Origin: 'https://logs.example.com' } }),
      deps,
    );
    expect(allowed.headers?.['access-control-allow-origin']).toBe('https://logs.example.com');
    const other = await routeApiRequest(
      apiEvent('GET', '/logs', { headers: { origin: 'https://evil.test' } }),
      deps,
    );
    expect(other.headers?.['access-control-allow-origin']).toBeUndefined();
    const preflight = await routeApiRequest(
      apiEvent('OPTIONS', '/logs/abc', { headers: { origin: 'https://logs.example.com' } }),
      deps,
    );
    expect(preflight).toEqual({
      statusCode: 204,
      headers: {
        'access-control-allow-origin': 'https://logs.example.com',
        vary: 'origin',
        'access-control-allow-methods': 'GET,POST,PUT,PATCH,DELETE,OPTIONS',
        'access-control-allow-headers':
          'content-type,x-api-key,authorization,x-amz-date,x-amz-security-token,x-amz-content-sha256',
        'access-control-max-age': '600',
      },
      body: '',
    });
    const none = await routeApiRequest(
      apiEvent('GET', '/logs', { headers: { origin: 'https://x.test' } }),
      fakeDependencies(),
    );
    expect(none.headers?.['access-control-allow-origin']).toBeUndefined();
  });

  test('GET /health reports each backend and what is known of the pipeline', async () => {
    const deps = fakeDependencies(new FakeLogs(), {
      health: {
        backends: {
          opensearch: async () => {},
          dynamodb: async () => {
            throw Object.assign(new Error('Requested resource not found: arn:aws:dynamodb:…'), {
              name: 'ResourceNotFoundException',
            });
          },
          kafka: async () => {
            throw new Error('connect ECONNREFUSED 10.0.1.5:9098');
          },
        },
      },
    });
    const result = await routeApiRequest(apiEvent('GET', '/health'), deps);
    expect(result.statusCode).toBe(503);
    expect(body(result)).toEqual({
      status: 'degraded',
      checkedAt: '2025-10-23T15:00:00.000Z',
      backends: {
        opensearch: { ok: true, latencyMs: expect.any(Number) },
        dynamodb: { ok: false, latencyMs: expect.any(Number), error: 'ResourceNotFoundException' },
        kafka: { ok: false, latencyMs: expect.any(Number), error: 'no answer' },
      },
      pipeline: {
        lastIngestAt: null,
        secondsSinceLastIngest: null,
        consumerLag: { known: false, reason: 'no lag source configured in this environment' },
      },
    });
  });

  test('GET /health shares one report for 5 s: a flood probes the backends once per interval', async () => {
    let probes = 0;
    let now = Date.parse('2025-10-23T15:00:00Z');
    const deps = fakeDependencies(new FakeLogs(), {
      health: { backends: { opensearch: async () => void probes++ } },
      now: () => now,
    });
    const first = await Promise.all(
      Array.from({ length: 50 }, () => routeApiRequest(apiEvent('GET', '/health'), deps)),
    );
    expect(probes).toBe(1);
    expect(first[0]?.headers?.['cache-control']).toBe('public, max-age=5');
    now += 4_999;
    await routeApiRequest(apiEvent('GET', '/health'), deps);
    expect(probes).toBe(1);
    now += 1;
    const later = await routeApiRequest(apiEvent('GET', '/health'), deps);
    expect(probes).toBe(2);
    expect((body(later) as { checkedAt: string }).checkedAt).toBe('2025-10-23T15:00:05.000Z');
  });
});
