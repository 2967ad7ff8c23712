/**
 * The new-pattern rule through the real pipeline: a never-seen kind of error gives an alert mail
 * naming its pattern, with sample values; a line of a kind known for longer than the window gives none.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ruleFingerprint } from '#core/alerting/evaluate.ts';
import type { DynamoPatternRegistry } from '#lambdas/adapters/dynamodb/pattern-store.ts';
import type { RunningPipeline } from '#local/pipeline.ts';
import { eventually } from '../../support/wait.ts';
import { mailTo, produceLines, startAlertingPipeline } from '../alerting/support.ts';
import { watchNewErrors } from './support.ts';

describe('new-pattern rule', () => {
  let pipeline: RunningPipeline;
  let recipient: string;
  let _registry: DynamoPatternRegistry;
  const service = `np-${Date.now().toString(36)}`;
  const stamp = () => new Date().toISOString().replace('T', ' ').slice(0, 19);

  beforeAll(async () => {
    ({ pipeline, recipient } = await startAlertingPipeline('new-pattern'));
    // A kind of error known for an hour: the registry has it, so the miner learns it at its first batch.
    _registry = await watchNewErrors(pipeline, service, 'cache shard <num> rebuilt after corruption');
    await new Promise((resolve) => setTimeout(resolve, 1100)); // the rule cache's 1 s
  });

  afterAll(async () => {
    await pipeline?.stop();
  });

  test('a new kind of error gives a mail naming its pattern; a known kind gives none', async () => {
    const topic = pipeline.topology.topics.logs;
    const bootstrap = inject('endpoints').kafkaBootstrap;
    await produceLines(bootstrap, topic, service, [
      `${stamp()} ERROR [store] cache shard 12 rebuilt after corruption`,
    ]);
    const template = 'disk quota exceeded on volume <num> by user <*>';
    await produceLines(bootstrap, topic, service, [
      `${stamp()} ERROR [store] disk quota exceeded on volume 7 by user alice`,
      `${stamp()} ERROR [store] disk quota exceeded on volume 9 by user bob`,
    ]);
    const alert = await eventually('the new-pattern alert', async () => {
      const alerts = await pipeline.alerting.stores.alerts.list();
      return alerts.find((a) => a.labels.ruleId === 'new-errors');
    });
    expect(alert.labels.pattern).toBe(template);
    expect(alert.fingerprint).toBe(ruleFingerprint('new-errors', alert.labels.patternId ?? ''));
    await pipeline.alerting.runDispatcher(Date.now() + 1000);
    const mails = (await mailTo(recipient)).filter((m) => m.subject.includes('New pattern'));
    expect(mails).toHaveLength(1);
    expect(
      mails[0]?.subject.startsWith(
        `[Logward] New pattern in ${service}: disk quota exceeded on volume <num> by user <*>: `,
      ),
    ).toBe(true);
    expect(mails[0]?.text).toContain(`Pattern ${alert.labels.patternId}: ${template}`);
    // The values the pattern's registry entry holds (both lines, when one batch carried them).
    expect(mails[0]?.text).toMatch(/Values at variable 1: (7, )?9/);
    expect(mails[0]?.text).toMatch(/Values at variable 2: (alice, )?bob/);
    expect(mails[0]?.html).toContain('disk quota exceeded on volume &lt;num&gt; by user &lt;*&gt;');
    const alerts = await pipeline.alerting.stores.alerts.list();
    expect(alerts.filter((a) => a.labels.ruleId === 'new-errors').map((a) => a.labels.pattern)).toEqual([
      template,
    ]);
  });
});
