/**
 * Log alerts through the real pipeline: Kafka → the local MSK event source → ingest (index, then
 * rule evaluation with counters) → alert state in DynamoDB (moto) → the dispatcher, driven at
 * explicit times → mail read back from the local SES.
 */

import { Producer, stringSerializers } from '@platformatic/kafka';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { duration } from '#core/alerting/dispatch.ts';
import { ruleFingerprint } from '#core/alerting/evaluate.ts';
import type { AlertState } from '#core/alerting/model.ts';
import { validateSilence } from '#core/alerting/silences.ts';
import { encodeHeartbeat, HEARTBEAT_CONTENT_TYPE } from '#core/wire.ts';
import type { RunningPipeline } from '#local/pipeline.ts';
import { eventually } from '../../support/wait.ts';
import { agentHeartbeat, mailTo, produceLines, startAlertingPipeline } from './support.ts';

describe('log alerts', () => {
  let pipeline: RunningPipeline;
  let recipient: string;
  const bootstrap = () => inject('endpoints').kafkaBootstrap;

  beforeAll(async () => {
    ({ pipeline, recipient } = await startAlertingPipeline('log-alerts'));
  });

  afterAll(async () => {
    await pipeline?.stop();
  });

  /** The default ERROR rule's alert for `service` once it has counted `count` matches. */
  function pending(service: string, count: number): Promise<AlertState> {
    return eventually(`${count} pending matches for ${service}`, async () => {
      const alert = await pipeline.alerting.stores.alerts.get(ruleFingerprint('default-error', service));
      return alert && alert.pendingCount >= count ? alert : undefined;
    });
  }

  function mailAbout(service: string) {
    return mailTo(recipient).then((mails) => mails.filter((m) => m.subject.includes(` ${service}:`)));
  }

  test('1,000 errors in a burst: one grouped email that says 1000', async () => {
    const now = new Date().toISOString().replace('T', ' ').slice(0, 19);
    const records = Array.from({ length: 10 }, (_, r) =>
      Array.from(
        { length: 100 },
        (_, i) => `${now} ERROR [checkout] Payment failed for order ${r * 100 + i}`,
      ).join('\n'),
    );
    await produceLines(bootstrap(), pipeline.topology.topics.logs, 'burst-svc', records);
    const alert = await pending('burst-svc', 1000);
    expect(alert.pendingCount).toBe(1000);
    // Two dispatcher passes at once, once the group window closed: still one mail.
    const due = (alert.pendingSince ?? 0) + 30_000;
    await Promise.all([pipeline.alerting.runDispatcher(due), pipeline.alerting.runDispatcher(due)]);
    await pipeline.alerting.runDispatcher(due + 1000);
    const mails = await mailAbout('burst-svc');
    // The rule's 30 s group wait, or the lines' own span when ingesting them took longer.
    const span = Math.max(30, Math.ceil((alert.lastSeenAt - (alert.pendingSince ?? 0)) / 1000));
    expect(mails.map((m) => m.subject)).toEqual([
      `[Logward] ERROR burst-svc: 1000 events in ${duration(span)}`,
    ]);
    expect(mails[0]?.text).toContain('1000 matching events since');
    expect(mails[0]?.text).toContain('Samples (5 of 1000):');
    // The links open the console the local API serves, on the alert and on its logs around the episode.
    const iso = (ms: number) => encodeURIComponent(new Date(ms).toISOString());
    const alertUrl = `${pipeline.apiUrl}/#/alerts/${encodeURIComponent(alert.fingerprint)}`;
    const logsUrl =
      `${pipeline.apiUrl}/#/search?from=${iso(alert.openedAt - 60_000)}&to=${iso(due + 60_000)}` +
      '&level=ERROR&service=burst-svc';
    expect(mails[0]?.text.split('\n').filter((line) => line.includes('://'))).toEqual([
      `Alert in the console: ${alertUrl}`,
      `Matching logs: ${logsUrl}`,
    ]);
    expect(mails[0]?.html).toContain(`<a href="${logsUrl.replaceAll('&', '&amp;')}">Matching logs</a>`);
  });

  test('a log line containing <script> and CRLF arrives escaped and adds no header', async () => {
    const line = JSON.stringify({
      level: 'error',
      service: 'xss-svc',
      msg: '<script>alert("x")</script>\r\nBcc: victim@example.com\r\nSubject: pwned\r\n\r\n<b>bold</b>',
    });
    await produceLines(bootstrap(), pipeline.topology.topics.logs, 'xss-svc', [line]);
    const alert = await pending('xss-svc', 1);
    await pipeline.alerting.runDispatcher((alert.pendingSince ?? 0) + 30_000);
    const [mail, ...others] = await mailAbout('xss-svc');
    expect(others).toEqual([]);
    expect(mail?.subject).toBe('[Logward] ERROR xss-svc: 1 event in 30 s');
    expect(mail?.headers.map(([name]) => name)).toEqual([
      'From',
      'To',
      'Subject',
      'MIME-Version',
      'Date',
      'X-Logward-Thread',
      'X-Logward-Alert',
      'Content-Type',
    ]);
    expect(mail?.destinations.every((d) => d === recipient)).toBe(true);
    expect(mail?.html).not.toMatch(/<script|<b>/);
    expect(mail?.html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;␤␤Bcc: victim@example.com',
    );
    expect(mail?.text).toContain('<script>alert("x")</script>␤␤Bcc: victim@example.com␤␤Subject: pwned');
  });

  test('a silence suppresses matching alerts, and once it expires they notify again', async () => {
    const start = Date.now();
    const silence = validateSilence(
      {
        matchers: { service: 'quiet-svc' },
        endsAt: start + 10 * 60_000,
        createdBy: 'test',
        comment: 'deploy',
      },
      start,
      'maint-quiet',
    );
    await pipeline.alerting.stores.silences.put(silence);
    const stamp = () => new Date().toISOString().replace('T', ' ').slice(0, 19);
    await produceLines(bootstrap(), pipeline.topology.topics.logs, 'quiet-svc', [
      `${stamp()} ERROR during maintenance`,
    ]);
    const first = await pending('quiet-svc', 1);
    await pipeline.alerting.runDispatcher((first.pendingSince ?? 0) + 30_000);
    expect(await mailAbout('quiet-svc')).toEqual([]);
    const suppressed = await pipeline.alerting.stores.alerts.get(
      ruleFingerprint('default-error', 'quiet-svc'),
    );
    expect(suppressed).toMatchObject({ pendingCount: 0, suppressedCount: 1, notifications: 0 });

    await produceLines(bootstrap(), pipeline.topology.topics.logs, 'quiet-svc', [
      `${stamp()} ERROR after maintenance`,
    ]);
    await pending('quiet-svc', 1);
    await pipeline.alerting.runDispatcher(silence.endsAt + 1);
    const mails = await mailAbout('quiet-svc');
    expect(mails.map((m) => m.subject)).toEqual(['[Logward] ERROR quiet-svc: 1 event in 30 s']);
    expect(mails[0]?.text).toContain('after maintenance');
    expect(mails[0]?.text).not.toContain('during maintenance');
  });

  test('heartbeats on the heartbeats topic land in the nodes table with their receive time', async () => {
    const producer = new Producer({
      clientId: 'hb-test',
      bootstrapBrokers: [bootstrap()],
      serializers: stringSerializers,
    });
    const before = Date.now();
    try {
      await producer.send({
        messages: [
          {
            topic: pipeline.topology.topics.heartbeats,
            key: 'kafka-node',
            value: encodeHeartbeat(agentHeartbeat('kafka-node', 'kafka-host', Date.now())).toString('utf8'),
            headers: { 'content-type': HEARTBEAT_CONTENT_TYPE },
          },
        ],
      });
    } finally {
      await producer.close(true);
    }
    const node = await eventually('the node recorded', () =>
      pipeline.alerting.stores.nodes.get('kafka-node'),
    );
    expect(node).toMatchObject({
      host: 'kafka-host',
      state: 'new',
      intervalSeconds: 30,
      agentVersion: 'test',
    });
    // The node's clock is a day behind; liveness uses the time Logward received the heartbeat.
    expect(node.lastSeenAt).toBeGreaterThanOrEqual(before);
    expect(node.lastSentAt).toBeLessThan(before - 86_000_000);
  });
});
