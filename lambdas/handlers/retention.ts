/** Scheduled daily: deletes log indices older than RETENTION_DAYS. Entry point of the retention Lambda. */
import { createOpenSearchClient, openSearchSettingsFromEnv } from '../adapters/opensearch/client.ts';
import { deleteExpiredLogIndices } from '../adapters/opensearch/retention.ts';
import { jsonLogger } from '../logger.ts';

export function retentionDaysFromEnv(env: NodeJS.ProcessEnv): number {
  const days = Number(env.RETENTION_DAYS ?? '30');
  if (!Number.isInteger(days) || days < 1) {
    throw new Error(
      `RETENTION_DAYS: expected a whole number of at least 1, got ${JSON.stringify(env.RETENTION_DAYS)}`,
    );
  }
  return days;
}

let client: ReturnType<typeof createOpenSearchClient> | undefined;
const logger = jsonLogger({ handler: 'retention' });

export async function handler(): Promise<{ deleted: string[] }> {
  client ??= createOpenSearchClient(openSearchSettingsFromEnv());
  const deleted = await deleteExpiredLogIndices(client, retentionDaysFromEnv(process.env), Date.now());
  logger.info('retention applied', { deleted });
  return { deleted };
}
