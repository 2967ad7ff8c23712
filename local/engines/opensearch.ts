import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { EngineConfig } from './config.ts';
import { fetchMavenArtifacts, installOnce, isInstalled } from './download.ts';
import type { EngineDefinition, LogLine } from './engine.ts';
import { EngineInstallError } from './errors.ts';
import { getJson } from './health.ts';
import { cachePath, installLogPath, statePaths } from './paths.ts';
import { javaInfo } from './preflight.ts';
import type { LaunchSpec } from './process.ts';
import { chownTree, ensureSystemUser, isReachableByOthers, isRoot, type SystemUser } from './system-user.ts';
import { VERSIONS } from './versions.ts';

const DIST_FOLDER = `opensearch-${VERSIONS.opensearch}`;

function installDir(config: EngineConfig): string {
  return cachePath(config, DIST_FOLDER);
}

function distHome(config: EngineConfig): string {
  return join(installDir(config), DIST_FOLDER);
}

async function install(config: EngineConfig, log: LogLine): Promise<void> {
  await installOnce(installDir(config), async (dir) => {
    const downloadDir = join(dir, 'download');
    await fetchMavenArtifacts({
      artifacts: [
        {
          groupId: 'org.opensearch.distribution.integ-test-zip',
          artifactId: 'opensearch',
          version: VERSIONS.opensearch,
          type: 'zip',
        },
      ],
      cacheDir: config.cacheDir,
      workDir: join(dir, 'fetch'),
      outputDir: downloadDir,
      logFile: installLogPath(config, 'opensearch'),
      label: opensearch.label,
      log,
    });
    unzipDistribution(join(downloadDir, `opensearch-${VERSIONS.opensearch}.zip`), dir);
    rmSync(downloadDir, { recursive: true, force: true });
  });
}

function unzipDistribution(zipFile: string, targetDir: string): void {
  const result = spawnSync('unzip', ['-q', '-o', zipFile, '-d', targetDir], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    const python = spawnSync('python3', ['-m', 'zipfile', '-e', zipFile, targetDir], { encoding: 'utf8' });
    if (python.status !== 0) {
      throw new EngineInstallError(`could not unzip ${zipFile}: ${python.stderr || result.stderr}`);
    }
  }
  const binDir = join(targetDir, DIST_FOLDER, 'bin');
  for (const file of readdirSync(binDir)) chmodSync(join(binDir, file), 0o755);
}

/** Where OpenSearch runs from and keeps its state, and as whom. */
interface OpenSearchLayout {
  readonly home: string;
  readonly stateDir: string;
  readonly user?: SystemUser;
}

/**
 * OpenSearch refuses to run as root. As root we run it as a system user, which must be able to read
 * the distribution and write its state: when the cache or state dir sits under a private folder
 * (like /root), that part moves to the user's home under /var/lib.
 */
function resolveLayout(config: EngineConfig, log: LogLine): OpenSearchLayout {
  const stateDir = statePaths(config, 'opensearch').dir;
  if (!isRoot()) return { home: distHome(config), stateDir };
  const user = ensureSystemUser(config.systemUser);
  let home = distHome(config);
  if (!isReachableByOthers(home)) {
    home = join(user.home, DIST_FOLDER);
    if (!existsSync(home)) {
      log(
        `opensearch: copying the distribution to ${home} (user ${user.name} cannot read ${distHome(config)})`,
      );
      copyThenRename(distHome(config), home);
    }
  }
  if (isReachableByOthers(stateDir)) return { home, stateDir, user };
  const fallback = join(user.home, 'state', 'opensearch');
  log(`opensearch: keeping data in ${fallback} (user ${user.name} cannot reach ${stateDir})`);
  return { home, stateDir: fallback, user };
}

/**
 * The stock jvm.options write GC logs, crash files and heap dumps to paths relative to the working
 * directory, which bin/opensearch sets to the (read-only, shared) install: point them at the state dir.
 */
