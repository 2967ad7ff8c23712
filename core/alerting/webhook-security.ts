/**
 * What makes an alert webhook safe to receive: it goes over HTTPS only, and every request is
 * signed with HMAC-SHA256 over its timestamp and its body, so a receiver can tell Logward's
 * requests from forged ones and refuse replays outside a short window (docs/alerting.md).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { isLoopbackAddress } from '../loopback.ts';

/** Unix seconds at which the request was signed. */
export const WEBHOOK_TIMESTAMP_HEADER = 'x-logward-timestamp';
/** `v1=<hex HMAC-SHA256 of "<timestamp>.<body>">` keyed with the signing secret. */
export const WEBHOOK_SIGNATURE_HEADER = 'x-logward-signature';
/** How far a receiver should accept a timestamp from its own clock, seconds. */
export const WEBHOOK_REPLAY_WINDOW_SECONDS = 300;
/** Shortest signing secret accepted. */
export const MIN_SIGNING_SECRET_CHARS = 32;

/** The signature header's value for `body` signed at `timestamp` (Unix seconds). */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Whether a request's timestamp and signature are Logward's for `body`, within the replay window. */
export function verifyWebhook(
  secret: string,
  request: {
    readonly timestamp: string | undefined;
    readonly signature: string | undefined;
    readonly body: string;
  },
  nowSeconds: number,
  windowSeconds = WEBHOOK_REPLAY_WINDOW_SECONDS,
): boolean {
  if (request.timestamp === undefined || !/^\d{1,12}$/.test(request.timestamp)) return false;
  const timestamp = Number(request.timestamp);
  if (Math.abs(nowSeconds - timestamp) > windowSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, request.body));
  const given = Buffer.from(request.signature ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Why a webhook URL is refused. */
export class WebhookUrlError extends Error {
  override name = 'WebhookUrlError';
}

/**
 * `value` as a webhook URL, or a WebhookUrlError naming `field`: `https://` only, except
 * `http://` to a loopback address (127.0.0.0/8, [::1]) when `allowLoopbackHttp`, which only the
 * local runtime sets (a receiver on the same machine, no network between).
 */
export function webhookUrl(value: string, field: string, allowLoopbackHttp = false): URL {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new WebhookUrlError(`${field}: expected an https:// URL, got something that is not a URL`);
  }
  if (url.protocol === 'https:') return url;
  const loopback = isLoopbackAddress(url.hostname.replace(/^\[(.*)\]$/, '$1'));
  if (url.protocol === 'http:' && allowLoopbackHttp && loopback) return url;
  throw new WebhookUrlError(
    `${field}: expected an https:// URL, got ${url.protocol}//${url.host}${
      url.protocol === 'http:' ? ' (alert webhooks are sent over HTTPS only)' : ''
    }`,
  );
}
