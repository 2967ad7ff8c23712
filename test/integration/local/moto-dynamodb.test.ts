/**
 * The launcher's moto plays DynamoDB's isolation: a transaction that fails its condition takes
 * back its own writes only, never a write another request made meanwhile. moto copies a
 * transaction's tables first and puts the copies back on failure, while its server answers other
 * requests on other threads; the launcher runs its DynamoDB calls one at a time. Runs a private
 * moto, started with the launcher's current settings whatever the shared one was started with.
 */
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchWriteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { describe, expect, test } from 'vitest';
import { privateEngine } from '../../support/private-engines.ts';

const moto = privateEngine('moto-isolation', 'moto');

describe("the launcher's moto", () => {
  test('a failed transaction never undoes a write made while it ran', async () => {
    const raw = new DynamoDBClient({
      endpoint: moto.endpoints.dynamodbUrl,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const db = DynamoDBDocumentClient.from(raw);
    const TableName = 'isolation';
    await raw.send(
      new CreateTableCommand({
        TableName,
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'S' },
        ],
      }),
    );
    // A table big enough that copying it takes moto a while: the writes below land during the copy.
    for (let i = 0; i < 3000; i += 25) {
      const items = Array.from({ length: 25 }, (_, j) => ({
        PutRequest: { Item: { pk: 'fill', sk: String(i + j), text: 'x'.repeat(200) } },
      }));
      await db.send(new BatchWriteCommand({ RequestItems: { [TableName]: items } }));
    }
    const kept: boolean[] = [];
    // The write goes out at a different moment of each transaction's life.
    for (const delayMs of [0, 50, 100, 150, 200, 300, 400, 500, 600, 800]) {
      const failing = db
        .send(
          new TransactWriteCommand({
            TransactItems: [
              {
                ConditionCheck: {
                  TableName,
                  Key: { pk: 'fill', sk: '0' },
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
              { Put: { TableName, Item: { pk: 'transaction', sk: String(delayMs) } } },
            ],
          }),
        )
        .then(
          () => 'committed',
          (error: Error) => error.name,
        );
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      await db.send(new PutCommand({ TableName, Item: { pk: 'write', sk: String(delayMs) } }));
      expect(await failing).toBe('TransactionCanceledException');
      const { Item } = await db.send(
        new GetCommand({ TableName, Key: { pk: 'write', sk: String(delayMs) } }),
      );
      kept.push(Item !== undefined);
    }
    raw.destroy();
    expect(kept).toEqual(kept.map(() => true));
  }, 120_000);
});
