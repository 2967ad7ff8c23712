/** Per-minute event counts by service and level, kept in the counters table for cheap summaries. */
import type { LogDocument } from './log-document.ts';

/** Level recorded for events whose line states none. */
export const NO_LEVEL = 'NONE';

export interface CounterIncrement {
  readonly key: string;
  readonly minute: number;
  readonly count: number;
}

/** Counter key of one service and level: `LEVEL#<service>#<level>`. */
export function levelCounterKey(service: string, level: string): string {
  return `LEVEL#${service.slice(0, 256)}#${level}`;
}

/** One increment per service and level seen in `documents`, in the minute they were received. */
export function levelIncrements(documents: readonly LogDocument[], receivedAt: number): CounterIncrement[] {
  const minute = Math.floor(receivedAt / 60_000);
  const counts = new Map<string, number>();
  for (const document of documents) {
    const key = levelCounterKey(document.service, document.level ?? NO_LEVEL);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => ({ key, minute, count }));
}
