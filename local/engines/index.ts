import { join } from 'node:path';
import {
  ENGINE_NAMES,
  type EngineConfig,
  type EngineName,
  SERVICE_NAMES,
  type ServiceName,
} from './config.ts';
import type { LogLine } from './engine.ts';
import { EngineStartError, EngineStopError } from './errors.ts';
import { waitUntilHealthy } from './health.ts';
import { type StartOutcome, startEngine, stopEngine } from './lifecycle.ts';
import { ensureOpenSearchDomain } from './localstack.ts';
import { withLock } from './lock.ts';
import { installLogPath, statePaths } from './paths.ts';
import { needsJava, preflight } from './preflight.ts';
import { isGroupAlive, isRecordedProcess, readPidFile } from './process.ts';
import { ENGINES, endpointOf, engineServing, localEndpointOf } from './registry.ts';
import { isServiceHealthy } from './service-health.ts';

export {
  ENGINE_NAMES,
  type EngineConfig,
  type EngineName,
  resolveEngineConfig,
  SERVICE_NAMES,
  type ServiceName,
} from './config.ts';
export * from './errors.ts';
export { freePort, privateEngineConfig } from './private.ts';
export { VERSIONS } from './versions.ts';

export interface EngineEndpoints {
  kafkaBootstrap: string;
  opensearchUrl: string;
  dynamodbUrl: string;
  /** SES v1, S3, SNS and Secrets Manager: moto's server, or LocalStack in its mode. */
  sesUrl: string;
}

export interface EngineStatus {
  /** An engine, or a service whose endpoint is external. */
  name: EngineName | ServiceName;
  running: boolean;
  healthy: boolean;
  pid?: number;
  port: number;
  log: string;
  /** Set when the engine is external (LOGWARD_*_URL / LOGWARD_KAFKA_BOOTSTRAP): its endpoint. */
  external?: string;
}

export interface EngineOptions {
  /** Progress lines. @default write to stderr */
  log?: LogLine;
  /** Only these engines (and the external services they would serve). @default all */
  only?: EngineName[];
}

const defaultLog: LogLine = (line) => process.stderr.write(`${line}\n`);

/** Where each engine answers: external endpoints when configured, else 127.0.0.1 and the configured ports. */
export function endpointsFor(config: EngineConfig): EngineEndpoints {
  return {
    kafkaBootstrap: endpointOf(config, 'kafka'),
    opensearchUrl: endpointOf(config, 'opensearch'),
    dynamodbUrl: endpointOf(config, 'dynamodb'),
    sesUrl: endpointOf(config, 'ses'),
  };
}

/** Downloads every engine not yet in the cache (once); JVM downloads run one after another, moto beside them. */
export async function installEngines(config: EngineConfig, options: EngineOptions = {}): Promise<void> {
  const log = options.log ?? defaultLog;
  const missing = enginesToLaunch(config, options.only).filter((name) => !ENGINES[name].isInstalled(config));
  if (missing.length === 0) return;
  preflight(missing, true);
  // LocalStack's venv has a lock of its own, so that it can download beside the other engines (as CI does).
  const groups = [
    { lock: '.install.lock', names: missing.filter((name) => name !== 'localstack') },
    { lock: '.install-localstack.lock', names: missing.filter((name) => name === 'localstack') },
  ].filter((group) => group.names.length > 0);
  const results = await Promise.allSettled(
    groups.map((group) =>
      withLock(join(config.cacheDir, group.lock), 'downloading engines', log, () =>
        installMissing(config, group.names, log),
      ),
    ),
  );
  throwIfAnyFailed(results, (reasons) => reasons[0]);
}