export function withAbsoluteStatePaths(jvmOptions: string, stateDir: string): string {
  return jvmOptions
    .replace(/(file=|ErrorFile=|-Xloggc:)logs\//g, `$1${join(stateDir, 'logs')}/`)
    .replace(/HeapDumpPath=data\b/g, `HeapDumpPath=${join(stateDir, 'data')}`);
}

/** A copy cut short never looks complete: it only gets its final name once done. */
function copyThenRename(from: string, to: string): void {
  const partial = `${to}.partial`;
  rmSync(partial, { recursive: true, force: true });
  cpSync(from, partial, { recursive: true });
  renameSync(partial, to);
}

function openSearchYml(config: EngineConfig, stateDir: string): string {
  return `${[
    'cluster.name: logward-local',
    'node.name: logward-local-1',
    'network.host: 127.0.0.1',
    `http.port: ${config.ports.opensearch}`,
    `transport.port: ${config.ports.opensearchTransport}`,
    'discovery.type: single-node',
    `path.data: ${join(stateDir, 'data')}`,
    `path.logs: ${join(stateDir, 'logs')}`,
    'cluster.routing.allocation.disk.threshold_enabled: false',
  ].join('\n')}\n`;
}

/** Console only: the launcher sends stdout to .logward/logs/opensearch.log. */
const LOG4J2_PROPERTIES = `status = error
appender.console.type = Console
appender.console.name = console
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] [%node_name]%marker %m%n
rootLogger.level = info
rootLogger.appenderRef.console.ref = console
`;

function writeConfigDir(config: EngineConfig, layout: OpenSearchLayout): string {
  const configDir = join(layout.stateDir, 'config');
  rmSync(join(configDir, 'jvm.options.d'), { recursive: true, force: true });
  mkdirSync(join(configDir, 'jvm.options.d'), { recursive: true });
  const jvmOptions = readFileSync(join(layout.home, 'config', 'jvm.options'), 'utf8');
  writeFileSync(join(configDir, 'jvm.options'), withAbsoluteStatePaths(jvmOptions, layout.stateDir));
  writeFileSync(
    join(configDir, 'jvm.options.d', 'logward.options'),
    // No pre-touching of the whole heap: it slows a dev start for no gain.
    `-Xms${config.opensearchHeap}\n-Xmx${config.opensearchHeap}\n-XX:-AlwaysPreTouch\n`,
  );
  writeFileSync(join(configDir, 'opensearch.yml'), openSearchYml(config, layout.stateDir));
  writeFileSync(join(configDir, 'log4j2.properties'), LOG4J2_PROPERTIES);
  return configDir;
}

async function prepare(config: EngineConfig, log: LogLine): Promise<LaunchSpec> {
  const layout = resolveLayout(config, log);
  for (const sub of ['data', 'logs']) mkdirSync(join(layout.stateDir, sub), { recursive: true });
  const configDir = writeConfigDir(config, layout);
  if (layout.user) chownTree(layout.stateDir, layout.user.uid, layout.user.gid);
  return {
    command: join(layout.home, 'bin', 'opensearch'),
    args: [],
    cwd: layout.stateDir,
    env: {
      OPENSEARCH_JAVA_HOME: javaInfo().home,
      OPENSEARCH_PATH_CONF: configDir,
      ...(layout.user ? { HOME: layout.user.home, USER: layout.user.name } : {}),
    },
    ...(layout.user ? { runAs: { uid: layout.user.uid, gid: layout.user.gid } } : {}),
  };
}

/** Ready when the cluster health is yellow or green (single node: replicas stay unassigned). */
async function isHealthy(url: string): Promise<boolean> {
  const health = await getJson(`${url.replace(/\/$/, '')}/_cluster/health`);
  return (
    typeof health === 'object' &&
    health !== null &&
    'status' in health &&
    (health.status === 'green' || health.status === 'yellow')
  );
}

export const opensearch: EngineDefinition = {
  name: 'opensearch',
  label: `OpenSearch ${VERSIONS.opensearch}`,
  port: (config) => config.ports.opensearch,
  otherPorts: (config) => [config.ports.opensearchTransport],
  isInstalled: (config) => isInstalled(installDir(config)),
  install,
  prepare,
  isHealthy,
};
