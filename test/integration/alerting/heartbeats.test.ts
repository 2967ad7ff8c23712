/**
 * Heartbeat monitor on the local DynamoDB and SES (moto), driven at explicit times (no waiting
 * real minutes): heartbeats are recorded as the heartbeats handler does, with their receive time.
 */
import { afterAll, describe, expect, test } from 'vitest';
import type { LeaseStore } from '#core/alerting/stores.ts';
import { monitorDependenciesFromEnv } from '#lambdas/alerting/dependencies.ts';
import { runHeartbeatMonitor } from '#lambdas/alerting/monitor-heartbeats.ts';
import { jsonLogger } from '#lambdas/logger.ts';
import type { LocalAlerting } from '#local/alerting.ts';
import { heartbeat, mailTo, startAlertingOnly } from './support.ts';

const MINUTE = 60_000;
const quiet = jsonLogger({}, () => {});

interface Fleet {
  alerting: LocalAlerting;
  recipient: string;
  topic: string;
  env: NodeJS.ProcessEnv;
}

async function fleet(name: string): Promise<Fleet> {
  const { alerting, recipient, topology, env } = await startAlertingOnly(name);
  return { alerting, recipient, topic: topology.topics.heartbeats, env };
}

/** Monitor then dispatcher, at `now`, as the schedule would run them. */
async function tick(f: Fleet, now: number): Promise<void> {
  await f.alerting.runMonitor(now);
  await f.alerting.runDispatcher(now);
}

