/** The receiver example of docs/alerting.md, run as printed against requests the webhook sender signs. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Notification } from '#core/alerting/model.ts';
import { verifyWebhook } from '#core/alerting/webhook-security.ts';
import type { Fetch } from '#lambdas/adapters/notify/channel.ts';
import { WebhookSender } from '#lambdas/adapters/notify/webhook.ts';
import { defined } from '../../support/fixtures.ts';

type Receiver = (secret: string, headers: Record<string, string>, rawBody: string, nowMs?: number) => boolean;

const SECRET = 'the-receivers-copy-of-the-signing-key-0123';
const SIGNED_AT = Date.parse('2026-03-01T12:00:00Z');
let dir: string;
let isLogwardWebhook: Receiver;

beforeAll(async () => {
  const doc = await readFile(new URL('../../../docs/alerting.md', import.meta.url), 'utf8');
  const block = /<!-- receiver example -->\n```js\n([\s\S]*?)```/.exec(doc)?.[1];
  dir = await mkdtemp(join(tmpdir(), 'logward-receiver-'));
  const file = join(dir, 'receiver.mjs');
  await writeFile(file, defined(block, 'the receiver example in docs/alerting.md'));
  ({ isLogwardWebhook } = (await import(pathToFileURL(file).href)) as { isLogwardWebhook: Receiver });
});

afterAll(() => rm(dir, { recursive: true, force: true }));

async function signedRequest(): Promise<{ headers: Record<string, string>; body: string }> {
  const requests: Array<{ headers: Record<string, string>; body: string }> = [];
  const fetcher: Fetch = async (_url, init) => {
    requests.push({ headers: init.headers, body: init.body });
    return { ok: true, status: 200, headers: new Headers(), text: async () => '' };
  };
  const notification: Notification = {
    id: 'rule:r:svc#1#1',
    fingerprint: 'rule:r:svc',
    kind: 'firing',
    subject: '[Logward] ERROR svc: 2 events in 30 s',
    threadId: 'rule:r:svc#1',
    title: 'ERROR svc',
    summary: '2 matching events',
    count: 2,
    samples: [],
    details: [],
    channels: [],
    createdAt: SIGNED_AT,
  };
  await new WebhookSender({
    url: 'https://receiver.example.test/logward',
    signingSecret: SECRET,
    fetch: fetcher,
    now: () => SIGNED_AT,
  }).send(notification);
  return defined(requests[0], 'the signed request');
}

describe('the documented receiver', () => {
  test('accepts what the dispatcher signs, within the replay window', async () => {
    const { headers, body } = await signedRequest();
    expect(isLogwardWebhook(SECRET, headers, body, SIGNED_AT)).toBe(true);
    expect(isLogwardWebhook(SECRET, headers, body, SIGNED_AT + 300_000)).toBe(true);
  });

  test('refuses a changed body, another key, a replay after 5 minutes, a missing or forged header', async () => {
    const { headers, body } = await signedRequest();
    expect(isLogwardWebhook(SECRET, headers, body.replace('"count":2', '"count":3'), SIGNED_AT)).toBe(false);
    expect(isLogwardWebhook(`${SECRET}-old`, headers, body, SIGNED_AT)).toBe(false);
    expect(isLogwardWebhook(SECRET, headers, body, SIGNED_AT + 301_000)).toBe(false);
    expect(isLogwardWebhook(SECRET, headers, body, SIGNED_AT - 301_000)).toBe(false);
    const { 'x-logward-signature': _signature, ...unsigned } = headers;
    expect(isLogwardWebhook(SECRET, unsigned, body, SIGNED_AT)).toBe(false);
    // A later timestamp with the old signature: the signature covers the timestamp.
    const moved = { ...headers, 'x-logward-timestamp': String(SIGNED_AT / 1000 + 60) };
    expect(isLogwardWebhook(SECRET, moved, body, SIGNED_AT)).toBe(false);
  });
});

describe('the documented receiver, against hostile requests', () => {
  test('never throws, and agrees with verifyWebhook', async () => {
    const { headers, body } = await signedRequest();
    const signature = defined(headers['x-logward-signature'], 'the signature');
    const timestamp = defined(headers['x-logward-timestamp'], 'the timestamp');
    const hostile: Array<Record<string, string>> = [
      { ...headers, 'x-logward-signature': `v1=${'é'.repeat(64)}` }, // same characters, more bytes
      { ...headers, 'x-logward-signature': `v1=${'😀'.repeat(32)}` },
      { ...headers, 'x-logward-signature': signature.slice(0, -1) },
      { ...headers, 'x-logward-signature': `${signature}0` },
      { ...headers, 'x-logward-signature': '' },
      { 'x-logward-timestamp': timestamp },
      { 'x-logward-signature': signature },
      {},
      { ...headers, 'x-logward-timestamp': '' },
      { ...headers, 'x-logward-timestamp': 'é' },
      { ...headers, 'x-logward-timestamp': `${timestamp}.5` },
      { ...headers, 'x-logward-timestamp': String(SIGNED_AT / 1000 - 301) },
      { ...headers, 'x-logward-timestamp': '9'.repeat(13) },
    ];
    for (const request of hostile) {
      const nowMs = SIGNED_AT;
      const verdict = isLogwardWebhook(SECRET, request, body, nowMs);
      const reference = verifyWebhook(
        SECRET,
        {
          timestamp: request['x-logward-timestamp'],
          signature: request['x-logward-signature'],
          body,
        },
        nowMs / 1000,
      );
      expect({ request, verdict }).toEqual({ request, verdict: reference });
      expect(verdict).toBe(false);
    }
    expect(isLogwardWebhook(SECRET, headers, `${body}é`, SIGNED_AT)).toBe(false);
    expect(isLogwardWebhook(SECRET, headers, body, SIGNED_AT)).toBe(true);
  });
});
