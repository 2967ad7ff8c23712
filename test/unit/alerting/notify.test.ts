import { createHmac } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import type { Notification } from '#core/alerting/model.ts';
import { verifyWebhook, webhookUrl } from '#core/alerting/webhook-security.ts';
import {
  ChannelNotConfiguredError,
  type Fetch,
  isRetryableSendError,
  NotificationSendError,
} from '#lambdas/adapters/notify/channel.ts';
import { SesEmailSender, type SesLike, sesMessageIdDomain } from '#lambdas/adapters/notify/ses.ts';
import { escapeSlackWithin, SLACK_TEXT_CHARS, SlackSender } from '#lambdas/adapters/notify/slack.ts';
import { SnsSender } from '#lambdas/adapters/notify/sns.ts';
import { WebhookSender } from '#lambdas/adapters/notify/webhook.ts';
import { sendersFromEnv } from '#lambdas/alerting/dependencies.ts';
import { defined } from '../../support/fixtures.ts';
import { T0 } from './fixtures.ts';

const SECRET = 'signing-secret-of-the-tests-0123456789';

const n: Notification = {
  id: 'rule:r:svc#1#1',
  fingerprint: 'rule:r:svc',
  kind: 'firing',
  subject: '[Logward] ERROR svc: 2 events in 1 min — ünïcode',
  threadId: 'rule:r:svc#1',
  title: 'ERROR svc',
  summary: '2 matching events',
  count: 2,
  samples: [
    {
      at: 'x',
      service: 'svc',
      host: 'h',
      message: '<!channel> <https://evil.example|click> & co',
      eventId: 'e',
    },
  ],
  details: [],
  queryPath: '/logs?service=svc',
  channels: [],
  createdAt: T0,
};

function recordingFetch(status = 200) {
  const calls: Array<{ url: string; body: unknown; raw: string; headers: Record<string, string> }> = [];
  const fetcher: Fetch = async (url, init) => {
    calls.push({ url, body: JSON.parse(init.body), raw: init.body, headers: init.headers });
    return { ok: status < 400, status, headers: new Headers(), text: async () => 'nope' };
  };
  return { calls, fetcher };
}

