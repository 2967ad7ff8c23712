/** Attempts at Kafka batches (lambdas/batch-attempts.ts), as small items of the counters table. */
import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { TTL_ATTRIBUTE } from '#core/tables.ts';
import type { BatchAttemptStore } from '../../batch-attempts.ts';
import { ttlAfter } from './client.ts';

/** Kept a week, as long as a topic keeps its records. */
const ATTEMPT_DAYS = 7;

export class DynamoBatchAttemptStore implements BatchAttemptStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;

  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  async begin(keys: readonly string[], now: number): Promise<{ attempts: number; lastError?: string }> {
    const items = await Promise.all(
      keys.map(async (key) => {
        const { Attributes } = await this.#db.send(
          new UpdateCommand({
            TableName: this.#table,
            Key: itemKey(key),
            UpdateExpression:
              'ADD attempts :one SET firstAttemptAt = if_not_exists(firstAttemptAt, :now), #ttl = :ttl',
            ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE },
            ExpressionAttributeValues: { ':one': 1, ':now': now, ':ttl': ttlAfter(now, ATTEMPT_DAYS) },
            ReturnValues: 'ALL_NEW',
          }),
        );
        return {
          attempts: Number(Attributes?.attempts ?? 1),
          lastError: Attributes?.lastError as string | undefined,
        };
      }),
    );
    return items.reduce((most, item) => (item.attempts > most.attempts ? item : most), { attempts: 0 });
  }

  async fail(keys: readonly string[], reason: string): Promise<void> {
    await Promise.all(
      keys.map((key) =>
        this.#db.send(
          new UpdateCommand({
            TableName: this.#table,
            Key: itemKey(key),
            UpdateExpression: 'SET lastError = :reason',
            ExpressionAttributeValues: { ':reason': reason.slice(0, 1000) },
          }),
        ),
      ),
    );
  }
}

/**
 * `consumer#topic-partition@offset#digest` → items of one consumer and partition under one key,
 * sorted by offset.
 */
function itemKey(key: string): { pk: string; sk: string } {
  const at = key.lastIndexOf('@');
  const [offset = '', digest = ''] = key.slice(at + 1).split('#');
  return { pk: `ATTEMPTS#${key.slice(0, at)}`, sk: `${offset.padStart(20, '0')}#${digest}` };
}
