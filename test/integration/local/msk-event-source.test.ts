/**
 * The local MSK event source through a broker outage: the runner must reconnect by itself and
 * deliver every record at least once, as the managed event source mapping does. Runs a private
 * Kafka (own free ports and data) so stopping it disturbs no other test.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Producer, stringSerializers } from '@platformatic/kafka';
import type { MSKEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type EngineConfig, resolveEngineConfig, startEngines, stopEngines } from '#local/engines/index.ts';
import { startMskEventSource } from '#local/msk-event-source.ts';
import { freePort } from '../../support/ports.ts';
import { eventually } from '../../support/wait.ts';
import { createTopics, uniqueTopic } from '../agent/kafka-collector.ts';

let dir: string;
let engines: EngineConfig;
let bootstrap: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'logward-esm-outage-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LOGWARD_STATE_DIR: join(dir, 'engines'),
    LOGWARD_KAFKA_PORT: String(await freePort()),
    LOGWARD_KAFKA_CONTROLLER_PORT: String(await freePort()),
  };
  delete env.LOGWARD_KAFKA_BOOTSTRAP;
  engines = resolveEngineConfig(env);
  bootstrap = (await startEngines(engines, { only: ['kafka'], log: () => {} })).endpoints.kafkaBootstrap;
});

afterAll(async () => {
  await stopEngines(engines, ['kafka']).catch(() => {});
  await rm(dir, { recursive: true, force: true });
});

async function produce(topic: string, from: number, count: number): Promise<void> {
  const producer = new Producer({
    clientId: 'esm-test',
    bootstrapBrokers: [bootstrap],
    serializers: stringSerializers,
  });
  try {
    const messages = Array.from({ length: count }, (_, i) => ({
      topic,
      key: 'k',
      value: `line ${from + i}`,
    }));
    await producer.send({ messages });
  } finally {
    await producer.close();
  }
}

describe('local MSK event source', () => {
  test('reconnects after the broker was stopped and started again, and delivers every record', async () => {
    const topic = uniqueTopic('esm');
    await createTopics(bootstrap, [topic], 1);
    const seen = new Set<string>();
    const handler = async (event: MSKEvent) => {
      for (const records of Object.values(event.records)) {
        for (const record of records) seen.add(Buffer.from(record.value, 'base64').toString());
      }
    };
    const source = await startMskEventSource(handler, {
      bootstrapBrokers: [bootstrap],
      topics: [topic],
      groupId: `esm-${topic}`,
      batchingWindowMs: 100,
      onFailure: async () => {
        throw new Error('no batch should fail');
      },
    });
    try {
      await produce(topic, 0, 100);
      await eventually('the first 100 records', async () => (seen.size === 100 ? true : undefined));

      await stopEngines(engines, ['kafka']);
      // Down long enough for the client to give up on its own retries (the managed source would too).
      await new Promise((resolve) => setTimeout(resolve, 15_000));
      await startEngines(engines, { only: ['kafka'], log: () => {} });
      await produce(topic, 100, 100);

      await eventually(
        'all 200 records after the outage',
        async () => (seen.size === 200 ? true : undefined),
        {
          timeoutMs: 120_000,
        },
      );
      expect([...seen].sort()).toEqual(Array.from({ length: 200 }, (_, i) => `line ${i}`).sort());
      expect(source.stats.failedBatches).toBe(0);
    } finally {
      await source.stop();
    }
  });
});
