/** API Gateway REST proxy → routes. Entry point of the api Lambda. */
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { createDocumentClient, tableNamesFromEnv } from '../adapters/dynamodb/client.ts';
import { DynamoDropRuleStore } from '../adapters/dynamodb/drop-rule-store.ts';
import { DynamoPatternRegistry } from '../adapters/dynamodb/pattern-store.ts';
import { kafkaConsumerLag } from '../adapters/kafka/consumer-lag.ts';
import { createOpenSearchClient, openSearchSettingsFromEnv } from '../adapters/opensearch/client.ts';
import { OpenSearchLogReader } from '../adapters/opensearch/log-reader.ts';
import {
  alertingStoresFromEnv,
  defaultChannelsFromEnv,
  recipientPolicyFromEnv,
} from '../alerting/dependencies.ts';
import { corsFromEnv } from '../api/cors.ts';
import type { HealthProbes } from '../api/health.ts';
import { type ApiDependencies, routeApiRequest } from '../api/router.ts';
import { jsonLogger } from '../logger.ts';

/**
 * Dependencies from the environment the stack (or the local runtime) sets:
 * `OPENSEARCH_URL` (+ `OPENSEARCH_AUTH=sigv4`), `NODES_TABLE`/`ALERTS_TABLE` (+ `DYNAMODB_ENDPOINT`
 * locally), `LOGWARD_CORS_ORIGINS`, and for consumer lag `LOGWARD_LAG_KAFKA_BOOTSTRAP`,
 * `LOGWARD_LAG_GROUP`, `LOGWARD_LAG_TOPIC` where the brokers are reachable.
 */
export function apiDependenciesFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<ApiDependencies> = {},
): ApiDependencies {
  const client = createOpenSearchClient(openSearchSettingsFromEnv(env));
  const backends: Record<string, () => Promise<void>> = {
    opensearch: async () => {
      await client.ping({}, { requestTimeout: 3_000 });
    },
  };
  const table = env.NODES_TABLE ?? env.ALERTS_TABLE;
  if (table) {
    const dynamodb = new DynamoDBClient(
      env.DYNAMODB_ENDPOINT
        ? {
            endpoint: env.DYNAMODB_ENDPOINT,
            region: env.AWS_REGION ?? 'us-east-1',
            credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
          }
        : {},
    );
    backends.dynamodb = async () => {
      await dynamodb.send(new DescribeTableCommand({ TableName: table }));
    };
  }
  const health: HealthProbes = { backends, ...lagProbe(env) };
  return {
    logs: new OpenSearchLogReader(client),
    logger: jsonLogger({ handler: 'api' }),
    health,
    cors: corsFromEnv(env.LOGWARD_CORS_ORIGINS),
    ...managementFromEnv(env),
    ...patternsFromEnv(env),
    ...overrides,
  };
}

/** The alerting stores, when the tables are configured (the routes answer 503 otherwise). */
function managementFromEnv(env: NodeJS.ProcessEnv): Pick<ApiDependencies, 'management'> {
  if (!env.NODES_TABLE || !env.ALERTS_TABLE || !env.COUNTERS_TABLE) return {};
  const { nodes, alerts, history, rules, silences } = alertingStoresFromEnv(env);
  return {
    management: {
      nodes,
      alerts,
      history,
      rules,
      silences,
      nodeChannels: defaultChannelsFromEnv(env),
      recipients: recipientPolicyFromEnv(env),
    },
  };
}

/** The pattern registry and the drop rules, in PATTERNS_TABLE (the routes answer 503 otherwise). */
function patternsFromEnv(env: NodeJS.ProcessEnv): Pick<ApiDependencies, 'patterns' | 'dropRules'> {
  if (!env.PATTERNS_TABLE) return {};
  const db = createDocumentClient(env);
  const table = tableNamesFromEnv(env).patterns;
  return { patterns: new DynamoPatternRegistry(db, table), dropRules: new DynamoDropRuleStore(db, table) };
}

function lagProbe(env: NodeJS.ProcessEnv): Pick<HealthProbes, 'consumerLag'> {
  const bootstrap = env.LOGWARD_LAG_KAFKA_BOOTSTRAP;
  const groupId = env.LOGWARD_LAG_GROUP;
  const topic = env.LOGWARD_LAG_TOPIC;
  if (!bootstrap || !groupId || !topic) return {};
  return { consumerLag: kafkaConsumerLag({ bootstrapBrokers: bootstrap.split(','), groupId, topic }) };
}

let dependencies: ApiDependencies | undefined;

export async function handler(event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> {
  dependencies ??= apiDependenciesFromEnv();
  return routeApiRequest(event, dependencies);
}
