import type { FileProgress } from './inputs/tracked-file.ts';
import type { SinkStats } from './sink/sink.ts';

export interface StreamProgress {
  readonly input: 'stdin' | 'http';
  readonly id: string;
  readonly lines: number;
  readonly spooledBytes: number;
  readonly ackedBytes: number;
  readonly lagBytes: number;
  readonly errors: number;
  readonly oldestUnackedMs: number;
  readonly linesPerSecond?: number;
}

/** A snapshot of what the agent is doing, for `status`, the metrics endpoint and heartbeats. */
export interface AgentStatus {
  readonly nodeId: string;
  readonly host: string;
  readonly version: string;
  readonly configHash: string;
  readonly startedAt: number;
  readonly uptimeMs: number;
  /** True while inputs are paused because Kafka has not acknowledged enough of what was sent. */
  readonly paused: boolean;
  /** Bytes waiting in files and spools that Kafka has not acknowledged yet. */
  readonly heldBytes: number;
  readonly kafka: SinkStats;
  /** With `memory_limit_mb`: RSS now, the limit, and how often reading paused near it. */
  readonly memory?: { readonly rssBytes: number; readonly limitBytes: number; readonly pauses: number };
  readonly files: readonly (FileProgress & { readonly linesPerSecond: number })[];
  readonly streams: readonly StreamProgress[];
  readonly checkpoints: { readonly lastSavedAt?: number; readonly errors: number };
  readonly errors: {
    readonly scan: number;
    readonly checkpoint: number;
    /** Errors the main loop caught in a component (it logs them and carries on). */
    readonly loop: number;
    readonly lastLoopError?: string;
  };
  /** The HTTP input's requests: in flight now, lines accepted, refusals by reason. */
  readonly http?: {
    readonly inFlight: number;
    readonly acceptedLines: number;
    readonly refused: { readonly overloaded: number; readonly host: number; readonly token: number };
  };
  /** Loopback URLs the agent listens on. */
  readonly endpoints: { readonly status?: string; readonly http?: string };
}
