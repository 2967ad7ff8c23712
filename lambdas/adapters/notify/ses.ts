/** SES (v1 API: LocalStack's free image and moto have no SESv2) raw MIME email. */
import { type SESClient, SendRawEmailCommand } from '@aws-sdk/client-ses';
import { buildMimeMessage, renderEmail } from '#core/alerting/email.ts';
import type { Notification } from '#core/alerting/model.ts';
import { expandRecipients, type RecipientPolicy } from '#core/alerting/recipients.ts';
import type { Channel } from '#core/alerting/rules.ts';
import { ChannelNotConfiguredError, type ChannelSender, sendSignal } from './channel.ts';

export interface SesSenderOptions {
  /** A verified SES identity. */
  readonly from: string;
  /** The web console (`consoleBase`), for the links to the alert and its matching logs. */
  readonly consoleUrl?: string;
  /** Expands recipient groups and keeps only allowed addresses. */
  readonly recipients: RecipientPolicy;
}

/** The part of SESClient the sender uses, so tests can pass a client that throttles. */
export type SesLike = Pick<SESClient, 'send'>;

export class SesEmailSender implements ChannelSender {
  readonly kind = 'email';
  readonly #client: SesLike;
  readonly #options: SesSenderOptions;

  constructor(client: SesLike, options: SesSenderOptions) {
    this.#client = client;
    this.#options = options;
  }

  async send(notification: Notification, channel: Channel, signal?: AbortSignal): Promise<void> {
    if (channel.kind !== 'email') throw new TypeError(`SES sends email, not ${channel.kind}`);
    const to = expandRecipients(this.#options.recipients, channel.to);
    if (to.length === 0)
      throw new ChannelNotConfiguredError(
        `email: none of ${channel.to.join(', ')} is an allowed recipient any more`,
      );
    const email = renderEmail(notification, this.#options.consoleUrl);
    const raw = buildMimeMessage(notification, email, { from: this.#options.from, to });
    await this.#client.send(
      new SendRawEmailCommand({
        Source: this.#options.from,
        Destinations: to,
        RawMessage: { Data: Buffer.from(raw, 'utf8') },
      }),
      { abortSignal: sendSignal(signal) },
    );
  }
}
