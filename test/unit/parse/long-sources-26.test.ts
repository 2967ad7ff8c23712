/**
 * Classes the long-source development sets dev33 and dev34 showed (long26): each a convention
 * several products share, read as a class. The lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';
import { startsLikeStructure } from '../../../core/parse/structure.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });
const at = (iso: string) => Date.parse(iso);
const ctx = { zone: 'UTC', receivedAt };

/** A parser that learned `source` from `lines`, and a reader of that source's lines. */
function learnt(lines: readonly string[]) {
  const parser = compileParser({});
  parser.learn('src', lines, receivedAt);
  return {
    read: (line: string) => parser(line, receivedAt, 'src'),
    structure: () => parser.structureOf('src'),
  };
}

describe("WPP's trace prefix: `pid.tid::` in hex, glued before the time (Windows cluster.log, tracefmt)", () => {
  it('reads the time glued after the `::`, in any shape of the table', () => {
    const line = parse('0000137c.00001390::2026/11/28-02:14:06.117 INFO  [CS] Cluster service started');
    expect(line.timestamp).toBe(at('2026-11-28T02:14:06.117Z'));
    expect([line.level, line.message]).toEqual(['INFO', 'Cluster service started']);
    // tracefmt's default prefix, `[cpu]pid.tid::time [component]`, with a month-first date.
    const wpp = parse('[0]0A1C.0B2C::11/28/2026-02:14:06.117 [storport] Reset issued to port 2');
    expect(wpp.timestamp).toBe(at('2026-11-28T02:14:06.117Z'));
    expect(parse('1c44.1c58::2026/11/28-02:14:10.731 ERR   [RHS] Online failed').timestamp).toBe(
      at('2026-11-28T02:14:10.731Z'),
    );
  });

  it('keeps a learned source on its time, and its lines starting events', () => {
    const lines = Array.from(
      { length: 12 },
      (_, n) =>
        `0000137c.0000${1390 + n}::2026/11/28-02:14:${String(10 + n)}.117 INFO  [NM] Node ${n} joined`,
    );
    const { read, structure } = learnt(lines);
    const line = read('00001d08.00001d44::2026/11/28-02:16:00.421 ERR   [RES] Physical Disk: Error 21');
    expect([line.timestamp, line.level, line.message]).toEqual([
      at('2026-11-28T02:16:00.421Z'),
      'ERROR',
      'Physical Disk: Error 21',
    ]);
    const learned = structure();
    expect(learned).toBeDefined();
    if (learned === undefined) return;
    expect(startsLikeStructure(lines[3] as string, learned, ctx)).toBe(true);
    expect(startsLikeStructure('   at Cluster.Resource.Online()', learned, ctx)).toBe(false);
  });

  it('leaves look-alikes: a C++ scope, an IPv6 address, words before `::`', () => {
    // Not hex and dot, or no time right after the `::`.
    expect(parse('std::2026/11/28-02:14:06.117 text').timestamp).toBeUndefined();
    expect(parse('fe80::2026:11:28 is the gateway').timestamp).toBeUndefined();
    expect(parse('137c::2026/11/28-02:14:06.117 text').timestamp).toBeUndefined();
    expect(parse('0000137c.00001390:: started').timestamp).toBeUndefined();
  });
});
