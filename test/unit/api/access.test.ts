import type { APIGatewayProxyEvent } from 'aws-lambda';
import { describe, expect, test } from 'vitest';
import { principalOf, roleNeeded, roleOfGroups, routePath } from '#lambdas/api/access.ts';
import { routeApiRequest } from '#lambdas/api/router.ts';
import { apiEvent, fakeDependencies } from './api-event.ts';

type Context = Partial<APIGatewayProxyEvent['requestContext']>;
const iam: Context = {
  identity: { userArn: 'arn:aws:iam::123456789012:role/deployer', apiKeyId: null } as never,
};
const person = (groups: string): Context => ({
  identity: { userArn: null, apiKeyId: null } as never,
  authorizer: {
    claims: {
      sub: '6f1e0d2c-0000-4000-8000-000000000001',
      'cognito:username': 'ada',
      'cognito:groups': groups,
    },
  },
});
const readerKey: Context = { identity: { apiKeyId: 'k-42', userArn: null } as never };
const nobody: Context = { identity: { apiKeyId: null, userArn: null } as never };

describe('principals from the request context', () => {
  test('each kind of credential, as API Gateway established it', () => {
    expect(principalOf(apiEvent('GET', '/logs', { requestContext: iam }))).toEqual({
      kind: 'iam',
      id: 'arn:aws:iam::123456789012:role/deployer',
      role: 'admin',
    });
    expect(principalOf(apiEvent('GET', '/logs', { requestContext: person('logward-admin') }))).toEqual({
      kind: 'cognito',
      id: 'cognito:ada (6f1e0d2c-0000-4000-8000-000000000001)',
      role: 'admin',
    });
    expect(principalOf(apiEvent('GET', '/logs', { requestContext: readerKey }))).toEqual({
      kind: 'api-key',
      id: 'api-key:k-42',
      role: 'reader',
    });
    expect(principalOf(apiEvent('GET', '/logs', { requestContext: nobody }))).toEqual({
      kind: 'anonymous',
      id: 'anonymous',
      role: 'none',
    });
  });

  test('headers a client sends never make a principal', () => {
    const event = apiEvent('POST', '/rules', {
      requestContext: nobody,
      headers: {
        'x-amzn-user-arn': 'arn:aws:iam::123456789012:user/admin',
        authorization: 'AWS4-HMAC-SHA256 Credential=AKIA/…',
        'x-api-key': 'whatever',
        'cognito:groups': 'logward-admin',
      },
    });
    expect(principalOf(event).role).toBe('none');
  });

  test.each([
    ['logward-admin', 'admin'],
    ['logward-reader', 'reader'],
    ['[logward-reader logward-admin]', 'admin'],
    ['logward-reader,ops', 'reader'],
    ['ops', 'none'],
    ['logward-administrators', 'none'],
    ['', 'none'],
  ])('groups %j → %s', (groups, role) => {
    expect(roleOfGroups(groups)).toBe(role);
  });

  test('what each method needs', () => {
    expect(roleNeeded('GET', '/health')).toBe('none');
    expect(roleNeeded('GET', '/rules')).toBe('reader');
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'])
      expect(roleNeeded(method, '/rules')).toBe('admin');
  });

  test('the route path is the path less the matched proxy prefix', () => {
    expect(routePath({ resource: '/iam/{proxy+}', path: '/iam/nodes/a%2Fb/pause' })).toBe(
      '/nodes/a%2Fb/pause',
    );
    expect(routePath({ resource: '/people/{proxy+}', path: '/people/logs' })).toBe('/logs');
    expect(routePath({ resource: '/{proxy+}', path: '/iam/logs' })).toBe('/iam/logs');
    expect(routePath({ resource: '/health', path: '/health' })).toBe('/health');
  });

  // Through a custom domain, API Gateway's `path` starts with the base path of the mapping.
  test.each([
    ['/iam/{proxy+}', '/logward/iam/nodes/a%2Fb/pause', 'nodes/a%2Fb/pause', '/nodes/a%2Fb/pause'],
    ['/iam/{proxy+}', '/logward/iam/nodes/a%2Fb/pause', 'nodes/a/b/pause', '/nodes/a%2Fb/pause'],
    ['/people/{proxy+}', '/v1/eu/people/logs', 'logs', '/logs'],
    ['/{proxy+}', '/logward/logs', 'logs', '/logs'],
    ['/{proxy+}', '/logs/abc', 'logs/abc', '/logs/abc'],
    ['/iam/{proxy+}', '/iam/iam/rules', 'rules', '/rules'],
    ['/iam/{proxy+}', '/iam/rules', 'rules', '/rules'],
    ['/health', '/logward/health', null, '/health'],
  ])('%s at %s (proxy %j) routes as %s', (resource, path, proxy, route) => {
    expect(routePath({ resource, path, pathParameters: proxy === null ? null : { proxy } })).toBe(route);
  });

  test('through a custom domain base path, each tree reaches its routes', async () => {
    const deps = fakeDependencies();
    const through = (
      method: string,
      path: string,
      resource: string,
      proxy: string | null,
      context: Context,
    ) =>
      routeApiRequest(
        {
          ...apiEvent(method, path, { requestContext: context, resource }),
          pathParameters: proxy === null ? null : { proxy },
        },
        deps,
      );
    expect((await through('GET', '/logward/logs', '/{proxy+}', 'logs', readerKey)).statusCode).toBe(200);
    expect((await through('GET', '/logward/iam/logs', '/iam/{proxy+}', 'logs', iam)).statusCode).toBe(200);
    expect(
      (await through('GET', '/logward/people/logs', '/people/{proxy+}', 'logs', person('logward-reader')))
        .statusCode,
    ).toBe(200);
    expect((await through('GET', '/logward/health', '/health', null, nobody)).statusCode).not.toBe(404);
  });
});

