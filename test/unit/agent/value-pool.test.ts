import { describe, expect, it } from 'vitest';
import { ValuePool } from '#agent/sink/value-pool.ts';

describe('ValuePool', () => {
  it('reuses a slab only after it was given back', () => {
    const pool = new ValuePool(1024, 2);
    const a = pool.take(1000);
    const b = pool.take(600);
    expect(a.length).toBe(1000);
    expect(b.length).toBe(600);
    expect(b.buffer).not.toBe(a.buffer);
    // Both slabs lent: the next value is allocated on its own, and giving it back is ignored.
    const c = pool.take(800);
    expect([a.buffer, b.buffer]).not.toContain(c.buffer);
    pool.give(c);
    pool.give(a);
    expect(pool.take(900).buffer).toBe(a.buffer);
    expect(pool.bytes).toBe(2048);
  });

  it('leaves values too small or too big for a slab out of it', () => {
    const pool = new ValuePool(1024, 4);
    for (const length of [100, 255, 1025]) {
      const v = pool.take(length);
      expect(v.length).toBe(length);
      expect(v.buffer.byteLength).not.toBe(1024);
    }
    expect(pool.bytes).toBe(0);
  });

  it('does not hand a slab out twice when a value is given back twice', () => {
    const pool = new ValuePool(1024, 4);
    const a = pool.take(1000);
    pool.give(a);
    pool.give(a);
    expect(pool.take(1000).buffer).toBe(a.buffer);
    expect(pool.take(1000).buffer).not.toBe(a.buffer);
  });
});
