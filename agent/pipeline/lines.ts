import { isUtf8 } from 'node:buffer';
import type { LineFlag } from '#core/wire.ts';

/** A line cut out of a byte stream, before decoding. */
export interface RawLine {
  /** Offset of the line's first byte. */
  readonly offset: number;
  /** Offset just past the line's terminator: where reading resumes once this line is delivered. */
  readonly end: number;
  /** The kept bytes, without terminator (at most `maxLineBytes`). */
  readonly bytes: Buffer;
  readonly truncated: boolean;
  /** Bytes of the terminator after `bytes` in the source: 1 for `\n`, 2 for `\r\n`, 0 for none. */
  readonly terminator: number;
}

/** A decoded line on its way to Kafka. */
export interface Line {
  readonly offset: number;
  readonly end: number;
  readonly text: string;
  readonly flags: readonly LineFlag[];
}

/**
 * The line a `LineSplitter` stopped at: its bytes are `source[start, start + length)`, valid until
 * the splitter moves on (`source` is the caller's read buffer for a line that starts and ends
 * inside it, else the splitter's own copy).
 */
export interface SplitLine {
  readonly offset: number;
  readonly end: number;
  readonly source: Buffer;
  readonly start: number;
  readonly length: number;
  readonly truncated: boolean;
  readonly terminator: number;
}

/**
 * Splits a byte stream into lines with bounded memory: a line longer than `maxLineBytes` keeps its
 * first `maxLineBytes` bytes and the rest is skipped up to the next newline, so even a 10 MB line
 * never sits in memory whole. A line is only emitted once its terminator is seen (or on `flush`),
 * so `end` is always a line boundary that reading can resume from.
 *
 * `feed` then `next` walk the lines without allocating anything per line: `line` describes the
 * current one in place. `push` is the same walk collecting `RawLine`s.
 */
