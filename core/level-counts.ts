/** Per-minute event counts by service and level, kept in the counters table for cheap summaries. */
import type { LogDocument } from './log-document.ts';
import { boundedKeyPart } from './tables.ts';

/** Level recorded for events whose line states none. */
export const NO_LEVEL = 'NONE';

export interface CounterIncrement {
  readonly key: string;
  readonly minute: number;
  readonly count: number;
}

/** Counter key of one service and level: `LEVEL#<service>#<level>`. */
export function levelCounterKey(service: string, level: string): string {
  return `LEVEL#${boundedKeyPart(service)}#${level}`;
}

/** Counts documents per service and level, group by group, for one increment per pair and batch. */
export class LevelTally {
  readonly #counts = new Map<string, number>();

  add(documents: readonly Pick<LogDocument, 'service' | 'level'>[]): void {
    for (const document of documents) {
      const key = levelCounterKey(document.service, document.level ?? NO_LEVEL);
      this.#counts.set(key, (this.#counts.get(key) ?? 0) + 1);
    }
  }

  /** The increments so far, all in the minute the batch was received. */
  increments(receivedAt: number): CounterIncrement[] {
    const minute = Math.floor(receivedAt / 60_000);
    return [...this.#counts].map(([key, count]) => ({ key, minute, count }));
  }
}
