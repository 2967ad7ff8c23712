import { join } from 'node:path';
import type { EngineConfig, EngineName } from './config.ts';

/** Where one engine keeps its runtime files under the state dir. */
export interface EngineStatePaths {
  readonly dir: string;
  readonly log: string;
  readonly pidFile: string;
}

export function statePaths(config: EngineConfig, name: EngineName): EngineStatePaths {
  return {
    dir: join(config.stateDir, name),
    log: join(config.logDir, `${name}.log`),
    pidFile: join(config.stateDir, 'run', `${name}.pid`),
  };
}

/** The cache folder of one pinned download, e.g. `<cache>/kafka-4.4.0`. */
export function cachePath(config: EngineConfig, folder: string): string {
  return join(config.cacheDir, folder);
}

/** The log file an engine's download writes to. */
export function installLogPath(config: EngineConfig, name: EngineName): string {
  return join(config.logDir, `${name}.install.log`);
}
