import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { type EngineConfig, portEnvVar } from './config.ts';
import type { EngineDefinition, LogLine } from './engine.ts';
import { EngineStartError } from './errors.ts';
import { isPortOpen, waitUntilHealthy } from './health.ts';
import { statePaths } from './paths.ts';
import {
  isGroupAlive,
  isRecordedProcess,
  type PidRecord,
  processStartTime,
  readPidFile,
  removePidFile,
  spawnDetached,
  stopProcessGroup,
  tailFile,
  writePidFile,
} from './process.ts';
import { localEndpointOf } from './registry.ts';

const STOP_GRACE_MS = 20_000;
const LOG_TAIL_LINES = 30;

export type StartOutcome = 'started' | 'reused';

/**
 * Starts one engine unless it already runs: a live process behind its pid file, or a healthy engine
 * already on its port, is reused. Calls `onSpawn` as soon as a process exists, so an interrupted start
 * can stop it.
 */
export async function startEngine(
  engine: EngineDefinition,
  config: EngineConfig,
  log: LogLine,
  onSpawn: () => void,
): Promise<StartOutcome> {
  const paths = statePaths(config, engine.name);
  const running = await runningPid(engine, config);
  if (running !== undefined) {
    log(`${engine.name}: already running (pid ${running}), reusing it`);
    await awaitHealthy(engine, config, running);
    return 'reused';
  }
  if (await adoptHealthyPortOwner(engine, config, log)) return 'reused';
  await assertPortsFree(engine, config);
  const spec = await engine.prepare(config, log);
  mkdirSync(dirname(paths.log), { recursive: true });
  appendFileSync(paths.log, `\n=== ${new Date().toISOString()} logward: starting ${engine.label} ===\n`);
  log(`${engine.name}: starting ${engine.label} on 127.0.0.1:${engine.port(config)} (log: ${paths.log})`);
  const startedAt = Date.now();
  const pid = spawnDetached(spec, paths.log);
  writePidFile(paths.pidFile, {
    pid,
    port: engine.port(config),
    startedAt: new Date(startedAt).toISOString(),
    processStart: processStartTime(pid) ?? 'exited',
  });
  onSpawn();
  await awaitHealthy(engine, config, pid);
  log(`${engine.name}: healthy after ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  return 'started';
}

/** Stops one engine's whole process group and removes its pid file. */
export async function stopEngine(
  engine: EngineDefinition,
  config: EngineConfig,
  log: LogLine,
): Promise<void> {
  const { pidFile } = statePaths(config, engine.name);
  const record = readPidFile(pidFile);
  if (record === undefined) {
    removePidFile(pidFile);
    return;
  }
  if (isGroupAlive(record.pid) && ownsGroup(record)) {
    log(`${engine.name}: stopping (process group ${record.pid})`);
    await stopProcessGroup(record.pid, STOP_GRACE_MS);
  }
  removePidFile(pidFile);
}

/** The pid of this engine's live process group, per its pid file; removes a stale pid file. */
export async function runningPid(
  engine: EngineDefinition,
  config: EngineConfig,
): Promise<number | undefined> {
  const { pidFile } = statePaths(config, engine.name);
  const record = readPidFile(pidFile);
  if (record === undefined) return undefined;
  if (isGroupAlive(record.pid) && isRecordedProcess(record)) return record.pid;
  if (isGroupAlive(record.pid) && ownsGroup(record)) {
    // The leader died but children of it survive: clean them up before starting afresh.
    await stopProcessGroup(record.pid, STOP_GRACE_MS);
  }
  removePidFile(pidFile);
  return undefined;
}

/** Ours when the leader is the recorded process, or is gone (then the group holds only what it left). */
function ownsGroup(record: PidRecord): boolean {
  return isRecordedProcess(record) || processStartTime(record.pid) === undefined;
}

async function adoptHealthyPortOwner(
  engine: EngineDefinition,
  config: EngineConfig,
  log: LogLine,
): Promise<boolean> {
  if (!(await isPortOpen('127.0.0.1', engine.port(config)))) return false;
  if (!(await engine.isHealthy(localEndpointOf(config, engine.name)))) return false;
  log(
    `${engine.name}: a healthy ${engine.name} that this launcher did not start already answers on port ` +
      `${engine.port(config)}; using it (stop it yourself, or set ${portEnvVar(engine.name)})`,
  );
  return true;
}

async function assertPortsFree(engine: EngineDefinition, config: EngineConfig): Promise<void> {
  for (const port of [engine.port(config), ...engine.otherPorts(config)]) {
    if (await isPortOpen('127.0.0.1', port)) {
      throw new EngineStartError(
        `${engine.name}: port ${port} on 127.0.0.1 is taken by another program; free it ` +
          `(ss -ltnp 'sport = :${port}') or pick other ports (${portEnvVar(engine.name)} and friends)`,
      );
    }
  }
}

async function awaitHealthy(engine: EngineDefinition, config: EngineConfig, pid: number): Promise<void> {
  const endpoint = localEndpointOf(config, engine.name);
  const outcome = await waitUntilHealthy(
    () => engine.isHealthy(endpoint),
    () => isGroupAlive(pid),
    config.startTimeoutMs,
  );
  if (outcome === 'healthy') return;
  const { log } = statePaths(config, engine.name);
  const what =
    outcome === 'exited'
      ? 'exited during startup'
      : `was not healthy after ${config.startTimeoutMs / 1000} s (LOGWARD_ENGINE_START_TIMEOUT)`;
  throw new EngineStartError(
    `${engine.name} (${engine.label}) ${what}. Last ${LOG_TAIL_LINES} lines of ${log}:\n${tailFile(log, LOG_TAIL_LINES)}`,
  );
}
