import { createConnection } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** GET a URL and parse its JSON body; undefined on any network error or non-2xx status. */
export async function getJson(url: string, timeoutMs = 2000): Promise<unknown> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) return undefined;
    return await response.json();
  } catch {
    return undefined;
  }
}

/** True when a GET of the URL answers with a 2xx status. */
export async function isHttpOk(url: string, timeoutMs = 2000): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

/** True when something accepts TCP connections on host:port. */
export function isPortOpen(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    const finish = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

export type WaitOutcome = 'healthy' | 'exited' | 'timeout';

/**
 * Polls `check` until it returns true, `stillRunning` returns false, or the timeout passes.
 */
export async function waitUntilHealthy(
  check: () => Promise<boolean>,
  stillRunning: () => boolean,
  timeoutMs: number,
): Promise<WaitOutcome> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return 'healthy';
    if (!stillRunning()) return 'exited';
    await sleep(500);
  }
  return (await check()) ? 'healthy' : 'timeout';
}
