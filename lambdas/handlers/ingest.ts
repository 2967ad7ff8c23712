/** MSK event source → OpenSearch. Entry point of the ingest Lambda. */
import { S3Client } from '@aws-sdk/client-s3';
import type { Context, MSKEvent } from 'aws-lambda';
import { isReplay } from '#core/dead-letter.ts';
import { compileServiceParsers } from '#core/service-parsers.ts';
import { createDocumentClient, tableNamesFromEnv } from '../adapters/dynamodb/client.ts';
import { DynamoRuleCounterStore } from '../adapters/dynamodb/counter-store.ts';
import { DynamoDropRuleStore } from '../adapters/dynamodb/drop-rule-store.ts';
import { DynamoPatternRegistry } from '../adapters/dynamodb/pattern-store.ts';
import { createOpenSearchClient, openSearchSettingsFromEnv } from '../adapters/opensearch/client.ts';
import { indexTemplateOptionsFromEnv } from '../adapters/opensearch/index-template.ts';
import { OpenSearchLogWriter } from '../adapters/opensearch/log-writer.ts';
import { S3DeadLetters } from '../adapters/s3/dead-letters.ts';
import { alertingStoresFromEnv, ruleEvaluatorFromEnv } from '../alerting/dependencies.ts';
import { maxBatchAttemptsFromEnv } from '../batch-attempts.ts';
import { DropRuleFilter } from '../ingest/drop-filter.ts';
import {
  type IngestDependencies,
  type IngestSummary,
  ingestBatch,
  ingestLogs,
} from '../ingest/ingest-logs.ts';
import { LevelCounters } from '../ingest/level-counters.ts';
import { PatternMining } from '../ingest/pattern-mining.ts';
import { jsonLogger } from '../logger.ts';
import { retentionDaysFromEnv } from './retention.ts';

/**
 * Builds the handler's dependencies from its environment: OPENSEARCH_URL (+ OPENSEARCH_AUTH=sigv4),
 * DEAD_LETTER_BUCKET (+ S3_ENDPOINT locally), LOGWARD_PARSERS (JSON, see core/service-parsers.ts),
 * LOGWARD_DEFAULT_TIMEZONE, RETENTION_DAYS (no line is filed in an index retention would delete),
 * LOGWARD_INDEX_SHARDS/_REPLICAS/_CODEC (index-template.ts); with ALERTS_TABLE (+ COUNTERS_TABLE, NODES_TABLE) rules are evaluated on
 * every indexed batch (lambdas/alerting/evaluate-rules.ts) and attempts at a batch are counted
 * (`LOGWARD_MAX_BATCH_ATTEMPTS`, lambdas/batch-attempts.ts); with PATTERNS_TABLE every line's pattern is
 * mined and registered (lambdas/ingest/pattern-mining.ts) and drop and sample rules applied
 * (lambdas/ingest/drop-filter.ts). Bad configuration fails the cold start with the key named.
 */
export function ingestDependenciesFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<IngestDependencies> = {},
): IngestDependencies {
  const bucket = env.DEAD_LETTER_BUCKET;
  if (!bucket) throw new Error('DEAD_LETTER_BUCKET is not set: expected the dead-letter bucket name');
  const parsers = env.LOGWARD_PARSERS ? (JSON.parse(env.LOGWARD_PARSERS) as unknown) : undefined;
  const stores = env.ALERTS_TABLE ? alertingStoresFromEnv(env) : undefined;
  return {
    writer: new OpenSearchLogWriter(createOpenSearchClient(openSearchSettingsFromEnv(env)), {
      refresh: env.LOGWARD_REFRESH_ON_WRITE === 'true',
      template: indexTemplateOptionsFromEnv(env),
    }),
    parse: compileServiceParsers(parsers, env.LOGWARD_DEFAULT_TIMEZONE ?? 'UTC'),
    retentionDays: retentionDaysFromEnv(env),
    deadLetters: new S3DeadLetters(s3ClientFromEnv(env), bucket),
    logger: jsonLogger({ handler: 'ingest' }),
    ...(stores ? { observers: ingestObservers(env, stores), attempts: stores.attempts } : { observers: [] }),
    maxBatchAttempts: maxBatchAttemptsFromEnv(env),
    ...(env.PATTERNS_TABLE ? patternsFromEnv(env) : {}),
    ...overrides,
  };
}

/** Rule evaluation, and per-minute counts by service and level, over one set of stores. */
export function ingestObservers(env: NodeJS.ProcessEnv, stores = alertingStoresFromEnv(env)) {
  return [ruleEvaluatorFromEnv(env, stores), new LevelCounters(stores.counters)];
}

/**
 * Pattern mining, registering into PATTERNS_TABLE (a pattern unseen for PATTERN_RETENTION_DAYS,
 * default 90, expires) and counting per minute in COUNTERS_TABLE, and the drop and sample rules
 * kept in PATTERNS_TABLE.
 */
export function patternsFromEnv(env: NodeJS.ProcessEnv): { enricher: PatternMining; filter: DropRuleFilter } {
  const db = createDocumentClient(env);
  const tables = tableNamesFromEnv(env);
  const retention = env.PATTERN_RETENTION_DAYS;
  if (retention !== undefined && !/^[1-9]\d{0,4}$/.test(retention))
    throw new Error(
      `PATTERN_RETENTION_DAYS: expected a whole number of days from 1, got ${JSON.stringify(retention)}`,
    );
  const registry = new DynamoPatternRegistry(
    db,
    tables.patterns,
    retention === undefined ? undefined : Number(retention),
  );
  return {
    enricher: new PatternMining({
      registry,
      counters: new DynamoRuleCounterStore(db, tables.counters),
      logger: jsonLogger({ handler: 'ingest', component: 'patterns' }),
    }),
    filter: new DropRuleFilter({
      rules: new DynamoDropRuleStore(db, tables.patterns),
      registry,
      logger: jsonLogger({ handler: 'ingest', component: 'drop-rules' }),
    }),
  };
}

/** S3 client; `S3_ENDPOINT` points it at a local emulator (path-style, the emulator's dummy credentials). */
export function s3ClientFromEnv(env: NodeJS.ProcessEnv): S3Client {
  if (!env.S3_ENDPOINT) return new S3Client({});
  return new S3Client({
    endpoint: env.S3_ENDPOINT,
    forcePathStyle: true,
    region: env.AWS_REGION ?? 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
}

let dependencies: IngestDependencies | undefined;

export async function handler(
  event: MSKEvent,
  context?: Pick<Context, 'getRemainingTimeInMillis'>,
): Promise<IngestSummary> {
  dependencies ??= ingestDependenciesFromEnv();
  if (isReplay(event)) return ingestLogs(event, dependencies);
  return ingestBatch(event, dependencies, context ? () => context.getRemainingTimeInMillis() : undefined);
}
