/**
 * Sign-in through the Cognito user pool's hosted UI: the authorization code flow with PKCE
 * (RFC 7636, S256), as a public client without a secret. The console keeps only the ID token, in
 * sessionStorage (gone with the tab), and sends it as `Authorization` to the API's `/people` tree,
 * whose Cognito authorizer verifies it. No refresh token is kept: when the ID token is about to
 * expire the console signs in again, which the hosted UI's own session cookie usually answers
 * without a prompt.
 *
 * The flow: `signIn()` remembers a verifier, a state and the view (the URL's fragment, e.g. the
 * `#/alerts/<fingerprint>` an alert mail links to) and goes to `/oauth2/authorize`; Cognito sends the
 * browser back to `redirectUri?code=…&state=…`; `completeSignIn()` checks the state, exchanges the
 * code at `/oauth2/token` and puts the remembered view back in the address bar.
 *
 * Everything that is not the browser's (URLs, PKCE) is a plain function here, so it is tested
 * without one; `CognitoAuth` is the thin part that touches storage and navigation. Where the token
 * is kept and when it is too old to send are id-token.ts's, shared with the local sign-in.
 */
import { forgetToken, type KeyValueStore, keepToken, keptToken } from './id-token.ts';

/** `config.json`'s `auth` when people sign in with Cognito (the stack writes it). */
export interface CognitoAuthConfig {
  readonly kind: 'cognito';
  /** The user pool domain's base URL, `https://<prefix>.auth.<region>.amazoncognito.com`. */
  readonly domain: string;
  /** The console's app client (public: no secret). */
  readonly clientId: string;
  /** The console's own URL, registered as the app client's callback and sign-out URL. */
  readonly redirectUri: string;
}

/** What the console asks for: an ID token (openid) that names the person (email) and carries their groups. */
export const SCOPES = 'openid email';

/**
 * Why a sign-in could not complete: the hosted UI sent back an error (`refused`; `access_denied`
 * when the person cancelled), the redirect matches no sign-in started in this tab (`unmatched`:
 * forged, stale, or opened in another tab), or the token endpoint said no (`token`).
 */
export type SignInFailure = 'refused' | 'unmatched' | 'token';

/** The sign-in could not complete: a refused or forged redirect, or a token endpoint that said no. */
export class SignInError extends Error {
  override name = 'SignInError';
  readonly failure: SignInFailure;
  /** The hosted UI's error code, when it sent one. */
  readonly code: string | undefined;

  constructor(failure: SignInFailure, message: string, options?: ErrorOptions & { code?: string }) {
    super(message, options);
    this.failure = failure;
    this.code = options?.code;
  }
}

/** What the page says when a sign-in did not complete; undefined for an error that is not a SignInError. */
export function signInFailureNotice(error: unknown): { heading: string; detail: string } | undefined {
  if (!(error instanceof SignInError)) return undefined;
  const heading =
    error.failure === 'refused' && error.code === 'access_denied'
      ? 'Sign-in was cancelled'
      : error.failure === 'unmatched'
        ? 'This sign-in link is out of date'
        : 'Sign-in did not complete';
  return { heading, detail: error.message };
}

/** Base64url without padding (RFC 4648 §5), as PKCE and JWTs write bytes. */
export function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** Fills a byte array with cryptographically strong random values. */
export type RandomBytes = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array;

const webRandom: RandomBytes = (bytes) => crypto.getRandomValues(bytes);

/** A random string of 43 base64url characters (32 bytes): a PKCE code verifier, or a state. */
export function randomToken(random: RandomBytes = webRandom): string {
  return base64Url(random(new Uint8Array(32)));
}

/** The S256 code challenge of a verifier: base64url(SHA-256(ASCII(verifier))). */
export async function codeChallenge(verifier: string): Promise<string> {
  if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier)) {
    throw new RangeError('PKCE code verifier: expected 43 to 128 characters of A-Z a-z 0-9 - . _ ~');
  }
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

function endpoint(config: CognitoAuthConfig, path: string): URL {
  return new URL(path, config.domain.endsWith('/') ? config.domain : `${config.domain}/`);
}

/** The hosted UI's authorize URL for one sign-in. */
export function authorizeUrl(config: CognitoAuthConfig, challenge: string, state: string): string {
  const url = endpoint(config, 'oauth2/authorize');
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    scope: SCOPES,
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  return url.href;
}

/** The token endpoint request that exchanges an authorization code (form-encoded, no secret). */
export function tokenRequest(
  config: CognitoAuthConfig,
  code: string,
  verifier: string,
): {
  readonly url: string;
  readonly init: { method: 'POST'; headers: Record<string, string>; body: string };
} {
  return {
    url: endpoint(config, 'oauth2/token').href,
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: config.clientId,
        code,
        redirect_uri: config.redirectUri,
        code_verifier: verifier,
      }).toString(),
    },
  };
}

/** The hosted UI's sign-out URL, which ends its session and comes back to the console. */
export function logoutUrl(config: CognitoAuthConfig): string {
  const url = endpoint(config, 'logout');
  url.search = new URLSearchParams({ client_id: config.clientId, logout_uri: config.redirectUri }).toString();
  return url.href;
}

/** What Cognito's redirect back to the console carries, if it is one. */
export type Callback =
  | { readonly kind: 'code'; readonly code: string; readonly state: string }
  | { readonly kind: 'error'; readonly error: string; readonly description: string };

