import type { EngineConfig, EngineName } from './config.ts';
import type { LaunchSpec } from './process.ts';

export type LogLine = (line: string) => void;

/** What the launcher needs to know about one engine. Each engine's file exports one of these. */
export interface EngineDefinition {
  readonly name: EngineName;
  /** Name and version for messages, e.g. "Kafka 4.4.0". */
  readonly label: string;
  port(config: EngineConfig): number;
  /** Further ports the engine binds (Kafka's controller, OpenSearch's transport). */
  otherPorts(config: EngineConfig): number[];
  /** True when the pinned download is in the cache. */
  isInstalled(config: EngineConfig): boolean;
  /** Downloads into the cache (once). */
  install(config: EngineConfig, log: LogLine): Promise<void>;
  /** Writes config files, prepares data dirs, and says how to launch. */
  prepare(config: EngineConfig, log: LogLine): Promise<LaunchSpec>;
  /** A real protocol-level readiness check against an endpoint (local or external). */
  isHealthy(endpoint: string): Promise<boolean>;
}
