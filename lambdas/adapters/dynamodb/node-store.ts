/** The nodes table: one item per heartbeating node. */
import {
  type DynamoDBDocumentClient,
  GetCommand,
  ScanCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { NodeRecord, Notification } from '#core/alerting/model.ts';
import {
  ConcurrentUpdateError,
  type NodeChange,
  type NodeHeartbeat,
  type NodeStore,
} from '#core/alerting/stores.ts';
import { boundedKeyPart } from '#core/tables.ts';
import { outboxPut } from './alert-store.ts';
import { isConditionFailure } from './client.ts';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** Bytes a heartbeat's host, app, version or config hash may take in the node's item. */
const DETAIL_BYTES = 1024;

/** DynamoDB's limit on items per transaction. */
const MAX_TRANSACTION_ITEMS = 100;

export class DynamoNodeStore implements NodeStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  readonly #alertsTable: string;

  constructor(db: DynamoDBDocumentClient, tables: { readonly nodes: string; readonly alerts: string }) {
    this.#db = db;
    this.#table = tables.nodes;
    this.#alertsTable = tables.alerts;
  }

  async list(): Promise<NodeRecord[]> {
    const nodes: NodeRecord[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.#db.send(
        new ScanCommand({ TableName: this.#table, ConsistentRead: true, ExclusiveStartKey: start }),
      );
      nodes.push(...((page.Items ?? []) as NodeRecord[]));
      start = page.LastEvaluatedKey;
    } while (start);
    return nodes;
  }

  async get(nodeId: string): Promise<NodeRecord | undefined> {
    const { Item } = await this.#db.send(
      new GetCommand({
        TableName: this.#table,
        Key: { nodeId: boundedKeyPart(nodeId) },
        ConsistentRead: true,
      }),
    );
    return Item as NodeRecord | undefined;
  }

  async recordHeartbeats(heartbeats: readonly NodeHeartbeat[], receivedAt: number): Promise<void> {
    const latest = new Map<string, NodeHeartbeat>();
    for (const h of heartbeats) latest.set(boundedKeyPart(h.nodeId), h);
    await Promise.all([...latest].map(([nodeId, h]) => this.#recordOne(nodeId, h, receivedAt)));
  }

  async #recordOne(nodeId: string, h: NodeHeartbeat, receivedAt: number): Promise<void> {
    const values: Record<string, unknown> = {
      ':host': boundedKeyPart(h.host, DETAIL_BYTES),
      ':kind': h.kind,
      ':interval': h.intervalSeconds,
      ':sentAt': h.sentAt,
      ':now': receivedAt,
      ':new': 'new',
      ':zero': 0,
    };
    const set = [
      'host = :host',
      'kind = :kind',
      'intervalSeconds = :interval',
      'lastSentAt = :sentAt',
      'lastSeenAt = :now',
      'firstSeenAt = if_not_exists(firstSeenAt, :now)',
      '#state = if_not_exists(#state, :new)',
      'stateSince = if_not_exists(stateSince, :now)',
      'version = if_not_exists(version, :zero)',
    ];
    if (h.progress !== undefined) {
      set.push('progress = :progress');
      values[':progress'] = h.progress;
    }
    for (const field of ['app', 'agentVersion', 'configHash'] as const) {
      const value = h[field];
      if (value !== undefined) {
        set.push(`${field} = :${field}`);
        values[`:${field}`] = boundedKeyPart(value, DETAIL_BYTES);
      }
    }
    try {
      await this.#db.send(
        new UpdateCommand({
          TableName: this.#table,
          Key: { nodeId },
          UpdateExpression: `SET ${set.join(', ')}`,
          ConditionExpression: 'attribute_not_exists(lastSeenAt) OR lastSeenAt <= :now',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: values,
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error; // an older heartbeat than the one recorded
    }
  }

  async transition(changes: readonly NodeChange[], notifications: readonly Notification[]): Promise<void> {
    const items: TransactItem[] = [
      ...notifications.map((n) => outboxPut(this.#alertsTable, n, n.createdAt)),
      ...changes.map(
        ({ before, after }): TransactItem => ({
          Put: {
            TableName: this.#table,
            Item: after,
            ConditionExpression: 'version = :v AND lastSeenAt = :seen',
            ExpressionAttributeValues: { ':v': before.version, ':seen': before.lastSeenAt },
          },
        }),
      ),
    ];
    // Notifications lead the first transaction: if a later chunk fails, its nodes are simply re-evaluated.
    for (let i = 0; i < items.length; i += MAX_TRANSACTION_ITEMS) {
      try {
        await this.#db.send(
          new TransactWriteCommand({ TransactItems: items.slice(i, i + MAX_TRANSACTION_ITEMS) }),
        );
      } catch (error) {
        if (isConditionFailure(error)) {
          throw new ConcurrentUpdateError('a node changed since the monitor read it', { cause: error });
        }
        throw error;
      }
    }
  }

  /** Maintenance: no alerts until `until` (mandatory). */
  async pause(nodeId: string, until: number, now: number, note: string): Promise<boolean> {
    return this.#setState(
      nodeId,
      'SET #state = :paused, stateSince = :now, pausedUntil = :until, note = :note',
      {
        ':paused': 'paused',
        ':now': now,
        ':until': until,
        ':note': note,
      },
    );
  }

  /** Decommissioned: no more alerts; comes back as `new` if it ever heartbeats again. */
  async retire(nodeId: string, now: number, note: string): Promise<boolean> {
    return this.#setState(
      nodeId,
      'SET #state = :retired, stateSince = :now, note = :note REMOVE pausedUntil, recoveringSince, returnedAt',
      { ':retired': 'retired', ':now': now, ':note': note },
    );
  }

  async #setState(nodeId: string, update: string, values: Record<string, unknown>): Promise<boolean> {
    try {
      await this.#db.send(
        new UpdateCommand({
          TableName: this.#table,
          Key: { nodeId: boundedKeyPart(nodeId) },
          UpdateExpression: `${update.replace('SET ', 'SET version = version + :one, ')}`,
          ConditionExpression: 'attribute_exists(nodeId)',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ...values, ':one': 1 },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}
