import { describe, expect, test } from 'vitest';
import type { PatternSighting } from '#core/patterns/registry.ts';
import { PatternMining } from '#lambdas/ingest/pattern-mining.ts';
import { jsonLogger } from '#lambdas/logger.ts';
import { doc } from '../alerting/fixtures.ts';

/** Batches of `request took <ms> ms` lines through one PatternMining; each returns the sample values it wrote. */
function batches() {
  const recorded: PatternSighting[][] = [];
  const mining = new PatternMining({
    registry: {
      record: async (sightings) => {
        recorded.push([...sightings]);
        return { created: [] };
      },
      current: async () => [],
      get: async () => undefined,
      list: async () => [],
      addDropped: async () => {},
    },
    counters: { add: async () => {} },
    logger: jsonLogger({}, () => {}),
  });
  const batch = async (...took: number[]) => {
    const enrichment = await mining.begin(Date.now());
    await enrichment.enrich(took.map((ms) => doc({ service: 'api', message: `request took ${ms} ms` })));
    await enrichment.finish();
    return recorded.at(-1)?.[0]?.samples;
  };
  return batch;
}

describe('PatternMining sample values', () => {
  test('a pattern whose lines brought no new value for three batches is no longer read for values', async () => {
    const batch = batches();
    expect(await batch(5, 7)).toEqual([['5', '7']]);
    // Only values already known: nothing to write, three times in a row.
    for (let i = 0; i < 3; i++) expect(await batch(7, 5)).toEqual([]);
    // Settled: a new value is no longer looked for (the registry keeps the first values it saw).
    expect(await batch(9)).toEqual([]);
  });

  test('while values keep coming, they are read and written', async () => {
    const batch = batches();
    expect(await batch(5)).toEqual([['5']]);
    expect(await batch(5)).toEqual([]);
    expect(await batch(5)).toEqual([]);
    expect(await batch(6)).toEqual([['5', '6']]);
  });
});
