/**
 * Level classes of the lvl40 round (the level misses of `format-docs-dev80` to `-dev83`):
 *
 * - a level behind two or three ` - ` columns after the time, each column one field (a name, a
 *   module, a thread, a source location): Python's `%(asctime)s - %(name)s - %(module)s -
 *   %(levelname)s - %(message)s`, `- %(name)s - %(threadName)s - …`, and a logger's name written
 *   `service - module:func:48` (ovos-utils).
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
