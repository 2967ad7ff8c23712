/**
 * Retention without ISM: daily indices are named by the event day (`logs-YYYY.MM.DD`), so the
 * indices to move to warm storage and to delete follow from their names alone. Works the same on
 * Amazon OpenSearch Service and on the local engine, which has no ISM plugin (and no warm tier).
 */
const DAY_MS = 86_400_000;

/** Days of daily indices kept when RETENTION_DAYS is not set (the retention Lambda's default too). */
export const DEFAULT_RETENTION_DAYS = 30;

/**
 * How far ahead of the time Logward received a line its own timestamp may be and still be
 * believed: a day covers any time-zone mistake, and a later day's index could outlive retention's
 * notion of "old" for as long as the clock stays wrong.
 */
const EVENT_TIME_AHEAD_MS = DAY_MS;

/**
 * The event times an ingest at `receivedAt` accepts from a line: from `retentionDays` before it
 * (older would go to an index retention deletes, or already deleted: a silent loss) to a day
 * after it (later would create an index retention never reaches).
 */
export function acceptedEventTimes(receivedAt: number, retentionDays: number): { from: number; to: number } {
  return { from: receivedAt - retentionDays * DAY_MS, to: receivedAt + EVENT_TIME_AHEAD_MS };
}

/** Names among `indices` whose whole day lies more than `retentionDays` days before `now`. */
export function expiredDailyIndices(
  indices: readonly string[],
  prefix: string,
  retentionDays: number,
  now: number,
): string[] {
  if (!Number.isInteger(retentionDays) || retentionDays < 1) {
    throw new RangeError(`retention days: expected a whole number of at least 1, got ${retentionDays}`);
  }
  const pattern = new RegExp(
    `^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d{4})\\.(\\d{2})\\.(\\d{2})$`,
  );
  const todayStart = Math.floor(now / DAY_MS) * DAY_MS;
  const oldestKept = todayStart - retentionDays * DAY_MS;
  return indices.filter((name) => {
    const m = pattern.exec(name);
    if (!m) return false;
    const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    return day < oldestKept;
  });
}

/**
 * What the retention job does today: indices to move to warm storage, indices to delete, and hot indices
 * whose replicas to drop (OpenSearch-optimized nodes, where S3 keeps an index durable without one).
 */
export interface RetentionPlan {
  readonly toWarm: string[];
  readonly toDelete: string[];
  readonly toUnreplicate: string[];
}

/** The daily log indices as the cluster reports them. */
export interface IndexTiers {
  /** Every index name matching the prefix, hot or warm. */
  readonly all: readonly string[];
  /** Those already on warm storage. */
  readonly warm: readonly string[];
  /** Those being migrated to warm right now (left alone until the next run). */
  readonly migrating: readonly string[];
  /** Those with at least one replica (asked for only when the policy has `replicaDays`). */
  readonly replicated?: readonly string[];
}

/** What retention keeps and where. */
export interface RetentionPolicy {
  readonly retentionDays: number;
  /** Days after which a hot index moves to warm storage; none without a warm tier. */
  readonly warmAfterDays?: number;
  /**
   * Days after which an index's replicas are dropped: it is no longer written (bar late lines) and S3 keeps
   * it durable. Only on OpenSearch-optimized nodes; none elsewhere, where the replica is the durability.
   */
  readonly replicaDays?: number;
}

/**
 * Hot → warm → delete by date: indices past `retentionDays` are deleted wherever they are; with
 * `warmAfterDays`, hot indices past that many days (and not yet due for deletion) move to warm; with
 * `replicaDays`, hot indices past that many days that still have a replica lose it. Without the last two
 * (no warm tier, e.g. locally) this is `expiredDailyIndices` alone.
 */
export function planRetention(
  tiers: IndexTiers,
  prefix: string,
  policy: RetentionPolicy,
  now: number,
): RetentionPlan {
  const toDelete = expiredDailyIndices(tiers.all, prefix, policy.retentionDays, now);
  const replicated = new Set(tiers.replicated ?? []);
  // Hot ones only: a warm index's replicas are UltraWarm's to manage, and a migrating one is in its hands.
  for (const name of [...toDelete, ...tiers.warm, ...tiers.migrating]) replicated.delete(name);
  const toUnreplicate =
    policy.replicaDays === undefined
      ? []
      : expiredDailyIndices(tiers.all, prefix, policy.replicaDays, now).filter((name) =>
          replicated.has(name),
        );
  if (policy.warmAfterDays === undefined) return { toWarm: [], toDelete, toUnreplicate };
  if (policy.warmAfterDays >= policy.retentionDays) {
    throw new RangeError(
      `warm after days: expected fewer than the ${policy.retentionDays} retention days, got ${policy.warmAfterDays}`,
    );
  }
  const leave = new Set([...toDelete, ...tiers.warm, ...tiers.migrating]);
  const toWarm = expiredDailyIndices(tiers.all, prefix, policy.warmAfterDays, now).filter(
    (name) => !leave.has(name),
  );
  return { toWarm, toDelete, toUnreplicate };
}
