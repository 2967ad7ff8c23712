/**
 * Stands in for @platformatic/wasm-utils inside the agent bundle (see agent/build.ts). The Kafka
 * client imports it for CRC-32C, which every record batch needs, and for the lz4 and snappy
 * codecs. Compiling its WebAssembly at start-up cost about 7 MB of RSS even with zstd or gzip,
 * so CRC-32C is computed here and the codecs are loaded on first use. It also lends the client an
 * asynchronous zstd (see `zstdCompressAsync`).
 */
import { createRequire } from 'node:module';
import { zstdCompress } from 'node:zlib';

type Codec = (data: Buffer) => Buffer;
interface WasmCodecs {
  readonly lz4Compress: Codec;
  readonly lz4Decompress: Codec;
  readonly snappyCompress: Codec;
  readonly snappyDecompress: Codec;
}

let wasm: WasmCodecs | undefined;
const codecs = (): WasmCodecs => {
  // A literal require(), so that esbuild puts the module into the bundle, initialised on this call.
  wasm ??= (
    typeof require === 'function'
      ? require('@platformatic/wasm-utils/bundled')
      : createRequire(import.meta.url)('@platformatic/wasm-utils/bundled')
  ) as WasmCodecs;
  return wasm;
};

export const lz4Compress: Codec = (data) => codecs().lz4Compress(data);
export const lz4Decompress: Codec = (data) => codecs().lz4Decompress(data);
export const snappyCompress: Codec = (data) => codecs().snappyCompress(data);
export const snappyDecompress: Codec = (data) => codecs().snappyDecompress(data);

/**
 * zstd on libuv's thread pool, for the client's asynchronous request path (agent/build.ts points
 * it there): the client otherwise compresses each record batch with `zstdCompressSync` on the main
 * thread, about a fifth of the agent's CPU there. Same codec and level (the default, 3); the
 * client still builds, checksums and queues the request in order once the promise resolves.
 */
export function zstdCompressAsync(data: Uint8Array | { readonly buffer: Uint8Array }): Promise<Buffer> {
  const input = data instanceof Uint8Array ? data : data.buffer;
  return new Promise((resolve, reject) => {
    zstdCompress(input, { chunkSize: ZSTD_CHUNK_BYTES }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

/**
 * Output is collected in pieces of this size, each a callback on the main thread: a 1 MB batch of
 * logs compresses to about 140 KB, one piece instead of nine of the default 16 KiB.
 */
const ZSTD_CHUNK_BYTES = 256 * 1024;

/**
 * CRC-32C (Castagnoli), slicing by 8: eight table lookups per 8 bytes. The tables are built with
 * few, short loops (CRC is linear: a byte's entry is the XOR of its bits' entries), so that building
 * them at start-up never gets hot enough for V8 to optimise the loop on the stack: the nested
 * loops it replaces did, in about half of the starts, with TurboFan, which mapped about 5 MB more
 * of the node binary into the idle agent (bench/agent-memory.ts, idle: 75 or 80 MB).
 */
const TABLES = crc32cTables();

function crc32cTables(): Int32Array {
  const t = new Int32Array(8 * 256);
  for (let bit = 1, c = 0x82f63b78; bit < 256; bit <<= 1) {
    t[128 / bit] = c;
    c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
  }
  for (let n = 1; n < 256; n++) t[n] = (t[n & -n] as number) ^ (t[n & (n - 1)] as number);
  for (let n = 256; n < t.length; n++) {
    const c = t[n - 256] as number;
    t[n] = (t[c & 0xff] as number) ^ (c >>> 8);
  }
  return t;
}

export function crc32c(data: Uint8Array | { readonly buffer: Uint8Array }): number {
  const b = data instanceof Uint8Array ? data : data.buffer;
  const t = TABLES;
  let crc = -1;
  let i = 0;
  const end8 = b.length - (b.length % 8);
  for (; i < end8; i += 8) {
    const lo =
      crc ^
      ((b[i] as number) |
        ((b[i + 1] as number) << 8) |
        ((b[i + 2] as number) << 16) |
        ((b[i + 3] as number) << 24));
    crc =
      (t[1792 + (lo & 0xff)] as number) ^
      (t[1536 + ((lo >>> 8) & 0xff)] as number) ^
      (t[1280 + ((lo >>> 16) & 0xff)] as number) ^
      (t[1024 + (lo >>> 24)] as number) ^
      (t[768 + (b[i + 4] as number)] as number) ^
      (t[512 + (b[i + 5] as number)] as number) ^
      (t[256 + (b[i + 6] as number)] as number) ^
      (t[b[i + 7] as number] as number);
  }
  for (; i < b.length; i++) crc = (t[(crc ^ (b[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
