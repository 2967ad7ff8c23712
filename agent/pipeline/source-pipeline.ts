import { isUtf8 } from 'node:buffer';
import type { Source } from '#core/wire.ts';
import type { MultilineConfig } from '../config/types.ts';
import { type AllocateValue, type BuiltChunk, ChunkBuilder, type ChunkLimits } from './chunker.ts';
import { CriPartialJoiner } from './cri.ts';
import { ByteLine, decodeLine, type Line, LineSplitter, rawLine, type SplitLine } from './lines.ts';
import { MultilineJoiner } from './multiline.ts';
import { RawBodyChunkBuilder } from './raw-body-chunker.ts';

export interface SourcePipelineOptions {
  readonly source: Source;
  readonly startOffset: number;
  readonly maxLineBytes: number;
  readonly multiline?: MultilineConfig;
  readonly redact?: (text: string) => string;
  readonly limits: ChunkLimits;
  /** Memory for record values (the sink's pool). @default a fresh buffer per record */
  readonly allocate?: AllocateValue;
  /** Each line is a JSON string literal (the HTTP input's spool format), decoded before use. */
  readonly jsonLines?: boolean;
  /** Lines are Kubernetes container-runtime (CRI) lines: partial parts are joined first. */
  readonly cri?: boolean;
  /**
   * Send a file's events that qualify as v2 (raw-body) records instead of v1 JSON; applies only to
   * file sources without redaction, CRI or JSON lines. @default true
   */
  readonly rawBody?: boolean;
}

/**
 * Bytes of one source → lines → (multiline) events → redacted → wire chunks. Pure: no I/O.
 *
 * A plain file source (no redaction, CRI or JSON lines) sends its events as v2 (raw-body) records,
 * its lines kept as bytes (`ByteLine`) and decoded only where multiline needs their text. An event
 * that v2 cannot carry exactly (invalid UTF-8, truncated, unterminated, too big for a record) goes
 * as v1, and so do the events after it while that v1 record is short (see `#add`).
 */
export class SourcePipeline {
  readonly #splitter: LineSplitter;
  readonly #cri: CriPartialJoiner | undefined;
  readonly #criOut: Line[] = [];
  readonly #joiner: MultilineJoiner | undefined;
  readonly #redact: ((text: string) => string) | undefined;
  readonly #builder: ChunkBuilder;
  readonly #rawBody: RawBodyChunkBuilder | undefined;
  readonly #jsonLines: boolean;
  #events: Line[] = [];
  /** `[#validFrom, #validTo)` of `#validated`, the read buffer being split, is valid UTF-8. */
  #validated: Buffer | undefined;
  #validFrom = 0;
  #validTo = 0;
  linesIn = 0;
  truncatedLines = 0;
  invalidUtf8Lines = 0;

  constructor(options: SourcePipelineOptions) {
    this.#splitter = new LineSplitter(options.maxLineBytes, options.startOffset);
    this.#cri = options.cri ? new CriPartialJoiner(options.maxLineBytes) : undefined;
    this.#joiner = options.multiline ? new MultilineJoiner(options.multiline) : undefined;
    this.#redact = options.redact;
    this.#builder = new ChunkBuilder(options.limits, options.source, options.allocate);
    this.#jsonLines = options.jsonLines ?? false;
    const rawBody =
      (options.rawBody ?? true) &&
      options.source.kind === 'file' &&
      !options.jsonLines &&
      !options.cri &&
      !options.redact;
    this.#rawBody = rawBody
      ? new RawBodyChunkBuilder(options.limits, options.source, options.allocate)
      : undefined;
  }

  setSource(source: Source): void {
    this.#builder.setSource(source);
    this.#rawBody?.setSource(source);
  }

  /** Offset of the first byte read but not yet part of a finished chunk. */
  get heldFrom(): number {
    const partial = this.#cri?.pendingStart;
    const held = this.#joiner?.pendingStart ?? this.#splitter.pendingStart;
    return partial === undefined ? held : Math.min(partial, held);
  }

  get partialBytes(): number {
    return this.#splitter.pendingBytes;
  }

