import type { EngineConfig, EngineName, ServiceName } from './config.ts';
import type { EngineDefinition } from './engine.ts';
import { kafka } from './kafka.ts';
import { localstack, localstackOpenSearchUrl } from './localstack.ts';
import { moto } from './moto.ts';
import { opensearch } from './opensearch.ts';

export const ENGINES: Readonly<Record<EngineName, EngineDefinition>> = {
  kafka,
  opensearch,
  moto,
  localstack,
};

/** The engine the launcher runs for a service that is not external. */
export function engineServing(config: EngineConfig, service: ServiceName): EngineName {
  switch (service) {
    case 'kafka':
      return 'kafka';
    case 'opensearch':
      return 'opensearch';
    case 'dynamodb':
      return 'moto';
    case 'ses':
      return config.aws === 'localstack' ? 'localstack' : 'moto';
  }
}

/** The local endpoint of an engine on 127.0.0.1. */
export function localEndpointOf(config: EngineConfig, name: EngineName): string {
  const port = ENGINES[name].port(config);
  return name === 'kafka' ? `127.0.0.1:${port}` : `http://127.0.0.1:${port}`;
}

/**
 * The endpoint of a service: in the LocalStack mode OpenSearch is reached through LocalStack's
 * gateway (which forwards to the engine or to LOGWARD_OPENSEARCH_URL); otherwise the external
 * endpoint when configured, else that of the engine serving it.
 */
export function endpointOf(config: EngineConfig, service: ServiceName): string {
  if (service === 'opensearch' && config.aws === 'localstack') return localstackOpenSearchUrl(config);
  return config.external[service] ?? localEndpointOf(config, engineServing(config, service));
}
