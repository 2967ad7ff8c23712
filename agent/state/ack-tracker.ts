/**
 * Tracks the resume offset of one source: records are registered in the order they were read
 * and may be acknowledged in any order; the resume offset only advances over a contiguous
 * prefix of acknowledged records, so a checkpoint never skips a line Kafka has not confirmed.
 */
export class AckTracker {
  #acked: number;
  readonly #inflight: { end: number; done: boolean }[] = [];
  #head = 0;

  constructor(startOffset: number) {
    this.#acked = startOffset;
  }

  /** Offset up to which every line was acknowledged: where reading resumes after a crash. */
  get acked(): number {
    return this.#acked;
  }

  /** Records awaiting acknowledgement. */
  get inflight(): number {
    return this.#inflight.length - this.#head;
  }

  /** Registers the next record (covering bytes up to `end`); returns the token to acknowledge it with. */
  register(end: number): { end: number; done: boolean } {
    const token = { end, done: false };
    this.#inflight.push(token);
    return token;
  }

  ack(token: { end: number; done: boolean }): void {
    token.done = true;
    while (this.#head < this.#inflight.length && (this.#inflight[this.#head] as { done: boolean }).done) {
      this.#acked = Math.max(this.#acked, (this.#inflight[this.#head] as { end: number }).end);
      this.#head++;
    }
    if (this.#head > 1024 && this.#head * 2 > this.#inflight.length) {
      this.#inflight.splice(0, this.#head);
      this.#head = 0;
    }
  }

  /** Moves the resume offset when nothing is in flight (e.g. skipped bytes at start). */
  advanceIdle(offset: number): void {
    if (this.inflight === 0 && offset > this.#acked) this.#acked = offset;
  }
}