describe('heartbeat monitor', () => {
  const fleets: Fleet[] = [];
  afterAll(async () => {
    await Promise.all(fleets.map((f) => f.alerting.stop()));
  });

  test('a node that stops heartbeating: exactly one down email, then one recovery email with the downtime', async () => {
    const f = await fleet('hb-one');
    fleets.push(f);
    const T = Date.now();
    const a = { nodeId: 'node-a', host: 'web-a' };
    const b = { nodeId: 'node-b', host: 'web-b' };
    // a heartbeats until T+60s, is silent until T+600s, then heartbeats again; b never stops.
    for (let t = T; t <= T + 15 * MINUTE; t += 30_000) {
      const alive = t <= T + MINUTE || t >= T + 10 * MINUTE ? [a, b] : [b];
      await heartbeat(f.alerting, f.topic, alive, t);
      if ((t - T) % MINUTE === 0) await tick(f, t + 1);
    }
    const mails = await mailTo(f.recipient);
    expect(mails.map((m) => m.subject)).toEqual([
      '[Logward] node web-a down',
      'Re: [Logward] node web-a down',
    ]);
    const [down, recovered] = mails;
    expect(down?.text).toContain('Node web-a (node-a) is down: no heartbeat received since');
    expect(recovered?.text).toContain('Node web-a (node-a) is back up after 9m of downtime.');
    // The recovery threads under the down mail, by the Message-ID SES gave it (here moto's id).
    const root = `<${down?.id}@email.amazonses.com>`;
    expect(
      ['In-Reply-To', 'References'].map((name) => recovered?.headers.find(([n]) => n === name)?.[1]),
    ).toEqual([root, root]);
    expect((await f.alerting.stores.nodes.get('node-a'))?.state).toBe('up');
  });

  test('an app that stops heartbeating is its own node: its down email names it, its agent stays up', async () => {
    const f = await fleet('hb-app');
    fleets.push(f);
    const T = Date.now();
    const agent = { nodeId: 'node-c', host: 'web-c' };
    const app = { ...agent, app: 'billing' };
    // The app heartbeats through its agent for a minute, then dies; the agent carries on.
    for (let t = T; t <= T + 8 * MINUTE; t += 30_000) {
      await heartbeat(f.alerting, f.topic, t <= T + MINUTE ? [agent, app] : [agent], t);
      if ((t - T) % MINUTE === 0) await tick(f, t + 1);
    }
    const mails = await mailTo(f.recipient);
    expect(mails.map((m) => m.subject)).toEqual(['[Logward] node web-c down']);
    expect(mails[0]?.text).toContain('Node billing on web-c (node-c/billing) is down');
    const nodes = f.alerting.stores.nodes;
    expect(await nodes.get('node-c')).toMatchObject({ kind: 'agent', state: 'up', configHash: 'c0ffee' });
    expect(await nodes.get('node-c/billing')).toMatchObject({ kind: 'app', app: 'billing', state: 'down' });
  });

  test('50 nodes that stop together: one email listing them', async () => {
    const f = await fleet('hb-storm');
    fleets.push(f);
    const T = Date.now();
    const nodes = Array.from({ length: 50 }, (_, i) => ({
      nodeId: `n-${i}`,
      host: `host-${String(i).padStart(2, '0')}`,
    }));
    const survivor = { nodeId: 'survivor', host: 'survivor' };
    await heartbeat(f.alerting, f.topic, [...nodes, survivor], T);
    await tick(f, T + 1);
    for (let t = T + MINUTE; t <= T + 6 * MINUTE; t += MINUTE) {
      await heartbeat(f.alerting, f.topic, [survivor], t);
      await tick(f, t + 1);
    }
    const mails = await mailTo(f.recipient);
    expect(mails.map((m) => m.subject)).toEqual(['[Logward] 50 nodes down']);
    expect(mails[0]?.text.match(/^host-\d\d \(n-\d+\): last heartbeat /gm)).toHaveLength(50);
    expect((await f.alerting.stores.nodes.list()).filter((n) => n.state === 'down')).toHaveLength(50);
  });

  test('two monitor runs at once send no duplicate mail, with or without the lease', async () => {
    const f = await fleet('hb-race');
    fleets.push(f);
    const T = Date.now();
    const nodes = [
      { nodeId: 'r-1', host: 'r-1' },
      { nodeId: 'r-2', host: 'r-2' },
    ];
    const survivor = { nodeId: 'r-survivor', host: 'r-survivor' };
    await heartbeat(f.alerting, f.topic, [...nodes, survivor], T);
    await heartbeat(f.alerting, f.topic, [survivor], T + 4 * MINUTE);
    const noLease: LeaseStore = { acquire: async () => true, release: async () => {} };
    // Separate dependency sets, as two Lambda instances would have.
    const monitors = [
      monitorDependenciesFromEnv(f.env, { logger: quiet }),
      monitorDependenciesFromEnv(f.env, { logger: quiet }),
    ];
    const race = (now: number, leases?: LeaseStore) =>
      Promise.all(monitors.map((deps) => runHeartbeatMonitor(leases ? { ...deps, leases } : deps, now)));
    const dispatchTwice = (now: number) =>
      Promise.all([f.alerting.runDispatcher(now), f.alerting.runDispatcher(now)]);

    // Without the lease both evaluate the same transitions: the conditional transaction lets one win.
    const down = await race(T + 4 * MINUTE + 1, noLease);
    expect(down.map((r) => r.skipped)).toEqual([false, false]);
    await dispatchTwice(T + 4 * MINUTE + 2);

    // With the lease, and a recovery (hysteresis: fresh at two runs a minute apart).
    await heartbeat(f.alerting, f.topic, [...nodes, survivor], T + 5 * MINUTE);
    await race(T + 5 * MINUTE + 1);
    await heartbeat(f.alerting, f.topic, [...nodes, survivor], T + 6 * MINUTE);
    const recovered = await race(T + 6 * MINUTE + 1);
    expect(recovered.filter((r) => r.skipped).length).toBeLessThanOrEqual(1);
    await dispatchTwice(T + 6 * MINUTE + 2);

    const mails = await mailTo(f.recipient);
    expect(mails.map((m) => m.subject).sort()).toEqual(
      [
        '[Logward] node r-1 down',
        '[Logward] node r-2 down',
        'Re: [Logward] node r-1 down',
        'Re: [Logward] node r-2 down',
      ].sort(),
    );
  });

  test('nothing arrives from anyone: one "pipeline stalled" alert instead of a down alert per node', async () => {
    const f = await fleet('hb-stall');
    fleets.push(f);
    const T = Date.now();
    const nodes = Array.from({ length: 3 }, (_, i) => ({ nodeId: `s-${i}`, host: `s-${i}` }));
    await heartbeat(f.alerting, f.topic, nodes, T);
    for (let t = T + MINUTE; t <= T + 10 * MINUTE; t += MINUTE) await tick(f, t);
    await heartbeat(f.alerting, f.topic, nodes, T + 11 * MINUTE);
    await tick(f, T + 11 * MINUTE + 1);
    const mails = await mailTo(f.recipient);
    expect(mails.map((m) => m.subject)).toEqual([
      '[Logward] pipeline stalled',
      'Re: [Logward] pipeline stalled',
    ]);
  });
});
