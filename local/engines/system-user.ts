import { spawnSync } from 'node:child_process';
import { chownSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { EngineStartError } from './errors.ts';

export interface SystemUser {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
  readonly home: string;
}

export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/** Creates the system user (no login shell, home under /var/lib) if missing and returns its ids. */
export function ensureSystemUser(name: string): SystemUser {
  const home = `/var/lib/${name}`;
  if (lookupId(name, '-u') === undefined) {
    const result = spawnSync(
      'useradd',
      ['--system', '--user-group', '--home-dir', home, '--shell', '/usr/sbin/nologin', name],
      { encoding: 'utf8' },
    );
    if (result.status !== 0) {
      throw new EngineStartError(`could not create system user ${name}: ${result.stderr || result.error}`);
    }
  }
  const uid = lookupId(name, '-u');
  const gid = lookupId(name, '-g');
  if (uid === undefined || gid === undefined)
    throw new EngineStartError(`system user ${name} has no uid/gid`);
  mkdirSync(home, { recursive: true });
  chownSync(home, uid, gid);
  return { name, uid, gid, home };
}

function lookupId(name: string, flag: '-u' | '-g'): number | undefined {
  const result = spawnSync('id', [flag, name], { encoding: 'utf8' });
  if (result.status !== 0) return undefined;
  return Number(result.stdout.trim());
}

/** chown -R, so the engine's user can write its data and logs. */
export function chownTree(path: string, uid: number, gid: number): void {
  const result = spawnSync('chown', ['-R', `${uid}:${gid}`, path], { encoding: 'utf8' });
  if (result.status !== 0)
    throw new EngineStartError(`chown -R ${uid}:${gid} ${path} failed: ${result.stderr}`);
}

/**
 * True when a user other than the owner can reach `path`: every existing ancestor directory is
 * world-searchable (o+x). /root, for instance, is not.
 */
export function isReachableByOthers(path: string): boolean {
  let current = resolve(path);
  for (;;) {
    try {
      if ((statSync(current).mode & 0o001) === 0) return false;
    } catch {
      // Not created yet: it will be created with the launcher's umask; its parent decides.
    }
    const parent = dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}
