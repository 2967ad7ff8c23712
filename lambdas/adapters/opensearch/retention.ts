import type { Client } from '@opensearch-project/opensearch';
import { type IndexTiers, planRetention, type RetentionPolicy } from '#core/retention.ts';
import { LOGS_INDEX_PREFIX } from './index-template.ts';

/** What one retention run did. */
export interface RetentionOutcome {
  readonly deleted: string[];
  readonly warmed: string[];
  /** Indices whose replicas were dropped (`replicaDays`). */
  readonly unreplicated: string[];
  /** Deletions, warm migrations and replica drops the domain refused, with its reason; retried on the next run. */
  readonly failed: Array<{ readonly index: string; readonly reason: string }>;
}

/**
 * Applies retention to the daily log indices (`<prefix>-YYYY.MM.DD`): deletes those older than
 * `retentionDays`; with `replicaDays` (OpenSearch-optimized nodes) drops the replicas of older hot ones; and
 * with `warmAfterDays` (a domain with UltraWarm nodes) starts the migration of older hot ones to warm
 * (`POST _ultrawarm/migration/<index>/_warm`, queued by the domain).
 */
export async function applyLogRetention(
  client: Client,
  policy: RetentionPolicy,
  now: number,
  prefix: string = LOGS_INDEX_PREFIX,
): Promise<RetentionOutcome> {
  const tiers = await indexTiers(client, `${prefix}-*`, policy);
  const plan = planRetention(tiers, prefix, policy, now);
  const failed: Array<{ index: string; reason: string }> = [];
  // One index at a time: one the domain refuses (a read-only block) must not keep the others, nor stop
  // the replica drops and warm migrations after it. One index per request for deletes too: the role may
  // delete `logs-…` paths only, never comma-joined ones (infra/constructs/search.ts).
  const each = async (indices: readonly string[], apply: (index: string) => Promise<unknown>) => {
    const done: string[] = [];
    for (const index of indices) {
      try {
        await apply(index);
        done.push(index);
      } catch (error) {
        failed.push({ index, reason: error instanceof Error ? error.message : String(error) });
      }
    }
    return done;
  };
  const deleted = await each(plan.toDelete, (index) => client.indices.delete({ index }));
  const unreplicated = await each(plan.toUnreplicate, (index) =>
    client.indices.putSettings({ index, body: { index: { number_of_replicas: 0 } } }),
  );
  const warmed = await each(plan.toWarm, (index) =>
    client.transport.request({
      method: 'POST',
      path: `/_ultrawarm/migration/${encodeURIComponent(index)}/_warm`,
    }),
  );
  return { deleted, warmed, unreplicated, failed };
}

/**
 * The log indices, which have a replica when the policy drops them, and with a warm tier which are warm or
 * migrating (UltraWarm's `_warm` and status APIs).
 */
async function indexTiers(client: Client, pattern: string, policy: RetentionPolicy): Promise<IndexTiers> {
  const rows = async (path: string) => {
    const response = await client.transport.request({
      method: 'GET',
      path,
      querystring: { format: 'json', h: 'index,rep' },
    });
    return (response.body as Array<{ index?: string; rep?: string }>).filter((row) => row.index);
  };
  const names = async (path: string) => (await rows(path)).map((row) => row.index as string);
  const logs = await rows(`/_cat/indices/${pattern}`);
  const all = logs.map((row) => row.index as string);
  const replicated =
    policy.replicaDays === undefined
      ? []
      : logs.filter((row) => Number(row.rep) > 0).map((row) => row.index as string);
  if (policy.warmAfterDays === undefined) return { all, warm: [], migrating: [], replicated };
  const warm = await names(`/_cat/indices/_warm`);
  const status = await client.transport.request({ method: 'GET', path: '/_ultrawarm/migration/_status' });
  const migrations = (status.body as { migration_status?: Array<{ index?: string }> }).migration_status ?? [];
  return {
    all,
    warm,
    migrating: migrations.flatMap((migration) => (migration.index ? [migration.index] : [])),
    replicated,
  };
}
