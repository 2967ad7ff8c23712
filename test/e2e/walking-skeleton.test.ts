/**
 * The whole path on real engines: a file → the agent → Kafka → the local MSK event source →
 * the ingest handler → OpenSearch → the api handler behind the API Gateway adapter → GET /logs.
 */
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { parseAgentConfig, type RunningAgent, startAgent } from '#agent/index.ts';
import { levelCounterKey } from '#core/level-counts.ts';
import type { LogDocument } from '#core/log-document.ts';
import { alertingStoresFromEnv } from '#lambdas/alerting/dependencies.ts';
import { lambdaEnvironment } from '#local/pipeline.ts';
import { startTestStack, type TestStack } from '../support/local-stack.ts';
import { eventually } from '../support/wait.ts';

/** Two days ago: inside any retention, so the lines keep their own times (core/log-document.ts). */
const DAY = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);

interface LogsResponse {
  items: LogDocument[];
  nextCursor?: string;
}

describe('walking skeleton', () => {
  let stack: TestStack;
  let agent: RunningAgent;
  let logFile: string;
  const service = `checkout-${Date.now()}`;

  beforeAll(async () => {
    stack = await startTestStack('skeleton');
    // A directory of its own: the stack writes its handlers' log (lambdas.log) into stack.dir,
    // and a glob over stack.dir would tail that too, its `metrics` lines landing under this service.
    await mkdir(join(stack.dir, 'app'));
    logFile = join(stack.dir, 'app', 'app.log');
    await writeFile(
      logFile,
      [
        `${DAY} 14:32:15 INFO [payment-service] Payment completed for order order_45231`,
        `${DAY} 14:32:16 ERROR [payment-service] Card declined for order order_45232`,
        '',
      ].join('\n'),
    );
    agent = await startAgent(
      parseAgentConfig({
        kafka: {
          brokers: [stack.kafkaBootstrap],
          topics: stack.topology.topics,
        },
        inputs: { files: [{ paths: [join(stack.dir, 'app', '*.log')], service, start_at: 'beginning' }] },
        state_dir: join(stack.dir, 'agent-state'),
      }),
      { log: () => {} },
    );
  });

  afterAll(async () => {
    await agent?.stop();
    await stack?.pipeline.stop();
  });

  test('lines appended to a tailed file come back from GET /logs with deterministic ids', async () => {
    await appendFile(
      logFile,
      `{"time":"${DAY}T14:32:17.250Z","level":"warn","msg":"retrying","attempt":2}\n`,
    );

    const page = await eventually('three documents', async () => {
      const { status, body } = await stack.get(`/logs?service=${service}&sort=asc&from=${DAY}T00:00:00Z`);
      if (status !== 200) throw new Error(`GET /logs answered ${status}: ${JSON.stringify(body)}`);
      const logs = body as LogsResponse;
      return logs.items.length === 3 ? logs : undefined;
    });

    expect(page.items.map((d) => [d['@timestamp'], d.level, d.message])).toEqual([
      [`${DAY}T14:32:15.000Z`, 'INFO', 'Payment completed for order order_45231'],
      [`${DAY}T14:32:16.000Z`, 'ERROR', 'Card declined for order order_45232'],
      [`${DAY}T14:32:17.250Z`, 'WARN', 'retrying'],
    ]);
    const [first, second, third] = page.items as [LogDocument, LogDocument, LogDocument];
    expect(first).toMatchObject({
      service,
      host: hostname(),
      source: { kind: 'file', path: logFile, offset: 0 },
    });
    expect(second.source.offset).toBe(
      Buffer.byteLength(`${DAY} 14:32:15 INFO [payment-service] Payment completed for order order_45231\n`),
    );
    expect(third.fields).toEqual({ attempt: 2 });
    expect(new Set(page.items.map((d) => d.event_id)).size).toBe(3);

    // Counting runs after indexing, so the documents can be searchable a moment before the count lands.
    const counters = alertingStoresFromEnv(lambdaEnvironment(inject('endpoints'), stack.topology)).counters;
    await eventually('the ERROR count of the service', async () => {
      const minute = Math.floor(Date.now() / 60_000);
      const buckets = await counters.buckets(levelCounterKey(service, 'ERROR'), minute - 5, minute + 1);
      const total = [...buckets.values()].reduce((a, b) => a + b, 0);
      if (total > 1) throw new Error(`counted ${total} ERROR lines, expected 1`);
      return total === 1 ? total : undefined;
    });

    const errors = (await stack.get(`/logs?service=${service}&level=ERROR&from=${DAY}T00:00:00Z`))
      .body as LogsResponse;
    expect(errors.items.map((d) => d.message)).toEqual(['Card declined for order order_45232']);
  });

  test('the API refuses requests without the key and rejects bad input with the field named', async () => {
    expect((await stack.get('/logs', {})).status).toBe(403);
    expect(await stack.get('/logs?limit=5000')).toEqual({
      status: 400,
      body: {
        error: {
          code: 'bad_request',
          field: 'limit',
          message: 'limit: expected an integer from 1 to 1000, got "5000"',
        },
      },
    });
  });
});
