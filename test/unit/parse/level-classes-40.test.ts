/**
 * Level classes of the lvl40 round (the level misses of `format-docs-dev80` to `-dev83`):
 *
 * - a level behind two or three ` - ` columns after the time, each column one field (a name, a
 *   module, a thread, a source location): Python's `%(asctime)s - %(name)s - %(module)s -
 *   %(levelname)s - %(message)s`, `- %(name)s - %(threadName)s - …`, and a logger's name written
 *   `service - module:func:48` (ovos-utils);
 * - a sample that mixes text lines with JSON records learns its text readings from its text lines
 *   (NestJS's ConsoleLogger beside pino's records), at least 8 of them;
 * - a `key=value` pair before the level counts as one field, in the header finder's reach and the
 *   level-word zone's characters (Sidekiq's `pid=1 tid=… class=… jid=… INFO: text`).
 *
 * The lines are invented.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { readSource as readLines } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const readSource = (lines: readonly string[], later: readonly string[] = []) =>
  readLines(lines, receivedAt, later);
const second = (n: number) => String(n % 60).padStart(2, '0');
const parse = (line: string) => parseLine(line, { receivedAt });

describe('a level behind two or three dash-separated columns', () => {
  it('reads the level after a name and a source location, the columns kept', () => {
    expect(
      parse('2026-11-30 05:58:10.204 - skills - ovos_core.__main__:main:48 - INFO - Starting the manager'),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-30T05:58:10.204Z'),
      level: 'INFO',
      message: 'Starting the manager',
      fields: { header_columns: 'skills - ovos_core.__main__:main:48' },
    });
  });

  it('reads it after a name and a module in plain lower case, and after a thread', () => {
    expect(parse('2026-11-30 05:58:10,204 - zscaler - client - WARNING - retrying in 2 s')).toMatchObject({
      level: 'WARN',
      message: 'retrying in 2 s',
    });
    expect(parse('2026-11-30 05:58:10,204 - app.worker - Thread-2 - ERROR - job failed')).toMatchObject({
      level: 'ERROR',
      message: 'job failed',
    });
  });

  it('reads it after three columns (`%(name)s - %(processName)s - %(threadName)s`)', () => {
    expect(
      parse('2026-11-30 05:58:10,204 - crawler - MainProcess - MainThread - DEBUG - fetched 3 pages'),
    ).toMatchObject({ level: 'DEBUG', message: 'fetched 3 pages' });
  });

  it('reads every line of such a source', () => {
    const words = ['INFO', 'WARNING', 'ERROR', 'DEBUG'];
    const lines = Array.from(
      { length: 32 },
      (_, n) =>
        `2026-11-30 05:58:${second(n)}.204 - voice - audio.service:play:${40 + n} - ${words[n % 4]} - played clip ${n}`,
    );
    const { sample } = readSource(lines);
    expect(sample.map((p) => p.level)).toEqual(
      lines.map((_, n) => ['INFO', 'WARN', 'ERROR', 'DEBUG'][n % 4]),
    );
    expect(sample[5]?.message).toBe('played clip 5');
  });

  it('leaves a column of several words, a fourth column and a level ending the line', () => {
    for (const line of [
      '2026-11-30 05:58:10 - backup - nightly run - ERROR - retrying',
      '10:30:00 - we fixed it - ERROR - and moved on',
      '2026-11-30 05:58:10 - app - status: OK - ERROR - x',
      '10:30:00 - a - b - c - d - ERROR - x',
      '2026-11-30 05:58:10 - app - mod - ERROR',
      '2026-11-30 05:58:10 - app - mod - info - lower case is a word',
    ])
      expect(parse(line).level, line).toBeUndefined();
  });

  it('leaves the dashes of a line whose time is not followed by a dash, or that has no time', () => {
    expect(parse('2026-11-30 05:58:10 backup - nightly - INFO - done').level).toBeUndefined();
    expect(parse('Backup - nightly - INFO - done').level).toBeUndefined();
  });

  it('reads the first level of the header, not one in the text’s own dashes', () => {
    expect(parse('2026-11-30 05:58:10,204 - app - INFO - step one - ERROR - retried')).toMatchObject({
      level: 'INFO',
      message: 'step one - ERROR - retried',
    });
  });
});

describe('agreement over a sample’s text lines, its JSON records read by their keys', () => {
  const words = ['    LOG', '    LOG', '   WARN', '    LOG', '  ERROR', '    LOG', '  DEBUG', '    LOG'];
  const nest = (n: number) =>
    `[Nest] 19  - 11/29/2026, 9:55:${second(n)} PM ${words[n % 8]} [EventsDao] Inserted ${n} events`;
  const pino = (n: number) =>
    `{"level":30,"time":${Date.parse('2026-11-29T21:56:00Z') + n * 1000},"pid":19,"msg":"request completed"}`;
  const levelOf = (word: string | undefined) =>
    ({ LOG: 'INFO', WARN: 'WARN', ERROR: 'ERROR', DEBUG: 'DEBUG' })[(word ?? '').trim()];
  // 22 text lines and 10 records: 69 % of the sample, 100 % of its text lines.
  const mixed = Array.from({ length: 32 }, (_, n) => (n % 3 === 2 && n < 30 ? pino(n) : nest(n)));

  it('vouches a column its text lines agree on, though the records make them fewer than 80 %', () => {
    const { sample } = readSource(mixed);
    expect(sample.map((p) => p.level)).toEqual(
      mixed.map((line, n) => (line.startsWith('{') ? 'INFO' : levelOf(words[n % 8]))),
    );
    expect(sample[0]?.message).toBe('Inserted 0 events');
    expect(sample[2]).toMatchObject({ format: 'json', message: 'request completed' });
  });

  it('vouches nothing on a few text lines among records', () => {
    // 7 text lines (0, 5, … 30), 4 of them `LOG`: fewer than `MIN_SAMPLE_LINES`.
    const few = Array.from({ length: 32 }, (_, n) => (n % 5 === 0 ? nest(n) : pino(n)));
    const { sample } = readSource(few);
    const logs = sample.filter((_, n) => n % 5 === 0 && words[n % 8]?.trim() === 'LOG');
    expect(logs.map((p) => p.level)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('a text sample that agrees on less than 80 % still vouches nothing', () => {
    const plain = Array.from({ length: 32 }, (_, n) =>
      n % 3 === 2 && n < 30 ? `worker ${n} is ready` : nest(n),
    );
    const { sample } = readSource(plain);
    expect(sample[0]?.level).toBeUndefined();
  });
});

describe('a `key=value` pair before the level counts as one field', () => {
  const job = 'pid=1 tid=2f9w class=SendSubmitterInvitationEmailJob jid=5b1e0c7a9f3d42e61a8c4b07';

  it('reads the level after a job runner’s pairs, however long they are', () => {
    expect(parse(`2026-11-29T21:05:03.019Z ${job} INFO: start`)).toMatchObject({
      timestamp: Date.parse('2026-11-29T21:05:03.019Z'),
      level: 'INFO',
      message: 'start',
    });
    expect(parse(`2026-11-29T21:05:04.207Z ${job} elapsed=1.188 WARN: fail`)).toMatchObject({
      level: 'WARN',
      message: 'fail',
    });
  });

  it('reads no pair’s value as a level column, though the pairs move the reach', () => {
    const audit = Array.from(
      { length: 12 },
      (_, n) =>
        `type=USER_LOGIN msg=audit(17960328${String(n).padStart(2, '0')}.123:${456 + n}): pid=1234 uid=0 res=success`,
    );
    const { sample, structure } = readSource(audit);
    expect(structure?.levelField ?? -1).toBe(-1);
    expect(sample.every((p) => p.level === undefined)).toBe(true);
  });

  it('reads it past the header’s fields, under a syslog header and with no time of its own', () => {
    expect(
      parse(`2026-11-29T21:05:03.019Z sidekiq=true ${job} tags=mail,urgent elapsed=0.4 ERROR: done`).level,
    ).toBe('ERROR');
    expect(parse(`Nov 29 21:05:03 web1 bundle[1]: ${job} INFO: start`)).toMatchObject({
      level: 'INFO',
      message: 'start',
    });
    expect(parse(`${job} elapsed=1.2 INFO: done`).level).toBe('INFO');
  });

  it('keeps a syslog line’s host and tag out of the columns before a level in its message (review32)', () => {
    // A few pairs let the header finder reach the level from the line's start: the syslog reader's
    // host, program and pid stay the line's, and are not written again as columns.
    expect(
      parse('Nov 29 21:05:03 web1 app[1]: user=bob action=login result=ok ERROR: bad password'),
    ).toMatchObject({
      level: 'ERROR',
      message: 'bad password',
      host: 'web1',
      service: 'app',
      fields: { pid: 1, header_columns: 'user=bob action=login result=ok' },
    });
    expect(parse('Nov 29 21:05:03 db1 postgres[812]: [3-1] ERROR:  relation does not exist').fields).toEqual({
      pid: 812,
      header_columns: '[3-1]',
    });
  });

  it('leaves a level word in quoted text, after words of prose, as a value or before a count', () => {
    for (const line of [
      '2026-11-29T21:05:03.019Z user=alice action=login note=the backup reported ERROR: disk full',
      '2026-11-29T21:05:03.019Z service=billing-api-worker-queue-consumer-7 region=eu-west-1 trace=5b1e0c7a9f3d42e61a8c4b07 the job said ERROR: retry',
      'Nov 29 21:05:03 web1 app[1]: user=alice request=5b1e0c7a9f3d42e61a8c4b07aa path=/api/v1/submitters/invitations/email status=ERROR: x',
      'Nov 29 21:05:03 web1 app[1]: user=alice request=5b1e0c7a9f3d42e61a8c4b07aa path=/api/v1/submitters/invitations/email ERROR level raised',
      'Nov 29 21:05:03 web1 app[1]: a=1 b=2 c=3 d=4 e=5 f=6 g=7 h=8 ERROR: x',
      `2026-11-29T21:05:03.019Z ${job} ERROR 3`,
      '2026-11-30T10:00:00.123Z type=USER_LOGIN msg=audit(1796032800.123:456): pid=1234 uid=0 res=success',
      '2026-11-30T10:00:00.123Z 3Eao|msg="a" k=v|3.9e-37|964543641|status ok',
    ])
      expect(parse(line).level, line).toBeUndefined();
    expect(parse('2026-11-29T21:05:03.019Z level=info msg="upstream sent ERROR: bad gateway"')).toMatchObject(
      {
        level: 'INFO',
        message: 'upstream sent ERROR: bad gateway',
      },
    );
  });
});
