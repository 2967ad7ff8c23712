import { type Source, WIRE_SCHEMA_VERSION } from '#core/wire.ts';
import type { Line } from './lines.ts';

export interface ChunkLimits {
  readonly recordMaxBytes: number;
  readonly recordMaxLines: number;
}

/** Memory for a finished record value of `length` bytes. */
export type AllocateValue = (length: number) => Buffer;

// Not pooled: a small record must not keep a shared 8 KiB pool slab alive until its ack.
export const allocateUnpooled: AllocateValue = (length) => Buffer.allocUnsafeSlow(length);

/** How a record of either format opens: its version, its source, then its time (`"t":`). */
export function chunkPrefix(version: number, source: Source): string {
  return `{"v":${version},"src":${JSON.stringify(source)},"t":`;
}

/** A finished record value and the offset reading may resume from once Kafka acknowledged it. */
export interface BuiltChunk {
  readonly value: Buffer;
  readonly end: number;
  readonly lines: number;
  /** The record's content-type header. @default the v1 type (WIRE_CONTENT_TYPE) */
  readonly contentType?: string;
}

/**
 * Builds `WireChunk` JSON for one source incrementally: each line is serialised once and the
 * record is closed before it would pass `recordMaxBytes` or `recordMaxLines`. The output is
 * byte-for-byte `encodeChunk({ v: 1, src, t, lines })`.
 */
export class ChunkBuilder {
  readonly #limits: ChunkLimits;
  readonly #allocate: AllocateValue;
  #prefix = '';
  /** UTF-8 bytes of `#prefix`: a path or tag may hold characters of several bytes. */
  #prefixBytes = 0;
  /**
   * The encoded lines of the open chunk, comma-separated, as UTF-8 bytes. Each line's JSON string
   * dies right after it is written here instead of living (and being promoted to V8's old space)
   * until the chunk closes; the chunk's value is then one exact-size copy, not a joined string
   * plus its encoding.
   */
  #body: Buffer = EMPTY_BODY;
  #bodyLength = 0;
  #lines = 0;
  #bytes = 0;
  #end = 0;

  constructor(limits: ChunkLimits, source: Source, allocate: AllocateValue = allocateUnpooled) {
    this.#limits = limits;
    this.#allocate = allocate;
    this.setSource(source);
  }

  /** Replaces the source metadata (e.g. a file's path after a rename) for lines added from now on. */
  setSource(source: Source): void {
    this.#prefix = chunkPrefix(WIRE_SCHEMA_VERSION, source);
    this.#prefixBytes = Buffer.byteLength(this.#prefix);
  }

  get pendingLines(): number {
    return this.#lines;
  }

