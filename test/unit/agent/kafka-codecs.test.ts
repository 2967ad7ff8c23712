import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { zstdCompressSync, zstdDecompressSync } from 'node:zlib';
import { DynamicBuffer } from '@platformatic/dynamic-buffer';
import * as wasm from '@platformatic/wasm-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { asciiOnly } from '#agent/build.ts';
import * as codecs from '#agent/sink/kafka-codecs.ts';

describe('the Kafka client codecs of the agent bundle', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('compresses with zstd off the main thread, whole buffers and DynamicBuffers, past one output piece', async () => {
    const text = Buffer.from(Array.from({ length: 40_000 }, (_, i) => `line ${i} ${i % 97}\n`).join(''));
    const noise = randomBytes(600_000); // compresses to more than one 256 KiB output piece
    for (const input of [text, noise, Buffer.alloc(0), text.subarray(0, 5000)]) {
      expect(zstdDecompressSync(joined(await codecs.zstdCompressAsync(input))).equals(input)).toBe(true);
    }
    for (const at of [1000, 60_000]) {
      const parts = new DynamicBuffer([
        text.subarray(0, at),
        text.subarray(at, at + 10),
        text.subarray(at + 10),
      ]);
      expect(zstdDecompressSync(joined(await codecs.zstdCompressAsync(parts))).equals(text)).toBe(true);
    }
  });

  it('compresses heartbeats and small batches into one shared output buffer', async () => {
    // Each piece is a view of an output buffer, which the batch's request keeps alive: one-shot,
    // each heartbeat had a 256 KiB buffer of its own, and an idle agent's RSS grew by about 5 MB
    // between full GCs.
    const heartbeats = Array.from({ length: 3 }, (_, seq) =>
      Buffer.from(JSON.stringify({ v: 1, type: 'agent', nodeId: 'web-01', seq, inputs: [] })),
    );
    const outputs: ArrayBufferLike[] = [];
    for (const heartbeat of heartbeats) {
      const pieces = [await codecs.zstdCompressAsync(heartbeat)].flat();
      expect(zstdDecompressSync(Buffer.concat(pieces)).equals(heartbeat)).toBe(true);
      outputs.push(...pieces.map((piece) => piece.buffer));
    }
    expect(new Set(outputs).size).toBe(1);
    expect(outputs[0]?.byteLength).toBeLessThanOrEqual(64 * 1024);
  });

  it('compresses full batches with one reused stream: the same frames as one-shot zstd, in order, also when queued', async () => {
    const zstd = new codecs.ReusedZstd();
    const batches = Array.from({ length: 6 }, (_, b) =>
      Buffer.from(Array.from({ length: 9000 }, (_, i) => `batch ${b} line ${i} ${(i * b) % 89}\n`).join('')),
    );
    const split = (batch: Buffer) =>
      new DynamicBuffer([batch.subarray(0, 70_000), batch.subarray(70_000, 70_001), batch.subarray(70_001)]);
    const sequential: Buffer[] = [];
    for (const batch of batches.slice(0, 3)) sequential.push(joined(await zstd.compress(split(batch))));
    const queued = await Promise.all(batches.slice(3).map((batch) => zstd.compress(split(batch))));
    const frames = [...sequential, ...queued.map(joined)];
    expect(frames.map((frame, i) => frame.equals(zstdCompressSync(batches[i] as Buffer)))).toEqual(
      batches.map(() => true),
    );
    zstd.close();
  });

  it('allocates one input and one output buffer for many full batches, not fresh ones per batch', async () => {
    const zstd = new codecs.ReusedZstd();
    const batch = Buffer.from(Array.from({ length: 10_000 }, (_, i) => `line ${i}\n`).join(''));
    const batches = Array.from(
      { length: 8 },
      () => new DynamicBuffer([batch.subarray(0, 100), batch.subarray(100)]),
    );
    const allocations = [
      vi.spyOn(Buffer, 'allocUnsafe'),
      vi.spyOn(Buffer, 'allocUnsafeSlow'),
      vi.spyOn(Buffer, 'concat'),
    ];
    for (const pieces of batches) await zstd.compress(pieces);
    expect(allocations.map((spy) => spy.mock.calls.length)).toEqual([1, 1, 0]);
    zstd.close();
  });

  it('frees its zstd stream and input buffers once unused for a while, and opens a new one for the next batch', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const zstd = new codecs.ReusedZstd(5_000);
    const batch = new DynamicBuffer([Buffer.from('a'.repeat(70_000)), Buffer.from('b')]);
    await zstd.compress(batch);
    expect(zstd.open).toBe(true);
    vi.advanceTimersByTime(5_000);
    expect(zstd.open).toBe(false);
    expect(zstdDecompressSync(joined(await zstd.compress(batch))).equals(batch.buffer)).toBe(true);
    expect(zstd.open).toBe(true);
    zstd.close();
  });

  it('keeps its stream open past the idle time while a batch is still being compressed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const zstd = new codecs.ReusedZstd(5_000);
    const slow = randomBytes(8_000_000); // compresses in many output pieces, well after the timer fires
    const compressed = zstd.compress(new DynamicBuffer([slow.subarray(0, 10), slow.subarray(10)]));
    vi.advanceTimersByTime(5_000);
    expect(zstd.open).toBe(true);
    expect(joined(await compressed).equals(zstdCompressSync(slow))).toBe(true);
    vi.advanceTimersByTime(5_000);
    expect(zstd.open).toBe(false);
  });

  it('fails a batch whose stream is closed under it, and gives the next batch only its own frame', async () => {
    const zstd = new codecs.ReusedZstd();
    const slow = randomBytes(8_000_000);
    const cut = zstd.compress(new DynamicBuffer([slow.subarray(0, 10), slow.subarray(10)]));
    const outcome = cut.then(
      () => 'resolved',
      (error: Error) => error.message,
    );
    zstd.close();
    const next = Buffer.from('next batch '.repeat(7000));
    const after = zstd.compress(new DynamicBuffer([next.subarray(0, 3), next.subarray(3)]));
    expect(await outcome).toBe('zstd stream closed before the batch was compressed');
    expect(joined(await after).equals(zstdCompressSync(next))).toBe(true);
    zstd.close();
  });

  it('computes the CRC-32C of record batches exactly as the WebAssembly codec does', () => {
    expect(codecs.crc32c(Buffer.from('123456789'))).toBe(0xe3069283);
    for (const length of [0, 1, 7, 8, 9, 63, 64, 65, 1000, 100_003]) {
      const data = randomBytes(length);
      expect(codecs.crc32c(data)).toBe(wasm.crc32c(data));
    }
    const parts = new DynamicBuffer([Buffer.from('12345'), Buffer.from('6789')]);
    expect(codecs.crc32c(parts)).toBe(0xe3069283);
  });

  it('builds its CRC-32C tables at start-up without a loop hot enough for V8 to optimise', () => {
    // An optimising compile at start-up maps the compiler's code into the idle agent (TurboFan:
    // about 5 MB of RSS); the tables were the only start-up loop that woke it.
    const script = `await import('#agent/sink/kafka-codecs.ts');
      function hotLoop() { let s = 0; for (let i = 0; i < 1e6; i++) s += i; return s; }
      hotLoop();`;
    const trace = execFileSync(process.execPath, ['--trace-opt', '--input-type=module', '-e', script], {
      cwd: new URL('../../..', import.meta.url),
    }).toString();
    expect(trace).toContain('hotLoop'); // the trace shows what V8 optimises
    expect(trace).not.toContain('crc32cTables');
  });

  it('loads the lz4 and snappy codecs on first use, with the same output', () => {
    const data = Buffer.from('lz4 and snappy round trip '.repeat(100));
    expect(codecs.lz4Decompress(codecs.lz4Compress(data)).equals(data)).toBe(true);
    expect(codecs.snappyCompress(data).equals(wasm.snappyCompress(data))).toBe(true);
    expect(codecs.snappyDecompress(codecs.snappyCompress(data)).equals(data)).toBe(true);
  });
});

/** A codec's result as one buffer (the client's DynamicBuffer takes a buffer or its pieces). */
function joined(result: Buffer | readonly Buffer[]): Buffer {
  return Buffer.isBuffer(result) ? result : Buffer.concat(result);
}

describe('asciiOnly', () => {
  it('replaces non-ASCII characters in comments and refuses them anywhere else', () => {
    expect(asciiOnly('const a = 1;\n  // fenced \u2014 dead\n * caf\u00e9\nb();')).toBe(
      'const a = 1;\n  // fenced ? dead\n * caf?\nb();',
    );
    expect(() => asciiOnly('const s = "\u2014";')).toThrow(/non-ASCII outside a comment/);
  });
});
