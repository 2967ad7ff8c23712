/**
 * A class of issue #14's round r65 (dev128). The lines are invented, not taken
 * from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });
const learned = (source: string, lines: readonly string[]) => learnedReader(lines, receivedAt, source);

/*
 * CLASS: a dotted time of day with no date (Python's `datefmt='%H.%M.%S'`, blueman's
 * `logger_date_fmt`), after a logger's name or opening the line. Learned only: alone, `05.11.26`
 * is as often a `dd.MM.yy` date, and a version or an address is dotted numbers too.
 */
describe('a dotted time of day, learned from a source', () => {
  const lines = [
    'tray-applet 08.05.02 WARNING  PluginManager:148 load_plugins: Not loading X',
    'tray-applet 08.05.02 ERROR    Manager:12 start_thing: failed',
    'tray-applet 08.06.11 WARNING  Foo:1 on_property_changed: y',
    'tray-applet 08.17.23 WARNING  Foo:1 on_property_changed: z',
    'tray-applet 09.00.00 WARNING  Foo:1 on_property_changed: w',
  ];

  it('reads the time on the day of receipt, as a bare `HH:mm:ss` is, and cuts it', () => {
    const read = learned('applet', lines);
    const dotted = read('tray-applet 10.15.59 WARNING  Foo:1 on_property_changed: z');
    expect(dotted).toMatchObject({ timestamp: Date.parse('2026-11-30T10:15:59Z'), level: 'WARN' });
    expect(dotted.message).not.toContain('10.15.59');
    const colons = learned(
      'colons',
      lines.map((l) => l.replace(/(\d\d)\.(\d\d)\.(\d\d)/, '$1:$2:$3')),
    );
    expect(colons('tray-applet 10:15:59 WARNING  Foo:1 on_property_changed: z').timestamp).toBe(
      dotted.timestamp,
    );
    const opening = learned('opening', ['08.05.02 started', '08.05.09 loading', '08.06.00 ready']);
    expect(opening('08.07.01 stopped')).toMatchObject({
      timestamp: Date.parse('2026-11-30T08:07:01Z'),
      message: 'stopped',
    });
  });

  it('reads none from a line alone, a date column, a repeated version, an address, a date before a time', () => {
    expect(parse(lines[0] as string).timestamp).toBeUndefined();
    expect(parse('08.05.02 started').timestamp).toBeUndefined();
    const dates = learned('dates', [
      '01.11.26 backup started',
      '02.11.26 backup started',
      '03.11.26 backup done',
    ]);
    expect(dates('04.11.26 backup started').timestamp).toBeUndefined();
    const version = learned('version', [
      'node 10.11.12 installed',
      'node 10.11.12 installed',
      'node 10.11.12 ok',
    ]);
    expect(version('node 10.11.12 installed').timestamp).toBeUndefined();
    const backwards = learned('back', [
      'app 12.10.01 a',
      'app 09.02.13 b',
      'app 11.01.01 c',
      'app 08.05.07 d',
    ]);
    expect(backwards('app 12.10.02 e').timestamp).toBeUndefined();
    const peers = learned('peers', ['peer 10.11.12.13 up', 'peer 10.11.12.14 up', 'peer 10.11.13.15 up']);
    expect(peers('peer 10.11.14.13 up').timestamp).toBeUndefined();
    const semver = learned('semver', ['app 1.12.30 started', 'app 1.12.31 started', 'app 1.13.02 started']);
    expect(semver('app 1.13.05 x').timestamp).toBeUndefined();
    const dated = learned('dated', [
      '[11.03.26 14:02:11.482 INFO  main] started',
      '[11.03.26 14:02:12.482 INFO  main] b',
      '[12.03.26 09:02:12.482 WARN  main] c',
    ]);
    expect(dated('[13.03.26 10:00:00.000 INFO  main] d').timestamp).toBe(Date.parse('2026-03-13T10:00:00Z'));
  });
});

/*
 * review59: a version column of two-digit parts after a name (`Ubuntu 22.04.03`) where one line of
 * the sample names another version moved its minutes-and-seconds once, and that one line made the
 * column a clock: every later line read the version as a time of day.
 */
describe('a dotted version column with one other version', () => {
  it('learns no time from it: one line does not make a clock', () => {
    const lines = Array.from({ length: 9 }, (_, i) => `Ubuntu 22.04.03 host${i} booted`);
    const poisoned = learned('poisoned', [...lines, 'Ubuntu 22.04.04 host9 booted']);
    expect(poisoned('Ubuntu 22.04.03 host11 booted').timestamp).toBeUndefined();
    const upgraded = learned('upgraded', [
      ...lines.slice(0, 5).map((l) => l.replace('22.04.03', '20.04.06')),
      ...lines.slice(5),
    ]);
    expect(upgraded('Ubuntu 22.04.03 host11 booted').timestamp).toBeUndefined();
  });
});

/* review59: a log that writes many lines a second still moves its clock through three values. */
describe('a dotted clock with many lines a second', () => {
  it('is learned where its sample takes three minutes-and-seconds', () => {
    const burst = learned(
      'burst',
      ['08.05.02', '08.05.02', '08.05.02', '08.05.02', '08.05.03', '08.05.03', '08.05.03', '08.05.04'].map(
        (time, i) => `tray-applet ${time} WARNING  Foo:1 step ${i}`,
      ),
    );
    expect(burst('tray-applet 08.05.09 WARNING  Foo:1 done').timestamp).toBe(
      Date.parse('2026-11-30T08:05:09Z'),
    );
  });
});
