/**
 * The heartbeat state machine, pure. Node states: new → up → late → down, plus paused
 * (maintenance, always with an end) and retired (decommissioned). Ages are measured from the
 * time Logward *received* the last heartbeat, never from the node's clock.
 *
 * Notified transitions: → down, down → up (recovery, with the downtime), and the pipeline
 * guard's stalled / flowing again. `late` is visible state only. Hysteresis: a down node must
 * heartbeat continuously for `recoverAfterMs` before it counts as recovered, so a flapping node
 * does not send a recovery and a new down alert every minute.
 */

import type { NodeRecord, Notification } from './model.ts';
import type { Channel } from './rules.ts';

export interface HeartbeatPolicy {
  /** Late once the last heartbeat is older than this many intervals. */
  readonly lateAfterIntervals: number;
  /** Down once older than this many intervals … */
  readonly downAfterIntervals: number;
  /** … and at least this old (so a 5 s interval does not page after 15 s). */
  readonly minDownAfterMs: number;
  /** A down node must heartbeat continuously this long before it is up again. */
  readonly recoverAfterMs: number;
  /** At least this many nodes going down (or recovering) in one evaluation: one grouped notification. */
  readonly stormThreshold: number;
  /**
   * Nothing at all received for this long, from at least `minNodesForStall` nodes: the pipeline
   * stalled. At most `minDownAfterMs`, so the guard is judged before any node would go down.
   */
  readonly stallAfterMs: number;
  readonly minNodesForStall: number;
}

export const DEFAULT_HEARTBEAT_POLICY: HeartbeatPolicy = {
  lateAfterIntervals: 2,
  downAfterIntervals: 5,
  minDownAfterMs: 3 * 60_000,
  recoverAfterMs: 60_000,
  stormThreshold: 5,
  stallAfterMs: 3 * 60_000,
  minNodesForStall: 2,
};

export type NodeEvent = 'down' | 'recovered';

export interface NodeEvaluation {
  readonly after: NodeRecord;
  readonly event?: NodeEvent;
}

function thresholds(node: NodeRecord, policy: HeartbeatPolicy) {
  const interval = Math.max(1, node.intervalSeconds) * 1000;
  return {
    late: policy.lateAfterIntervals * interval,
    down: Math.max(policy.downAfterIntervals * interval, policy.minDownAfterMs),
  };
}

/** One node's next state at `now`; `stalled` holds nodes back from `down` (the pipeline is to blame). */
export function evaluateNode(
  node: NodeRecord,
  now: number,
  policy: HeartbeatPolicy,
  stalled = false,
): NodeEvaluation {
  const age = now - node.lastSeenAt;
  const t = thresholds(node, policy);
  const fresh = age <= t.late;
  const move = (state: NodeRecord['state'], extra: Partial<NodeRecord> = {}): NodeRecord => {
    const { recoveringSince: _r, returnedAt: _t, downSince: _d, pausedUntil: _p, ...base } = node;
    return { ...base, state, stateSince: now, ...extra, version: node.version + 1 };
  };
  switch (node.state) {
    case 'retired':
      // A retired node that heartbeats again comes back as new; it is never resumed silently as up.
      return node.lastSeenAt > node.stateSince ? { after: move('new') } : { after: node };
    case 'paused':
      if (node.pausedUntil !== undefined && now < node.pausedUntil) return { after: node };
      return { after: move(fresh ? 'up' : 'late') };
    case 'down': {
      if (!fresh) {
        if (node.recoveringSince === undefined) return { after: node };
        const { recoveringSince: _r, returnedAt: _t, ...rest } = node;
        return { after: { ...rest, version: node.version + 1 } };
      }
      const recoveringSince = node.recoveringSince ?? now;
      const returnedAt = node.returnedAt ?? node.lastSeenAt;
      if (now - recoveringSince >= policy.recoverAfterMs) {
        return {
          after: move('up', { returnedAt, downSince: node.downSince ?? node.stateSince }),
          event: 'recovered',
        };
      }
      if (node.recoveringSince !== undefined) return { after: node };
      return { after: { ...node, recoveringSince, returnedAt, version: node.version + 1 } };
    }
    default: {
      if (age > t.down && !stalled)
        return { after: move('down', { downSince: node.lastSeenAt }), event: 'down' };
      const state = fresh ? 'up' : 'late';
      return state === node.state ? { after: node } : { after: move(state) };
    }
  }
}

