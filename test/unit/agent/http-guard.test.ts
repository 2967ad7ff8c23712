import { describe, expect, test } from 'vitest';
import { hostName } from '#core/loopback.ts';

describe('Host headers are read strictly', () => {
  test.each([
    ['localhost', 'localhost'],
    ['LocalHost:8687', 'localhost'],
    ['127.0.0.1:8687', '127.0.0.1'],
    ['[::1]', '::1'],
    ['[::1]:8687', '::1'],
    [' logs.example.com:443 ', 'logs.example.com'],
  ])('%j is the host %j', (header, name) => {
    expect(hostName(header)).toBe(name);
  });

  test.each([
    '[::1]evil',
    '[::1]evil:80',
    '[::1',
    '::1',
    '[localhost]',
    'localhost:',
    'localhost:port',
    'localhost:8687:1',
    'local host',
    'localhost/x',
    'user@localhost',
    '',
  ])('%j is no host', (header) => {
    expect(hostName(header)).toBeUndefined();
  });
});
