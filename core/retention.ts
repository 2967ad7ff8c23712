/**
 * Retention without ISM: daily indices are named by the event day (`logs-YYYY.MM.DD`), so the
 * indices to delete follow from their names alone. Works the same on Amazon OpenSearch Service
 * and on the local engine, which has no ISM plugin.
 */
const DAY_MS = 86_400_000;

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
