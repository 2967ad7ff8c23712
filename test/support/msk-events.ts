import { hostname } from 'node:os';
import type { MSKEvent } from 'aws-lambda';
import { buildMskEvent, type ConsumedRecord } from '#core/msk-event.ts';
import { CONTENT_TYPE_HEADER, encodeChunk, WIRE_CONTENT_TYPE, type WireChunk } from '#core/wire.ts';

/** An agent chunk of `lines` from one file source, offsets counted as the agent counts bytes. */
export function agentChunk(
  sourceId: string,
  service: string,
  lines: readonly string[],
  startOffset = 0,
): WireChunk {
  let offset = startOffset;
  return {
    v: 1,
    src: { host: hostname(), id: sourceId, kind: 'file', path: `/var/log/${service}.log`, service },
    t: Date.now(),
    lines: lines.map((m) => {
      const line = { o: offset, m };
      offset += Buffer.byteLength(m) + 1;
      return line;
    }),
  };
}

let nextOffset = 1_000;

/** Kafka records as the event source would consume them: agent chunks and plain text values. */
export function mskEventOf(topic: string, values: ReadonlyArray<WireChunk | string>): MSKEvent {
  const records: ConsumedRecord[] = values.map((value, i) => ({
    topic,
    partition: i % 2,
    offset: nextOffset++,
    timestamp: Date.now(),
    key: Buffer.from(typeof value === 'string' ? 'plain-producer' : value.src.id),
    value: typeof value === 'string' ? Buffer.from(value) : encodeChunk(value),
    headers: typeof value === 'string' ? [] : [[CONTENT_TYPE_HEADER, Buffer.from(WIRE_CONTENT_TYPE)]],
  }));
  return buildMskEvent(records, {
    eventSourceArn: 'arn:aws:kafka:local:0:cluster/test/1',
    bootstrapServers: 'local:9092',
  });
}
