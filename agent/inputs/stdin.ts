import type { Readable } from 'node:stream';
import type { Spool } from './spool.ts';

/**
 * Copies a byte stream (the agent's stdin) into a spool, whole lines at a time. The stream is
 * paused while the spool is full, so a slow Kafka slows the producer instead of losing lines.
 */
export class StdinInput {
  readonly #stream: Readable;
  readonly #spool: Spool;
  readonly #maxCarry: number;
  #carry: Buffer = Buffer.alloc(0);
  #pending: Promise<void> = Promise.resolve();
  #ended = false;

  constructor(stream: Readable, spool: Spool, maxLineBytes: number) {
    this.#stream = stream;
    this.#spool = spool;
    this.#maxCarry = maxLineBytes * 2;
    stream.on('data', (data: Buffer) => this.#onData(data));
    stream.on('end', () => {
      this.#ended = true;
      if (this.#carry.length > 0) this.#write(Buffer.concat([this.#carry, Buffer.from('\n')]));
      this.#carry = Buffer.alloc(0);
    });
  }

  get ended(): boolean {
    return this.#ended;
  }

  /** Called by the agent loop: resumes the stream once the spool has room again. */
  tick(): void {
    if (this.#stream.isPaused() && !this.#spool.full && !this.#ended) this.#stream.resume();
  }

  #onData(data: Buffer): void {
    const all = this.#carry.length > 0 ? Buffer.concat([this.#carry, data]) : data;
    const cut = all.lastIndexOf(10);
    if (cut === -1 && all.length < this.#maxCarry) {
      this.#carry = Buffer.from(all);
      return;
    }
    // A line longer than twice the limit is written in pieces; the reader truncates it anyway.
    const end = cut === -1 ? all.length : cut + 1;
    this.#carry = Buffer.from(all.subarray(end));
    this.#write(Buffer.from(all.subarray(0, end)));
  }

  #write(data: Buffer): void {
    this.#stream.pause();
    this.#pending = this.#pending
      .then(() => this.#spool.append(data))
      .then(() => this.tick())
      .catch(() => undefined);
  }

  async close(): Promise<void> {
    this.#stream.pause();
    await this.#pending;
  }
}
