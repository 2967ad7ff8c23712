/**
 * Classes and false-level fixes of issue #14's round r60 (dev123). The lines are invented, not taken
 * from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });
const at = (iso: string) => Date.parse(iso);
const learned = (source: string, lines: readonly string[]) => learnedReader(lines, receivedAt, source);

/*
 * CLASS: the hybrid IRC servers' `smalldate` (`%d/%d/%d %02d.%02d`: ircd-hybrid, ratbox, charybdis,
 * solanum), a year-first date with unpadded month and day, then the hour and minute joined by a dot,
 * no seconds. Learned only: per line a date then a decimal reads the same.
 */
describe('a year-first date before `hh.mm`, learned from a source', () => {
  const lines = [
    '2026/11/29 18.02 Server Ready',
    '2026/11/29 18.03 Opening listener on 0.0.0.0:6667',
    '2026/11/29 18.05 Link with hub.example.net established',
    '2026/11/29 18.10 Rehashing server config file',
    '2026/11/29 18.12 Got signal SIGHUP, reloading ircd conf. file',
    '2026/11/29 18.20 User alice (alice@host) is now an operator',
    '2026/12/1 09.40 Server Ready',
  ];

  it('reads the time to the minute and cuts it from the message', () => {
    const read = learned('ircd', lines);
    expect(read('2026/11/30 07.45 Server Ready')).toMatchObject({
      timestamp: at('2026-11-30T07:45:00Z'),
      message: 'Server Ready',
    });
    expect(read('2026/11/3 23.59 Link closed').timestamp).toBe(at('2026-11-03T23:59:00Z'));
  });

  it('reads no time from a line alone, a decimal glued to a mark, a one-digit hour, or a date alone', () => {
    expect(parse(lines[0] as string).timestamp).toBeUndefined();
    const read = learned('ircd', lines);
    expect(read('2026/11/29 18.02% done').timestamp).toBeUndefined();
    expect(read('2026/11/29 3.14 MB free').timestamp).toBeUndefined();
    expect(read('2026/11/29 24.10 out of range').timestamp).toBeUndefined();
    expect(read('2026/11/29 done').timestamp).toBeUndefined();
    expect(read('2026/11/29 18.02.5 release').timestamp).toBeUndefined();
  });
});
