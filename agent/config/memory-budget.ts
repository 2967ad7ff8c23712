/**
 * The agent's memory budget. This is the pure part: how every agent process runs (glibc's malloc
 * and V8's heap growth, `DEFAULT_TUNING`), and what `memory_limit_mb` sizes from its limit: V8's
 * heap (node flags for the agent's process), the sink's buffer and its batches, and the RSS above
 * which reading pauses. Measured in bench/agent-memory.ts; docs/performance.md has the figures.
 */

const MiB = 1024 * 1024;

/**
 * The idle agent's RSS, in MB: the runtime, the bundle's code and a connected Kafka client
 * (bench/agent-memory.ts, "agent, idle": about 76 MB over ten minutes). Nothing a setting sizes can take it away.
 */
export const IDLE_RSS_MB = 78;
/** The smallest `memory_limit_mb`: the idle agent and room for one batch at the smallest sizes. */
export const MEMORY_LIMIT_MIN_MB = 96;
export const MEMORY_LIMIT_MAX_MB = 65_536;

export interface BufferSizes {
  readonly bufferMaxBytes: number;
  readonly batchMaxBytes: number;
  readonly recordMaxBytes: number;
}

/** Node flags and environment variables the agent's process runs with. */
export interface ProcessTuning {
  /** Flags for the agent's Node process (V8's heap). */
  readonly nodeFlags: readonly string[];
  /** Environment for the agent's process. */
  readonly env: Readonly<Record<string, string>>;
}

/**
 * glibc, for memory_limit_mb: each thread that compresses (libuv's pool) would get a malloc arena
 * of its own, and blocks over 128 KiB (the Kafka client's uncompressed batch and zstd's output,
 * chunk bodies) come from mmap and go back to the system when freed. Without it RSS does not come
 * down after V8 freed them (at 10,000 lines/s: 86-88 MB with it, 96-98 without). With a limit of
 * 96 MB: peak RSS 97.8 -> 86.9 MB.
 */
export const MALLOC_ENV: Readonly<Record<string, string>> = {
  MALLOC_ARENA_MAX: '2',
  MALLOC_MMAP_THRESHOLD_: '131072',
  MALLOC_TRIM_THRESHOLD_: '131072',
};

/**
 * V8: the old generation's limit grows by half of what survived a full GC, instead of a factor of
 * up to 4 chosen from the GC's speed. The buffers of each Kafka batch (the uncompressed batch,
 * zstd's output) outlive a scavenge or two and are promoted; only a full GC frees them. With the
 * default growth, at 10,000 lines/s, the first full GC after start came 8 s later with 25 MB of
 * dead buffers waiting. At 10,000 lines/s peak RSS 105-120 -> 96-98 MB; at full speed about 40
 * full GCs on 1,000,000 lines instead of 17, and about 10 % more CPU per line (noisy, shared machine).
 */
export const HEAP_GROWING_FLAG = '--heap-growing-percent=50';

/**
 * V8: TurboFan compiles on the main thread, not on its worker threads. Each compile's working
 * memory came from the worker thread's own malloc arena, and what those arenas kept grew an idle
 * agent (heartbeats every second, the heartbeat path compiled function by function over many
 * minutes) from about 75 to 85-87 MB peak RSS in 11 minutes; with this flag 75-78 MB. At full
 * speed it measured no CPU per line apart (8 alternating runs) and a 5-6 MB lower peak.
 */
export const SERIAL_OPTIMISING_FLAG = '--no-concurrent-recompilation';

/**
 * How every agent process runs without `memory_limit_mb` (with it, the plan's tuning). Not
 * MALLOC_ENV: at full speed its page faults (each 1 MB batch mapped and unmapped) cost about 35 %
 * more CPU per line; it stays for memory_limit_mb, which trades throughput anyway.
 */
export const DEFAULT_TUNING: ProcessTuning = {
  nodeFlags: [HEAP_GROWING_FLAG, SERIAL_OPTIMISING_FLAG],
  env: {},
};

export interface MemoryPlan extends BufferSizes, ProcessTuning {
  readonly limitBytes: number;
  /**
   * Above this RSS, inputs read only while nothing is waiting for Kafka: one batch at a time,
   * until the garbage collector brought the process back under it.
   */
  readonly softLimitBytes: number;
}

