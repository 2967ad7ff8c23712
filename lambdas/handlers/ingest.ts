/** MSK event source → OpenSearch. Entry point of the ingest Lambda. */
import type { MSKEvent } from 'aws-lambda';
import { parseLine } from '#core/parse/index.ts';
import { createOpenSearchClient, openSearchSettingsFromEnv } from '../adapters/opensearch/client.ts';
import { OpenSearchLogStore } from '../adapters/opensearch/log-store.ts';
import { type IngestDependencies, type IngestSummary, ingestLogs } from '../ingest-logs.ts';
import { jsonLogger } from '../logger.ts';

export function ingestDependenciesFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<IngestDependencies> = {},
): IngestDependencies {
  const defaultZone = env.LOGWARD_DEFAULT_TIMEZONE ?? 'UTC';
  return {
    writer: new OpenSearchLogStore(createOpenSearchClient(openSearchSettingsFromEnv(env)), {
      refresh: env.LOGWARD_REFRESH_ON_WRITE === 'true',
    }),
    parse: (raw, _service, receivedAt) => parseLine(raw, { defaultZone, receivedAt }),
    logger: jsonLogger({ handler: 'ingest' }),
    ...overrides,
  };
}

let dependencies: IngestDependencies | undefined;

export async function handler(event: MSKEvent): Promise<IngestSummary> {
  dependencies ??= ingestDependenciesFromEnv();
  return ingestLogs(event, dependencies);
}
