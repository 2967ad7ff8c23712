import { describe, expect, it } from 'vitest';
import { type BuiltChunk, ChunkBuilder } from '#agent/pipeline/chunker.ts';
import type { Line } from '#agent/pipeline/lines.ts';
import { encodeChunk, type Source } from '#core/wire.ts';

const source: Source = { host: 'h', id: 'abc', kind: 'file', path: '/var/log/a.log', service: 's', tags: {} };

describe('ChunkBuilder', () => {
  it('builds exactly encodeChunk output, closing records at the byte and line limits', () => {
    const texts = ['plain', 'quote " back \\ tab \t nul \u0000', 'ünïcödé ✓ 😀', '', 'x'.repeat(5000)];
    const lines: Line[] = [];
    let offset = 0;
    for (let i = 0; i < 400; i++) {
      const text = texts[i % texts.length] as string;
      const flags: Line['flags'] = i % 7 === 0 ? ['truncated'] : [];
      const end = offset + Buffer.byteLength(text) + 1;
      lines.push({ offset, end, text, flags });
      offset = end;
    }
    const b = new ChunkBuilder({ recordMaxBytes: 32 * 1024, recordMaxLines: 50 }, source);
    const out: BuiltChunk[] = [];
    for (const l of lines) b.add(l, 1234, out);
    b.flush(1234, out);
    expect(out.length).toBeGreaterThan(8);
    let next = 0;
    for (const chunk of out) {
      expect(chunk.value.length).toBeLessThanOrEqual(32 * 1024);
      expect(chunk.lines).toBeLessThanOrEqual(50);
      const expected = lines.slice(next, next + chunk.lines).map((l) => ({
        o: l.offset,
        m: l.text,
        ...(l.flags.length > 0 ? { f: l.flags } : {}),
      }));
      expect(chunk.value.equals(encodeChunk({ v: 1, src: source, t: 1234, lines: expected }))).toBe(true);
      next += chunk.lines;
      expect(chunk.end).toBe(lines[next - 1]?.end);
    }
    expect(next).toBe(lines.length);
    expect(b.pendingLines).toBe(0);
  });

  it('cuts a line longer than a record to fit one, flags it truncated, and keeps surrogate pairs whole', () => {
    const events = ['x'.repeat(10_000), '\u0001'.repeat(3_000), '😀'.repeat(3_000), 'y'.repeat(3_000)];
    const b = new ChunkBuilder({ recordMaxBytes: 4096, recordMaxLines: 1000 }, source);
    const out: BuiltChunk[] = [];
    let offset = 0;
    for (const text of events) {
      b.add({ offset, end: offset + 1, text, flags: [] }, 7, out);
      offset++;
    }
    b.flush(7, out);
    const lines = out.flatMap((c) => {
      expect(c.value.length).toBeLessThanOrEqual(4096);
      return (JSON.parse(c.value.toString('utf8')) as { lines: { m: string; f?: string[] }[] }).lines;
    });
    expect(lines).toHaveLength(4);
    for (const [i, line] of lines.slice(0, 3).entries()) {
      expect(line.f).toEqual(['truncated']);
      expect((events[i] as string).startsWith(line.m)).toBe(true);
      expect(line.m.length).toBeGreaterThan(500);
      expect(line.m).not.toMatch(/[\ud800-\udbff]$/);
    }
    // A line that fits a record is left whole, even after a long one.
    expect(lines[3]).toEqual({ o: 3, m: events[3] });
  });

  it('keeps as much of a cut line as fits, however its escapes are spread', () => {
    const text = `${'x'.repeat(3900)}${'\u001b'.repeat(100_000)}`;
    const b = new ChunkBuilder({ recordMaxBytes: 4096, recordMaxLines: 1000 }, source);
    const out: BuiltChunk[] = [];
    b.add({ offset: 0, end: 1, text, flags: [] }, 7, out);
    b.flush(7, out);
    const [chunk] = out as [BuiltChunk];
    const m = (JSON.parse(chunk.value.toString('utf8')) as { lines: { m: string }[] }).lines[0]?.m ?? '';
    expect(chunk.value.length).toBeLessThanOrEqual(4096);
    // Within the room kept for the record's own fields (128 bytes) and one escape of it.
    expect(4096 - chunk.value.length).toBeLessThan(128 + 6);
    expect(m.length).toBeGreaterThan(3800);
  });

  it('counts a source with multi-byte characters in bytes against the record limit', () => {
    const wide: Source = { ...source, path: `/var/log/${'日志'.repeat(30)}.log`, tags: { team: 'équipe' } };
    const b = new ChunkBuilder({ recordMaxBytes: 4096, recordMaxLines: 1000 }, wide);
    const out: BuiltChunk[] = [];
    for (let i = 0; i < 200; i++)
      b.add({ offset: i * 40, end: (i + 1) * 40, text: 'z'.repeat(39), flags: [] }, 7, out);
    b.add({ offset: 8000, end: 20_000, text: 'q'.repeat(12_000), flags: [] }, 7, out);
    b.flush(7, out);
    expect(out.length).toBeGreaterThan(2);
    for (const chunk of out) expect(chunk.value.length).toBeLessThanOrEqual(4096);
  });

  it('writes every offset as its decimal digits, up to the largest safe integer', () => {
    const offsets = [0, 1, 9, 10, 99, 100, 101, 999_999, 1_000_000, 123_456_789_012, 2 ** 53 - 1];
    const b = new ChunkBuilder({ recordMaxBytes: 64 * 1024, recordMaxLines: 1000 }, source);
    const out: BuiltChunk[] = [];
    for (const o of offsets) b.add({ offset: o, end: o + 1, text: `at ${o}`, flags: [] }, 5, out);
    b.flush(5, out);
    const expected = offsets.map((o) => ({ o, m: `at ${o}` }));
    expect(out).toHaveLength(1);
    expect(
      (out[0] as BuiltChunk).value.equals(encodeChunk({ v: 1, src: source, t: 5, lines: expected })),
    ).toBe(true);
  });

  it('takes each record value from the allocator it was given, at its exact length', () => {
    const slab = new ArrayBuffer(64 * 1024);
    const asked: number[] = [];
    const b = new ChunkBuilder({ recordMaxBytes: 4096, recordMaxLines: 1000 }, source, (length) => {
      asked.push(length);
      return Buffer.from(slab, 0, length);
    });
    const out: BuiltChunk[] = [];
    const lines = Array.from({ length: 200 }, (_, i) => ({
      offset: i * 40,
      end: i * 40 + 40,
      text: `line ${i} ${'x'.repeat(30)}`,
      flags: [],
    }));
    for (const l of lines) b.add(l, 7, out);
    b.flush(7, out);
    expect(asked).toEqual(out.map((c) => c.value.length));
    const last = out[out.length - 1] as BuiltChunk;
    const expected = lines.slice(200 - last.lines).map((l) => ({ o: l.offset, m: l.text }));
    expect(last.value.buffer).toBe(slab);
    expect(last.value.equals(encodeChunk({ v: 1, src: source, t: 7, lines: expected }))).toBe(true);
  });
});
