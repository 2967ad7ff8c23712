/**
 * Two consumers (two partitions, two Lambdas) meeting one brand-new kind of line at the same moment,
 * each creating a template from its own lines, against the local DynamoDB: the kind is announced
 * once, and the other's pattern is recorded as its twin.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { validateRule } from '#core/alerting/rules.ts';
import type { LogDocument } from '#core/log-document.ts';
import { patternsFromEnv } from '#lambdas/handlers/ingest.ts';
import type { LocalAlerting } from '#local/alerting.ts';
import { doc } from '../../unit/alerting/fixtures.ts';
import { startAlertingOnly } from '../alerting/support.ts';

describe('a new kind met by two consumers at once', () => {
  let alerting: LocalAlerting;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    ({ alerting, env } = await startAlertingOnly('new-pattern-twins'));
    await alerting.stores.rules.put(
      validateRule({
        id: 'new-errors',
        name: 'New kind of error',
        match: { minLevel: 'ERROR' },
        condition: { kind: 'new-pattern', count: 1, windowMinutes: 10 },
        groupWaitSeconds: 0,
      }),
    );
  });

  afterAll(async () => {
    await alerting?.stop();
  });

  /**
   * One batch through one consumer's ingest, as the handler runs it: mined, then (`finish`)
   * registered and evaluated. Both consumers mine before either registers, as two Lambdas do
   * when their batches arrive in the same moment.
   */
  const mine = async (message: string, service: string, at: number) => {
    const consumer = patternsFromEnv(env).enricher;
    const documents: LogDocument[] = [doc({ service, message, level: 'ERROR' })];
    const enrichment = await consumer.begin(at);
    const observation = await alerting.evaluator.begin(at);
    await enrichment.enrich(documents);
    observation.see(documents);
    const finish = async () => {
      await enrichment.finish();
      await observation.finish();
    };
    return { line: documents[0] as LogDocument, finish };
  };

  test.each([1, 2, 3, 4, 5])(
    'round %i: one alert for the kind, under the pattern that claimed it',
    async (round) => {
      const service = `twins-${round}-${Date.now().toString(36)}`;
      const at = Date.now();
      const first = await mine('disk quota exceeded on volume 7 for user alice', service, at);
      const second = await mine('disk quota exceeded on volume 9 for user bob', service, at);
      // Each consumer made its own template: two ids for one kind.
      expect(first.line.pattern).toBe('disk quota exceeded on volume <num> for user alice');
      expect(second.line.pattern).toBe('disk quota exceeded on volume <num> for user bob');
      await Promise.all([first.finish(), second.finish()]);
      const alerts = (await alerting.stores.alerts.list()).filter(
        (a) => a.labels.service === service && a.labels.ruleId === 'new-errors',
      );
      expect(alerts).toHaveLength(1);
      expect(alerts[0]?.totalCount).toBe(2);
      expect([first.line.pattern_id, second.line.pattern_id]).toContain(alerts[0]?.labels.patternId);
    },
  );
});
