/** The console's `config.json`, served from its own origin beside index.html. */

export type AuthConfig =
  | { readonly kind: 'local' }
  | {
      readonly kind: 'cognito';
      readonly domain: string;
      readonly clientId: string;
      readonly redirectUri: string;
    };

export interface ConsoleConfig {
  /** URL of the API's `/people` tree; a relative one is read against the console's own address. */
  readonly apiBase: string;
  readonly auth: AuthConfig;
}

/** Loads and checks `config.json`; a broken one is an error naming the field. */
export async function loadConfig(pageUrl: string): Promise<ConsoleConfig> {
  const response = await fetch(new URL('config.json', pageUrl), { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: the server answered ${response.status}`);
  return parseConfig(await response.json(), pageUrl);
}

export function parseConfig(input: unknown, base: string): ConsoleConfig {
  const o = objectAt(input, 'config.json');
  if (typeof o.apiBase !== 'string' || o.apiBase === '')
    throw new Error('config.json: apiBase must be a URL');
  const apiBase = new URL(o.apiBase, base).href.replace(/\/+$/, '');
  const auth = objectAt(o.auth, 'config.json: auth');
  if (auth.kind === 'local') return { apiBase, auth: { kind: 'local' } };
  if (auth.kind === 'cognito') {
    for (const key of ['domain', 'clientId', 'redirectUri'] as const) {
      if (typeof auth[key] !== 'string' || auth[key] === '')
        throw new Error(`config.json: auth.${key} must be a non-empty string`);
    }
    return {
      apiBase,
      auth: {
        kind: 'cognito',
        domain: auth.domain as string,
        clientId: auth.clientId as string,
        redirectUri: auth.redirectUri as string,
      },
    };
  }
  throw new Error(`config.json: auth.kind must be "local" or "cognito", got ${JSON.stringify(auth.kind)}`);
}

function objectAt(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`${where} must be an object`);
  return value as Record<string, unknown>;
}
