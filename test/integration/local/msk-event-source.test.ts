/**
 * The local MSK event source through a broker outage: the runner must reconnect by itself and
 * deliver every record at least once, as the managed event source mapping does. Runs a private
 * Kafka so stopping it disturbs no other test.
 */
import { Producer, stringSerializers } from '@platformatic/kafka';
import type { MSKEvent } from 'aws-lambda';
import { describe, expect, test } from 'vitest';
import { startMskEventSource } from '#local/msk-event-source.ts';
import { privateKafka } from '../../support/private-engines.ts';
import { eventually } from '../../support/wait.ts';
import { createTopics, uniqueTopic } from '../agent/kafka-collector.ts';

const kafka = privateKafka('esm-outage');

async function produce(topic: string, from: number, count: number): Promise<void> {
  const producer = new Producer({
    clientId: 'esm-test',
    bootstrapBrokers: [kafka.bootstrap],
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
  test('retries a failing batch until the handler succeeds, as AWS does by default, and commits only then', async () => {
    const topic = uniqueTopic('esm-retry');
    await createTopics(kafka.bootstrap, [topic], 1);
    let calls = 0;
    const delivered: string[] = [];
    const handler = async (event: MSKEvent) => {
      calls++;
      // Fails more often than the old runner's 4 attempts before it gave up.
      if (calls <= 6) throw new Error(`backend down (call ${calls})`);
      for (const records of Object.values(event.records))
        for (const record of records) delivered.push(Buffer.from(record.value, 'base64').toString());
    };
    const options = {
      bootstrapBrokers: [kafka.bootstrap],
      topics: [topic],
      groupId: `esm-${topic}`,
      batchingWindowMs: 100,
      retry: { baseDelayMs: 10, maxDelayMs: 50 },
    };
    const source = await startMskEventSource(handler, options);
    try {
      await produce(topic, 0, 5);
      await eventually('the batch after 6 failures', async () => (delivered.length === 5 ? true : undefined));
      expect(source.stats.failedInvocations).toBe(6);
    } finally {
      await source.stop();
    }
    // Committed after success: a new runner of the same group gets nothing again.
    const again: MSKEvent[] = [];
    const second = await startMskEventSource(async (event) => {
      again.push(event);
    }, options);
    try {
      await produce(topic, 5, 1);
      await eventually('the next record', async () => (again.length > 0 ? true : undefined));
      const values = again.flatMap((e) =>
        Object.values(e.records)
          .flat()
          .map((r) => Buffer.from(r.value, 'base64').toString()),
      );
      expect(values).toEqual(['line 5']);
    } finally {
      await second.stop();
    }
  });

  test('reconnects after the broker was stopped and started again, and delivers every record', async () => {
    const topic = uniqueTopic('esm');
    await createTopics(kafka.bootstrap, [topic], 1);
    const seen = new Set<string>();
    const handler = async (event: MSKEvent) => {
      for (const records of Object.values(event.records)) {
        for (const record of records) seen.add(Buffer.from(record.value, 'base64').toString());
      }
    };
    const source = await startMskEventSource(handler, {
      bootstrapBrokers: [kafka.bootstrap],
      topics: [topic],
      groupId: `esm-${topic}`,
      batchingWindowMs: 100,
    });
    try {
      await produce(topic, 0, 100);
      await eventually('the first 100 records', async () => (seen.size === 100 ? true : undefined));

      await kafka.stop();
      // Down long enough for the client to give up on its own retries (the managed source would too).
      await new Promise((resolve) => setTimeout(resolve, 15_000));
      await kafka.start();
      await produce(topic, 100, 100);

      await eventually(
        'all 200 records after the outage',
        async () => (seen.size === 200 ? true : undefined),
        {
          timeoutMs: 120_000,
        },
      );
      expect([...seen].sort()).toEqual(Array.from({ length: 200 }, (_, i) => `line ${i}`).sort());
      expect(source.stats.failedInvocations).toBe(0);
    } finally {
      await source.stop();
    }
  });
});
