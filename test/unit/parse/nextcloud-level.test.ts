/**
 * Nextcloud's and ownCloud's JSON log record (`data/nextcloud.log`, `owncloud.log`; r76): its number
 * under `level` is on the products' own scale (`OCP\ILogger`: 0 DEBUG, 1 INFO, 2 WARN, 3 ERROR,
 * 4 FATAL), read per line where the record signs it: a text `reqId` and `app` beside one of its
 * request keys (`remoteAddr`, `url`, `method`, `user`, `version`). Any other record keeps r56's
 * reading: a small number on a scale it does not name stays in `fields` (read alone), syslog's where
 * it names syslog, pino's 10–60 as pino's.
 *
 * The lines are invented, in the shape Nextcloud's `LogDetails` and ownCloud's `Log\Owncloud` write.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';
import { nextcloudLevel } from '../../../core/parse/levels.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });

/** Nextcloud's record as `LogDetails::logDetailsAsJSON` writes it, its level as given. */
const nextcloud = (level: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    reqId: 'Xk3vLq9RmT2aWc7PzB1e',
    level,
    time: '2026-11-29T19:04:11+00:00',
    remoteAddr: '203.0.113.45',
    user: '--',
    app: 'core',
    method: 'POST',
    url: '/login',
    message: "Login failed: 'mbauer' (Remote IP: '203.0.113.45')",
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64)',
    version: '30.0.2.2',
    ...extra,
  });

describe("Nextcloud's and ownCloud's record: its 0–4 on the products' own scale", () => {
  it.each([
    [0, 'DEBUG'],
    [1, 'INFO'],
    [2, 'WARN'],
    [3, 'ERROR'],
    [4, 'FATAL'],
  ])('Nextcloud\'s "level":%s is %s, read alone', (n, level) => {
    const line = parse(nextcloud(n));
    expect(line).toMatchObject({
      level,
      timestamp: Date.parse('2026-11-29T19:04:11Z'),
      message: "Login failed: 'mbauer' (Remote IP: '203.0.113.45')",
      service: 'core',
    });
    expect(line.fields).not.toHaveProperty('level');
    expect(line.fields).toMatchObject({ reqId: 'Xk3vLq9RmT2aWc7PzB1e', url: '/login' });
  });

  it("reads ownCloud 10's record (no userAgent, no version) and ownCloud 7's shorter one", () => {
    const owncloud10 =
      '{"reqId":"aP4mT7cQe9Lx2Rb8Nv3K","level":3,"time":"2026-11-29T19:20:02+00:00","remoteAddr":"--","user":"--","app":"core","method":"--","url":"--","message":"Error while running background job: Storage not available"}';
    expect(parse(owncloud10).level).toBe('ERROR');
    expect(parse(owncloud10.replace('"level":3', '"level":2')).level).toBe('WARN');
    const owncloud7 =
      '{"reqId":"b1e8d3f0a2c4","remoteAddr":"192.0.2.66","app":"user_ldap","message":"Bind failed: 49: Invalid credentials","level":4,"time":"2026-11-29T19:45:09+00:00"}';
    expect(parse(owncloud7)).toMatchObject({
      level: 'FATAL',
      message: 'Bind failed: 49: Invalid credentials',
    });
  });

  it('reads a learned source of them line by line, its mostly-0–2 sample no other scale', () => {
    const lines = [2, 2, 3, 2, 4, 1, 0, 2].map((n) => nextcloud(n));
    const parser = compileParser({});
    parser.learn('nextcloud', lines, receivedAt);
    expect(lines.map((raw) => parser(raw, receivedAt, 'nextcloud').level)).toEqual([
      'WARN',
      'WARN',
      'ERROR',
      'WARN',
      'FATAL',
      'INFO',
      'DEBUG',
      'WARN',
    ]);
  });

  it("reads the record as a relay's syslog message too", () => {
    const relayed = `Nov 29 19:04:11 cloud php-fpm[812]: ${nextcloud(2)}`;
    expect(parse(relayed)).toMatchObject({
      level: 'WARN',
      message: "Login failed: 'mbauer' (Remote IP: '203.0.113.45')",
    });
  });

  it('names no level off its scale', () => {
    expect([0, 1, 2, 3, 4, 5, -1, 2.5, 30].map(nextcloudLevel)).toEqual([
      'DEBUG',
      'INFO',
      'WARN',
      'ERROR',
      'FATAL',
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('a record without the signature, or a number off the scale, reads as before (r56)', () => {
  it('leaves a reqId and a level without app unread, read alone', () => {
    const line = parse(
      '{"reqId":"Xk3vLq9R","level":2,"time":"2026-11-29T19:04:11+00:00","remoteAddr":"203.0.113.45","url":"/login","message":"x"}',
    );
    expect(line.level).toBeUndefined();
    expect(line.fields.level).toBe(2);
  });

  it('leaves a reqId and app without any request key unread', () => {
    const line = parse(
      '{"reqId":"Xk3vLq9R","level":4,"time":"2026-11-29T19:04:11+00:00","app":"core","message":"x"}',
    );
    expect(line.level).toBeUndefined();
    expect(line.fields.level).toBe(4);
  });

  it('leaves a reqId or an app that is not text unread', () => {
    expect(parse(nextcloud(2, { reqId: 17 })).level).toBeUndefined();
    expect(parse(nextcloud(2, { app: { id: 'core' } })).level).toBeUndefined();
  });

  it("reads a record that names syslog on syslog's scale, its Nextcloud keys beside", () => {
    expect(parse(nextcloud(2, { short_message: 'Login failed' })).level).toBe('FATAL');
    expect(parse(nextcloud(2, { facility: 'local3' })).level).toBe('FATAL');
    expect(parse(nextcloud(4, { facility: 16 })).level).toBe('WARN');
  });

  it("reads pino's number as pino's, Nextcloud's keys beside (fastify's reqId, a child's app)", () => {
    const pino =
      '{"level":30,"time":1796032800000,"pid":19,"hostname":"api-1","reqId":"req-1","app":"api","url":"/health","msg":"request completed"}';
    expect(parse(pino).level).toBe('INFO');
    expect(parse(pino.replace('"level":30', '"level":50')).level).toBe('ERROR');
  });

  it.each([
    [7, 7],
    [5, 5],
    [-1, -1],
    [2.5, 2.5],
    // Nextcloud writes an int: digits are not its record's.
    ['2', '2'],
  ])('leaves "level":%j of a signed record as before: no level alone, kept in fields', (given, kept) => {
    const line = parse(nextcloud(given));
    expect(line.level).toBeUndefined();
    expect(line.fields.level).toBe(kept);
  });

  it('reads a level under another key than `level` as before', () => {
    const raw = nextcloud(undefined, { severity: 2 });
    expect(parse(raw).level).toBeUndefined();
    expect(parse(raw).fields.severity).toBe(2);
  });
});
