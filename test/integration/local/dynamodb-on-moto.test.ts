/**
 * Every DynamoDB feature Logward's adapters (lambdas/adapters/dynamodb) rely on, against the run's
 * DynamoDB endpoint: moto's server by default. Each case mirrors an expression an adapter sends.
 * Logward uses no secondary indexes: its queries are on the tables' own keys.
 * moto never deletes expired items (AWS does, within days), so no test here or elsewhere may wait for
 * expiry; only the TTL setting is checked.
 */
import { randomBytes } from 'node:crypto';
import { DescribeTimeToLiveCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { TTL_ATTRIBUTE } from '#core/tables.ts';
import { createDocumentClient, isConditionFailure } from '#lambdas/adapters/dynamodb/client.ts';
import { createTables, localTopology } from '#local/bootstrap.ts';
import { LOCAL_AWS } from '#local/local-aws.ts';

const topology = localTopology(`t-ddb-${randomBytes(4).toString('hex')}`);
const alerts = topology.tableNames.alerts;
const counters = topology.tableNames.counters;
const nodes = topology.tableNames.nodes;

/** The error a rejected call threw, for assertions on its name and reasons. */
async function failure(
  call: Promise<unknown>,
): Promise<Error & { CancellationReasons?: Array<{ Code?: string }> }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error('expected the call to be refused');
}

