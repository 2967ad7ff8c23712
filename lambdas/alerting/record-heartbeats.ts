/** Heartbeats topic → nodes table, stamped with the time Logward received them (never the node's clock). */
import type { MSKEvent } from 'aws-lambda';
import { progressOf } from '#core/alerting/node-progress.ts';
import type { NodeHeartbeat, NodeStore } from '#core/alerting/stores.ts';
import { decodeMskEvent } from '#core/msk-event.ts';
import { appNodeId, decodeHeartbeat } from '#core/wire.ts';
import { type BatchAttemptStore, withBoundedAttempts } from '../batch-attempts.ts';
import type { Logger } from '../logger.ts';

export interface HeartbeatDependencies {
  readonly nodes: NodeStore;
  readonly logger: Logger;
  readonly now?: () => number;
  /** Where attempts at a batch are counted; without it, attempts are not bounded. */
  readonly attempts?: BatchAttemptStore;
  readonly maxBatchAttempts?: number;
}

/**
 * The heartbeats Lambda's work on one batch, as one counted attempt (lambdas/batch-attempts.ts).
 * A batch failing its last attempt is given up with an error log: a heartbeat is only worth its
 * receive time, and the monitor reports the nodes it leaves late as late.
 */
export async function recordHeartbeatBatch(
  event: MSKEvent,
  deps: HeartbeatDependencies,
  remainingMs?: () => number,
): Promise<{ readonly recorded: number; readonly invalid: number }> {
  if (deps.attempts === undefined) return recordHeartbeats(event, deps);
  const outcome = await withBoundedAttempts(
    event,
    {
      consumer: 'heartbeats',
      store: deps.attempts,
      ...(deps.maxBatchAttempts !== undefined ? { maxAttempts: deps.maxBatchAttempts } : {}),
      ...(remainingMs ? { remainingMs } : {}),
      logger: deps.logger,
      giveUp: async () => {},
    },
    () => recordHeartbeats(event, deps),
  );
  return outcome.givenUp ? { recorded: 0, invalid: 0 } : outcome.result;
}

export async function recordHeartbeats(
  event: MSKEvent,
  deps: HeartbeatDependencies,
): Promise<{ readonly recorded: number; readonly invalid: number }> {
  const receivedAt = (deps.now ?? Date.now)();
  const heartbeats: NodeHeartbeat[] = [];
  let invalid = 0;
  for (const record of decodeMskEvent(event)) {
    const decoded = decodeHeartbeat(record.value);
    if (!decoded.ok) {
      // Retrying cannot fix a malformed heartbeat: log it and go on (the partition is never blocked).
      invalid++;
      deps.logger.warn('invalid heartbeat skipped', { reason: decoded.reason, position: record.position });
      continue;
    }
    const h = decoded.heartbeat;
    heartbeats.push(
      h.type === 'agent'
        ? {
            nodeId: h.nodeId,
            host: h.host,
            kind: 'agent',
            agentVersion: h.agentVersion,
            configHash: h.configHash,
            intervalSeconds: positiveOr(h.intervalSeconds, 30),
            sentAt: h.sentAt,
            progress: progressOf(h),
          }
        : {
            nodeId: appNodeId(h.nodeId, h.app),
            host: h.host,
            kind: 'app',
            app: h.app,
            intervalSeconds: positiveOr(h.intervalSeconds, 30),
            sentAt: h.sentAt,
          },
    );
  }
  await deps.nodes.recordHeartbeats(heartbeats, receivedAt);
  return { recorded: heartbeats.length, invalid };
}

function positiveOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}
