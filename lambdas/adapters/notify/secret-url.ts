/**
 * Webhook URLs kept in Secrets Manager (never in the Lambda's environment): read on first use,
 * then cached for `ttlMs` so a rotated URL is picked up without a redeploy.
 */
import { GetSecretValueCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { ChannelNotConfiguredError } from './channel.ts';

/** A URL known now, or fetched when needed (giving up when the signal aborts). */
export type UrlSource = string | ((signal: AbortSignal) => Promise<string>);

export function resolveUrl(source: UrlSource, signal: AbortSignal): Promise<string> {
  return typeof source === 'string' ? Promise.resolve(source) : source(signal);
}

export function secretUrl(
  client: Pick<SecretsManagerClient, 'send'>,
  secretArn: string,
  ttlMs = 5 * 60_000,
  now: () => number = Date.now,
): (signal: AbortSignal) => Promise<string> {
  let cached: { url: string; at: number } | undefined;
  return async (signal) => {
    if (cached && now() - cached.at < ttlMs) return cached.url;
    const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: secretArn }), {
      abortSignal: signal,
    });
    const url = SecretString?.trim() ?? '';
    if (!/^https?:\/\//.test(url)) {
      throw new ChannelNotConfiguredError(`secret ${secretArn}: expected a webhook URL as its secret string`);
    }
    cached = { url, at: now() };
    return url;
  };
}
