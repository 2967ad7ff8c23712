/**
 * Pattern mining in the ingest path (a DocumentEnricher): gives every document its `pattern_id`
 * and `pattern`, and once the batch is written adds what it saw to the pattern registry and the
 * per-minute pattern counters. A service's miner learns the registry's patterns the first time an
 * instance meets the service, so a cold start knows what earlier runs learned.
 */
import { minuteOf } from '#core/alerting/evaluate.ts';
import type { LogDocument } from '#core/log-document.ts';
import {
  mergeSamples,
  type PatternSighting,
  PatternTally,
  patternCounterKey,
  SAMPLE_VALUES_PER_POSITION,
} from '#core/patterns/registry.ts';
import { ServiceMiners } from '#core/patterns/service-miners.ts';
import type { Logger } from '../logger.ts';
import type { BatchEnrichment, DocumentEnricher, PatternRegistry } from '../ports.ts';
import type { CounterSink } from './level-counters.ts';

export interface PatternMiningDependencies {
  readonly registry: PatternRegistry;
  readonly counters: CounterSink;
  readonly logger: Logger;
  /** @default one miner per service, 500 services at most */
  readonly miners?: ServiceMiners;
  /** How often the miners' footprint is logged, ms. @default 300000 */
  readonly footprintEveryMs?: number;
}

/** Patterns whose sample values this instance remembers (to write them only when they grew). */
const REMEMBERED_SAMPLES = 10_000;
/**
 * Batches in a row whose lines added no new value before a pattern's values count as settled and
 * its lines are no longer read for values (a position that only ever holds two values would
 * otherwise have a few lines of every batch read back for ever).
 */
const SETTLED_AFTER_BATCHES = 3;

export class PatternMining implements DocumentEnricher {
  readonly #deps: PatternMiningDependencies;
  readonly #miners: ServiceMiners;
  readonly #loading = new Map<string, Promise<void>>();
  readonly #samples = new Map<string, string[][]>();
  readonly #samplesComplete = new Set<string>();
  /** Batches in a row that sampled a pattern and found no new value. */
  readonly #samplesStale = new Map<string, number>();
  #footprintLoggedAt = 0;

  constructor(deps: PatternMiningDependencies) {
    this.#deps = deps;
    this.#miners = deps.miners ?? new ServiceMiners();
  }

  async begin(receivedAt: number): Promise<BatchEnrichment> {
    const tally = new PatternTally((id) => !this.#samplesComplete.has(id));
    const services = new Set<string>();
    return {
      enrich: async (documents) => {
        await this.#load(documents);
        for (const document of documents) {
          const mined = this.#miners.mine(document.service, document.message);
          document.pattern_id = mined.id;
          document.pattern = mined.template;
          tally.add(document.service, document.message, document.level, mined);
          services.add(document.service);
        }
      },
      finish: async () => {
        for (const service of services) this.#miners.touch(service);
        await this.#finish(tally.sightings(receivedAt), receivedAt);
      },
    };
  }

  /** Loads the registry's patterns for services this instance has no miner for. */
  async #load(documents: readonly LogDocument[]): Promise<void> {
    const waits: Promise<void>[] = [];
    for (const { service } of documents) {
      if (this.#miners.has(service)) continue;
      let loading = this.#loading.get(service);
      if (loading === undefined) {
        loading = this.#deps.registry
          .current(service)
          .then((known) => this.#miners.load(service, known))
          .finally(() => this.#loading.delete(service));
        this.#loading.set(service, loading);
      }
      waits.push(loading);
    }
    if (waits.length > 0) await Promise.all(waits);
  }

  async #finish(sightings: PatternSighting[], receivedAt: number): Promise<void> {
    if (sightings.length === 0) return;
    const minute = minuteOf(receivedAt);
    await Promise.all([
      this.#deps.registry.record(sightings.map((sighting) => this.#withNewSamples(sighting))),
      this.#deps.counters.add(
        sightings.map((s) => ({ key: patternCounterKey(s.id), minute, count: s.count })),
      ),
    ]);
    const every = this.#deps.footprintEveryMs ?? 300_000;
    if (receivedAt - this.#footprintLoggedAt >= every) {
      this.#footprintLoggedAt = receivedAt;
      this.#deps.logger.info('pattern miners', { ...this.#miners.footprint() });
    }
  }

  /** The sighting with the samples this instance knows, when they grew; else without samples. */
  #withNewSamples(sighting: PatternSighting): PatternSighting {
    const known = this.#samples.get(sighting.id) ?? [];
    const merged = mergeSamples(known, sighting.samples);
    const grew = merged.some((values, i) => values.length > (known[i]?.length ?? 0));
    if (!grew) {
      if (sighting.samples.length > 0) this.#noNewValues(sighting.id);
      return { ...sighting, samples: [] };
    }
    if (this.#samples.size >= REMEMBERED_SAMPLES) {
      this.#samples.clear();
      this.#samplesComplete.clear();
      this.#samplesStale.clear();
    }
    this.#samples.set(sighting.id, merged);
    this.#samplesStale.delete(sighting.id);
    if (merged.every((values) => values.length >= SAMPLE_VALUES_PER_POSITION))
      this.#samplesComplete.add(sighting.id);
    return { ...sighting, samples: merged };
  }

  #noNewValues(id: string): void {
    const stale = (this.#samplesStale.get(id) ?? 0) + 1;
    if (stale < SETTLED_AFTER_BATCHES) {
      if (this.#samplesStale.size < REMEMBERED_SAMPLES) this.#samplesStale.set(id, stale);
      return;
    }
    this.#samplesStale.delete(id);
    if (this.#samplesComplete.size >= REMEMBERED_SAMPLES) this.#samplesComplete.clear();
    this.#samplesComplete.add(id);
  }
}
