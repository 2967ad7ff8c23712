/**
 * The ID token of the person signed in, whichever way they signed in (Cognito or the local
 * sign-in): where the console keeps it (sessionStorage, gone with the tab), when it is too close to
 * its expiry to send, and what its claims say. The signature is the API's to check, not the
 * console's.
 */

/** The part of `sessionStorage` used. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const TOKEN_KEY = 'logward.idToken';

/** A token this close to its expiry is not used: a request sent with it could arrive after it. */
export const EXPIRY_MARGIN_MS = 60_000;

/** A string that is not a JWT whose payload is JSON with a numeric `exp`. */
export class IdTokenError extends Error {
  override name = 'IdTokenError';
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new IdTokenError('not base64url');
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}

/** A JWT's payload. */
export function claimsOf(jwt: string): Record<string, unknown> {
  const parts = jwt.split('.');
  if (parts.length !== 3) throw new IdTokenError('ID token: expected a JWT of three dot-separated parts');
  let claims: unknown;
  try {
    claims = JSON.parse(new TextDecoder().decode(fromBase64Url(parts[1] ?? '')));
  } catch (error) {
    throw new IdTokenError('ID token: its payload is not base64url JSON', { cause: error });
  }
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) {
    throw new IdTokenError('ID token: its payload is not a JSON object');
  }
  return claims as Record<string, unknown>;
}

/** When a JWT expires (its `exp`, epoch ms). */
export function tokenExpiry(jwt: string): number {
  const exp = claimsOf(jwt).exp;
  if (typeof exp !== 'number' || !Number.isFinite(exp)) {
    throw new IdTokenError('ID token: expected a numeric exp claim');
  }
  return exp * 1000;
}

/** Whether a token may still be sent at `now`: it expires more than the margin later. */
export function isFresh(jwt: string, now: number, marginMs = EXPIRY_MARGIN_MS): boolean {
  try {
    return tokenExpiry(jwt) - marginMs > now;
  } catch {
    return false;
  }
}

/** The kept token, if it may still be sent at `now`; one that may not is forgotten. */
export function keptToken(storage: KeyValueStore, now: number): string | undefined {
  const token = storage.getItem(TOKEN_KEY);
  if (token === null) return undefined;
  if (isFresh(token, now)) return token;
  storage.removeItem(TOKEN_KEY);
  return undefined;
}

/** Keeps a token after checking it is a JWT with an expiry (throws an IdTokenError if not). */
export function keepToken(storage: KeyValueStore, token: string): void {
  tokenExpiry(token);
  storage.setItem(TOKEN_KEY, token);
}

export function forgetToken(storage: KeyValueStore): void {
  storage.removeItem(TOKEN_KEY);
}

function claimsOrNone(token: string): Record<string, unknown> | undefined {
  try {
    return claimsOf(token);
  } catch {
    return undefined;
  }
}

/** The username the token names, for the header. */
export function whoIs(token: string): string {
  const claims = claimsOrNone(token);
  const name = claims?.['cognito:username'] ?? claims?.email ?? claims?.sub;
  return typeof name === 'string' ? name : 'signed in';
}

/** The Cognito groups the token names (`logward-admin`, `logward-reader`). */
export function groupsOf(token: string): string[] {
  const groups = claimsOrNone(token)?.['cognito:groups'];
  return Array.isArray(groups) ? groups.map(String) : [];
}
