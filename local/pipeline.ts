/**
 * The Lambda side of Logward, wired to local triggers: the ingest handler behind the Kafka
 * event-source runner, and the api handler behind the API Gateway adapter. Used by
 * `npm run local` and by the end-to-end tests.
 */

import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { routeApiRequest } from '#lambdas/api/router.ts';
import { apiDependenciesFromEnv } from '#lambdas/handlers/api.ts';
import { ingestDependenciesFromEnv } from '#lambdas/handlers/ingest.ts';
import { ingestBatch } from '#lambdas/ingest/ingest-logs.ts';
import { LevelCounters } from '#lambdas/ingest/level-counters.ts';
import { jsonLogger } from '#lambdas/logger.ts';
import { createLocalCredentials, LOCAL_PEOPLE, type LocalCredentials } from './access.ts';
import {
  alertingEnvironment,
  type LocalAlerting,
  type LocalAlertingOptions,
  startLocalAlerting,
} from './alerting.ts';
import { startLocalApi } from './api-gateway.ts';
import { type BootstrapEndpoints, bootstrapLocal, type LocalTopology, localTopology } from './bootstrap.ts';
import { startMskEventSource } from './msk-event-source.ts';

export interface PipelineOptions {
  readonly endpoints: BootstrapEndpoints;
  readonly topology?: LocalTopology;
  /** Port of the local API; 0 picks a free one. */
  readonly apiPort: number;
  /** The read-only API key; the other credentials are made fresh (`RunningPipeline.credentials`). */
  readonly apiKey: string;
  /** Consumer group of the ingest event source. @default 'logward-ingest' */
  readonly groupId?: string;
  /** Records per ingest invocation. @default 500 */
  readonly batchSize?: number;
  /** @default 500 */
  readonly batchingWindowMs?: number;
  /** Where the handlers' structured logs go, as CloudWatch Logs would hold them. @default stdout */
  readonly lambdaLogFile?: string;
  readonly log?: (line: string) => void;
  /** Heartbeats, monitor and dispatcher timers, email to the SES emulator. @default timers on */
  readonly alerting?: LocalAlertingOptions;
  /** The built web console to serve at the API's root (console/dist); none when absent. */
  readonly consoleDir?: string;
}

export interface RunningPipeline {
  readonly apiUrl: string;
  /** What the local API accepts: the reader key, an IAM admin, and people's ID tokens. */
  readonly credentials: LocalCredentials;
  readonly topology: LocalTopology;
  /** Alerting's stores, and the monitor and dispatcher to run at explicit times. */
  readonly alerting: LocalAlerting;
  stop(): Promise<void>;
}

/** The environment the CDK stack gives the Lambdas, pointed at the local engines. */
/** Consumer group of the ingest event source, unless a caller names its own. */
export const DEFAULT_INGEST_GROUP = 'logward-ingest';

export function lambdaEnvironment(
  endpoints: BootstrapEndpoints,
  topology: LocalTopology,
  ingestGroup = DEFAULT_INGEST_GROUP,
  callerEnv: NodeJS.ProcessEnv = process.env,
): NodeJS.ProcessEnv {
  return {
    OPENSEARCH_URL: endpoints.opensearchUrl,
    NODES_TABLE: topology.tableNames.nodes,
    COUNTERS_TABLE: topology.tableNames.counters,
    ALERTS_TABLE: topology.tableNames.alerts,
    PATTERNS_TABLE: topology.tableNames.patterns,
    DYNAMODB_ENDPOINT: endpoints.dynamodbUrl,
    DEAD_LETTER_BUCKET: topology.deadLetterBucket,
    S3_ENDPOINT: endpoints.sesUrl,
    // Locally, documents are searchable as soon as the batch returns (a demo and tests want that).
    LOGWARD_REFRESH_ON_WRITE: 'true',
    // GET /health reports the ingest consumer group's lag from the broker.
    LOGWARD_LAG_KAFKA_BOOTSTRAP: endpoints.kafkaBootstrap,
    LOGWARD_LAG_GROUP: ingestGroup,
    LOGWARD_LAG_TOPIC: topology.topics.logs,
    // What the stack takes from its configuration, taken from the caller's environment here.
    ...passThrough(callerEnv, ['LOGWARD_PARSERS', 'LOGWARD_DEFAULT_TIMEZONE', 'RETENTION_DAYS']),
  };
}

function passThrough(env: NodeJS.ProcessEnv, names: readonly string[]): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const name of names) if (env[name] !== undefined) out[name] = env[name];
  return out;
}

export async function startPipeline(options: PipelineOptions): Promise<RunningPipeline> {
  const topology = options.topology ?? localTopology();
  await bootstrapLocal(options.endpoints, topology);
  const groupId = options.groupId ?? DEFAULT_INGEST_GROUP;
  const env = lambdaEnvironment(options.endpoints, topology, groupId);
  const lambdaLog = options.lambdaLogFile ? await openLogFile(options.lambdaLogFile) : undefined;
  const write = lambdaLog ? (line: string) => lambdaLog.write(`${line}\n`) : undefined;
  // The api Lambda reads the recipients' allow-lists and default recipients as the dispatcher does.
  const apiEnv = { ...env, ...alertingEnvironment(options.endpoints, options.alerting ?? {}) };
  const apiDeps = apiDependenciesFromEnv(apiEnv, { logger: jsonLogger({ handler: 'api' }, write) });
  const credentials = await createLocalCredentials({ readerApiKey: options.apiKey });
  const api = await startLocalApi((event) => routeApiRequest(event, apiDeps), {
    port: options.apiPort,
    access: credentials.access,
    ...(options.consoleDir
      ? { console: { dir: options.consoleDir, people: LOCAL_PEOPLE, userPool: credentials.access.userPool } }
      : {}),
  });
  const alerting = await startLocalAlerting(
    {
      // Alert mails link to the console the local API serves at its root; webhooks to the API query.
      env: { ...env, LOGWARD_API_URL: api.url, LOGWARD_CONSOLE_URL: `${api.url}/` },
      endpoints: options.endpoints,
      topology,
      groupId,
      ...(write ? { write } : {}),
      ...(options.log ? { log: options.log } : {}),
    },
    options.alerting,
  );
  const ingestDeps = ingestDependenciesFromEnv(env, {
    logger: jsonLogger({ handler: 'ingest' }, write),
    observers: [alerting.evaluator, new LevelCounters(alerting.stores.counters)],
  });
  // As the ingest Lambda runs it: attempts at a batch counted and bounded by the handler.
  const ingest = await startMskEventSource((event) => ingestBatch(event, ingestDeps), {
    bootstrapBrokers: options.endpoints.kafkaBootstrap.split(','),
    topics: [topology.topics.logs],
    groupId,
    batchSize: options.batchSize ?? 500,
    batchingWindowMs: options.batchingWindowMs ?? 500,
    ...(options.log ? { log: options.log } : {}),
  });
  return {
    apiUrl: api.url,
    credentials,
    topology,
    alerting,
    async stop() {
      await api.stop();
      await ingest.stop();
      await alerting.stop();
      await new Promise<void>((resolve) => (lambdaLog ? lambdaLog.end(resolve) : resolve()));
    },
  };
}

async function openLogFile(path: string): Promise<WriteStream> {
  await mkdir(dirname(path), { recursive: true });
  return createWriteStream(path, { flags: 'a' });
}
