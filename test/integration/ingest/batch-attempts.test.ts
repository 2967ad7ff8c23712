/**
 * Attempts at a batch are counted in DynamoDB and bounded, whatever the event source does: AWS's
 * default (on-demand pollers) retries a failing batch for as long as its records stay in the
 * topic. A batch failing its last attempt is dead-lettered whole with the reason, so its
 * partition moves on; attempts that crashed count too; a replay is not counted.
 */
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { asReplay } from '#core/dead-letter.ts';
import { S3DeadLetters } from '#lambdas/adapters/s3/dead-letters.ts';
import { alertingStoresFromEnv } from '#lambdas/alerting/dependencies.ts';
import { batchAttemptKeys } from '#lambdas/batch-attempts.ts';
import { ingestDependenciesFromEnv, s3ClientFromEnv } from '#lambdas/handlers/ingest.ts';
import { ingestBatch } from '#lambdas/ingest/ingest-logs.ts';
import { jsonLogger } from '#lambdas/logger.ts';
import { bootstrapLocal, localTopology } from '#local/bootstrap.ts';
import { lambdaEnvironment } from '#local/pipeline.ts';
import { agentChunk, mskEventOf } from '../../support/msk-events.ts';

const endpoints = inject('endpoints');
const unique = (name: string) => `${name}-${randomBytes(4).toString('hex')}`;
const topology = localTopology(unique('attempts'));
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  await bootstrapLocal(endpoints, topology);
  env = lambdaEnvironment(endpoints, topology);
});

async function pendingLetters() {
  const s3 = s3ClientFromEnv(env);
  const letters = [];
  for await (const letter of new S3DeadLetters(s3, topology.deadLetterBucket).list()) letters.push(letter);
  s3.destroy();
  return letters;
}

describe('bounded attempts at a batch', () => {
  const deps = () =>
    ingestDependenciesFromEnv(
      // Nothing answers on this port: every attempt fails like an OpenSearch outage.
      { ...env, OPENSEARCH_URL: 'http://127.0.0.1:9', LOGWARD_MAX_BATCH_ATTEMPTS: '3' },
      { logger: jsonLogger({}, () => {}), emitMetrics: () => {} },
    );

  test('a batch failing 3 attempts is dead-lettered whole with the reason, and the call then succeeds', async () => {
    const event = mskEventOf(topology.topics.logs, [
      agentChunk(unique('src'), 'svc', ['one', 'two']),
      agentChunk(unique('src'), 'svc', ['three']),
    ]);
    const ingest = deps();
    const noPause = () => 0; // no time left in the invocation: no pause between attempts
    await expect(ingestBatch(event, ingest, noPause)).rejects.toThrow();
    await expect(ingestBatch(event, ingest, noPause)).rejects.toThrow();
    expect(await ingestBatch(event, ingest, noPause)).toEqual({
      records: 2,
      lines: 0,
      indexed: 0,
      dropped: 0,
      deadLettered: 2,
    });
    const letters = await pendingLetters();
    expect(letters).toHaveLength(1);
    expect(letters[0]?.letter.stage).toBe('ingest');
    expect(letters[0]?.letter.reasons.map((r) => r.reason)).toEqual([
      expect.stringMatching(/^gave up after 3 attempts; last failure: /),
      expect.stringMatching(/^gave up after 3 attempts; last failure: /),
    ]);
  }, 120_000);

  test('attempts that timed out or crashed count: the next one gives the batch up without working on it', async () => {
    const event = mskEventOf(topology.topics.logs, [
      agentChunk(unique('src'), 'svc', ['crashes the Lambda']),
    ]);
    const stores = alertingStoresFromEnv(env);
    const keys = batchAttemptKeys('ingest', event);
    for (let i = 0; i < 3; i++) await stores.attempts.begin(keys, Date.now());
    const before = (await pendingLetters()).length;
    let worked = false;
    const ingest = deps();
    const summary = await ingestBatch(
      event,
      {
        ...ingest,
        writer: {
          start: () => {
            worked = true;
            return ingest.writer.start();
          },
        },
      },
      () => 0,
    );
    expect(summary.deadLettered).toBe(1);
    expect(worked).toBe(false);
    const letters = await pendingLetters();
    expect(letters).toHaveLength(before + 1);
    expect(letters.at(-1)?.letter.reasons[0]?.reason).toMatch(
      /none recorded: the attempts timed out or crashed/,
    );
  });

  test('a replayed dead letter is processed without counting attempts, and a failure goes back to the caller', async () => {
    const event = mskEventOf(topology.topics.logs, [agentChunk(unique('src'), 'svc', ['replayed'])]);
    const keys = batchAttemptKeys('ingest', event);
    const stores = alertingStoresFromEnv(env);
    for (let i = 0; i < 5; i++) await stores.attempts.begin(keys, Date.now());
    const { handler } = await import('#lambdas/handlers/ingest.ts');
    // The real handler, configured from the environment like the Lambda.
    const saved = { ...process.env };
    Object.assign(process.env, { ...env, LOGWARD_MAX_BATCH_ATTEMPTS: '3' });
    const summary = await handler(asReplay(event)).finally(() => {
      process.env = saved;
    });
    expect(summary).toMatchObject({ records: 1, lines: 1, indexed: 1, deadLettered: 0 });
  });
});