describe('channels', () => {
  test('Slack: log text cannot mention, link or format', async () => {
    const { calls, fetcher } = recordingFetch();
    await new SlackSender('https://hooks.slack.test/x', 'https://console.test/', fetcher).send(n);
    const text = (defined(calls[0], 'the Slack call').body as { text: string }).text;
    expect(text).toContain('Matching logs: https://console.test/#/search?service=svc');
    expect(text).toContain('&lt;!channel&gt; &lt;https://evil.example|click&gt; &amp; co');
    expect(text).not.toContain('<!channel>');
  });

  test('Slack: text straddling the limit is cut after escaping, never inside an entity', async () => {
    // Samples of `<` and `&` push the body past the limit; each padding moves the cut by one character.
    for (let padding = 0; padding < 5; padding++) {
      const { calls, fetcher } = recordingFetch();
      const samples = Array.from({ length: 5 }, (_, i) => ({
        at: 'x',
        service: 'svc',
        host: 'h',
        message: `${'x'.repeat(i === 0 ? padding : 0)}${'<&>'.repeat(160)}`,
        eventId: `e${i}`,
      }));
      await new SlackSender('https://hooks.slack.test/x', undefined, fetcher).send({ ...n, samples });
      const text = (defined(calls[0], 'the Slack call').body as { text: string }).text;
      const body = text.slice(text.indexOf('\n') + 1);
      expect(body.length).toBeLessThanOrEqual(SLACK_TEXT_CHARS);
      expect(body.endsWith('…')).toBe(true);
      expect(body).not.toMatch(/[<>]/);
      expect(body.replace(/&(?:amp|lt|gt);/g, '')).not.toContain('&');
    }
  });

  test('Slack: a notification past the limit keeps its console links, after the cut body', async () => {
    const { calls, fetcher } = recordingFetch();
    const samples = Array.from({ length: 5 }, (_, i) => ({
      at: 'x',
      service: 'svc',
      host: 'h',
      message: `${'<&>'.repeat(160)}`,
      eventId: `e${i}`,
    }));
    const details = Array.from({ length: 20 }, (_, i) => `detail ${i} ${'d'.repeat(400)}`);
    await new SlackSender('https://hooks.slack.test/x', 'https://console.test/', fetcher).send({
      ...n,
      samples,
      details,
    });
    const text = (defined(calls[0], 'the Slack call').body as { text: string }).text;
    const body = text.slice(text.indexOf('\n') + 1);
    expect(body.length).toBeLessThanOrEqual(SLACK_TEXT_CHARS);
    expect(body).toContain('…\n');
    expect(
      body.endsWith(
        [
          'Alert in the console: https://console.test/#/alerts/rule%3Ar%3Asvc',
          'Matching logs: https://console.test/#/search?service=svc',
        ].join('\n'),
      ),
    ).toBe(true);
  });

  test('Slack: escaping within a limit keeps whole characters and entities', () => {
    expect(escapeSlackWithin('a<b', 10)).toBe('a&lt;b');
    expect(escapeSlackWithin('ab<cd', 5)).toBe('ab…');
    expect(escapeSlackWithin('ab<cd', 7)).toBe('ab&lt;…');
    expect(escapeSlackWithin('😀😀😀', 5)).toBe('😀😀…');
  });

  test('webhook: structured JSON with a link, signed over its timestamp and body', async () => {
    const { calls, fetcher } = recordingFetch();
    const now = Date.parse('2026-01-05T10:00:00Z');
    await new WebhookSender({
      url: 'https://hook.test',
      signingSecret: SECRET,
      apiBaseUrl: 'https://api.test/',
      fetch: fetcher,
      now: () => now,
    }).send(n);
    const call = defined(calls[0], 'the webhook call');
    expect(call.body).toMatchObject({
      version: 1,
      status: 'firing',
      fingerprint: 'rule:r:svc',
      count: 2,
      link: 'https://api.test/logs?service=svc',
    });
    expect(call.headers['x-logward-timestamp']).toBe(String(now / 1000));
    expect(call.headers['x-logward-signature']).toBe(
      `v1=${createHmac('sha256', SECRET)
        .update(`${now / 1000}.${call.raw}`)
        .digest('hex')}`,
    );
    const request = {
      timestamp: call.headers['x-logward-timestamp'],
      signature: call.headers['x-logward-signature'],
    };
    expect(verifyWebhook(SECRET, { ...request, body: call.raw }, now / 1000 + 299)).toBe(true);
    expect(verifyWebhook(SECRET, { ...request, body: call.raw }, now / 1000 + 301)).toBe(false);
    expect(verifyWebhook(SECRET, { ...request, body: call.raw.replace('2', '3') }, now / 1000)).toBe(false);
    expect(verifyWebhook(`${SECRET}x`, { ...request, body: call.raw }, now / 1000)).toBe(false);
  });

  test('webhook and Slack URLs: https:// only, http:// to loopback only where the local runtime allows it', async () => {
    const refused = async (env: NodeJS.ProcessEnv, kind: 'webhook' | 'slack') =>
      defined(sendersFromEnv(env).get(kind), kind)
        .send(n, { kind })
        .then(
          () => 'sent',
          (error: unknown) => (error instanceof ChannelNotConfiguredError ? error.message : String(error)),
        );
    const signed = { ALERT_WEBHOOK_SIGNING_SECRET: SECRET };
    expect(
      await refused({ ...signed, ALERT_WEBHOOK_URL: 'http://hooks.example.test/x?token=s3cret' }, 'webhook'),
    ).toBe(
      'ALERT_WEBHOOK_URL: expected an https:// URL, got http://hooks.example.test (alert webhooks are sent over HTTPS only)',
    );
    expect(await refused({ SLACK_WEBHOOK_URL: 'http://127.0.0.1:9/slack' }, 'slack')).toBe(
      'SLACK_WEBHOOK_URL: expected an https:// URL, got http://127.0.0.1:9 (alert webhooks are sent over HTTPS only)',
    );
    expect(
      await refused(
        { SLACK_WEBHOOK_URL: 'http://10.0.0.1/slack', ALERT_WEBHOOK_ALLOW_LOOPBACK_HTTP: 'true' },
        'slack',
      ),
    ).toBe(
      'SLACK_WEBHOOK_URL: expected an https:// URL, got http://10.0.0.1 (alert webhooks are sent over HTTPS only)',
    );
    expect(await refused({ ALERT_WEBHOOK_URL: 'https://hooks.example.test/x' }, 'webhook')).toBe(
      'webhook: no signing secret (ALERT_WEBHOOK_SIGNING_SECRET_ARN); webhooks are never sent unsigned',
    );
    expect(
      await refused(
        { ALERT_WEBHOOK_URL: 'https://hooks.example.test/x', ALERT_WEBHOOK_SIGNING_SECRET: 'short' },
        'webhook',
      ),
    ).toBe('ALERT_WEBHOOK_SIGNING_SECRET: expected a signing secret of at least 32 characters');
    expect(webhookUrl('http://127.0.0.1:8080/hook', 'f', true).href).toBe('http://127.0.0.1:8080/hook');
    expect(webhookUrl('http://[::1]:8080/hook', 'f', true).host).toBe('[::1]:8080');
    expect(() => webhookUrl('http://localhost/hook', 'f', true)).toThrow('expected an https:// URL');
    expect(() => webhookUrl('ftp://x', 'f', true)).toThrow('f: expected an https:// URL, got ftp://x');
    expect(() => webhookUrl('not a url', 'f')).toThrow('f: expected an https:// URL');
  });

  test('HTTP 429 and 5xx are retryable, 4xx not', async () => {
    for (const [status, retryable] of [
      [429, true],
      [503, true],
      [404, false],
    ] as const) {
      const { fetcher } = recordingFetch(status);
      const error = await new WebhookSender({
        url: 'https://hook.test',
        signingSecret: SECRET,
        fetch: fetcher,
      })
        .send(n)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotificationSendError);
      expect(isRetryableSendError(error)).toBe(retryable);
    }
    expect(isRetryableSendError(Object.assign(new Error('x'), { name: 'Throttling' }))).toBe(true);
    expect(
      isRetryableSendError(
        Object.assign(new Error('x'), { name: 'MessageRejected', $metadata: { httpStatusCode: 400 } }),
      ),
    ).toBe(false);
  });

  test('a follow-up whose thread cannot be read, or whose stored Message-ID is not one, goes out without a reply', async () => {
    const sent: string[] = [];
    const ses = {
      send: async (command: { input: { RawMessage: { Data: Uint8Array } } }) => {
        sent.push(Buffer.from(command.input.RawMessage.Data).toString('utf8'));
        return { MessageId: `0100-${sent.length}` };
      },
    } as unknown as SesLike;
    const warnings: Array<{ message: string; details: unknown }> = [];
    const logger = {
      info: () => {},
      warn: (message: string, details?: unknown) => warnings.push({ message, details }),
      error: () => {},
    };
    const channel = { kind: 'email', to: ['ops@example.test'] } as const;
    const resolved = { ...n, id: 'rule:r:svc#1#resolved', kind: 'resolved' } as const;
    const threadsAnswering = (messageId: () => Promise<string | undefined>) => ({
      messageId,
      remember: async () => {},
    });
    for (const threads of [
      threadsAnswering(() => Promise.reject(new Error('table gone'))),
      threadsAnswering(async () => '<bad id>\r\nBcc: victim@example.test'),
    ]) {
      const sender = new SesEmailSender(ses, {
        from: 'alerts@example.test',
        recipients: { domains: ['example.test'], groups: {} },
        threads,
        logger,
      });
      await expect(sender.send(resolved, channel)).resolves.toBeUndefined();
    }
    expect(sent).toHaveLength(2);
    for (const mail of sent) {
      expect(mail).not.toContain('In-Reply-To');
      expect(mail).not.toContain('Bcc');
    }
    expect(warnings).toEqual([
      {
        message: 'email thread Message-ID not read; sent without In-Reply-To',
        details: { id: resolved.id, reason: 'table gone' },
      },
      {
        message: 'email thread Message-ID invalid; sent without In-Reply-To',
        details: { id: resolved.id, reason: 'stored value is not a Message-ID' },
      },
    ]);
  });

  test('SES_MESSAGE_ID_DOMAIN: a domain name, else the dispatcher fails at start naming it', () => {
    const env = { ALERT_EMAIL_FROM: 'alerts@example.test', ALERT_EMAIL_TO: 'ops@example.test' };
    for (const bad of ['amazonses.com>', 'a b.com', '@x.com', 'x..com', '-x.com']) {
      expect(() => sendersFromEnv({ ...env, SES_MESSAGE_ID_DOMAIN: bad })).toThrow(
        `SES_MESSAGE_ID_DOMAIN: expected a domain name such as eu-west-1.amazonses.com, got ${JSON.stringify(bad)}`,
      );
    }
    expect(sendersFromEnv({ ...env, SES_MESSAGE_ID_DOMAIN: 'eu-west-1.amazonses.com' }).has('email')).toBe(
      true,
    );
  });

  test('SNS: ASCII subject of at most 100 characters, short message', async () => {
    const sent: unknown[] = [];
    const client = { send: async (command: { input: unknown }) => sent.push(command.input) };
    await new SnsSender(client as never, 'arn:aws:sns:eu-west-1:1:alerts').send(n, { kind: 'sns' });
    expect(sent[0]).toMatchObject({
      TopicArn: 'arn:aws:sns:eu-west-1:1:alerts',
      Subject: '[Logward] ERROR svc: 2 events in 1 min ? ?n?code',
    });
  });
});

