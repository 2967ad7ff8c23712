/**
 * SES throttling. No local engine throttles, so the SES client here is moto's real one behind a
 * wrapper that first throws SES's `Throttling` error a set number of times; delivery itself goes
 * to moto, and the mail is read back from it.
 */
import { SESClient } from '@aws-sdk/client-ses';
import { afterAll, describe, expect, inject, test } from 'vitest';
import type { Occurrence } from '#core/alerting/model.ts';
import type { LocalAlerting } from '#local/alerting.ts';
import { LOCAL_AWS } from '#local/local-aws.ts';
import { mailTo, startAlertingOnly } from './support.ts';

class ThrottlingSes {
  throttled = 0;
  sent = 0;
  remaining: number;
  readonly #real = new SESClient({ ...LOCAL_AWS, endpoint: inject('endpoints').sesUrl });

  constructor(throttles: number) {
    this.remaining = throttles;
  }

  send: SESClient['send'] = (async (command: Parameters<SESClient['send']>[0]) => {
    if (this.remaining > 0) {
      this.remaining--;
      this.throttled++;
      throw Object.assign(new Error('Maximum sending rate exceeded.'), {
        name: 'Throttling',
        $metadata: { httpStatusCode: 400 },
      });
    }
    this.sent++;
    return this.#real.send(command as never);
  }) as SESClient['send'];
}

function occurrence(service: string, at: number): Occurrence {
  return {
    fingerprint: `rule:default-error:${service}`,
    title: `ERROR ${service}`,
    labels: { ruleId: 'default-error', service, level: 'ERROR' },
    policy: { groupWaitSeconds: 30, repeatIntervalSeconds: 3600, resolveAfterSeconds: 300, channels: [] },
    count: 3,
    samples: [],
    at,
  };
}

describe('SES throttling', () => {
  const stacks: LocalAlerting[] = [];
  afterAll(async () => {
    await Promise.all(stacks.map((s) => s.stop()));
  });

  test('throttled sends are retried with backoff within the pass and delivered once', async () => {
    const ses = new ThrottlingSes(3);
    const { alerting, recipient } = await startAlertingOnly('ses-throttle', { clients: { ses } });
    stacks.push(alerting);
    const T = Date.now();
    await alerting.stores.alerts.record([occurrence('throttled-svc', T)]);
    const summary = await alerting.runDispatcher(T + 30_000);
    expect(summary).toMatchObject({ notified: 1, sent: 1, deferred: 0 });
    expect([ses.throttled, ses.sent]).toEqual([3, 1]);
    expect((await mailTo(recipient)).map((m) => m.subject)).toEqual([
      '[Logward] ERROR throttled-svc: 3 events in 30 s',
    ]);
  });

  test('throttling that outlasts a pass leaves the mail in the outbox for a later pass; still one mail', async () => {
    const ses = new ThrottlingSes(7);
    const { alerting, recipient } = await startAlertingOnly('ses-throttle-long', { clients: { ses } });
    stacks.push(alerting);
    const T = Date.now();
    await alerting.stores.alerts.record([occurrence('slow-svc', T)]);
    expect(await alerting.runDispatcher(T + 30_000)).toMatchObject({ notified: 1, sent: 0, deferred: 1 });
    const [entry] = await alerting.stores.outbox.due(T + 3_600_000);
    expect(entry?.attempts).toBe(1);
    expect(entry?.lastError).toContain('Throttling');
    // Not due yet right away (backoff), then due.
    expect(await alerting.runDispatcher(T + 30_001)).toMatchObject({ sent: 0 });
    expect(await alerting.runDispatcher(entry?.nextAttemptAt ?? 0)).toMatchObject({ sent: 1 });
    expect([ses.throttled, ses.sent]).toEqual([7, 1]);
    expect(await mailTo(recipient)).toHaveLength(1);
    expect(await alerting.stores.outbox.due(T + 3_600_000)).toEqual([]);
  });
});
