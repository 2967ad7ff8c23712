/**
 * A level word padded to its column's width with a fill character other than a space
 * (`core/parse/levels.ts`, `paddedLevelEnd`). The class: fixed-width level fields whose layout fills
 * the width with `_` or `.` (OpenGTS's `[INFO_|11/30 14:11:40|Main.main:178]`, `WARN_`, `ERROR`):
 * the level word is read when the fill runs to the field's end and a separator follows (`|`, `]`,
 * `:` or a space; a `.` fill only before `|` or `]`, as a sentence ends with one), the word in
 * capitals and the field at most 7 characters wide. Never inside an identifier: `ERROR_CODE`,
 * `INFO_URL`, `WARN_LIMIT=3` go on to letters or `=`. Limits: a fill in lower or title case
 * (`info__`) or a wider column (`WARNING____`) is not read; `WARN_` standing alone where a level
 * stands is read as WARN. The lines are invented, OpenGTS's after its documented layout.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { readSource } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const second = (n: number) => String(n % 60).padStart(2, '0');

describe('a level word padded with `_` or `.` to its column width', () => {
  it('reads OpenGTS’s `INFO_`, `WARN_` and `ERROR` learned as a column before the time', () => {
    const levels = ['INFO_', 'INFO_', 'WARN_', 'INFO_', 'ERROR', 'INFO_', 'DEBUG', 'INFO_'];
    const lines = Array.from(
      { length: 32 },
      (_, n) =>
        `[${levels[n % 8]}|11/30 14:11:${second(n)}|TrackServer.startTCP:${200 + n}] Starting listener ${n}`,
    );
    const { sample } = readSource(lines, receivedAt);
    expect(sample.map((p) => p.level)).toEqual(
      lines.map((_, n) => (levels[n % 8] as string).replace('_', '')),
    );
    expect(sample[0]?.message).toBe('Starting listener 0');
  });

  it('reads one line alone, the fill before `|`, `]`, `:` or a space', () => {
    const read = (line: string) => parseLine(line).level;
    expect(read('[WARN_|11/30 14:12:04|TrackClientPacketHandler.parseLogin:417] IMEI not found')).toBe(
      'WARN',
    );
    expect(read('2026-11-30 14:11:40 INFO__ [main] c.e.Svc - started')).toBe('INFO');
    expect(read('2026-11-30 14:11:40 [INFO..] started')).toBe('INFO');
    expect(read('2026-11-30 14:11:40 | WARN_ | started')).toBe('WARN');
    expect(read('2026-11-30 14:11:40 DEBUG_: started')).toBe('DEBUG');
  });

  it('leaves the fill out of the message', () => {
    expect(parseLine('2026-11-30 14:11:40 [INFO..] started').message).toBe('started');
    expect(parseLine('2026-11-30 14:11:40 WARN_ | started').message).toBe('started');
  });
});

describe('identifiers and text with a level word and a fill character read no level', () => {
  it.each([
    '2026-11-30 14:11:40 ERROR_CODE=42 returned by backend',
    '2026-11-30 14:11:40 INFO_URL: http://example.com/x',
    '[ERROR_CODE|11/30 14:11:40|Main.main:178] x',
    '2026-11-30 14:11:40 level set to INFO. restarting',
    '2026-11-30 14:11:40 info__ lower case fill',
    '2026-11-30 14:11:40 WARNING____ wider than a column',
  ])('%s', (line) => {
    expect(parseLine(line).level).toBeUndefined();
  });

  it('`WARN_LIMIT=3`: no level', () => {
    expect(parseLine('2026-11-30 14:11:40 WARN_LIMIT=3 reached').level).toBeUndefined();
  });
});
