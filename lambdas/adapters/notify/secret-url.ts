/**
 * Webhook URLs and signing secrets kept in Secrets Manager (never in the Lambda's environment):
 * read on first use, then cached for `ttlMs` so a rotated value is picked up without a redeploy.
 */
import { GetSecretValueCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { MIN_SIGNING_SECRET_CHARS, WebhookUrlError, webhookUrl } from '#core/alerting/webhook-security.ts';
import { ChannelNotConfiguredError } from './channel.ts';

/** A value known now, or fetched when needed (giving up when the signal aborts). */
export type SecretSource = string | ((signal: AbortSignal) => Promise<string>);

export function resolveSecret(source: SecretSource, signal: AbortSignal): Promise<string> {
  return typeof source === 'string' ? Promise.resolve(source) : source(signal);
}

/** The secret string of `secretArn`, checked by `check` (which throws naming what is wrong), cached. */
export function secretString(
  client: Pick<SecretsManagerClient, 'send'>,
  secretArn: string,
  check: (value: string) => void = () => {},
  ttlMs = 5 * 60_000,
  now: () => number = Date.now,
): (signal: AbortSignal) => Promise<string> {
  let cached: { value: string; at: number } | undefined;
  return async (signal) => {
    if (cached && now() - cached.at < ttlMs) return cached.value;
    const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: secretArn }), {
      abortSignal: signal,
    });
    const value = SecretString?.trim() ?? '';
    check(value);
    cached = { value, at: now() };
    return value;
  };
}

/** A webhook URL held by `secretArn`: https:// only (see `webhookUrl`). */
export function secretUrl(
  client: Pick<SecretsManagerClient, 'send'>,
  secretArn: string,
  options: {
    readonly allowLoopbackHttp?: boolean;
    readonly ttlMs?: number;
    readonly now?: () => number;
  } = {},
): (signal: AbortSignal) => Promise<string> {
  return secretString(
    client,
    secretArn,
    (value) => checkWebhookUrl(value, `secret ${secretArn}`, options.allowLoopbackHttp),
    options.ttlMs,
    options.now,
  );
}

/** A webhook URL as a channel needs it, or ChannelNotConfiguredError naming `field`. */
export function checkWebhookUrl(value: string, field: string, allowLoopbackHttp = false): string {
  try {
    webhookUrl(value, field, allowLoopbackHttp);
    return value.trim();
  } catch (error) {
    if (error instanceof WebhookUrlError)
      throw new ChannelNotConfiguredError(error.message, { cause: error });
    throw error;
  }
}

/** A signing secret as the webhook channel needs it, or ChannelNotConfiguredError naming `field`. */
export function checkSigningSecret(value: string, field: string): string {
  if (value.length < MIN_SIGNING_SECRET_CHARS)
    throw new ChannelNotConfiguredError(
      `${field}: expected a signing secret of at least ${MIN_SIGNING_SECRET_CHARS} characters`,
    );
  return value;
}
