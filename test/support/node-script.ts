import { spawn } from 'node:child_process';

/** How a script run by {@link runNodeScript} ended. */
export interface ScriptRun {
  /** The exit code, or null when the process did not exit by itself (see `signal`, `spawnError`). */
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  /** Why the process could not be started (ENOENT, EAGAIN, ENOMEM), when it could not. */
  readonly spawnError?: string;
  readonly timedOut: boolean;
  readonly elapsedMs: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a script file under this test's own Node and resolves with how it ended, never rejecting
 * (a spawn that throws, such as E2BIG, resolves with `spawnError`).
 * Unlike `spawnSync`, the test worker's event loop stays free meanwhile, so the test runner keeps
 * hearing from it; and a run that did not exit by itself says why (signal, timeout, spawn error)
 * and after how long, where `spawnSync` left only `status: null`.
 */
export function runNodeScript(
  script: string,
  args: readonly string[] = [],
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<ScriptRun> {
  const { env = process.env, timeoutMs = 30_000 } = options;
  const started = performance.now();
  return new Promise((resolve) => {
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    let spawnError: string | undefined;
    const end = (status: number | null, signal: NodeJS.Signals | null) =>
      resolve({
        status: spawnError === undefined ? status : null,
        signal,
        ...(spawnError === undefined ? {} : { spawnError }),
        timedOut,
        elapsedMs: Math.round(performance.now() - started),
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    let child: ReturnType<typeof spawn>;
    try {
      // Its own process group, so a timeout also ends whatever the script started (which would
      // otherwise hold the pipes open and the run with them).
      child = spawn(process.execPath, [script, ...args], {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
    } catch (error) {
      spawnError = (error as Error).message;
      end(null, null);
      return;
    }
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => {
      spawnError = error.message;
    });
    // 'close' follows 'error' too, once the pipes are shut, so every run resolves here.
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      end(status, signal);
    });
  });
}

/** The parts of a run to compare against an expected exit: a mismatch shows the signal and timeout. */
export function exitOf(run: ScriptRun): Pick<ScriptRun, 'status' | 'signal' | 'timedOut' | 'spawnError'> {
  return {
    status: run.status,
    signal: run.signal,
    timedOut: run.timedOut,
    ...(run.spawnError === undefined ? {} : { spawnError: run.spawnError }),
  };
}

/** A failure message for an assertion on a run: how long it took and what it printed on stderr. */
export function describeRun(run: ScriptRun): string {
  return `after ${run.elapsedMs} ms; stderr (its end): ${run.stderr.slice(-2_000)}`;
}
