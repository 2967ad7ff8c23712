/**
 * The launcher's Kafka is up only once a consumer can join a group: a broker answers Metadata
 * before its group coordinator has loaded the offsets topic, and a consumer started then is told
 * "This is not the correct coordinator" until it has. Clients retry a few times; under load those
 * retries ran out (the JoinGroup failures of the broker-outage and event-source tests). Runs a
 * private Kafka so that it can be restarted.
 */
import { randomUUID } from 'node:crypto';
import { Consumer } from '@platformatic/kafka';
import { describe, expect, test } from 'vitest';
import { privateKafka } from '../../support/private-engines.ts';

const kafka = privateKafka('kafka-ready');

/** Joins a new group once, without retries; the error message if it could not. */
async function joinOnce(): Promise<string> {
  const consumer = new Consumer({
    clientId: 'kafka-ready-test',
    groupId: `kafka-ready-${randomUUID()}`,
    bootstrapBrokers: [kafka.bootstrap],
    retries: 0,
  });
  try {
    await consumer.joinGroup({});
    return 'joined';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await consumer.close().catch(() => {});
  }
}

describe("the launcher's Kafka", () => {
  test('a consumer joins a group as soon as the broker is started, and restarted', async () => {
    expect(await joinOnce()).toBe('joined');
    await kafka.stop();
    await kafka.start();
    expect(await joinOnce()).toBe('joined');
  }, 180_000);
});
