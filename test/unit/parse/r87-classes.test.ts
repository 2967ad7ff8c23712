/**
 * Classes of round r87: an RFC 3164 tag that no colon ends, a level word after it (Python's
 * `SysLogHandler` under a `'%(name)s %(levelname)s %(message)s'` formatter, as Helfertool's, through
 * rsyslog's `RSYSLOG_TraditionalFileFormat`). The lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });

/*
 * CLASS: `HOST TAG LEVEL MSG`: rsyslog's `pmrfc3164.c` ends the tag at a space as well as at a
 * colon, so a record sent without a `TAG: ` of its own is written with its first word as the tag.
 * That word is the service when the next word is a level word as `readTag` judges one after a
 * colon-ended tag (upper case, or `[notice]`, `<Notice>`); an ordinary word there keeps the whole
 * text as the message.
 */
describe('a syslog tag with no colon, then a level word', () => {
  it('reads the tag as the service and the level word as the level', () => {
    expect(
      parse(
        'Nov 26 17:58:40 localhost helfertool INFO helper registered (withlink="False" helper_pk="4410")',
      ),
    ).toMatchObject({
      format: 'syslog3164',
      host: 'localhost',
      service: 'helfertool',
      level: 'INFO',
      message: 'helper registered (withlink="False" helper_pk="4410")',
    });
    expect(parse('Nov 26 17:58:40 web1 django.request WARNING Not Found: /favicon.ico')).toMatchObject({
      service: 'django.request',
      level: 'WARN',
      message: 'Not Found: /favicon.ico',
    });
    expect(parse('<190>Nov 26 17:58:40 web1 worker[412] ERROR job 7 failed')).toMatchObject({
      service: 'worker',
      fields: { pid: 412 },
      level: 'ERROR',
      message: 'job 7 failed',
    });
  });

  it('leaves an ordinary word, a capitalised or lower-case level in prose, and a lone level word as text', () => {
    for (const raw of [
      'Nov 26 17:58:40 localhost app error reading /var/lib/app',
      'Nov 26 17:58:40 localhost app Info about the last run',
      'Nov 26 17:58:40 localhost systemd Started Session 4 of user root.',
      'Nov 26 17:58:40 localhost user=bob INFO login',
      'Nov 26 17:58:40 localhost app INFO',
    ]) {
      const line = parse(raw);
      expect(line.level, raw).toBeUndefined();
      expect(line.service, raw).toBeUndefined();
      expect(line.message, raw).toBe(raw.slice('Nov 26 17:58:40 localhost '.length));
    }
  });

  it('reads no colon-less tag after a host rsyslog would not have taken (review71)', () => {
    // pmrfc3164.c takes a HOSTNAME of letters, digits, `.`, `_`, `-` ending in a letter or digit;
    // ispmanager's own `[pid:thread] module LEVEL` header is no rsyslog host and tag.
    for (const raw of [
      'Nov 30 08:02:17 [28411:1] core INFO started',
      'Nov 30 08:02:17 web1. admin ERROR spoofed',
      'Nov 30 08:02:17 we/b1 admin ERROR spoofed',
    ]) {
      const line = parse(raw);
      expect(line.service, raw).toBeUndefined();
      expect(line.message, raw).toMatch(/^admin|^core/);
    }
    expect(parse('Nov 30 08:02:17 10.0.0.1 admin ERROR here')).toMatchObject({
      host: '10.0.0.1',
      service: 'admin',
      level: 'ERROR',
    });
    expect(parse('Nov 30 08:02:17 web-1.example_x admin [ERROR] here')).toMatchObject({ service: 'admin' });
  });

  it('lets no text after a colon-ended tag choose the service', () => {
    expect(parse('Nov 30 08:02:17 web1 app[12]: admin INFO spoofed')).toMatchObject({
      service: 'app',
      fields: { pid: 12 },
      message: 'admin INFO spoofed',
    });
  });

  it('keeps the colon-ended tag’s readings', () => {
    expect(parse('Nov 26 17:58:40 localhost helfertool: INFO helper registered')).toMatchObject({
      service: 'helfertool',
      level: 'INFO',
      message: 'helper registered',
    });
    expect(parse('Nov 26 17:58:40 localhost sshd[88]: Accepted publickey for root')).toMatchObject({
      service: 'sshd',
      message: 'Accepted publickey for root',
    });
  });
});

