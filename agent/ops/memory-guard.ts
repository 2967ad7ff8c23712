/**
 * Watches the process's RSS against `memory_limit_mb`'s soft limit. Reading RSS costs tens of
 * microseconds (it is read from /proc), so it is sampled at most once per `everyMs`.
 */
export class MemoryGuard {
  readonly #softLimitBytes: number;
  readonly #rss: () => number;
  readonly #now: () => number;
  readonly #everyMs: number;
  #sampledAt = Number.NEGATIVE_INFINITY;
  #rssBytes = 0;
  #over = false;
  /** Times the RSS was found over the soft limit after being under it. */
  pauses = 0;

  constructor(
    softLimitBytes: number,
    rss: () => number = () => process.memoryUsage.rss(),
    now: () => number = () => performance.now(),
    everyMs = 10,
  ) {
    this.#softLimitBytes = softLimitBytes;
    this.#rss = rss;
    this.#now = now;
    this.#everyMs = everyMs;
  }

  /** True while the RSS is over the soft limit. */
  over(): boolean {
    const now = this.#now();
    if (now - this.#sampledAt >= this.#everyMs) {
      this.#sampledAt = now;
      this.#rssBytes = this.#rss();
      const over = this.#rssBytes > this.#softLimitBytes;
      if (over && !this.#over) this.pauses++;
      this.#over = over;
    }
    return this.#over;
  }

  /** The RSS last sampled. */
  get rssBytes(): number {
    return this.#rssBytes;
  }
}
