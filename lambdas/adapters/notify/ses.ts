/**
 * SES (v1 API: LocalStack's free image and moto have no SESv2) raw MIME email. SES replaces any
 * Message-ID a message sets with its own and reports it as `MessageId`, so the first mail of a
 * thread has that id recorded, and follow-ups reply to it (In-Reply-To, References).
 */
import { createHash } from 'node:crypto';
import { type SESClient, SendRawEmailCommand } from '@aws-sdk/client-ses';
import { buildMimeMessage, isMessageId, renderEmail } from '#core/alerting/email.ts';
import type { Notification } from '#core/alerting/model.ts';
import { expandRecipients, type RecipientPolicy } from '#core/alerting/recipients.ts';
import type { Channel } from '#core/alerting/rules.ts';
import type { EmailThreadStore } from '#core/alerting/stores.ts';
import type { Logger } from '../../logger.ts';
import { ChannelNotConfiguredError, type ChannelSender, sendSignal } from './channel.ts';

export interface SesSenderOptions {
  /** A verified SES identity. */
  readonly from: string;
  /** The web console (`consoleBase`), for the links to the alert and its matching logs. */
  readonly consoleUrl?: string;
  /** Expands recipient groups and keeps only allowed addresses. */
  readonly recipients: RecipientPolicy;
  /** Where each thread's first Message-ID is kept. @default - none: follow-ups start no reply */
  readonly threads?: EmailThreadStore;
  /** The domain of the Message-IDs SES assigns (`sesMessageIdDomain`). @default 'email.amazonses.com' */
  readonly messageIdDomain?: string;
  /** Where a Message-ID that could not be recorded is reported (the mail itself went out). */
  readonly logger?: Logger;
}

/**
 * The domain SES puts in the Message-IDs it assigns: `email.amazonses.com` in us-east-1,
 * `<region>.amazonses.com` elsewhere (e.g. `eu-west-1.amazonses.com`). AWS does not document it as a
 * contract, hence `SES_MESSAGE_ID_DOMAIN` to override it.
 */
export function sesMessageIdDomain(region: string): string {
  return region === 'us-east-1' ? 'email.amazonses.com' : `${region}.amazonses.com`;
}

/** One thread per alert episode and set of recipients (two email channels are two threads). */
export function emailThreadKey(threadId: string, to: readonly string[]): string {
  const recipients = createHash('sha256')
    .update([...to].sort().join(','))
    .digest('hex')
    .slice(0, 16);
  return `${threadId}|${recipients}`;
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

  /**
   * The Message-ID a follow-up replies to. A thread that cannot be read, or holds something that is
   * not a Message-ID, loses only the reply: the mail itself still goes out.
   */
  async #replyTo(threads: EmailThreadStore, thread: string, n: Notification): Promise<string | undefined> {
    let stored: string | undefined;
    try {
      stored = await threads.messageId(thread);
    } catch (error) {
      this.#options.logger?.warn('email thread Message-ID not read; sent without In-Reply-To', {
        id: n.id,
        reason: error instanceof Error ? error.message : String(error),
      });
      return undefined;
    }
    if (stored === undefined || isMessageId(stored)) return stored;
    this.#options.logger?.warn('email thread Message-ID invalid; sent without In-Reply-To', {
      id: n.id,
      reason: 'stored value is not a Message-ID',
    });
    return undefined;
  }

  async send(notification: Notification, channel: Channel, signal?: AbortSignal): Promise<void> {
    if (channel.kind !== 'email') throw new TypeError(`SES sends email, not ${channel.kind}`);
    const to = expandRecipients(this.#options.recipients, channel.to);
    if (to.length === 0)
      throw new ChannelNotConfiguredError(
        `email: none of ${channel.to.join(', ')} is an allowed recipient any more`,
      );
    const email = renderEmail(notification, this.#options.consoleUrl);
    const threads = this.#options.threads;
    const thread = emailThreadKey(notification.threadId, to);
    const inReplyTo =
      notification.kind === 'firing' || !threads
        ? undefined
        : await this.#replyTo(threads, thread, notification);
    const raw = buildMimeMessage(notification, email, {
      from: this.#options.from,
      to,
      ...(inReplyTo ? { inReplyTo } : {}),
    });
    const { MessageId } = await this.#client.send(
      new SendRawEmailCommand({
        Source: this.#options.from,
        Destinations: to,
        RawMessage: { Data: Buffer.from(raw, 'utf8') },
      }),
      { abortSignal: sendSignal(signal) },
    );
    if (notification.kind !== 'firing' || !threads || !MessageId) return;
    const messageId = `<${MessageId}@${this.#options.messageIdDomain ?? 'email.amazonses.com'}>`;
    // The mail is sent: failing now would send it again. Its follow-ups then start no reply.
    await threads.remember(thread, messageId, notification.createdAt).catch((error: unknown) =>
      this.#options.logger?.error('email thread Message-ID not recorded', {
        id: notification.id,
        reason: error instanceof Error ? error.message : String(error),
      }),
    );
  }
}
