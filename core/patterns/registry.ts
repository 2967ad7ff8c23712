/**
 * The pattern registry's model: what is known about each pattern (first and last seen, counts,
 * bytes, levels, sample values per variable position), and the pure tally one ingest batch adds
 * to it. The registry itself sits behind the `PatternRegistry` port (lambdas/ports.ts).
 */
import { compareLevels, type Level } from '../parse/levels.ts';
import { holdsPlaceholder } from './mask.ts';
import type { MinedLine } from './miner.ts';
import { variableValues } from './values.ts';

/** Distinct sample values kept per variable position, and sample lines per pattern. */
export const SAMPLE_VALUES_PER_POSITION = 5;
export const SAMPLE_LINES = 3;
/** Lines per pattern and batch whose values are read (values that rarely vary never fill up). */
export const SAMPLED_LINES_PER_BATCH = 4;
/** Characters of a sample line kept. */
export const SAMPLE_LINE_CHARS = 500;
/** Variable positions that keep samples (a template with more keeps the first ones). */
export const MAX_SAMPLED_POSITIONS = 16;

/** What one batch saw of one pattern. */
export interface PatternSighting {
  readonly id: string;
  readonly service: string;
  readonly template: string;
  readonly count: number;
  /** UTF-8 bytes of the lines' messages. */
  readonly bytes: number;
  /** Levels of its lines (none when no line stated one). */
  readonly levels: readonly Level[];
  /** When the batch was received, epoch ms: the pattern's first/last seen time. */
  readonly at: number;
  /** True when the miner created it from a line of a kind it did not know (not a refinement). */
  readonly newKind: boolean;
  /** Ids this pattern had before lines of this batch refined it. */
  readonly absorbed: readonly string[];
  /** Distinct values per variable position (see `variableValues`). */
  readonly samples: readonly (readonly string[])[];
  readonly sampleLines: readonly string[];
}

/** A pattern as the registry knows it. */
export interface PatternEntry {
  readonly id: string;
  readonly service: string;
  readonly template: string;
  readonly firstSeen: number;
  readonly lastSeen: number;
  /** Lines seen at ingest, dropped ones included, and the UTF-8 bytes of their messages. */
  readonly count: number;
  readonly bytes: number;
  /** Of those, the lines drop and sample rules left out of the index (core/drop-rules.ts). */
  readonly dropped: number;
  readonly droppedBytes: number;
  readonly levels: readonly Level[];
  /** `new`: first seen as a kind of its own; `refined`: born of generalising a known pattern. */
  readonly origin: 'new' | 'refined';
  readonly absorbed: readonly string[];
  /** Set when a refinement replaced this pattern: its current id. */
  readonly successor?: string;
  /**
   * Set when this pattern was born a new kind but another pattern of the same kind (`sameKind`),
   * created by another Lambda from its own lines at about the same time, claimed the kind first:
   * that pattern's id. The kind is announced once, under that id.
   */
  readonly twinOf?: string;
  readonly samples: readonly (readonly string[])[];
  readonly sampleLines: readonly string[];
}

/** What recording a batch found out. */
export interface RecordOutcome {
  /** Ids the registry had never seen before this batch, created as new kinds. */
  readonly created: readonly string[];
}

/** The most severe of `levels`, if any. */
export function topLevel(levels: readonly Level[]): Level | undefined {
  let top: Level | undefined;
  for (const level of levels) if (top === undefined || compareLevels(level, top) > 0) top = level;
  return top;
}

interface Tally {
  id: string;
  service: string;
  template: string;
  count: number;
  bytes: number;
  levels: Set<Level>;
  newKind: boolean;
  absorbed: Set<string>;
  samples: Set<string>[];
  samplesFull: boolean;
  sampled: number;
  sampleLines: string[];
}

/**
 * Adds up one batch's mined lines per pattern. A pattern refined during the batch carries its
 * earlier tallies under its new id. Sample values are read only while a pattern's samples are not
 * yet full, so the cost stays off the common path.
 */
export class PatternTally {
  readonly #byId = new Map<string, Tally>();
  readonly #wantsSamples: (id: string) => boolean;

  /** `wantsSamples`: false for a pattern whose sample values are already complete elsewhere. */
  constructor(wantsSamples: (id: string) => boolean = () => true) {
    this.#wantsSamples = wantsSamples;
  }

