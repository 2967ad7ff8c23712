/** Alert state, outbox, history, leases and the pipeline flag: items of the alerts table. */
import { randomUUID } from 'node:crypto';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { MAX_SAMPLES } from '#core/alerting/evaluate.ts';
import type {
  AlertState,
  HistoryEntry,
  Notification,
  Occurrence,
  OutboxEntry,
} from '#core/alerting/model.ts';
import {
  type AlertStore,
  type ClaimedEntry,
  ConcurrentUpdateError,
  type EmailThreadStore,
  type HistoryStore,
  historyKey,
  type LeaseStore,
  type OutboxStore,
  type PipelineStateStore,
} from '#core/alerting/stores.ts';
import { boundedKeyPart, KEY_LIMIT_BYTES, TTL_ATTRIBUTE } from '#core/tables.ts';
import { isConditionFailure, ttlAfter } from './client.ts';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export const ALERT_PK = 'ALERT';
export const OUTBOX_PK = 'OUTBOX';
export const HISTORY_PK = 'HISTORY';

/** Days history items are kept (TTL). */
export const HISTORY_DAYS = 90;

export function outboxPut(table: string, notification: Notification, now: number): TransactItem {
  return {
    Put: {
      TableName: table,
      Item: {
        pk: OUTBOX_PK,
        sk: notification.id,
        notification,
        delivered: [],
        attempts: 0,
        nextAttemptAt: now,
        leaseUntil: 0,
        [TTL_ATTRIBUTE]: ttlAfter(now, 14),
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

function historyItem(entry: HistoryEntry): Record<string, unknown> {
  return {
    pk: HISTORY_PK,
    sk: historyKey(entry),
    ...entry,
    [TTL_ATTRIBUTE]: ttlAfter(entry.at, HISTORY_DAYS),
  };
}

function toAlert(item: Record<string, unknown>): AlertState {
  const { pk: _pk, sk, [TTL_ATTRIBUTE]: _ttl, ...rest } = item;
  const alert = rest as unknown as AlertState;
  return { ...alert, fingerprint: String(sk), samples: (alert.samples ?? []).slice(0, MAX_SAMPLES) };
}

export class DynamoAlertStore implements AlertStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;

  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  async list(): Promise<AlertState[]> {
    const items = await queryAll(this.#db, this.#table, ALERT_PK);
    return items.map(toAlert);
  }

  async get(fingerprint: string): Promise<AlertState | undefined> {
    const { Item } = await this.#db.send(
      new GetCommand({
        TableName: this.#table,
        Key: { pk: ALERT_PK, sk: fingerprint },
        ConsistentRead: true,
      }),
    );
    return Item ? toAlert(Item) : undefined;
  }

  async record(occurrences: readonly Occurrence[]): Promise<void> {
    await Promise.all(occurrences.map((o) => this.#recordOne(o)));
  }

  async #recordOne(o: Occurrence): Promise<void> {
    const values: Record<string, unknown> = {
      ':title': o.title,
      ':labels': o.labels,
      ':policy': o.policy,
      ':at': o.at,
      ':zero': 0,
      ':one': 1,
      ':n': o.count,
    };
    const set = [
      'title = :title',
      'labels = :labels',
      'policy = :policy',
      'lastSeenAt = :at',
      'openedAt = if_not_exists(openedAt, :at)',
      'pendingSince = if_not_exists(pendingSince, :at)',
      'notifications = if_not_exists(notifications, :zero)',
      'suppressedCount = if_not_exists(suppressedCount, :zero)',
    ];
    if (o.windowCount !== undefined) {
      set.push('windowCount = :wc', 'windowMinutes = :wm');
      values[':wc'] = o.windowCount;
      values[':wm'] = o.windowMinutes;
    }
    if (o.headline !== undefined) {
      set.push('headline = :headline');
      values[':headline'] = o.headline;
    }
    const add = 'ADD pendingCount :n, totalCount :n, version :one';
    const key = { pk: ALERT_PK, sk: o.fingerprint };
    if (o.samples.length > 0) {
      try {
        await this.#db.send(
          new UpdateCommand({
            TableName: this.#table,
            Key: key,
            UpdateExpression: `SET ${[...set, 'samples = list_append(if_not_exists(samples, :empty), :samples)'].join(', ')} ${add}`,
            ConditionExpression: 'attribute_not_exists(samples) OR size(samples) < :max',
            ExpressionAttributeValues: {
              ...values,
              ':empty': [],
              ':samples': o.samples,
              ':max': MAX_SAMPLES,
            },
          }),
        );
        return;
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    }
    // Enough samples already: count only.
    await this.#db.send(
      new UpdateCommand({
        TableName: this.#table,
        Key: key,
        UpdateExpression: `SET ${[...set, 'samples = if_not_exists(samples, :empty)'].join(', ')} ${add}`,
        ExpressionAttributeValues: { ...values, ':empty': [] },
      }),
    );
  }

  async commit(
    current: AlertState,
    next: AlertState | undefined,
    notification: Notification | undefined,
    history: HistoryEntry | undefined,
  ): Promise<void> {
    const items = this.#commitItems(current, next, history);
    if (notification) items.push(outboxPut(this.#table, notification, notification.createdAt));
    await this.#transact(items, `alert ${current.fingerprint} changed since version ${current.version}`);
  }

  async commitMany(
    commits: ReadonlyArray<{ current: AlertState; next: AlertState | undefined; history?: HistoryEntry }>,
    notification: Notification,
  ): Promise<void> {
    // History items are written after the transaction: DynamoDB allows 100 items per transaction.
    const items = commits.flatMap((c) => this.#commitItems(c.current, c.next, undefined));
    items.push(outboxPut(this.#table, notification, notification.createdAt));
    await this.#transact(items, `one of ${commits.length} alerts changed since it was read`);
    const histories = commits.flatMap((c) => (c.history ? [historyItem(c.history)] : []));
    await Promise.all(
      histories.map((Item) => this.#db.send(new PutCommand({ TableName: this.#table, Item }))),
    );
  }

  #commitItems(
    current: AlertState,
    next: AlertState | undefined,
    history: HistoryEntry | undefined,
  ): TransactItem[] {
    const key = { pk: ALERT_PK, sk: current.fingerprint };
    const condition = {
      ConditionExpression: 'version = :v',
      ExpressionAttributeValues: { ':v': current.version },
    };
    const items: TransactItem[] = [
      next
        ? {
            Put: {
              TableName: this.#table,
              Item: { ...key, ...next, version: current.version + 1 },
              ...condition,
            },
          }
        : { Delete: { TableName: this.#table, Key: key, ...condition } },
    ];
    if (history) items.push({ Put: { TableName: this.#table, Item: historyItem(history) } });
    return items;
  }

  async #transact(items: TransactItem[], conflict: string): Promise<void> {
    try {
      await this.#db.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      if (isConditionFailure(error)) throw new ConcurrentUpdateError(conflict, { cause: error });
      throw error;
    }
  }

  async acknowledge(fingerprint: string, by: string, now: number): Promise<boolean> {
    try {
      await this.#db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.#table,
                Key: { pk: ALERT_PK, sk: fingerprint },
                UpdateExpression: 'SET acknowledgedAt = :now, acknowledgedBy = :by ADD version :one',
                ConditionExpression: 'attribute_exists(pk)',
                ExpressionAttributeValues: { ':now': now, ':by': by, ':one': 1 },
              },
            },
            {
              Put: {
                TableName: this.#table,
                Item: historyItem({
                  id: `${fingerprint}#ack#${now}`,
                  at: now,
                  fingerprint,
                  kind: 'acknowledged',
                  outcome: 'recorded',
                  subject: '',
                  count: 0,
                  channels: [],
                  detail: `by ${by}`,
                }),
              },
            },
          ],
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}

export class DynamoOutboxStore implements OutboxStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;

  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  async enqueue(notification: Notification, now: number): Promise<boolean> {
    try {
      await this.#db.send(new PutCommand(outboxPut(this.#table, notification, now).Put as never));
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async due(now: number): Promise<OutboxEntry[]> {
    const items = await queryAll(this.#db, this.#table, OUTBOX_PK);
    return items
      .map((item) => item as unknown as OutboxEntry)
      .filter((e) => e.nextAttemptAt <= now && e.leaseUntil <= now)
      .sort((a, b) => a.notification.createdAt - b.notification.createdAt);
  }

  async claim(entry: OutboxEntry, now: number, leaseMs: number): Promise<ClaimedEntry | undefined> {
    try {
      const { Attributes } = await this.#db.send(
        new UpdateCommand({
          TableName: this.#table,
          Key: { pk: OUTBOX_PK, sk: entry.notification.id },
          UpdateExpression: 'SET leaseUntil = :until, leaseOwner = :owner ADD attempts :one',
          ConditionExpression:
            'attribute_exists(pk) AND leaseUntil = :seen AND leaseUntil <= :now AND attempts = :attempts',
          ExpressionAttributeValues: {
            ':now': now,
            ':until': now + leaseMs,
            ':owner': randomUUID(),
            ':seen': entry.leaseUntil,
            ':attempts': entry.attempts,
            ':one': 1,
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return Attributes as ClaimedEntry | undefined;
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
  }

  async markDelivered(entry: ClaimedEntry, channel: number): Promise<boolean> {
    return this.#underLease(entry, {
      UpdateExpression: 'SET delivered = list_append(delivered, :channel)',
      ExpressionAttributeValues: { ':channel': [channel] },
    });
  }

  async release(
    entry: ClaimedEntry,
    update: Pick<OutboxEntry, 'attempts' | 'nextAttemptAt' | 'lastError'>,
  ): Promise<boolean> {
    return this.#underLease(entry, {
      UpdateExpression:
        'SET attempts = :attempts, nextAttemptAt = :next, leaseUntil = :zero, lastError = :error REMOVE leaseOwner',
      ExpressionAttributeValues: {
        ':attempts': update.attempts,
        ':next': update.nextAttemptAt,
        ':zero': 0,
        ':error': update.lastError ?? '',
      },
    });
  }

  async complete(entry: ClaimedEntry): Promise<boolean> {
    try {
      await this.#db.send(
        new DeleteCommand({
          TableName: this.#table,
          Key: { pk: OUTBOX_PK, sk: entry.notification.id },
          ConditionExpression: 'leaseOwner = :owner',
          ExpressionAttributeValues: { ':owner': entry.leaseOwner },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  /** An update of the entry that only its lease holder may make; false when the lease was lost. */
  async #underLease(
    entry: ClaimedEntry,
    update: { UpdateExpression: string; ExpressionAttributeValues: Record<string, unknown> },
  ): Promise<boolean> {
    try {
      await this.#db.send(
        new UpdateCommand({
          TableName: this.#table,
          Key: { pk: OUTBOX_PK, sk: entry.notification.id },
          UpdateExpression: update.UpdateExpression,
          ConditionExpression: 'leaseOwner = :owner',
          ExpressionAttributeValues: { ...update.ExpressionAttributeValues, ':owner': entry.leaseOwner },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}

export class DynamoHistoryStore implements HistoryStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;

  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  async append(entries: readonly HistoryEntry[]): Promise<void> {
    await Promise.all(
      entries.map((entry) =>
        this.#db.send(new PutCommand({ TableName: this.#table, Item: historyItem(entry) })),
      ),
    );
  }

  async recent(limit: number, before?: string): Promise<HistoryEntry[]> {
    const { Items = [] } = await this.#db.send(
      new QueryCommand({
        TableName: this.#table,
        KeyConditionExpression: before === undefined ? 'pk = :pk' : 'pk = :pk AND sk < :before',
        ExpressionAttributeValues:
          before === undefined ? { ':pk': HISTORY_PK } : { ':pk': HISTORY_PK, ':before': before },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return Items.map(
      ({ pk: _pk, sk: _sk, [TTL_ATTRIBUTE]: _ttl, ...rest }) => rest as unknown as HistoryEntry,
    );
  }
}

/** Days an email thread's first Message-ID is kept (TTL): follow-ups of longer episodes start no reply. */
export const THREAD_DAYS = 90;

/** Email threads' first Message-IDs: items `THREAD` / thread key, kept `THREAD_DAYS`. */
export class DynamoEmailThreadStore implements EmailThreadStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;

  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  async messageId(thread: string): Promise<string | undefined> {
    const { Item } = await this.#db.send(
      new GetCommand({ TableName: this.#table, Key: this.#key(thread), ConsistentRead: true }),
    );
    return typeof Item?.messageId === 'string' ? Item.messageId : undefined;
  }

  async remember(thread: string, messageId: string, now: number): Promise<void> {
    try {
      await this.#db.send(
        new PutCommand({
          TableName: this.#table,
          Item: { ...this.#key(thread), messageId, at: now, [TTL_ATTRIBUTE]: ttlAfter(now, THREAD_DAYS) },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  #key(thread: string) {
    return { pk: 'THREAD', sk: boundedKeyPart(thread, KEY_LIMIT_BYTES.sort) };
  }
}

export class DynamoLeaseStore implements LeaseStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;

  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  async acquire(name: string, owner: string, now: number, ttlMs: number): Promise<boolean> {
    try {
      await this.#db.send(
        new PutCommand({
          TableName: this.#table,
          Item: { pk: 'LEASE', sk: name, owner, leaseUntil: now + ttlMs, [TTL_ATTRIBUTE]: ttlAfter(now, 1) },
          ConditionExpression: 'attribute_not_exists(pk) OR leaseUntil < :now OR #owner = :owner',
          ExpressionAttributeNames: { '#owner': 'owner' },
          ExpressionAttributeValues: { ':now': now, ':owner': owner },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async release(name: string, owner: string): Promise<void> {
    try {
      await this.#db.send(
        new DeleteCommand({
          TableName: this.#table,
          Key: { pk: 'LEASE', sk: name },
          ConditionExpression: '#owner = :owner',
          ExpressionAttributeNames: { '#owner': 'owner' },
          ExpressionAttributeValues: { ':owner': owner },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }
}

export class DynamoPipelineStateStore implements PipelineStateStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;

  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  async stalledSince(): Promise<number | undefined> {
    const { Item } = await this.#db.send(
      new GetCommand({
        TableName: this.#table,
        Key: { pk: 'PIPELINE', sk: 'stalled' },
        ConsistentRead: true,
      }),
    );
    return Item ? (Item.since as number) : undefined;
  }

  async setStalled(since: number | undefined, notification: Notification): Promise<boolean> {
    const key = { pk: 'PIPELINE', sk: 'stalled' };
    const flip: TransactItem =
      since === undefined
        ? { Delete: { TableName: this.#table, Key: key, ConditionExpression: 'attribute_exists(pk)' } }
        : {
            Put: {
              TableName: this.#table,
              Item: { ...key, since },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          };
    try {
      await this.#db.send(
        new TransactWriteCommand({
          TransactItems: [flip, outboxPut(this.#table, notification, notification.createdAt)],
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}

export async function queryAll(
  db: DynamoDBDocumentClient,
  table: string,
  pk: string,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.send(
      new QueryCommand({
        TableName: table,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': pk },
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}
