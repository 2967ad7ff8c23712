import { spawn } from 'node:child_process';
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { EngineStopError, isErrnoException } from './errors.ts';

/** How to launch one engine process. */
export interface LaunchSpec {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env?: Readonly<Record<string, string>>;
  /** Run as this user instead of the launcher's (OpenSearch refuses root). */
  readonly runAs?: { readonly uid: number; readonly gid: number };
}

/** What a pid file records. */
export interface PidRecord {
  readonly pid: number;
  readonly port: number;
  readonly startedAt: string;
  /** The kernel's start time of the process (from /proc), which tells it apart from a reused pid. */
  readonly processStart: string;
}

/**
 * Starts a process in its own session and process group (so a terminal's Ctrl-C does not reach it and
 * `stopProcessGroup` can end it with all its children), with stdout and stderr appended to `logFile`.
 */
export function spawnDetached(spec: LaunchSpec, logFile: string): number {
  mkdirSync(dirname(logFile), { recursive: true });
  const fd = openSync(logFile, 'a');
  try {
    const child = spawn(spec.command, [...spec.args], {
      cwd: spec.cwd,
      env: { ...process.env, ...spec.env },
      detached: true,
      stdio: ['ignore', fd, fd],
      ...(spec.runAs ? { uid: spec.runAs.uid, gid: spec.runAs.gid } : {}),
    });
    child.on('error', () => {});
    child.unref();
    if (child.pid === undefined) throw new Error(`could not spawn ${spec.command}`);
    return child.pid;
  } finally {
    closeSync(fd);
  }
}

export function writePidFile(path: string, record: PidRecord): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(record)}\n`);
}

export function readPidFile(path: string): PidRecord | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (isPidRecord(parsed)) return parsed;
    return undefined;
  } catch {
    return undefined;
  }
}

export function removePidFile(path: string): void {
  rmSync(path, { force: true });
}

function isPidRecord(value: unknown): value is PidRecord {
  return (
    typeof value === 'object' &&
    value !== null &&
    'pid' in value &&
    typeof value.pid === 'number' &&
    'port' in value &&
    typeof value.port === 'number' &&
    'processStart' in value &&
    typeof value.processStart === 'string'
  );
}

/** True while any process of the group led by `pgid` exists. */
export function isGroupAlive(pgid: number): boolean {
  return signalGroup(pgid, 0);
}

/**
 * The kernel's start time of a process (field 22 of /proc/PID/stat), or undefined when it is gone.
 * It survives exec, so it identifies the process a pid file recorded even after a wrapper script execs java.
 */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (in parentheses, which may hold spaces) start at field 3.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** True when the pid file's process is still the one it recorded (not a reused pid). */
export function isRecordedProcess(record: PidRecord): boolean {
  return processStartTime(record.pid) === record.processStart;
}

/** SIGTERM the whole group, wait up to `graceMs`, then SIGKILL what is left. */
export async function stopProcessGroup(pgid: number, graceMs: number): Promise<void> {
  if (!signalGroup(pgid, 'SIGTERM')) return;
  if (await waitForGroupExit(pgid, graceMs)) return;
  signalGroup(pgid, 'SIGKILL');
  if (!(await waitForGroupExit(pgid, 5000))) {
    throw new EngineStopError(`process group ${pgid} survived SIGKILL; check it with: ps -g ${pgid}`);
  }
}

async function waitForGroupExit(pgid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isGroupAlive(pgid)) return true;
    await sleep(100);
  }
  return !isGroupAlive(pgid);
}

/** Sends a signal to a process group; false when the group no longer exists. */
function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch (error) {
    if (isErrnoException(error) && error.code === 'EPERM') return true;
    if (isErrnoException(error) && error.code === 'ESRCH') return false;
    throw error;
  }
}

const TAIL_BYTES = 64 * 1024;
const MAX_LINE = 400;

/** The last `count` lines of a log file (read from its last 64 KiB), for error messages. */
export function tailFile(path: string, count: number): string {
  try {
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      const length = Math.min(size, TAIL_BYTES);
      const buffer = Buffer.alloc(length);
      readSync(fd, buffer, 0, length, size - length);
      const lines = buffer.toString('utf8').trimEnd().split('\n').slice(-count);
      return lines.map((line) => (line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line)).join('\n');
    } finally {
      closeSync(fd);
    }
  } catch {
    return '(no log written yet)';
  }
}