  add(service: string, message: string, level: Level | undefined, mined: MinedLine): void {
    let tally = this.#byId.get(mined.id);
    if (tally === undefined) {
      const earlier = mined.previousId === undefined ? undefined : this.#byId.get(mined.previousId);
      if (earlier !== undefined) {
        this.#byId.delete(mined.previousId as string);
        earlier.id = mined.id;
        earlier.template = mined.template;
        earlier.samples = [];
        earlier.samplesFull = !this.#wantsSamples(mined.id);
        earlier.sampled = 0;
        tally = earlier;
      } else {
        tally = {
          id: mined.id,
          service,
          template: mined.template,
          count: 0,
          bytes: 0,
          levels: new Set(),
          newKind: mined.change === 'new',
          absorbed: new Set(),
          samples: [],
          samplesFull: !this.#wantsSamples(mined.id),
          sampled: 0,
          sampleLines: [],
        };
      }
      this.#byId.set(mined.id, tally);
    }
    if (mined.change === 'refined' && mined.previousId !== undefined) tally.absorbed.add(mined.previousId);
    tally.count++;
    tally.bytes += utf8Bytes(message);
    if (level !== undefined) tally.levels.add(level);
    if (tally.sampleLines.length < SAMPLE_LINES)
      tally.sampleLines.push(
        message.length > SAMPLE_LINE_CHARS ? message.slice(0, SAMPLE_LINE_CHARS) : message,
      );
    if (!tally.samplesFull && tally.sampled < SAMPLED_LINES_PER_BATCH) {
      tally.sampled++;
      addValues(tally.samples, mined, message);
      tally.samplesFull = samplesFull(tally.samples, mined.templateTokens);
    }
  }

  sightings(at: number): PatternSighting[] {
    return [...this.#byId.values()].map((tally) => ({
      id: tally.id,
      service: tally.service,
      template: tally.template,
      count: tally.count,
      bytes: tally.bytes,
      levels: [...tally.levels],
      at,
      newKind: tally.newKind,
      absorbed: [...tally.absorbed],
      samples: tally.samples.map((values) => [...values]),
      sampleLines: tally.sampleLines,
    }));
  }

  get size(): number {
    return this.#byId.size;
  }
}

const NON_ASCII = /[\u0080-\uffff]/;

/** UTF-8 bytes of `text`: its length when it is ASCII, as most log lines are (a test is cheaper than a count). */
function utf8Bytes(text: string): number {
  return NON_ASCII.test(text) ? Buffer.byteLength(text) : text.length;
}

function samplesFull(samples: readonly Set<string>[], templateTokens: readonly string[]): boolean {
  let variables = 0;
  for (const token of templateTokens) if (holdsPlaceholder(token)) variables++;
  if (samples.length < Math.min(MAX_SAMPLED_POSITIONS, variables)) return false;
  return samples.every((values) => values.size >= SAMPLE_VALUES_PER_POSITION);
}

function addValues(samples: Set<string>[], mined: MinedLine, message: string): void {
  const values = variableValues(mined.templateTokens, mined.tokens, message);
  if (values === undefined) return;
  const positions = Math.min(values.length, MAX_SAMPLED_POSITIONS);
  for (let i = 0; i < positions; i++) {
    let set = samples[i];
    if (set === undefined) {
      set = new Set();
      samples[i] = set;
    }
    if (set.size < SAMPLE_VALUES_PER_POSITION) set.add(values[i] as string);
  }
}

/**
 * Sample values merged: each position keeps what it had, then new values, up to the limit.
 * (The registry keeps the first values it saw; a refined template starts again.)
 */
export function mergeSamples(
  known: readonly (readonly string[])[],
  more: readonly (readonly string[])[],
): string[][] {
  const length = Math.min(MAX_SAMPLED_POSITIONS, Math.max(known.length, more.length));
  const merged: string[][] = [];
  for (let i = 0; i < length; i++) {
    const values = new Set(known[i] ?? []);
    for (const value of more[i] ?? []) if (values.size < SAMPLE_VALUES_PER_POSITION) values.add(value);
    merged.push([...values]);
  }
  return merged;
}

/** Counter key of a pattern's per-minute counts in the counters table. */
export function patternCounterKey(id: string): string {
  return `PATTERN#${id}`;
}
