import { describe, expect, test } from 'vitest';
import { isLoopbackAddress, isLoopbackHost } from '#core/loopback.ts';

describe('loopback', () => {
  test('addresses: 127.0.0.0/8, ::1 and IPv4-mapped 127/8, never a name or another network', () => {
    for (const a of ['127.0.0.1', '127.255.0.9', '::1', '::ffff:127.0.0.1', '::FFFF:127.0.0.2'])
      expect([a, isLoopbackAddress(a)]).toEqual([a, true]);
    for (const a of [
      'localhost',
      '10.0.0.1',
      '128.0.0.1',
      '::ffff:10.0.0.1',
      '[::1]',
      '127.0.0.1.evil',
      '',
      '0.0.0.0',
    ])
      expect([a, isLoopbackAddress(a)]).toEqual([a, false]);
  });

  test('hosts: a loopback address or localhost', () => {
    expect(['LocalHost', '::1', '127.0.0.1', 'localhost.evil.test', '192.0.2.1'].map(isLoopbackHost)).toEqual(
      [true, true, true, false, false],
    );
  });
});
