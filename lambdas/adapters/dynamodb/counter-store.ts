/** Rule counters in the counters table: per-minute buckets, last seen per service, rate limits. */
import { type DynamoDBDocumentClient, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { RuleCounterStore } from '#core/alerting/stores.ts';
import { boundedKeyPart, TTL_ATTRIBUTE } from '#core/tables.ts';
import { queryAll } from './alert-store.ts';
import { isConditionFailure, minuteKey } from './client.ts';

/** Buckets live two days (the longest window plus baseline is bounded by rule validation). */
const BUCKET_TTL_SECONDS = 2 * 86_400;

export class DynamoRuleCounterStore implements RuleCounterStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;

  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  async add(increments: readonly { key: string; minute: number; count: number }[]): Promise<void> {
    await Promise.all(
      increments.map((i) =>
        this.#db.send(
          new UpdateCommand({
            TableName: this.#table,
            Key: { pk: i.key, sk: minuteKey(i.minute) },
            UpdateExpression: 'ADD #count :n SET #ttl = :ttl',
            ExpressionAttributeNames: { '#count': 'count', '#ttl': TTL_ATTRIBUTE },
            ExpressionAttributeValues: { ':n': i.count, ':ttl': i.minute * 60 + BUCKET_TTL_SECONDS },
          }),
        ),
      ),
    );
  }

  async buckets(key: string, fromMinute: number, toMinute: number): Promise<Map<number, number>> {
    const out = new Map<number, number>();
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.#db.send(
        new QueryCommand({
          TableName: this.#table,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
          ExpressionAttributeValues: {
            ':pk': key,
            ':from': minuteKey(fromMinute),
            ':to': minuteKey(toMinute),
          },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      for (const item of page.Items ?? []) out.set(Number(String(item.sk).slice(2)), Number(item.count));
      start = page.LastEvaluatedKey;
    } while (start);
    return out;
  }

  async markSeen(services: readonly string[], at: number): Promise<void> {
    await Promise.all(
      [...new Set(services)].map(async (service) => {
        try {
          await this.#db.send(
            new UpdateCommand({
              TableName: this.#table,
              Key: { pk: 'SEEN', sk: boundedKeyPart(service) },
              UpdateExpression: 'SET lastReceivedAt = :at, service = :service',
              ConditionExpression: 'attribute_not_exists(lastReceivedAt) OR lastReceivedAt < :at',
              ExpressionAttributeValues: { ':at': at, ':service': service },
            }),
          );
        } catch (error) {
          if (!isConditionFailure(error)) throw error;
        }
      }),
    );
  }

  async lastSeen(): Promise<Map<string, number>> {
    const items = await queryAll(this.#db, this.#table, 'SEEN');
    return new Map(items.map((item) => [String(item.service ?? item.sk), Number(item.lastReceivedAt)]));
  }

  async take(key: string, minute: number, limit: number): Promise<boolean> {
    try {
      await this.#db.send(
        new UpdateCommand({
          TableName: this.#table,
          Key: { pk: `RATE#${key}`, sk: minuteKey(minute) },
          UpdateExpression: 'ADD #count :one SET #ttl = :ttl',
          ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
          ExpressionAttributeNames: { '#count': 'count', '#ttl': TTL_ATTRIBUTE },
          ExpressionAttributeValues: { ':one': 1, ':limit': limit, ':ttl': minute * 60 + 3600 },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}
