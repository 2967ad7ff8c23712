/**
 * Webhook URLs kept in Secrets Manager (never in the Lambda's environment): read on first use,
 * then cached for `ttlMs` so a rotated URL is picked up without a redeploy.
 */
import { GetSecretValueCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { ChannelNotConfiguredError } from './channel.ts';

/** A URL known now, or fetched when needed. */
export type UrlSource = string | (() => Promise<string>);

export function resolveUrl(source: UrlSource): Promise<string> {
  return typeof source === 'string' ? Promise.resolve(source) : source();
}

export function secretUrl(
  client: Pick<SecretsManagerClient, 'send'>,
  secretArn: string,
  ttlMs = 5 * 60_000,
  now: () => number = Date.now,
): () => Promise<string> {
  let cached: { url: string; at: number } | undefined;
  return async () => {
    if (cached && now() - cached.at < ttlMs) return cached.url;
    const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: secretArn }));
    const url = SecretString?.trim() ?? '';
    if (!/^https?:\/\//.test(url)) {
      throw new ChannelNotConfiguredError(`secret ${secretArn}: expected a webhook URL as its secret string`);
    }
    cached = { url, at: now() };
    return url;
  };
}
