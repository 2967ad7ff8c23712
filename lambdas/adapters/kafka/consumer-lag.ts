/**
 * Consumer lag of a Kafka consumer group, measured from the brokers: the latest offset of each
 * partition minus the group's committed offset. What the local event-source runner's group
 * reports; in AWS the event source mapping's group can be read the same way from inside the VPC,
 * or the `OffsetLag` metric can be used instead.
 */
import { Admin } from '@platformatic/kafka';
import type { ConsumerLag } from '../../ports.ts';

export interface ConsumerLagSettings {
  readonly bootstrapBrokers: readonly string[];
  readonly groupId: string;
  readonly topic: string;
}

/** A probe for `GET /health`; each call opens and closes an admin connection (health is rare). */
export function kafkaConsumerLag(settings: ConsumerLagSettings): () => Promise<ConsumerLag> {
  return async () => {
    const admin = new Admin({
      clientId: 'logward-api-lag',
      bootstrapBrokers: [...settings.bootstrapBrokers],
      retries: 0,
    });
    try {
      const metadata = await admin.metadata({ topics: [settings.topic] });
      const count = metadata.topics.get(settings.topic)?.partitionsCount ?? 0;
      const indexes = Array.from({ length: count }, (_, i) => i);
      const [latest, committed] = await Promise.all([
        admin.listOffsets({
          topics: [
            {
              name: settings.topic,
              partitions: indexes.map((partitionIndex) => ({ partitionIndex, timestamp: -1n })),
            },
          ],
        }),
        admin.listConsumerGroupOffsets({
          groups: [
            { groupId: settings.groupId, topics: [{ name: settings.topic, partitionIndexes: indexes }] },
          ],
        }),
      ]);
      const done = new Map<number, bigint>();
      for (const topic of committed[0]?.topics ?? []) {
        for (const p of topic.partitions) done.set(p.partitionIndex, p.committedOffset);
      }
      const partitions = (latest[0]?.partitions ?? [])
        .map((p) => {
          const commit = done.get(p.partitionIndex) ?? -1n;
          // No commit yet: everything in the partition is still to be read.
          const lag = commit < 0n ? p.offset : p.offset - commit;
          return { topic: settings.topic, partition: p.partitionIndex, lag: Number(lag < 0n ? 0n : lag) };
        })
        .sort((a, b) => a.partition - b.partition);
      return {
        known: true,
        source: `kafka-consumer-group:${settings.groupId}`,
        total: partitions.reduce((sum, p) => sum + p.lag, 0),
        partitions,
      };
    } finally {
      await admin.close();
    }
  };
}
