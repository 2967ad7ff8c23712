import type { Source } from '#core/wire.ts';
import type { Line } from './lines.ts';

export interface ChunkLimits {
  readonly recordMaxBytes: number;
  readonly recordMaxLines: number;
}

/** A finished record value and the offset reading may resume from once Kafka acknowledged it. */
export interface BuiltChunk {
  readonly value: Buffer;
  readonly end: number;
  readonly lines: number;
}

/**
 * Builds `WireChunk` JSON for one source incrementally: each line is serialised once and the
 * record is closed before it would pass `recordMaxBytes` or `recordMaxLines`. The output is
 * byte-for-byte `encodeChunk({ v: 1, src, t, lines })`.
 */
export class ChunkBuilder {
  readonly #limits: ChunkLimits;
  #prefix = '';
  #parts: string[] = [];
  #bytes = 0;
  #end = 0;

  constructor(limits: ChunkLimits, source: Source) {
    this.#limits = limits;
    this.setSource(source);
  }

  /** Replaces the source metadata (e.g. a file's path after a rename) for lines added from now on. */
  setSource(source: Source): void {
    this.#prefix = `{"v":1,"src":${JSON.stringify(source)},"t":`;
  }

  get pendingLines(): number {
    return this.#parts.length;
  }

  /** Adds a line; returns a finished chunk when the line did not fit in the current one. */
  add(line: Line, now: number, out: BuiltChunk[]): void {
    const json =
      line.flags.length === 0
        ? `{"o":${line.offset},"m":${JSON.stringify(line.text)}}`
        : `{"o":${line.offset},"m":${JSON.stringify(line.text)},"f":${JSON.stringify(line.flags)}}`;
    const size = Buffer.byteLength(json) + 1;
    if (
      this.#parts.length > 0 &&
      (this.#bytes + size + this.#prefix.length + 32 > this.#limits.recordMaxBytes ||
        this.#parts.length >= this.#limits.recordMaxLines)
    ) {
      this.flush(now, out);
    }
    this.#parts.push(json);
    this.#bytes += size;
    this.#end = line.end;
  }

  flush(now: number, out: BuiltChunk[]): void {
    if (this.#parts.length === 0) return;
    const text = `${this.#prefix}${now},"lines":[${this.#parts.join(',')}]}`;
    out.push({ value: Buffer.from(text, 'utf8'), end: this.#end, lines: this.#parts.length });
    this.#parts = [];
    this.#bytes = 0;
  }
}
