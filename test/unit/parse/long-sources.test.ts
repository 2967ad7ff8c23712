/**
 * Classes the first long-source development sets (dev25, dev26) showed: each a convention several
 * products share, read as a class. The lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });
const pick = (line: ReturnType<typeof parse>) => [line.level, line.logger, line.message];

describe("log4j's TTCC layout (`%r [%t] %-5p %c %x - %m`) with a thread name holding brackets", () => {
  it('reads level, logger and message whatever the thread name nests', () => {
    expect(pick(parse('54207 [Pool(0)(4)[0]] INFO  org.example.id.IdPool  - Acquired block 4'))).toEqual([
      'INFO',
      'org.example.id.IdPool',
      'Acquired block 4',
    ]);
    expect(pick(parse('240912 [Graph[main]:metrics] WARN  org.example.Metrics  - count=3'))).toEqual([
      'WARN',
      'org.example.Metrics',
      'count=3',
    ]);
    expect(pick(parse('12 [worker(2)] ERROR org.example.Job  - failed'))).toEqual([
      'ERROR',
      'org.example.Job',
      'failed',
    ]);
    // The leading number is milliseconds since start (`%r`), never a time.
    expect(
      parse('54207 [Pool(0)(4)[0]] INFO  org.example.id.IdPool  - Acquired block 4').timestamp,
    ).toBeUndefined();
  });

  it('keeps the level column a source learned when some threads nest brackets', () => {
    const threads = ['main', 'Pool(0)(4)[0]', 'exec-2', 'Graph[g]:metrics', 'exec-5', 'main'];
    const lines = Array.from(
      { length: 30 },
      (_, n) =>
        `${n * 977} [${threads[n % threads.length]}] ${n % 4 === 0 ? 'WARN ' : 'INFO '} org.example.C${n}  - step ${n}`,
    );
    const parser = compileParser({});
    parser.learn('ttcc', lines, receivedAt);
    const read = lines.map((line) => parser(line, receivedAt, 'ttcc'));
    expect(read.filter((line) => line.level === undefined)).toEqual([]);
    expect(read[1]).toMatchObject({ level: 'INFO', logger: 'org.example.C1', message: 'step 1' });
    expect(read[3]).toMatchObject({ level: 'INFO', logger: 'org.example.C3', message: 'step 3' });
  });

  it('leaves brackets with spaces, and brackets that nest nothing, split as before', () => {
    // A bracket holding spaces is no thread name of one field: the level after it is still found.
    expect(parse('2026-11-30 14:02:11 [pool 1 [x]] ERROR boom').level).toBe('ERROR');
    // Chromium's colon header keeps its colon fields (its own source location in parentheses).
    expect(parse('[4821:4821:1130/100000.123456:WARNING:gpu_init.cc(523)] text').level).toBe('WARN');
    // A level inside a nested bracket is a name's part, not the line's level.
    expect(parse('54207 [ERROR[1]] did run').level).toBeUndefined();
  });
});
