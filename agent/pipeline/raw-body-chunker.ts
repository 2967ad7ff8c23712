import { RAW_BODY_CONTENT_TYPE, RAW_BODY_SCHEMA_VERSION, type Source } from '#core/wire.ts';
import {
  type AllocateValue,
  allocateUnpooled,
  type BuiltChunk,
  type ChunkLimits,
  chunkPrefix,
  decimalDigits,
  EMPTY_BODY,
  keptAfterChunk,
  withRoom,
  writeInteger,
} from './chunker.ts';
import { ByteEvent, ByteLine, ByteRun, type Line } from './lines.ts';

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
  /**
   * The header's event lengths, as its ASCII digits and a comma each, written as events are
   * added: no array of numbers to join per record.
   */
  #lengths: Buffer = EMPTY_BODY;
  #lengthsBytes = 0;
  #events = 0;
  #start = 0;
  #end = 0;
  /** The body's last bytes, still in the read buffer: `#bodyLength` counts them from `#runAt`. */
  readonly #run = new ByteRun();
  #runAt = 0;

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
    return this.#events;
  }

  /** True when `event` can travel as raw bytes: whole valid UTF-8 lines that fit one record. */
  accepts(event: Line): event is ByteLine | ByteEvent {
    if (!(event instanceof ByteLine || event instanceof ByteEvent)) return false;
    const length = event.end - event.offset;
    return (
      this.#prefixBytes + HEADER_OVERHEAD + decimalDigits(length) + 1 + length <= this.#limits.recordMaxBytes
    );
  }

  /** Adds an event `accepts` took; pushes the finished chunk when the event did not fit in the open one. */
  add(event: ByteLine | ByteEvent, now: number, out: BuiltChunk[]): void {
    const length = event.end - event.offset;
    const lengthBytes = decimalDigits(length) + 1;
    if (
      this.#events > 0 &&
      (this.#events >= this.#limits.recordMaxLines ||
        this.#prefixBytes + HEADER_OVERHEAD + this.#lengthsBytes + lengthBytes + this.#bodyLength + length >
          this.#limits.recordMaxBytes)
    ) {
      this.#close(now, out);
      this.#bodyLength = 0;
    }
    if (this.#events === 0) this.#start = event.offset;
    this.#reserve(length);
    if (event instanceof ByteLine) this.#write(event);
    else for (const line of event.lines) this.#write(line);
    this.#lengths = withRoom(this.#lengths, this.#lengthsBytes, lengthBytes, MIN_LENGTHS_BYTES);
    if (this.#events > 0) this.#lengths[this.#lengthsBytes - 1] = COMMA;
    writeInteger(this.#lengths, this.#lengthsBytes, length);
    this.#lengthsBytes += lengthBytes;
    this.#events++;
    this.#end = event.end;
  }

  /** Copies what the body still holds of the read buffer out of it, before the buffer is reused. */
  detach(): void {
    if (this.#run.length > 0) this.#run.moveTo(this.#body, this.#runAt);
  }

  flush(now: number, out: BuiltChunk[]): void {
    if (this.#events === 0) return;
    this.#close(now, out);
    this.#body = keptAfterChunk(this.#body, this.#bodyLength);
    this.#bodyLength = 0;
  }

  /** A line's bytes, then its terminator (`\n`, or `\r\n`), as the file holds them. */
  #write(line: ByteLine): void {
    const run = this.#run;
    if (run.length > 0 && line.extend(run)) {
      this.#bodyLength = this.#runAt + run.length;
      return;
    }
    this.detach();
    if (line.extend(run)) {
      this.#runAt = this.#bodyLength;
      this.#bodyLength += run.length;
      return;
    }
    const body = this.#body;
    let p = this.#bodyLength;
    p += line.copyTo(body, p);
    if (line.end - line.offset - line.byteLength === 2) body[p++] = CARRIAGE_RETURN;
    body[p++] = NEWLINE;
    this.#bodyLength = p;
  }

  /** `{…,"n":[lengths]}\n` then the body; the lengths' bytes end with a comma, which `]` replaces. */
  #close(now: number, out: BuiltChunk[]): void {
    this.detach();
    const head = `${this.#prefix}${now},"o":${this.#start},"n":[`;
    const headLength = Buffer.byteLength(head);
    const lengthsEnd = headLength + this.#lengthsBytes - 1;
    const value = this.#allocate(lengthsEnd + 3 + this.#bodyLength);
    value.write(head, 0, 'utf8');
    this.#lengths.copy(value, headLength, 0, this.#lengthsBytes - 1);
    value[lengthsEnd] = CLOSE_BRACKET;
    value[lengthsEnd + 1] = CLOSE_BRACE;
    value[lengthsEnd + 2] = NEWLINE;
    this.#body.copy(value, lengthsEnd + 3, 0, this.#bodyLength);
    out.push({ value, end: this.#end, lines: this.#events, contentType: RAW_BODY_CONTENT_TYPE });
    this.#lengths = keptAfterChunk(this.#lengths, this.#lengthsBytes);
    this.#lengthsBytes = 0;
    this.#events = 0;
  }

  #reserve(bytes: number): void {
    this.#body = withRoom(this.#body, this.#bodyLength, bytes);
  }
}

/** A header's bytes besides its source and lengths: time and offset of up to 16 digits each, keys, brackets, newline. */
const HEADER_OVERHEAD = 64;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
/** A quiet source's header lengths fit; a busy one's grow by doubling (up to about 7 bytes per event). */
const MIN_LENGTHS_BYTES = 512;
const COMMA = 0x2c;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;