describe('SES threads', () => {
  test('the Message-ID domain SES uses in each region', () => {
    expect(sesMessageIdDomain('us-east-1')).toBe('email.amazonses.com');
    expect(sesMessageIdDomain('eu-west-1')).toBe('eu-west-1.amazonses.com');
  });

  test('the first mail records the MessageId SES returned; a follow-up replies to it; a failed record sends nothing twice', async () => {
    const sent: string[] = [];
    const ses = {
      send: async (command: { input: { RawMessage: { Data: Uint8Array } } }) => {
        sent.push(Buffer.from(command.input.RawMessage.Data).toString('utf8'));
        return { MessageId: `0100-${sent.length}` };
      },
    } as unknown as SesLike;
    const kept = new Map<string, string>();
    const threads = {
      messageId: async (thread: string) => kept.get(thread),
      remember: async (thread: string, id: string) => {
        if (!kept.has(thread)) kept.set(thread, id);
      },
    };
    const recipients = { domains: ['example.test'], groups: {} };
    const sender = new SesEmailSender(ses, {
      from: 'alerts@example.test',
      recipients,
      threads,
      messageIdDomain: 'eu-west-1.amazonses.com',
    });
    const channel = { kind: 'email', to: ['ops@example.test'] } as const;
    await sender.send(n, channel);
    await sender.send({ ...n, id: 'rule:r:svc#1#resolved', kind: 'resolved' }, channel);
    expect([...kept.values()]).toEqual(['<0100-1@eu-west-1.amazonses.com>']);
    expect(sent[1]).toContain('\r\nIn-Reply-To: <0100-1@eu-west-1.amazonses.com>\r\n');

    const errors: string[] = [];
    const failing = new SesEmailSender(ses, {
      from: 'alerts@example.test',
      recipients,
      threads: { ...threads, remember: async () => Promise.reject(new Error('table gone')) },
      logger: { info: () => {}, warn: () => {}, error: (message) => errors.push(message) },
    });
    await expect(failing.send({ ...n, threadId: 'other' }, channel)).resolves.toBeUndefined();
    expect(errors).toEqual(['email thread Message-ID not recorded']);
  });
});
