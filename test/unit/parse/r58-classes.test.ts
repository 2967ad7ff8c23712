/**
 * Readings of the r58 round (issue #14): Python's `Level N`, what `%(levelname)s` prints for a
 * number no name was registered for, read on Python's scale in the level's place.
 *
 * The lines are invented.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { pythonUnnamedLevel } from '../../../core/parse/levels.ts';
import { readSource } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });

describe('Python’s unnamed `Level N`', () => {
  it('maps a number between named levels onto the one below it, 25–29 onto NOTICE', () => {
    expect([5, 15, 21, 25, 29, 35, 45, 55, 99].map(pythonUnnamedLevel)).toEqual([
      'TRACE',
      'DEBUG',
      'INFO',
      'NOTICE',
      'NOTICE',
      'WARN',
      'ERROR',
      'FATAL',
      'FATAL',
    ]);
    // Python names these itself; a number of three digits is not its.
    expect([0, 10, 20, 30, 40, 50, 100, 250, 2.5].map(pythonUnnamedLevel)).toEqual(Array(9).fill(undefined));
  });

  it('reads it opening the line glued to a mark, in brackets, or first after the time before a mark', () => {
    expect(parse('Level 25[Sun Nov 29 13:20:07 2026]: Guard set loaded')).toMatchObject({
      level: 'NOTICE',
      message: 'Guard set loaded',
    });
    expect(parse('Level 5:root:polling the queue')).toMatchObject({
      level: 'TRACE',
      message: 'polling the queue',
    });
    expect(parse('2026-11-29 10:00:00,123 [Level 15] cache warm')).toMatchObject({
      level: 'DEBUG',
      message: 'cache warm',
    });
    expect(parse('2026-11-29 10:00:00,123 Level 35 - retry succeeded')).toMatchObject({
      level: 'WARN',
      message: 'retry succeeded',
    });
  });

  it('reads every line of a source that writes it beside named levels', () => {
    const { sample, later } = readSource(
      [
        'Level 25[Sun Nov 29 13:20:07 2026]: Connected to the daemon',
        'WARNING[Sun Nov 29 13:21:07 2026]: Circuit closed early',
        'Level 25[Sun Nov 29 13:22:07 2026]: Reapplying settings.',
        'ERROR[Sun Nov 29 13:23:07 2026]: Lost the control port',
      ],
      receivedAt,
      ['Level 25[Sun Nov 29 13:24:07 2026]: Reconnected after 9 seconds.'],
    );
    expect(sample.map((l) => l.level)).toEqual(['NOTICE', 'WARN', 'NOTICE', 'ERROR']);
    expect(later[0]).toMatchObject({ level: 'NOTICE', message: 'Reconnected after 9 seconds.' });
  });

  it('reads `Level N:` after the time only in a source whose named levels stand there (review58)', () => {
    const { later } = readSource(
      [
        '[2026-11-29 10:00:00,101] INFO: starting',
        '[2026-11-29 10:00:01,101] WARNING: slow disk',
        '[2026-11-29 10:00:02,101] INFO: ready',
        '[2026-11-29 10:00:03,101] ERROR: lost the port',
      ],
      receivedAt,
      ['[2026-11-29 10:00:04,101] Level 45: disk nearly full'],
    );
    expect(later[0]).toMatchObject({ level: 'ERROR', message: 'disk nearly full' });
    // A game's log line by line, or learned from lines of its own: its level numbers, no levels.
    for (const raw of [
      '2026-11-29 10:00:00 Level 45: boss defeated',
      '[2026-11-29 10:00:00] Level 55: unlocked',
    ])
      expect(parse(raw)).toMatchObject({ level: undefined, message: raw.slice(raw.indexOf('Level')) });
    const game = readSource(
      [
        '2026-11-29 10:00:00 Level 1: The Sewers',
        '2026-11-29 10:01:00 Level 2: The Caves',
        '2026-11-29 10:02:00 Level 3: The Keep',
        '2026-11-29 10:03:00 Level 4: The Tower',
      ],
      receivedAt,
      ['2026-11-29 10:05:00 Level 55: Final boss'],
    );
    expect([...game.sample, ...game.later].map((l) => l.level)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('leaves it text after a level, in prose, unmarked, or with a number Python names', () => {
    expect(parse('2026-11-30 11:02:57.870 INFO Level 3: 64 tiles')).toMatchObject({
      level: 'INFO',
      message: 'Level 3: 64 tiles',
    });
    expect(parse('Level 3 cleared in 20 s').level).toBeUndefined();
    expect(parse('2026-11-29 10:00:00,123 Level 25 reached by player').level).toBeUndefined();
    expect(parse('2026-11-29 10:00:00,123 web Level 45: hello').level).toBeUndefined();
    expect(parse('Level 20:root:hello').level).toBeUndefined();
    expect(parse('2026-11-29 10:00:00,123 Level 10: boss defeated').level).toBeUndefined();
    expect(parse('level 25: lower case is no levelname').level).toBeUndefined();
  });

  it('leaves a game’s `Level N` opening a line with no time text, but reads basicConfig’s there', () => {
    for (const raw of [
      'Level 5: The Sewers',
      'Level 55: boss fight',
      '[Level 25] boss spawned',
      'Level 12 - intro',
    ])
      expect(parse(raw)).toMatchObject({ level: undefined, message: raw });
    expect(parse('Level 5:root:polling')).toMatchObject({
      level: 'TRACE',
      logger: 'root',
      message: 'polling',
    });
  });

  it('reads `[Level N]` opening a time-less line where the source’s level column is', () => {
    const { later } = readSource(
      [
        '[INFO] started',
        '[WARNING] slow disk',
        '[ERROR] lost the port',
        '[INFO] ready',
        '[DEBUG] tick',
        '[INFO] done',
      ],
      receivedAt,
      ['[Level 25] settings reapplied'],
    );
    expect(later[0]).toMatchObject({ level: 'NOTICE', message: 'settings reapplied' });
  });
});
