import type { Placement, RecordSender } from '#agent/sink/sink.ts';
import { decodeLogRecord, RAW_BODY_CONTENT_TYPE, WIRE_CONTENT_TYPE, type WireChunk } from '#core/wire.ts';

export interface ReceivedLine {
  readonly id: string;
  readonly path: string | undefined;
  readonly o: number;
  readonly m: string;
  readonly f?: readonly string[];
}

/** A RecordSender that keeps what it was sent, and can be told to fail (Kafka down). */
export class FakeSender implements RecordSender {
  readonly chunks: WireChunk[] = [];
  readonly topics: string[] = [];
  failing = false;
  /** When set, a send whose records it returns an error for fails with that error. */
  refuse: ((record: { topic: string }) => Error | undefined) | undefined;
  attempts = 0;

  /** Records that are not log chunks (heartbeats), as sent. */
  readonly others: { topic: string; key: string; value: Buffer; contentType?: string }[] = [];

  /** Records written so far per partition (one per topic and key here), i.e. the next offset. */
  readonly #ends = new Map<string, bigint>();

  async send(
    records: readonly { topic: string; key: string; value: Buffer; contentType?: string }[],
  ): Promise<Placement> {
    this.attempts++;
    if (this.failing) throw new Error('broker unavailable');
    for (const r of records) {
      const error = this.refuse?.(r);
      if (error) throw error;
    }
    const placement = new Map<string, bigint>();
    for (const r of records) {
      const partition = `${r.topic}:${r.key}`;
      const offset = this.#ends.get(partition) ?? 0n;
      if (!placement.has(partition)) placement.set(partition, offset);
      this.#ends.set(partition, offset + 1n);
    }
    for (const r of records) {
      if (r.contentType !== undefined && r.contentType !== RAW_BODY_CONTENT_TYPE) {
        this.others.push(r);
        continue;
      }
      const decoded = decodeLogRecord(r.value, r.contentType ?? WIRE_CONTENT_TYPE);
      if (decoded.kind !== 'chunk') throw new Error(`bad record: ${JSON.stringify(decoded)}`);
      if (decoded.chunk.src.id !== r.key) throw new Error('record key must be the source id');
      this.chunks.push(decoded.chunk);
      this.topics.push(r.topic);
    }
    return placement;
  }

  async close(): Promise<void> {}

  lines(): ReceivedLine[] {
    return this.chunks.flatMap((c) => c.lines.map((l) => ({ id: c.src.id, path: c.src.path, ...l })));
  }

  texts(): string[] {
    return this.lines().map((l) => l.m);
  }
}

export async function waitFor(check: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
