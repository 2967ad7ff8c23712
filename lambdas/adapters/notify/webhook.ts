/**
 * Generic JSON webhook: the notification as structured JSON (receivers escape as their medium
 * needs), over HTTPS, signed: `X-Logward-Timestamp` (Unix seconds) and `X-Logward-Signature`
 * (`v1=` HMAC-SHA256 of `<timestamp>.<body>` with the signing secret), so a receiver can refuse
 * forged and replayed requests (docs/alerting.md, "Receiving the webhook").
 */
import type { Notification } from '#core/alerting/model.ts';
import type { Channel } from '#core/alerting/rules.ts';
import {
  signWebhook,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
} from '#core/alerting/webhook-security.ts';
import { type ChannelSender, type Fetch, postJson, sendSignal } from './channel.ts';
import { resolveSecret, type SecretSource } from './secret-url.ts';

export interface WebhookSenderOptions {
  /** Where to post (checked to be https:// where it is configured). */
  readonly url: SecretSource;
  /** The key of every request's signature. */
  readonly signingSecret: SecretSource;
  /** Base URL of the API, for the `link` to the matching logs. @default - no link */
  readonly apiBaseUrl?: string;
  /** @default fetch */
  readonly fetch?: Fetch;
  /** Epoch ms, for the timestamp. @default Date.now */
  readonly now?: () => number;
}

export class WebhookSender implements ChannelSender {
  readonly kind = 'webhook';
  readonly #o: WebhookSenderOptions;

  constructor(options: WebhookSenderOptions) {
    this.#o = options;
  }

  async send(n: Notification, _channel?: Channel, signal?: AbortSignal): Promise<void> {
    const bounded = sendSignal(signal);
    const apiBaseUrl = this.#o.apiBaseUrl;
    const link = n.queryPath && apiBaseUrl ? `${apiBaseUrl.replace(/\/$/, '')}${n.queryPath}` : undefined;
    const [url, secret] = await Promise.all([
      resolveSecret(this.#o.url, bounded),
      resolveSecret(this.#o.signingSecret, bounded),
    ]);
    const body = JSON.stringify({
      version: 1,
      id: n.id,
      fingerprint: n.fingerprint,
      status: n.kind === 'resolved' ? 'resolved' : 'firing',
      kind: n.kind,
      subject: n.subject,
      title: n.title,
      summary: n.summary,
      count: n.count,
      samples: n.samples,
      details: n.details,
      link,
      createdAt: new Date(n.createdAt).toISOString(),
    });
    const timestamp = Math.floor((this.#o.now ?? Date.now)() / 1000);
    await postJson(this.#o.fetch ?? fetch, url, body, 'webhook', bounded, {
      [WEBHOOK_TIMESTAMP_HEADER]: String(timestamp),
      [WEBHOOK_SIGNATURE_HEADER]: signWebhook(secret, timestamp, body),
    });
  }
}
