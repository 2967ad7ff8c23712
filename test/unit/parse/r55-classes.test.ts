/**
 * Readings of the r55 round (issue #14), one class per block: a `±hhmm` after a time that cannot be
 * a UTC offset.
 *
 * The lines are invented.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });

describe('a ±hhmm after a time that is no UTC offset', () => {
  it('leaves a thread id glued between dashes, or with minutes no zone has, out of the time', () => {
    expect(parse('[06:15:02.114-0001-INF] Startup State: starting')?.timestamp).toBe(
      Date.parse('2026-11-30T06:15:02.114Z'),
    );
    expect(parse('[2026-11-30 06:15:02.114-0014-WRN] Disk nearly full')?.timestamp).toBe(
      Date.parse('2026-11-30T06:15:02.114Z'),
    );
    // A whole hour is an offset's shape, but a word glued after it by a dash makes it a field.
    expect(parse('[2026-11-30 06:15:02.114-0100-INF] Indexing')?.timestamp).toBe(
      Date.parse('2026-11-30T06:15:02.114Z'),
    );
    expect(parse('2026-11-30T06:15:02-0007 queued')?.timestamp).toBe(Date.parse('2026-11-30T06:15:02Z'));
  });

  it('still reads real offsets: whole, half and three-quarter hours, Z, before a space, a bracket or the end', () => {
    expect(parse('2026-11-30T06:15:02+0530 started')?.timestamp).toBe(Date.parse('2026-11-30T00:45:02Z'));
    expect(parse('2026-11-30 06:15:02 -0800 started')?.timestamp).toBe(Date.parse('2026-11-30T14:15:02Z'));
    expect(parse('2026-11-30T06:15:02+05:45 started')?.timestamp).toBe(Date.parse('2026-11-30T00:30:02Z'));
    expect(parse('2026-11-30T06:15:02-0330 started')?.timestamp).toBe(Date.parse('2026-11-30T09:45:02Z'));
    expect(parse('2026-11-30T06:15:02Z started')?.timestamp).toBe(Date.parse('2026-11-30T06:15:02Z'));
    expect(parse('[2026-11-30T06:15:02-0800] started')?.timestamp).toBe(Date.parse('2026-11-30T14:15:02Z'));
    expect(parse('2026-11-30T06:15:02.114-0800')?.timestamp).toBe(Date.parse('2026-11-30T14:15:02.114Z'));
    expect(parse('2026-11-30T06:15:02+01:00-INFO started')?.timestamp).toBe(
      Date.parse('2026-11-30T05:15:02Z'),
    );
  });
});
