/** API Gateway REST proxy → routes. Entry point of the api Lambda. */
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { createOpenSearchClient, openSearchSettingsFromEnv } from '../adapters/opensearch/client.ts';
import { OpenSearchLogStore } from '../adapters/opensearch/log-store.ts';
import { type ApiDependencies, routeApiRequest } from '../api/router.ts';
import { jsonLogger } from '../logger.ts';

export function apiDependenciesFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<ApiDependencies> = {},
): ApiDependencies {
  const client = createOpenSearchClient(openSearchSettingsFromEnv(env));
  return {
    logs: new OpenSearchLogStore(client),
    logger: jsonLogger({ handler: 'api' }),
    checkBackends: async () => ({
      opensearch: await client.ping().then(
        () => true,
        () => false,
      ),
    }),
    ...overrides,
  };
}

let dependencies: ApiDependencies | undefined;

export async function handler(event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> {
  dependencies ??= apiDependenciesFromEnv();
  return routeApiRequest(event, dependencies);
}
