import type { EngineConfig, EngineName } from './config.ts';
import { dynamodb } from './dynamodb.ts';
import type { EngineDefinition } from './engine.ts';
import { kafka } from './kafka.ts';
import { opensearch } from './opensearch.ts';
import { ses } from './ses.ts';

export const ENGINES: Readonly<Record<EngineName, EngineDefinition>> = { kafka, opensearch, dynamodb, ses };

/** The endpoint of an engine: the external one when configured, else the local port. */
export function endpointOf(config: EngineConfig, name: EngineName): string {
  const external = config.external[name];
  if (external) return external;
  const port = ENGINES[name].port(config);
  return name === 'kafka' ? `127.0.0.1:${port}` : `http://127.0.0.1:${port}`;
}
