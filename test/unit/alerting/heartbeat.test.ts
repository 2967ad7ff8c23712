import { describe, expect, test } from 'vitest';
import {
  evaluateFleet,
  evaluateNode,
  formatDuration,
  DEFAULT_HEARTBEAT_POLICY as P,
} from '#core/alerting/heartbeat.ts';
import type { NodeRecord } from '#core/alerting/model.ts';
import { node, T0 } from './fixtures.ts';

const channels = [{ kind: 'email', to: ['ops@example.test'] }] as const;

function run(n: NodeRecord, now: number) {
  return evaluateNode(n, now, P);
}

describe('evaluateNode', () => {
  test('new → up → late → down by receive-time age (interval 30 s: late after 60 s, down after 180 s)', () => {
    expect(run(node({ state: 'new' }), T0 + 1000).after.state).toBe('up');
    expect(run(node(), T0 + 60_000).after.state).toBe('up');
    expect(run(node(), T0 + 60_001).after.state).toBe('late');
    const down = run(node({ state: 'late' }), T0 + 180_001);
    expect(down.event).toBe('down');
    expect(down.after).toMatchObject({ state: 'down', downSince: T0, version: 2 });
  });

  test('the node clock is ignored', () => {
    expect(run(node({ lastSentAt: T0 - 86_400_000 }), T0 + 1000).after.state).toBe('up');
  });

  test('recovery needs heartbeats for recoverAfter (hysteresis) and states the downtime', () => {
    const down = node({ state: 'down', downSince: T0, stateSince: T0 + 180_000, lastSeenAt: T0 + 600_000 });
    const first = run(down, T0 + 610_000);
    expect(first.event).toBeUndefined();
    expect(first.after).toMatchObject({
      state: 'down',
      recoveringSince: T0 + 610_000,
      returnedAt: T0 + 600_000,
    });
    // Flaps: silent again before recoverAfter → recovering is forgotten, still down, no mail.
    const flapped = run({ ...first.after, lastSeenAt: T0 + 600_000 }, T0 + 700_000);
    expect(flapped.after.recoveringSince).toBeUndefined();
    expect(flapped.event).toBeUndefined();
    const steady = run({ ...first.after, lastSeenAt: T0 + 665_000 }, T0 + 670_000);
    expect(steady.event).toBe('recovered');
    expect(steady.after).toMatchObject({ state: 'up', downSince: T0, returnedAt: T0 + 600_000 });
  });

  test('paused until its end; retired stays retired until it heartbeats again (then new)', () => {
    const paused = node({ state: 'paused', pausedUntil: T0 + 3_600_000, lastSeenAt: T0 - 3_000_000 });
    expect(run(paused, T0 + 1000).after).toBe(paused);
    expect(run(paused, T0 + 3_600_000).after.state).toBe('late');
    const retired = node({ state: 'retired', stateSince: T0 + 1, lastSeenAt: T0 });
    expect(run(retired, T0 + 86_400_000).after).toBe(retired);
    expect(run({ ...retired, lastSeenAt: T0 + 2 }, T0 + 3).after.state).toBe('new');
  });
});

describe('evaluateFleet', () => {
  const ctx = { now: T0 + 200_000, policy: P, stalledSince: undefined, channels };

  test('one node down: one notification; fewer than the storm threshold: one each', () => {
    const nodes = [
      node({ nodeId: 'a', host: 'a' }),
      node({ nodeId: 'b', host: 'b', lastSeenAt: T0 + 199_000 }),
    ];
    const r = evaluateFleet(nodes, { ...ctx, lastArrivalAt: T0 + 199_000 });
    expect(r.notifications.map((n) => [n.subject, n.kind])).toEqual([['[Logward] node a down', 'firing']]);
  });

  test('a storm collapses into one notification listing every node', () => {
    const nodes = Array.from({ length: 50 }, (_, i) =>
      node({ nodeId: `n${i}`, host: `host-${String(i).padStart(2, '0')}` }),
    );
    nodes.push(node({ nodeId: 'alive', lastSeenAt: T0 + 199_000 }));
    const r = evaluateFleet(nodes, { ...ctx, lastArrivalAt: T0 + 199_000 });
    expect(r.changes).toHaveLength(50);
    expect(r.notifications).toHaveLength(1);
    expect(r.notifications[0]?.subject).toBe('[Logward] 50 nodes down');
    expect(r.notifications[0]?.details).toHaveLength(50);
  });

  test('nothing arrived at all: one pipeline-stalled alert, no node goes down', () => {
    const nodes = Array.from({ length: 3 }, (_, i) => node({ nodeId: `n${i}` }));
    const r = evaluateFleet(nodes, { ...ctx, now: T0 + 400_000, lastArrivalAt: T0 });
    expect(r.changes.map((c) => c.after.state)).toEqual(['late', 'late', 'late']);
    expect(r.notifications).toEqual([]);
    expect(r.pipeline?.stalledSince).toBe(T0);
    expect(r.pipeline?.notification.subject).toBe('[Logward] pipeline stalled');
    const flowing = evaluateFleet(
      nodes.map((n) => ({ ...n, lastSeenAt: T0 + 500_000 })),
      { ...ctx, now: T0 + 510_000, lastArrivalAt: T0 + 500_000, stalledSince: T0 },
    );
    expect(flowing.pipeline).toMatchObject({ stalledSince: null, notification: { kind: 'resolved' } });
  });

  test('formats durations', () => {
    expect(formatDuration(3_725_000)).toBe('1h 2m 5s');
    expect(formatDuration(0)).toBe('0s');
  });
});