/*
 * CLASS: Mojo::Log's default header, `[%04d-%02d-%02d %02d:%02d:%08.5f] [$$] [$level] `, with the
 * context `$c->log` adds, `[request_id] ` (Mojolicious::Plugin::DefaultHelpers; the id
 * Mojo::Message::Request's `sha1_base64` cut short, `+/` written `-_`). The process id is
 * `fields.pid`, the request id `fields.context`, the rest the message. A bracketed word there, or the
 * same brackets under another header, stays the text's.
 */
describe('Mojolicious’ header with its request id context', () => {
  it('takes the pid and the request id out of the message', () => {
    expect(parse('[2026-11-27 08:14:38.51207] [1206] [trace] [7f3kQz9a] GET "/overview"')).toMatchObject({
      level: 'TRACE',
      fields: { pid: 1206, context: '7f3kQz9a' },
      message: 'GET "/overview"',
    });
    expect(
      parse('[2026-11-27 08:14:38.51207] [88] [debug] [aX3-_9QzbP1k] Routing to a callback'),
    ).toMatchObject({
      level: 'DEBUG',
      fields: { pid: 88, context: 'aX3-_9QzbP1k' },
      message: 'Routing to a callback',
    });
    const plain = parse('[2026-11-27 08:14:38.51207] [1206] [info] Listening at "http://*:3000"');
    expect(plain).toMatchObject({
      level: 'INFO',
      fields: { pid: 1206 },
      message: 'Listening at "http://*:3000"',
    });
    expect(plain.fields.thread).toBeUndefined();
  });

  it('leaves a bracketed word, a short or long bracket and another header’s bracket as text', () => {
    const kept: [string, string][] = [
      ['[2026-11-27 08:14:38.51207] [1206] [warn] [Database] connection lost', '[Database] connection lost'],
      ['[2026-11-27 08:14:38.51207] [1206] [warn] [SECURITY] token reused', '[SECURITY] token reused'],
      ['[2026-11-27 08:14:38.51207] [1206] [warn] [a1b2] short id', '[a1b2] short id'],
      ['[2026-11-27 08:14:38.51207] [1206] [warn] [a1b2c3d4e5f6g7] long id', '[a1b2c3d4e5f6g7] long id'],
    ];
    for (const [raw, message] of kept) expect(parse(raw).message, raw).toBe(message);
    expect(
      parse('[2026-11-27 08:14:38.512] [main] [trace] [7f3kQz9a] GET "/"').fields.context,
    ).toBeUndefined();
  });

  it('reads no column in the text after the context bracket (review71)', () => {
    // The id is read once, as the context: no logger, thread or header column from the text.
    for (const text of ['- retry 2', 'com.example.Jobs - retry 2', 'Jobs [w1] - retry 2', 'app: retry 2']) {
      const line = parse(`[2026-11-27 08:14:38.51207] [1206] [info] [7f3kQz9a] ${text}`);
      expect(line.message, text).toBe(text);
      expect(line.logger, text).toBeUndefined();
      expect(line.fields, text).toEqual({ pid: 1206, context: '7f3kQz9a' });
    }
  });
});

/*
 * CLASS: logback's and log4j's `%c{1} [%t] - %m` after a level (Kendo Tournament Manager's
 * `%-5p %d{… 'GMT'Z} %c{1} [%t] - %m%n`): the logger, dotted or a class's simple name, its thread
 * in brackets and ` - ` go to `logger` and `fields.thread`, the text after them is the message.
 * Without the dash, or without a level before it, the words stay the text's.
 */
