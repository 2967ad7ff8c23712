/**
 * What an agent's heartbeat says of its progress, reduced to what the nodes table keeps and the
 * console shows: how much of its inputs Kafka has acknowledged, and how much waits. A heartbeat is
 * another program's JSON: a missing or non-numeric figure counts as 0, never as a failure.
 */
import type { AgentHeartbeat } from '../wire.ts';

export interface NodeProgress {
  /** Inputs the agent reads (files, stdin, HTTP). */
  readonly inputs: number;
  /**
   * Where Kafka's acknowledgements have reached in each input's current file (or stream spool),
   * summed: positions, not a running total, so it falls back when a file rotates. The name is kept
   * for the API and the nodes table; it is not the bytes the agent has put in Kafka.
   */
  readonly ackedBytes: number;
  /** Bytes of its inputs not yet acknowledged by Kafka (the agent's lag), summed. */
  readonly lagBytes: number;
  /** Age of the oldest record sent and not yet acknowledged, ms (0 when none). */
  readonly oldestUnackedMs: number;
  /** Input errors, summed. */
  readonly errors: number;
  /** Bytes buffered for Kafka. */
  readonly bufferedBytes: number;
  readonly sendErrors: number;
  /** True while inputs are paused because Kafka is behind. */
  readonly backpressure: boolean;
  readonly uptimeSeconds: number;
}

/** The progress an agent heartbeat reports. */
export function progressOf(heartbeat: AgentHeartbeat): NodeProgress {
  const inputs = Array.isArray(heartbeat.inputs) ? heartbeat.inputs : [];
  const sum = (pick: (input: AgentHeartbeat['inputs'][number]) => unknown) =>
    inputs.reduce((total, input) => total + count(pick(input)), 0);
  return {
    inputs: inputs.length,
    ackedBytes: sum((i) => i?.ackedOffset),
    lagBytes: sum((i) => i?.lagBytes),
    oldestUnackedMs: inputs.reduce((oldest, i) => Math.max(oldest, count(i?.oldestUnackedMs)), 0),
    errors: sum((i) => i?.errors),
    bufferedBytes: count(heartbeat.kafka?.bufferedBytes),
    sendErrors: count(heartbeat.kafka?.sendErrors),
    backpressure: heartbeat.paused === true,
    uptimeSeconds: count(heartbeat.uptimeSeconds),
  };
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}
