/**
 * Stands in for @platformatic/wasm-utils inside the agent bundle (see agent/build.ts). The Kafka
 * client imports it for CRC-32C, which every record batch needs, and for the lz4 and snappy
 * codecs. Compiling its WebAssembly at start-up cost about 7 MB of RSS even with zstd or gzip,
 * so CRC-32C is computed here and the codecs are loaded on first use. It also lends the client an
 * asynchronous zstd (see `zstdCompressAsync`).
 */
import { createRequire } from 'node:module';
import { createZstdCompress, type ZstdCompress, constants as zlibConstants } from 'node:zlib';

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

/** What the client hands a codec: a buffer, or its DynamicBuffer of pieces. */
type CodecInput = Uint8Array | { readonly buffers: readonly Uint8Array[]; readonly length: number };

/**
 * zstd on libuv's thread pool, for the client's asynchronous request path (agent/build.ts points
 * it there): the client otherwise compresses each record batch with `zstdCompressSync` on the main
 * thread, about a fifth of the agent's CPU there. Same codec and level (the default, 3); the
 * client still builds, checksums and queues the request in order once the promise resolves.
 * Every batch goes through a long-lived compressor (`ReusedZstd`): full batches through one,
 * heartbeats and a quiet source's small batches through another that stays open between them.
 * The result is one buffer or its pieces in order, as the client's DynamicBuffer takes either.
 */
export function zstdCompressAsync(data: CodecInput): Promise<Buffer | readonly Buffer[]> {
  return (data.length >= FULL_BATCH_MIN_BYTES ? fullBatches : smallBatches).compress(data);
}

/**
 * Output is collected in pieces of this size, each a callback on the main thread: a 1 MB batch of
 * logs compresses to about 140 KB, one piece instead of nine of the default 16 KiB.
 */
const FULL_BATCH_CHUNK_BYTES = 256 * 1024;
/** Batches this big or bigger go through `fullBatches`; smaller ones through `smallBatches`. */
const FULL_BATCH_MIN_BYTES = 64 * 1024;
/**
 * Smaller batches (heartbeats, a quiet source's lines) have their own compressor, whose context
 * zstd sizes to them, and output pieces of the default size: each piece is a view of its output
 * buffer, which the batch's request keeps alive.
 */
const SMALL_BATCH_CHUNK_BYTES = 16 * 1024;
/** A full-batch compressor unused this long is closed, its zstd context and input buffers freed. */
const FULL_BATCH_IDLE_MS = 5_000;
/**
 * The small-batch compressor stays open across heartbeats (30 s apart by default). Compressing
 * each one-shot instead left a zstd context and a 256 KiB output buffer per heartbeat to the next
 * full GC, which an idle agent's small heap runs about every two minutes: with heartbeats every
 * second, idle RSS grew by about 5 MB (bench/agent-memory.ts, idle).
 */
const SMALL_BATCH_IDLE_MS = 120_000;

/**
 * zstd without fresh memory per batch (one for full batches, one for small ones: see
 * `zstdCompressAsync`). One-shot, each 1 MB batch allocated its
 * joined input, a zstd context, a 256 KiB output buffer and the joined output: about 250 bytes of
 * memory outside V8's heap per line shipped, which V8 counts against the old generation's limit
 * until the next full GC, so it forced a mark-compact every 10 MB or so (bench/agent-pipeline's
 * shipper, --trace-gc). Here one zstd stream, each write a whole frame (flush `ZSTD_e_end`),
 * compresses batches in turn; their pieces are copied into input buffers that are reused, and the
 * output comes as slices of the stream's output buffers.
 */
export class ReusedZstd {
  #stream: OpenZstd | undefined;
  #pending = 0;
  readonly #spareInputs: Buffer[] = [];
  readonly #idle: NodeJS.Timeout;
  readonly #chunkBytes: number;

