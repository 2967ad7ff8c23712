/** What every notification channel implements, and how its failures are classified. */
import type { Notification } from '#core/alerting/model.ts';
import type { Channel, ChannelKind } from '#core/alerting/rules.ts';

export interface ChannelSender {
  readonly kind: ChannelKind;
  /**
   * Sends, giving up when `signal` aborts (with `AbortSignal.timeout(SEND_TIMEOUT_MS)` when none
   * is given): no outbound call waits for ever on a receiver that never answers.
   */
  send(notification: Notification, channel: Channel, signal?: AbortSignal): Promise<void>;
}

/** How long one outbound call of a channel may take unless the caller bounds it itself. */
export const SEND_TIMEOUT_MS = 10_000;

/** The caller's signal, or a timeout of `SEND_TIMEOUT_MS`. */
export function sendSignal(signal: AbortSignal | undefined): AbortSignal {
  return signal ?? AbortSignal.timeout(SEND_TIMEOUT_MS);
}

/** True when a send gave up waiting (its signal aborted): worth a later attempt, not an immediate one. */
export function isSendTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
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
  'AbortError',
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
  init: {
    method: string;
    headers: Record<string, string>;
    body: string;
    redirect: 'manual';
    signal?: AbortSignal;
  },
) => Promise<{
  readonly ok: boolean;
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}>;

/**
 * POSTs JSON, giving up when `signal` aborts (reading the answer included); classifies the response.
 * A redirect is never followed (it would re-send the signed body to wherever the receiver points,
 * even over http://): a 3xx is a permanent error naming only the target's origin.
 */
export async function postJson(
  fetcher: Fetch,
  url: string,
  body: unknown,
  what: string,
  signal: AbortSignal,
  headers: Readonly<Record<string, string>> = {},
): Promise<void> {
  const response = await fetcher(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    redirect: 'manual',
    signal,
  });
  if (response.status >= 300 && response.status < 400) {
    const target = redirectOrigin(url, response.headers.get('location'));
    throw new NotificationSendError(
      `${what}: HTTP ${response.status} redirect to ${target}, not followed; configure the final URL`,
      false,
    );
  }
  if (!response.ok) {
    const text = (await response.text().catch(() => '')).slice(0, 200);
    throw new NotificationSendError(
      `${what}: HTTP ${response.status} ${text}`,
      response.status === 429 || response.status >= 500,
    );
  }
}

/** The origin a redirect points to (never its path or query, which may hold a token), for an error. */
function redirectOrigin(from: string, location: string | null): string {
  if (location === null) return 'no Location';
  try {
    return new URL(location, from).origin;
  } catch {
    return 'an unparseable Location';
  }
}
