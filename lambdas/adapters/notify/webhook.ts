/** Generic JSON webhook: the notification as structured JSON (receivers escape as their medium needs). */
import type { Notification } from '#core/alerting/model.ts';
import type { Channel } from '#core/alerting/rules.ts';
import { type ChannelSender, type Fetch, postJson, sendSignal } from './channel.ts';
import { resolveUrl, type UrlSource } from './secret-url.ts';

export class WebhookSender implements ChannelSender {
  readonly kind = 'webhook';
  readonly #url: UrlSource;
  readonly #fetch: Fetch;
  readonly #apiBaseUrl: string | undefined;

  constructor(url: UrlSource, apiBaseUrl?: string, fetcher: Fetch = fetch) {
    this.#url = url;
    this.#fetch = fetcher;
    this.#apiBaseUrl = apiBaseUrl;
  }

  async send(n: Notification, _channel?: Channel, signal?: AbortSignal): Promise<void> {
    const bounded = sendSignal(signal);
    const link =
      n.queryPath && this.#apiBaseUrl ? `${this.#apiBaseUrl.replace(/\/$/, '')}${n.queryPath}` : undefined;
    await postJson(
      this.#fetch,
      await resolveUrl(this.#url, bounded),
      {
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
      },
      'webhook',
      bounded,
    );
  }
}
