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

async function prepare(config: EngineConfig): Promise<LaunchSpec> {
  const { dir } = statePaths(config, 'moto');
  mkdirSync(dir, { recursive: true });
  return {
    command: venvBin(config, 'moto_server'),
    args: ['-H', '127.0.0.1', '-p', String(config.ports.moto)],
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
