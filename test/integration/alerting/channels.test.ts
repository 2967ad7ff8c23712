/**
 * Channels besides the default email: per-rule recipients, Slack with its URL read from Secrets
 * Manager (moto), and the generic JSON webhook, each delivered once to a local HTTP receiver.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Occurrence } from '#core/alerting/model.ts';
import { verifyWebhook } from '#core/alerting/webhook-security.ts';
import type { LocalAlerting } from '#local/alerting.ts';
import { LOCAL_AWS } from '#local/local-aws.ts';
import { defined } from '../../support/fixtures.ts';
import { mailTo, startAlertingOnly, uniqueName } from './support.ts';

describe('channels', () => {
  let server: Server;
  let base: string;
  const received: Array<{ path: string; body: unknown; raw: string; headers: Record<string, unknown> }> = [];
  const signingSecret = `signing-${uniqueName('secret')}-0123456789abcdef`;
  let alerting: LocalAlerting;
  let defaultRecipient: string;
  const ruleRecipient = `${uniqueName('payments')}@logward.local`;
  /** Not in the allow-list (rules may name addresses at logward.local only): never mailed. */
  const outsider = `${uniqueName('outsider')}@example.test`;

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => {
        body += chunk.toString('utf8');
      });
      request.on('end', () => {
        received.push({
          path: request.url ?? '',
          body: JSON.parse(body),
          raw: body,
          headers: request.headers,
        });
        response.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const sesUrl = inject('endpoints').sesUrl;
    const secrets = new SecretsManagerClient({ ...LOCAL_AWS, endpoint: sesUrl });
    const { ARN } = await secrets.send(
      new CreateSecretCommand({ Name: uniqueName('logward-slack'), SecretString: `${base}/slack` }),
    );
    const signing = await secrets.send(
      new CreateSecretCommand({ Name: uniqueName('logward-webhook-signing'), SecretString: signingSecret }),
    );
    secrets.destroy();
    ({ alerting, recipient: defaultRecipient } = await startAlertingOnly('channels', {
      env: {
        SLACK_WEBHOOK_SECRET_ARN: ARN ?? '',
        SECRETS_ENDPOINT: sesUrl,
        ALERT_WEBHOOK_URL: `${base}/hook`,
        ALERT_WEBHOOK_SIGNING_SECRET_ARN: signing.ARN ?? '',
      },
    }));
  });

  afterAll(async () => {
    await alerting?.stop();
    await new Promise((resolve) => server?.close(resolve));
  });

  test('a rule with its own recipients and Slack: mail to them only, one Slack post (URL from Secrets Manager)', async () => {
    const T = Date.now();
    const occurrence: Occurrence = {
      fingerprint: 'rule:payments:payment-service',
      title: 'payments payment-service',
      labels: { ruleId: 'payments', service: 'payment-service' },
      policy: {
        groupWaitSeconds: 30,
        repeatIntervalSeconds: 3600,
        resolveAfterSeconds: 300,
        channels: [{ kind: 'email', to: [ruleRecipient, outsider] }, { kind: 'slack' }],
      },
      count: 2,
      samples: [
        {
          at: new Date(T).toISOString(),
          service: 'payment-service',
          host: 'h',
          message: '<!channel> <https://evil.example|pay>',
          eventId: 'e1',
        },
      ],
      at: T,
    };
    await alerting.stores.alerts.record([occurrence]);
    await Promise.all([alerting.runDispatcher(T + 30_000), alerting.runDispatcher(T + 30_000)]);
    expect((await mailTo(ruleRecipient)).map((m) => m.subject)).toEqual([
      '[Logward] payments payment-service: 2 events in 30 s',
    ]);
    expect(await mailTo(defaultRecipient)).toEqual([]);
    expect(await mailTo(outsider)).toEqual([]);
    const slack = received.filter((r) => r.path === '/slack');
    expect(slack).toHaveLength(1);
    const text = (defined(slack[0], 'the Slack post').body as { text: string }).text;
    expect(text).toContain('&lt;!channel&gt; &lt;https://evil.example|pay&gt;');
    expect(received.filter((r) => r.path === '/hook')).toEqual([]);
  });

  test('a rule without channels uses the defaults: email, Slack and the JSON webhook', async () => {
    const T = Date.now();
    await alerting.stores.alerts.record([
      {
        fingerprint: 'rule:default-error:search',
        title: 'ERROR search',
        labels: { ruleId: 'default-error', service: 'search', level: 'ERROR' },
        policy: { groupWaitSeconds: 0, repeatIntervalSeconds: 3600, resolveAfterSeconds: 300, channels: [] },
        count: 1,
        samples: [],
        at: T,
      },
    ]);
    await alerting.runDispatcher(T + 1);
    expect((await mailTo(defaultRecipient)).map((m) => m.subject)).toEqual([
      '[Logward] ERROR search: 1 event',
    ]);
    expect(received.filter((r) => r.path === '/slack')).toHaveLength(2);
    const hooks = received.filter((r) => r.path === '/hook');
    expect(hooks.map((r) => r.body)).toEqual([
      expect.objectContaining({
        version: 1,
        status: 'firing',
        fingerprint: 'rule:default-error:search',
        count: 1,
      }),
    ]);
    // Signed with the secret from Secrets Manager, as a receiver checks it (docs/alerting.md).
    const hook = defined(hooks[0], 'the webhook request');
    const request = {
      timestamp: String(hook.headers['x-logward-timestamp']),
      signature: String(hook.headers['x-logward-signature']),
      body: hook.raw,
    };
    expect(verifyWebhook(signingSecret, request, Date.now() / 1000)).toBe(true);
    expect(verifyWebhook('another-secret-0123456789abcdefghij', request, Date.now() / 1000)).toBe(false);
  });
});
