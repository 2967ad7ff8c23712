/**
 * MSK events of a bench corpus as the event source delivers them, for the handler benches
 * (`ingest-throughput.ts`, `ingest-compare.ts`): agent chunks of 100 lines, 100 records per event.
 */
import type { MSKEvent } from 'aws-lambda';
import { buildMskEvent, type ConsumedRecord } from '#core/msk-event.ts';
import {
  CONTENT_TYPE_HEADER,
  encodeChunk,
  encodeRawBodyChunk,
  RAW_BODY_CONTENT_TYPE,
  WIRE_CONTENT_TYPE,
  type WireChunk,
} from '#core/wire.ts';

export const LINES_PER_RECORD = 100;
const RECORDS_PER_EVENT = 100;

export type WireFormat = 'v1' | 'v2';

/** A record value of `chunk`'s lines in the agent's v1 (JSON) or v2 (raw-body, as from a file) format. */
function recordValue(chunk: WireChunk, format: WireFormat): { value: Buffer; contentType: string } {
  if (format === 'v1') return { value: encodeChunk(chunk), contentType: WIRE_CONTENT_TYPE };
  const body = Buffer.from(`${chunk.lines.map((l) => l.m).join('\n')}\n`);
  const n = chunk.lines.map((l) => Buffer.byteLength(l.m) + 1);
  const o = chunk.lines[0]?.o ?? 0;
  return {
    value: encodeRawBodyChunk({ v: 2, src: chunk.src, t: chunk.t, o, n }, body),
    contentType: RAW_BODY_CONTENT_TYPE,
  };
}

/** MSK events as the event source would deliver them: agent chunks of 100 lines, 100 records each. */
export function eventsFor(lines: readonly string[], run: string, format: WireFormat = 'v1'): MSKEvent[] {
  const events: MSKEvent[] = [];
  let records: ConsumedRecord[] = [];
  let offset = 0;
  for (let i = 0; i < lines.length; i += LINES_PER_RECORD) {
    const slice = lines.slice(i, i + LINES_PER_RECORD);
    const chunk: WireChunk = {
      v: 1,
      src: {
        host: 'bench-host',
        id: `bench-${run}-${Math.floor(i / 100_000)}`,
        kind: 'file' as const,
        path: '/var/log/bench.log',
        service: `bench-${run}`,
      },
      t: Date.now(),
      lines: slice.map((m) => {
        const line = { o: offset, m };
        offset += Buffer.byteLength(m) + 1;
        return line;
      }),
    };
    const { value, contentType } = recordValue(chunk, format);
    records.push({
      topic: 'logs',
      partition: 0,
      offset: records.length,
      timestamp: Date.now(),
      key: Buffer.from(chunk.src.id),
      value,
      headers: [[CONTENT_TYPE_HEADER, Buffer.from(contentType)]],
    });
    if (records.length === RECORDS_PER_EVENT) {
      events.push(buildMskEvent(records, { eventSourceArn: 'arn:bench', bootstrapServers: 'bench:9092' }));
      records = [];
    }
  }
  if (records.length > 0)
    events.push(buildMskEvent(records, { eventSourceArn: 'arn:bench', bootstrapServers: 'bench:9092' }));
  return events;
}
