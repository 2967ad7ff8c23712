import type { EngineConfig, EngineName, ServiceName } from './config.ts';
import type { EngineDefinition } from './engine.ts';
import { kafka } from './kafka.ts';
import { moto } from './moto.ts';
import { opensearch } from './opensearch.ts';

export const ENGINES: Readonly<Record<EngineName, EngineDefinition>> = { kafka, opensearch, moto };

/** The engine the launcher runs for a service that is not external. */
export function engineServing(service: ServiceName): EngineName {
  switch (service) {
    case 'kafka':
      return 'kafka';
    case 'opensearch':
      return 'opensearch';
    case 'dynamodb':
    case 'ses':
      return 'moto';
  }
}

/** The local endpoint of an engine on 127.0.0.1. */
export function localEndpointOf(config: EngineConfig, name: EngineName): string {
  const port = ENGINES[name].port(config);
  return name === 'kafka' ? `127.0.0.1:${port}` : `http://127.0.0.1:${port}`;
}

/** The endpoint of a service: the external one when configured, else that of the engine serving it. */
export function endpointOf(config: EngineConfig, service: ServiceName): string {
  return config.external[service] ?? localEndpointOf(config, engineServing(service));
}
