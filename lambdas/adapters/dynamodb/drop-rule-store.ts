/**
 * Drop and sample rules in the patterns table, beside the patterns they name: one item per rule,
 * `DROP_RULES` / `<rule id>`, holding the rule and what it has left out of the index (`dropped`,
 * `droppedBytes`, added atomically by every ingest instance).
 */
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { DROP_ACTIONS, type DroppedCount, type DropRule, type DropRuleWithCounts } from '#core/drop-rules.ts';
import type { DropRuleStore } from '../../ports.ts';
import { queryAll } from './alert-store.ts';
import { isConditionFailure } from './client.ts';

const PK = 'DROP_RULES';

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

  async create(rule: DropRule): Promise<void> {
    await this.#db.send(
      new PutCommand({
        TableName: this.#table,
        Item: { pk: PK, sk: rule.id, rule, dropped: 0, droppedBytes: 0 },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async delete(id: string): Promise<boolean> {
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