/**
 * Sizes for a limit of `limitMb`, given the sizes configured (or defaulted) and the longest line
 * a record must hold (`recordMinBytes`: 6 × max_line_bytes, see kafka.record_max_bytes). Sizes
 * only shrink: a smaller value configured stays.
 */
export function planMemory(limitMb: number, configured: BufferSizes, recordMinBytes: number): MemoryPlan {
  // What the limit leaves above the idle agent, for buffers, garbage and the heap's growth.
  const headroomMb = limitMb - IDLE_RSS_MB;
  // The sink's buffer holds a sixteenth of it, so batches being compressed, copied into requests
  // and the garbage they leave stay well inside the rest.
  const bufferMaxBytes = Math.min(
    configured.bufferMaxBytes,
    Math.max(MiB, Math.floor((headroomMb * MiB) / 16)),
  );
  // A record never shrinks below what its longest line needs (no line is cut for the budget).
  const recordMaxBytes = Math.min(
    configured.recordMaxBytes,
    Math.max(recordMinBytes, Math.floor(bufferMaxBytes / 8)),
  );
  const batchMaxBytes = Math.min(
    Math.max(configured.batchMaxBytes, recordMaxBytes),
    Math.max(recordMaxBytes, Math.floor(bufferMaxBytes / 4)),
  );
  // V8: a young generation of 1-2 MB semi-spaces (scavenges more often, nothing promoted for
  // lack of room) and an old generation capped at the headroom, never under 32 MB: the agent's
  // live heap is about 15 MB, and V8 stops the process when the old generation cannot fit it.
  // Under 48 MB of headroom, V8 also favours size over speed (--optimize-for-size): at a limit of
  // 96, peak RSS 96.9-98.4 MB without it, 93.5-95.7 MB with it (bench/agent-memory.ts).
  const semiSpaceMb = headroomMb < 48 ? 1 : headroomMb < 96 ? 2 : undefined;
  const oldSpaceMb = Math.max(32, headroomMb);
  const nodeFlags = [
    ...(semiSpaceMb === undefined ? [] : [`--max-semi-space-size=${semiSpaceMb}`]),
    `--max-old-space-size=${oldSpaceMb}`,
    HEAP_GROWING_FLAG,
    SERIAL_OPTIMISING_FLAG,
    ...(headroomMb < 48 ? ['--optimize-for-size'] : []),
  ];
  return {
    limitBytes: limitMb * MiB,
    // RSS goes on rising for a while once reading is down to one batch at a time (measured at 96
    // with a soft limit 5 % under it: peaks of 90-96 MB on 2,000,000 lines), hence 10 %.
    softLimitBytes: Math.floor(limitMb * MiB - Math.max(8 * MiB, limitMb * MiB * 0.1)),
    nodeFlags,
    env: MALLOC_ENV,
    bufferMaxBytes,
    batchMaxBytes,
    recordMaxBytes,
  };
}

/** What the agent's process runs with now: its node flags and environment. */
export interface RunningProcess {
  readonly execArgv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * The part of `tuning` the process does not run with: flags whose name is on neither its command
 * line nor in NODE_OPTIONS, variables not in its environment (what the user gave wins).
 * Undefined when nothing is missing, i.e. no restart is needed.
 */
export function missingTuning(tuning: ProcessTuning, running: RunningProcess): ProcessTuning | undefined {
  const given = new Set(
    [...running.execArgv, ...(running.env.NODE_OPTIONS ?? '').split(/\s+/)].map(flagName),
  );
  const nodeFlags = tuning.nodeFlags.filter((flag) => !given.has(flagName(flag)));
  const env = Object.fromEntries(
    Object.entries(tuning.env).filter(([name]) => running.env[name] === undefined),
  );
  return nodeFlags.length === 0 && Object.keys(env).length === 0 ? undefined : { nodeFlags, env };
}

/**
 * `--max-old-space-size` for `--max_old_space_size=32`: V8 takes either spelling. A boolean flag
 * and its negation are one name, so `--concurrent-recompilation` given by the user wins over
 * `--no-concurrent-recompilation`.
 */
function flagName(flag: string): string {
  return (flag.split('=')[0]?.replaceAll('_', '-') ?? '').replace(/^--no-/, '--');
}
