/**
 * Scheduled daily: deletes log indices older than RETENTION_DAYS; with REPLICA_DAYS (OpenSearch-optimized
 * nodes) drops the replicas of older ones; with WARM_AFTER_DAYS (a domain with UltraWarm nodes) moves older
 * hot ones to warm. Entry point of the retention Lambda.
 */

import type { RetentionPolicy } from '#core/retention.ts';
import { createOpenSearchClient, openSearchSettingsFromEnv } from '../adapters/opensearch/client.ts';
import { applyLogRetention, type RetentionOutcome } from '../adapters/opensearch/retention.ts';
import { jsonLogger } from '../logger.ts';

function days(env: NodeJS.ProcessEnv, key: string): number | undefined {
  const value = env[key];
  if (value === undefined || value === '') return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) {
    throw new Error(`${key}: expected a whole number of at least 1, got ${JSON.stringify(value)}`);
  }
  return parsed;
}

export function retentionDaysFromEnv(env: NodeJS.ProcessEnv): number {
  return days(env, 'RETENTION_DAYS') ?? 30;
}

/** RETENTION_DAYS (default 30), WARM_AFTER_DAYS (none: no warm tier), REPLICA_DAYS (none: replicas kept). */
export function retentionPolicyFromEnv(env: NodeJS.ProcessEnv): RetentionPolicy {
  const warmAfterDays = days(env, 'WARM_AFTER_DAYS');
  const replicaDays = days(env, 'REPLICA_DAYS');
  return {
    retentionDays: retentionDaysFromEnv(env),
    ...(warmAfterDays !== undefined ? { warmAfterDays } : {}),
    ...(replicaDays !== undefined ? { replicaDays } : {}),
  };
}

let client: ReturnType<typeof createOpenSearchClient> | undefined;
const logger = jsonLogger({ handler: 'retention' });

export async function handler(): Promise<RetentionOutcome> {
  client ??= createOpenSearchClient(openSearchSettingsFromEnv());
  const outcome = await applyLogRetention(client, retentionPolicyFromEnv(process.env), Date.now());
  logger.info('retention applied', { ...outcome });
  if (outcome.failed.length > 0) {
    // An error makes the function's Errors alarm fire; the next run retries them.
    throw new Error(
      `deletion, warm migration or replica drop refused for ${outcome.failed.map((f) => `${f.index} (${f.reason})`).join(', ')}`,
    );
  }
  return outcome;
}