export interface FleetEvaluation {
  readonly changes: ReadonlyArray<{ readonly before: NodeRecord; readonly after: NodeRecord }>;
  readonly notifications: readonly Notification[];
  /** Set when the stalled flag must flip: the new value (a time when stalled, null when flowing). */
  readonly pipeline?: { readonly stalledSince: number | null; readonly notification: Notification };
}

export interface FleetContext {
  readonly now: number;
  readonly policy: HeartbeatPolicy;
  /** Latest receive time of anything (heartbeats or logs), epoch ms. */
  readonly lastArrivalAt: number | undefined;
  /** When the pipeline-stalled alert is open. */
  readonly stalledSince: number | undefined;
  readonly channels: readonly Channel[];
}

/** Evaluates every node at once: storm collapse and the pipeline-stalled guard need the whole fleet. */
export function evaluateFleet(nodes: readonly NodeRecord[], ctx: FleetContext): FleetEvaluation {
  const { now, policy } = ctx;
  const monitored = nodes.filter((n) => n.state !== 'paused' && n.state !== 'retired');
  const stalled =
    monitored.length >= policy.minNodesForStall &&
    ctx.lastArrivalAt !== undefined &&
    now - ctx.lastArrivalAt > policy.stallAfterMs;
  const changes: Array<{ before: NodeRecord; after: NodeRecord }> = [];
  const down: NodeRecord[] = [];
  const recovered: NodeRecord[] = [];
  for (const node of nodes) {
    const { after, event } = evaluateNode(node, now, policy, stalled || ctx.stalledSince !== undefined);
    if (after !== node) changes.push({ before: node, after });
    if (event === 'down') down.push(after);
    if (event === 'recovered') recovered.push(after);
  }
  const notifications = [...collapse(down, 'down', ctx), ...collapse(recovered, 'recovered', ctx)];
  let pipeline: FleetEvaluation['pipeline'];
  if (stalled && ctx.stalledSince === undefined) {
    pipeline = {
      stalledSince: ctx.lastArrivalAt ?? now,
      notification: pipelineNotification(true, ctx.lastArrivalAt ?? now, ctx),
    };
  } else if (!stalled && ctx.stalledSince !== undefined) {
    pipeline = { stalledSince: null, notification: pipelineNotification(false, ctx.stalledSince, ctx) };
  }
  return pipeline === undefined ? { changes, notifications } : { changes, notifications, pipeline };
}

function collapse(nodes: readonly NodeRecord[], event: NodeEvent, ctx: FleetContext): Notification[] {
  if (nodes.length === 0) return [];
  if (nodes.length >= ctx.policy.stormThreshold) return [stormNotification(nodes, event, ctx)];
  return nodes.map((node) => nodeNotification(node, event, ctx));
}

/** `2h 5m 10s` */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const parts = [
    [Math.floor(s / 86400), 'd'],
    [Math.floor((s % 86400) / 3600), 'h'],
    [Math.floor((s % 3600) / 60), 'm'],
    [s % 60, 's'],
  ] as const;
  const shown = parts.filter(([n]) => n > 0).map(([n, unit]) => `${n}${unit}`);
  return shown.length === 0 ? '0s' : shown.join(' ');
}

function describe(node: NodeRecord): string {
  return node.kind === 'app' && node.app
    ? `${node.app} on ${node.host} (${node.nodeId})`
    : `${node.host} (${node.nodeId})`;
}

function downtime(node: NodeRecord): number {
  return (node.returnedAt ?? node.lastSeenAt) - (node.downSince ?? node.stateSince);
}

