import { describe, expect, test } from 'vitest';
import type { Occurrence } from '#core/alerting/model.ts';
import { validateRule } from '#core/alerting/rules.ts';
import type { AlertStore, RuleCounterStore } from '#core/alerting/stores.ts';
import type { LogDocument } from '#core/log-document.ts';
import { RuleEvaluator } from '#lambdas/alerting/evaluate-rules.ts';
import { doc, T0 } from '../alerting/fixtures.ts';

/** A counter store that holds buckets in memory and counts the bucket reads made of it. */
function countingCounters() {
  const buckets = new Map<string, Map<number, number>>();
  const reads: string[] = [];
  const store: RuleCounterStore = {
    add: async (increments) => {
      for (const { key, minute, count } of increments) {
        const of = buckets.get(key) ?? new Map<number, number>();
        of.set(minute, (of.get(minute) ?? 0) + count);
        buckets.set(key, of);
      }
    },
    buckets: async (key, from, to) => {
      reads.push(key);
      return new Map([...(buckets.get(key) ?? [])].filter(([minute]) => minute >= from && minute <= to));
    },
    markSeen: async () => {},
    lastSeen: async () => new Map(),
    take: async () => true,
  };
  return { store, reads };
}

function spikeEvaluator(maxSpikeJudgements?: number) {
  const counters = countingCounters();
  const recorded: Occurrence[] = [];
  const warnings: Record<string, unknown>[] = [];
  const rule = validateRule({
    id: 'spikes',
    name: 'pattern spike',
    condition: { kind: 'pattern-spike', minCount: 5, baselineMinutes: 60, warmupMinutes: 1, deviations: 4 },
  });
  const evaluator = new RuleEvaluator({
    rules: { rules: async () => [rule] },
    alerts: {
      record: async (occurrences) => {
        recorded.push(...occurrences);
      },
    } as Pick<AlertStore, 'record'> as AlertStore,
    counters: counters.store,
    logger: { info: () => {}, warn: (_message, details = {}) => warnings.push(details), error: () => {} },
    ...(maxSpikeJudgements === undefined ? {} : { maxSpikeJudgements }),
  });
  const batch = async (documents: readonly LogDocument[], at = T0) => {
    const observation = await evaluator.begin(at);
    observation.see(documents);
    await observation.finish();
  };
  return { batch, reads: counters.reads, recorded, warnings };
}

const linesOf = (pattern: string, n: number) =>
  Array.from({ length: n }, () => doc({ pattern_id: pattern, pattern: `kind ${pattern}` }));

describe('RuleEvaluator pattern-spike reads', () => {
  test('500 patterns seen once each, minCount 5: no bucket is read', async () => {
    const { batch, reads } = spikeEvaluator();
    await batch(Array.from({ length: 500 }, (_, i) => linesOf(`p${i}`, 1)).flat());
    expect(reads).toEqual([]);
  });

  test("a pattern is judged once this minute's lines reach minCount over several batches", async () => {
    const { batch, reads } = spikeEvaluator();
    for (let i = 0; i < 4; i++) await batch(linesOf('slow', 1));
    expect(reads).toEqual([]);
    await batch(linesOf('slow', 1));
    expect(reads).toEqual(['PATTERN#slow']);
    // A new minute starts from nothing.
    await batch(linesOf('slow', 1), T0 + 60_000);
    expect(reads).toEqual(['PATTERN#slow']);
  });

  test('a batch judges the busiest patterns up to the cap, and says it capped', async () => {
    const { batch, reads, warnings } = spikeEvaluator(2);
    await batch([...linesOf('a', 5), ...linesOf('b', 9), ...linesOf('c', 7), ...linesOf('d', 1)]);
    expect(reads.sort()).toEqual(['PATTERN#b', 'PATTERN#c']);
    expect(warnings).toEqual([{ due: 3, judged: 2, minute: Math.floor(T0 / 60_000) }]);
  });
});
