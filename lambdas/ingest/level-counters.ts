import { LevelTally } from '#core/level-counts.ts';
import type { BatchObservation, EventObserver } from '../ports.ts';

/** The part of the counter store this observer needs. */
export interface CounterSink {
  add(
    increments: readonly { readonly key: string; readonly minute: number; readonly count: number }[],
  ): Promise<void>;
}

/** Counts every indexed batch per minute, service and level (one update per pair, not per line). */
export class LevelCounters implements EventObserver {
  readonly #counters: CounterSink;

  constructor(counters: CounterSink) {
    this.#counters = counters;
  }

  async begin(receivedAt: number): Promise<BatchObservation> {
    const tally = new LevelTally();
    return {
      see: (documents) => tally.add(documents),
      finish: async () => {
        const increments = tally.increments(receivedAt);
        if (increments.length > 0) await this.#counters.add(increments);
      },
    };
  }
}
