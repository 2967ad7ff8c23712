/**
 * Drop and sample rules in the ingest handler on real OpenSearch and DynamoDB (moto): a pattern's
 * lines left out of the index but counted per rule and per pattern, errors and lines without a level
 * kept, a sample that keeps the same lines when the batch is delivered again, a rule that follows
 * its pattern through a refinement (to the lines of its own template only) and, replaced to name
 * the refined pattern, to all of them, and a deleted rule that stops applying once the cache is
 * read again.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Client } from '@opensearch-project/opensearch';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { type DropRule, MAX_DROP_RULES, sampledIn } from '#core/drop-rules.ts';
import { eventIdForLine } from '#core/event-id.ts';
import type { LogDocument } from '#core/log-document.ts';
import { createDocumentClient } from '#lambdas/adapters/dynamodb/client.ts';
import { DynamoDropRuleStore } from '#lambdas/adapters/dynamodb/drop-rule-store.ts';
import { DynamoPatternRegistry } from '#lambdas/adapters/dynamodb/pattern-store.ts';
import { ingestDependenciesFromEnv } from '#lambdas/handlers/ingest.ts';
import { DROP_RULES_CACHE_MS, DropRuleFilter } from '#lambdas/ingest/drop-filter.ts';
import { type IngestDependencies, ingestLogs } from '#lambdas/ingest/ingest-logs.ts';
import { jsonLogger } from '#lambdas/logger.ts';
import { bootstrapLocal, localTopology } from '#local/bootstrap.ts';
import { lambdaEnvironment } from '#local/pipeline.ts';
import { agentChunk, mskEventOf } from '../../support/msk-events.ts';

const endpoints = inject('endpoints');
const opensearch = new Client({ node: endpoints.opensearchUrl });
const quiet = jsonLogger({}, () => {});
const unique = (name: string) => `${name}-${randomBytes(4).toString('hex')}`;
let topic: string;
let deps: IngestDependencies;
let rules: DynamoDropRuleStore;
let registry: DynamoPatternRegistry;

async function indexed(service: string): Promise<LogDocument[]> {
  await opensearch.indices.refresh({ index: 'logs-*' });
  const response = await opensearch.search({
    index: 'logs-*',
    body: { size: 1000, query: { term: { service } }, sort: [{ 'source.offset': 'asc' }] },
  });
  return response.body.hits.hits.map((hit) => hit._source as LogDocument);
}

async function addRule(fields: Partial<DropRule> & Pick<DropRule, 'service' | 'action'>): Promise<DropRule> {
  const rule: DropRule = {
    id: randomUUID(),
    includeErrors: false,
    includeUnleveled: false,
    comment: '',
    createdBy: 'test',
    createdAt: Date.now(),
    ...fields,
  };
  await rules.create(rule, MAX_DROP_RULES);
  return rule;
}

beforeAll(async () => {
  const topology = localTopology(unique('drop'));
  await bootstrapLocal(endpoints, topology);
  topic = topology.topics.logs;
  const env = lambdaEnvironment(endpoints, topology);
  const db = createDocumentClient(env);
  rules = new DynamoDropRuleStore(db, topology.tableNames.patterns);
  registry = new DynamoPatternRegistry(db, topology.tableNames.patterns);
  // Read the rules at every batch, so a test sees its own changes at once.
  const filter = new DropRuleFilter({ rules, registry, logger: quiet, cacheMs: 0 });
  deps = ingestDependenciesFromEnv(env, { logger: quiet, emitMetrics: () => {}, filter });
});

afterAll(async () => {
  await opensearch.close();
});

describe('drop and sample rules at ingest', () => {
  test("a pattern's lines are left out and counted per rule and pattern; its errors are kept", async () => {
    const service = unique('checkout');
    const noisy = (i: number, level = 'INFO') =>
      `2025-10-23 14:32:${String(i).padStart(2, '0')} ${level} [api] cache refreshed for tenant ${i} in ${i * 3}ms`;
    await ingestLogs(mskEventOf(topic, [agentChunk(unique('src'), service, [noisy(1), noisy(2)])]), deps);
    const [known] = await indexed(service);
    const patternId = known?.pattern_id as string;
    const rule = await addRule({ service, patternId, action: 'drop' });

    const lines = [noisy(3), noisy(4), 'payment 77 declined', noisy(5, 'ERROR'), noisy(6)];
    const summary = await ingestLogs(mskEventOf(topic, [agentChunk(unique('src'), service, lines)]), deps);
    expect(summary).toMatchObject({ lines: 5, indexed: 2, dropped: 3, deadLettered: 0 });
    const messages = (await indexed(service)).map((d) => d.message);
    expect(messages).toEqual(
      expect.arrayContaining(['payment 77 declined', expect.stringContaining('tenant 5')]),
    );
    expect(messages).toHaveLength(2 + 2);

    const droppedBytes = [noisy(3), noisy(4), noisy(6)].reduce(
      (sum, line) => sum + Buffer.byteLength(line.replace(/^.*\[api\] /, '')),
      0,
    );
    expect(await rules.get(rule.id)).toMatchObject({ dropped: 3, droppedBytes });
    // The registry counts every line it saw, dropped ones included, and which of them were dropped.
    expect(await registry.get(patternId)).toMatchObject({ count: 6, dropped: 3, droppedBytes });
  });

  test("a service's rule keeps the lines the parser found no level in, unless it includes them", async () => {
    const unleveled = [
      'Traceback (most recent call last):',
      'Exception in thread "main" java.lang.NullPointerException',
      '2024-01-01 10:00:00 Segmentation fault (core dumped)',
      '2024-01-01T10:00:00Z E0101 failed to connect',
    ];
    const lines = ['2024-01-01 10:00:01 INFO request served', ...unleveled];
    const kept = unique('worker');
    await addRule({ service: kept, action: 'drop' });
    expect(await ingestLogs(mskEventOf(topic, [agentChunk(unique('src'), kept, lines)]), deps)).toMatchObject(
      { indexed: unleveled.length, dropped: 1 },
    );
    const indexedLines = await indexed(kept);
    expect(indexedLines.map((d) => d.level)).toEqual(unleveled.map(() => undefined));

    const optedIn = unique('worker');
    await addRule({ service: optedIn, action: 'drop', includeUnleveled: true });
    expect(
      await ingestLogs(mskEventOf(topic, [agentChunk(unique('src'), optedIn, lines)]), deps),
    ).toMatchObject({ indexed: 0, dropped: lines.length });
  });

  test('a sample keeps one line in N by event id, and a redelivered batch keeps the same lines', async () => {
    const service = unique('chatty');
    const rule = await addRule({ service, action: 'sample', keepOneIn: 3 });
    const source = unique('src');
    const chunk = agentChunk(
      source,
      service,
      Array.from({ length: 60 }, (_, i) => `2025-10-23 14:33:00 DEBUG [poll] queue depth ${i}`),
    );
    const expected = chunk.lines
      .map((line) => eventIdForLine({ host: hostname(), id: source }, line.o))
      .filter((id) => sampledIn(rule.id, id, 3));
    const event = mskEventOf(topic, [chunk]);

    const first = await ingestLogs(event, deps);
    expect(first).toMatchObject({ lines: 60, indexed: expected.length, dropped: 60 - expected.length });
    const kept = (await indexed(service)).map((d) => d.event_id).sort();
    expect(kept).toEqual([...expected].sort());
    await ingestLogs(event, deps);
    expect((await indexed(service)).map((d) => d.event_id).sort()).toEqual(kept);
  });

  test('a rule follows its pattern through a refinement to the lines of its template only; a deleted rule stops applying', async () => {
    const service = unique('sessions');
    const line = (user: string, by = 'server') =>
      `2025-10-23 14:34:00 INFO [auth] session closed for ${user} by ${by}`;
    const ingest = (lines: string[]) =>
      ingestLogs(mskEventOf(topic, [agentChunk(unique('src'), service, lines)]), deps);
    await ingest([line('alice', 'admin'), line('bob', 'admin')]);
    const first = (await indexed(service)).at(-1);
    expect(first?.pattern).toBe('session closed for <*> by admin');
    const rule = await addRule({
      service,
      patternId: first?.pattern_id as string,
      template: first?.pattern as string,
      action: 'drop',
    });
    // Carol's line refines the pattern (admin becomes <*>) in this batch: the rule knows only the
    // old id until it reads the registry again, so the line is kept.
    await ingest([line('carol')]);
    const refined = (await indexed(service)).find((d) => d.message.includes('carol'));
    expect(refined?.pattern).toBe('session closed for <*> by <*>');
    // From the next batch on, the refined pattern's lines that fit the rule's template are dropped;
    // the ones only its new wildcard matches are kept.
    expect(await ingest([line('erin', 'admin'), line('dave')])).toMatchObject({ indexed: 1, dropped: 1 });
    expect((await indexed(service)).map((d) => d.message)).toContain('session closed for dave by server');

    // Replaced to name the refined pattern (what a rule shown `refined` suggests), it leaves out
    // every line of that pattern from the next batch on, and keeps what it counted before.
    const replaced = await rules.replace({
      ...rule,
      patternId: refined?.pattern_id as string,
      template: refined?.pattern as string,
      updatedBy: 'test',
      updatedAt: Date.now(),
    });
    expect(replaced).toMatchObject({ patternId: refined?.pattern_id, dropped: 1 });
    expect(await ingest([line('gina'), line('hal', 'admin')])).toMatchObject({ indexed: 0, dropped: 2 });
    expect(await rules.get(rule.id)).toMatchObject({ dropped: 3 });

    expect(await rules.delete(rule.id)).toBe(true);
    expect(await rules.delete(rule.id)).toBe(false);
    expect(await ingest([line('frank', 'admin')])).toMatchObject({ indexed: 1, dropped: 0 });
    expect(await rules.get(rule.id)).toBeUndefined();
  });

  test('an instance reads the rules again 30 s after it last read them: a change applies from then on', async () => {
    const service = unique('cached');
    const rule = await addRule({ service, action: 'drop' });
    let now = Date.now();
    const cached = {
      ...deps,
      now: () => now,
      filter: new DropRuleFilter({ rules, registry, logger: quiet }),
    };
    const batch = () =>
      ingestLogs(
        mskEventOf(topic, [agentChunk(unique('src'), service, ['2025-10-23 14:35:00 INFO tick'])]),
        cached,
      );
    expect(await batch()).toMatchObject({ dropped: 1 });
    await rules.delete(rule.id);
    now += DROP_RULES_CACHE_MS - 1;
    expect(await batch()).toMatchObject({ dropped: 1 });
    now += 1;
    expect(await batch()).toMatchObject({ dropped: 0, indexed: 1 });
  });

  test('rules that cannot be read drop nothing: the lines are indexed and the failure logged', async () => {
    const service = unique('unreadable');
    const warnings: string[] = [];
    const db = createDocumentClient(lambdaEnvironment(endpoints, localTopology(unique('missing'))));
    const unreadable = {
      ...deps,
      filter: new DropRuleFilter({
        rules: new DynamoDropRuleStore(db, unique('no-such-table')),
        registry,
        logger: jsonLogger({}, (line) => warnings.push(line)),
      }),
    };
    await addRule({ service, action: 'drop' });
    const line = '2025-10-23 14:36:00 INFO kept anyway';
    expect(
      await ingestLogs(mskEventOf(topic, [agentChunk(unique('src'), service, [line])]), unreadable),
    ).toMatchObject({ indexed: 1, dropped: 0 });
    expect(warnings.map((w) => JSON.parse(w).message)).toEqual([
      'drop rules unreadable; the last rules read stay in force',
    ]);
  });
});