  push(data: Buffer, now: number, out: BuiltChunk[]): void {
    const splitter = this.#splitter;
    if (this.#rawBody) this.#validateWholeLines(data);
    splitter.feed(data);
    while (splitter.next()) this.#line(splitter.line, now, out);
    this.#validated = undefined;
    // A line the joiner holds, or the open record's last lines, may be a range of `data`, which the
    // caller reuses for its next read.
    if (this.#rawBody) {
      this.#joiner?.detachPending();
      this.#rawBody.detach();
    }
  }

  /**
   * Checks at once, for UTF-8, the lines that start and end inside `data` (from the first line
   * start to the last newline): newlines never sit inside a character, so then each of them is
   * valid too, and only the rest need a check of their own.
   */
  #validateWholeLines(data: Buffer): void {
    const last = data.lastIndexOf(NEWLINE);
    const first = this.#splitter.pendingBytes === 0 ? 0 : data.indexOf(NEWLINE) + 1;
    const whole = last >= first && isUtf8(data.subarray(first, last + 1));
    this.#validated = whole ? data : undefined;
    this.#validFrom = first;
    this.#validTo = last + 1;
  }

  #validUtf8(line: SplitLine): boolean {
    if (
      line.source === this.#validated &&
      line.start >= this.#validFrom &&
      line.start + line.length < this.#validTo
    )
      return true;
    return isUtf8(line.source.subarray(line.start, line.start + line.length));
  }

  /** Emits the unterminated last line (end of stream, idle timeout, file released). */
  flushPartial(now: number, out: BuiltChunk[]): void {
    if (this.#splitter.flushNext()) this.#line(this.#splitter.line, now, out);
    if (this.#cri) {
      this.#criOut.length = 0;
      this.#cri.flush(this.#criOut);
      for (const line of this.#criOut) this.#event(line, now, out);
    }
  }

  /**
   * Emits a multiline event that waited longer than its timeout, counted from its last line or from
   * `writtenBy`, the latest the source can have been written to, whichever is earlier.
   */
  tick(now: number, out: BuiltChunk[], writtenBy?: number): void {
    if (!this.#joiner) return;
    this.#events.length = 0;
    this.#joiner.flushIfIdle(now, this.#events, writtenBy);
    for (const e of this.#events) this.#add(e, now, out);
  }

  /** Closes the current chunk (end of a read cycle). */
  endOfRead(now: number, out: BuiltChunk[]): void {
    this.#rawBody?.flush(now, out);
    this.#builder.flush(now, out);
  }

  /** Everything out: partial line, pending multiline event, current chunk. */
  flushAll(now: number, out: BuiltChunk[]): void {
    this.flushPartial(now, out);
    if (this.#joiner) {
      this.#events.length = 0;
      this.#joiner.flush(this.#events);
      for (const e of this.#events) this.#add(e, now, out);
    }
    this.endOfRead(now, out);
  }

  #line(split: SplitLine, now: number, out: BuiltChunk[]): void {
    this.linesIn++;
    if (this.#rawBody && split.terminator > 0 && !split.truncated && this.#validUtf8(split)) {
      this.#event(new ByteLine(split), now, out);
      return;
    }
    const raw = rawLine(split);
    let line = decodeLine(raw);
    if (this.#jsonLines) line = { ...line, text: parseJsonString(line.text) };
    if (raw.truncated) this.truncatedLines++;
    if (line.flags.includes('invalid_utf8')) this.invalidUtf8Lines++;
    if (!this.#cri) {
      this.#event(line, now, out);
      return;
    }
    this.#criOut.length = 0;
    this.#cri.push(line, this.#criOut);
    for (const joined of this.#criOut) this.#event(joined, now, out);
  }

  /** A whole line (CRI parts joined) through redaction and multiline into the chunk. */
  #event(whole: Line, now: number, out: BuiltChunk[]): void {
    let line = whole;
    if (this.#redact) line = { ...line, text: this.#redact(line.text) };
    if (!this.#joiner) {
      this.#add(line, now, out);
      return;
    }
    const joiner = this.#joiner;
    joiner.offer(line, now);
    for (let e = joiner.take(); e !== undefined; e = joiner.take()) this.#add(e, now, out);
  }

  /**
   * An event into the open v2 or v1 chunk, the other one closed first so records keep the file's
   * order. After an event only v1 can carry, the events that follow join its v1 record until it
   * holds `V1_RUN` events: a file where such lines are frequent makes fewer, larger records.
   */
  #add(event: Line, now: number, out: BuiltChunk[]): void {
    const raw = this.#rawBody;
    const v1Open = this.#builder.pendingLines;
    if (raw && (v1Open === 0 || v1Open >= V1_RUN) && raw.accepts(event)) {
      if (v1Open > 0) this.#builder.flush(now, out);
      raw.add(event, now, out);
      return;
    }
    if (raw && raw.pendingLines > 0) raw.flush(now, out);
    this.#builder.add(event, now, out);
  }
}

/** Events a v1 record takes after one that only v1 could carry, before v2 may resume. */
const V1_RUN = 32;
const NEWLINE = 0x0a;

function parseJsonString(text: string): string {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'string' ? value : text;
  } catch {
    return text;
  }
}
