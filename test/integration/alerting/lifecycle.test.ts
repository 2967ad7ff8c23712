/**
 * An alert's whole life at explicit times: grouped first mail, repeat interval, reminder,
 * acknowledgement stopping reminders, resolution threaded under the first mail; and a node
 * retired while down, which gets an explicit closing mail rather than a silent resolution.
 */
import { afterAll, describe, expect, test } from 'vitest';
import type { Occurrence } from '#core/alerting/model.ts';
import { defaultChannelsFromEnv } from '#lambdas/alerting/dependencies.ts';
import { retireNode } from '#lambdas/alerting/manage.ts';
import type { LocalAlerting } from '#local/alerting.ts';
import { defined } from '../../support/fixtures.ts';
import { heartbeat, mailTo, startAlertingOnly } from './support.ts';

const S = 1000;
const stacks: LocalAlerting[] = [];
afterAll(async () => {
  await Promise.all(stacks.map((s) => s.stop()));
});

function occurrence(at: number, count = 1, service = 'orders'): Occurrence {
  return {
    fingerprint: `rule:default-error:${service}`,
    title: `ERROR ${service}`,
    labels: { ruleId: 'default-error', service, level: 'ERROR' },
    policy: { groupWaitSeconds: 30, repeatIntervalSeconds: 3600, resolveAfterSeconds: 300, channels: [] },
    count,
    samples: [],
    at,
  };
}

describe('alert lifecycle', () => {
  test('firing, no repeat before the interval, reminder, acknowledged (no reminder), resolved: one thread', async () => {
    const { alerting, recipient } = await startAlertingOnly('lifecycle');
    stacks.push(alerting);
    const T = Date.now();
    const { alerts } = alerting.stores;
    await alerts.record([occurrence(T, 4)]);
    await alerting.runDispatcher(T + 30 * S);
    await alerts.record([occurrence(T + 3000 * S)]);
    await alerting.runDispatcher(T + 3030 * S);
    expect(await mailTo(recipient)).toHaveLength(1);
    await alerts.record([occurrence(T + 3620 * S)]);
    await alerting.runDispatcher(T + 3640 * S);
    expect(await alerts.acknowledge('rule:default-error:orders', 'alice', T + 3650 * S)).toBe(true);
    await alerts.record([occurrence(T + 7250 * S)]);
    await alerting.runDispatcher(T + 7260 * S);
    expect(await mailTo(recipient)).toHaveLength(2);
    await alerting.runDispatcher(T + 7551 * S);

    const mails = await mailTo(recipient);
    const kind = (m: (typeof mails)[number]) => m.headers.find(([n]) => n === 'X-Logward-Alert')?.[1];
    expect(mails.map((m) => [kind(m), m.subject])).toEqual([
      ['firing', '[Logward] ERROR orders: 4 events in 30 s'],
      ['reminder', 'Re: [Logward] ERROR orders: 4 events in 30 s'],
      ['resolved', 'Re: [Logward] ERROR orders: 4 events in 30 s'],
    ]);
    // SES replaced any Message-ID of the first mail with its own (`MessageId`, here moto's id):
    // the follow-ups reply to that one, so mail clients thread them under it.
    const header = (m: (typeof mails)[number], name: string) => m.headers.find(([n]) => n === name)?.[1];
    const root = `<${mails[0]?.id}@email.amazonses.com>`;
    expect(header(defined(mails[0], 'the first mail'), 'In-Reply-To')).toBeUndefined();
    for (const followUp of mails.slice(1)) {
      expect([header(followUp, 'In-Reply-To'), header(followUp, 'References')]).toEqual([root, root]);
    }
    expect(mails[1]?.text).toContain(
      'Still firing: 2 more matching events since the last notification (6 in total).',
    );
    expect(mails[2]?.text).toContain('Resolved: no matching events for 5 min. 7 events in total');
    expect(mails[2]?.text).toContain('Acknowledged by alice');
    expect(await alerts.get('rule:default-error:orders')).toBeUndefined();
    const history = await alerting.stores.history.recent(10);
    expect(history.map((h) => h.kind)).toContain('acknowledged');
  });

  test('many alerts starting together (a storm) become one digest mail, and resolve in one', async () => {
    const { alerting, recipient } = await startAlertingOnly('digest');
    stacks.push(alerting);
    const T = Date.now();
    const services = ['api', 'billing', 'cart', 'checkout', 'search', 'users'];
    await alerting.stores.alerts.record(services.map((service, i) => occurrence(T, i + 1, service)));
    await alerting.stores.alerts.record([occurrence(T + 20 * S, 1, 'lonely')]);
    await alerting.runDispatcher(T + 30 * S);
    await alerting.runDispatcher(T + 50 * S);
    await alerting.runDispatcher(T + 400 * S);
    const mails = await mailTo(recipient);
    expect(mails.map((m) => m.subject)).toEqual([
      '[Logward] 6 alerts firing',
      '[Logward] ERROR lonely: 1 event in 30 s',
      '[Logward] 7 alerts resolved',
    ]);
    expect(mails[0]?.text).toContain('6 alerts started at about the same time (21 matching events)');
    expect(mails[0]?.text).toContain('[Logward] ERROR users: 6 events in 30 s (6)');
    // Every alert's resolution is in the history, besides the digest's delivery.
    const resolved = (await alerting.stores.history.recent(30)).filter((h) => h.kind === 'resolved');
    expect(resolved.filter((h) => h.outcome === 'recorded')).toHaveLength(7);
    expect(resolved.filter((h) => h.outcome === 'sent').map((h) => h.subject)).toEqual([
      '[Logward] 7 alerts resolved',
    ]);
  });

  test('a node retired while down gets a closing mail, never a silent resolution', async () => {
    const { alerting, recipient, topology, env } = await startAlertingOnly('retire');
    stacks.push(alerting);
    const T = Date.now();
    const topic = topology.topics.heartbeats;
    await heartbeat(
      alerting,
      topic,
      [
        { nodeId: 'old', host: 'old-box' },
        { nodeId: 'keep', host: 'keep' },
      ],
      T,
    );
    await heartbeat(alerting, topic, [{ nodeId: 'keep', host: 'keep' }], T + 240 * S);
    await alerting.runMonitor(T + 240 * S);
    await alerting.runDispatcher(T + 240 * S);
    const { nodes, alerts, silences } = alerting.stores;
    expect(
      await retireNode(
        {
          nodes,
          alerts,
          silences,
          channels: defaultChannelsFromEnv({ ...env, ALERT_EMAIL_TO: recipient }),
        },
        'old',
        'bob',
        T + 300 * S,
      ),
    ).toBe(true);
    await alerting.runDispatcher(T + 300 * S);
    await heartbeat(alerting, topic, [{ nodeId: 'keep', host: 'keep' }], T + 1200 * S);
    await alerting.runMonitor(T + 1200 * S);
    await alerting.runDispatcher(T + 1200 * S);
    const mails = await mailTo(recipient);
    expect(mails.map((m) => m.subject)).toEqual([
      '[Logward] node old-box down',
      'Re: [Logward] node old-box down',
    ]);
    expect(mails[1]?.text).toContain('was retired by bob while down (down for 5m)');
    expect((await nodes.get('old'))?.state).toBe('retired');
  });
});
