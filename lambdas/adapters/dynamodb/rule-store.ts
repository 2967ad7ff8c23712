/** Rules and silences: items of the alerts table (`RULE/<id>`, `SILENCE/<id>`). */
import { DeleteCommand, type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Silence } from '#core/alerting/model.ts';
import { type Rule, validateRule } from '#core/alerting/rules.ts';
import type { RuleStore, SilenceStore } from '#core/alerting/stores.ts';
import { TTL_ATTRIBUTE } from '#core/tables.ts';
import { queryAll } from './alert-store.ts';
import { isConditionFailure, ttlAfter } from './client.ts';

/** A rule's item in the alerts table (the CDK stack creates the default rules with it). */
export function ruleItem(rule: Rule): { pk: 'RULE'; sk: string; rule: Rule } {
  return { pk: 'RULE', sk: rule.id, rule };
}

/** Told about a stored rule that no longer validates (e.g. a regex from before rules used RE2). */
export type InvalidRuleListener = (ruleId: string, reason: string) => void;

export class DynamoRuleStore implements RuleStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  readonly #onInvalid: InvalidRuleListener;

  constructor(db: DynamoDBDocumentClient, table: string, onInvalid: InvalidRuleListener = () => {}) {
    this.#db = db;
    this.#table = table;
    this.#onInvalid = onInvalid;
  }

  /** Every valid rule. One that no longer validates is left out and reported, never failing the rest. */
  async list(): Promise<Rule[]> {
    const items = await queryAll(this.#db, this.#table, 'RULE');
    const rules: Rule[] = [];
    for (const item of items) {
      try {
        rules.push(validateRule(item.rule));
      } catch (error) {
        this.#onInvalid(String(item.sk), error instanceof Error ? error.message : String(error));
      }
    }
    return rules;
  }

  async get(id: string): Promise<Rule | undefined> {
    const { Item } = await this.#db.send(
      new GetCommand({ TableName: this.#table, Key: { pk: 'RULE', sk: id } }),
    );
    return Item ? validateRule(Item.rule) : undefined;
  }

  async put(rule: Rule): Promise<void> {
    await this.#db.send(new PutCommand({ TableName: this.#table, Item: ruleItem(rule) }));
  }

  async create(rule: Rule): Promise<boolean> {
    try {
      await this.#db.send(
        new PutCommand({
          TableName: this.#table,
          Item: ruleItem(rule),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async delete(id: string): Promise<void> {
    await this.#db.send(new DeleteCommand({ TableName: this.#table, Key: { pk: 'RULE', sk: id } }));
  }
}

/** Rules change rarely and are read on every ingest batch: keep them for `ttlMs` per warm Lambda. */
export class CachedRuleSource {
  readonly #store: RuleStore;
  readonly #ttlMs: number;
  #rules: Promise<Rule[]> | undefined;
  #loadedAt = 0;

  constructor(store: RuleStore, ttlMs = 30_000) {
    this.#store = store;
    this.#ttlMs = ttlMs;
  }

  rules(now: number): Promise<Rule[]> {
    if (this.#rules === undefined || now - this.#loadedAt > this.#ttlMs) {
      this.#loadedAt = now;
      this.#rules = this.#store.list().catch((error: unknown) => {
        this.#rules = undefined;
        throw error;
      });
    }
    return this.#rules;
  }
}

export class DynamoSilenceStore implements SilenceStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;

  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  async active(now: number): Promise<Silence[]> {
    const items = await queryAll(this.#db, this.#table, 'SILENCE');
    return items
      .map(({ pk: _pk, sk: _sk, [TTL_ATTRIBUTE]: _ttl, ...rest }) => rest as unknown as Silence)
      .filter((s) => s.endsAt > now);
  }

  async put(silence: Silence): Promise<void> {
    await this.#db.send(
      new PutCommand({
        TableName: this.#table,
        // Kept a week after it ended (for the record), then expired by TTL.
        Item: { pk: 'SILENCE', sk: silence.id, ...silence, [TTL_ATTRIBUTE]: ttlAfter(silence.endsAt, 7) },
      }),
    );
  }

  async delete(id: string): Promise<void> {
    await this.#db.send(new DeleteCommand({ TableName: this.#table, Key: { pk: 'SILENCE', sk: id } }));
  }
}
