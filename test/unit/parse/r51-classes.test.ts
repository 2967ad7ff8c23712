/**
 * Readings of the r51 round (issue #14): the text after Python's joined `LEVEL:name:` field opens
 * after its space wherever that field is read.
 *
 * The lines are invented.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });

describe("the text after Python's joined LEVEL:name: field", () => {
  it('opens after the space, as in a line the header finder reads whole', () => {
    // `%(asctime)s %(levelname)s:%(name)s: %(message)s` and `…:%(funcName)s: %(message)s`; the
    // whole-second time is read by the fixed timestamped format, the minute time by the header.
    for (const raw of [
      '2026-11-29 12:19:30 INFO:app.x: text',
      '2026-11-29 12:19:30 INFO:app.x:fn: text',
      '2026-11-29 12:21 INFO:app.x:fn: text',
    ])
      expect(parse(raw), raw).toMatchObject({ level: 'INFO', logger: 'app.x', message: 'text' });
  });

  it('keeps the text glued to the name, and the marks that open the text', () => {
    expect(parse('2026-11-29 12:19:30 INFO:app.x:text')).toMatchObject({ logger: 'app.x', message: 'text' });
    expect(parse('2026-11-29 12:19:30 INFO:app.x: -5 degrees')).toMatchObject({ message: '-5 degrees' });
    expect(parse('2026-11-29 12:19:30 INFO:app.x: | text')).toMatchObject({ message: '| text' });
  });
});
