import type { AgentHeartbeat } from '#core/wire.ts';
import type { AgentStatus } from '../status.ts';

/** The heartbeat message for the current status. */
export function buildAgentHeartbeat(
  status: AgentStatus,
  seq: number,
  intervalMs: number,
  now: number,
): AgentHeartbeat {
  return {
    v: 1,
    type: 'agent',
    nodeId: status.nodeId,
    host: status.host,
    agentVersion: status.version,
    configHash: status.configHash,
    sentAt: now,
    uptimeSeconds: Math.floor(status.uptimeMs / 1000),
    seq,
    intervalSeconds: Math.round(intervalMs / 1000),
    inputs: [
      ...status.files.map((f) => ({
        kind: 'file' as const,
        id: f.id ?? '',
        path: f.path,
        ackedOffset: f.ackedOffset,
        size: f.size,
        lagBytes: f.lagBytes,
        oldestUnackedMs: f.oldestUnackedMs,
        errors: f.errors,
      })),
      ...status.streams.map((s) => ({
        kind: s.input,
        id: s.id,
        ackedOffset: s.ackedBytes,
        size: s.spooledBytes,
        lagBytes: s.lagBytes,
        oldestUnackedMs: s.oldestUnackedMs,
        errors: s.errors,
      })),
    ],
    kafka: {
      bufferedBytes: status.kafka.bufferedBytes,
      sendErrors: status.kafka.sendErrors,
      consecutiveFailures: status.kafka.consecutiveFailures,
      failure: status.kafka.failure,
    },
    paused: status.paused,
  };
}