  constructor(idleMs = FULL_BATCH_IDLE_MS, chunkBytes = FULL_BATCH_CHUNK_BYTES) {
    this.#chunkBytes = chunkBytes;
    // A write still running (the thread pool held up by slow file reads) is not idleness: closing
    // the stream under it would end its frame early.
    this.#idle = setTimeout(() => (this.#pending > 0 ? this.#idle.refresh() : this.close()), idleMs);
    this.#idle.unref();
  }

  /** True while a zstd stream is open (from the first batch until `close` or the idle timeout). */
  get open(): boolean {
    return this.#stream !== undefined;
  }

  compress(data: CodecInput): Promise<Buffer | readonly Buffer[]> {
    this.#idle.refresh();
    const open = this.#stream ?? this.#openStream();
    const staged = data instanceof Uint8Array ? undefined : this.#stage(data);
    this.#pending++;
    return new Promise((resolve, reject) => {
      open.zstd.write(staged ?? data, (error) => {
        this.#pending--;
        if (staged) this.#release(staged);
        // Writes complete in order, each after its frame's output was pushed: what came so far is its.
        const output = open.output.splice(0);
        if (error || open.zstd.destroyed) {
          if (this.#stream === open) this.#stream = undefined;
          reject(error ?? new Error('zstd stream closed before the batch was compressed'));
        } else resolve(output.length === 1 ? (output[0] as Buffer) : output);
      });
    });
  }

  /**
   * Frees the zstd context and the input buffers; the next batch opens a new stream. A batch still
   * being compressed fails (its promise rejects) rather than resolving to a cut frame.
   */
  close(): void {
    this.#stream?.zstd.destroy();
    this.#stream = undefined;
    this.#spareInputs.length = 0;
  }

  #openStream(): OpenZstd {
    const zstd = createZstdCompress({ chunkSize: this.#chunkBytes, flush: zlibConstants.ZSTD_e_end });
    // Each stream keeps its own output, so a late callback of a replaced stream cannot take a batch's.
    const open: OpenZstd = { zstd, output: [] };
    zstd.on('data', (piece: Buffer) => open.output.push(piece));
    // A failed write reports its error to its own callback; the stream is then replaced.
    zstd.on('error', () => {});
    this.#stream = open;
    return open;
  }

  /** The pieces copied into one buffer, a spare one when it is big enough. */
  #stage(data: { readonly buffers: readonly Uint8Array[]; readonly length: number }): Buffer {
    const spare = this.#spareInputs.pop();
    const buffer =
      spare !== undefined && spare.length >= data.length ? spare : Buffer.allocUnsafeSlow(data.length);
    let at = 0;
    for (const piece of data.buffers) {
      buffer.set(piece, at);
      at += piece.length;
    }
    return buffer.subarray(0, data.length);
  }

  #release(staged: Buffer): void {
    if (this.#stream !== undefined && this.#spareInputs.length < MAX_SPARE_INPUTS)
      this.#spareInputs.push(Buffer.from(staged.buffer, staged.byteOffset, staged.buffer.byteLength));
  }
}

interface OpenZstd {
  readonly zstd: ZstdCompress;
  /** The pieces pushed since the last write completed: that write's frame. */
  readonly output: Buffer[];
}

/** Input buffers kept for reuse: one per batch compressed or queued at once (two in flight). */
const MAX_SPARE_INPUTS = 2;

const fullBatches = new ReusedZstd(FULL_BATCH_IDLE_MS, FULL_BATCH_CHUNK_BYTES);
const smallBatches = new ReusedZstd(SMALL_BATCH_IDLE_MS, SMALL_BATCH_CHUNK_BYTES);

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

/** CRC-32C of a buffer, or of a DynamicBuffer's pieces in order, without joining them. */
export function crc32c(data: CodecInput): number {
  if (data instanceof Uint8Array) return (crc32cUpdate(-1, data) ^ -1) >>> 0;
  let crc = -1;
  for (const piece of data.buffers) crc = crc32cUpdate(crc, piece);
  return (crc ^ -1) >>> 0;
}

function crc32cUpdate(start: number, b: Uint8Array): number {
  const t = TABLES;
  let crc = start;
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
  return crc;
}
