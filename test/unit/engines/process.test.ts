import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { withLock } from '#local/engines/lock.ts';
import {
  isGroupAlive,
  isRecordedProcess,
  processStartTime,
  readPidFile,
  spawnDetached,
  stopProcessGroup,
  tailFile,
  writePidFile,
} from '#local/engines/process.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'logward-engines-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('detached process groups', () => {
  it('stops a process and the children it spawned, even one that ignores SIGTERM', async () => {
    const dir = tempDir();
    const log = join(dir, 'engine.log');
    // A parent that ignores SIGTERM, with a child of its own: both must go.
    const script = "trap '' TERM; sleep 300 & echo started; wait";
    const pid = spawnDetached({ command: 'bash', args: ['-c', script], cwd: dir }, log);
    await sleep(300);
    expect(isGroupAlive(pid)).toBe(true);
    await stopProcessGroup(pid, 500);
    expect(isGroupAlive(pid)).toBe(false);
    expect(tailFile(log, 1)).toBe('started');
  });

  it('tells the recorded process apart from a reused pid by its start time', () => {
    const dir = tempDir();
    const pidFile = join(dir, 'run', 'x.pid');
    const processStart = processStartTime(process.pid);
    expect(processStart).toMatch(/^\d+$/);
    writePidFile(pidFile, { pid: process.pid, port: 1, startedAt: 'now', processStart: processStart ?? '' });
    const record = readPidFile(pidFile);
    expect(record && isRecordedProcess(record)).toBe(true);
    expect(isRecordedProcess({ pid: process.pid, port: 1, startedAt: 'now', processStart: '1' })).toBe(false);
  });

  it('ignores a pid file it cannot read', () => {
    const dir = tempDir();
    const pidFile = join(dir, 'x.pid');
    writeFileSync(pidFile, 'not json');
    expect(readPidFile(pidFile)).toBeUndefined();
    expect(readPidFile(join(dir, 'missing.pid'))).toBeUndefined();
  });
});

describe('withLock', () => {
  it('runs holders one after another and takes over a lock whose holder died', async () => {
    const dir = tempDir();
    const lock = join(dir, 'start.lock');
    writeFileSync(lock, '999999999');
    const order: string[] = [];
    const waits: string[] = [];
    const first = withLock(
      lock,
      'first',
      (line) => waits.push(line),
      async () => {
        order.push('first:in');
        await sleep(700);
        order.push('first:out');
      },
    );
    await sleep(50);
    const second = withLock(
      lock,
      'second',
      (line) => waits.push(line),
      async () => {
        order.push('second');
      },
    );
    await Promise.all([first, second]);
    expect(order).toEqual(['first:in', 'first:out', 'second']);
    expect(waits).toEqual([`waiting for another launcher (pid ${process.pid}) to finish second`]);
  });
});
