/**
 * Creates what the handlers expect to exist on the local engines: the Kafka topics, the
 * OpenSearch index template and the DynamoDB tables. Idempotent: safe on every start.
 */
import {
  type AttributeDefinition,
  CreateTableCommand,
  DynamoDBClient,
  type KeySchemaElement,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import {
  BucketAlreadyExists,
  BucketAlreadyOwnedByYou,
  CreateBucketCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { Client } from '@opensearch-project/opensearch';
import { Admin } from '@platformatic/kafka';
import { TABLES, type TableDefinition } from '#core/tables.ts';
import { createDocumentClient } from '#lambdas/adapters/dynamodb/client.ts';
import { DynamoRuleStore } from '#lambdas/adapters/dynamodb/rule-store.ts';
import { putLogsIndexTemplate } from '#lambdas/adapters/opensearch/index-template.ts';
import { seedDefaultRules } from '#lambdas/alerting/seed-rules.ts';
import { LOCAL_AWS } from './local-aws.ts';

export interface LocalTopology {
  readonly topics: { readonly logs: string; readonly heartbeats: string };
  /** S3 bucket for dead letters. */
  readonly deadLetterBucket: string;
  readonly partitions: number;
  /** Physical table name for each logical table. */
  readonly tableNames: Readonly<Record<keyof typeof TABLES, string>>;
}

export function localTopology(prefix = 'logward-local'): LocalTopology {
  return {
    topics: { logs: 'logs', heartbeats: 'heartbeats' },
    partitions: 3,
    deadLetterBucket: `${prefix}-dead-letters`,
    tableNames: {
      nodes: `${prefix}-nodes`,
      counters: `${prefix}-counters`,
      alerts: `${prefix}-alerts`,
      patterns: `${prefix}-patterns`,
    },
  };
}

export interface BootstrapEndpoints {
  readonly kafkaBootstrap: string;
  readonly opensearchUrl: string;
  readonly dynamodbUrl: string;
  /** SES v1, S3, SNS and Secrets Manager (moto's server, or LocalStack). */
  readonly sesUrl: string;
}

export async function bootstrapLocal(endpoints: BootstrapEndpoints, topology: LocalTopology): Promise<void> {
  await Promise.all([
    createTopics(endpoints.kafkaBootstrap, topology),
    putIndexTemplate(endpoints.opensearchUrl),
    createTables(endpoints.dynamodbUrl, topology).then(() => seedRules(endpoints.dynamodbUrl, topology)),
    createBucket(endpoints.sesUrl, topology.deadLetterBucket),
  ]);
}

async function createBucket(endpoint: string, bucket: string): Promise<void> {
  const s3 = new S3Client({ ...LOCAL_AWS, endpoint, forcePathStyle: true });
  try {
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  } catch (error) {
    if (!(error instanceof BucketAlreadyOwnedByYou || error instanceof BucketAlreadyExists)) throw error;
  } finally {
    s3.destroy();
  }
}

async function createTopics(bootstrap: string, topology: LocalTopology): Promise<void> {
  const admin = new Admin({ clientId: 'logward-bootstrap', bootstrapBrokers: bootstrap.split(',') });
  try {
    const existing = new Set(await admin.listTopics());
    const missing = Object.values(topology.topics).filter((topic) => !existing.has(topic));
    if (missing.length > 0) {
      await admin.createTopics({ topics: missing, partitions: topology.partitions, replicas: 1 });
    }
  } finally {
    await admin.close();
  }
}

async function putIndexTemplate(url: string): Promise<void> {
  const client = new Client({ node: url });
  try {
    await putLogsIndexTemplate(client);
  } finally {
    await client.close();
  }
}

/** The default alert rules, as the deploy creates them. */
async function seedRules(endpoint: string, topology: LocalTopology): Promise<void> {
  const db = createDocumentClient({ DYNAMODB_ENDPOINT: endpoint });
  try {
    await seedDefaultRules(new DynamoRuleStore(db, topology.tableNames.alerts));
  } finally {
    db.destroy();
  }
}

/** Creates the tables (with TTL where they expire data) unless they exist. */
export async function createTables(endpoint: string, topology: LocalTopology): Promise<void> {
  const client = new DynamoDBClient({ ...LOCAL_AWS, endpoint });
  try {
    for (const [logical, table] of Object.entries(TABLES) as Array<[keyof typeof TABLES, TableDefinition]>) {
      await createTable(client, topology.tableNames[logical], table);
    }
  } finally {
    client.destroy();
  }
}

async function createTable(client: DynamoDBClient, name: string, table: TableDefinition): Promise<void> {
  const keys: KeySchemaElement[] = [{ AttributeName: table.partitionKey, KeyType: 'HASH' }];
  const attributes: AttributeDefinition[] = [{ AttributeName: table.partitionKey, AttributeType: 'S' }];
  if (table.sortKey) {
    keys.push({ AttributeName: table.sortKey, KeyType: 'RANGE' });
    attributes.push({ AttributeName: table.sortKey, AttributeType: 'S' });
  }
  try {
    await client.send(
      new CreateTableCommand({
        TableName: name,
        KeySchema: keys,
        AttributeDefinitions: attributes,
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
    return;
  }
  if (table.ttlAttribute) {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: name,
        TimeToLiveSpecification: { AttributeName: table.ttlAttribute, Enabled: true },
      }),
    );
  }
}
