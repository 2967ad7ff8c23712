/**
 * The event AWS's MSK event source hands a Lambda, in both directions: the local runner builds
 * it from consumed records exactly as AWS does, and the ingest handler decodes it.
 */
import type { MSKEvent, MSKRecord, MSKRecordHeader } from 'aws-lambda';
import type { RecordPosition } from './wire.ts';

/** A consumed Kafka record, as a client library returns it. */
export interface ConsumedRecord {
  readonly topic: string;
  readonly partition: number;
  readonly offset: bigint | number;
  readonly timestamp: bigint | number;
  readonly key?: Buffer | null;
  readonly value: Buffer | null;
  readonly headers: ReadonlyArray<readonly [Buffer | string, Buffer]>;
}

export interface MskEventSource {
  readonly eventSourceArn: string;
  readonly bootstrapServers: string;
}

/** Builds the MSK event payload: records grouped by `topic-partition`, base64 key and value, headers as byte arrays. */
export function buildMskEvent(records: readonly ConsumedRecord[], source: MskEventSource): MSKEvent {
  const grouped: Record<string, MSKRecord[]> = {};
  for (const record of records) {
    const group = `${record.topic}-${record.partition}`;
    grouped[group] ??= [];
    grouped[group].push(toMskRecord(record));
  }
  return {
    eventSource: 'aws:kafka',
    eventSourceArn: source.eventSourceArn,
    bootstrapServers: source.bootstrapServers,
    records: grouped,
  };
}

function toMskRecord(record: ConsumedRecord): MSKRecord {
  const headers: MSKRecordHeader[] = record.headers.map(([name, value]) => ({
    [name.toString()]: [...value],
  }));
  const out: Omit<MSKRecord, 'key'> & { key?: string } = {
    topic: record.topic,
    partition: record.partition,
    offset: Number(record.offset),
    timestamp: Number(record.timestamp),
    timestampType: 'CREATE_TIME',
    value: (record.value ?? Buffer.alloc(0)).toString('base64'),
    headers,
  };
  if (record.key) out.key = record.key.toString('base64');
  return out as MSKRecord;
}

/** Bytes a record adds to the JSON invocation payload (AWS caps one invocation at 6 MB). */
export function mskRecordPayloadBytes(record: ConsumedRecord): number {
  const base64 = (n: number) => Math.ceil(n / 3) * 4;
  let headerBytes = 0;
  for (const [name, value] of record.headers) headerBytes += name.length + value.length * 4 + 8;
  return (
    base64(record.value?.length ?? 0) +
    base64(record.key?.length ?? 0) +
    headerBytes +
    record.topic.length +
    120
  );
}

/** A record of an MSK event, decoded. */
export interface DecodedMskRecord {
  readonly position: RecordPosition;
  readonly timestamp: number;
  readonly key: Buffer | undefined;
  readonly value: Buffer;
  /** Header values by lower-cased name (the last one wins). */
  readonly headers: ReadonlyMap<string, Buffer>;
}

export function* decodeMskEvent(event: MSKEvent): Generator<DecodedMskRecord> {
  for (const records of Object.values(event.records)) {
    for (const record of records) yield decodeMskRecord(record);
  }
}

function decodeMskRecord(record: MSKRecord): DecodedMskRecord {
  const headers = new Map<string, Buffer>();
  for (const header of record.headers ?? []) {
    for (const [name, bytes] of Object.entries(header)) headers.set(name.toLowerCase(), Buffer.from(bytes));
  }
  return {
    position: { topic: record.topic, partition: record.partition, offset: record.offset },
    timestamp: record.timestamp,
    key: record.key ? Buffer.from(record.key, 'base64') : undefined,
    value: Buffer.from(record.value ?? '', 'base64'),
    headers,
  };
}
