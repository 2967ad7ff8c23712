import { randomUUID } from 'node:crypto';
import { Admin, Consumer, type MessagesStream } from '@platformatic/kafka';
import { CONTENT_TYPE_HEADER, decodeLogRecord, type WireChunk } from '#core/wire.ts';

export interface CollectedLine {
  readonly id: string;
  readonly path: string | undefined;
  readonly o: number;
  readonly m: string;
  readonly f?: readonly string[];
}

/** Creates fresh topics for one test. */
export async function createTopics(bootstrap: string, names: string[], partitions = 3): Promise<void> {
  const admin = new Admin({ clientId: 'agent-test-admin', bootstrapBrokers: [bootstrap] });
  try {
    await admin.createTopics({ topics: names, partitions, replicas: 1 });
  } finally {
    await admin.close();
  }
}

/** How many records a topic holds (the sum of its partitions' end offsets), to know a collector has read them all. */
export async function recordCount(bootstrap: string, topic: string, partitions = 3): Promise<number> {
  const admin = new Admin({ clientId: 'agent-test-admin', bootstrapBrokers: [bootstrap] });
  try {
    const [listed] = await admin.listOffsets({
      topics: [
        {
          name: topic,
          partitions: Array.from({ length: partitions }, (_, i) => ({ partitionIndex: i, timestamp: -1n })),
        },
      ],
    });
    return (listed?.partitions ?? []).reduce((sum, p) => sum + Number(p.offset), 0);
  } finally {
    await admin.close();
  }
}

export function uniqueTopic(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/** Reads a topic from the beginning and decodes the agent's chunks, as the ingest side would. */
export class TopicCollector {
  readonly chunks: WireChunk[] = [];
  readonly raw: { key: string; value: Buffer; contentType?: string }[] = [];
  readonly #consumer: Consumer<Buffer, Buffer, Buffer, Buffer>;
  #stream: MessagesStream<Buffer, Buffer, Buffer, Buffer> | undefined;

  private constructor(bootstrap: string) {
    this.#consumer = new Consumer({
      groupId: `agent-test-${randomUUID()}`,
      clientId: 'agent-test-consumer',
      bootstrapBrokers: [bootstrap],
      maxWaitTime: 200,
    });
  }

  static async start(bootstrap: string, topic: string): Promise<TopicCollector> {
    const c = new TopicCollector(bootstrap);
    c.#stream = await c.#consumer.consume({ topics: [topic], mode: 'earliest', autocommit: false });
    c.#stream.on('data', (message) => {
      const contentType = message.headers.get(Buffer.from(CONTENT_TYPE_HEADER))?.toString();
      const ct =
        contentType ??
        [...message.headers.entries()].find(([k]) => k.toString() === CONTENT_TYPE_HEADER)?.[1].toString();
      c.raw.push({ key: message.key?.toString() ?? '', value: message.value, contentType: ct });
      const decoded = decodeLogRecord(message.value, ct);
      if (decoded.kind === 'chunk') c.chunks.push(decoded.chunk);
    });
    return c;
  }

  lines(): CollectedLine[] {
    return this.chunks.flatMap((c) => c.lines.map((l) => ({ id: c.src.id, path: c.src.path, ...l })));
  }

  /** Distinct (source id, offset) pairs: what reaches the index once ids are derived. */
  distinct(): Map<string, CollectedLine> {
    const out = new Map<string, CollectedLine>();
    for (const l of this.lines()) out.set(`${l.id}@${l.o}`, l);
    return out;
  }

  async close(): Promise<void> {
    await this.#stream?.close();
    await this.#consumer.close(true);
  }
}
