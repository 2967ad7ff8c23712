import { learnStructure, type Structure, startsLikeStructure } from '#core/parse/structure.ts';
import type { LineFlag } from '#core/wire.ts';
import type { MultilineConfig, MultilineMode } from '../config/types.ts';
import { ByteEvent, ByteLine, type Line } from './lines.ts';

type TraceState = 'none' | 'python' | 'go';

interface Classifier {
  /**
   * True when `line` continues the event before it. Its `text` is read only when its first
   * characters leave the answer open, so most lines of a `ByteLine` source are never decoded.
   */
  continues(line: Line): boolean;
  /** Forgets the stack trace under way: the next line is judged as if it followed none. */
  reset(): void;
  /**
   * False while `continues` learns from what it is shown (auto's first lines); true once calling
   * it and then `reset` leaves the classifier as `reset` alone would.
   */
  readonly settled: () => boolean;
}

/**
 * Control characters that text a program logs never holds (tab, carriage return and the escape of
 * colour codes aside): a line with one is binary, however it happens to start.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what it is for
const BINARY = /[\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f]/;

const INDENTED = /^[ \t]+\S/;
const JAVA_CONT = /^\s*(?:Caused by:|Suppressed:|\.\.\. \d+ (?:more|common frames omitted))/;
/** A Go goroutine dump after a `panic:` line, or after the line that logged it. */
const GO_GOROUTINE = /^goroutine \d+ \[/;
const JAVA_EXCEPTION = /^(?:[a-zA-Z_$][\w$]*\.)+[\w$]*(?:Exception|Error|Throwable)(?::\s.*)?$/;
const NODE_CONT = /^\s*\[cause\]: |^\s+at /;
const PY_START = /^Traceback \(most recent call last\):$/;
const PY_CHAINED = /^(?:During handling of the above exception|The above exception was the direct cause)/;
const PY_EXCEPTION = /^[A-Za-z_][\w.]*(?::\s.*|:)?$/;
const GO_PANIC = /^(?:panic: |fatal error: )/;
const GO_CONT =
  /^(?:$|goroutine \d+ \[|\t|created by |\[signal |exit status \d+|[\w./*()[\]-]+\(.*\)$|\s+panic: |\[recovered\])/;

/** Decides, line by line, whether a line continues a stack trace; holds the little state Python and Go need. */
function classifier(mode: MultilineMode, startPattern: RegExp | undefined): Classifier {
  if (mode === 'pattern' && startPattern)
    return {
      continues: (line) => !startPattern.test(line.text),
      reset: () => undefined,
      settled: () => true,
    };
  if (mode === 'auto') return autoClassifier(stackTraces('stacktrace'));
  return stackTraces(mode);
}

/** The built-in stack-trace recognisers of `mode` (`stacktrace`: all of them). */
function stackTraces(mode: MultilineMode): Classifier {
  const java = mode === 'java' || mode === 'stacktrace';
  const node = mode === 'node' || mode === 'stacktrace';
  const python = mode === 'python' || mode === 'stacktrace';
  const go = mode === 'go' || mode === 'stacktrace';
  let state: TraceState = 'none';
  return {
    continues(line: Line): boolean {
      if (state === 'go') {
        if (GO_CONT.test(line.text)) return true;
        state = 'none';
      }
      // Most lines start with a digit, a letter or a bracket: the first two characters rule out
      // most patterns before any of them runs (and before a ByteLine's text is decoded).
      const c = unitAt(line, 0);
      const d = unitAt(line, 1);
      const spaced = mayBeSpace(c);
      if (go && (c === 0x70 || c === 0x66) && d === 0x61 && GO_PANIC.test(line.text)) {
        state = 'go';
        return false;
      }
      if (python && c === 0x54 && d === 0x72 && PY_START.test(line.text)) {
        state = 'python';
        return true;
      }
      if (state === 'python') {
        const text = line.text;
        if (INDENTED.test(text) || text === '' || PY_CHAINED.test(text) || PY_START.test(text)) return true;
        state = 'none';
        if (PY_EXCEPTION.test(text)) return true;
      }
      if (spaced && (java || node || python) && INDENTED.test(line.text)) return true;
      if (go && c === 0x67 && d === 0x6f && GO_GOROUTINE.test(line.text)) {
        state = 'go';
        return true;
      }
      if (java && (spaced || javaContinuationStart(c, d)) && JAVA_CONT.test(line.text)) return true;
      if (java && mayStartIdentifier(c) && startsWithQualifiedName(line) && JAVA_EXCEPTION.test(line.text))
        return true;
      if (node && (spaced || (c === 0x5b && d === 0x63)) && NODE_CONT.test(line.text)) return true;
      return false;
    },
    reset() {
      state = 'none';
    },
    settled: () => true,
  };
}

/** `Ca` (Caused by:), `Su` (Suppressed:) or `..` (... N more): the unspaced starts of `JAVA_CONT`. */
function javaContinuationStart(c: number, d: number): boolean {
  return (c === 0x43 && d === 0x61) || (c === 0x53 && d === 0x75) || (c === 0x2e && d === 0x2e);
}

/** True when a line starting with UTF-16 unit `c` may start with `\s` (any non-ASCII unit may). */
function mayBeSpace(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c >= 0x80;
}

/** The UTF-16 unit at `index` of a line's text, or 0x80 for any non-ASCII one of a `ByteLine` (see `unitAt`). */
function unitAt(line: Line, index: number): number {
  return line instanceof ByteLine ? line.unitAt(index) : line.text.charCodeAt(index);
}

/** `[\w$]+\.` at the start: what `JAVA_EXCEPTION` needs before its regex is worth running. */
function startsWithQualifiedName(line: Line): boolean {
  let i = 1;
  let c = unitAt(line, i);
  while (mayStartIdentifier(c) || (c >= 0x30 && c <= 0x39)) c = unitAt(line, ++i);
  return c === 0x2e;
}

/** `[a-zA-Z_$]`, the first character of a Java class name. */
function mayStartIdentifier(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x24;
}

/** Lines of a source looked at before deciding whether its events start with a timestamp. */
const AUTO_SAMPLE = 20;

/**
 * `auto`: the stack-trace recognisers, and, once a source's first lines show that its events
 * start with a timestamp (the structure `core/parse/structure.ts` learns, the same the ingest
 * side learns), any line that does not start with one continues the event before it.
 */
function autoClassifier(traces: Classifier): Classifier {
  const sample: string[] = [];
  let led: Structure | undefined;
  let decided = false;
  const ctx = { zone: 'UTC', receivedAt: Date.now() };
  return {
    continues(line: Line): boolean {
      if (traces.continues(line)) return true;
      if (!decided) {
        const text = line.text;
        if (text.length > 0) sample.push(text);
        if (sample.length >= AUTO_SAMPLE) {
          const structure = learnStructure(sample, ctx);
          // Only a timestamp every sampled line starts with: anything less and lines would be merged.
          led =
            structure !== undefined && structure.shape >= 0 && structure.confidence === 1
              ? structure
              : undefined;
          decided = true;
          sample.length = 0;
        }
        return false;
      }
      return led !== undefined && !startsLikeStructure(line.text, led, ctx);
    },
    reset: () => traces.reset(),
    settled: () => decided,
  };
}

/**
 * Joins the lines of one event (a log line and its stack trace) into a single line, bounded by
 * `maxLines`, `maxBytes` and an idle `timeoutMs` after which a pending event is emitted as is.
 *
 * `offer` then `take` pass lines in and events out without an array per line (nearly every event
 * is one line); `push` does both, collecting the events.
 */
export class MultilineJoiner {
  readonly #config: MultilineConfig;
  readonly #classifier: Classifier;
  /** The pending event's first line, and the lines that continue it. */
  #first: Line | undefined;
  #more: Line[] = [];
  #pendingBytes = 0;
  /** The pending event's first line was tested for binary bytes (see `offer`). */
  #pendingChecked = true;
  #lastAt = 0;
  /** Events finished and not yet taken, oldest first (an offer finishes at most two). */
  #ready: Line | undefined;
  #readyNext: Line | undefined;

  constructor(config: MultilineConfig) {
    this.#config = config;
    this.#classifier = classifier(config.mode, config.startPattern);
  }

  /** Offset of the first line held back, or undefined when nothing is pending. */
  get pendingStart(): number | undefined {
    return this.#first?.offset;
  }

  push(line: Line, now: number, out: Line[] = []): Line[] {
    this.offer(line, now);
    return this.#takeAll(out);
  }

  /** Takes in the next line; the events it finished are then `take`n, all of them before the next offer. */
  offer(line: Line, now: number): void {
    // Random bytes that happen to start with a blank look like an indented frame: a binary line
    // is an event of its own, neither joined to the event before it nor joined by the next line.
    // Whether a line is binary matters only once a line would continue an event, so a line that
    // starts one is tested when the next line would join it (nearly never), not on arrival.
    const settled = this.#classifier.settled();
    if (!settled && BINARY.test(line.text)) {
      this.#alone(line, now);
      return;
    }
    let continues = this.#classifier.continues(line);
    if (continues && settled && BINARY.test(line.text)) {
      this.#alone(line, now);
      return;
    }
    const first = this.#first;
    if (continues && first !== undefined && this.#more.length === 0 && !this.#pendingChecked) {
      this.#pendingChecked = true;
      if (BINARY.test(first.text)) {
        // As if the binary line had reset the classifier before this one was judged.
        this.#emit();
        this.#classifier.reset();
        continues = this.#classifier.continues(line);
      }
    }
    const bytes = (line instanceof ByteLine ? line.byteLength : Buffer.byteLength(line.text)) + 1;
    if (this.#first !== undefined) {
      const full =
        this.#more.length + 1 >= this.#config.maxLines || this.#pendingBytes + bytes > this.#config.maxBytes;
      if (continues && !full) {
        this.#more.push(line);
        this.#pendingBytes += bytes;
        this.#lastAt = now;
        return;
      }
      this.#emit();
    }
    // A line that starts an event once the classifier settled is tested for binary bytes later.
    this.#pendingChecked = !settled;
    this.#first = line;
    this.#pendingBytes = bytes;
    this.#lastAt = now;
  }

  /** The oldest finished event not yet taken. */
  take(): Line | undefined {
    const event = this.#ready;
    this.#ready = this.#readyNext;
    this.#readyNext = undefined;
    return event;
  }

  /** A binary line: the event before it ends, and it goes out alone. */
  #alone(line: Line, now: number): void {
    if (this.#first !== undefined) this.#emit();
    this.#classifier.reset();
    this.#finished(line);
    this.#lastAt = now;
  }

  /** Copies the pending lines' bytes out of the read buffer the caller is about to reuse. */
  detachPending(): void {
    if (this.#first instanceof ByteLine) this.#first.detach();
    for (const line of this.#more) if (line instanceof ByteLine) line.detach();
  }

  /**
   * Emits the pending event when no line arrived for `timeoutMs`: counted from when its last line
   * was offered, or from `writtenBy`, the latest its source can have been written to, when that is
   * earlier (a file read long after it was written: its last event need not wait for more lines).
   */
  flushIfIdle(now: number, out: Line[] = [], writtenBy = Number.POSITIVE_INFINITY): Line[] {
    const quietSince = Math.min(this.#lastAt, writtenBy);
    if (this.#first !== undefined && now - quietSince >= this.#config.timeoutMs) this.#emit();
    return this.#takeAll(out);
  }

  flush(out: Line[] = []): Line[] {
    if (this.#first !== undefined) this.#emit();
    return this.#takeAll(out);
  }

  #takeAll(out: Line[]): Line[] {
    for (let event = this.take(); event !== undefined; event = this.take()) out.push(event);
    return out;
  }

  #finished(event: Line): void {
    if (this.#ready === undefined) this.#ready = event;
    else if (this.#readyNext === undefined) this.#readyNext = event;
    else throw new Error('MultilineJoiner: take the finished events before offering another line');
  }

  #emit(): void {
    const first = this.#first as Line;
    this.#first = undefined;
    this.#pendingBytes = 0;
    if (this.#more.length === 0) {
      this.#finished(first);
      return;
    }
    const lines = [first, ...this.#more];
    this.#more = [];
    if (allByteLines(lines)) {
      this.#finished(new ByteEvent(lines));
      return;
    }
    const flags = new Set<LineFlag>(['multiline']);
    for (const l of lines) for (const f of l.flags) flags.add(f);
    this.#finished({
      offset: first.offset,
      end: (lines[lines.length - 1] as Line).end,
      text: lines.map((l) => l.text).join('\n'),
      flags: [...flags],
    });
  }
}

function allByteLines(lines: readonly Line[]): lines is readonly ByteLine[] {
  for (const line of lines) if (!(line instanceof ByteLine)) return false;
  return true;
}
