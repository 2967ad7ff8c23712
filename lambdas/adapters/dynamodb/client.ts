/** One DynamoDB document client per process, and the physical table names from the environment. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TABLES } from '#core/tables.ts';

export interface TableNames {
  readonly nodes: string;
  readonly counters: string;
  readonly alerts: string;
  readonly patterns: string;
}

/** Table names from `NODES_TABLE`, `COUNTERS_TABLE`, `ALERTS_TABLE`, `PATTERNS_TABLE` (see core/tables.ts). */
export function tableNamesFromEnv(env: NodeJS.ProcessEnv): TableNames {
  const read = (envVar: string) => {
    const value = env[envVar];
    if (!value) throw new Error(`${envVar}: expected the table name in the environment`);
    return value;
  };
  return {
    nodes: read(TABLES.nodes.envVar),
    counters: read(TABLES.counters.envVar),
    alerts: read(TABLES.alerts.envVar),
    patterns: read(TABLES.patterns.envVar),
  };
}

/** Bounds every DynamoDB request: a connection that hangs fails (and is retried by the SDK) instead of stalling. */
const REQUEST_TIMEOUTS = { connectionTimeout: 3_000, requestTimeout: 10_000 };

/** A document client; `DYNAMODB_ENDPOINT` points it at a local emulator (with dummy credentials). */
export function createDocumentClient(env: NodeJS.ProcessEnv): DynamoDBDocumentClient {
  const endpoint = env.DYNAMODB_ENDPOINT;
  const client = new DynamoDBClient({
    requestHandler: REQUEST_TIMEOUTS,
    ...(endpoint
      ? {
          endpoint,
          region: env.AWS_REGION ?? 'us-east-1',
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : {}),
  });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}

/** True for a failed condition, alone or inside a cancelled transaction. */
export function isConditionFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'ConditionalCheckFailedException') return true;
  if (error.name !== 'TransactionCanceledException') return false;
  const reasons = (error as Error & { CancellationReasons?: Array<{ Code?: string }> }).CancellationReasons;
  return reasons?.some((r) => r.Code === 'ConditionalCheckFailed') ?? true;
}

/** Epoch seconds `days` after `epochMs`: the TTL attribute's value. */
export function ttlAfter(epochMs: number, days: number): number {
  return Math.floor(epochMs / 1000) + days * 86_400;
}

/** Minute bucket sort key that sorts numerically. */
export function minuteKey(minute: number): string {
  return `m#${String(minute).padStart(10, '0')}`;
}
