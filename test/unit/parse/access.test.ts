import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';

const parse = (raw: string) => parseLine(raw, { receivedAt: Date.UTC(2025, 11, 1) });

describe('access logs', () => {
  it('reads the combined format', () => {
    expect(
      parse(
        '127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif?a=1 HTTP/1.0" 200 2326 "http://www.example.com/start.html" "Mozilla/4.08 [en] (Win98; I ;Nav)"',
      ),
    ).toEqual({
      format: 'access_combined',
      timestamp: Date.UTC(2000, 9, 10, 20, 55, 36),
      timestampText: '10/Oct/2000:13:55:36 -0700',
      level: 'INFO',
      message: 'GET /apache_pb.gif?a=1 HTTP/1.0',
      fields: {
        client: '127.0.0.1',
        user: 'frank',
        method: 'GET',
        path: '/apache_pb.gif?a=1',
        protocol: 'HTTP/1.0',
        status: 200,
        bytes: 2326,
        referrer: 'http://www.example.com/start.html',
        userAgent: 'Mozilla/4.08 [en] (Win98; I ;Nav)',
      },
      parseFailed: false,
    });
  });

  it('reads the common format with "-" bytes', () => {
    expect(parse('::1 - - [23/Oct/2025:14:32:15 +0000] "POST /api HTTP/1.1" 404 -')).toMatchObject({
      format: 'access_common',
      level: 'WARN',
      fields: { client: '::1', method: 'POST', path: '/api', status: 404, bytes: 0 },
    });
  });

  it.each([
    [200, 'INFO'],
    [301, 'INFO'],
    [404, 'WARN'],
    [499, 'WARN'],
    [500, 'ERROR'],
    [503, 'ERROR'],
  ])('status %i is %s', (status, level) => {
    expect(
      parse(`10.0.0.1 - - [23/Oct/2025:14:32:15 +0000] "GET / HTTP/1.1" ${status} 1 "-" "curl/8"`).level,
    ).toBe(level);
  });

  it('reads nginx lines with escaped quotes, a host name client and trailing extras', () => {
    const line = parse(
      'example.com - - [23/Oct/2025:14:32:15 +0200] "GET /\\"x\\" HTTP/1.1" 200 5 "-" "a \\"quoted\\" agent" 0.003 upstream=1',
    );
    expect(line).toMatchObject({
      format: 'access_combined',
      timestamp: Date.UTC(2025, 9, 23, 12, 32, 15),
      fields: {
        client: 'example.com',
        path: '/"x"',
        userAgent: 'a "quoted" agent',
        extra: '0.003 upstream=1',
      },
    });
    expect(line.fields.referrer).toBeUndefined();
  });

  it("reads Apache's vhost_combined", () => {
    expect(
      parse(
        'shop.example.com:443 10.1.2.3 - - [23/Oct/2025:14:32:15 +0000] "GET /cart HTTP/2.0" 302 0 "-" "curl/8"',
      ).fields,
    ).toEqual({
      vhost: 'shop.example.com:443',
      client: '10.1.2.3',
      method: 'GET',
      path: '/cart',
      protocol: 'HTTP/2.0',
      status: 302,
      bytes: 0,
      userAgent: 'curl/8',
    });
  });

  it('keeps a malformed request line whole', () => {
    expect(parse('1.2.3.4 - - [23/Oct/2025:14:32:15 +0000] "\\x16\\x03\\x01" 400 0 "-" "-"')).toMatchObject({
      format: 'access_combined',
      level: 'WARN',
      message: '\x16\x03\x01',
    });
  });

  it('keeps the event when the time is malformed', () => {
    const line = parse('1.2.3.4 - - [yesterday] "GET / HTTP/1.1" 200 1');
    expect(line).toMatchObject({ format: 'access_common', parseError: 'unparseable timestamp: yesterday' });
    expect(line.timestamp).toBeUndefined();
  });
});
