/**
 * Pattern mining into the registry on the real DynamoDB endpoint: counts, first and last seen,
 * sample values, refinement and its mapping, and a cold start that knows what was learned.
 */
import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, test } from 'vitest';
import type { LogDocument } from '#core/log-document.ts';
import { patternId } from '#core/patterns/pattern-id.ts';
import { patternCounterKey } from '#core/patterns/registry.ts';
import { ServiceMiners } from '#core/patterns/service-miners.ts';
import { createDocumentClient } from '#lambdas/adapters/dynamodb/client.ts';
import { DynamoRuleCounterStore } from '#lambdas/adapters/dynamodb/counter-store.ts';
import { DynamoPatternRegistry } from '#lambdas/adapters/dynamodb/pattern-store.ts';
import { PatternMining } from '#lambdas/ingest/pattern-mining.ts';
import { jsonLogger } from '#lambdas/logger.ts';
import { doc } from '../../unit/alerting/fixtures.ts';
import { startAlertingOnly } from '../alerting/support.ts';

describe('pattern registry', () => {
  let registry: DynamoPatternRegistry;
  let counters: DynamoRuleCounterStore;
  let db: DynamoDBDocumentClient;
  let table: string;
  const service = `svc-${Date.now().toString(36)}`;
  const quiet = jsonLogger({}, () => {});
  const mining = () => new PatternMining({ registry, counters, logger: quiet });
  const t0 = Date.UTC(2026, 0, 5, 10);

  beforeAll(async () => {
    const { topology, env, alerting } = await startAlertingOnly('patterns');
    await alerting.stop();
    db = createDocumentClient(env);
    table = topology.tableNames.patterns;
    registry = new DynamoPatternRegistry(db, table);
    counters = new DynamoRuleCounterStore(db, topology.tableNames.counters);
  });

  const expiry = async (pk: string, sk: string) =>
    (await db.send(new GetCommand({ TableName: table, Key: { pk, sk }, ConsistentRead: true }))).Item
      ?.expiresAt;
  const days = (n: number) => n * 86_400;

  async function ingest(
    through: PatternMining,
    at: number,
    messages: string[],
    level: LogDocument['level'] = 'ERROR',
  ) {
    const documents = messages.map((message) => doc({ service, message, level }));
    const batch = await through.begin(at);
    await batch.enrich(documents);
    await batch.finish();
    return documents;
  }

  test('a batch registers each pattern with counts, bytes, levels, samples and first/last seen', async () => {
    const through = mining();
    const documents = await ingest(through, t0, [
      'payment 4411 declined for card ending 1234 after 120ms',
      'payment 4412 declined for card ending 9876 after 95ms',
      'payment 4413 declined for card ending 5555 after 300ms',
    ]);
    const id = documents[0]?.pattern_id as string;
    expect(new Set(documents.map((d) => d.pattern_id))).toEqual(new Set([id]));
    expect(documents[0]?.pattern).toBe('payment <num> declined for card ending <num> after <num>ms');
    const entry = await registry.get(id);
    expect(entry).toMatchObject({
      id,
      service,
      template: 'payment <num> declined for card ending <num> after <num>ms',
      firstSeen: t0,
      lastSeen: t0,
      count: 3,
      levels: ['ERROR'],
      origin: 'new',
      samples: [
        ['4411', '4412', '4413'],
        ['1234', '9876', '5555'],
        ['120ms', '95ms', '300ms'],
      ],
    });
    expect(entry?.bytes).toBe(documents.reduce((sum, d) => sum + Buffer.byteLength(d.message), 0));
    expect(entry?.sampleLines).toHaveLength(3);
    const buckets = await counters.buckets(
      patternCounterKey(id),
      Math.floor(t0 / 60_000),
      Math.floor(t0 / 60_000),
    );
    expect([...buckets.values()]).toEqual([3]);

    await ingest(through, t0 + 60_000, ['payment 4414 declined for card ending 1111 after 80ms']);
    expect(await registry.get(id)).toMatchObject({ firstSeen: t0, lastSeen: t0 + 60_000, count: 4 });
  });

  test('a refined pattern maps the ids it absorbed, and only new kinds count as created', async () => {
    const through = mining();
    const first = await ingest(through, t0, ['session closed for alice by the server']);
    const firstId = first[0]?.pattern_id as string;
    const outcome = await registry.get(firstId);
    expect(outcome?.origin).toBe('new');
    const second = await ingest(through, t0 + 1000, ['session closed for bob by the server']);
    const refinedId = second[0]?.pattern_id as string;
    expect(second[0]?.pattern).toBe('session closed for <*> by the server');
    expect(await registry.get(refinedId)).toMatchObject({ origin: 'refined', absorbed: [firstId] });
    expect((await registry.get(firstId))?.successor).toBe(refinedId);
    expect((await registry.current(service)).map((e) => e.id)).not.toContain(firstId);
  });

  test('record says which patterns are new kinds to the registry, once', async () => {
    const sighting = {
      id: 'feedfacefeedface',
      service,
      template: 'disk full on <*>',
      count: 1,
      bytes: 20,
      levels: ['FATAL' as const],
      at: t0,
      newKind: true,
      absorbed: [],
      samples: [['sda1']],
      sampleLines: ['disk full on sda1'],
    };
    expect(await registry.record([sighting])).toEqual({ created: ['feedfacefeedface'] });
    expect(await registry.record([sighting])).toEqual({ created: [] });
  });

  test('a cold start learns the registry: a line of a known kind keeps its id and is not new', async () => {
    const warm = mining();
    const before = await ingest(warm, t0, [
      'cache miss for user carol in region west',
      'cache miss for user dave in region west',
    ]);
    const cold = mining();
    const after = await ingest(cold, t0 + 5000, ['cache miss for user erin in region west']);
    expect(after[0]?.pattern_id).toBe(before[1]?.pattern_id);
    expect(await registry.get(after[0]?.pattern_id as string)).toMatchObject({ count: 3 });
  });

  test('every item expires 90 days after its pattern was last seen; the pointers follow once a day', async () => {
    const at = t0 + 10 * 86_400_000;
    const [line] = await ingest(mining(), at, ['archive job 1 compacted 4 segments into tier cold']);
    const id = line?.pattern_id as string;
    const pointers = async () => [await expiry(`ID#${id}`, '-'), await expiry('SERVICES', service)];
    expect(await expiry(`S#${service}`, id)).toBe(at / 1000 + days(90));
    expect(await pointers()).toEqual([at / 1000 + days(90), at / 1000 + days(90)]);
    // Seen again an hour later: the pattern's item moves, its pointers need not yet.
    await ingest(mining(), at + 3_600_000, ['archive job 2 compacted 9 segments into tier cold']);
    expect(await expiry(`S#${service}`, id)).toBe(at / 1000 + 3600 + days(90));
    expect(await pointers()).toEqual([at / 1000 + days(90), at / 1000 + days(90)]);
    // Two days later they move too, so the pattern stays findable by id as long as it lives.
    await ingest(mining(), at + 2 * 86_400_000, ['archive job 3 compacted 2 segments into tier cold']);
    expect(await pointers()).toEqual([at / 1000 + days(92), at / 1000 + days(92)]);
  });

  test('the patterns a live one absorbed, through a chain of refinements, expire with it', async () => {
    const at = t0 + 20 * 86_400_000;
    const through = mining();
    const [a] = await ingest(through, at, ['stream paused for alpha at the gateway']);
    const [b] = await ingest(through, at + 1000, ['stream paused for beta at the gateway']);
    const [c] = await ingest(through, at + 2000, ['stream paused for gamma at the proxy']);
    const ids = [a, b, c].map((line) => line?.pattern_id as string);
    expect(new Set(ids).size).toBe(3);
    expect((await registry.get(ids[0] as string))?.successor).toBe(ids[1]);
    expect((await registry.get(ids[1] as string))?.successor).toBe(ids[2]);
    // Seen for 60 more days, the head keeps the chain behind it (and its ID# pointers) alive.
    const later = at + 60 * 86_400_000;
    await ingest(through, later, ['stream paused for delta at the balancer']);
    for (const id of ids) {
      expect(await expiry(`S#${service}`, id), id).toBe(later / 1000 + days(90));
      expect(await expiry(`ID#${id}`, '-'), id).toBe(later / 1000 + days(90));
    }
  });

  test('dropped lines count on a pattern the registry holds, and never make an item for one it does not', async () => {
    const [line] = await ingest(mining(), t0, ['cache warmed 12 keys for region eu-west in 40ms']);
    const id = line?.pattern_id as string;
    const gone = '0123456789abcdef';
    await registry.addDropped([
      { service, id, count: 2, bytes: 80 },
      { service, id: gone, count: 3, bytes: 90 },
    ]);
    expect(await registry.get(id)).toMatchObject({ dropped: 2, droppedBytes: 80 });
    const stub = await db.send(
      new GetCommand({ TableName: table, Key: { pk: `S#${service}`, sk: gone }, ConsistentRead: true }),
    );
    expect(stub.Item).toBeUndefined();
  });

  test('a kind the miner evicted under its memory bound is taken back from the registry, not made new', async () => {
    const through = new PatternMining({
      registry,
      counters,
      logger: quiet,
      miners: new ServiceMiners({ maxBytes: 4000 }),
    });
    const [first] = await ingest(through, t0 + 5 * 60_000, ['session opened for user alice on console']);
    const old = first?.pattern_id as string;
    const words = [
      'amber',
      'basalt',
      'cobalt',
      'dune',
      'ember',
      'fjord',
      'garnet',
      'harbor',
      'indigo',
      'jade',
    ];
    await ingest(
      through,
      t0 + 6 * 60_000,
      words.map((word) => `${word} replica lagging behind primary`),
    );
    const [again] = await ingest(through, t0 + 7 * 60_000, ['session opened for user bob on console']);
    expect(again?.pattern).toBe('session opened for user <*> on console');
    const entry = await registry.get(again?.pattern_id as string);
    expect(entry).toMatchObject({ origin: 'refined', absorbed: [old] });
    expect(await registry.get(patternId(service, 'session opened for user bob on console'))).toBeUndefined();
  });
});
