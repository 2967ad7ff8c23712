/**
 * Starts the engines once per test run (reusing any already running and healthy, or external
 * ones named by LOGWARD_* variables), provides their endpoints to the tests, and stops only the
 * engines this run started.
 */
import type { TestProject } from 'vitest/node';
import {
  type EngineEndpoints,
  resolveEngineConfig,
  startEngines,
  stopEngines,
} from '#local/engines/index.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    endpoints: EngineEndpoints;
  }
}

export default async function setup(project: TestProject) {
  const config = resolveEngineConfig();
  const startedAt = Date.now();
  const { endpoints, started } = await startEngines(config, {
    log: (line) => console.log(`[engines] ${line}`),
  });
  console.log(
    `[engines] ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s (started: ${started.join(', ') || 'none'})`,
  );
  project.provide('endpoints', endpoints);
  return async () => {
    if (started.length > 0) await stopEngines(config, started);
  };
}
