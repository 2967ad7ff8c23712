/** What every notification channel implements, and how its failures are classified. */
import type { Notification } from '#core/alerting/model.ts';
import type { Channel, ChannelKind } from '#core/alerting/rules.ts';

export interface ChannelSender {
  readonly kind: ChannelKind;
  send(notification: Notification, channel: Channel): Promise<void>;
}

/** A send that failed; `retryable` when trying again later may succeed (throttling, 5xx, network). */
export class NotificationSendError extends Error {
  override name = 'NotificationSendError';
  readonly retryable: boolean;

  constructor(message: string, retryable: boolean, options?: ErrorOptions) {
    super(message, options);
    this.retryable = retryable;
  }
}

export class ChannelNotConfiguredError extends Error {
  override name = 'ChannelNotConfiguredError';
}

const RETRYABLE_AWS_ERRORS = new Set([
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'InternalFailure',
  'RequestTimeout',
  'TimeoutError',
]);

/** True for errors worth retrying: AWS throttling and 5xx, HTTP 429/5xx, network failures. */
export function isRetryableSendError(error: unknown): boolean {
  if (error instanceof NotificationSendError) return error.retryable;
  if (!(error instanceof Error)) return false;
  if (RETRYABLE_AWS_ERRORS.has(error.name)) return true;
  const status = (error as Error & { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  if (status !== undefined) return status === 429 || status >= 500;
  return error.name === 'TypeError' || 'code' in error; // fetch network failure, socket errors
}

export type Fetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string },
) => Promise<{
  readonly ok: boolean;
  readonly status: number;
  text(): Promise<string>;
}>;

/** POSTs JSON; classifies the response. */
export async function postJson(fetcher: Fetch, url: string, body: unknown, what: string): Promise<void> {
  const response = await fetcher(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    const text = (await response.text().catch(() => '')).slice(0, 200);
    throw new NotificationSendError(
      `${what}: HTTP ${response.status} ${text}`,
      response.status === 429 || response.status >= 500,
    );
  }
}
