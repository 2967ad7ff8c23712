import { inject } from 'vitest';
import { validateRule } from '#core/alerting/rules.ts';
import { patternId } from '#core/patterns/pattern-id.ts';
import { createDocumentClient } from '#lambdas/adapters/dynamodb/client.ts';
import { DynamoPatternRegistry } from '#lambdas/adapters/dynamodb/pattern-store.ts';
import { lambdaEnvironment, type RunningPipeline } from '#local/pipeline.ts';

/**
 * Puts the `new-errors` rule (a new kind of ERROR line of `service`, mailed at once) and registers
 * `known` as a kind of error the registry has known for an hour; returns the registry.
 */
export async function watchNewErrors(
  pipeline: RunningPipeline,
  service: string,
  known: string,
): Promise<DynamoPatternRegistry> {
  const env = lambdaEnvironment(inject('endpoints'), pipeline.topology);
  const registry = new DynamoPatternRegistry(
    createDocumentClient(env),
    pipeline.topology.tableNames.patterns,
  );
  await pipeline.alerting.stores.rules.put(
    validateRule({
      id: 'new-errors',
      name: 'New kind of error',
      match: { minLevel: 'ERROR', service },
      condition: { kind: 'new-pattern', count: 1, windowMinutes: 10 },
      groupWaitSeconds: 0,
    }),
  );
  await registry.record([
    {
      id: patternId(service, known),
      service,
      template: known,
      count: 5,
      bytes: 200,
      levels: ['ERROR'],
      at: Date.now() - 3_600_000,
      newKind: true,
      absorbed: [],
      samples: [],
      sampleLines: [],
    },
  ]);
  return registry;
}
