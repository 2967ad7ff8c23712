/**
 * A padded column's learned width (`Columns.widths`, `paddedWidth` in `columns.ts`): a service name
 * padded to a fixed width (`service.padEnd(10)`, `%-10s`, `{:<10}`) then one space, whose longest
 * value fills the width and is followed by that one space alone. The lines are invented, not taken
 * from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { learnColumns } from '../../../core/parse/columns.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');
const at = (i: number) => `2026-11-30 10:15:${String(i).padStart(2, '0')}`;

/** A line whose service name is padded to 10 then one space. */
const service = (i: number, name: string, text: string) => `${at(i)} INFO  ${name.padEnd(10)} ${text}`;

const sample = [
  service(1, 'build', 'Using schema public'),
  service(2, 'database', 'Created tables'),
  service(3, 'server', 'Started listening on port 42069'),
  service(4, 'historical', 'Started mainnet sync'),
  service(5, 'indexing', 'Indexed 12 events'),
  service(6, 'realtime', 'Synced 1 log'),
];

describe('a padded column whose value fills its learned width', () => {
  it('is the column on a later line of the source', () => {
    const read = learnedReader(sample, receivedAt);
    expect(read(service(7, 'historical', 'Completed mainnet sync'))).toMatchObject({
      message: 'Completed mainnet sync',
      level: 'INFO',
    });
    expect(read(service(8, 'build', 'Using schema x')).message).toBe('Using schema x');
  });

  it('keeps a shorter or longer word with one space as the text', () => {
    const read = learnedReader(sample, receivedAt);
    expect(read(`${at(9)} INFO  Started listening on port 80`).message).toBe('Started listening on port 80');
    expect(read(`${at(9)} INFO  historicals Completed`).message).toBe('historicals Completed');
  });

  it('learns no width where the sample’s text starts at several offsets, or every word has one length', () => {
    expect(learnColumns(['build  a b', 'database  c d', 'server  e f']).widths).toBeUndefined();
    expect(learnColumns(['abcd  a b', 'efgh  c d', 'ijkl  e f']).widths).toBeUndefined();
    expect(learnColumns(['build      a b', 'database   c d', 'server     e f']).widths).toEqual([11]);
  });

  it('learns no width where a sample line holds no column at it', () => {
    expect(
      learnColumns(['build      a b', 'database   c d', 'server     e f', 'Started the server now']).widths,
    ).toBeUndefined();
  });

  it('keeps one space after a word as text where no width is learned', () => {
    const moving = [
      `${at(1)} INFO  build  Using schema public`,
      `${at(2)} INFO  database  Created tables`,
      `${at(3)} INFO  server  Started listening`,
    ];
    const read = learnedReader(moving, receivedAt);
    expect(read(`${at(4)} INFO  historical Started mainnet sync`).message).toBe(
      'historical Started mainnet sync',
    );
  });
});
