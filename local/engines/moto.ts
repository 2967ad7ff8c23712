import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EngineConfig } from './config.ts';
import { installOnce, isInstalled, runLogged } from './download.ts';
import type { EngineDefinition, LogLine } from './engine.ts';
import { isHttpOk } from './health.ts';
import { cachePath, installLogPath, statePaths } from './paths.ts';
import type { LaunchSpec } from './process.ts';
import { VERSIONS } from './versions.ts';

function installDir(config: EngineConfig): string {
  return cachePath(config, `moto-${VERSIONS.moto}`);
}

function venvBin(config: EngineConfig, program: string): string {
  return join(installDir(config), 'venv', 'bin', program);
}

async function install(config: EngineConfig, log: LogLine): Promise<void> {
  await installOnce(installDir(config), async (dir) => {
    const common = { cwd: dir, logFile: installLogPath(config, 'moto'), label: moto.label, log };
    await runLogged({
      ...common,
      command: 'python3',
      args: ['-m', 'venv', join(dir, 'venv')],
      progress: /$^/,
    });
    await runLogged({
      ...common,
      command: venvBin(config, 'pip'),
      args: [
        'install',
        '--disable-pip-version-check',
        '--progress-bar',
        'off',
        `moto[server]==${VERSIONS.moto}`,
      ],
      progress: /^(Collecting|Downloading) /,
    });
  });
}

/**
 * moto's server, with two changes to its DynamoDB:
 * - Its model objects are not tracked: moto keeps every model instance it ever made for its
 *   /moto-api/data.json dashboard, and with DynamoDB that is every item version written, so its memory
 *   grew without bound (500 MB after one test run) and reading sent mail from data.json took seconds.
 *   SES messages, which the tests read there, stay tracked.
 * - Its calls run one at a time. The server answers requests on threads, and a transaction copies its
 *   tables before it starts and puts the copies back when a condition fails: every write another
 *   request made in between was lost (two dispatcher passes racing to notify an alert lost the
 *   winner's outbox entry, so no mail went out). DynamoDB's transactions are isolated; so is this.
 */
const MOTO_SERVER = `
import sys
from moto.core.common_models import BaseModel
tracked_new = BaseModel.__new__
def new(cls, *args, **kwargs):
    if cls.__module__.startswith("moto.dynamodb"):
        return object.__new__(cls)
    return tracked_new(cls, *args, **kwargs)
BaseModel.__new__ = staticmethod(new)
import functools, inspect, threading
from moto.dynamodb.models import DynamoDBBackend
one_at_a_time = threading.RLock()
def serialized(method):
    @functools.wraps(method)
    def call(*args, **kwargs):
        with one_at_a_time:
            return method(*args, **kwargs)
    return call
for name, method in list(vars(DynamoDBBackend).items()):
    if inspect.isfunction(method) and not name.startswith("_"):
        setattr(DynamoDBBackend, name, serialized(method))
from moto.server import main
main(sys.argv[1:])
`;

async function prepare(config: EngineConfig): Promise<LaunchSpec> {
  const { dir } = statePaths(config, 'moto');
  mkdirSync(dir, { recursive: true });
  return {
    command: venvBin(config, 'python'),
    args: ['-c', MOTO_SERVER, '-H', '127.0.0.1', '-p', String(config.ports.moto)],
    cwd: dir,
  };
}

/** moto's own API answers once the server is up. */
async function isHealthy(url: string): Promise<boolean> {
  return isHttpOk(`${url.replace(/\/$/, '')}/moto-api/`);
}

/**
 * moto's standalone server: one Python process that plays DynamoDB, SES v1, S3, SNS and Secrets
 * Manager on one port, in memory. It does not expire TTL items (AWS deletes them within days anyway).
 */
export const moto: EngineDefinition = {
  name: 'moto',
  label: `moto ${VERSIONS.moto}`,
  port: (config) => config.ports.moto,
  otherPorts: () => [],
  isInstalled: (config) => isInstalled(installDir(config)),
  install,
  prepare,
  isHealthy,
};
