import type { Client } from '@opensearch-project/opensearch';
import { expiredDailyIndices } from '#core/retention.ts';
import { LOGS_INDEX_PATTERN, LOGS_INDEX_PREFIX } from './index-template.ts';

/** Deletes the daily log indices older than `retentionDays`; returns their names. */
export async function deleteExpiredLogIndices(
  client: Client,
  retentionDays: number,
  now: number,
): Promise<string[]> {
  const response = await client.cat.indices({ index: LOGS_INDEX_PATTERN, format: 'json', h: ['index'] });
  const names = (response.body as Array<{ index?: string }>).flatMap((row) => (row.index ? [row.index] : []));
  const expired = expiredDailyIndices(names, LOGS_INDEX_PREFIX, retentionDays, now);
  // In batches, to keep each request's URL short.
  for (let i = 0; i < expired.length; i += 50) {
    await client.indices.delete({ index: expired.slice(i, i + 50).join(',') });
  }
  return expired;
}
