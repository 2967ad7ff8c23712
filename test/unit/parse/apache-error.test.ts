import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';

const parse = (raw: string, defaultZone?: string) =>
  parseLine(raw, { receivedAt: Date.UTC(2025, 11, 1), defaultZone });

describe('Apache error log', () => {
  it('reads the 2.2 layout', () => {
    expect(
      parse('[Sun Dec 04 04:47:44 2005] [error] [client 1.2.3.4] File does not exist: /var/www/favicon.ico'),
    ).toEqual({
      format: 'apache_error',
      timestamp: Date.UTC(2005, 11, 4, 4, 47, 44),
      timestampText: 'Sun Dec 04 04:47:44 2005',
      level: 'ERROR',
      message: 'File does not exist: /var/www/favicon.ico',
      fields: { client: '1.2.3.4' },
      parseFailed: false,
    });
  });

  it('reads the 2.4 layout with module, microseconds, pid and tid', () => {
    expect(
      parse(
        '[Thu Oct 23 14:32:15.123456 2025] [proxy_fcgi:warn] [pid 4242:tid 140] [client 10.0.0.9:5123] AH01071: Got error',
      ),
    ).toEqual({
      format: 'apache_error',
      timestamp: Date.UTC(2025, 9, 23, 14, 32, 15, 123),
      timestampText: 'Thu Oct 23 14:32:15.123456 2025',
      level: 'WARN',
      message: 'AH01071: Got error',
      fields: { module: 'proxy_fcgi', pid: 4242, tid: 140, client: '10.0.0.9:5123' },
      parseFailed: false,
    });
  });

  it.each([
    ['notice', 'NOTICE'],
    ['crit', 'FATAL'],
    ['emerg', 'FATAL'],
    ['alert', 'FATAL'],
    ['debug', 'DEBUG'],
    ['trace5', undefined],
  ])('[%s] is %s', (spelling, level) => {
    expect(parse(`[Sun Dec 04 04:47:44 2005] [${spelling}] m`).level).toBe(level);
  });

  it('reads the time in the default zone (Apache writes local time)', () => {
    expect(parse('[Sun Dec 04 04:47:44 2005] [error] m', 'America/New_York').timestamp).toBe(
      Date.UTC(2005, 11, 4, 9, 47, 44),
    );
  });

  it('keeps bracketed text in the message once the known brackets end', () => {
    expect(parse('[Sun Dec 04 04:47:44 2005] [notice] [weird] thing').message).toBe('[weird] thing');
  });

  it('reads a bare number in brackets as a thread, not a numeric level, and a level written after it', () => {
    // Sphinx and Manticore's searchd.log: `[ctime] [tid] WARNING: text`, or no level at all.
    expect(
      parse('[Fri Nov 27 08:46:28.131 2026] [42] WARNING: table products: prealloc failed'),
    ).toMatchObject({
      format: 'apache_error',
      level: 'WARN',
      message: 'table products: prealloc failed',
      fields: { tid: 42 },
    });
    expect(parse('[Fri Nov 27 09:02:15.660 2026] [51] FATAL: failed to lock pid file')).toMatchObject({
      level: 'FATAL',
      message: 'failed to lock pid file',
    });
    expect(parse('[Fri Nov 27 08:46:28.204 2026] [42] accepting connections')).toMatchObject({
      message: 'accepting connections',
      fields: { tid: 42 },
    });
    expect(parse('[Fri Nov 27 08:46:28.204 2026] [42] accepting connections').level).toBeUndefined();
  });
});
