import { describe, expect, test } from 'vitest';
import { base64Url } from '../../../console/src/auth-cognito.ts';
import {
  groupsOf,
  IdTokenError,
  isFresh,
  keepToken,
  keptToken,
  TOKEN_KEY,
  tokenExpiry,
  whoIs,
} from '../../../console/src/id-token.ts';

const T0 = Date.UTC(2026, 0, 1);

function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => base64Url(new TextEncoder().encode(JSON.stringify(value)));
  return `${part({ alg: 'RS256', kid: 'k' })}.${part(claims)}.c2ln`;
}

function storage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('token expiry', () => {
  test('exp is read from the payload, in ms', () => {
    expect(tokenExpiry(jwt({ exp: T0 / 1000, 'cognito:groups': ['logward-admin'] }))).toBe(T0);
  });

  test('fresh until a minute before it expires', () => {
    const token = jwt({ exp: T0 / 1000 });
    expect(isFresh(token, T0 - 61_000)).toBe(true);
    expect(isFresh(token, T0 - 60_000)).toBe(false);
    expect(isFresh(token, T0 + 1)).toBe(false);
  });

  test.each([
    ['not a JWT', 'abc', /three dot-separated parts/],
    ['a payload that is not JSON', 'a.bm90IGpzb24.c', /not base64url JSON/],
    ['a payload with padding characters', 'a.e30=.c', /not base64url JSON/],
    [
      'a payload that is not an object',
      `a.${base64Url(new TextEncoder().encode('7'))}.c`,
      /not a JSON object/,
    ],
    ['no exp', jwt({ sub: 'x' }), /numeric exp claim/],
    ['a string exp', jwt({ exp: '1700000000' }), /numeric exp claim/],
  ])('%s is refused, and never fresh', (_what, token, message) => {
    expect(() => tokenExpiry(token)).toThrow(IdTokenError);
    expect(() => tokenExpiry(token)).toThrow(message);
    expect(isFresh(token, 0)).toBe(false);
  });
});

describe('the kept token', () => {
  test('is given back while fresh, and forgotten once within a minute of expiry', () => {
    const store = storage();
    const token = jwt({ exp: T0 / 1000 });
    keepToken(store, token);
    expect([...store.items.keys()]).toEqual([TOKEN_KEY]);
    expect(keptToken(store, T0 - 61_000)).toBe(token);
    expect(keptToken(store, T0 - 30_000)).toBeUndefined();
    expect(store.items.size).toBe(0);
  });

  test('a token without an expiry is never kept', () => {
    const store = storage();
    expect(() => keepToken(store, jwt({ sub: 'x' }))).toThrow(IdTokenError);
    expect(store.items.size).toBe(0);
  });
});

describe('claims', () => {
  test('the header names the username, else the email, else the subject', () => {
    expect(whoIs(jwt({ 'cognito:username': 'ada', email: 'a@x', sub: 's' }))).toBe('ada');
    expect(whoIs(jwt({ email: 'a@x', sub: 's' }))).toBe('a@x');
    expect(whoIs(jwt({ sub: 's' }))).toBe('s');
    expect(whoIs('abc')).toBe('signed in');
  });

  test('groups come from cognito:groups, none when absent or unreadable', () => {
    expect(groupsOf(jwt({ 'cognito:groups': ['logward-admin'] }))).toEqual(['logward-admin']);
    expect(groupsOf(jwt({}))).toEqual([]);
    expect(groupsOf('abc')).toEqual([]);
  });
});