async function installMissing(config: EngineConfig, names: EngineName[], log: LogLine): Promise<void> {
  const missing = names.filter((name) => !ENGINES[name].isInstalled(config));
  const installOne = async (name: EngineName) => {
    const engine = ENGINES[name];
    const startedAt = Date.now();
    log(
      `downloading ${engine.label} (once, cached in ${config.cacheDir}; progress in ${installLogPath(config, name)})`,
    );
    await engine.install(config, log);
    log(`${name}: ${engine.label} installed in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`);
  };
  const jvm = missing.filter(needsJava);
  const others = missing.filter((name) => !needsJava(name));
  const runJvmInSequence = async () => {
    for (const name of jvm) await installOne(name);
  };
  const results = await Promise.allSettled([runJvmInSequence(), ...others.map(installOne)]);
  throwIfAnyFailed(results, (reasons) => reasons[0]);
}

/**
 * Installs (once) and starts the engines in parallel, each on 127.0.0.1, and waits until every one is
 * healthy. Engines already running and healthy are reused; `started` lists those this call launched.
 * External engines are only waited for. When any engine fails, every engine this call launched is
 * stopped again (those it reused stay up) and an EngineStartError carries each failure and its log tail.
 */
export async function startEngines(
  config: EngineConfig,
  options: EngineOptions = {},
): Promise<{ endpoints: EngineEndpoints; started: EngineName[] }> {
  const log = options.log ?? defaultLog;
  const local = enginesToLaunch(config, options.only);
  preflight(
    local,
    local.some((name) => !ENGINES[name].isInstalled(config)),
  );
  await installEngines(config, { log, only: local });
  return withLock(join(config.stateDir, 'run', 'start.lock'), 'starting engines', log, () =>
    startLocal(config, local, externalServices(config, options.only), log),
  );
}

async function startLocal(
  config: EngineConfig,
  local: EngineName[],
  external: ServiceName[],
  log: LogLine,
): Promise<{ endpoints: EngineEndpoints; started: EngineName[] }> {
  const spawned: EngineName[] = [];
  const removeGuard = stopSpawnedOnInterrupt(config, spawned, log);
  try {
    const outcomes = await Promise.allSettled([
      ...local.map((name) => startEngine(ENGINES[name], config, log, () => spawned.push(name))),
      ...external.map((service) => awaitExternal(config, service, log)),
    ]);
    if (outcomes.some((outcome) => outcome.status === 'rejected')) {
      log(`stopping what this start launched (${spawned.join(', ') || 'nothing'}): not every engine came up`);
      await stopNamed(config, spawned, log);
    }
    throwIfAnyFailed(
      outcomes,
      (reasons) => new EngineStartError(joinMessages(reasons), { cause: reasons[0] }),
    );
    if (local.includes('localstack')) {
      await ensureOpenSearchDomain(config, config.startTimeoutMs).catch(async (error: unknown) => {
        await stopNamed(config, spawned, log);
        throw error;
      });
    }
    const started = local.filter((name, index) => isStarted(outcomes[index]) && spawned.includes(name));
    return { endpoints: endpointsFor(config), started };
  } finally {
    removeGuard();
  }
}

/**
 * Stops engines this launcher started (all by default): SIGTERM to each process group, SIGKILL after
 * a grace period, then removes the pid files. External engines are left alone.
 */
export async function stopEngines(config: EngineConfig, names?: EngineName[]): Promise<void> {
  // Every engine by default, whatever the mode: a LocalStack left from the LocalStack mode stops too.
  await stopNamed(config, names ?? [...ENGINE_NAMES], defaultLog);
}

async function stopNamed(config: EngineConfig, names: readonly EngineName[], log: LogLine): Promise<void> {
  const results = await Promise.allSettled(names.map((name) => stopEngine(ENGINES[name], config, log)));
  throwIfAnyFailed(results, (reasons) => new EngineStopError(joinMessages(reasons), { cause: reasons[0] }));
}

/**
 * Whether each engine the configuration needs runs (per its pid file) and passes its health check
 * now, and whether each external service answers.
 */
export async function engineStatus(config: EngineConfig): Promise<EngineStatus[]> {
  return Promise.all([
    ...enginesToLaunch(config).map((name) => statusOf(config, name)),
    ...externalServices(config).map((service) => externalStatusOf(config, service)),
  ]);
}

