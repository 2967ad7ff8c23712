import { describe, expect, test } from 'vitest';
import {
  type AuthBrowser,
  authorizeUrl,
  base64Url,
  CognitoAuth,
  type CognitoAuthConfig,
  codeChallenge,
  logoutUrl,
  randomToken,
  readCallback,
  SignInError,
  signInFailureNotice,
  tokenRequest,
} from '../../../console/src/auth-cognito.ts';

const config: CognitoAuthConfig = {
  kind: 'cognito',
  domain: 'https://logward-123456789012.auth.eu-west-1.amazoncognito.com',
  clientId: '4abc5def',
  redirectUri: 'https://d111.cloudfront.net/',
};

const T0 = Date.UTC(2026, 0, 1);

function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => base64Url(new TextEncoder().encode(JSON.stringify(value)));
  return `${part({ alg: 'RS256', kid: 'k' })}.${part(claims)}.c2ln`;
}

describe('PKCE', () => {
  test('the S256 challenge of RFC 7636 appendix B', async () => {
    expect(await codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  test('a verifier is 43 base64url characters from 32 random bytes', () => {
    expect(randomToken((bytes) => bytes.fill(0xff))).toBe(`${'_'.repeat(42)}8`);
    expect(randomToken()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomToken()).not.toBe(randomToken());
  });

  test.each(['short', `${'a'.repeat(43)} `, 'a'.repeat(129)])('refuses the verifier %j', async (verifier) => {
    await expect(codeChallenge(verifier)).rejects.toThrow(/PKCE code verifier: expected 43 to 128/);
  });

  test('base64url has no padding, + or /', () => {
    expect(base64Url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
    expect(base64Url(new Uint8Array([1]))).toBe('AQ');
  });
});

describe('hosted UI URLs', () => {
  test('authorize: code flow with the S256 challenge, every value encoded', () => {
    const url = new URL(authorizeUrl(config, 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', 's&t=1'));
    expect(url.origin + url.pathname).toBe(`${config.domain}/oauth2/authorize`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: '4abc5def',
      redirect_uri: 'https://d111.cloudfront.net/',
      scope: 'openid email',
      state: 's&t=1',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    });
  });

  test('token: a form POST with the verifier and no secret', () => {
    const { url, init } = tokenRequest({ ...config, domain: `${config.domain}/` }, 'c0de', 'v'.repeat(43));
    expect(url).toBe(`${config.domain}/oauth2/token`);
    expect(init.method).toBe('POST');
    expect(init.headers).toEqual({ 'content-type': 'application/x-www-form-urlencoded' });
    expect(init.body).toBe(
      `grant_type=authorization_code&client_id=4abc5def&code=c0de&redirect_uri=https%3A%2F%2Fd111.cloudfront.net%2F&code_verifier=${'v'.repeat(43)}`,
    );
  });

  test('logout comes back to the console', () => {
    expect(logoutUrl(config)).toBe(
      `${config.domain}/logout?client_id=4abc5def&logout_uri=https%3A%2F%2Fd111.cloudfront.net%2F`,
    );
  });

  test.each([
    ['https://d111.cloudfront.net/?code=abc&state=xyz', { kind: 'code', code: 'abc', state: 'xyz' }],
    [
      'https://d111.cloudfront.net/?error=access_denied&error_description=nope&state=xyz',
      { kind: 'error', error: 'access_denied', description: 'nope' },
    ],
    ['https://d111.cloudfront.net/#/alerts/f', undefined],
    ['https://d111.cloudfront.net/?code=abc', undefined],
  ])('readCallback(%s)', (href, expected) => {
    expect(readCallback(href)).toEqual(expected);
  });
});

/** A page whose storage is a Map, whose token endpoint answers `answer`, recording navigation. */
function page(href: string, answer: { status: number; body: unknown }) {
  const items = new Map<string, string>();
  const visited: string[] = [];
  const posts: Array<{ url: string; body: string }> = [];
  const browser: AuthBrowser = {
    storage: {
      getItem: (key) => items.get(key) ?? null,
      setItem: (key, value) => void items.set(key, value),
      removeItem: (key) => void items.delete(key),
    },
    href: () => href,
    navigate: (url) => void visited.push(url),
    replace: (url) => {
      href = url;
    },
    fetch: async (url, init) => {
      posts.push({ url, body: init.body });
      return { ok: answer.status < 400, status: answer.status, json: async () => answer.body };
    },
    now: () => T0,
  };
  return { browser, items, visited, posts, at: (url: string) => (href = url), href: () => href };
}

describe('CognitoAuth', () => {
  const idToken = jwt({ exp: T0 / 1000 + 3600 });

  test('sign-in from an alert link comes back to that alert, signed in', async () => {
    const p = page('https://d111.cloudfront.net/#/alerts/rule%3Ar', {
      status: 200,
      body: { id_token: idToken },
    });
    const auth = new CognitoAuth(config, p.browser);
    expect(auth.token()).toBeUndefined();
    await auth.signIn();
    const authorize = new URL(p.visited[0] ?? '');
    const state = authorize.searchParams.get('state') ?? '';
    p.at(`https://d111.cloudfront.net/?code=c0de&state=${state}`);
    expect(await auth.completeSignIn()).toBe(true);
    const verifier = new URLSearchParams(p.posts[0]?.body).get('code_verifier') ?? '';
    expect(await codeChallenge(verifier)).toBe(authorize.searchParams.get('code_challenge'));
    expect(p.href()).toBe('https://d111.cloudfront.net/#/alerts/rule%3Ar');
    expect(auth.token()).toBe(idToken);
    expect([...p.items.keys()]).toEqual(['logward.idToken']);
  });

  test('a redirect with another state is refused, and exchanges nothing', async () => {
    const p = page('https://d111.cloudfront.net/#/search', { status: 200, body: { id_token: idToken } });
    const auth = new CognitoAuth(config, p.browser);
    await auth.signIn();
    p.at('https://d111.cloudfront.net/?code=c0de&state=forged');
    await expect(auth.completeSignIn()).rejects.toThrow(/does not match a sign-in started in this tab/);
    expect(p.posts).toEqual([]);
    expect(p.href()).toBe('https://d111.cloudfront.net/#/search');
    expect(auth.token()).toBeUndefined();
  });

  test("the token endpoint's refusal is a SignInError naming its answer", async () => {
    const p = page('https://d111.cloudfront.net/', { status: 400, body: { error: 'invalid_grant' } });
    const auth = new CognitoAuth(config, p.browser);
    await auth.signIn();
    p.at(
      `https://d111.cloudfront.net/?code=old&state=${new URL(p.visited[0] ?? '').searchParams.get('state')}`,
    );
    await expect(auth.completeSignIn()).rejects.toThrow(
      'Sign-in: the token endpoint answered 400 invalid_grant',
    );
  });

  test('an expired token is dropped; sign-out forgets it and ends the hosted session', () => {
    const p = page('https://d111.cloudfront.net/', { status: 200, body: {} });
    p.items.set('logward.idToken', jwt({ exp: T0 / 1000 + 30 }));
    const auth = new CognitoAuth(config, p.browser);
    expect(auth.token()).toBeUndefined();
    expect(p.items.size).toBe(0);
    p.items.set('logward.idToken', idToken);
    auth.signOut();
    expect(p.items.size).toBe(0);
    expect(p.visited).toEqual([logoutUrl(config)]);
  });

  test('a token endpoint answering something that is not a JWT is a SignInError, and nothing is kept', async () => {
    const p = page('https://d111.cloudfront.net/', { status: 200, body: { id_token: 'abc' } });
    const auth = new CognitoAuth(config, p.browser);
    await auth.signIn();
    p.at(
      `https://d111.cloudfront.net/?code=c&state=${new URL(p.visited[0] ?? '').searchParams.get('state')}`,
    );
    await expect(auth.completeSignIn()).rejects.toThrow(
      new SignInError(
        'token',
        "Sign-in: the token endpoint's ID token: expected a JWT of three dot-separated parts",
      ),
    );
    expect(p.items.size).toBe(0);
  });

  test('a page that is not a redirect is left alone', async () => {
    const p = page('https://d111.cloudfront.net/#/nodes', { status: 200, body: {} });
    expect(await new CognitoAuth(config, p.browser).completeSignIn()).toBe(false);
    expect(p.href()).toBe('https://d111.cloudfront.net/#/nodes');
  });
});

describe('a sign-in that did not complete', () => {
  async function failure(href: string, answer = { status: 200, body: {} as unknown }) {
    const p = page('https://d111.cloudfront.net/#/search', answer);
    const auth = new CognitoAuth(config, p.browser);
    await auth.signIn();
    const state = new URL(p.visited[0] ?? '').searchParams.get('state') ?? '';
    p.at(href.replace('STATE', state));
    return auth.completeSignIn().then(
      () => undefined,
      (error: unknown) => signInFailureNotice(error),
    );
  }

  test('cancelled at the hosted UI', async () => {
    expect(
      await failure('https://d111.cloudfront.net/?error=access_denied&error_description=User+cancelled'),
    ).toEqual({
      heading: 'Sign-in was cancelled',
      detail: 'Sign-in refused: access_denied (User cancelled)',
    });
  });

  test('a forged or stale redirect', async () => {
    expect(await failure('https://d111.cloudfront.net/?code=c&state=forged')).toEqual({
      heading: 'This sign-in link is out of date',
      detail: 'Sign-in answer does not match a sign-in started in this tab; sign in again.',
    });
  });

  test('the token endpoint refusing or unreachable', async () => {
    expect(
      await failure('https://d111.cloudfront.net/?code=c&state=STATE', {
        status: 400,
        body: { error: 'invalid_grant' },
      }),
    ).toEqual({
      heading: 'Sign-in did not complete',
      detail: 'Sign-in: the token endpoint answered 400 invalid_grant',
    });
    const p = page('https://d111.cloudfront.net/', { status: 200, body: {} });
    p.browser.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const auth = new CognitoAuth(config, p.browser);
    await auth.signIn();
    p.at(
      `https://d111.cloudfront.net/?code=c&state=${new URL(p.visited[0] ?? '').searchParams.get('state')}`,
    );
    await expect(auth.completeSignIn()).rejects.toThrow(
      new SignInError('token', 'Sign-in: the token endpoint could not be reached'),
    );
  });

  test('an error that is not a sign-in failure is not one to explain', () => {
    expect(signInFailureNotice(new TypeError('x'))).toBeUndefined();
  });
});
