import { describe, expect, test } from 'vitest';
import { parseConfig } from '#console/src/config.ts';
import { hashOf, parseRoute } from '#console/src/route.ts';

describe('hash routes', () => {
  test('a view, its id and its state round-trip through the URL', () => {
    const hash = hashOf('alerts', {}, 'rule:r/a b');
    expect(hash).toBe('#/alerts/rule%3Ar%2Fa%20b');
    expect(parseRoute(hash)).toMatchObject({ view: 'alerts', id: 'rule:r/a b' });
    const search = parseRoute(
      hashOf('search', { q: '"a phrase" -not', from: '1h', level: '', service: 'a,b' }),
    );
    expect(search.view).toBe('search');
    expect(Object.fromEntries(search.params)).toEqual({ q: '"a phrase" -not', from: '1h', service: 'a,b' });
  });

  test('what an alert mail links to opens that view; anything else opens search', () => {
    expect(
      parseRoute('#/search?from=2026-01-01T00%3A00%3A00.000Z&service=api&host=web+1').params.get('host'),
    ).toBe('web 1');
    expect(parseRoute('#/patterns/0123456789abcdef')).toMatchObject({
      view: 'patterns',
      id: '0123456789abcdef',
    });
    expect(parseRoute('')).toMatchObject({ view: 'search' });
    expect(parseRoute('#/nowhere')).toMatchObject({ view: 'search' });
  });
});

describe('config.json', () => {
  test('a relative apiBase is read against the console’s own address', () => {
    expect(
      parseConfig({ apiBase: '/people', auth: { kind: 'local' } }, 'http://127.0.0.1:18080/#/search'),
    ).toEqual({
      apiBase: 'http://127.0.0.1:18080/people',
      auth: { kind: 'local' },
    });
    const cognito = {
      kind: 'cognito',
      domain: 'https://d.auth.test',
      clientId: 'c',
      redirectUri: 'https://x/',
    };
    expect(
      parseConfig({ apiBase: 'https://api.test/prod/people/', auth: cognito }, 'https://x/').apiBase,
    ).toBe('https://api.test/prod/people');
  });

  test('a broken one names the field', () => {
    expect(() => parseConfig({ auth: { kind: 'local' } }, 'http://x/')).toThrow('apiBase');
    expect(() => parseConfig({ apiBase: '/p', auth: { kind: 'ldap' } }, 'http://x/')).toThrow('auth.kind');
    expect(() => parseConfig({ apiBase: '/p', auth: { kind: 'cognito', domain: 'd' } }, 'http://x/')).toThrow(
      'auth.clientId',
    );
  });
});
