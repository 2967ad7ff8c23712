/** MSK event source on the heartbeats topic → nodes table. Entry point of the heartbeats Lambda. */
import type { Context, MSKEvent } from 'aws-lambda';
import { alertingStoresFromEnv } from '../alerting/dependencies.ts';
import { type HeartbeatDependencies, recordHeartbeatBatch } from '../alerting/record-heartbeats.ts';
import { maxBatchAttemptsFromEnv } from '../batch-attempts.ts';
import { jsonLogger } from '../logger.ts';

export function heartbeatDependenciesFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<HeartbeatDependencies> = {},
): HeartbeatDependencies {
  const stores = alertingStoresFromEnv(env);
  return {
    nodes: stores.nodes,
    logger: jsonLogger({ handler: 'heartbeats' }),
    attempts: stores.attempts,
    maxBatchAttempts: maxBatchAttemptsFromEnv(env),
    ...overrides,
  };
}

let dependencies: HeartbeatDependencies | undefined;

export async function handler(event: MSKEvent, context?: Pick<Context, 'getRemainingTimeInMillis'>) {
  dependencies ??= heartbeatDependenciesFromEnv();
  return recordHeartbeatBatch(
    event,
    dependencies,
    context ? () => context.getRemainingTimeInMillis() : undefined,
  );
}
