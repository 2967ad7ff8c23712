import { describe, expect, test } from 'vitest';
import { consoleBase, consoleLinks } from '#core/alerting/console-links.ts';
import { ValidationError } from '#core/validation-error.ts';

describe('console links', () => {
  test.each([
    ['https://d111.cloudfront.net', 'https://d111.cloudfront.net/'],
    ['https://d111.cloudfront.net/', 'https://d111.cloudfront.net/'],
    ['http://127.0.0.1:18080/', 'http://127.0.0.1:18080/'],
    ['https://logs.example.com/console', 'https://logs.example.com/console/'],
  ])('consoleBase(%s) is %s', (given, base) => {
    expect(consoleBase(given)).toBe(base);
  });

  test.each([
    'logs.example.com',
    'javascript:alert(1)',
    'ftp://logs.example.com/',
    'https://logs.example.com/?x=1',
    'https://logs.example.com/#/alerts',
    'https://user:pw@logs.example.com/',
  ])('consoleBase refuses %s, naming the variable', (given) => {
    expect(() => consoleBase(given)).toThrow(ValidationError);
    expect(() => consoleBase(given)).toThrow(
      /^LOGWARD_CONSOLE_URL: an http\(s\) URL without credentials, query or fragment, got "/,
    );
  });

  test('the search link keeps the filters the search route knows, in its order', () => {
    expect(
      consoleLinks('https://c.test/', {
        fingerprint: 'down:node-1',
        queryPath:
          '/logs?host=web%201&service=api&from=2026-01-01T00%3A00%3A00.000Z&to=2026-01-01T00%3A05%3A00.000Z',
      }),
    ).toEqual({
      alert: 'https://c.test/#/alerts/down%3Anode-1',
      logs: 'https://c.test/#/search?from=2026-01-01T00%3A00%3A00.000Z&to=2026-01-01T00%3A05%3A00.000Z&service=api&host=web+1',
    });
  });

  test('without a query, only the alert', () => {
    expect(consoleLinks('https://c.test/', { fingerprint: 'f' })).toEqual({
      alert: 'https://c.test/#/alerts/f',
    });
  });
});