function nodeNotification(node: NodeRecord, event: NodeEvent, ctx: FleetContext): Notification {
  const episode = node.downSince ?? node.lastSeenAt;
  const subject = `[Logward] node ${node.host} down`;
  const last = new Date(episode).toISOString();
  const base = {
    fingerprint: `node:${node.nodeId}`,
    threadId: `node:${node.nodeId}#${episode}`,
    title: `node ${node.host}`,
    count: 1,
    samples: [],
    channels: ctx.channels,
    createdAt: ctx.now,
  };
  if (event === 'down') {
    return {
      ...base,
      id: `node:${node.nodeId}#${episode}#down`,
      kind: 'firing',
      subject,
      summary: `Node ${describe(node)} is down: no heartbeat received since ${last} (${formatDuration(ctx.now - episode)} ago).`,
      details: [`Last heartbeat received: ${last}`, `Heartbeat interval: ${node.intervalSeconds} s`],
    };
  }
  return {
    ...base,
    id: `node:${node.nodeId}#${episode}#recovered`,
    kind: 'resolved',
    subject: `Re: ${subject}`,
    summary: `Node ${describe(node)} is back up after ${formatDuration(downtime(node))} of downtime.`,
    details: [
      `Down from ${last} to ${new Date(node.returnedAt ?? node.lastSeenAt).toISOString()}`,
      `Downtime: ${formatDuration(downtime(node))}`,
    ],
  };
}

function stormNotification(nodes: readonly NodeRecord[], event: NodeEvent, ctx: FleetContext): Notification {
  const minute = Math.floor(ctx.now / 60_000);
  const ids = nodes.map((n) => n.nodeId).sort();
  const key = `${minute}#${ids.length}#${ids[0]}`;
  const lines = nodes
    .slice()
    .sort((a, b) => a.host.localeCompare(b.host))
    .map((n) =>
      event === 'down'
        ? `${describe(n)}: last heartbeat ${new Date(n.downSince ?? n.lastSeenAt).toISOString()}`
        : `${describe(n)}: downtime ${formatDuration(downtime(n))}`,
    );
  return {
    id: `nodes:${event}#${key}`,
    fingerprint: `nodes:${event}:${minute}`,
    kind: event === 'down' ? 'firing' : 'resolved',
    subject: `[Logward] ${nodes.length} nodes ${event === 'down' ? 'down' : 'recovered'}`,
    threadId: `nodes:${event}#${key}`,
    title: `${nodes.length} nodes`,
    summary:
      event === 'down'
        ? `${nodes.length} nodes stopped heartbeating at about the same time (one notification instead of ${nodes.length}).`
        : `${nodes.length} nodes are heartbeating again.`,
    count: nodes.length,
    samples: [],
    details: lines,
    channels: ctx.channels,
    createdAt: ctx.now,
  };
}

function pipelineNotification(stalled: boolean, since: number, ctx: FleetContext): Notification {
  const subject = '[Logward] pipeline stalled';
  const at = new Date(since).toISOString();
  return {
    id: `pipeline:stalled#${since}#${stalled ? 'firing' : 'resolved'}`,
    fingerprint: 'pipeline:stalled',
    kind: stalled ? 'firing' : 'resolved',
    subject: stalled ? subject : `Re: ${subject}`,
    threadId: `pipeline:stalled#${since}`,
    title: 'pipeline',
    summary: stalled
      ? `Nothing at all has reached Logward since ${at}: no heartbeats and no logs from any node. The pipeline (agents → Kafka → Lambda) is more likely broken than every node; node down alerts are held back until data flows again.`
      : `Data is flowing again after ${formatDuration(ctx.now - since)} without any.`,
    count: 1,
    samples: [],
    details: [],
    channels: ctx.channels,
    createdAt: ctx.now,
  };
}

/**
 * The closing notification of a node retired while down: its alert ends explicitly, never
 * silently. Undefined when the node was not down (nothing to close). Pass it to
 * `NodeStore.transition` with the retirement, so both are written together.
 */
export function retiredWhileDownNotification(
  node: NodeRecord,
  by: string,
  now: number,
  channels: readonly Channel[],
): Notification | undefined {
  if (node.state !== 'down') return undefined;
  const episode = node.downSince ?? node.lastSeenAt;
  return {
    id: `node:${node.nodeId}#${episode}#retired`,
    fingerprint: `node:${node.nodeId}`,
    kind: 'resolved',
    subject: `Re: [Logward] node ${node.host} down`,
    threadId: `node:${node.nodeId}#${episode}`,
    title: `node ${node.host}`,
    summary: `Node ${describe(node)} was retired by ${by} while down (down for ${formatDuration(now - episode)}). It did not recover; no more alerts will be sent for it.`,
    count: 1,
    samples: [],
    details: [],
    channels,
    createdAt: now,
  };
}
