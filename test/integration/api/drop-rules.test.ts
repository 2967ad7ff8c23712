/**
 * Drop rules through the local API Gateway on the local DynamoDB (moto): admins create and delete
 * them, readers list them, bad input names its field, and what the rules dropped shows in
 * `GET /drop-rules` and `GET /patterns/{id}`. Every response is checked against the OpenAPI document.
 */
import { DeleteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { MAX_DROP_RULES } from '#core/drop-rules.ts';
import { createDocumentClient } from '#lambdas/adapters/dynamodb/client.ts';
import { DynamoDropRuleStore } from '#lambdas/adapters/dynamodb/drop-rule-store.ts';
import { DynamoPatternRegistry } from '#lambdas/adapters/dynamodb/pattern-store.ts';
import { openApiDocument } from '#lambdas/api/openapi.ts';
import { lambdaEnvironment } from '#local/pipeline.ts';
import { type CallAs, checkedCall, startTestStack, type TestStack } from '../../support/local-stack.ts';
import { OpenApiChecker } from './openapi-checker.ts';

const checker = new OpenApiChecker(openApiDocument());
const PATTERN = 'a1b2c3d4e5f60718';
const TEMPLATE = 'cache refreshed for tenant <num> in <num>ms';
/** The item counting the rules (drop-rule-store.ts). */
const RULE_COUNTER = { pk: 'DROP_RULES', sk: '#count' };

describe('drop rules API', () => {
  let stack: TestStack;
  let registry: DynamoPatternRegistry;
  let rules: DynamoDropRuleStore;
  let db: DynamoDBDocumentClient;

  function call<T = Record<string, unknown>>(method: string, path: string, body?: unknown, as?: CallAs) {
    return checkedCall<T>(stack, checker, method, path, { body, ...(as ? { as } : {}) });
  }

  beforeAll(async () => {
    stack = await startTestStack('drop-api');
    db = createDocumentClient(lambdaEnvironment(inject('endpoints'), stack.topology));
    registry = new DynamoPatternRegistry(db, stack.topology.tableNames.patterns);
    rules = new DynamoDropRuleStore(db, stack.topology.tableNames.patterns);
    await registry.record([
      {
        id: PATTERN,
        service: 'checkout',
        template: TEMPLATE,
        count: 1000,
        bytes: 48_000,
        levels: ['INFO'],
        at: Date.now(),
        newKind: true,
        absorbed: [],
        samples: [],
        sampleLines: [],
      },
    ]);
  });

  afterAll(async () => {
    await stack?.pipeline.stop();
  });

  test('an admin samples a pattern and drops a service; readers list them; deleting ends them', async () => {
    const sampled = await call('POST', '/drop-rules', {
      patternId: PATTERN,
      action: 'sample',
      keepOneIn: 10,
      comment: 'cache chatter',
    });
    expect(sampled.status).toBe(201);
    expect(sampled.body).toMatchObject({
      patternId: PATTERN,
      service: 'checkout',
      template: TEMPLATE,
      action: 'sample',
      keepOneIn: 10,
      includeErrors: false,
      includeUnleveled: false,
      comment: 'cache chatter',
      createdBy: expect.stringMatching(/^cognito:admin \(/),
      dropped: 0,
      droppedBytes: 0,
    });
    expect(sampled.location).toBe(`/drop-rules/${sampled.body.id}`);
    const dropped = await call('POST', '/drop-rules', { service: 'debug-tool', action: 'drop' }, 'iam-admin');
    expect(dropped.status).toBe(201);

    const listed = await call<{ items: Array<{ id: string }> }>(
      'GET',
      '/drop-rules',
      undefined,
      'reader-key',
    );
    expect(listed.body.items.map((r) => r.id)).toEqual([sampled.body.id, dropped.body.id].sort());

    await rules.addDropped([{ ruleId: sampled.body.id as string, count: 9, bytes: 430 }]);
    await registry.addDropped([{ service: 'checkout', id: PATTERN, count: 9, bytes: 430 }]);
    expect(
      (await call('GET', `/drop-rules/${sampled.body.id}`, undefined, 'reader-person')).body,
    ).toMatchObject({
      dropped: 9,
      droppedBytes: 430,
    });
    expect((await call('GET', `/patterns/${PATTERN}`, undefined, 'reader-key')).body).toMatchObject({
      totalCount: 1000,
      bytes: 48_000,
      dropped: 9,
      droppedBytes: 430,
    });

    expect((await call('DELETE', `/drop-rules/${dropped.body.id}`)).status).toBe(204);
    expect((await call('DELETE', `/drop-rules/${dropped.body.id}`)).status).toBe(404);
    expect((await call('GET', `/drop-rules/${dropped.body.id}`)).status).toBe(404);
    expect((await call('GET', '/drop-rules/not-a-rule')).body).toMatchObject({
      error: { field: 'dropRuleId' },
    });
  });

  test('only admins write: a reader is refused, whatever the body', async () => {
    for (const as of ['reader-person', 'reader-key'] as const) {
      const refused = await call('POST', '/drop-rules', { service: 'web', action: 'drop' }, as);
      expect(refused.status, as).toBe(403);
    }
    const [rule] = await rules.list();
    expect((await call('DELETE', `/drop-rules/${rule?.id}`, undefined, 'reader-person')).status).toBe(403);
    expect(await rules.get(rule?.id as string)).toBeDefined();
  });

  test.each([
    [{ service: 'web', action: 'sample' }, 400, 'keepOneIn'],
    [{ service: 'web', action: 'drop', keepOneIn: 5 }, 400, 'keepOneIn'],
    [{ patternId: PATTERN, service: 'checkout', action: 'drop' }, 400, 'service'],
    [{ action: 'drop' }, 400, 'patternId'],
    [{ service: 'web', action: 'mute' }, 400, 'action'],
    [{ service: 'web', action: 'drop', levels: ['INFO'] }, 400, 'levels'],
    [{ patternId: 'ffffffffffffffff', action: 'drop' }, 422, 'patternId'],
  ])('%j is a %i naming %s', async (body, status, field) => {
    const answer = await call('POST', '/drop-rules', body);
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject({ error: { field } });
  });

  test('GET /patterns?sort=bytes lists the current patterns that cost most', async () => {
    await registry.record([
      {
        id: 'b1b2c3d4e5f60718',
        service: 'checkout',
        template: 'full cart dump <*>',
        count: 10,
        bytes: 90_000,
        levels: ['DEBUG'],
        at: Date.now(),
        newKind: true,
        absorbed: [],
        samples: [],
        sampleLines: [],
      },
    ]);
    const { body } = await call<{ patterns: Array<Record<string, unknown>> }>(
      'GET',
      '/patterns?service=checkout&sort=bytes&from=1h',
      undefined,
      'reader-key',
    );
    expect(body.patterns.map((p) => [p.template, p.bytes, p.count])).toEqual([
      ['full cart dump <*>', 90_000, 0],
      [TEMPLATE, 48_000, 0],
    ]);
    expect((await call('GET', '/patterns?sort=bytes&new=true', undefined, 'reader-key')).body).toMatchObject({
      error: { field: 'sort' },
    });
  });

  // Concurrent: the shared moto runs its DynamoDB calls one at a time (local/engines/moto.ts), so
  // its transactions are isolated as DynamoDB's are, and this tests the counter, not the engine.
  test('concurrent POSTs make exactly the limit of rules, counted from a table without its counter; deleting one makes room for one', async () => {
    // As a table holds rules made before the counter existed: the first creates start it.
    await db.send(new DeleteCommand({ TableName: stack.topology.tableNames.patterns, Key: RULE_COUNTER }));
    const room = MAX_DROP_RULES - (await rules.list()).length;
    const posts = await Promise.all(
      Array.from({ length: room + 10 }, (_, i) =>
        call('POST', '/drop-rules', { service: `flood-${i}`, action: 'drop' }),
      ),
    );
    expect(posts.filter((p) => p.status === 201)).toHaveLength(room);
    expect(posts.filter((p) => p.status === 409)).toHaveLength(10);
    expect(await rules.list()).toHaveLength(MAX_DROP_RULES);

    const made = posts.find((p) => p.status === 201);
    expect((await call('DELETE', `/drop-rules/${made?.body.id}`)).status).toBe(204);
    expect((await call('POST', '/drop-rules', { service: 'flood-again', action: 'drop' })).status).toBe(201);
    expect((await call('POST', '/drop-rules', { service: 'flood-more', action: 'drop' })).status).toBe(409);
  });
});