  /** Adds a line; returns a finished chunk when the line did not fit in the current one. */
  add(line: Line, now: number, out: BuiltChunk[]): void {
    // The line goes straight into the body, without a JSON string for the whole entry and a
    // separate count of its bytes: `{"o":` and the offset are written as bytes, and only the
    // message (and flags) pass through JSON.stringify. It is written before the limits are
    // checked; a line that closes the chunk is then moved to the start of the next one.
    let text = JSON.stringify(line.text);
    let lineFlags = line.flags;
    // A multiline event can pass the record size (its max_bytes is not tied to it): cut it to fit
    // one record and flag it, rather than build a record the broker may refuse forever.
    const budget = this.#limits.recordMaxBytes - this.#prefixBytes - RECORD_OVERHEAD;
    if (3 * text.length > budget && Buffer.byteLength(text) > budget) {
      text = fitted(line.text, budget);
      if (!lineFlags.includes('truncated')) lineFlags = [...lineFlags, 'truncated'];
    }
    const flags = lineFlags.length === 0 ? undefined : JSON.stringify(lineFlags);
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    this.#reserve(LINE_OVERHEAD + 3 * (text.length + (flags?.length ?? 0)));
    const body = this.#body;
    const start = this.#bodyLength;
    let p = start;
    if (this.#lines > 0) body[p++] = COMMA;
    const lineStart = p;
    p = writeKey(body, p, 0x7b, 0x6f); // {"o":
    p = writeInteger(body, p, line.offset);
    p = writeKey(body, p, COMMA, 0x6d); // ,"m":
    p += body.write(text, p, 'utf8');
    if (flags !== undefined) {
      p = writeKey(body, p, COMMA, 0x66); // ,"f":
      p += body.write(flags, p, 'utf8');
    }
    body[p++] = CLOSE_BRACE;
    const size = p - lineStart + 1;
    if (
      this.#lines > 0 &&
      (this.#bytes + size + this.#prefixBytes + 32 > this.#limits.recordMaxBytes ||
        this.#lines >= this.#limits.recordMaxLines)
    ) {
      this.#bodyLength = start;
      this.#close(now, out);
      body.copyWithin(0, lineStart, p);
      p -= lineStart;
    }
    this.#bodyLength = p;
    this.#lines++;
    this.#bytes += size;
    this.#end = line.end;
  }

  flush(now: number, out: BuiltChunk[]): void {
    if (this.#lines === 0) return;
    this.#close(now, out);
    this.#body = keptAfterChunk(this.#body, this.#bodyLength);
    this.#bodyLength = 0;
  }

  /** Emits the chunk of the lines in the body's first `#bodyLength` bytes. */
  #close(now: number, out: BuiltChunk[]): void {
    const head = `${this.#prefix}${now},"lines":[`;
    const headLength = Buffer.byteLength(head);
    const value = this.#allocate(headLength + this.#bodyLength + 2);
    value.write(head, 0, 'utf8');
    this.#body.copy(value, headLength, 0, this.#bodyLength);
    value[headLength + this.#bodyLength] = CLOSE_BRACKET;
    value[headLength + this.#bodyLength + 1] = CLOSE_BRACE;
    out.push({ value, end: this.#end, lines: this.#lines });
    this.#lines = 0;
    this.#bytes = 0;
  }

  #reserve(bytes: number): void {
    this.#body = withRoom(this.#body, this.#bodyLength, bytes);
  }
}

/** `body` (its first `used` bytes kept), or a copy grown by doubling, with room for `bytes` more. */
export function withRoom(body: Buffer, used: number, bytes: number, minBytes = MIN_BODY_BYTES): Buffer {
  const needed = used + bytes;
  if (needed <= body.length) return body;
  let capacity = Math.max(minBytes, body.length * 2);
  while (capacity < needed) capacity *= 2;
  const grown = Buffer.allocUnsafeSlow(capacity);
  body.copy(grown, 0, 0, used);
  return grown;
}

/**
 * The body buffer to keep once a chunk of `used` bytes closed. A busy source, whose chunks fill
 * most of the buffer, keeps it: growing it again for every chunk left about 1 MB of dead buffers
 * per 512 KiB record. A quiet one keeps a small buffer.
 */
export function keptAfterChunk(body: Buffer, used: number): Buffer {
  return body.length > KEEP_BODY_BYTES && used * 4 < body.length ? EMPTY_BODY : body;
}

/** The JSON string of the longest prefix of `message` whose UTF-8 encoding fits `budget` bytes. */
function fitted(message: string, budget: number): string {
  const encode = (length: number) => {
    // Never between the two halves of a surrogate pair.
    const last = message.charCodeAt(length - 1);
    const json = JSON.stringify(message.slice(0, last >= 0xd800 && last <= 0xdbff ? length - 1 : length));
    return Buffer.byteLength(json) <= budget ? json : undefined;
  };
  // Binary search on the length: escapes may crowd any part of the message, so a proportional
  // guess can cut far too much. A rare path: about 18 encodings of a 256 KiB event.
  let fits = 0;
  let fails = message.length;
  while (fails - fits > 1) {
    const mid = Math.floor((fits + fails) / 2);
    if (encode(mid) === undefined) fails = mid;
    else fits = mid;
  }
  return encode(fits) ?? '""';
}

/** ASCII digits of a non-negative safe integer at `p`; returns the position after them. */
export function writeInteger(buf: Buffer, p: number, n: number): number {
  if (n < 10) {
    buf[p] = 48 + n;
    return p + 1;
  }
  let x = n;
  for (let i = p + decimalDigits(n) - 1; i >= p; i--) {
    const q = Math.floor(x / 10);
    buf[i] = 48 + (x - q * 10);
    x = q;
  }
  return p + decimalDigits(n);
}

/** How many decimal digits a non-negative safe integer has. */
export function decimalDigits(n: number): number {
  let digits = 1;
  for (let x = n; x >= 10; x = Math.floor(x / 10)) digits++;
  return digits;
}

/** `{"k":` or `,"k":` for a one-letter key, byte by byte (Buffer#copy costs more for 5 bytes). */
function writeKey(buf: Buffer, p: number, open: number, key: number): number {
  buf[p] = open;
  buf[p + 1] = QUOTE;
  buf[p + 2] = key;
  buf[p + 3] = QUOTE;
  buf[p + 4] = COLON;
  return p + 5;
}

/** Bytes of a line besides its message and flags: comma, the keys, an offset of up to 16 digits. */
const LINE_OVERHEAD = 32;
/** A record's bytes besides its source and one line's message: time, keys, brackets, flags. */
const RECORD_OVERHEAD = 128;
export const EMPTY_BODY: Buffer = Buffer.alloc(0);
const MIN_BODY_BYTES = 16 * 1024;
const KEEP_BODY_BYTES = 64 * 1024;
const COMMA = 0x2c;
const QUOTE = 0x22;
const COLON = 0x3a;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;
