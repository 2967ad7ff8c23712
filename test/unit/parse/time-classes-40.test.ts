/**
 * Timestamp classes of ts40, each a shape several products write (the lines are invented, not taken
 * from any corpus): Python's `%(asctime)s.%(msecs)03d` without a `datefmt`, whose milliseconds are
 * written twice (`07,350.350`).
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-01T06:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });
const time = (line: string) => parse(line).timestamp;
const at = (iso: string) => Date.parse(iso);

describe("Python's asctime with `.%(msecs)03d` appended and no datefmt: `,350.350`", () => {
  it('reads the time, the level, the logger and the message after the doubled milliseconds', () => {
    const line = parse('2026-11-30 10:12:00,402.402 INFO worker.processing - Verified the queue URL');
    expect([line.timestamp, line.level, line.logger, line.message]).toEqual([
      at('2026-11-30T10:12:00.402Z'),
      'INFO',
      'worker.processing',
      'Verified the queue URL',
    ]);
  });

  it('reads it before a bracketed thread and a source location', () => {
    const line = parse('2026-11-30 01:14:07,005.005 WARNING [MainThread] [app.py:38] - Loaded ext (0.12 ms)');
    expect([line.timestamp, line.level, line.message]).toEqual([
      at('2026-11-30T01:14:07.005Z'),
      'WARN',
      'Loaded ext (0.12 ms)',
    ]);
  });

  it('reads it as a JSON value', () => {
    expect(time('{"time":"2026-11-30 01:14:07,350.350","level":"INFO","message":"ready"}')).toBe(
      at('2026-11-30T01:14:07.350Z'),
    );
  });
});

describe('look-alikes of doubled milliseconds the reading leaves as they were', () => {
  const unchanged = [
    // Other digits after the dot: not the same milliseconds again.
    '2026-11-30 10:12:00,402.403 INFO worker - text',
    '2026-11-30 10:12:00,402.40 INFO worker - text',
    '2026-11-30 10:12:00,402.4021 INFO worker - text',
    // A number of the text after the time.
    '2026-11-30 10:12:00,402.5 GB free',
    // A dot fraction followed by a comma and the same digits, and two commas.
    '2026-11-30 10:12:00.402,402 INFO worker - text',
    '2026-11-30 10:12:00,402,402 INFO worker - text',
    // Decimals in prose.
    'Measured 1,350.350 litres at the tank',
    'The total was 7,350.350 and not 7,350.351',
  ];
  it.each(unchanged)('reads %s as before: no time', (line) => {
    expect(time(line)).toBeUndefined();
  });

  it('reads a single comma fraction as before', () => {
    expect(time('2026-11-30 10:12:00,402 INFO worker - text')).toBe(at('2026-11-30T10:12:00.402Z'));
    expect(time('2026-11-30 10:12:00.402 INFO worker - text')).toBe(at('2026-11-30T10:12:00.402Z'));
  });
});
