/**
 * Classes and false-level fixes of issue #14's round r64 (dev125–dev127). The lines are invented,
 * not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });
const learned = (source: string, lines: readonly string[]) => learnedReader(lines, receivedAt, source);

/*
 * CLASS: a sender tag in brackets after the time (`'[%s] %s' % (sender, msg)`), whose vocabulary is
 * the program's class names in title case (`[Main]`, `[Write]`, `[Producer]`): a class named after
 * syslog's alert or emergency (`[Alert]`) is one more name there, no FATAL on a routine line.
 */
describe('a title-case `[Alert]` in a bracket of title-case sender names', () => {
  const line = (i: number, name: string, text: string) =>
    `2026-11-29 19:20:${String(10 + i)} [${name}] ${text}`;
  const sample = [
    line(0, 'Main', 'Logging initialized successfully.'),
    line(1, 'Init', 'Waiting for data on port 8888...'),
    line(2, 'Alert', 'Starting trigger with sta=6s, lta=30s'),
    line(3, 'Write', 'Starting.'),
    line(4, 'Consumer', 'Starting.'),
    line(5, 'Producer', 'Starting.'),
    line(6, 'Main', 'Warmup complete.'),
    line(7, 'Write', 'Writing 40 seconds of data'),
  ];

  it('reads no level from it, in or out of the sample', () => {
    const read = learned('seis', sample);
    expect(read(line(8, 'Alert', 'Trigger threshold exceeded'))).toMatchObject({
      level: undefined,
      message: 'Trigger threshold exceeded',
    });
    expect(read(line(9, 'Emergency', 'Siren test')).level).toBeUndefined();
    const without = learned(
      'seis2',
      sample.filter((l) => !l.includes('[Alert]')),
    );
    expect(without(line(8, 'Alert', 'Trigger reset')).level).toBeUndefined();
  });

  it('keeps the level elsewhere: a line alone, upper case, another word, a later bracket', () => {
    expect(parse(line(8, 'Alert', 'Trigger threshold exceeded')).level).toBe('FATAL');
    const read = learned('seis', sample);
    expect(read(line(8, 'ALERT', 'disk failing')).level).toBe('FATAL');
    expect(read(line(8, 'Critical', 'disk failing')).level).toBe('FATAL');
    expect(read(line(8, 'Error', 'disk failing')).level).toBe('ERROR');
  });

  it('keeps it where the bracket holds level words beside the names, or too few names', () => {
    const mixed = learned('mixed', [
      ...sample.slice(0, 6),
      line(6, 'Error', 'socket closed'),
      line(7, 'Main', 'x'),
    ]);
    expect(mixed(line(8, 'Alert', 'Trigger threshold exceeded')).level).toBe('FATAL');
    const few = learned('few', [
      line(0, 'Main', 'a'),
      line(1, 'Main', 'b'),
      line(2, 'Init', 'c'),
      line(3, 'Main', 'd'),
      line(4, 'Init', 'e'),
      line(5, 'Main', 'f'),
    ]);
    expect(few(line(8, 'Alert', 'Trigger threshold exceeded')).level).toBe('FATAL');
  });
});
