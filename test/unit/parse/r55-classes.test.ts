/**
 * Readings of the r55 round (issue #14), one class per block: a `±hhmm` after a time that cannot be
 * a UTC offset; a tool's constant bracketed tag opening its time-less, level-less lines.
 *
 * The lines are invented.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { readSource } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });

describe('a ±hhmm after a time that is no UTC offset', () => {
  it('leaves a thread id glued between dashes, or with minutes no zone has, out of the time', () => {
    expect(parse('[06:15:02.114-0001-INF] Startup State: starting')?.timestamp).toBe(
      Date.parse('2026-11-30T06:15:02.114Z'),
    );
    expect(parse('[2026-11-30 06:15:02.114-0014-WRN] Disk nearly full')?.timestamp).toBe(
      Date.parse('2026-11-30T06:15:02.114Z'),
    );
    // A whole hour is an offset's shape, but a word glued after it by a dash makes it a field.
    expect(parse('[2026-11-30 06:15:02.114-0100-INF] Indexing')?.timestamp).toBe(
      Date.parse('2026-11-30T06:15:02.114Z'),
    );
    expect(parse('2026-11-30T06:15:02-0007 queued')?.timestamp).toBe(Date.parse('2026-11-30T06:15:02Z'));
  });

  it('reads no offset whose minutes are an hour or more, nor a quarter hour off UTC alone (review55)', () => {
    for (const zone of ['+0060', '+05:60', '+0075', '+0090', '-0015', '+00:30', '-0045'])
      expect(parse(`2026-11-30T06:15:02${zone} queued`)?.timestamp, zone).toBe(
        Date.parse('2026-11-30T06:15:02Z'),
      );
    expect(parse('2026-11-30T06:15:02+0845 started')?.timestamp).toBe(Date.parse('2026-11-29T21:30:02Z'));
    expect(parse('2026-11-30T06:15:02+1245 started')?.timestamp).toBe(Date.parse('2026-11-29T17:30:02Z'));
    expect(parse('2026-11-30T06:15:02-0930 started')?.timestamp).toBe(Date.parse('2026-11-30T15:45:02Z'));
    expect(parse('2026-11-30T06:15:02+1400 started')?.timestamp).toBe(Date.parse('2026-11-29T16:15:02Z'));
    expect(parse('2026-11-30T06:15:02-00:00 started')?.timestamp).toBe(Date.parse('2026-11-30T06:15:02Z'));
  });

  it('still reads real offsets: whole, half and three-quarter hours, Z, before a space, a bracket or the end', () => {
    expect(parse('2026-11-30T06:15:02+0530 started')?.timestamp).toBe(Date.parse('2026-11-30T00:45:02Z'));
    expect(parse('2026-11-30 06:15:02 -0800 started')?.timestamp).toBe(Date.parse('2026-11-30T14:15:02Z'));
    expect(parse('2026-11-30T06:15:02+05:45 started')?.timestamp).toBe(Date.parse('2026-11-30T00:30:02Z'));
    expect(parse('2026-11-30T06:15:02-0330 started')?.timestamp).toBe(Date.parse('2026-11-30T09:45:02Z'));
    expect(parse('2026-11-30T06:15:02Z started')?.timestamp).toBe(Date.parse('2026-11-30T06:15:02Z'));
    expect(parse('[2026-11-30T06:15:02-0800] started')?.timestamp).toBe(Date.parse('2026-11-30T14:15:02Z'));
    expect(parse('2026-11-30T06:15:02.114-0800')?.timestamp).toBe(Date.parse('2026-11-30T14:15:02.114Z'));
    expect(parse('2026-11-30T06:15:02+01:00-INFO started')?.timestamp).toBe(
      Date.parse('2026-11-30T05:15:02Z'),
    );
  });
});

/** A dev server's output: its own tag opening each line, no time, no level; a banner indented. */
const TAGGED_LINES = [
  '[Devtool] Access URLs:',
  ' -------------------------------------',
  '       Local: http://localhost:3000',
  ' -------------------------------------',
  '[Devtool] Serving files from: site/public',
  '[Devtool] Watching files...',
  '[Devtool] File event [change] : site/public/index.html',
  '[Devtool] Reloading Browsers... (buffered 2 events)',
  '[Devtool] Writing ./_site/index.html from ./src/index.njk',
  '[Devtool] Copied 14 Wrote 22 files in 0.41 seconds',
  '[Devtool] File event [add] : site/public/docs/new.html',
  '[Devtool] Reloading Browsers...',
  '[Devtool] Watching src/**/*.njk',
];

describe('a tool’s constant bracketed tag opening its time-less, level-less lines', () => {
  it('is a header column where it opens nearly every sample line: the tag the logger, the text after it', () => {
    const { sample, later } = readSource(TAGGED_LINES, receivedAt, [
      '[Devtool] Server restarted',
      '[Other] kept as written',
      'no tag at all',
    ]);
    expect(sample[0]).toMatchObject({ message: 'Access URLs:', logger: 'Devtool', level: undefined });
    expect(sample[6]).toMatchObject({ message: 'File event [change] : site/public/index.html' });
    expect(later[0]).toMatchObject({ message: 'Server restarted', logger: 'Devtool' });
    expect(later[1]?.message).toBe('[Other] kept as written');
    expect(later[2]?.message).toBe('no tag at all');
  });

  it('stays the text’s on some lines only, with tags that differ, for a level word, and on one line alone', () => {
    const someOnly = readSource(
      TAGGED_LINES.map((line, i) => (i % 3 === 0 ? line : line.replace('[Devtool] ', ''))),
      receivedAt,
      ['[Devtool] Server restarted'],
    );
    expect(someOnly.later[0]?.message).toBe('[Devtool] Server restarted');
    const differing = readSource(
      TAGGED_LINES.map((line, i) => line.replace('[Devtool]', `[${['api', 'db', 'web'][i % 3]}]`)),
      receivedAt,
      ['[api] Server restarted'],
    );
    expect(differing.later[0]?.message).toBe('[api] Server restarted');
    const levels = readSource(
      TAGGED_LINES.map((line) => line.replace('[Devtool]', '[INFO]')),
      receivedAt,
    );
    expect(levels.sample[0]).toMatchObject({ level: 'INFO', message: 'Access URLs:' });
    expect(parse('[Devtool] Server restarted')?.message).toBe('[Devtool] Server restarted');
  });

  it('stays the text’s where the constant tag is a check’s outcome (review55)', () => {
    for (const word of ['OK', 'PASS', 'Done']) {
      const { sample } = readSource(
        TAGGED_LINES.map((line) => line.replace('[Devtool]', `[${word}]`)),
        receivedAt,
      );
      expect(sample[0], word).toMatchObject({ message: `[${word}] Access URLs:`, logger: undefined });
    }
  });
});
