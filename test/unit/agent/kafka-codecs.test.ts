import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { zstdDecompressSync } from 'node:zlib';
import { DynamicBuffer } from '@platformatic/dynamic-buffer';
import * as wasm from '@platformatic/wasm-utils';
import { describe, expect, it } from 'vitest';
import { asciiOnly } from '#agent/build.ts';
import * as codecs from '#agent/sink/kafka-codecs.ts';

describe('the Kafka client codecs of the agent bundle', () => {
  it('compresses with zstd off the main thread, whole buffers and DynamicBuffers, past one output piece', async () => {
    const text = Buffer.from(Array.from({ length: 40_000 }, (_, i) => `line ${i} ${i % 97}\n`).join(''));
    const noise = randomBytes(600_000); // compresses to more than one 256 KiB output piece
    for (const input of [text, noise, Buffer.alloc(0)]) {
      expect(zstdDecompressSync(await codecs.zstdCompressAsync(input)).equals(input)).toBe(true);
    }
    const parts = new DynamicBuffer([text.subarray(0, 1000), text.subarray(1000)]);
    expect(zstdDecompressSync(await codecs.zstdCompressAsync(parts)).equals(text)).toBe(true);
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

describe('asciiOnly', () => {
  it('replaces non-ASCII characters in comments and refuses them anywhere else', () => {
    expect(asciiOnly('const a = 1;\n  // fenced \u2014 dead\n * caf\u00e9\nb();')).toBe(
      'const a = 1;\n  // fenced ? dead\n * caf?\nb();',
    );
    expect(() => asciiOnly('const s = "\u2014";')).toThrow(/non-ASCII outside a comment/);
  });
});
