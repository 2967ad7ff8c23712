/**
 * `npm run replay` against moto's S3: paging through ListObjectsV2 continuation, letters the replay
 * itself dead-letters anew are left for the next run, and an object that is not a dead letter is
 * reported and skipped while the rest are replayed.
 */
import { randomBytes } from 'node:crypto';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { MSKEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { deadLetterForBatch } from '#core/dead-letter.ts';
import { S3DeadLetters } from '#lambdas/adapters/s3/dead-letters.ts';
import { s3ClientFromEnv } from '#lambdas/handlers/ingest.ts';
import { replayDeadLetters } from '#lambdas/ingest/replay-dead-letters.ts';
import { mskEventOf } from '../../support/msk-events.ts';

const endpoints = inject('endpoints');
const s3 = s3ClientFromEnv({ S3_ENDPOINT: endpoints.sesUrl });
const bucket = `replay-${randomBytes(4).toString('hex')}`;

/** The first record's value, which names the letter in these tests. */
const nameOf = (event: MSKEvent) =>
  Buffer.from(Object.values(event.records)[0]?.[0]?.value ?? '', 'base64').toString('utf8');

async function pending(letters: S3DeadLetters): Promise<string[]> {
  const keys: string[] = [];
  for await (const key of letters.pendingKeys()) keys.push(key);
  return keys;
}

beforeAll(async () => {
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
});

afterAll(() => s3.destroy());

describe('replaying dead letters from S3', () => {
  test('pages through every letter once, leaves the ones it writes itself, and skips a bad object', async () => {
    // Pages of 2 keys: 7 objects under two prefixes take several continuation tokens.
    const letters = new S3DeadLetters(s3, bucket, { pageSize: 2 });
    const failedAt = Date.parse('2020-01-01T00:00:00Z');
    for (let i = 0; i < 5; i++) {
      await letters.send(
        deadLetterForBatch(mskEventOf('logs', [`letter-${i}`]), 'opensearch down', failedAt + i),
      );
    }
    // What the event source mapping writes to an S3 on-failure destination, under aws/lambda/.
    const failedBatch = {
      requestContext: { condition: 'RetryAttemptsExhausted', approximateInvokeCount: 10 },
      timestamp: '2020-01-02T00:00:00Z',
      payload: mskEventOf('logs', ['failed-batch']),
    };
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: 'aws/lambda/2020/01/02/failed-batch.json',
        Body: JSON.stringify(failedBatch),
      }),
    );
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: 'dead-letters/2020/01/01/truncated.json',
        Body: '{"v":1,',
      }),
    );

    const invoked: string[] = [];
    const lines: string[] = [];
    const outcome = await replayDeadLetters(
      letters,
      async (event) => {
        invoked.push(nameOf(event));
        // The handler finds the record poison again and dead-letters it anew, as ingest does.
        await letters.send(
          deadLetterForBatch(mskEventOf('logs', [`again-${nameOf(event)}`]), 'still bad', Date.now()),
        );
      },
      (line) => lines.push(line),
    );

    expect(invoked.sort()).toEqual([
      'failed-batch',
      'letter-0',
      'letter-1',
      'letter-2',
      'letter-3',
      'letter-4',
    ]);
    expect(outcome).toEqual({
      replayed: 6,
      records: 6,
      failed: [],
      skipped: [{ key: 'dead-letters/2020/01/01/truncated.json', reason: 'not JSON' }],
    });
    expect(lines).toContain('skipped dead-letters/2020/01/01/truncated.json: not a dead letter (not JSON)');

    // Left pending: the bad object and the six letters written during the run, for the next run.
    const left = await pending(letters);
    expect(left).toHaveLength(7);
    expect(left).toContain('dead-letters/2020/01/01/truncated.json');
    const again = [];
    for await (const { letter } of letters.list()) again.push(nameOf(letter.event));
    expect(again.sort()).toEqual([
      'again-failed-batch',
      'again-letter-0',
      'again-letter-1',
      'again-letter-2',
      'again-letter-3',
      'again-letter-4',
    ]);
  });

  test('a letter the handler refuses stays pending and is reported; the others are replayed', async () => {
    const letters = new S3DeadLetters(s3, `${bucket}`, { pageSize: 1 });
    const before = await pending(letters);
    const outcome = await replayDeadLetters(letters, async (event) => {
      if (nameOf(event) === 'again-letter-2') throw new Error('503: still down');
    });
    expect(outcome.replayed).toBe(5);
    expect(outcome.failed).toEqual([
      { key: expect.stringContaining('dead-letters/'), reason: '503: still down' },
    ]);
    expect(outcome.skipped).toHaveLength(1);
    expect((await pending(letters)).sort()).toEqual(
      before
        .filter((key) => key.endsWith('truncated.json') || outcome.failed.some((f) => f.key === key))
        .sort(),
    );
  });
});
