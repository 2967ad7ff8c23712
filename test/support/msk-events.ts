import { hostname } from 'node:os';
import type { MSKEvent } from 'aws-lambda';
import { buildMskEvent, type ConsumedRecord } from '#core/msk-event.ts';
import {
  CONTENT_TYPE_HEADER,
  encodeChunk,
  encodeRawBodyChunk,
  RAW_BODY_CONTENT_TYPE,
  RAW_BODY_SCHEMA_VERSION,
  WIRE_CONTENT_TYPE,
  type WireChunk,
} from '#core/wire.ts';

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

/** A record value as encoded elsewhere (e.g. a v2 record), with its key and content type. */
export interface EncodedRecord {
  readonly key: string;
  readonly value: Buffer;
  readonly contentType: string;
}

/**
 * A v2 record of `count` one-byte events (empty lines): the most documents a record's bytes can
 * make, about 300,000 from 900 KB.
 */
export function tinyEventsRecord(sourceId: string, service: string, count: number): EncodedRecord {
  const header = {
    v: RAW_BODY_SCHEMA_VERSION,
    src: { host: hostname(), id: sourceId, kind: 'file', path: `/var/log/${service}.log`, service },
    t: Date.now(),
    o: 0,
    n: new Array<number>(count).fill(1),
  } as const;
  return {
    key: sourceId,
    value: encodeRawBodyChunk(header, Buffer.alloc(count, '\n')),
    contentType: RAW_BODY_CONTENT_TYPE,
  };
}

/** Kafka records as the event source would consume them: agent chunks, encoded records and plain text values. */
export function mskEventOf(
  topic: string,
  values: ReadonlyArray<WireChunk | EncodedRecord | string>,
): MSKEvent {
  const records: ConsumedRecord[] = values.map((value, i) => {
    const common = { topic, partition: i % 2, offset: nextOffset++, timestamp: Date.now() };
    if (typeof value === 'string')
      return { ...common, key: Buffer.from('plain-producer'), value: Buffer.from(value), headers: [] };
    if ('contentType' in value)
      return {
        ...common,
        key: Buffer.from(value.key),
        value: value.value,
        headers: [[CONTENT_TYPE_HEADER, Buffer.from(value.contentType)]],
      };
    return {
      ...common,
      key: Buffer.from(value.src.id),
      value: encodeChunk(value),
      headers: [[CONTENT_TYPE_HEADER, Buffer.from(WIRE_CONTENT_TYPE)]],
    };
  });
  return buildMskEvent(records, {
    eventSourceArn: 'arn:aws:kafka:local:0:cluster/test/1',
    bootstrapServers: 'local:9092',
  });
}