async function externalStatusOf(config: EngineConfig, service: ServiceName): Promise<EngineStatus> {
  const endpoint = endpointOf(config, service);
  const healthy = await isServiceHealthy(service, endpoint);
  const log = statePaths(config, engineServing(config, service)).log;
  return { name: service, running: healthy, healthy, port: portOf(endpoint), log, external: endpoint };
}

async function statusOf(config: EngineConfig, name: EngineName): Promise<EngineStatus> {
  const engine = ENGINES[name];
  const healthy = await engine.isHealthy(localEndpointOf(config, name));
  const log = statePaths(config, name).log;
  const record = readPidFile(statePaths(config, name).pidFile);
  const running = record !== undefined && isGroupAlive(record.pid) && isRecordedProcess(record);
  return {
    name,
    running,
    healthy,
    ...(running && record ? { pid: record.pid } : {}),
    port: engine.port(config),
    log,
  };
}

function portOf(endpoint: string): number {
  const url = new URL(endpoint.includes('://') ? endpoint : `tcp://${endpoint.split(',')[0]}`);
  if (url.port) return Number(url.port);
  return url.protocol === 'https:' ? 443 : 80;
}

async function awaitExternal(
  config: EngineConfig,
  service: ServiceName,
  log: LogLine,
): Promise<StartOutcome> {
  const endpoint = endpointOf(config, service);
  log(`${service}: using the external endpoint ${endpoint}`);
  const outcome = await waitUntilHealthy(
    () => isServiceHealthy(service, endpoint),
    () => true,
    config.startTimeoutMs,
  );
  if (outcome !== 'healthy') {
    throw new EngineStartError(
      `${service}: the external endpoint ${endpoint} did not become healthy in time`,
    );
  }
  return 'reused';
}

/**
 * While engines start, Ctrl-C (or SIGTERM/SIGHUP) stops those this call already spawned, so an
 * interrupted start leaves no orphan: they run in their own process groups and would not get the signal.
 */
function stopSpawnedOnInterrupt(config: EngineConfig, spawned: EngineName[], log: LogLine): () => void {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping the engines this start launched (${spawned.join(', ') || 'none'})`);
    stopNamed(config, [...spawned], log)
      .catch((error: unknown) => log(`could not stop every engine: ${String(error)}`))
      .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  for (const signal of signals) process.on(signal, onSignal);
  return () => {
    for (const signal of signals) process.off(signal, onSignal);
  };
}

/**
 * The engines among `names` that serve at least one service not configured as external, and
 * LocalStack in its mode, since it fronts OpenSearch wherever that runs.
 */
export function enginesToLaunch(
  config: EngineConfig,
  names: readonly EngineName[] = ENGINE_NAMES,
): EngineName[] {
  const needed = (name: EngineName) =>
    (name === 'localstack' && config.aws === 'localstack') ||
    SERVICE_NAMES.some(
      (service) => engineServing(config, service) === name && config.external[service] === undefined,
    );
  return ENGINE_NAMES.filter((name) => names.includes(name) && needed(name));
}

/**
 * The external services that one of `names` would otherwise serve. In the LocalStack mode an external
 * OpenSearch is LocalStack's backend, checked through it once its domain exists.
 */
function externalServices(config: EngineConfig, names: readonly EngineName[] = ENGINE_NAMES): ServiceName[] {
  return SERVICE_NAMES.filter(
    (service) =>
      names.includes(engineServing(config, service)) &&
      config.external[service] !== undefined &&
      !(service === 'opensearch' && config.aws === 'localstack'),
  );
}

function isStarted(outcome: PromiseSettledResult<StartOutcome> | undefined): boolean {
  return outcome?.status === 'fulfilled' && outcome.value === 'started';
}

function throwIfAnyFailed(
  results: readonly PromiseSettledResult<unknown>[],
  toError: (reasons: unknown[]) => unknown,
): void {
  const reasons = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
  if (reasons.length > 0) throw toError(reasons);
}

function joinMessages(reasons: readonly unknown[]): string {
  return reasons.map((reason) => (reason instanceof Error ? reason.message : String(reason))).join('\n\n');
}
