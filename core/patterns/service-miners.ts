import { type MinedLine, type MinerFootprint, type MinerOptions, PatternMiner } from './miner.ts';

/** A template known from elsewhere (the registry), for a miner to learn. */
export interface KnownPattern {
  readonly template: string;
  readonly count: number;
  readonly absorbed: readonly string[];
}

/**
 * One miner per service, at most `maxServices` of them (the least recently touched one goes first),
 * so a flood of service names cannot grow memory without bound.
 */
export class ServiceMiners {
  readonly #miners = new Map<string, PatternMiner>();
  readonly #maxServices: number;
  readonly #options: MinerOptions;

  constructor(options: MinerOptions & { readonly maxServices?: number } = {}) {
    this.#maxServices = options.maxServices ?? 500;
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
    return miner.mine(message);
  }

  /** Every miner's footprint, summed. */
  footprint(): MinerFootprint & { readonly services: number } {
    let patterns = 0;
    let nodes = 0;
    let bytes = 0;
    for (const miner of this.#miners.values()) {
      const one = miner.footprint();
      patterns += one.patterns;
      nodes += one.nodes;
      bytes += one.bytes;
    }
    return { services: this.#miners.size, patterns, nodes, bytes };
  }

  #set(service: string, miner: PatternMiner): void {
    this.#miners.delete(service);
    this.#miners.set(service, miner);
    if (this.#miners.size > this.#maxServices) {
      const oldest = this.#miners.keys().next().value;
      if (oldest !== undefined) this.#miners.delete(oldest);
    }
  }
}

/** A template's tokens (the miner joins them with single spaces). */
export function templateTokens(template: string): string[] {
  return template === '' ? [] : template.split(' ');
}
