/**
 * Slack incoming webhook. Log text is escaped for Slack's mrkdwn (`&`, `<`, `>`), so it cannot
 * mention or link, and cut to its length after escaping, at a whole character and a whole entity;
 * the console links come after the cut, so a long alert keeps them.
 */
import { consoleLinkLines, renderEmail } from '#core/alerting/email.ts';
import type { Notification } from '#core/alerting/model.ts';
import type { Channel } from '#core/alerting/rules.ts';
import { type ChannelSender, type Fetch, postJson, sendSignal } from './channel.ts';
import { resolveSecret, type SecretSource } from './secret-url.ts';

/** Characters of a message's body, as Slack receives it (escaped). */
export const SLACK_TEXT_CHARS = 3500;

export function escapeSlack(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * `text` escaped, at most `max` characters long: whole characters are escaped one at a time and the
 * text ends (with `…`) before the one that would not fit, so no entity is cut in half and nothing
 * after the cut reaches Slack unescaped.
 */
export function escapeSlackWithin(text: string, max: number): string {
  const escaped = escapeSlack(text);
  if (escaped.length <= max) return escaped;
  let out = '';
  for (const ch of text) {
    const piece = escapeSlack(ch);
    if (out.length + piece.length > max - 1) break;
    out += piece;
  }
  return `${out}…`;
}

export class SlackSender implements ChannelSender {
  readonly kind = 'slack';
  readonly #url: SecretSource;
  readonly #fetch: Fetch;
  readonly #consoleUrl: string | undefined;

  /** `consoleUrl` (`consoleBase`): the message links to the alert and its logs in the web console. */
  constructor(url: SecretSource, consoleUrl?: string, fetcher: Fetch = fetch) {
    this.#url = url;
    this.#fetch = fetcher;
    this.#consoleUrl = consoleUrl;
  }

  async send(notification: Notification, _channel?: Channel, signal?: AbortSignal): Promise<void> {
    const bounded = sendSignal(signal);
    const { subject, text } = renderEmail(notification, undefined);
    const links = consoleLinkLines(notification, this.#consoleUrl).map(escapeSlack);
    const tail = links.length ? `\n\n${links.join('\n')}` : '';
    const body = `${escapeSlackWithin(text, SLACK_TEXT_CHARS - tail.length)}${tail}`;
    await postJson(
      this.#fetch,
      await resolveSecret(this.#url, bounded),
      { text: `*${escapeSlack(subject)}*\n${body}` },
      'slack',
      bounded,
    );
  }
}
