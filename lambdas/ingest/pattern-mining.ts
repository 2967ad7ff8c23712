/**
 * Pattern mining in the ingest path (a DocumentEnricher): gives every document its `pattern_id`
 * and `pattern`, and once the batch is written adds what it saw to the pattern registry and the
 * per-minute pattern counters. A service's miner learns the registry's patterns the first time an
 * instance meets the service, so a cold start knows what earlier runs learned.
 */
import { minuteOf } from '#core/alerting/evaluate.ts';
import type { LogDocument } from '#core/log-document.ts';
import { type MinedLine, sameKind } from '#core/patterns/miner.ts';
import {
  mergeSamples,
  type PatternEntry,
  type PatternSighting,
  PatternTally,
  patternCounterKey,
  SAMPLE_VALUES_PER_POSITION,
} from '#core/patterns/registry.ts';
import { ServiceMiners, templateTokens } from '#core/patterns/service-miners.ts';
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
    /** The registry's current patterns of services whose miner evicted some, read once a batch. */
    const registered = new Map<string, Promise<PatternEntry[]>>();
    return {
      enrich: async (documents) => {
        await this.#load(documents);
        for (const document of documents) {
          let mined = this.#miners.mine(document.service, document.message);
          if (mined.change === 'new' && this.#miners.hasEvicted(document.service))
            mined = await this.#knownKind(document.service, document.message, mined, registered);
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

  /**
   * A line the service's miner called new after it evicted patterns: when the registry holds a
   * pattern of the same kind (one the miner gave back), the miner takes that pattern back in place
   * of the one it just made and mines the line again, so an old kind keeps its id (and its drop
   * rules) and is never announced as new.
   */
  async #knownKind(
    service: string,
    message: string,
    mined: MinedLine,
    registered: Map<string, Promise<PatternEntry[]>>,
  ): Promise<MinedLine> {
    let current = registered.get(service);
    if (current === undefined) {
      current = this.#deps.registry.current(service);
      registered.set(service, current);
    }
    const known = (await current).find(
      (entry) => entry.id !== mined.id && sameKind(templateTokens(entry.template), mined.templateTokens),
    );
    if (known === undefined) return mined;
    this.#miners.relearn(service, mined.id, known);
    return this.#miners.mine(service, message);
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
