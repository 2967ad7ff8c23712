import type { Readable } from 'node:stream';
import type { Spool } from './spool.ts';

/** Bytes read from stdin and not yet in the spool before the stream is paused. */
const HIGH_WATER_BYTES = 1024 * 1024;
/** Wait after a failed spool write before writing again. */
const RETRY_AFTER_MS = 1000;

/**
 * Copies a byte stream (the agent's stdin) into a spool, whole lines at a time, one append in
 * flight; what arrives meanwhile is appended next, together. The stream is paused while the spool
 * is full, while too much waits, and after a failed write, which is retried (in order) until it
 * succeeds: a slow Kafka or a full disk slows the producer instead of losing lines.
 */
export class StdinInput {
  readonly #stream: Readable;
  readonly #spool: Spool;
  readonly #maxCarry: number;
  readonly #log: (line: string) => void;
  #carry: Buffer = Buffer.alloc(0);
  /** Complete lines waiting for the spool, oldest first. */
  #waiting: Buffer[] = [];
  #waitingBytes = 0;
  #inFlight: Promise<void> | undefined;
  #failedAt: number | undefined;
  #ended = false;
  #closed = false;
  /** Spool writes that failed (each retried). */
  errors = 0;

  constructor(stream: Readable, spool: Spool, maxLineBytes: number, log: (line: string) => void = () => {}) {
    this.#stream = stream;
    this.#spool = spool;
    this.#maxCarry = maxLineBytes * 2;
    this.#log = log;
    stream.on('data', (data: Buffer) => this.#onData(data));
    stream.on('end', () => {
      this.#ended = true;
      if (this.#carry.length > 0) this.#queue(Buffer.concat([this.#carry, Buffer.from('\n')]));
      this.#carry = Buffer.alloc(0);
    });
    stream.on('error', (error) => this.#log(`stdin: ${error.message}`));
  }

  get ended(): boolean {
    return this.#ended;
  }

  /** Bytes read and not yet in the spool. */
  get waitingBytes(): number {
    return this.#waitingBytes;
  }

  /** Called by the agent loop: writes what waits, and resumes the stream once there is room again. */
  tick(now = Date.now()): void {
    this.#pump(now);
    if (
      this.#stream.isPaused() &&
      !this.#ended &&
      !this.#closed &&
      !this.#spool.full &&
      this.#failedAt === undefined &&
      this.#waitingBytes < HIGH_WATER_BYTES
    )
      this.#stream.resume();
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
    this.#queue(Buffer.from(all.subarray(0, end)));
  }

  #queue(data: Buffer): void {
    this.#waiting.push(data);
    this.#waitingBytes += data.length;
    if (this.#waitingBytes >= HIGH_WATER_BYTES || this.#spool.full) this.#stream.pause();
    this.#pump(Date.now());
  }

  #pump(now: number): void {
    if (this.#inFlight || this.#waiting.length === 0 || this.#spool.full) return;
    if (this.#failedAt !== undefined && now - this.#failedAt < RETRY_AFTER_MS) return;
    const data = this.#waiting.length === 1 ? (this.#waiting[0] as Buffer) : Buffer.concat(this.#waiting);
    this.#waiting = [data];
    this.#inFlight = this.#spool.append(data).then(
      () => {
        this.#waiting.shift();
        this.#waitingBytes -= data.length;
        this.#failedAt = undefined;
        this.#inFlight = undefined;
        this.tick();
      },
      (error: unknown) => {
        // Kept at the head of the queue and written again: never dropped, never reordered.
        this.errors++;
        this.#failedAt = Date.now();
        this.#inFlight = undefined;
        this.#stream.pause();
        this.#log(`stdin: spool write failed, pausing input and retrying: ${(error as Error).message}`);
      },
    );
  }

  /** Stops reading and writes what was read (one last attempt; stdin cannot be read again). */
  async close(): Promise<void> {
    this.#closed = true;
    this.#stream.pause();
    await this.#inFlight;
    if (this.#waiting.length === 0) return;
    try {
      await this.#spool.append(Buffer.concat(this.#waiting));
    } catch (error) {
      this.#log(
        `stdin: ${this.#waitingBytes} bytes read but not spooled at stop: ${(error as Error).message}`,
      );
    }
    this.#waiting = [];
    this.#waitingBytes = 0;
  }
}
