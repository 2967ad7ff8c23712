/** Slack incoming webhook. Log text is escaped for Slack's mrkdwn (`&`, `<`, `>`), so it cannot mention or link. */
import { renderEmail } from '#core/alerting/email.ts';
import type { Notification } from '#core/alerting/model.ts';
import type { Channel } from '#core/alerting/rules.ts';
import { type ChannelSender, type Fetch, postJson, sendSignal } from './channel.ts';
import { resolveUrl, type UrlSource } from './secret-url.ts';

export function escapeSlack(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

export class SlackSender implements ChannelSender {
  readonly kind = 'slack';
  readonly #url: UrlSource;
  readonly #fetch: Fetch;
  readonly #consoleUrl: string | undefined;

  /** `consoleUrl` (`consoleBase`): the message links to the alert and its logs in the web console. */
  constructor(url: UrlSource, consoleUrl?: string, fetcher: Fetch = fetch) {
    this.#url = url;
    this.#fetch = fetcher;
    this.#consoleUrl = consoleUrl;
  }

  async send(notification: Notification, _channel?: Channel, signal?: AbortSignal): Promise<void> {
    const bounded = sendSignal(signal);
    const { subject, text } = renderEmail(notification, this.#consoleUrl);
    await postJson(
      this.#fetch,
      await resolveUrl(this.#url, bounded),
      { text: `*${escapeSlack(subject)}*\n${escapeSlack(text).slice(0, 3500)}` },
      'slack',
      bounded,
    );
  }
}
