import { describe, expect, test } from 'vitest';
import { buildMskEvent, decodeMskEvent, mskRecordPayloadBytes } from '#core/msk-event.ts';
import { loadEvent } from '../../support/fixtures.ts';

describe('MSK event', () => {
  test('decoding an AWS payload yields positions, bytes and lower-cased headers', () => {
    const records = [...decodeMskEvent(loadEvent('msk-logs'))];
    expect(records.map((r) => [r.position, r.timestamp, r.key?.toString()])).toEqual([
      [{ topic: 'logs', partition: 0, offset: 15 }, 1761229940123, '2049:131075:9f2c1a'],
      [{ topic: 'logs', partition: 2, offset: 7 }, 1761229941000, 'billing'],
    ]);
    expect(records[0]?.headers.get('content-type')?.toString()).toBe('application/vnd.logward.v1+json');
    expect(records[1]?.value.toString()).toMatch(/^<11>Oct 23/);
  });

  test('building from consumed records reproduces the AWS payload exactly', () => {
    const aws = loadEvent('msk-logs');
    const consumed = [...decodeMskEvent(aws)].map((r) => ({
      topic: r.position.topic,
      partition: r.position.partition,
      offset: BigInt(r.position.offset),
      timestamp: BigInt(r.timestamp),
      key: r.key ?? null,
      value: r.value,
      headers: [...r.headers].map(([name, value]) => [Buffer.from(name), value] as const),
    }));
    expect(
      buildMskEvent(consumed, { eventSourceArn: aws.eventSourceArn, bootstrapServers: aws.bootstrapServers }),
    ).toEqual(aws);
  });

  test('a record without a key omits it, as AWS does', () => {
    const event = buildMskEvent(
      [
        {
          topic: 't',
          partition: 1,
          offset: 3n,
          timestamp: 5n,
          key: null,
          value: Buffer.from('x'),
          headers: [],
        },
      ],
      { eventSourceArn: 'arn', bootstrapServers: 'b:9098' },
    );
    expect(event.records['t-1']).toEqual([
      {
        topic: 't',
        partition: 1,
        offset: 3,
        timestamp: 5,
        timestampType: 'CREATE_TIME',
        value: 'eA==',
        headers: [],
      },
    ]);
  });

  test('payload size accounts for base64 expansion of the value', () => {
    const small = {
      topic: 'logs',
      partition: 0,
      offset: 0,
      timestamp: 0,
      value: Buffer.alloc(3),
      headers: [],
    };
    const large = { ...small, value: Buffer.alloc(3000) };
    expect(mskRecordPayloadBytes(large) - mskRecordPayloadBytes(small)).toBe(4000 - 4);
  });
});
