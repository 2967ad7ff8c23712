/** SNS topic (SMS and mobile push): a short plain-text message. */
import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import { stripControl, truncate } from '#core/alerting/email.ts';
import type { Notification } from '#core/alerting/model.ts';
import type { Channel } from '#core/alerting/rules.ts';
import { ChannelNotConfiguredError, type ChannelSender, sendSignal } from './channel.ts';

export class SnsSender implements ChannelSender {
  readonly kind = 'sns';
  readonly #client: Pick<SNSClient, 'send'>;
  readonly #defaultTopicArn: string | undefined;

  constructor(client: Pick<SNSClient, 'send'>, defaultTopicArn?: string) {
    this.#client = client;
    this.#defaultTopicArn = defaultTopicArn;
  }

  async send(n: Notification, channel: Channel, signal?: AbortSignal): Promise<void> {
    const topicArn = (channel.kind === 'sns' ? channel.topicArn : undefined) ?? this.#defaultTopicArn;
    if (!topicArn)
      throw new ChannelNotConfiguredError('sns: no topic ARN on the channel and ALERT_SNS_TOPIC_ARN unset');
    // SNS subjects: ASCII, no line breaks, at most 100 characters.
    const subject = truncate(stripControl(n.subject).replace(/[^\x20-\x7e]/g, '?'), 100);
    await this.#client.send(
      new PublishCommand({
        TopicArn: topicArn,
        Subject: subject,
        Message: truncate(stripControl(`${n.subject}: ${n.summary}`), 1400),
      }),
      { abortSignal: sendSignal(signal) },
    );
  }
}