describe('DynamoDB features Logward uses', () => {
  const endpoint = inject('endpoints').dynamodbUrl;
  let db: DynamoDBDocumentClient;

  beforeAll(async () => {
    await createTables(endpoint, topology);
    await createTables(endpoint, topology); // idempotent, as on every `npm run local`
    db = createDocumentClient({ DYNAMODB_ENDPOINT: endpoint });
  });

  afterAll(() => db?.destroy());

  test('the bootstrap enables TTL on expiresAt where data expires', async () => {
    const client = new DynamoDBClient({ ...LOCAL_AWS, endpoint });
    try {
      for (const table of [alerts, counters]) {
        const { TimeToLiveDescription } = await client.send(
          new DescribeTimeToLiveCommand({ TableName: table }),
        );
        expect(TimeToLiveDescription).toEqual({ AttributeName: TTL_ATTRIBUTE, TimeToLiveStatus: 'ENABLED' });
      }
      const { TimeToLiveDescription } = await client.send(
        new DescribeTimeToLiveCommand({ TableName: nodes }),
      );
      expect(TimeToLiveDescription?.TimeToLiveStatus).toBe('DISABLED');
    } finally {
      client.destroy();
    }
  });

  test('a put conditioned on attribute_not_exists wins exactly once, even when racing', async () => {
    const Item = { pk: 'outbox', sk: 'race', createdAt: 1 };
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, writer) =>
        db.send(
          new PutCommand({
            TableName: alerts,
            Item: { ...Item, writer },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(isConditionFailure(r.reason)).toBe(true);
    const error = await failure(
      db.send(new PutCommand({ TableName: alerts, Item, ConditionExpression: 'attribute_not_exists(pk)' })),
    );
    expect(error.name).toBe('ConditionalCheckFailedException');
  });

  test('a lease put: free, expired, or already ours', async () => {
    const lease = (owner: string, now: number) =>
      db.send(
        new PutCommand({
          TableName: alerts,
          Item: { pk: 'lease', sk: 'monitor', owner, leaseUntil: now + 60 },
          ConditionExpression: 'attribute_not_exists(pk) OR leaseUntil < :now OR #owner = :owner',
          ExpressionAttributeNames: { '#owner': 'owner' },
          ExpressionAttributeValues: { ':now': now, ':owner': owner },
        }),
      );
    await lease('a', 1000);
    await lease('a', 1010);
    expect(isConditionFailure(await failure(lease('b', 1020)))).toBe(true);
    await lease('b', 1100);
    const release = (owner: string) =>
      db.send(
        new DeleteCommand({
          TableName: alerts,
          Key: { pk: 'lease', sk: 'monitor' },
          ConditionExpression: '#owner = :owner',
          ExpressionAttributeNames: { '#owner': 'owner' },
          ExpressionAttributeValues: { ':owner': owner },
        }),
      );
    expect(isConditionFailure(await failure(release('a')))).toBe(true);
    await release('b');
  });

  test('conditional counter updates (ADD, SET) stop at a limit', async () => {
    const key = { pk: 'quota#rule', sk: 'm#0000000001' };
    const take = () =>
      db.send(
        new UpdateCommand({
          TableName: counters,
          Key: key,
          UpdateExpression: 'ADD #count :one SET #ttl = :ttl',
          ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
          ExpressionAttributeNames: { '#count': 'count', '#ttl': TTL_ATTRIBUTE },
          ExpressionAttributeValues: { ':one': 1, ':ttl': 2_000_000_000, ':limit': 3 },
        }),
      );
    await Promise.all([take(), take(), take()]);
    expect(isConditionFailure(await failure(take()))).toBe(true);
    const { Item } = await db.send(new GetCommand({ TableName: counters, Key: key, ConsistentRead: true }));
    expect(Item).toEqual({ ...key, count: 3, [TTL_ATTRIBUTE]: 2_000_000_000 });
  });

  test('list_append with if_not_exists, conditioned on the list size', async () => {
    const key = { pk: 'alert', sk: 'samples' };
    const append = (sample: string) =>
      db.send(
        new UpdateCommand({
          TableName: alerts,
          Key: key,
          UpdateExpression:
            'SET samples = list_append(if_not_exists(samples, :empty), :samples) ADD hits :one',
          ConditionExpression: 'attribute_not_exists(samples) OR size(samples) < :max',
          ExpressionAttributeValues: { ':empty': [], ':samples': [sample], ':max': 2, ':one': 1 },
        }),
      );
    await append('first');
    await append('second');
    expect(isConditionFailure(await failure(append('third')))).toBe(true);
    const { Item } = await db.send(new GetCommand({ TableName: alerts, Key: key, ConsistentRead: true }));
    expect(Item).toEqual({ ...key, samples: ['first', 'second'], hits: 2 });
  });

  test('an optimistic version check on update (SET version = version + :one)', async () => {
    await db.send(new PutCommand({ TableName: nodes, Item: { nodeId: 'n1', version: 1, lastSeenAt: 10 } }));
    const bump = (seen: number) =>
      db.send(
        new UpdateCommand({
          TableName: nodes,
          Key: { nodeId: 'n1' },
          UpdateExpression: 'SET version = version + :one, #state = :state',
          ConditionExpression: 'version = :v AND lastSeenAt = :seen',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':one': 1, ':v': 1, ':seen': seen, ':state': 'late' },
        }),
      );
    expect(isConditionFailure(await failure(bump(9)))).toBe(true);
    await bump(10);
    expect(isConditionFailure(await failure(bump(10)))).toBe(true);
  });

  test('TransactWriteItems: all or nothing, with the failed condition named', async () => {
    await db.send(new PutCommand({ TableName: alerts, Item: { pk: 'alert', sk: 'f1', version: 1 } }));
    const transition = (version: number, outboxId: string) =>
      db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: alerts,
                Item: { pk: 'alert', sk: 'f1', version: version + 1 },
                ConditionExpression: 'version = :v',
                ExpressionAttributeValues: { ':v': version },
              },
            },
            {
              Put: {
                TableName: alerts,
                Item: { pk: 'outbox', sk: outboxId },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Update: {
                TableName: alerts,
                Key: { pk: 'alert', sk: 'history' },
                UpdateExpression: 'ADD version :one',
                ExpressionAttributeValues: { ':one': 1 },
              },
            },
          ],
        }),
      );
    await transition(1, 'n1');
    const stale = await failure(transition(1, 'n2'));
    expect(stale.name).toBe('TransactionCanceledException');
    expect(stale.CancellationReasons?.map((r) => r.Code)).toEqual(['ConditionalCheckFailed', 'None', 'None']);
    expect(isConditionFailure(stale)).toBe(true);
    const duplicate = await failure(transition(2, 'n1'));
    expect(duplicate.CancellationReasons?.map((r) => r.Code)).toEqual([
      'None',
      'ConditionalCheckFailed',
      'None',
    ]);
    const get = async (sk: string) =>
      (await db.send(new GetCommand({ TableName: alerts, Key: { pk: 'alert', sk }, ConsistentRead: true })))
        .Item;
    expect(await get('f1')).toEqual({ pk: 'alert', sk: 'f1', version: 2 });
    expect(await get('history')).toEqual({ pk: 'alert', sk: 'history', version: 1 });
    expect((await db.send(new GetCommand({ TableName: alerts, Key: { pk: 'outbox', sk: 'n2' } }))).Item).toBe(
      undefined,
    );

    const removeMissing = await failure(
      db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Delete: {
                TableName: alerts,
                Key: { pk: 'alert', sk: 'gone' },
                ConditionExpression: 'attribute_exists(pk)',
              },
            },
            { Put: { TableName: alerts, Item: { pk: 'outbox', sk: 'n3' } } },
          ],
        }),
      ),
    );
    expect(isConditionFailure(removeMissing)).toBe(true);
  });

  test('queries on the partition key with a sort-key range, paginated, in both directions', async () => {
    const minute = (m: number) => `m#${String(m).padStart(10, '0')}`;
    await Promise.all(
      Array.from({ length: 12 }, (_, m) =>
        db.send(new PutCommand({ TableName: counters, Item: { pk: 'svc#ERROR', sk: minute(m), count: m } })),
      ),
    );
    const seen: number[] = [];
    let start: Record<string, unknown> | undefined;
    let pages = 0;
    do {
      const page = await db.send(
        new QueryCommand({
          TableName: counters,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
          ExpressionAttributeValues: { ':pk': 'svc#ERROR', ':from': minute(2), ':to': minute(9) },
          Limit: 3,
          ExclusiveStartKey: start,
        }),
      );
      seen.push(...(page.Items ?? []).map((item) => item.count as number));
      start = page.LastEvaluatedKey;
      pages += 1;
    } while (start);
    expect(seen).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pages).toBeGreaterThanOrEqual(3);

    const newest = await db.send(
      new QueryCommand({
        TableName: counters,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'svc#ERROR' },
        ScanIndexForward: false,
        Limit: 2,
      }),
    );
    expect(newest.Items?.map((item) => item.count)).toEqual([11, 10]);
  });

  test('a consistent scan, paginated', async () => {
    await Promise.all(
      ['s1', 's2', 's3', 's4', 's5'].map((nodeId) =>
        db.send(new PutCommand({ TableName: nodes, Item: { nodeId, version: 0 } })),
      ),
    );
    const ids: string[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await db.send(
        new ScanCommand({ TableName: nodes, ConsistentRead: true, Limit: 2, ExclusiveStartKey: start }),
      );
      ids.push(...(page.Items ?? []).map((item) => item.nodeId as string));
      start = page.LastEvaluatedKey;
    } while (start);
    expect(ids.sort()).toEqual(['n1', 's1', 's2', 's3', 's4', 's5']);
  });
});
