/**
 * Round r121, on dev181's amateur-radio systems: Python's dash header with its dash glued to the
 * level (core-aprs-client's `%(asctime)s - %(module)s -%(levelname)s - %(message)s`), and F6FBB's
 * BBS log, a month-to-second stamp glued to a channel number and an event letter.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.UTC(2026, 11, 1);
const read = (line: string) => parseLine(line, { receivedAt });
const learnt = (lines: readonly string[]) => learnedReader(lines, receivedAt);

describe('a dash glued to the level in the time-first dash header', () => {
  const aprs = (ms: number, module: string, level: string, text: string) =>
    `2026-11-30 09:15:42,${String(ms).padStart(3, '0')} - ${module} -${level} - ${text}`;

  it("reads core-aprs-client's `- module -LEVEL - text`", () => {
    expect(read(aprs(88, 'inet', 'INFO', 'Setting filter to: g/Q1BOT'))).toMatchObject({
      format: 'python',
      timestamp: Date.parse('2026-11-30T09:15:42.088Z'),
      level: 'INFO',
      logger: 'inet',
      message: 'Setting filter to: g/Q1BOT',
    });
    expect(read(aprs(121, 'inet', 'ERROR', 'socket error on recv(): [Errno 104] reset'))).toMatchObject({
      level: 'ERROR',
      message: 'socket error on recv(): [Errno 104] reset',
    });
    expect(read(aprs(605, 'base', 'WARNING', 'Run time of job "x" was missed by 0:00:02'))).toMatchObject({
      level: 'WARN',
      logger: 'base',
      message: 'Run time of job "x" was missed by 0:00:02',
    });
  });

  it('reads it in a learned source too', () => {
    const modules = ['inet', 'base', 'CoreAprsClient'];
    const lines = Array.from({ length: 8 }, (_, k) =>
      aprs(100 + k, modules[k % 3] ?? 'inet', k === 5 ? 'ERROR' : 'INFO', `Attempting connection ${k}`),
    );
    expect(learnt(lines)(aprs(999, 'inet', 'ERROR', 'Socket error: timed out'))).toMatchObject({
      level: 'ERROR',
      message: 'Socket error: timed out',
    });
  });

  it('takes only a level in capitals closed by its own dash', () => {
    // A lower-case or mixed-case word, a word that names no level, no closing dash: no level taken.
    for (const word of ['info', 'Info', 'NOTE', 'INFO-', 'INFO:']) {
      const line = read(`2026-11-30 09:15:42,088 - inet -${word} - text`);
      expect(line.level).toBeUndefined();
      expect(line.message).toContain(`-${word}`);
    }
    expect(read('2026-11-30 09:15:42,088 - inet -INFO text').level).toBeUndefined();
  });

  it("leaves a glued level word of the text the text's", () => {
    // The header's level stands; the glued dash and level after it are the message's.
    const line = read('2026-11-30 09:15:42,088 - inet - INFO - peer -ERROR - said so');
    expect(line).toMatchObject({ level: 'INFO', message: 'peer -ERROR - said so' });
    const bare = read('2026-11-30 09:15:42,088 INFO peer -ERROR - said so');
    expect(bare.level).toBe('INFO');
    expect(bare.message).toContain('-ERROR - said so');
    // No time: a glued level in a line's text sets none.
    expect(read('a - peer -ERROR - said so').level).toBeUndefined();
  });
});

describe("F6FBB's month-to-second stamp, channel and event letter", () => {
  it('reads the stamp, the channel and the letter, and the text as the message', () => {
    expect(read('113005184002CA Q2ABC-7')).toMatchObject({
      format: 'fbb',
      timestamp: Date.parse('2026-11-30T05:18:40.000Z'),
      timestampText: '1130051840',
      message: 'A Q2ABC-7',
      fields: { channel: 2, event: 'C' },
    });
    expect(read('113004551200SI *** BBS Initialize')).toMatchObject({
      timestamp: Date.parse('2026-11-30T04:55:12.000Z'),
      message: 'I *** BBS Initialize',
      fields: { channel: 0, event: 'S' },
    });
    // A letter alone, or glued to the command.
    expect(read('113005222802XD')).toMatchObject({ message: 'D', fields: { event: 'X' } });
    expect(read('113006502702MLM').message).toBe('LM');
    expect(read('113006502702MLM').level).toBeUndefined();
  });

  it('takes its year from the arrival, last year for a December line read in January', () => {
    const line = parseLine('123123595905XD', { receivedAt: Date.UTC(2027, 0, 2) });
    expect(line.timestamp).toBe(Date.parse('2026-12-31T23:59:59.000Z'));
    // The source's zone: FBB writes local time.
    expect(parseLine('113005184002CA Q2ABC-7', { receivedAt, defaultZone: 'Europe/Paris' }).timestamp).toBe(
      Date.parse('2026-11-30T04:18:40.000Z'),
    );
  });

  it('reads it in a learned source too', () => {
    const lines = Array.from(
      { length: 8 },
      (_, k) => `11300${5 + (k % 3)}${10 + k}4${k}0${k % 4}${'CMX'[k % 3]}R 4011${k}`,
    );
    expect(learnt(lines)('113008411502MR 40122')).toMatchObject({
      timestamp: Date.parse('2026-11-30T08:41:15.000Z'),
      message: 'R 40122',
    });
  });

  it('reads no other twelve digits as the stamp', () => {
    // An epoch (seconds, milliseconds), an id, a date out of the calendar, a `yyMMddHHmmss` stamp.
    for (const raw of [
      '1764478512 CA Q2ABC-7',
      '1764478512000 CA x',
      '176447851200CA Q2ABC-7',
      '261130045512Z certificate',
      '113205184002CA x',
      '023005184002CA x',
      '113025184002CA x',
      '113005604002CA x',
      '11300518400CA x',
      '1130051840023CA x',
      '113005184002cA x',
      '113005184002 CA x',
    ]) {
      const line = read(raw);
      expect(line.format, raw).not.toBe('fbb');
      expect(line.timestamp === Date.parse('2026-11-30T05:18:40.000Z'), raw).toBe(false);
    }
    // A month-day outside the accepted window (30 days back, a day ahead): an id, not a time.
    expect(read('061505184002CA x').format).not.toBe('fbb');
    expect(read('061505184002CA x').timestamp).toBeUndefined();
  });

  it("leaves a stamp in the text the text's", () => {
    // The header's time stands; FBB's shape inside a message sets nothing.
    const line = read('2026-11-30 09:00:00 INFO relay wrote 113005184002CA Q2ABC-7');
    expect(line.timestamp).toBe(Date.parse('2026-11-30T09:00:00.000Z'));
    expect(line.message).toBe('relay wrote 113005184002CA Q2ABC-7');
    // Not at the line's start: no time.
    expect(read('x 113005184002CA Q2ABC-7').timestamp).toBeUndefined();
    expect(read('#113005184002CA Q2ABC-7').timestamp).toBeUndefined();
  });
});
