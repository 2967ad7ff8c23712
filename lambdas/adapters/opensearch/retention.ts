import type { Client } from '@opensearch-project/opensearch';
import { type IndexTiers, planRetention } from '#core/retention.ts';
import { LOGS_INDEX_PATTERN, LOGS_INDEX_PREFIX } from './index-template.ts';

/** What one retention run did. */
export interface RetentionOutcome {
  readonly deleted: string[];
  readonly warmed: string[];
  /** Migrations the domain refused, with its reason; retried on the next run. */
  readonly failed: Array<{ readonly index: string; readonly reason: string }>;
}

/**
 * Applies retention to the daily log indices: deletes those older than `retentionDays`, and with
 * `warmAfterDays` (a domain with UltraWarm nodes) starts the migration of older hot ones to warm
 * (`POST _ultrawarm/migration/<index>/_warm`, queued by the domain).
 */
export async function applyLogRetention(
  client: Client,
  policy: { readonly retentionDays: number; readonly warmAfterDays?: number },
  now: number,
): Promise<RetentionOutcome> {
  const tiers = await indexTiers(client, policy.warmAfterDays !== undefined);
  const plan = planRetention(tiers, LOGS_INDEX_PREFIX, policy, now);
  // In batches, to keep each request's URL short.
  for (let i = 0; i < plan.toDelete.length; i += 50) {
    await client.indices.delete({ index: plan.toDelete.slice(i, i + 50).join(',') });
  }
  const warmed: string[] = [];
  const failed: Array<{ index: string; reason: string }> = [];
  for (const index of plan.toWarm) {
    try {
      await client.transport.request({
        method: 'POST',
        path: `/_ultrawarm/migration/${encodeURIComponent(index)}/_warm`,
      });
      warmed.push(index);
    } catch (error) {
      failed.push({ index, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { deleted: plan.toDelete, warmed, failed };
}

/** The log indices, and with a warm tier which are warm or migrating (UltraWarm's `_warm` and status APIs). */
async function indexTiers(client: Client, withWarm: boolean): Promise<IndexTiers> {
  const names = async (path: string) => {
    const response = await client.transport.request({
      method: 'GET',
      path,
      querystring: { format: 'json', h: 'index' },
    });
    return (response.body as Array<{ index?: string }>).flatMap((row) => (row.index ? [row.index] : []));
  };
  const all = await names(`/_cat/indices/${LOGS_INDEX_PATTERN}`);
  if (!withWarm) return { all, warm: [], migrating: [] };
  const warm = await names(`/_cat/indices/_warm`);
  const status = await client.transport.request({ method: 'GET', path: '/_ultrawarm/migration/_status' });
  const migrations = (status.body as { migration_status?: Array<{ index?: string }> }).migration_status ?? [];
  return {
    all,
    warm,
    migrating: migrations.flatMap((migration) => (migration.index ? [migration.index] : [])),
  };
}
