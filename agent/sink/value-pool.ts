/**
 * Reusable memory for record values. A value lives from its chunk's close until Kafka acknowledges
 * it, long enough for V8 to promote it to the old generation; a fresh allocation per record then
 * leaves a dead buffer behind every acknowledged record that only a full GC frees, and V8 waits
 * for about 64 MB of such external memory before running one. Values big enough to matter are
 * therefore cut from fixed-size slabs that go back to the pool once their record is acknowledged.
 */
export class ValuePool {
  readonly #slabBytes: number;
  readonly #maxSlabs: number;
  readonly #free: ArrayBuffer[] = [];
  /** Slabs handed out and not yet given back. */
  readonly #lent = new Set<ArrayBuffer>();
  #created = 0;

  /** At most `maxSlabs` slabs of `slabBytes` each; beyond that, values are allocated as before. */
  constructor(slabBytes: number, maxSlabs: number) {
    this.#slabBytes = slabBytes;
    this.#maxSlabs = maxSlabs;
  }

  /** Bytes the pool holds (lent or free). */
  get bytes(): number {
    return this.#created * this.#slabBytes;
  }

  /** A buffer of exactly `length` bytes, cut from a slab when it fills at least a quarter of one. */
  take(length: number): Buffer {
    if (length > this.#slabBytes || length * 4 < this.#slabBytes) return Buffer.allocUnsafeSlow(length);
    let slab = this.#free.pop();
    if (!slab) {
      if (this.#created >= this.#maxSlabs) return Buffer.allocUnsafeSlow(length);
      slab = new ArrayBuffer(this.#slabBytes);
      this.#created++;
    }
    this.#lent.add(slab);
    return Buffer.from(slab, 0, length);
  }

  /**
   * Takes back the slab under `value`; other buffers are ignored. Call once nothing reads `value`
   * any more: the producer copies values into its request, so after Kafka's acknowledgement.
   */
  give(value: Buffer): void {
    const slab = value.buffer as ArrayBuffer;
    if (this.#lent.delete(slab)) this.#free.push(slab);
  }
}
