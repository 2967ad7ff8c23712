import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type EngineConfig, privateEngineConfig, startEngines, stopEngines } from '#local/engines/index.ts';

/** A Kafka broker of one test file's own, which it may stop and start again. */
export interface PrivateKafka {
  /** Scratch folder of the file; the broker's state is under `engines/`. */
  readonly dir: string;
  readonly bootstrap: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

/**
 * Starts a private Kafka from the same launcher (own free ports and data folder) before the file's
 * tests and removes it after, so stopping it for an outage disturbs no test on the shared engines.
 */
export function privateKafka(name: string): PrivateKafka {
  let engines: EngineConfig | undefined;
  const kafka = {
    dir: '',
    bootstrap: '',
    stop: () => stopEngines(engines as EngineConfig, ['kafka']),
    start: async () => {
      await startEngines(engines as EngineConfig, { only: ['kafka'], log: () => {} });
    },
  };
  beforeAll(async () => {
    kafka.dir = await mkdtemp(join(tmpdir(), `logward-${name}-`));
    engines = await privateEngineConfig('kafka', kafka.dir);
    kafka.bootstrap = (
      await startEngines(engines, { only: ['kafka'], log: () => {} })
    ).endpoints.kafkaBootstrap;
  });
  afterAll(async () => {
    if (engines) await stopEngines(engines, ['kafka']).catch(() => {});
    await rm(kafka.dir, { recursive: true, force: true });
  });
  return kafka;
}
