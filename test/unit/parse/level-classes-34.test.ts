/**
 * Level readings of the lvl34 round, each a class several products share (the lines are invented):
 *
 * - Python logging with the logger's name before the level, set apart by a colon or a dash and
 *   padded (`%(asctime)s - %(name)-12s: %(levelname)-8s %(message)s`, DenyHosts' log): the level is
 *   read and the name goes to the logger. Limits: two words before the separator are text.
 * - Yate's own level names in `<facility:NAME>`: `NOTE` NOTICE, `MILD` WARN, `CONF` ERROR, `ALL` DEBUG.
 * - A log4j/logback MDC map printed in a bracket (`[{{Correlation-Id,…}}{Method,POST}]`) is one
 *   header field, and a component name in capitals before the thread is a context field, so the
 *   learned deep level column reads BlackBerry UEM's `time - COMP {thread} a|b [{…}] - LEVEL text`.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { readSource as readLines } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const readSource = (lines: readonly string[], later: readonly string[] = []) =>
  readLines(lines, receivedAt, later);
const second = (n: number) => String(n % 60).padStart(2, '0');

describe('Python logging with a padded logger name before the level', () => {
  it('reads the level after `name   :` and keeps the name as the logger', () => {
    const line = parseLine('2026-11-26 22:10:04,118 - denyhosts   : WARNING  could not resolve hostname');
    expect(line.level).toBe('WARN');
    expect(line.logger).toBe('denyhosts');
    expect(line.message).toBe('could not resolve hostname');
  });

  it('reads it after a dash, and without the leading dash', () => {
    const dashed = parseLine('2026-11-26 22:10:04,118 sync - ERROR [Errno 111] Connection refused');
    expect([dashed.level, dashed.logger, dashed.message]).toEqual([
      'ERROR',
      'sync',
      '[Errno 111] Connection refused',
    ]);
    const padded = parseLine('2026-11-26 22:10:04,118 prefs       : INFO     settings loaded');
    expect([padded.level, padded.logger]).toEqual(['INFO', 'prefs']);
    const bracketed = parseLine('[2026-11-26 22:10:04,118] worker  : ERROR    job failed');
    expect([bracketed.level, bracketed.logger, bracketed.message]).toEqual(['ERROR', 'worker', 'job failed']);
  });

  it('reads every line of such a source', () => {
    const names = ['denyhosts', 'prefs', 'sync'];
    const levels = ['INFO', 'INFO', 'WARNING', 'ERROR'];
    const lines = Array.from(
      { length: 32 },
      (_, n) =>
        `2026-11-26 22:10:${second(n)},118 - ${(names[n % 3] as string).padEnd(12)}: ` +
        `${(levels[n % 4] as string).padEnd(8)} processing log file ${n}`,
    );
    const { sample } = readSource(lines);
    expect(sample.map((p) => p.level)).toEqual(lines.map((_, n) => (n % 4 === 2 ? 'WARN' : levels[n % 4])));
    expect(sample.every((p, n) => p.logger === names[n % 3])).toBe(true);
  });

  it('leaves a level word after words of text and a colon as text', () => {
    const text = parseLine('2026-11-26 22:10:04,118 - alice said : ERROR rates are up');
    expect(text.level).toBeUndefined();
    expect(text.logger).toBeUndefined();
    const colon = parseLine('2026-11-26 22:10:04,118 - the status was : ERROR');
    expect(colon.level).toBeUndefined();
    // After words of text, the time and the columns are the text's.
    const late = parseLine('Meeting notes 2026-11-26 22:10:04,118 - alice : INFO nothing new');
    expect([late.level, late.logger]).toEqual([undefined, undefined]);
  });
});

describe('Yate’s own level names in `<facility:NAME>`', () => {
  it('reads NOTE, MILD, CONF and ALL', () => {
    const read = (name: string) =>
      parseLine(`2026-11-30_17:45:09.161531 <regfile:${name}> Loaded 214 accounts`);
    expect(['NOTE', 'MILD', 'CONF', 'ALL'].map((name) => read(name).level)).toEqual([
      'NOTICE',
      'WARN',
      'ERROR',
      'DEBUG',
    ]);
    expect(read('NOTE').message).toBe('Loaded 214 accounts');
  });

  it('leaves the names of a kind, not a severity, unread, and the words outside the place', () => {
    for (const name of ['TEST', 'STUB', 'CALL', 'GOON'])
      expect(parseLine(`2026-11-30_17:45:09.161531 <sip:${name}> Call flow`).level).toBeUndefined();
    expect(parseLine('2026-11-30_17:45:09.161531 see <NOTE> below').level).toBeUndefined();
    expect(parseLine('2026-11-30_17:45:09.161531 <Sip:NOTE> text').level).toBeUndefined();
  });
});

describe('a level behind an MDC map in a bracket', () => {
  const mdc = [
    '[{}]',
    '[{{Correlation-Id,f83c7a88-8e33-4ecd-a85f-aa3649bbe0d1}}{Method,POST}{Uri,/tomcat/startup}]',
    '[{{Correlation-Id,e7e8b802-4f4e-44d4-a94d-dfed9500303d}}]',
  ];
  const levels = ['INFO', 'INFO', 'WARN', 'INFO', 'ERROR'];
  const line = (n: number) =>
    `2026-11-30T08:42:${second(n)}.852+0100 - CORE {wff-thread-${n}} device.management|mdm ` +
    `${mdc[n % 3]} - ${levels[n % 5]} Device ${n} checked in`;

  it('learns the level column whatever the map holds', () => {
    const lines = Array.from({ length: 31 }, (_, n) => line(n));
    const { sample, structure } = readSource(lines);
    expect(structure?.levelAfterTime).toBe(7);
    expect(sample.map((p) => p.level)).toEqual(lines.map((_, n) => levels[n % 5]));
    expect(sample[1]?.message).toBe('Device 1 checked in');
  });

  it('learns none where a word of text stands before the level', () => {
    const text = (n: number) =>
      `2026-11-30T08:42:${second(n)}.852+0100 - CORE {wff-thread-${n}} device said [{}] - ${levels[n % 5]} Device ${n}`;
    const { structure } = readSource(Array.from({ length: 31 }, (_, n) => text(n)));
    expect(structure?.levelAfterTime ?? -1).not.toBe(7);
  });
});

describe('look-alikes of the lvl34 readings (review26d)', () => {
  it('reads no Yate name outside the header, nor one with no text after it', () => {
    // Text before the angle bracket stays the message's, with the bracket in it.
    const dump = parseLine('2026-11-30 10:00:00 dump <cfg:ALL> x');
    expect([dump.level, dump.message]).toEqual([undefined, 'dump <cfg:ALL> x']);
    const config = parseLine('config <db:CONF> = 3');
    expect([config.level, config.message]).toEqual([undefined, 'config <db:CONF> = 3']);
    // XML-ish text: an element joined to the next, alone, or before another element.
    for (const xml of [
      '<xs:ALL><xs:element name="a"/></xs:ALL>',
      '<x:ALL>',
      '2026-11-30 10:00:00 <cfg:ALL>',
      '2026-11-30 10:00:00 <xs:ALL> <xs:element/>',
      '2026-11-30 10:00:00 <tag:ALL>text</tag:ALL>',
    ])
      expect(parseLine(xml).level).toBeUndefined();
    // Yate's own lines, with or without the time, still read.
    expect(parseLine('<regfile:NOTE> Loaded 214 accounts').level).toBe('NOTICE');
    expect(parseLine('2026-11-30_17:45:09.161531 <ysigchan:MILD> Link down').level).toBe('WARN');
  });

  it('reads no level after a lone name that ends the line (a setting, not a logger)', () => {
    const setting = parseLine('2026-11-30 10:00:00 - verbosity - DEBUG');
    expect([setting.level, setting.message]).toEqual([undefined, 'verbosity - DEBUG']);
    // The name and the level with text after it still read (DenyHosts' lines always have text).
    const dashed = parseLine('2026-11-30 10:00:00 - sync - ERROR Connection refused');
    expect([dashed.level, dashed.logger, dashed.message]).toEqual(['ERROR', 'sync', 'Connection refused']);
  });
});
