/**
 * pattern-spike and volume-anomaly rules on the local DynamoDB: batches are mined (pattern ids,
 * the registry, per-minute pattern counters) and then evaluated, as the ingest handler does, at
 * explicit receive times; drops are judged by the scheduled monitor.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { validateRule } from '#core/alerting/rules.ts';
import type { LogDocument } from '#core/log-document.ts';
import { patternsFromEnv } from '#lambdas/handlers/ingest.ts';
import type { PatternMining } from '#lambdas/ingest/pattern-mining.ts';
import type { LocalAlerting } from '#local/alerting.ts';
import { doc } from '../../unit/alerting/fixtures.ts';
import { mailTo, startAlertingOnly } from '../alerting/support.ts';

const MINUTE = 60_000;

describe('baseline rules', () => {
  let alerting: LocalAlerting;
  let mining: PatternMining;
  let recipient: string;
  const T = Math.floor(Date.now() / MINUTE) * MINUTE;
  const baseline = { baselineMinutes: 10, warmupMinutes: 5, deviations: 4, minCount: 10 };

  beforeAll(async () => {
    let env: NodeJS.ProcessEnv;
    ({ alerting, recipient, env } = await startAlertingOnly('baseline-rules'));
    mining = patternsFromEnv(env).enricher;
    const { rules } = alerting.stores;
    await rules.put(
      validateRule({
        id: 'pay-spikes',
        name: 'pattern spike',
        match: { service: 'pay' },
        condition: { kind: 'pattern-spike', ...baseline },
        groupWaitSeconds: 0,
      }),
    );
    await rules.put(
      validateRule({
        id: 'volume',
        name: 'volume',
        match: { service: 'shop' },
        condition: { kind: 'volume-anomaly', direction: 'up', ...baseline },
      }),
    );
    await rules.put(
      validateRule({
        id: 'quiet',
        name: 'volume drop',
        condition: { kind: 'volume-anomaly', direction: 'down', ...baseline },
      }),
    );
  });

  afterAll(async () => {
    await alerting?.stop();
  });

  /** One batch as the ingest handler handles it: mined (and registered), then shown to the rules. */
  const ingest = async (documents: readonly LogDocument[], receivedAt: number) => {
    const enrichment = await mining.begin(receivedAt);
    const observation = await alerting.evaluator.begin(receivedAt);
    await enrichment.enrich(documents);
    observation.see(documents);
    await enrichment.finish();
    await observation.finish();
  };
  const lines = (n: number, make: (i: number) => Partial<LogDocument>) =>
    Array.from({ length: n }, (_, i) => doc({ level: 'WARN', ...make(i) }));
  const declined = (n: number, first = 0) =>
    lines(n, (i) => ({ service: 'pay', message: `payment declined for order ${first + i} by issuer` }));

  test('pattern-spike: a pattern far above its own baseline alerts with its template, lines and values', async () => {
    for (let m = 10; m >= 1; m--) await ingest(declined(4, m * 100), T - m * MINUTE);
    // A steady 4 a minute: the bound is 4 + 4 × √4 = 12 (and minCount 10).
    await ingest(declined(12, 5000), T);
    const fingerprint = (id: string) => `rule:pay-spikes:${id}`;
    expect((await alerting.stores.alerts.list()).filter((a) => a.labels.ruleId === 'pay-spikes')).toEqual([]);
    await ingest(declined(1, 6000), T);
    const alert = (await alerting.stores.alerts.list()).find((a) => a.labels.ruleId === 'pay-spikes');
    expect(alert).toMatchObject({
      title: 'Pattern spike in pay: payment declined for order <num> by issuer',
      headline: 'jumped to 13 lines a minute, baseline 4/min',
      labels: { service: 'pay', pattern: 'payment declined for order <num> by issuer' },
      windowCount: 13,
    });
    expect(alert?.fingerprint).toBe(fingerprint(alert?.labels.patternId ?? ''));
    expect(alert?.labels.patternValues?.[0]).toMatch(/^\d+(, \d+){4}$/);
    expect(alert?.samples[0]?.message).toBe('payment declined for order 6000 by issuer');
    await alerting.runDispatcher(T + 1000);
    const mails = (await mailTo(recipient)).filter((m) => m.subject.includes('Pattern spike'));
    expect(mails.map((m) => m.subject)).toEqual([
      '[Logward] Pattern spike in pay: payment declined for order <num> by issuer: jumped to 13 lines a minute, baseline 4/min',
    ]);
    expect(mails[0]?.text).toContain(
      `Pattern ${alert?.labels.patternId}: payment declined for order <num> by issuer`,
    );
    expect(mails[0]?.text).toContain('Values at variable 1: ');
  });

  test('pattern-spike: a pattern younger than the warm-up is not judged, however it rises', async () => {
    const burst = (n: number) =>
      lines(n, (i) => ({ service: 'pay', message: `refund queued as job ${i} for review` }));
    for (let m = 3; m >= 1; m--) await ingest(burst(2), T - m * MINUTE);
    await ingest(burst(200), T);
    const alerts = await alerting.stores.alerts.list();
    expect(alerts.filter((a) => a.labels.pattern === 'refund queued as job <num> for review')).toEqual([]);
  });

  test('volume-anomaly up: a service far above its baseline, with the pattern most of its lines had', async () => {
    const shop = (n: number) =>
      lines(n, (i) => ({
        service: 'shop',
        message: i % 4 === 3 ? `stock low for sku ${i}` : `cart ${i} checked out`,
      }));
    for (let m = 10; m >= 1; m--) await ingest(shop(20), T - m * MINUTE);
    await ingest(shop(37), T);
    expect(await alerting.stores.alerts.get('rule:volume:shop')).toBeUndefined();
    await ingest(shop(1), T);
    expect(await alerting.stores.alerts.get('rule:volume:shop')).toMatchObject({
      title: 'volume shop',
      headline: 'jumped to 38 lines a minute, baseline 20/min',
      labels: { ruleId: 'volume', service: 'shop', pattern: 'cart <num> checked out' },
    });
  });

  test('volume-anomaly down: the monitor notices a service gone quiet on the last finished minute', async () => {
    const jobs = (n: number) => lines(n, (i) => ({ service: 'jobs', message: `job ${i} done` }));
    for (let m = 10; m >= 1; m--) await ingest(jobs(20), T - m * MINUTE);
    // At T + 20 s the last settled minute is T - 1, which had its 20 lines.
    await alerting.runMonitor(T + 20_000);
    expect(await alerting.stores.alerts.get('rule:quiet:jobs:drop')).toBeUndefined();
    // At T + 75 s it is T, which had none.
    await alerting.runMonitor(T + 75_000);
    expect(await alerting.stores.alerts.get('rule:quiet:jobs:drop')).toMatchObject({
      title: 'volume drop jobs',
      headline: 'dropped to 0 lines a minute, baseline 20/min',
      labels: { ruleId: 'quiet', service: 'jobs' },
    });
    await alerting.runDispatcher(T + 76_000);
    const mails = (await mailTo(recipient)).filter((m) => m.subject.includes('volume drop jobs'));
    expect(mails.map((m) => m.subject)).toEqual([
      '[Logward] volume drop jobs: dropped to 0 lines a minute, baseline 20/min',
    ]);
  });
});
