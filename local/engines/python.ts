import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { PreflightError } from './errors.ts';

export type PythonVersion = readonly [major: number, minor: number];

/** The version of a Python interpreter, or undefined when it does not run (e.g. a pyenv shim with no such version). */
export function pythonVersion(command: string): PythonVersion | undefined {
  const result = spawnSync(
    command,
    ['-c', 'import sys, venv, ensurepip; print(sys.version_info[0], sys.version_info[1])'],
    { encoding: 'utf8' },
  );
  if (result.error || result.status !== 0) return undefined;
  const [major, minor] = result.stdout.trim().split(' ').map(Number);
  return major === undefined || minor === undefined ? undefined : [major, minor];
}

export function atLeast(version: PythonVersion, minimum: PythonVersion): boolean {
  return version[0] > minimum[0] || (version[0] === minimum[0] && version[1] >= minimum[1]);
}

/**
 * A Python with venv of at least `minimum`: `LOGWARD_PYTHON` when set, else the first of python3.14…
 * python3.12 and python3 on PATH that runs, else the newest pyenv version ($PYENV_ROOT or ~/.pyenv).
 */
export function findPython(minimum: PythonVersion, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env.LOGWARD_PYTHON?.trim();
  const candidates = chosen
    ? [chosen]
    : [
        ...[14, 13, 12].filter((minor) => minor >= minimum[1]).map((minor) => `python3.${minor}`),
        'python3',
        ...pyenvPythons(env),
      ];
  for (const candidate of candidates) {
    const version = pythonVersion(candidate);
    if (version && atLeast(version, minimum)) return candidate;
  }
  const wanted = minimum.join('.');
  throw new PreflightError(
    chosen
      ? `LOGWARD_PYTHON=${JSON.stringify(chosen)} is not a Python ${wanted}+ with the venv module`
      : `no Python ${wanted}+ with the venv module was found (tried ${candidates.join(', ')}). ` +
          `Install one (Debian 13 / Ubuntu 24.04: apt-get install python3-venv; elsewhere e.g. ` +
          `pyenv install 3.12 or uv python install 3.12) and, if it is not on PATH, set LOGWARD_PYTHON to it`,
  );
}

function pyenvPythons(env: NodeJS.ProcessEnv): string[] {
  const root = env.PYENV_ROOT || join(env.HOME || homedir(), '.pyenv');
  const versions = join(root, 'versions');
  if (!existsSync(versions)) return [];
  return readdirSync(versions)
    .filter((name) => /^3\.\d+\.\d+$/.test(name))
    .sort((a, b) => b.localeCompare(a, 'en', { numeric: true }))
    .map((name) => join(versions, name, 'bin', 'python3'))
    .filter((path) => existsSync(path));
}
