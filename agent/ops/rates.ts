/** Per-key rates from cumulative counters, sampled about once a second over a sliding window. */
export class RateMeter {
  readonly #windowMs: number;
  readonly #samples: { at: number; values: Map<string, number> }[] = [];

  constructor(windowMs = 10_000) {
    this.#windowMs = windowMs;
  }

  sample(now: number, values: Map<string, number>): void {
    this.#samples.push({ at: now, values });
    while (this.#samples.length > 2 && now - (this.#samples[1] as { at: number }).at >= this.#windowMs) {
      this.#samples.shift();
    }
  }

  /** Units per second for `key` between the oldest sample in the window and `current`. */
  rate(key: string, now: number, current: number): number {
    const oldest = this.#samples[0];
    if (!oldest || now <= oldest.at) return 0;
    const before = oldest.values.get(key) ?? 0;
    return Math.max(0, ((current - before) * 1000) / (now - oldest.at));
  }
}
