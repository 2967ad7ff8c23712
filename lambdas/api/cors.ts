/**
 * CORS for browser clients. API Gateway answers the preflight in AWS (the stack's
 * `cors.allowOrigins`); the handler adds `access-control-allow-origin` to real responses, which
 * with the Lambda proxy integration only the handler can do. Both read the same origin list.
 */
import { ValidationError } from '#core/validation-error.ts';

export interface CorsConfig {
  /** Origins allowed, `scheme://host[:port]`, or `*` for any. Empty: no CORS headers at all. */
  readonly allowOrigins: readonly string[];
}

export const ALLOWED_METHODS = 'GET,POST,PUT,PATCH,DELETE,OPTIONS';
export const ALLOWED_HEADERS =
  'content-type,x-api-key,authorization,x-amz-date,x-amz-security-token,x-amz-content-sha256';
const ORIGIN = /^https?:\/\/[^/\s]+$/;

/** `LOGWARD_CORS_ORIGINS`: comma-separated origins, or `*`; unset means no CORS. */
export function corsFromEnv(value: string | undefined): CorsConfig {
  const allowOrigins = (value ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  for (const origin of allowOrigins) {
    if (origin !== '*' && !ORIGIN.test(origin)) {
      throw new ValidationError('LOGWARD_CORS_ORIGINS', `expected scheme://host[:port] or *, got ${origin}`);
    }
  }
  return { allowOrigins };
}

/** Headers for a response to a request from `origin`; none when the origin is not allowed. */
export function corsHeaders(
  config: CorsConfig | undefined,
  origin: string | undefined,
): Record<string, string> {
  if (!config || config.allowOrigins.length === 0 || origin === undefined) return {};
  if (config.allowOrigins.includes('*')) return { 'access-control-allow-origin': '*' };
  if (!config.allowOrigins.includes(origin)) return { vary: 'origin' };
  return { 'access-control-allow-origin': origin, vary: 'origin' };
}

/** The preflight answer (what API Gateway's mock integration returns in AWS). */
export function preflightHeaders(
  config: CorsConfig | undefined,
  origin: string | undefined,
): Record<string, string> {
  const headers = corsHeaders(config, origin);
  if (!headers['access-control-allow-origin']) return headers;
  return {
    ...headers,
    'access-control-allow-methods': ALLOWED_METHODS,
    'access-control-allow-headers': ALLOWED_HEADERS,
    'access-control-max-age': '600',
  };
}
