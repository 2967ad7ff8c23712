import { type MinedLine, type MinerFootprint, type MinerOptions, PatternMiner } from './miner.ts';

/** A template known from elsewhere (the registry), for a miner to learn. */
export interface KnownPattern {
  readonly template: string;
  readonly count: number;
  readonly absorbed: readonly string[];
}

/** Options of `ServiceMiners`: each miner's, and the bounds over all of them. */
export interface ServiceMinersOptions extends MinerOptions {
  /** Services with a miner; past it the least recently used one goes. @default 500 */
  readonly maxServices?: number;
  /**
   * Estimated heap all miners together may hold (`PatternMiner#footprint`). Past it, the least
   * recently used services' miners go (they learn the registry again when their service returns);
   * a lone miner past it gives back its least recently seen patterns. @default 64 MiB
   */
  readonly maxBytes?: number;
}

export const DEFAULT_MINERS_MAX_BYTES = 64 * 1024 * 1024;

/**
 * One miner per service, bounded in number (`maxServices`) and, over all of them, in estimated
 * memory (`maxBytes`), least recently used first out, so neither a flood of service names nor a
 * flood of kinds of line can grow memory without bound.
 */
export class ServiceMiners {
  readonly #miners = new Map<string, PatternMiner>();
  readonly #maxServices: number;
  readonly #maxBytes: number;
  readonly #options: MinerOptions;
  #bytes = 0;

  constructor(options: ServiceMinersOptions = {}) {
    this.#maxServices = options.maxServices ?? 500;
    this.#maxBytes = options.maxBytes ?? DEFAULT_MINERS_MAX_BYTES;
    this.#options = options;
  }

  has(service: string): boolean {
    return this.#miners.has(service);
  }

  /** Starts the service's miner with what is known of it (replacing any miner it had). */
  load(service: string, known: readonly KnownPattern[]): void {
    const miner = new PatternMiner(service, this.#options);
    for (const pattern of known)
      miner.learn(templateTokens(pattern.template), pattern.count, pattern.absorbed);
    this.#set(service, miner);
    this.#bound(miner);
  }

  /**
   * True when the service's miner has given back patterns since it was loaded: a line it calls
   * new may then be of a kind the registry knows.
   */
  hasEvicted(service: string): boolean {
    return (this.#miners.get(service)?.evictions ?? 0) > 0;
  }

  /**
   * Replaces pattern `id` of the service's miner (just created for a line) with `known`, a
   * pattern of the same kind from the registry, so the service's next lines join the known one.
   */
  relearn(service: string, id: string, known: KnownPattern): void {
    const miner = this.#miners.get(service);
    if (miner === undefined) return;
    const before = miner.bytes;
    miner.forget(id);
    miner.learn(templateTokens(known.template), known.count, known.absorbed);
    this.#bytes += miner.bytes - before;
  }

  /** Marks the service's miner as used (it is then the last to be dropped). */
  touch(service: string): void {
    const miner = this.#miners.get(service);
    if (miner !== undefined) this.#set(service, miner);
  }

  mine(service: string, message: string): MinedLine {
    let miner = this.#miners.get(service);
    if (miner === undefined) {
      miner = new PatternMiner(service, this.#options);
      this.#set(service, miner);
    }
    const before = miner.bytes;
    const mined = miner.mine(message);
    this.#bytes += miner.bytes - before;
    if (this.#bytes > this.#maxBytes) this.#bound(miner);
    return mined;
  }

  /** Every miner's footprint, summed. */
  footprint(): MinerFootprint & { readonly services: number } {
    let patterns = 0;
    let nodes = 0;
    for (const miner of this.#miners.values()) {
      const one = miner.footprint();
      patterns += one.patterns;
      nodes += one.nodes;
    }
    return { services: this.#miners.size, patterns, nodes, bytes: this.#bytes };
  }

  /** Drops least recently used miners (never `current`) until within `maxBytes`; then shrinks `current`. */
  #bound(current: PatternMiner): void {
    for (const [service, miner] of this.#miners) {
      if (this.#bytes <= this.#maxBytes) return;
      if (miner !== current) this.#drop(service, miner);
    }
    if (this.#bytes <= this.#maxBytes) return;
    const before = current.bytes;
    current.shrinkTo(Math.max(0, before - (this.#bytes - this.#maxBytes)));
    this.#bytes += current.bytes - before;
  }

  #set(service: string, miner: PatternMiner): void {
    const known = this.#miners.get(service);
    if (known !== undefined) {
      this.#miners.delete(service);
      if (known !== miner) this.#bytes -= known.bytes;
    }
    this.#miners.set(service, miner);
    if (known !== miner) this.#bytes += miner.bytes;
    if (this.#miners.size > this.#maxServices) {
      const [oldest, dropped] = this.#miners.entries().next().value as [string, PatternMiner];
      this.#drop(oldest, dropped);
    }
  }

  #drop(service: string, miner: PatternMiner): void {
    this.#miners.delete(service);
    this.#bytes -= miner.bytes;
  }
}

/** A template's tokens (the miner joins them with single spaces). */
export function templateTokens(template: string): string[] {
  return template === '' ? [] : template.split(' ');
}
