/**
 * Nodes, alerts, rules and silences through the local API Gateway on the local DynamoDB (moto), over the
 * alerting stores (seeded through the same stores the heartbeat and ingest paths write with).
 * Every response is checked against the OpenAPI document.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Occurrence } from '#core/alerting/model.ts';
import { alertingStoresFromEnv } from '#lambdas/alerting/dependencies.ts';
import { openApiDocument } from '#lambdas/api/openapi.ts';
import { lambdaEnvironment } from '#local/pipeline.ts';
import { defined } from '../../support/fixtures.ts';
import {
  type CallAs,
  callApi,
  checkedCall,
  startTestStack,
  type TestStack,
} from '../../support/local-stack.ts';
import { eventually } from '../../support/wait.ts';
import { OpenApiChecker } from './openapi-checker.ts';

const checker = new OpenApiChecker(openApiDocument());

describe('management API', () => {
  let stack: TestStack;
  let stores: ReturnType<typeof alertingStoresFromEnv>;

  function call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = { 'content-type': 'application/json' },
    as: CallAs = 'admin-person',
  ): Promise<{ status: number; body: T }> {
    return checkedCall<T>(stack, checker, method, path, { body, headers, as });
  }

  beforeAll(async () => {
    stack = await startTestStack('mgmt');
    stores = alertingStoresFromEnv(lambdaEnvironment(inject('endpoints'), stack.topology));
  });

  afterAll(async () => {
    await stack?.pipeline.stop();
  });

  describe('nodes', () => {
    const PROGRESS = {
      inputs: 2,
      ackedBytes: 4096,
      lagBytes: 512,
      oldestUnackedMs: 250,
      errors: 0,
      bufferedBytes: 1024,
      sendErrors: 0,
      backpressure: false,
      uptimeSeconds: 60,
    };

    test('list, read, pause, resume and retire', async () => {
      const now = Date.now();
      await stores.nodes.recordHeartbeats(
        [
          {
            nodeId: 'web-1/agent',
            host: 'web-1',
            kind: 'agent',
            intervalSeconds: 10,
            sentAt: now,
            agentVersion: '0.1.0',
            progress: PROGRESS,
          },
          { nodeId: 'web-2/agent', host: 'web-2', kind: 'agent', intervalSeconds: 10, sentAt: now },
        ],
        now,
      );
      const list = await call<{ items: Array<{ nodeId: string; state: string; lastSeenAt: string }> }>(
        'GET',
        '/nodes',
      );
      expect(list.body.items.map((n) => [n.nodeId, n.state])).toEqual([
        ['web-1/agent', 'new'],
        ['web-2/agent', 'new'],
      ]);
      expect(list.body.items[0]?.lastSeenAt).toBe(new Date(now).toISOString());
      expect(list.body.items.map((n) => (n as { progress?: unknown }).progress)).toEqual([
        PROGRESS,
        undefined,
      ]);

      const id = encodeURIComponent('web-1/agent');
      expect((await call('GET', `/nodes/${id}`)).body).toMatchObject({
        nodeId: 'web-1/agent',
        host: 'web-1',
      });
      expect((await call('GET', '/nodes/nope')).status).toBe(404);

      const paused = await call('POST', `/nodes/${id}/pause`, { until: '2h', note: 'kernel upgrade' });
      expect(paused.body).toMatchObject({
        state: 'paused',
        note: 'kernel upgrade',
        actionBy: expect.stringMatching(/^cognito:admin \(/),
      });
      expect(Date.parse(paused.body.pausedUntil as string) - Date.now()).toBeGreaterThan(7_000_000);
      expect((await call('GET', `/nodes/${id}`)).body.state).toBe('paused');

      expect((await call('POST', `/nodes/${id}/resume`)).body.state).toBe('new');
      expect(await call('POST', `/nodes/${id}/resume`)).toMatchObject({
        status: 409,
        body: { error: { code: 'conflict' } },
      });
      expect((await call('POST', `/nodes/${id}/retire`, { note: 'decommissioned' })).body.state).toBe(
        'retired',
      );
      const retired = await call<{ items: Array<{ nodeId: string }> }>('GET', '/nodes?state=retired');
      expect(retired.body.items.map((n) => n.nodeId)).toEqual(['web-1/agent']);
    });

    test('retiring a node that is down closes its alert in the same write', async () => {
      const now = Date.now();
      await stores.nodes.recordHeartbeats(
        [{ nodeId: 'db-1/agent', host: 'db-1', kind: 'agent', intervalSeconds: 10, sentAt: now }],
        now,
      );
      const before = defined(await stores.nodes.get('db-1/agent'));
      const down = {
        ...before,
        state: 'down' as const,
        stateSince: now,
        downSince: now,
        version: before.version + 1,
      };
      await stores.nodes.transition([{ before, after: down }], []);

      const retired = await call('POST', `/nodes/${encodeURIComponent('db-1/agent')}/retire`);
      expect(retired.body.state).toBe('retired');
      const closing = `node:db-1/agent#${now}#retired`;
      await eventually('the closing notification', async () => {
        const queued = (await stores.outbox.due(Date.now() + 3_600_000)).some(
          (e) => e.notification.id === closing,
        );
        const sent = (await stores.history.recent(100)).some(
          (h) => h.fingerprint === 'node:db-1/agent' && h.kind === 'resolved',
        );
        return queued || sent ? true : undefined;
      });
    });

    test.each([
      [{ until: '2020-01-01T00:00:00Z' }, 'until'],
      [{ until: '40d' }, 'until'],
    ])('pause %j is a 422 naming %s (the right shape, an impossible time)', async (body, field) => {
      const result = await call('POST', `/nodes/${encodeURIComponent('web-2/agent')}/pause`, body);
      expect(result).toMatchObject({ status: 422, body: { error: { code: 'unprocessable', field } } });
    });

    test('list filters are checked, lists are paginated, and keys longer than DynamoDB takes are a 400', async () => {
      expect(await call('GET', '/nodes?state=bogus')).toMatchObject({
        status: 400,
        body: { error: { field: 'state' } },
      });
      const first = await call<{ items: Array<{ nodeId: string }>; nextCursor: string }>(
        'GET',
        '/nodes?limit=1',
      );
      expect(first.body.items).toHaveLength(1);
      const second = await call<{ items: Array<{ nodeId: string }> }>(
        'GET',
        `/nodes?cursor=${first.body.nextCursor}`,
      );
      expect(second.body.items).toHaveLength(1);
      expect((second.body.items[0]?.nodeId ?? '') > (first.body.items[0]?.nodeId ?? '')).toBe(true);
      for (const path of [`/nodes/${'n'.repeat(2000)}`, `/alerts/${encodeURIComponent('🙂'.repeat(300))}`])
        expect((await call('GET', path)).status, path).toBe(400);
    });

    test.each([
      [{}, 'until'],
      [{ until: '1h', by: 'me' }, 'by'],
      [[1, 2], 'body'],
    ])('pause %j is refused naming %s', async (body, field) => {
      const result = await call('POST', `/nodes/${encodeURIComponent('web-2/agent')}/pause`, body);
      expect(result).toMatchObject({ status: 400, body: { error: { code: 'bad_request', field } } });
    });
  });

  describe('rules', () => {
    test('create, read, replace and delete, with validation', async () => {
      const listed = await call<{ items: Array<{ id: string }> }>('GET', '/rules');
      expect(listed.body.items.map((r) => r.id)).toEqual(['default-error', 'default-fatal']);

      const created = await call('POST', '/rules', {
        id: 'checkout-errors',
        match: { minLevel: 'ERROR', service: 'checkout' },
        condition: { kind: 'threshold', count: 5, windowMinutes: 10 },
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        id: 'checkout-errors',
        name: 'checkout-errors',
        enabled: true,
        groupBy: 'service',
      });
      expect(await call('POST', '/rules', { id: 'checkout-errors' })).toMatchObject({
        status: 409,
        body: { error: { code: 'conflict' } },
      });

      const replaced = await call('PUT', '/rules/checkout-errors', {
        name: 'Checkout errors',
        enabled: false,
      });
      expect(replaced.body).toMatchObject({ id: 'checkout-errors', name: 'Checkout errors', enabled: false });
      expect((await call('GET', '/rules/checkout-errors')).body).toEqual(replaced.body);
      expect((await call('PUT', '/rules/checkout-errors', { id: 'other' })).body).toMatchObject({
        error: { field: 'id' },
      });
      expect((await call('PUT', '/rules/no-such-rule', {})).status).toBe(404);

      expect((await call('DELETE', '/rules/checkout-errors')).status).toBe(204);
      expect((await call('GET', '/rules/checkout-errors')).status).toBe(404);
      expect((await call('DELETE', '/rules/checkout-errors')).status).toBe(404);
    });

    test.each([
      [{ id: 'r1', match: { regex: '(' } }, 'match.regex'],
      [{ id: 'r1', condition: { kind: 'absence', windowMinutes: 5 } }, 'match.service'],
    ])('POST /rules %j is a 422 naming %s', async (body, field) => {
      const result = await call('POST', '/rules', body);
      expect(result).toMatchObject({ status: 422, body: { error: { code: 'unprocessable', field } } });
    });

    test('rule recipients come only from the allow-lists (here: the local domain and the default recipient)', async () => {
      const rule = (to: string[]) => ({ id: 'mailer', channels: [{ kind: 'email', to }] });
      expect(await call('POST', '/rules', rule(['exfil@evil.example']))).toMatchObject({
        status: 400,
        body: {
          error: { field: 'channels[0].to[0]', message: expect.stringContaining('not an allowed recipient') },
        },
      });
      expect((await call('POST', '/rules', rule(['team@logward.local', 'ops@logward.local']))).status).toBe(
        201,
      );
      expect(
        await call('PUT', '/rules/mailer', rule(['team@logward.local', 'x@gmail.example'])),
      ).toMatchObject({
        status: 400,
        body: { error: { field: 'channels[0].to[1]' } },
      });
      expect((await call('DELETE', '/rules/mailer')).status).toBe(204);
    });

    test.each([
      [{ id: 'Bad Id' }, 'id'],
      [{ id: 'r1', match: { minLevel: 'LOUD' } }, 'match.minLevel'],
      [{ id: 'r1', condition: { kind: 'threshold', count: 0, windowMinutes: 5 } }, 'condition.count'],
      [{ id: 'r1', channels: [{ kind: 'email', to: ['not-an-address'] }] }, 'channels[0].to[0]'],
      [{ id: 'r1', extra: true }, 'extra'],
      ['not json', 'body'],
      ['[1,2,3]', 'rule'],
      [`{"id":"r1","name":"${'x'.repeat(70_000)}"}`, 'body'],
    ])('POST /rules %j is a 400 naming %s', async (body, field) => {
      const result = await call('POST', '/rules', body);
      expect(result).toMatchObject({ status: 400, body: { error: { code: 'bad_request', field } } });
    });

    test('a body that is not JSON is refused by its content type', async () => {
      const result = await call('POST', '/rules', 'id=r1', { 'content-type': 'text/plain' });
      expect(result).toMatchObject({ status: 400, body: { error: { field: 'body' } } });
    });
  });

  describe('silences', () => {
    test('create, list, change and end', async () => {
      const endsAt = new Date(Date.now() + 3_600_000).toISOString();
      const created = await call('POST', '/silences', {
        matchers: { service: 'checkout' },
        endsAt,
        comment: 'deploy',
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        matchers: { service: 'checkout' },
        endsAt,
        comment: 'deploy',
        createdBy: expect.stringMatching(/^cognito:admin \([0-9a-f-]{36}\)$/),
      });
      const id = created.body.id as string;
      const listed = await call<{ items: Array<{ id: string }> }>('GET', '/silences');
      expect(listed.body.items.map((s) => s.id)).toContain(id);
      const changed = await call('PUT', `/silences/${id}`, {
        matchers: { service: 'checkout', host: 'web-1' },
        endsAt,
        comment: 'longer',
      });
      expect(changed.body).toMatchObject({ id, comment: 'longer', startsAt: created.body.startsAt });
      expect((await call('GET', `/silences/${id}`)).body).toEqual(changed.body);
      expect((await call('DELETE', `/silences/${id}`)).status).toBe(204);
      expect((await call('GET', `/silences/${id}`)).status).toBe(404);
    });

    test('a silence already over is a 422 naming endsAt', async () => {
      expect(
        await call('POST', '/silences', { matchers: { service: 'x' }, endsAt: '2020-01-01T00:00:00Z' }),
      ).toMatchObject({ status: 422, body: { error: { field: 'endsAt' } } });
    });

    test.each([
      [{ matchers: { service: 'x' } }, 'endsAt'],
      [{ matchers: {}, endsAt: new Date(Date.now() + 60_000).toISOString() }, 'matchers'],
      [{ matchers: { service: 7 }, endsAt: new Date(Date.now() + 60_000).toISOString() }, 'matchers.service'],
      [{ matchers: { service: 'x' }, endsAt: 'soon' }, 'endsAt'],
    ])('POST /silences %j is a 400 naming %s', async (body, field) => {
      expect(await call('POST', '/silences', body)).toMatchObject({
        status: 400,
        body: { error: { field } },
      });
    });
  });

  describe('alerts', () => {
    test('open alerts by state, acknowledgement, history', async () => {
      const now = Date.now();
      const occurrence: Occurrence = {
        fingerprint: 'default-error/checkout',
        title: 'ERROR checkout',
        labels: { ruleId: 'default-error', service: 'checkout', level: 'ERROR' },
        policy: { groupWaitSeconds: 30, repeatIntervalSeconds: 3600, resolveAfterSeconds: 300, channels: [] },
        count: 2,
        samples: [
          {
            at: new Date(now).toISOString(),
            service: 'checkout',
            host: 'web-1',
            level: 'ERROR',
            message: 'Card declined',
            eventId: 'e1',
          },
        ],
        at: now,
      };
      await stores.alerts.record([occurrence]);
      const fp = encodeURIComponent(occurrence.fingerprint);

      const open = await call<{ items: Array<{ fingerprint: string; totalCount: number }> }>(
        'GET',
        '/alerts',
      );
      expect(open.body.items.map((a) => [a.fingerprint, a.totalCount])).toEqual([
        ['default-error/checkout', 2],
      ]);
      expect((await call<{ items: unknown[] }>('GET', '/alerts?state=acknowledged')).body.items).toEqual([]);
      expect((await call('GET', '/alerts?state=resolved')).status).toBe(400);
      expect((await call('GET', `/alerts/${fp}`)).body).toMatchObject({ title: 'ERROR checkout' });

      const acked = await call('POST', `/alerts/${fp}/acknowledge`);
      expect(acked.body).toMatchObject({
        acknowledgedBy: expect.stringMatching(/^cognito:admin \([0-9a-f-]{36}\)$/),
      });
      expect((await call<{ items: unknown[] }>('GET', '/alerts?state=firing')).body.items).toEqual([]);
      expect((await call<{ items: unknown[] }>('GET', '/alerts?state=acknowledged')).body.items).toHaveLength(
        1,
      );

      expect((await call('GET', '/alerts/nope')).status).toBe(404);
      expect((await call('POST', '/alerts/nope/acknowledge')).status).toBe(404);
      expect((await call('GET', '/alerts/history?limit=5')).status).toBe(200);
      expect((await call('GET', '/alerts/history?limit=5000')).status).toBe(400);
    });
  });

  describe('who may do what', () => {
    const silence = () =>
      JSON.stringify({
        matchers: { service: 'access' },
        endsAt: new Date(Date.now() + 3_600_000).toISOString(),
        comment: 'access test',
        createdBy: 'someone-else',
      });
    const json = { 'content-type': 'application/json' };

    test.each<[CallAs, number]>([
      ['anonymous', 403],
      ['reader-key', 403],
      ['reader-person', 403],
      ['admin-person', 201],
      ['iam-admin', 201],
    ])('POST /silences as %s: %i', async (as, status) => {
      const response = await callApi(stack.pipeline.apiUrl, stack.credentials, as, 'POST', '/silences', {
        body: silence(),
        headers: json,
      });
      expect(response.status).toBe(status);
    });

    test.each<CallAs>(['reader-key', 'reader-person', 'admin-person', 'iam-admin'])(
      'GET /rules as %s: 200',
      async (as) => {
        const response = await callApi(stack.pipeline.apiUrl, stack.credentials, as, 'GET', '/rules');
        expect(response.status).toBe(200);
      },
    );

    test('a reader cannot write on any tree: rules, silences, acknowledge, node actions', async () => {
      const writes: Array<[string, string]> = [
        ['POST', '/rules'],
        ['PUT', '/rules/r1'],
        ['DELETE', '/rules/r1'],
        ['POST', '/silences'],
        ['DELETE', '/silences/s1'],
        ['POST', '/alerts/f1/acknowledge'],
        ['POST', '/nodes/n1/pause'],
        ['POST', '/nodes/n1/resume'],
        ['POST', '/nodes/n1/retire'],
      ];
      for (const [method, path] of writes) {
        for (const as of ['reader-key', 'reader-person'] as const) {
          const response = await callApi(stack.pipeline.apiUrl, stack.credentials, as, method, path, {
            body: '{}',
            headers: json,
          });
          expect(response.status, `${method} ${path} as ${as}`).toBe(403);
        }
      }
    });

    test('the audit fields name the IAM principal that signed the request, whatever the body says', async () => {
      const response = await callApi(
        stack.pipeline.apiUrl,
        stack.credentials,
        'iam-admin',
        'POST',
        '/silences',
        {
          body: silence(),
          headers: json,
        },
      );
      expect(await response.json()).toMatchObject({ createdBy: stack.credentials.admin.arn });
    });

    test('a principal claimed in headers is ignored: only what the gateway verified counts', async () => {
      const response = await callApi(
        stack.pipeline.apiUrl,
        stack.credentials,
        'reader-person',
        'POST',
        '/silences',
        {
          body: silence(),
          headers: {
            ...json,
            'x-api-key': stack.credentials.readerApiKey,
            'x-amzn-user-arn': stack.credentials.admin.arn,
            'x-amz-user-arn': stack.credentials.admin.arn,
            'cognito-groups': 'logward-admin',
          },
        },
      );
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ error: { code: 'forbidden' } });
    });
  });
});
