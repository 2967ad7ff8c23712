/**
 * `GET /health`: whether each backend answers, and how fresh the pipeline is. Freshness uses
 * the time Logward received the latest data (`ingested_at`), never a server's clock. Consumer
 * lag is reported only where the environment can measure it (the local event-source runner's
 * consumer group, or the `OffsetLag` metric in AWS); otherwise it says it is unknown and why.
 */
import type { ConsumerLag, LogQueries } from '../ports.ts';

export type { ConsumerLag } from '../ports.ts';

export interface HealthProbes {
  /** One probe per backend; resolves when it answers, rejects otherwise. */
  readonly backends: Readonly<Record<string, () => Promise<void>>>;
  readonly consumerLag?: () => Promise<ConsumerLag>;
}

export interface HealthReport {
  readonly status: 'ok' | 'degraded';
  readonly checkedAt: string;
  readonly backends: Readonly<
    Record<string, { readonly ok: boolean; readonly latencyMs: number; readonly error?: string }>
  >;
  readonly pipeline: {
    readonly lastIngestAt: string | null;
    readonly secondsSinceLastIngest: number | null;
    readonly consumerLag: ConsumerLag;
  };
}

const PROBE_TIMEOUT_MS = 3_000;

/** How long one health report is served to every caller (the route is open; see `cachedHealth`). */
export const HEALTH_CACHE_SECONDS = 5;

const recent = new WeakMap<HealthProbes, { readonly at: number; readonly report: Promise<HealthReport> }>();

/**
 * `checkHealth`, with one report shared by every caller for `HEALTH_CACHE_SECONDS` (concurrent
 * callers share the check in flight): a flood of the open route costs the backends one round of
 * probes per interval. `checkedAt` tells a caller how old the report is.
 */
export function cachedHealth(probes: HealthProbes, logs: LogQueries, now: number): Promise<HealthReport> {
  const hit = recent.get(probes);
  if (hit && now >= hit.at && now - hit.at < HEALTH_CACHE_SECONDS * 1000) return hit.report;
  const report = checkHealth(probes, logs, now);
  recent.set(probes, { at: now, report });
  return report;
}

export async function checkHealth(
  probes: HealthProbes,
  logs: LogQueries,
  now: number,
): Promise<HealthReport> {
  const names = Object.keys(probes.backends);
  const [results, lastIngest, consumerLag] = await Promise.all([
    Promise.all(names.map((name) => probe(probes.backends[name] as () => Promise<void>))),
    withTimeout(logs.lastIngest()).catch(() => undefined),
    probes.consumerLag
      ? withTimeout(probes.consumerLag()).catch(
          (error: unknown): ConsumerLag => ({
            known: false,
            reason: `lag probe failed: ${failureName(error)}`,
          }),
        )
      : Promise.resolve<ConsumerLag>({
          known: false,
          reason: 'no lag source configured in this environment',
        }),
  ]);
  const backends = Object.fromEntries(
    names.map((name, i) => [name, results[i] as HealthReport['backends'][string]]),
  );
  return {
    status: Object.values(backends).every((b) => b.ok) ? 'ok' : 'degraded',
    checkedAt: new Date(now).toISOString(),
    backends,
    pipeline: {
      lastIngestAt: lastIngest === undefined ? null : new Date(lastIngest).toISOString(),
      secondsSinceLastIngest:
        lastIngest === undefined ? null : Math.max(0, Math.round((now - lastIngest) / 1000)),
      consumerLag,
    },
  };
}

async function probe(check: () => Promise<void>): Promise<HealthReport['backends'][string]> {
  const started = performance.now();
  try {
    await withTimeout(check());
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    // The route is open: name the failure, never an address or a stack from inside the VPC.
    return { ok: false, latencyMs: Math.round(performance.now() - started), error: failureName(error) };
  }
}

function failureName(error: unknown): string {
  if (error instanceof ProbeTimeoutError) return error.message;
  return error instanceof Error && error.name !== 'Error' ? error.name.slice(0, 100) : 'no answer';
}

class ProbeTimeoutError extends Error {
  override name = 'ProbeTimeoutError';
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new ProbeTimeoutError(`no answer within ${PROBE_TIMEOUT_MS} ms`)),
      PROBE_TIMEOUT_MS,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
