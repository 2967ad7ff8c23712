/**
 * Drop and sample rules in the patterns table, beside the patterns they name: one item per rule,
 * `DROP_RULES` / `<rule id>`, holding the rule and what it has left out of the index (`dropped`,
 * `droppedBytes`, added atomically by every ingest instance; replacing the rule keeps them). A counter item, `DROP_RULES` /
 * `#count`, moves with every create and delete in one transaction, so the limit on rules holds
 * however many are created at once.
 */
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { DROP_ACTIONS, type DroppedCount, type DropRule, type DropRuleWithCounts } from '#core/drop-rules.ts';
import type { DropRuleStore } from '../../ports.ts';
import { queryAll } from './alert-store.ts';
import { isConditionFailure } from './client.ts';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

const PK = 'DROP_RULES';
const COUNTER = { pk: PK, sk: '#count' };
/** Transactions retried when a concurrent one touched the counter. */
const MAX_ATTEMPTS = 8;

export class DynamoDropRuleStore implements DropRuleStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;

  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  async list(): Promise<DropRuleWithCounts[]> {
    const items = await queryAll(this.#db, this.#table, PK);
    return items.map(ruleOf).filter((rule): rule is DropRuleWithCounts => rule !== undefined);
  }

  async get(id: string): Promise<DropRuleWithCounts | undefined> {
    const { Item } = await this.#db.send(
      new GetCommand({ TableName: this.#table, Key: { pk: PK, sk: id }, ConsistentRead: true }),
    );
    return Item ? ruleOf(Item) : undefined;
  }

  async create(rule: DropRule, limit: number): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      const codes = await this.#transact([
        {
          Update: {
            TableName: this.#table,
            Key: COUNTER,
            UpdateExpression: 'ADD ruleCount :one',
            ConditionExpression: 'ruleCount < :limit',
            ExpressionAttributeValues: { ':one': 1, ':limit': limit },
          },
        },
        {
          Put: {
            TableName: this.#table,
            Item: { pk: PK, sk: rule.id, rule, dropped: 0, droppedBytes: 0 },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ]);
      if (codes === undefined) return true;
      if (codes[0] === 'ConditionalCheckFailed') {
        // The counter was full or missing when the transaction ran; only a full one refuses.
        const counted = await this.#counted();
        if (counted === undefined) await this.#startCounter();
        else if (counted >= limit) return false;
      } else if (!codes.includes('TransactionConflict')) {
        throw new Error(`drop rule ${rule.id} not created: ${codes.join(', ')}`);
      }
      if (attempt >= MAX_ATTEMPTS)
        throw new Error(`drop rule ${rule.id} not created: ${codes.join(', ')} ${attempt} times`);
    }
  }

  async replace(rule: DropRule): Promise<DropRuleWithCounts | undefined> {
    try {
      const { Attributes } = await this.#db.send(
        new UpdateCommand({
          TableName: this.#table,
          Key: { pk: PK, sk: rule.id },
          UpdateExpression: 'SET #rule = :rule',
          // Never brings back a rule deleted since the caller read it.
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#rule': 'rule' },
          ExpressionAttributeValues: { ':rule': rule },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return Attributes === undefined ? undefined : ruleOf(Attributes);
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
  }

  async delete(id: string): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      const codes = await this.#transact([
        {
          Delete: {
            TableName: this.#table,
            Key: { pk: PK, sk: id },
            ConditionExpression: 'attribute_exists(pk)',
          },
        },
        {
          Update: {
            TableName: this.#table,
            Key: COUNTER,
            UpdateExpression: 'ADD ruleCount :minus',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':minus': -1 },
          },
        },
      ]);
      if (codes === undefined) return true;
      if (codes[0] === 'ConditionalCheckFailed') return false;
      if (codes[1] === 'ConditionalCheckFailed') return this.#deleteUncounted(id);
      if (!codes.includes('TransactionConflict') || attempt >= MAX_ATTEMPTS)
        throw new Error(`drop rule ${id} not deleted: ${codes.join(', ')}`);
    }
  }

  /** Runs the transaction; undefined when it commits, else each item's cancellation code. */
  async #transact(items: TransactItem[]): Promise<string[] | undefined> {
    try {
      await this.#db.send(new TransactWriteCommand({ TransactItems: items }));
      return undefined;
    } catch (error) {
      if (!(error instanceof Error) || error.name !== 'TransactionCanceledException') throw error;
      const reasons = (error as Error & { CancellationReasons?: Array<{ Code?: string }> })
        .CancellationReasons;
      return (reasons ?? []).map((r) => r.Code ?? 'None');
    }
  }

  /** The rules the counter counts, or undefined while it does not exist. */
  async #counted(): Promise<number | undefined> {
    const { Item } = await this.#db.send(
      new GetCommand({ TableName: this.#table, Key: COUNTER, ConsistentRead: true }),
    );
    return Item === undefined ? undefined : Number(Item.ruleCount ?? 0);
  }

  /**
   * Rules made before the counter existed are counted once. No create commits while it is missing;
   * a delete meanwhile leaves it one high, which only limits sooner.
   */
  async #startCounter(): Promise<void> {
    const rules = (await this.list()).length;
    try {
      await this.#db.send(
        new PutCommand({
          TableName: this.#table,
          Item: { ...COUNTER, ruleCount: rules },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  /** A delete while the counter is missing: nothing to count down. */
  async #deleteUncounted(id: string): Promise<boolean> {
    const { Attributes } = await this.#db.send(
      new DeleteCommand({ TableName: this.#table, Key: { pk: PK, sk: id }, ReturnValues: 'ALL_OLD' }),
    );
    return Attributes !== undefined;
  }

  async addDropped(counts: ReadonlyArray<DroppedCount & { readonly ruleId: string }>): Promise<void> {
    await Promise.all(
      counts.map(async (c) => {
        try {
          await this.#db.send(
            new UpdateCommand({
              TableName: this.#table,
              Key: { pk: PK, sk: c.ruleId },
              UpdateExpression: 'ADD dropped :n, droppedBytes :bytes',
              ConditionExpression: 'attribute_exists(pk)',
              ExpressionAttributeValues: { ':n': c.count, ':bytes': c.bytes },
            }),
          );
        } catch (error) {
          // Deleted since this batch loaded it: its counts go with it.
          if (!isConditionFailure(error)) throw error;
        }
      }),
    );
  }
}

function ruleOf(item: Record<string, unknown>): DropRuleWithCounts | undefined {
  const rule = item.rule as Partial<DropRule> | undefined;
  if (
    typeof rule !== 'object' ||
    rule === null ||
    typeof rule.id !== 'string' ||
    typeof rule.service !== 'string' ||
    !(DROP_ACTIONS as readonly unknown[]).includes(rule.action)
  )
    return undefined;
  return {
    ...(rule as DropRule),
    includeErrors: rule.includeErrors === true,
    // A rule stored before the flag existed keeps unleveled lines: the safe reading.
    includeUnleveled: rule.includeUnleveled === true,
    comment: rule.comment ?? '',
    dropped: Number(item.dropped ?? 0),
    droppedBytes: Number(item.droppedBytes ?? 0),
  };
}
