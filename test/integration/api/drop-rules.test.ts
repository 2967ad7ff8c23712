/**
 * Drop rules through the local API Gateway on the local DynamoDB (moto): admins create, replace and
 * delete them, readers list them, bad input names its field, what the rules dropped shows in
 * `GET /drop-rules` and `GET /patterns/{id}`, and a rule whose pattern was refined or forgotten
 * says so. Every response is checked against the OpenAPI document.
 */
import { DeleteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { type DropRule, MAX_DROP_RULES } from '#core/drop-rules.ts';
import type { PatternSighting } from '#core/patterns/registry.ts';
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

function sighting(
  id: string,
  service: string,
  template: string,
  fields: Partial<PatternSighting> = {},
): PatternSighting {
  return {
    id,
    service,
    template,
    count: 1,
    bytes: 100,
    levels: ['INFO'],
    at: Date.now(),
    newKind: true,
    absorbed: [],
    samples: [],
    sampleLines: [],
    ...fields,
  };
}

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
    await registry.record([sighting(PATTERN, 'checkout', TEMPLATE, { count: 1000, bytes: 48_000 })]);
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
    expect(dropped.body).not.toHaveProperty('patternState');

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

  const invalidBodies = [
    [{ service: 'web', action: 'sample' }, 400, 'keepOneIn'],
    [{ service: 'web', action: 'drop', keepOneIn: 5 }, 400, 'keepOneIn'],
    [{ patternId: PATTERN, service: 'checkout', action: 'drop' }, 400, 'service'],
    [{ action: 'drop' }, 400, 'patternId'],
    [{ service: 'web', action: 'mute' }, 400, 'action'],
    [{ service: 'web', action: 'drop', levels: ['INFO'] }, 400, 'levels'],
    [{ patternId: 'ffffffffffffffff', action: 'drop' }, 422, 'patternId'],
  ] as const;

  test.each(invalidBodies)('POST %j is a %i naming %s', async (body, status, field) => {
    const answer = await call('POST', '/drop-rules', body);
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject({ error: { field } });
  });

  test.each(invalidBodies)(
    'PUT %j is a %i naming %s, and the rule is unchanged',
    async (body, status, field) => {
      const [rule] = await rules.list();
      const answer = await call('PUT', `/drop-rules/${rule?.id}`, body);
      expect(answer.status).toBe(status);
      expect(answer.body).toMatchObject({ error: { field } });
      expect(await rules.get(rule?.id as string)).toEqual(rule);
    },
  );

  test('an admin replaces a rule: its id, creator and counts stay; readers may not; an unknown id is a 404', async () => {
    const made = await call('POST', '/drop-rules', { service: 'billing', action: 'drop', comment: 'noisy' });
    const id = made.body.id as string;
    await rules.addDropped([{ ruleId: id, count: 4, bytes: 200 }]);
    const replaced = await call('PUT', `/drop-rules/${id}`, {
      patternId: PATTERN,
      action: 'sample',
      keepOneIn: 50,
      includeErrors: true,
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toEqual({
      id,
      patternId: PATTERN,
      service: 'checkout',
      template: TEMPLATE,
      action: 'sample',
      keepOneIn: 50,
      includeErrors: true,
      includeUnleveled: false,
      comment: '',
      createdBy: made.body.createdBy,
      createdAt: made.body.createdAt,
      updatedBy: made.body.createdBy,
      updatedAt: expect.any(String),
      patternState: 'current',
      dropped: 4,
      droppedBytes: 200,
    });
    expect((await call('GET', `/drop-rules/${id}`, undefined, 'reader-key')).body).toEqual(replaced.body);

    const byIam = await call('PUT', `/drop-rules/${id}`, { service: 'billing', action: 'drop' }, 'iam-admin');
    expect(byIam.body).toMatchObject({ service: 'billing', action: 'drop', dropped: 4 });
    expect(byIam.body).not.toHaveProperty('keepOneIn');
    expect(byIam.body).not.toHaveProperty('patternId');
    expect(byIam.body.updatedBy).not.toBe(made.body.createdBy);

    for (const as of ['reader-person', 'reader-key'] as const) {
      const refused = await call('PUT', `/drop-rules/${id}`, { service: 'web', action: 'drop' }, as);
      expect(refused.status, as).toBe(403);
    }
    expect((await rules.get(id))?.service).toBe('billing');

    const unknown = await call('PUT', '/drop-rules/00000000-0000-4000-8000-000000000000', {
      service: 'web',
      action: 'drop',
    });
    expect(unknown.status).toBe(404);
    expect(await rules.get('00000000-0000-4000-8000-000000000000')).toBeUndefined();
    expect(
      (await call('PUT', '/drop-rules/not-a-rule', { service: 'web', action: 'drop' })).body,
    ).toMatchObject({
      error: { field: 'dropRuleId' },
    });
    expect((await call('DELETE', `/drop-rules/${id}`)).status).toBe(204);
    expect((await call('PUT', `/drop-rules/${id}`, { service: 'web', action: 'drop' })).status).toBe(404);
  });

  test('a rule whose pattern was refined or forgotten says so; put on the current pattern, it is current again', async () => {
    const old = 'c1c2c3d4e5f60718';
    const refined = 'c2c2c3d4e5f60718';
    await registry.record([sighting(old, 'login', 'login by <*> from console')]);
    const rule = await call('POST', '/drop-rules', { patternId: old, action: 'drop' });
    expect(rule.body).toMatchObject({ patternState: 'current' });
    expect(rule.body).not.toHaveProperty('currentPatternId');
    // A refinement, as ingest records one: the new pattern absorbs the old, which points to it.
    await registry.record([
      sighting(refined, 'login', 'login by <*> from <*>', { newKind: false, absorbed: [old] }),
    ]);
    // A rule on a pattern the registry no longer knows, as after its retention.
    const forgotten: DropRule = {
      id: '00000000-0000-4000-8000-0000000000f0',
      patternId: 'c3c2c3d4e5f60718',
      service: 'login',
      template: 'logout by <*>',
      action: 'drop',
      includeErrors: false,
      includeUnleveled: false,
      comment: '',
      createdBy: 'test',
      createdAt: Date.now(),
    };
    expect(await rules.create(forgotten, MAX_DROP_RULES)).toBe(true);

    const { body } = await call<{ items: Array<Record<string, unknown>> }>(
      'GET',
      '/drop-rules?limit=100',
      undefined,
      'reader-person',
    );
    const byId = new Map(body.items.map((item) => [item.id, item]));
    expect(byId.get(rule.body.id)).toMatchObject({
      patternId: old,
      template: 'login by <*> from console',
      patternState: 'refined',
      currentPatternId: refined,
      currentTemplate: 'login by <*> from <*>',
    });
    expect(byId.get(forgotten.id)).toMatchObject({ patternState: 'gone' });
    expect(byId.get(forgotten.id)).not.toHaveProperty('currentPatternId');
    expect((await call('GET', `/drop-rules/${rule.body.id}`)).body).toMatchObject({
      patternState: 'refined',
    });

    const repointed = await call('PUT', `/drop-rules/${rule.body.id}`, {
      patternId: refined,
      action: 'drop',
    });
    expect(repointed.body).toMatchObject({
      patternId: refined,
      template: 'login by <*> from <*>',
      patternState: 'current',
    });
    expect(repointed.body).not.toHaveProperty('currentPatternId');
    for (const id of [rule.body.id, forgotten.id])
      expect((await call('DELETE', `/drop-rules/${id}`)).status).toBe(204);
  });

  test('GET /patterns?sort=bytes lists the current patterns that cost most', async () => {
    await registry.record([
      sighting('b1b2c3d4e5f60718', 'checkout', 'full cart dump <*>', {
        count: 10,
        bytes: 90_000,
        levels: ['DEBUG'],
      }),
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
