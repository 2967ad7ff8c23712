/**
 * Counting rules on the local DynamoDB's counters, fed through the ingest observer (as the ingest
 * Lambda calls it after indexing) at explicit receive times; absence judged by the monitor.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { validateRule } from '#core/alerting/rules.ts';
import type { LogDocument } from '#core/log-document.ts';
import type { LocalAlerting } from '#local/alerting.ts';
import { doc } from '../../unit/alerting/fixtures.ts';
import { mailTo, startAlertingOnly } from './support.ts';

const MINUTE = 60_000;

describe('counting rules', () => {
  let alerting: LocalAlerting;
  let recipient: string;
  const T = Math.floor(Date.now() / MINUTE) * MINUTE;

  beforeAll(async () => {
    ({ alerting, recipient } = await startAlertingOnly('rules'));
    const { rules } = alerting.stores;
    await rules.put(
      validateRule({
        id: 'timeouts',
        name: 'timeouts',
        match: { contains: 'timed out' },
        condition: { kind: 'threshold', count: 5, windowMinutes: 5 },
        groupBy: 'host',
      }),
    );
    await rules.put(
      validateRule({
        id: 'login-spike',
        name: 'login failures',
        match: { service: 'auth', fields: { outcome: 'failure' } },
        condition: { kind: 'rate-spike', windowMinutes: 1, baselineWindows: 3, factor: 3, minCount: 10 },
      }),
    );
    await rules.put(
      validateRule({
        id: 'batch-silent',
        name: 'silent',
        match: { service: 'batch' },
        condition: { kind: 'absence', windowMinutes: 5 },
      }),
    );
  });

  afterAll(async () => {
    await alerting?.stop();
  });

  const info = (overrides: Partial<LogDocument>) => doc({ level: 'INFO', ...overrides });
  const times = (n: number, make: () => LogDocument) => Array.from({ length: n }, make);
  /** One batch as the ingest handler shows it to an observer: in groups (here two), then finished. */
  const observe = async (documents: readonly LogDocument[], receivedAt: number) => {
    const batch = await alerting.evaluator.begin(receivedAt);
    const half = Math.ceil(documents.length / 2);
    batch.see(documents.slice(0, half));
    batch.see(documents.slice(half));
    await batch.finish();
  };

  test('threshold: nothing below N in the window; at N the alert opens with the window count', async () => {
    const timeout = () => info({ host: 'web-7', message: 'upstream timed out after 30s' });
    await observe(times(2, timeout), T - 4 * MINUTE);
    await observe(times(2, timeout), T);
    expect(await alerting.stores.alerts.get('rule:timeouts:web-7')).toBeUndefined();
    // The first two fall out of a window ending two minutes later: still below five.
    await observe(times(2, timeout), T + 2 * MINUTE);
    expect(await alerting.stores.alerts.get('rule:timeouts:web-7')).toBeUndefined();
    await observe(times(1, timeout), T + 2 * MINUTE);
    expect(await alerting.stores.alerts.get('rule:timeouts:web-7')).toMatchObject({
      pendingCount: 1,
      windowCount: 5,
      windowMinutes: 5,
      title: 'timeouts web-7',
    });
  });

  test('rate spike: this minute against the average of the three before', async () => {
    const failure = () => info({ service: 'auth', fields: { outcome: 'failure' } });
    for (let m = 3; m >= 1; m--) await observe(times(5, failure), T - m * MINUTE);
    await observe(times(14, failure), T);
    expect(await alerting.stores.alerts.get('rule:login-spike:auth')).toBeUndefined();
    await observe(times(1, failure), T);
    expect(await alerting.stores.alerts.get('rule:login-spike:auth')).toMatchObject({ windowCount: 15 });
  });

  test('absence: no log from a service for W minutes opens an alert; logs again resolve it', async () => {
    await observe([info({ service: 'batch' })], T);
    await alerting.runMonitor(T + 4 * MINUTE);
    expect(await alerting.stores.alerts.get('rule:batch-silent:batch')).toBeUndefined();
    await alerting.runMonitor(T + 6 * MINUTE);
    await alerting.runDispatcher(T + 6 * MINUTE);
    await observe([info({ service: 'batch' })], T + 7 * MINUTE);
    await alerting.runMonitor(T + 8 * MINUTE);
    await alerting.runDispatcher(T + 9 * MINUTE);
    const mails = (await mailTo(recipient)).filter((m) => m.subject.includes('silent batch'));
    expect(mails.map((m) => m.subject)).toEqual([
      '[Logward] silent batch: no logs for 6 min',
      'Re: [Logward] silent batch: no logs for 6 min',
    ]);
  });
});
