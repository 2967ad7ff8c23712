/**
 * A new kind of error, end to end as a user meets it: lines appended to a file the agent tails
 * reach Kafka, the ingest handler mines them, the new-pattern rule fires in the stream, and the
 * dispatcher (on its timer) mails an alert naming the pattern, read back from moto's SES store
 * (`/moto-api/data.json`). A line of a kind known for an hour, appended before it, mails nothing.
 * (How long the mail takes is measured by `node bench/alert-latency.ts --kind new-pattern`.)
 */
import { appendFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { parseAgentConfig, type RunningAgent, startAgent } from '#agent/index.ts';
import { patternId } from '#core/patterns/pattern-id.ts';
import type { RunningPipeline } from '#local/pipeline.ts';
import { mailTo, startAlertingPipeline } from '../integration/alerting/support.ts';
import { watchNewErrors } from '../integration/patterns/support.ts';
import { eventually } from '../support/wait.ts';

describe('a new kind of error appended to a tailed file', () => {
  let pipeline: RunningPipeline;
  let recipient: string;
  let agent: RunningAgent;
  let logFile: string;
  const service = `orders-${Date.now().toString(36)}`;
  const known = 'cache shard <num> rebuilt after corruption';
  const stamp = () => new Date().toISOString();

  beforeAll(async () => {
    let dir: string;
    ({ pipeline, recipient, dir } = await startAlertingPipeline('new-kind-e2e', {
      timers: true,
      dispatcherIntervalMs: 500,
      monitorIntervalMs: 3_600_000,
    }));
    // A kind of error the registry has known for an hour.
    await watchNewErrors(pipeline, service, known);
    logFile = join(dir, 'app.log');
    await writeFile(logFile, '');
    agent = await startAgent(
      parseAgentConfig({
        kafka: { brokers: [inject('endpoints').kafkaBootstrap], topics: pipeline.topology.topics },
        inputs: { files: [{ paths: [logFile], service, start_at: 'beginning' }] },
        state_dir: join(dir, 'agent-state'),
      }),
      { log: () => {} },
    );
  });

  afterAll(async () => {
    await agent?.stop();
    await pipeline?.stop();
  });

  test('mails the new pattern, named, with its values; the known kind before it mails nothing', async () => {
    await appendFile(
      logFile,
      [
        `${stamp()} ERROR cache shard 12 rebuilt after corruption`,
        `${stamp()} ERROR ledger export to warehouse eu-2 refused: schema version 7 unknown`,
        '',
      ].join('\n'),
    );
    const template = 'ledger export to warehouse eu-<num> refused: schema version <num> unknown';
    const mail = await eventually('the new-pattern mail', async () =>
      (await mailTo(recipient)).find((m) =>
        m.subject.startsWith(`[Logward] New pattern in ${service}: ledger export`),
      ),
    );
    const id = patternId(service, template);
    expect(mail.subject).toContain(template);
    expect(mail.text).toContain(`Pattern ${id}: ${template}`);
    expect(mail.text).toContain('Values at variable 1: eu-2');
    expect(mail.text).toContain('ledger export to warehouse eu-2 refused: schema version 7 unknown');
    // The known line was in the file before the new kind, so it was evaluated no later: it made
    // no new-pattern alert and no mail.
    const alerts = await pipeline.alerting.stores.alerts.list();
    expect(alerts.filter((a) => a.labels.ruleId === 'new-errors').map((a) => a.labels.pattern)).toEqual([
      template,
    ]);
    const newPatternMails = (await mailTo(recipient)).filter((m) => m.subject.includes('New pattern'));
    expect(newPatternMails.map((m) => m.subject.includes(known))).toEqual([false]);
  });
});
