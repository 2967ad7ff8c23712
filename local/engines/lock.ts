import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LogLine } from './engine.ts';
import { EngineStartError, isErrnoException } from './errors.ts';

const WAIT_LIMIT_MS = 15 * 60_000;

/**
 * Runs `work` while holding a lock file, so two launchers (say a test run and `npm run local`) never
 * download into the same folder or start the same engine at once. A lock whose holder died is taken over.
 */
export async function withLock<T>(
  path: string,
  what: string,
  log: LogLine,
  work: () => Promise<T>,
): Promise<T> {
  await acquire(path, what, log);
  // process.exit() (say, from a Ctrl-C handler) skips `finally`; this still frees the lock.
  const releaseOnExit = () => release(path);
  process.on('exit', releaseOnExit);
  try {
    return await work();
  } finally {
    process.off('exit', releaseOnExit);
    release(path);
  }
}

async function acquire(path: string, what: string, log: LogLine): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const deadline = Date.now() + WAIT_LIMIT_MS;
  let announced = false;
  while (!tryCreate(path)) {
    const holder = holderOf(path);
    if (holder === undefined || !isAlive(holder)) {
      rmSync(path, { force: true });
      continue;
    }
    if (!announced) log(`waiting for another launcher (pid ${holder}) to finish ${what}`);
    announced = true;
    if (Date.now() > deadline) {
      throw new EngineStartError(`gave up waiting for pid ${holder} to finish ${what} (lock ${path})`);
    }
    await sleep(500);
  }
}

function tryCreate(path: string): boolean {
  try {
    writeFileSync(path, String(process.pid), { flag: 'wx' });
    return true;
  } catch (error) {
    if (isErrnoException(error) && error.code === 'EEXIST') return false;
    throw error;
  }
}

function release(path: string): void {
  if (holderOf(path) === process.pid) rmSync(path, { force: true });
}

function holderOf(path: string): number | undefined {
  try {
    const pid = Number(readFileSync(path, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return isErrnoException(error) && error.code === 'EPERM';
  }
}
