import { type FileHandle, mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';

export type GeneratorLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';

export interface GeneratorOptions {
  /** File appended to (created with its directory when missing). */
  readonly path: string;
  /** Average lines per second. */
  readonly ratePerSecond: number;
  /** `text`: `2025-10-23 14:32:15 INFO [payment-service] ...`; `json`: one JSON object per line. */
  readonly format: 'text' | 'json';
  /** Service names the lines are attributed to. @default ['payment-service', 'order-service', 'auth-service'] */
  readonly services?: readonly string[];
  /** Relative weights per level. @default { DEBUG: 5, INFO: 80, WARN: 10, ERROR: 5 } */
  readonly levelMix?: Partial<Record<GeneratorLevel, number>>;
  /** Every `everyMs`, write `lines` extra lines at once (an incident burst, mostly errors). */
  readonly burst?: { readonly everyMs: number; readonly lines: number };
  /** Fraction of ERROR lines followed by a Java-style stack trace. @default 0.2 */
  readonly stackTraceRatio?: number;
  /** Stop after this many entries (bursts included; an entry with a stack trace spans several lines). @default unlimited */
  readonly maxEntries?: number;
  /** Random seed, for reproducible content. @default time-based */
  readonly seed?: number;
}

export interface GeneratorHandle {
  /** Physical lines written so far. */
  readonly written: () => number;
  /** Entries written so far. */
  readonly entries: () => number;
  /** Resolves when `maxEntries` were written or on `stop()`. */
  readonly done: Promise<void>;
  stop(): Promise<void>;
}

const DEFAULT_SERVICES = ['payment-service', 'order-service', 'auth-service'];
const DEFAULT_MIX: Record<GeneratorLevel, number> = { DEBUG: 5, INFO: 80, WARN: 10, ERROR: 5 };
const TICK_MS = 50;

const MESSAGES: Record<GeneratorLevel, readonly ((r: Rng) => string)[]> = {
  DEBUG: [
    (r) => `Cache lookup for key session_${r.int(1e6)} took ${r.int(40)}ms`,
    (r) => `Fetched ${r.int(200)} rows from orders in ${r.int(90)}ms`,
  ],
  INFO: [
    (r) => `Payment completed for order order_${r.int(1e5)}`,
    (r) => `User user_${r.int(1e4)} logged in from 10.0.${r.int(255)}.${r.int(255)}`,
    (r) => `Order order_${r.int(1e5)} created with ${1 + r.int(9)} items`,
    (r) => `GET /api/v1/orders/${r.int(1e5)} 200 ${r.int(300)}ms`,
  ],
  WARN: [
    (r) => `Slow query on orders took ${500 + r.int(4000)}ms`,
    (r) => `Retrying call to inventory-service (attempt ${1 + r.int(3)})`,
    (r) => `Connection pool at ${80 + r.int(20)}% capacity`,
  ],
  ERROR: [
    (r) => `Payment failed for order order_${r.int(1e5)}: card declined`,
    (r) => `Database connection timeout after ${5 + r.int(25)}s`,
    () => 'Unhandled exception in request handler for /api/v1/checkout',
  ],
};

/** Small deterministic PRNG (mulberry32) so a seed reproduces the same content. */
class Rng {
  #state: number;
  constructor(seed: number) {
    this.#state = seed >>> 0;
  }
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `2025-10-23 14:32:15` in UTC. */
export function formatTimestamp(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

/** Builds one log entry (possibly several lines when it carries a stack trace). */
function generateEntry(
  rng: Rng,
  level: GeneratorLevel,
  service: string,
  format: 'text' | 'json',
  withTrace: boolean,
  now: Date,
): string[] {
  const message = rng.pick(MESSAGES[level])(rng);
  const trace = withTrace
    ? [
        'java.lang.IllegalStateException: upstream returned 503',
        `\tat com.example.${service.replace(/-/g, '')}.Client.call(Client.java:${40 + rng.int(200)})`,
        `\tat com.example.${service.replace(/-/g, '')}.Handler.handle(Handler.java:${10 + rng.int(90)})`,
        '\tat java.base/java.lang.Thread.run(Thread.java:1583)',
      ]
    : [];
  if (format === 'json') {
    const entry: Record<string, string> = { timestamp: now.toISOString(), level, service, message };
    if (trace.length > 0) entry.stack = trace.join('\n');
    return [JSON.stringify(entry)];
  }
  return [`${formatTimestamp(now)} ${level} [${service}] ${message}`, ...trace];
}

function pickLevel(rng: Rng, mix: Record<GeneratorLevel, number>): GeneratorLevel {
  const total = Object.values(mix).reduce((a, b) => a + b, 0);
  let x = rng.next() * total;
  for (const [level, weight] of Object.entries(mix) as [GeneratorLevel, number][]) {
    x -= weight;
    if (x < 0) return level;
  }
  return 'INFO';
}

/** Appends realistic log lines with current timestamps to a file at a steady rate, with optional bursts. */
export async function startGenerator(options: GeneratorOptions): Promise<GeneratorHandle> {
  if (!(options.ratePerSecond > 0))
    throw new RangeError(`ratePerSecond must be > 0, got ${options.ratePerSecond}`);
  const services = options.services && options.services.length > 0 ? options.services : DEFAULT_SERVICES;
  const mix = { ...DEFAULT_MIX, ...options.levelMix };
  const rng = new Rng(options.seed ?? Date.now());
  const traceRatio = options.stackTraceRatio ?? 0.2;
  await mkdir(dirname(options.path), { recursive: true });
  const file: FileHandle = await open(options.path, 'a');
  let written = 0;
  let entryCount = 0;
  let owed = 0;
  let nextBurst = options.burst ? Date.now() + options.burst.everyMs : Number.POSITIVE_INFINITY;
  let last = Date.now();
  let stopped = false;
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });

  const entries = (count: number, burst: boolean): string => {
    const now = new Date();
    const out: string[] = [];
    for (let i = 0; i < count; i++) {
      const level = burst && rng.next() < 0.7 ? 'ERROR' : pickLevel(rng, mix);
      const trace = level === 'ERROR' && rng.next() < traceRatio;
      out.push(...generateEntry(rng, level, rng.pick(services), options.format, trace, now));
    }
    written += out.length;
    return out.length === 0 ? '' : `${out.join('\n')}\n`;
  };

  let writing = Promise.resolve();
  const tick = async () => {
    const now = Date.now();
    owed += ((now - last) / 1000) * options.ratePerSecond;
    last = now;
    let count = Math.floor(owed);
    owed -= count;
    let burst = 0;
    if (now >= nextBurst && options.burst) {
      burst = options.burst.lines;
      nextBurst = now + options.burst.everyMs;
    }
    if (options.maxEntries !== undefined) {
      count = Math.min(count, options.maxEntries - entryCount);
      burst = Math.min(burst, options.maxEntries - entryCount - count);
    }
    const text = entries(count, false) + entries(burst, true);
    entryCount += count + burst;
    if (text.length > 0) await file.appendFile(text);
    if (options.maxEntries !== undefined && entryCount >= options.maxEntries) {
      clearInterval(timer);
      finish();
    }
  };
  const timer = setInterval(() => {
    if (stopped) return;
    writing = writing.then(tick).catch(() => undefined);
  }, TICK_MS);

  return {
    written: () => written,
    entries: () => entryCount,
    done,
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      await writing;
      await file.close();
      finish();
    },
  };
}