describe('a logger, its bracketed thread and a dash after the level', () => {
  it('takes the logger and the thread, after a level-first or a time-first header', () => {
    expect(
      parse(
        'INFO  2026-11-29 09:58:02.431 GMT+0100 RepositoryConfigurationDelegate [main] - Bootstrapping Spring Data JPA repositories in DEFAULT mode.',
      ),
    ).toMatchObject({
      level: 'INFO',
      logger: 'RepositoryConfigurationDelegate',
      fields: { thread: 'main' },
      message: 'Bootstrapping Spring Data JPA repositories in DEFAULT mode.',
    });
    expect(
      parse('2026-11-29 10:05:31.187 DEBUG c.s.k.BasicLogging [http-nio-8080-exec-1] - Returning: x'),
    ).toMatchObject({
      level: 'DEBUG',
      logger: 'c.s.k.BasicLogging',
      fields: { thread: 'http-nio-8080-exec-1' },
      message: 'Returning: x',
    });
  });

  it('leaves a name and a bracket without the dash, or with no level before them, as text', () => {
    expect(parse('2026-11-29 10:05:31.187 INFO Server [v2] started').message).toBe('Server [v2] started');
    expect(parse('2026-11-29 10:05:31.187 Server [v2] - started').message).toBe('Server [v2] - started');
    expect(parse('2026-11-29 10:05:31.187 INFO 42 [v2] - started').logger).toBeUndefined();
  });

  it('takes no bracketed level as a thread and no abbreviation as a logger (review71)', () => {
    for (const text of ['com.example.Jobs [ERROR] - retry', 'e.g. [docs] - retry', 'i.e. [1] - see below']) {
      const line = parse(`2026-11-29 10:05:31.187 WARN ${text}`);
      expect(line.message, text).toBe(text);
      expect(line.logger, text).toBeUndefined();
      expect(line.fields.thread, text).toBeUndefined();
    }
    expect(parse('2026-11-29 10:05:31.187 WARN com.example.Jobs [worker-1] - retry')).toMatchObject({
      logger: 'com.example.Jobs',
      fields: { thread: 'worker-1' },
      message: 'retry',
    });
  });
});

describe('a capitalised word, a bracket and a dash after the level', () => {
  it('stays the text’s unless the word is a class’s camel-case or dotted name', () => {
    const raw = '02:01:18 [Q] ERROR Failed [juliet-blossom-red-cat] - ConnectionError: timed out';
    expect(parse(raw).message).toBe('Failed [juliet-blossom-red-cat] - ConnectionError: timed out');
    expect(parse('2026-11-29 10:05:31.187 INFO Application [main] - Started').message).toBe(
      'Application [main] - Started',
    );
  });
});

describe('an empty bracket between the logger and the dash', () => {
  it('is no thread', () => {
    const line = parse('2026-11-29 10:05:31.187 INFO DispatcherServlet [] - Started');
    expect(line.fields.thread).toBeUndefined();
  });
});

/*
 * CLASS: after Spring Boot's `--- [thread] logger : ` column the text begins, a `Name-N - ` in it
 * included: HikariCP logs `"{} - Starting..."` with its pool's name. Before that column, a
 * `name - ` is still a logger column.
 */
describe('a pool name and a dash after Spring Boot’s logger column', () => {
  it('stays the text’s', () => {
    const line = parse(
      '2026-11-29 09:58:02.431  INFO 1 --- [           main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Starting...',
    );
    expect(line).toMatchObject({
      logger: 'com.zaxxer.hikari.HikariDataSource',
      message: 'HikariPool-1 - Starting...',
    });
    expect(line.fields.header_columns).toBeUndefined();
  });

  it('leaves a logger column with a dash, where no colon column came before, to the header', () => {
    expect(parse('2026-11-29 09:58:02.431 INFO [main] c.e.Foo - Started').message).toBe('Started');
  });
});
