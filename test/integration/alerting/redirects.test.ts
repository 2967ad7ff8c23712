/**
 * Webhook and Slack senders never follow a redirect: a receiver answering 3xx would otherwise get
 * the signed body re-sent to wherever it points. Real local HTTP servers, Node's own fetch.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Notification } from '#core/alerting/model.ts';
import { isRetryableSendError, NotificationSendError } from '#lambdas/adapters/notify/channel.ts';
import { SlackSender } from '#lambdas/adapters/notify/slack.ts';
import { WebhookSender } from '#lambdas/adapters/notify/webhook.ts';

const notification: Notification = {
  id: 'rule:r:svc#1#1',
  fingerprint: 'rule:r:svc',
  kind: 'firing',
  subject: '[Logward] ERROR svc: 1 event',
  threadId: 'rule:r:svc#1',
  title: 'ERROR svc',
  summary: '1 matching event',
  count: 1,
  samples: [],
  details: [],
  channels: [],
  createdAt: Date.parse('2026-03-01T12:00:00Z'),
};

async function listen(
  handler: Parameters<typeof createServer>[1],
): Promise<{ server: Server; base: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('redirects', () => {
  let target: { server: Server; base: string };
  let redirector: { server: Server; base: string };
  const reachedTarget: string[] = [];

  beforeAll(async () => {
    target = await listen((request, response) => {
      reachedTarget.push(`${request.method} ${request.url}`);
      request.resume();
      response.writeHead(200).end('ok');
    });
    redirector = await listen((request, response) => {
      request.resume();
      const status = Number(request.url?.split('/')[1]);
      response.writeHead(status, { location: `${target.base}/stolen?token=s3cret` }).end();
    });
  });

  afterAll(async () => {
    await Promise.all([redirector, target].map(({ server }) => new Promise((r) => server.close(r))));
  });

  test('a 301, 302, 307 or 308 is a permanent error naming the target origin; the target gets nothing', async () => {
    for (const status of [301, 302, 307, 308]) {
      const senders = [
        new WebhookSender({
          url: `${redirector.base}/${status}/hook`,
          signingSecret: 'signing-secret-of-the-tests-0123456789',
        }),
        new SlackSender(`${redirector.base}/${status}/slack`),
      ];
      for (const sender of senders) {
        const error = await sender.send(notification).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(NotificationSendError);
        expect(isRetryableSendError(error)).toBe(false);
        expect((error as Error).message).toBe(
          `${sender.kind}: HTTP ${status} redirect to ${target.base}, not followed; configure the final URL`,
        );
      }
    }
    expect(reachedTarget).toEqual([]);
  });
});
