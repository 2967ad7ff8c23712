/**
 * Look-alikes of a level in the header finder (`scanHeader`) and in a syslog message's leading
 * level (`takeLeadingLevel`): a count, a shell trace, a plural and a change of state carry no level
 * of their own. The level-word scan refuses them already; these readings are older. The lines are
 * invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-04T12:00:00Z');
const SYSLOG = 'Dec  4 10:00:00 web01 app[12]: ';
const level = (line: string) => parseLine(line, { receivedAt }).level;
/** Each line bare and after a syslog header. */
const expectLevels = (cases: ReadonlyArray<readonly [string, string | undefined]>) => {
  for (const [line, expected] of cases) {
    expect(level(line), line).toBe(expected);
    expect(level(SYSLOG + line), SYSLOG + line).toBe(expected);
  }
};

describe('a level look-alike the header finder does not read', () => {
  it('a level word followed only by a number, or a tally of them, is a count', () => {
    expectLevels([
      ['ERROR 0 WARNING 2', undefined],
      ['[ERROR] 0', undefined],
      ['- ERROR: 0', undefined],
      ['| ERROR | 0 |', undefined],
      ['2026-12-04T10:00:00Z 10.0.0.1 ERROR 500', undefined],
    ]);
  });

  it('a level word with a plural mark is a word of the text', () => {
    expectLevels([['0 ERROR(S)', undefined]]);
  });

  it('a shell trace carries no level of its own', () => {
    expectLevels([
      ['+ echo ERROR', undefined],
      ['+ test ERROR = ERROR', undefined],
      ['++ echo ERROR', undefined],
    ]);
  });

  it('a level word changing to another state is the state', () => {
    expectLevels([
      ['2026-12-04T10:00:00Z link: ERROR --> OK', undefined],
      ['link: WARN -> CRITICAL', undefined],
    ]);
  });

  it('still reads a level before a number with text after it, and a layout arrow', () => {
    expectLevels([
      ['ERROR: disk 0 failed', 'ERROR'],
      // A level column before a count and its words: the count is the text's (`INFO: 1 devices found`).
      ['WARN 2 retries left', 'WARN'],
      ['[ERROR] 1 Exception encountered:', 'ERROR'],
      ['ERROR 500 Internal Server Error', 'ERROR'],
      ['2026-12-04T10:00:00Z 10.0.0.1 ERROR 500 /api/orders', 'ERROR'],
      ['[2026-10-05 01:21:29,453]::[app]::INFO --> Started server process [20552]', 'INFO'],
      ['2026-12-04T10:00:00Z ERROR --> DB connection lost', 'ERROR'],
    ]);
  });
});

describe('a drive letter in a learned one-letter level column', () => {
  it('reads a letter before a size as a drive, and the column levels before other numbers', () => {
    const parser = compileParser({});
    const lines = [
      'I: Starting bootloader',
      'W: Failed reading sectors',
      'E: Unable to find image',
      'I: done',
    ];
    parser.learn('boot', lines, receivedAt);
    const read = (line: string) => parser(line, receivedAt, 'boot').level;
    expect(read('C: 120 GB free')).toBeUndefined();
    expect(read('D: 45% used')).toBeUndefined();
    expect(read('E: 3.5TiB free')).toBeUndefined();
    expect(read('W: 3 retries left')).toBe('WARN');
    expect(read('E: 404 Not Found')).toBe('ERROR');
    expect(read('I: 2 devices found')).toBe('INFO');
  });
});
