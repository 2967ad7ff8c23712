import { RAW_BODY_CONTENT_TYPE, RAW_BODY_SCHEMA_VERSION, type Source } from '#core/wire.ts';
import {
  type AllocateValue,
  allocateUnpooled,
  type BuiltChunk,
  type ChunkLimits,
  chunkPrefix,
  EMPTY_BODY,
  keptAfterChunk,
  withRoom,
} from './chunker.ts';
import { ByteEvent, ByteLine, type Line } from './lines.ts';

/**
 * Builds v2 (raw-body) records for one file source: a JSON header line with each event's byte
 * length, then the events' bytes exactly as the file holds them, terminators included
 * (`encodeRawBodyChunk`). No line is decoded or escaped here. It takes only what decodes, on the
 * ingest side, into the very lines a v1 record would carry: `ByteLine`s (valid UTF-8, terminated,
 * whole) and `ByteEvent`s of them, each small enough for one record (`accepts`).
 */
export class RawBodyChunkBuilder {
  readonly #limits: ChunkLimits;
  readonly #allocate: AllocateValue;
  #prefix = '';
  #prefixBytes = 0;
  #body: Buffer = EMPTY_BODY;
  #bodyLength = 0;
  #lengths: number[] = [];
  /** UTF-8 bytes of the lengths in the header: digits and a comma each. */
  #lengthsBytes = 0;
  #start = 0;
  #end = 0;

  constructor(limits: ChunkLimits, source: Source, allocate: AllocateValue = allocateUnpooled) {
    this.#limits = limits;
    this.#allocate = allocate;
    this.setSource(source);
  }

  /** Replaces the source metadata (e.g. a file's path after a rename) for events added from now on. */
  setSource(source: Source): void {
    this.#prefix = chunkPrefix(RAW_BODY_SCHEMA_VERSION, source);
    this.#prefixBytes = Buffer.byteLength(this.#prefix);
  }

  get pendingLines(): number {
    return this.#lengths.length;
  }

  /** True when `event` can travel as raw bytes: whole valid UTF-8 lines that fit one record. */
  accepts(event: Line): event is ByteLine | ByteEvent {
    if (!(event instanceof ByteLine || event instanceof ByteEvent)) return false;
    const length = event.end - event.offset;
    return this.#prefixBytes + HEADER_OVERHEAD + digits(length) + 1 + length <= this.#limits.recordMaxBytes;
  }

  /** Adds an event `accepts` took; pushes the finished chunk when the event did not fit in the open one. */
  add(event: ByteLine | ByteEvent, now: number, out: BuiltChunk[]): void {
    const length = event.end - event.offset;
    const lengthBytes = digits(length) + 1;
    if (
      this.#lengths.length > 0 &&
      (this.#lengths.length >= this.#limits.recordMaxLines ||
        this.#prefixBytes + HEADER_OVERHEAD + this.#lengthsBytes + lengthBytes + this.#bodyLength + length >
          this.#limits.recordMaxBytes)
    ) {
      this.#close(now, out);
      this.#bodyLength = 0;
    }
    if (this.#lengths.length === 0) this.#start = event.offset;
    this.#reserve(length);
    if (event instanceof ByteLine) this.#write(event);
    else for (const line of event.lines) this.#write(line);
    this.#lengths.push(length);
    this.#lengthsBytes += lengthBytes;
    this.#end = event.end;
  }

  flush(now: number, out: BuiltChunk[]): void {
    if (this.#lengths.length === 0) return;
    this.#close(now, out);
    this.#body = keptAfterChunk(this.#body, this.#bodyLength);
    this.#bodyLength = 0;
  }

  /** A line's bytes, then its terminator (`\n`, or `\r\n`), as the file holds them. */
  #write(line: ByteLine): void {
    const body = this.#body;
    let p = this.#bodyLength;
    p += line.copyTo(body, p);
    if (line.end - line.offset - line.byteLength === 2) body[p++] = CARRIAGE_RETURN;
    body[p++] = NEWLINE;
    this.#bodyLength = p;
  }

  #close(now: number, out: BuiltChunk[]): void {
    const head = `${this.#prefix}${now},"o":${this.#start},"n":[${this.#lengths.join(',')}]}\n`;
    const headLength = Buffer.byteLength(head);
    const value = this.#allocate(headLength + this.#bodyLength);
    value.write(head, 0, 'utf8');
    this.#body.copy(value, headLength, 0, this.#bodyLength);
    out.push({ value, end: this.#end, lines: this.#lengths.length, contentType: RAW_BODY_CONTENT_TYPE });
    this.#lengths = [];
    this.#lengthsBytes = 0;
  }

  #reserve(bytes: number): void {
    this.#body = withRoom(this.#body, this.#bodyLength, bytes);
  }
}

function digits(n: number): number {
  let d = 1;
  for (let x = n; x >= 10; x = Math.floor(x / 10)) d++;
  return d;
}

/** A header's bytes besides its source and lengths: time and offset of up to 16 digits each, keys, brackets, newline. */
const HEADER_OVERHEAD = 64;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
