/**
 * Running a measured process for the shipper and memory benches: CPU and peak RSS from /proc, the
 * RSS split at its sampled peak, waiting for a condition, stopping it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const CLK_TCK = 100;

/** CPU seconds (all threads, user + system) and VmHWM of a live process. */
export function procUsage(pid: number): { cpuSeconds: number; peakRssMB: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return { cpuSeconds, peakRssMB: Number(hwm ?? 0) / 1024 };
  } catch {
    return undefined;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `done` every 100 ms; throws when the process exits first or the time runs out. */
export async function waitFor(
  done: () => Promise<boolean>,
  child: ChildProcess,
  timeoutMs: number,
  /** Time between checks: a run timed by when `done` turns true is read this much late, at worst. */
  intervalMs = 100,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`exited early (${child.exitCode ?? child.signalCode})`);
    if (Date.now() > deadline) throw new Error(`not done within ${timeoutMs / 1000} s`);
    await sleep(intervalMs);
  }
}

/** SIGTERM, then SIGKILL after 15 s. */
export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

export interface NodeRun {
  readonly seconds: number;
  readonly cpuSeconds: number;
  /** VmHWM. */
  readonly peakRssMB: number;
  /** At the highest sampled RSS: anonymous memory, and pages mapped from files (binary, libraries). */
  readonly anonMB: number;
  readonly fileMB: number;
}

/**
 * Runs `node <args>` until `done` resolves, sampling its RSS every 10 ms, and stops it. Throws
 * with the tail of its output when `done` fails or the process exits first.
 */
export async function runNode(
  args: readonly string[],
  done: (child: ChildProcess, output: () => string) => Promise<void>,
): Promise<NodeRun> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks: string[] = [];
  child.stdout?.on('data', (d: Buffer) => chunks.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => chunks.push(d.toString()));
  const output = () => chunks.join('');
  const pid = child.pid as number;
  let peak = { rss: 0, anon: 0, file: 0 };
  const sample = () => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
      const rss = kb('VmRSS');
      if (rss > peak.rss) peak = { rss, anon: kb('RssAnon'), file: kb('RssFile') + kb('RssShmem') };
    } catch {
      // gone; waitFor reports it
    }
  };
  const sampler = setInterval(sample, 10);
  try {
    await done(child, output);
    const seconds = (performance.now() - started) / 1000;
    sample();
    const usage = procUsage(pid);
    if (!usage) throw new Error('exited before it could be measured');
    return { seconds, ...usage, anonMB: peak.anon / 1024, fileMB: peak.file / 1024 };
  } catch (error) {
    throw new Error(`${String(error)}; ${output().slice(-300)}`);
  } finally {
    clearInterval(sampler);
    await stop(child);
  }
}