describe('the router checks the role again', () => {
  const writes: Array<[string, string]> = [
    ['POST', '/rules'],
    ['PUT', '/rules/r1'],
    ['DELETE', '/rules/r1'],
    ['POST', '/silences'],
    ['PUT', '/silences/s1'],
    ['DELETE', '/silences/s1'],
    ['POST', '/alerts/f1/acknowledge'],
    ['POST', '/nodes/n1/pause'],
    ['POST', '/nodes/n1/resume'],
    ['POST', '/nodes/n1/retire'],
  ];

  test.each(writes)(
    '%s %s: 403 for readers and anonymous callers, reached by admins',
    async (method, path) => {
      const deps = fakeDependencies(); // no alerting stores: a route that is reached answers 503
      for (const context of [readerKey, person('logward-reader'), person('ops'), nobody]) {
        const result = await routeApiRequest(
          apiEvent(method, path, { requestContext: context, body: '{}' }),
          deps,
        );
        expect(result.statusCode, JSON.stringify(context)).toBe(403);
        expect(JSON.parse(result.body)).toMatchObject({ error: { code: 'forbidden' } });
      }
      for (const context of [iam, person('logward-admin')]) {
        const result = await routeApiRequest(
          apiEvent(method, path, { requestContext: context, body: '{}' }),
          deps,
        );
        expect(result.statusCode, JSON.stringify(context)).toBe(503);
      }
    },
  );

  test('reads need a reader; /health needs nobody', async () => {
    const deps = fakeDependencies();
    expect(
      (await routeApiRequest(apiEvent('GET', '/logs', { requestContext: nobody }), deps)).statusCode,
    ).toBe(403);
    expect(
      (await routeApiRequest(apiEvent('GET', '/logs', { requestContext: person('ops') }), deps)).statusCode,
    ).toBe(403);
    for (const context of [readerKey, iam, person('logward-reader')]) {
      expect(
        (await routeApiRequest(apiEvent('GET', '/logs', { requestContext: context }), deps)).statusCode,
      ).toBe(200);
    }
    expect(
      (
        await routeApiRequest(
          apiEvent('GET', '/health', { requestContext: nobody, resource: '/health' }),
          deps,
        )
      ).statusCode,
    ).not.toBe(403);
  });

  test('a request under /iam is routed without its prefix', async () => {
    const deps = fakeDependencies();
    const result = await routeApiRequest(
      apiEvent('GET', '/iam/logs', { requestContext: iam, resource: '/iam/{proxy+}' }),
      deps,
    );
    expect(result.statusCode).toBe(200);
  });
});
