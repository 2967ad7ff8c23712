/**
 * The dispatcher delivers each notification once per channel, whatever a channel does: a webhook
 * that never answers is given up after its attempts while email and Slack are sent exactly once;
 * a dispatcher that lost its lease can record nothing; none claims an entry it has no time for.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Occurrence } from '#core/alerting/model.ts';
import type { LocalAlerting } from '#local/alerting.ts';
import { mailTo, startAlertingOnly } from './support.ts';

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function occurrence(fingerprint: string, at: number): Occurrence {
  return {
    fingerprint,
    title: `ERROR ${fingerprint}`,
    labels: { ruleId: 'default-error', service: fingerprint },
    policy: { groupWaitSeconds: 0, repeatIntervalSeconds: 3600, resolveAfterSeconds: 3600, channels: [] },
    count: 1,
    samples: [],
    at,
  };
}

describe('exactly once per channel', () => {
  const slackPosts: unknown[] = [];
  let hookRequests = 0;
  let slack: Server;
  let hook: Server;
  let alerting: LocalAlerting;
  let recipient: string;

  beforeAll(async () => {
    slack = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => {
        body += chunk.toString('utf8');
      });
      request.on('end', () => {
        slackPosts.push(JSON.parse(body));
        response.writeHead(200).end('ok');
      });
    });
    // Accepts the request and never answers.
    hook = createServer(() => {
      hookRequests++;
    });
    const [slackUrl, hookUrl] = [await listen(slack), await listen(hook)];
    ({ alerting, recipient } = await startAlertingOnly('exactly-once', {
      env: {
        SLACK_WEBHOOK_URL: `${slackUrl}/slack`,
        ALERT_WEBHOOK_URL: `${hookUrl}/hook`,
        ALERT_WEBHOOK_SIGNING_SECRET: 'signing-secret-of-the-local-receiver-0123',
        ALERT_SEND_TIMEOUT_MS: '500',
        ALERT_MAX_ATTEMPTS: '3',
      },
    }));
  });

  afterAll(async () => {
    await alerting?.stop();
    for (const server of [slack, hook]) {
      server?.closeAllConnections();
      await new Promise((resolve) => server?.close(resolve));
    }
  });

  test('a webhook that never answers: one email, one Slack post, the webhook given up after 3 attempts', async () => {
    const T = Date.now();
    await alerting.stores.alerts.record([occurrence('silent-hook', T)]);
    let now = T;
    for (let pass = 0; pass < 10; pass++) {
      await Promise.all([alerting.runDispatcher(now), alerting.runDispatcher(now)]);
      const [entry] = await alerting.stores.outbox.due(Number.MAX_SAFE_INTEGER);
      if (entry === undefined) break;
      now = Math.max(now + 1, entry.nextAttemptAt);
    }
    expect(await alerting.stores.outbox.due(Number.MAX_SAFE_INTEGER)).toEqual([]);
    expect((await mailTo(recipient)).length).toBe(1);
    expect(slackPosts.length).toBe(1);
    expect(hookRequests).toBe(3);
    const [last] = await alerting.stores.history.recent(1);
    expect(last).toMatchObject({
      outcome: 'failed',
      kind: 'firing',
      channels: ['email', 'slack', 'webhook'],
    });
    expect(last?.detail).toMatch(/webhook: TimeoutError/);
  });

  test('a dispatcher whose lease was taken over can record nothing; the claim counts the attempt', async () => {
    const T = Date.now();
    const { outbox } = alerting.stores;
    await outbox.enqueue(
      {
        id: `lease-${T}`,
        fingerprint: 'lease',
        kind: 'firing',
        subject: 's',
        threadId: 't',
        title: 't',
        summary: 's',
        count: 1,
        samples: [],
        details: [],
        channels: [{ kind: 'slack' }],
        createdAt: T,
      },
      T,
    );
    const entry = (await outbox.due(T)).find((e) => e.notification.id === `lease-${T}`);
    if (entry === undefined) throw new Error('entry not enqueued');
    const first = await outbox.claim(entry, T, 1_000);
    expect(first?.attempts).toBe(1);
    expect(await outbox.claim(entry, T, 1_000)).toBeUndefined();
    const expired = (await outbox.due(T + 2_000)).find((e) => e.notification.id === `lease-${T}`);
    if (first === undefined || expired === undefined) throw new Error('lease did not expire');
    const second = await outbox.claim(expired, T + 2_000, 1_000);
    expect(second?.attempts).toBe(2);
    expect(await outbox.markDelivered(first, 0)).toBe(false);
    expect(await outbox.release(first, { attempts: 1, nextAttemptAt: T, lastError: '' })).toBe(false);
    expect(await outbox.complete(first)).toBe(false);
    if (second === undefined) throw new Error('second claim failed');
    expect(await outbox.markDelivered(second, 0)).toBe(true);
    expect(await outbox.complete(second)).toBe(true);
  });

  test('no entry is claimed when the invocation has less time left than one send needs', async () => {
    const T = Date.now();
    await alerting.stores.alerts.record([occurrence('near-deadline', T)]);
    const summary = await alerting.runDispatcher(T, Date.now() + 1_000);
    expect(summary).toMatchObject({ notified: 1, sent: 0, deferred: 0 });
    const [entry] = (await alerting.stores.outbox.due(T)).filter(
      (e) => e.notification.fingerprint === 'rule-x',
    );
    expect(entry).toBeUndefined();
    const waiting = (await alerting.stores.outbox.due(T)).filter((e) =>
      e.notification.id.startsWith('near-deadline'),
    );
    expect(waiting.map((e) => e.attempts)).toEqual([0]);
  });
});
