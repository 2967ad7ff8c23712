import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import {
  type EngineConfig,
  type EngineEndpoints,
  privateEngineConfig,
  startEngines,
  stopEngines,
} from '#local/engines/index.ts';

/** An engine of one test file's own, which it may stop and start again. */
export interface PrivateEngine {
  /** Scratch folder of the file; the engine's state is under `engines/`. */
  readonly dir: string;
  readonly endpoints: EngineEndpoints;
  stop(): Promise<void>;
  start(): Promise<void>;
}

/** A Kafka broker of one test file's own. */
export interface PrivateKafka extends PrivateEngine {
  readonly bootstrap: string;
}

/**
 * Starts a private engine from the same launcher (own free ports and data folder) before the
 * file's tests and removes it after, so stopping it, or running it with a setting of its own,
 * disturbs no test on the shared engines.
 */
export function privateEngine(name: string, engine: 'kafka' | 'moto'): PrivateEngine {
  let config: EngineConfig | undefined;
  const running = {
    dir: '',
    endpoints: undefined as unknown as EngineEndpoints,
    stop: () => stopEngines(config as EngineConfig, [engine]),
    start: async () => {
      await startEngines(config as EngineConfig, { only: [engine], log: () => {} });
    },
  };
  beforeAll(async () => {
    running.dir = await mkdtemp(join(tmpdir(), `logward-${name}-`));
    config = await privateEngineConfig(engine, running.dir);
    running.endpoints = (await startEngines(config, { only: [engine], log: () => {} })).endpoints;
  });
  afterAll(async () => {
    if (config) await stopEngines(config, [engine]).catch(() => {});
    await rm(running.dir, { recursive: true, force: true });
  });
  return running;
}

export function privateKafka(name: string): PrivateKafka {
  const engine = privateEngine(name, 'kafka');
  return Object.defineProperty(engine, 'bootstrap', {
    get: () => engine.endpoints.kafkaBootstrap,
  }) as PrivateKafka;
}
