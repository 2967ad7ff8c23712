/**
 * Three level conventions several products share, read through the readings a source's sample
 * proves (`core/parse/level-slot.ts`, `levels.ts`). The lines are invented, in each product's
 * documented layout.
 *
 * - libwebsockets' logger (`[yyyy/mm/dd HH:MM:SS:ffff] N: text`, ttyd, lwsws, every lws program):
 *   its letters `E W N I D`, then `P H X C L U T`; its default filter shows notices and up, so a
 *   sample's common letter is `N`. Limit: only a sample that proves a letter slot reads `N:`.
 * - A pipe-separated header whose level column holds full level words padded by spaces
 *   (`ALARM: id | module | level | code | text`, Fortinet's wireless controller; any layout of
 *   ` | `-joined columns after a syslog header): the level from the column, the message the last
 *   column. Limit: a table row closed by its pipe is no header.
 * - ArubaOS's severity column (`<ERRS>` beside `<WARN>`, `<NOTI>`): `ERRS` is ERROR where a level
 *   stands; `errs` elsewhere is a word.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { levelWord, placedLevelSpelling } from '../../../core/parse/levels.ts';
import { readSource as readLines } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const second = (n: number) => String(n).padStart(2, '0');
const readSource = (lines: readonly string[], later: readonly string[] = []) =>
  readLines(lines, receivedAt, later);

describe('ArubaOS’s severity column', () => {
  it('reads `<ERRS>` as ERROR in its learned angle column, beside `<NOTI>` and `<WARN>`', () => {
    const severity = (n: number) => (n % 7 === 3 ? 'ERRS' : n % 5 === 1 ? 'WARN' : 'NOTI');
    const lines = Array.from(
      { length: 32 },
      (_, n) =>
        `Nov 29 09:${second(10 + n)}:54 authmgr[3598]: <5220${second(n)}> <3598> <${severity(n)}> <mc-east-01>  User event ${n}`,
    );
    const { sample } = readSource(lines);
    expect(sample[3]).toMatchObject({ level: 'ERROR', message: 'User event 3' });
    expect(sample[1]?.level).toBe('WARN');
    expect(sample[2]?.level).toBe('NOTICE');
  });

  it('places `ERRS` only: in text `errs` is a word (a verb, a counter)', () => {
    expect(placedLevelSpelling('ERRS')).toBe('ERROR');
    expect(levelWord('ERRS')).toBeUndefined();
    expect(levelWord('errs')).toBeUndefined();
    expect(parseLine('2026-11-30 10:00:00 eth0 rx errs 3 dropped 0', { receivedAt }).level).toBeUndefined();
  });
});
