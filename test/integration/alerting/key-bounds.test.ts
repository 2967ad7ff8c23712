/**
 * Values from log data and heartbeats that become DynamoDB keys are bounded: a 2 KB service or
 * node id is stored under a readable hashed key instead of failing every batch that carries it.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { validateRule } from '#core/alerting/rules.ts';
import { createDocumentClient } from '#lambdas/adapters/dynamodb/client.ts';
import { ruleItem } from '#lambdas/adapters/dynamodb/rule-store.ts';
import { LevelCounters } from '#lambdas/ingest/level-counters.ts';
import type { LocalAlerting } from '#local/alerting.ts';
import type { LocalTopology } from '#local/bootstrap.ts';
import { doc } from '../../unit/alerting/fixtures.ts';
import { startAlertingOnly } from './support.ts';

describe('key parts from data', () => {
  let alerting: LocalAlerting;
  let topology: LocalTopology;
  let env: NodeJS.ProcessEnv;
  const now = Date.now();
  const longService = `svc-${'é'.repeat(1100)}`; // 2,204 bytes: over both key limits

  beforeAll(async () => {
    ({ alerting, topology, env } = await startAlertingOnly('key-bounds'));
    await alerting.stores.rules.put(
      validateRule({ id: 'redos', match: { regex: '^(a|aa)+$' }, groupBy: 'service' }),
    );
  });
  afterAll(() => alerting.stop());

  test('a 2 KB service is counted, evaluated and remembered as seen', async () => {
    const documents = [
      doc({ service: longService, message: 'a'.repeat(60), '@timestamp': new Date(now).toISOString() }),
    ];
    for (const observer of [alerting.evaluator, new LevelCounters(alerting.stores.counters)]) {
      const observation = await observer.begin(now);
      observation.see(documents);
      await observation.finish();
    }
    expect((await alerting.stores.counters.lastSeen()).get(longService)).toBe(now);
    const alerts = await alerting.stores.alerts.list();
    const opened = alerts.filter((a) => a.labels.ruleId === 'redos' || a.labels.ruleId === 'default-error');
    expect(opened.map((a) => a.labels.service)).toEqual([longService, longService]);
    for (const a of opened) expect(Buffer.byteLength(a.fingerprint)).toBeLessThanOrEqual(400);
  });

  test('a heartbeat with a 2 KB node id is recorded, and found again by the id it is listed under', async () => {
    const nodeId = `node-${'n'.repeat(2100)}`;
    await alerting.stores.nodes.recordHeartbeats(
      [{ nodeId, host: 'h'.repeat(5000), kind: 'agent', intervalSeconds: 30, sentAt: now }],
      now,
    );
    const listed = (await alerting.stores.nodes.list()).find((n) => n.nodeId.startsWith('node-n'));
    expect(listed?.nodeId).toMatch(/^node-n+~[0-9a-f]{16}$/);
    expect(Buffer.byteLength(listed?.host ?? '')).toBeLessThanOrEqual(1024);
    expect((await alerting.stores.nodes.get(nodeId))?.lastSeenAt).toBe(now);
    expect(await alerting.stores.nodes.pause(listed?.nodeId ?? '', now + 60_000, now, 'maintenance')).toBe(
      true,
    );
  });

  test('a stored rule that no longer validates is left out; the others still apply', async () => {
    const db = createDocumentClient(env);
    const bad = {
      ...ruleItem(validateRule({ id: 'lookahead' })),
      rule: { id: 'lookahead', match: { regex: '(?=x)y' } },
    };
    await db.send(new PutCommand({ TableName: topology.tableNames.alerts, Item: bad }));
    const ids = (await alerting.stores.rules.list()).map((r) => r.id).sort();
    expect(ids).toEqual(['default-error', 'default-fatal', 'redos']);
    db.destroy();
  });
});
