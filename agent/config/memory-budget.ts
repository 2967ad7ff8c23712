/**
 * `memory_limit_mb`: the agent trades throughput for a peak RSS under the limit. This is the pure
 * part, what gets sized from the limit: V8's heap (node flags for the agent's process), glibc's
 * malloc arenas, the sink's buffer and its batches, and the RSS above which reading pauses.
 * Measured in bench/agent-memory.ts; docs/performance.md has the figures.
 */

const MiB = 1024 * 1024;

/**
 * The idle agent's RSS, in MB: the runtime, the bundle's code and a connected Kafka client
 * (bench/agent-memory.ts, "agent, idle": 76-78 MB). Nothing a setting sizes can take it away.
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

export interface MemoryPlan extends BufferSizes {
  readonly limitBytes: number;
  /**
   * Above this RSS, inputs read only while nothing is waiting for Kafka: one batch at a time,
   * until the garbage collector brought the process back under it.
   */
  readonly softLimitBytes: number;
  /** Flags for the agent's Node process (V8's young and old generations), in MB. */
  readonly nodeFlags: readonly string[];
  /** Environment for the agent's process. */
  readonly env: Readonly<Record<string, string>>;
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
  const semiSpaceMb = headroomMb < 48 ? 1 : headroomMb < 96 ? 2 : undefined;
  const oldSpaceMb = Math.max(32, headroomMb);
  const nodeFlags = [
    ...(semiSpaceMb === undefined ? [] : [`--max-semi-space-size=${semiSpaceMb}`]),
    `--max-old-space-size=${oldSpaceMb}`,
  ];
  return {
    limitBytes: limitMb * MiB,
    // RSS goes on rising for a while once reading is down to one batch at a time (measured at 96
    // with a soft limit 5 % under it: peaks of 90-96 MB on 2,000,000 lines), hence 10 %.
    softLimitBytes: Math.floor(limitMb * MiB - Math.max(8 * MiB, limitMb * MiB * 0.1)),
    nodeFlags,
    // glibc: each thread that compresses (libuv's pool) would get a malloc arena of its own, and
    // blocks over 128 KiB (compression contexts, request buffers) come from mmap and go back to
    // the system when freed, instead of staying in the arenas (measured at 96 MB: peak RSS 97.8
    // -> 86.9 MB, at 3 % more CPU).
    env: { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072', MALLOC_TRIM_THRESHOLD_: '131072' },
    bufferMaxBytes,
    batchMaxBytes,
    recordMaxBytes,
  };
}
