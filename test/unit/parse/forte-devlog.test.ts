/**
 * Eclipse 4diac FORTE's devlog line, `LEVEL: T#<n>: text`: since 2024 `<n>` is the wall clock's
 * nanoseconds since 1970 (`plainTimeString.cpp`, `getNanoSecondsRealtime`); before, the monotonic
 * clock's since boot (`getNanoSecondsMonotonic`), which is no time of day. The lines are invented.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });

describe("FORTE's T# stamp", () => {
  it('reads 19 digits of epoch nanoseconds after the level, the text after its colon', () => {
    expect(parse('INFO: T#1795996721043000881: Bootfile correctly loaded')).toMatchObject({
      timestamp: Date.parse('2026-11-29T23:58:41.043Z'),
      level: 'INFO',
      message: 'Bootfile correctly loaded',
    });
    expect(parse('WARNING: T#1795996724185003155: Modbus: connection timed out')).toMatchObject({
      timestamp: Date.parse('2026-11-29T23:58:44.185Z'),
      level: 'WARN',
      message: 'Modbus: connection timed out',
    });
  });

  it('serves a learned source', () => {
    const parser = compileParser({});
    const lines = [
      'INFO: T#1795996721000000123: FORTE is up and running',
      'INFO: T#1795996721046001260: Creating resource PLC_RES of type EMB_RES',
      'ERROR: T#1795996724185003155: Modbus: connection to 192.0.2.140:502 failed',
    ];
    parser.learn('forte', lines, receivedAt);
    expect(parser(lines[2] ?? '', receivedAt, 'forte')).toMatchObject({
      timestamp: Date.parse('2026-11-29T23:58:44.185Z'),
      level: 'ERROR',
      message: 'Modbus: connection to 192.0.2.140:502 failed',
    });
  });

  it.each([
    ["an older FORTE's monotonic nanoseconds since boot", 'INFO: T#3598000123004: FORTE is up and running'],
    ['19 digits outside 2000 to 2100', 'INFO: T#9195996721000000123: FORTE is up and running'],
    ['19 digits with no colon after them', 'INFO: T#1795996721000000123 FORTE is up and running'],
    ['an IEC 61131-3 duration', 'INFO: T#5s: cycle time'],
    ['epoch nanoseconds after another mark', 'INFO: D#1795996721000000123: text'],
    // review73: a stamp a line's text writes, not after its opening level.
    ['the stamp inside the text', 'hello T#4102444799000000000: x'],
    ['the stamp after a level inside the text', 'user wrote INFO: T#1795996721000000123: x'],
  ])('reads no time from %s', (_, raw) => {
    expect(parse(raw).timestamp).toBeUndefined();
    expect(parse(raw).message).toContain('#');
  });
});