export class LineSplitter {
  readonly #maxLineBytes: number;
  #parts: Buffer[] = [];
  #partBytes = 0;
  #lineStart: number;
  #position: number;
  #truncated = false;
  #data: Buffer = EMPTY;
  #from = 0;
  readonly #line = {
    offset: 0,
    end: 0,
    source: EMPTY,
    start: 0,
    length: 0,
    truncated: false,
    terminator: 0,
  };

  constructor(maxLineBytes: number, startOffset: number) {
    this.#maxLineBytes = maxLineBytes;
    this.#lineStart = startOffset;
    this.#position = startOffset;
  }

  /** Offset of the first byte not yet emitted as part of a line. */
  get pendingStart(): number {
    return this.#lineStart;
  }

  /** Bytes read past `pendingStart` (the partial line, including skipped bytes). */
  get pendingBytes(): number {
    return this.#position - this.#lineStart;
  }

  /** The line `next` or `flushNext` stopped at; changes when the splitter moves on. */
  get line(): SplitLine {
    return this.#line;
  }

  /**
   * Takes the bytes that follow everything fed so far; `next` then walks their lines. A line that
   * starts and ends inside `data` is a range of `data` (no copy), only valid until the caller
   * reuses `data`. Bytes of an unfinished line are copied, as they must outlive `data`.
   */
  feed(data: Buffer): void {
    this.#data = data;
    this.#from = 0;
  }

  /** Moves `line` to the next line ended in the fed bytes; false once none is left. */
  next(): boolean {
    const data = this.#data;
    while (this.#from < data.length) {
      const from = this.#from;
      const nl = data.indexOf(10, from);
      const stop = nl === -1 ? data.length : nl;
      if (nl !== -1 && this.#position === this.#lineStart && stop - from <= this.#maxLineBytes) {
        this.#position += nl + 1 - from;
        this.#from = nl + 1;
        this.#atView(data, from, stop);
        return true;
      }
      this.#keep(data.subarray(from, stop));
      if (nl === -1) {
        this.#position += data.length - from;
        this.#from = data.length;
        return false;
      }
      this.#position += nl + 1 - from;
      this.#from = nl + 1;
      this.#atKept(true);
      return true;
    }
    return false;
  }

  /** Feeds `data` and returns its lines (see `feed`). */
  push(data: Buffer, out: RawLine[] = []): RawLine[] {
    this.feed(data);
    while (this.next()) out.push(rawLine(this.#line));
    return out;
  }

  /**
   * Moves `line` to the partial line (bytes without terminator), if any: at end of stream or
   * after an idle timeout.
   */
  flushNext(): boolean {
    if (this.#position === this.#lineStart) return false;
    this.#atKept(false);
    return true;
  }

  /** `flushNext` as a `RawLine`. */
  flush(): RawLine | undefined {
    return this.flushNext() ? rawLine(this.#line) : undefined;
  }

  #keep(segment: Buffer): void {
    const room = this.#maxLineBytes - this.#partBytes;
    if (segment.length === 0) return;
    if (segment.length > room) {
      this.#truncated = true;
      if (room <= 0) return;
      segment = segment.subarray(0, room);
    }
    // Copy: the caller's read buffer is reused.
    this.#parts.push(Buffer.from(segment));
    this.#partBytes += segment.length;
  }

  /** A whole terminated line, not truncated, that nothing was kept for yet. */
  #atView(data: Buffer, from: number, stop: number): void {
    const crlf = stop > from && data[stop - 1] === 13;
    const line = this.#line;
    line.offset = this.#lineStart;
    line.end = this.#position;
    line.source = data;
    line.start = from;
    line.length = crlf ? stop - 1 - from : stop - from;
    line.truncated = false;
    line.terminator = crlf ? 2 : 1;
    this.#lineStart = this.#position;
  }

  #atKept(terminated: boolean): void {
    let bytes =
      this.#parts.length === 1 ? (this.#parts[0] as Buffer) : Buffer.concat(this.#parts, this.#partBytes);
    const crlf = terminated && !this.#truncated && bytes.length > 0 && bytes[bytes.length - 1] === 13;
    if (crlf) bytes = bytes.subarray(0, bytes.length - 1);
    if (this.#truncated) bytes = trimToCharBoundary(bytes);
    const line = this.#line;
    line.offset = this.#lineStart;
    line.end = this.#position;
    line.source = bytes;
    line.start = 0;
    line.length = bytes.length;
    line.truncated = this.#truncated;
    line.terminator = terminated ? (crlf ? 2 : 1) : 0;
    this.#parts = [];
    this.#partBytes = 0;
    this.#truncated = false;
    this.#lineStart = this.#position;
  }
}

/** A `SplitLine` as a `RawLine` of its own, its bytes a view of its source. */
export function rawLine(line: SplitLine): RawLine {
  return {
    offset: line.offset,
    end: line.end,
    bytes: lineBytes(line),
    truncated: line.truncated,
    terminator: line.terminator,
  };
}

/** The line's bytes as a view of its source (no copy). */
export function lineBytes(line: SplitLine): Buffer {
  return line.start === 0 && line.length === line.source.length
    ? line.source
    : line.source.subarray(line.start, line.start + line.length);
}

const EMPTY: Buffer = Buffer.alloc(0);

/** Drops a UTF-8 sequence cut in half at the end of a truncated line. */
function trimToCharBoundary(bytes: Buffer): Buffer {
  let i = bytes.length;
  let back = 0;
  while (i > 0 && back < 4 && ((bytes[i - 1] as number) & 0xc0) === 0x80) {
    i--;
    back++;
  }
  if (i === 0) return bytes;
  const lead = bytes[i - 1] as number;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return need > back + 1 ? bytes.subarray(0, i - 1) : bytes;
}

/**
 * Decodes a raw line. Invalid UTF-8 bytes survive as `\xNN` escapes and the line is flagged
 * `invalid_utf8`; NUL and other control bytes are valid UTF-8 and pass through unchanged
 * (JSON encodes them as `\u0000`).
 */
export function decodeLine(raw: RawLine): Line {
  if (isUtf8(raw.bytes)) {
    const text = raw.bytes.toString('utf8');
    return { offset: raw.offset, end: raw.end, text, flags: raw.truncated ? TRUNCATED : NO_FLAGS };
  }
  const flags: LineFlag[] = raw.truncated ? ['truncated', 'invalid_utf8'] : ['invalid_utf8'];
  return { offset: raw.offset, end: raw.end, text: escapeInvalidUtf8(raw.bytes), flags };
}

/**
 * A terminated, untruncated line of valid UTF-8 whose text is decoded only if something asks for
 * it: the raw-body chunk copies its bytes and multiline mostly looks at its first bytes. It holds
 * a range of the read buffer (no view of its own) until `detach`.
 */
export class ByteLine implements Line {
  readonly offset: number;
  readonly end: number;
  #source: Buffer;
  #start: number;
  readonly #length: number;
  /** Where the line's terminator ends in `#source`, or -1 when the source does not hold it. */
  #spanEnd: number;
  #text: string | undefined;

  /** `line` must be valid UTF-8, terminated and not truncated. */
  constructor(line: SplitLine) {
    this.offset = line.offset;
    this.end = line.end;
    this.#source = line.source;
    this.#start = line.start;
    this.#length = line.length;
    // A line within one read buffer is followed there by its terminator; one put together across
    // reads is a buffer of its bytes alone.
    const spanEnd = line.start + line.length + line.terminator;
    this.#spanEnd = spanEnd <= line.source.length ? spanEnd : -1;
  }

  get flags(): readonly LineFlag[] {
    return NO_FLAGS;
  }

  get text(): string {
    if (this.#text === undefined)
      this.#text = this.#source.toString('utf8', this.#start, this.#start + this.#length);
    return this.#text;
  }

  /** The line's bytes without terminator (a view); its terminator is the `end - offset - byteLength` bytes after. */
  get bytes(): Buffer {
    return this.#source.subarray(this.#start, this.#start + this.#length);
  }

  get byteLength(): number {
    return this.#length;
  }

  /** Copies the line's bytes (without terminator) into `target` at `at`; returns how many. */
  copyTo(target: Buffer, at: number): number {
    return this.#source.copy(target, at, this.#start, this.#start + this.#length);
  }

  /**
   * The UTF-16 unit at `index` where the line starts with ASCII up to there; 0x80 stands for any
   * non-ASCII character (callers treat all of them alike), NaN past the end.
   */
  unitAt(index: number): number {
    if (index >= this.#length) return Number.NaN;
    const b = this.#source[this.#start + index] as number;
    return b < 0x80 ? b : 0x80;
  }

  /**
   * Extends `run` with this line and its terminator when they directly follow it in the same read
   * buffer, or starts it with them when it is empty; false when they are not together in a read
   * buffer (a line put together across reads, or detached), and must be copied on their own.
   */
  extend(run: ByteRun): boolean {
    if (this.#spanEnd < 0) return false;
    if (run.length === 0) {
      run.source = this.#source;
      run.start = this.#start;
    } else if (run.source !== this.#source || run.end !== this.#start) return false;
    run.end = this.#spanEnd;
    return true;
  }

  /** Copies the bytes out of a read buffer that is about to be reused. */
  detach(): void {
    this.#spanEnd = -1;
    if (this.#start === 0 && this.#length === this.#source.length) return;
    this.#source = Buffer.from(this.bytes);
    this.#start = 0;
  }
}

/**
 * Consecutive lines of one read buffer, terminators included (`ByteLine.extend`): copied in one
 * piece instead of line by line, which for lines of about 140 bytes cost some 100 ns each.
 */
export class ByteRun {
  source: Buffer = EMPTY;
  start = 0;
  end = 0;

  get length(): number {
    return this.end - this.start;
  }

  /** Copies the run into `target` at `at` and empties it. */
  moveTo(target: Buffer, at: number): void {
    this.source.copy(target, at, this.start, this.end);
    this.source = EMPTY;
    this.start = 0;
    this.end = 0;
  }
}

/** Several `ByteLine`s joined into one multiline event; its text is joined only if asked for. */
export class ByteEvent implements Line {
  readonly offset: number;
  readonly end: number;
  readonly flags: readonly LineFlag[] = MULTILINE;
  readonly lines: readonly ByteLine[];
  #text: string | undefined;

  /** At least two consecutive lines. */
  constructor(lines: readonly ByteLine[]) {
    this.lines = lines;
    this.offset = (lines[0] as ByteLine).offset;
    this.end = (lines[lines.length - 1] as ByteLine).end;
  }

  get text(): string {
    if (this.#text === undefined) this.#text = this.lines.map((l) => l.text).join('\n');
    return this.#text;
  }
}

/** Shared by the lines without flags (nearly all), instead of an empty array per line. */
const NO_FLAGS: readonly LineFlag[] = Object.freeze([]);
const TRUNCATED: readonly LineFlag[] = Object.freeze(['truncated']);
const MULTILINE: readonly LineFlag[] = Object.freeze(['multiline']);

export function escapeInvalidUtf8(bytes: Buffer): string {
  let out = '';
  let runStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const len = validSequenceLength(bytes, i);
    if (len > 0) {
      i += len;
      continue;
    }
    out += `${bytes.toString('utf8', runStart, i)}\\x${(bytes[i] as number).toString(16).padStart(2, '0')}`;
    i++;
    runStart = i;
  }
  return out + bytes.toString('utf8', runStart, i);
}

function validSequenceLength(b: Buffer, i: number): number {
  const c = b[i] as number;
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const v = b[i + k];
    return v !== undefined && v >= lo && v <= hi;
  };
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (c === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (c === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xf1 && c <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}
