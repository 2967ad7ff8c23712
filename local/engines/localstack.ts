import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { EngineConfig } from './config.ts';
import { installOnce, isInstalled, runLogged } from './download.ts';
import type { EngineDefinition, LogLine } from './engine.ts';
import { EngineStartError } from './errors.ts';
import { getJson } from './health.ts';
import { cachePath, installLogPath, statePaths } from './paths.ts';
import type { LaunchSpec } from './process.ts';
import { findPython } from './python.ts';
import { MIN_LOCALSTACK_PYTHON, VERSIONS } from './versions.ts';

/**
 * LocalStack settings that do not depend on the machine: the launcher's and localstack-compose.yml's
 * (test/infra/localstack-compose.test.ts checks the compose file against them).
 */
export const LOCALSTACK_SETTINGS = {
  // Path-style domain endpoints on the gateway, no per-domain port or DNS name.
  OPENSEARCH_ENDPOINT_STRATEGY: 'path',
  SKIP_SSL_CERT_DOWNLOAD: '1',
  DISABLE_EVENTS: '1',
  AWS_DEFAULT_REGION: 'us-east-1',
} as const;

/** The OpenSearch domain LocalStack fronts, and the region its path-style endpoint names. */
export const LOCALSTACK_OPENSEARCH_DOMAIN = 'logward';
const REGION = LOCALSTACK_SETTINGS.AWS_DEFAULT_REGION;

function installDir(config: EngineConfig): string {
  return cachePath(config, `localstack-${VERSIONS.localstack}`);
}

function venvPython(config: EngineConfig): string {
  return join(installDir(config), 'venv', 'bin', 'python');
}

/**
 * LocalStack's community runtime from PyPI, constrained by the pins the release itself ships
 * (requirements-runtime.txt in its source distribution): an unconstrained install pulls newer
 * dependencies that break its start (cbor2 6, for one).
 */
async function install(config: EngineConfig, log: LogLine): Promise<void> {
  const python = findPython(MIN_LOCALSTACK_PYTHON);
  await installOnce(installDir(config), async (dir) => {
    const common = { cwd: dir, logFile: installLogPath(config, 'localstack'), label: localstack.label, log };
    const pip = [join(dir, 'venv', 'bin', 'python'), '-m', 'pip', '--disable-pip-version-check'] as const;
    const requirement = `localstack-core==${VERSIONS.localstack}`;
    const sdist = `localstack_core-${VERSIONS.localstack}`;
    await runLogged({ ...common, command: python, args: ['-m', 'venv', join(dir, 'venv')], progress: /$^/ });
    await runLogged({
      ...common,
      command: pip[0],
      args: [
        ...pip.slice(1),
        'download',
        '--no-deps',
        '--no-binary',
        ':all:',
        requirement,
        '-d',
        join(dir, 'sdist'),
      ],
      progress: /^(Collecting|Downloading) /,
    });
    await runLogged({
      ...common,
      command: 'tar',
      args: [
        '-xzf',
        join(dir, 'sdist', `${sdist}.tar.gz`),
        '-C',
        dir,
        '--strip-components=1',
        `${sdist}/requirements-runtime.txt`,
      ],
      progress: /$^/,
    });
    await runLogged({
      ...common,
      command: pip[0],
      args: [
        ...pip.slice(1),
        'install',
        '--progress-bar',
        'off',
        '-c',
        join(dir, 'requirements-runtime.txt'),
        `localstack-core[runtime]==${VERSIONS.localstack}`,
      ],
      progress: /^(Collecting|Downloading) /,
    });
  });
}

/** Where OpenSearch really runs: LocalStack forwards its domain there (OPENSEARCH_CUSTOM_BACKEND). */
export function openSearchBackend(config: EngineConfig): string {
  return config.external.opensearch ?? `http://127.0.0.1:${config.ports.opensearch}`;
}

/** The domain's path-style endpoint on LocalStack's gateway. */
export function localstackOpenSearchUrl(config: EngineConfig): string {
  return `http://127.0.0.1:${config.ports.localstack}/opensearch/${REGION}/${LOCALSTACK_OPENSEARCH_DOMAIN}`;
}

/**
 * On the host, without Docker: OVERRIDE_IN_DOCKER=0 because the machine may look like a container to
 * it; hypercorn because the default server binds every interface; no DNS server, no certificate
 * download, no analytics. State lives under <state>/localstack.
 */
async function prepare(config: EngineConfig): Promise<LaunchSpec> {
  const { dir } = statePaths(config, 'localstack');
  mkdirSync(dir, { recursive: true });
  return {
    command: venvPython(config),
    args: ['-m', 'localstack.runtime.main'],
    cwd: dir,
    env: {
      OVERRIDE_IN_DOCKER: '0',
      FILESYSTEM_ROOT: dir,
      GATEWAY_LISTEN: `127.0.0.1:${config.ports.localstack}`,
      GATEWAY_SERVER: 'hypercorn',
      DNS_ADDRESS: '0',
      ...LOCALSTACK_SETTINGS,
      OPENSEARCH_CUSTOM_BACKEND: openSearchBackend(config),
    },
  };
}

async function isHealthy(url: string): Promise<boolean> {
  const health = await getJson(`${url.replace(/\/$/, '')}/_localstack/health`);
  return typeof health === 'object' && health !== null && 'services' in health;
}

/**
 * Creates the OpenSearch domain LocalStack forwards to the custom backend (once per LocalStack
 * state), then waits until requests pass through it.
 */
export async function ensureOpenSearchDomain(config: EngineConfig, timeoutMs: number): Promise<void> {
  const gateway = `http://127.0.0.1:${config.ports.localstack}`;
  const response = await fetch(`${gateway}/2021-01-01/opensearch/domain`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: signedFor('es') },
    body: JSON.stringify({ DomainName: LOCALSTACK_OPENSEARCH_DOMAIN }),
  });
  const body = await response.text();
  if (!response.ok && !body.includes('ResourceAlreadyExistsException')) {
    throw new EngineStartError(
      `localstack: could not create the OpenSearch domain: HTTP ${response.status} ${body}`,
    );
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const health = await getJson(`${localstackOpenSearchUrl(config)}/_cluster/health`);
    if (typeof health === 'object' && health !== null && 'status' in health) return;
    await sleep(250);
  }
  throw new EngineStartError(
    `localstack: the OpenSearch domain did not forward to ${openSearchBackend(config)} within ${timeoutMs / 1000} s`,
  );
}

/** An Authorization header LocalStack reads the service and region from (it does not check signatures). */
function signedFor(service: string): string {
  return `AWS4-HMAC-SHA256 Credential=local/20260101/${REGION}/${service}/aws4_request, SignedHeaders=host, Signature=0`;
}

export const localstack: EngineDefinition = {
  name: 'localstack',
  label: `LocalStack ${VERSIONS.localstack} (community, on the host)`,
  port: (config) => config.ports.localstack,
  otherPorts: () => [],
  isInstalled: (config) => isInstalled(installDir(config)),
  install,
  prepare,
  isHealthy,
};