/** Reads Cognito's redirect from the console's URL: a code and state, an error, or nothing. */
export function readCallback(href: string): Callback | undefined {
  const params = new URL(href).searchParams;
  const error = params.get('error');
  if (error !== null) return { kind: 'error', error, description: params.get('error_description') ?? '' };
  const code = params.get('code');
  const state = params.get('state');
  if (code === null || state === null) return undefined;
  return { kind: 'code', code, state };
}

/** What the flow needs of the browser (the page's own objects by default). */
export interface AuthBrowser {
  readonly storage: KeyValueStore;
  /** The address bar's URL. */
  href(): string;
  /** Leaves the page for `url` (to the hosted UI). */
  navigate(url: string): void;
  /** Rewrites the address bar without loading (drops the code from it and history). */
  replace(url: string): void;
  fetch(
    url: string,
    init: { method: string; headers: Record<string, string>; body: string },
  ): Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;
  now(): number;
}

interface PageGlobals {
  sessionStorage: KeyValueStore;
  location: { href: string; assign(url: string): void };
  history: { replaceState(data: unknown, unused: string, url: string): void };
}

/** The page's sessionStorage, location, history and fetch. */
export function pageBrowser(page = globalThis as unknown as PageGlobals): AuthBrowser {
  return {
    storage: page.sessionStorage,
    href: () => page.location.href,
    navigate: (url) => page.location.assign(url),
    replace: (url) => page.history.replaceState(null, '', url),
    fetch: (url, init) => fetch(url, init),
    now: () => Date.now(),
  };
}

const PENDING_KEY = 'logward.signIn';

interface PendingSignIn {
  readonly verifier: string;
  readonly state: string;
  /** The URL's fragment when sign-in began: the view to come back to. */
  readonly view: string;
}

/** The Cognito sign-in of one page. */
export class CognitoAuth {
  readonly #config: CognitoAuthConfig;
  readonly #browser: AuthBrowser;
  readonly #random: RandomBytes;

  constructor(
    config: CognitoAuthConfig,
    browser: AuthBrowser = pageBrowser(),
    random: RandomBytes = webRandom,
  ) {
    this.#config = config;
    this.#browser = browser;
    this.#random = random;
  }

  /** The ID token to send as `Authorization`, or undefined when signed out or about to expire. */
  token(): string | undefined {
    return keptToken(this.#browser.storage, this.#browser.now());
  }

  /** Goes to the hosted UI; the current view is restored after the redirect back. */
  async signIn(): Promise<void> {
    const verifier = randomToken(this.#random);
    const state = randomToken(this.#random);
    const pending: PendingSignIn = { verifier, state, view: new URL(this.#browser.href()).hash };
    this.#browser.storage.setItem(PENDING_KEY, JSON.stringify(pending));
    this.#browser.navigate(authorizeUrl(this.#config, await codeChallenge(verifier), state));
  }

  /**
   * Completes a sign-in when the page is Cognito's redirect back: checks the state, exchanges the
   * code, keeps the ID token and puts the remembered view in the address bar. Returns whether the
   * page was such a redirect; throws a SignInError for a refused, unexpected or forged one.
   */
  async completeSignIn(): Promise<boolean> {
    const callback = readCallback(this.#browser.href());
    if (callback === undefined) return false;
    const pending = this.#takePending();
    this.#browser.replace(`${this.#config.redirectUri}${pending?.view ?? ''}`);
    if (callback.kind === 'error') {
      throw new SignInError(
        'refused',
        `Sign-in refused: ${callback.error}${callback.description ? ` (${callback.description})` : ''}`,
        { code: callback.error },
      );
    }
    if (pending === undefined || pending.state !== callback.state) {
      throw new SignInError(
        'unmatched',
        'Sign-in answer does not match a sign-in started in this tab; sign in again.',
      );
    }
    const { url, init } = tokenRequest(this.#config, callback.code, pending.verifier);
    const response = await this.#browser.fetch(url, init).catch((error: unknown) => {
      throw new SignInError('token', 'Sign-in: the token endpoint could not be reached', { cause: error });
    });
    const body = (await response.json().catch(() => undefined)) as
      | { id_token?: unknown; error?: unknown }
      | undefined;
    if (!response.ok || typeof body?.id_token !== 'string') {
      throw new SignInError(
        'token',
        `Sign-in: the token endpoint answered ${response.status}${typeof body?.error === 'string' ? ` ${body.error}` : ''}`,
      );
    }
    try {
      keepToken(this.#browser.storage, body.id_token);
    } catch (error) {
      throw new SignInError('token', `Sign-in: the token endpoint's ${(error as Error).message}`, {
        cause: error,
      });
    }
    return true;
  }

  /** Forgets the token here and ends the hosted UI's session, coming back to the console. */
  signOut(): void {
    forgetToken(this.#browser.storage);
    this.#browser.storage.removeItem(PENDING_KEY);
    this.#browser.navigate(logoutUrl(this.#config));
  }

  #takePending(): PendingSignIn | undefined {
    const stored = this.#browser.storage.getItem(PENDING_KEY);
    this.#browser.storage.removeItem(PENDING_KEY);
    if (stored === null) return undefined;
    try {
      const pending = JSON.parse(stored) as Partial<PendingSignIn>;
      return typeof pending.verifier === 'string' &&
        typeof pending.state === 'string' &&
        typeof pending.view === 'string'
        ? { verifier: pending.verifier, state: pending.state, view: pending.view }
        : undefined;
    } catch {
      return undefined;
    }
  }
}
