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
