import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string, zone?: string) =>
  parseLine(raw, { receivedAt, ...(zone ? { defaultZone: zone } : {}) });

describe('CMTrace lines (Configuration Manager, Intune Management Extension)', () => {
  it('reads the text, time and date, type as level, component as logger and the thread', () => {
    const line = parse(
      '<![LOG[[Win32App] Installation failed with exit code 1603]LOG]!><time="10:17:52.7730415" date="11-27-2026" component="IntuneManagementExtension" context="" type="3" thread="22" file="">',
    );
    expect(line).toMatchObject({
      format: 'cmtrace',
      message: '[Win32App] Installation failed with exit code 1603',
      timestamp: Date.parse('2026-11-27T10:17:52.773Z'),
      level: 'ERROR',
      logger: 'IntuneManagementExtension',
      parseFailed: false,
    });
    expect(line.fields).toEqual({ thread: 22 });
  });

  it.each([
    ['1', 'INFO'],
    ['2', 'WARN'],
    ['3', 'ERROR'],
  ])('type %s is %s', (type, level) => {
    const raw = `<![LOG[step]LOG]!><time="10:15:02.123+000" date="11-30-2026" component="C" context="" type="${type}" thread="1" file="a.cpp:12">`;
    expect(parse(raw).level).toBe(level);
  });

  it("turns the bias after the time (minutes to add for UTC, Windows' convention) into the offset", () => {
    const raw =
      '<![LOG[connected]LOG]!><time="08:15:42.123+480" date="11-30-2026" component="C" context="" type="1" thread="1" file="ctmjob.cpp:1234">';
    const line = parse(raw);
    expect(line.timestamp).toBe(Date.parse('2026-11-30T16:15:42.123Z'));
    expect(line.fields).toMatchObject({ file: 'ctmjob.cpp:1234' });
  });

  it('reads an hour written with one digit, with a fraction and a bias', () => {
    const raw = '<![LOG[x]LOG]!><time="8:05:42.123+480" date="11-30-2026" component="C" type="1" thread="1">';
    expect(parse(raw)).toMatchObject({ timestamp: Date.parse('2026-11-30T16:05:42.123Z') });
    expect(parse(raw).parseError).toBeUndefined();
  });

  it("reads a time without a bias in the source's zone", () => {
    const raw =
      '<![LOG[x]LOG]!><time="10:15:03.4412937" date="11-27-2026" component="C" type="1" thread="1">';
    expect(parse(raw, 'Europe/Berlin').timestamp).toBe(Date.parse('2026-11-27T09:15:03.441Z'));
  });

  it('keeps a line that opens like CMTrace but has no closing mark for another format', () => {
    expect(parse('<![LOG[an unfinished message').format).not.toBe('cmtrace');
  });
});
