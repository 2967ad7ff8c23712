/** MSK event source on the heartbeats topic → nodes table. Entry point of the heartbeats Lambda. */
import type { MSKEvent } from 'aws-lambda';
import { alertingStoresFromEnv } from '../alerting/dependencies.ts';
import { type HeartbeatDependencies, recordHeartbeats } from '../alerting/record-heartbeats.ts';
import { jsonLogger } from '../logger.ts';

export function heartbeatDependenciesFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<HeartbeatDependencies> = {},
): HeartbeatDependencies {
  return {
    nodes: alertingStoresFromEnv(env).nodes,
    logger: jsonLogger({ handler: 'heartbeats' }),
    ...overrides,
  };
}

let dependencies: HeartbeatDependencies | undefined;

export async function handler(event: MSKEvent) {
  dependencies ??= heartbeatDependenciesFromEnv();
  return recordHeartbeats(event, dependencies);
}
