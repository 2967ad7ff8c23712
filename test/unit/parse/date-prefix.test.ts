/**
 * A prefix Go's `log` glues to its date (`log.New(w, "App", log.LstdFlags|log.Lshortfile)` writes
 * `App2026/11/29 11:40:05 file.go:58: text`: no space unless the prefix holds one), learned per source
 * from the same prefix on most of the sample's lines. The lines are invented, in the package's layout.
 */
import { describe, expect, it } from 'vitest';
import { learnDatePrefix } from '../../../core/parse/date-prefix.ts';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');
const TEXTS = [
  'INFO:  Initializing app...',
  'INFO:  Connected to database',
  'INFO:  Listening on :8081',
  'ERROR: could not read receipt 42',
];
const sec = (i: number) => String(i).padStart(2, '0');
const go = (prefix: string, i: number) =>
  `${prefix}2026/11/29 11:40:${sec(i)} app.go:5${i % 10}: ${TEXTS[i % 4]}`;

const learnt = (lines: readonly string[]) => learnedReader(lines, receivedAt);

describe("a prefix glued to Go's log date", () => {
  it('is stepped over where the source’s lines agree on it, and names the logger', () => {
    const read = learnt(Array.from({ length: 10 }, (_, i) => go('App', i)));
    const line = read(go('App', 3));
    expect(line.timestamp).toBe(Date.parse('2026-11-29T11:40:03Z'));
    expect(line.logger).toBe('App');
    expect(line.message).toContain('could not read receipt 42');
    // The rest is read as Go's lines without a prefix are.
    const plain = learnt(Array.from({ length: 10 }, (_, i) => go('', i)))(go('', 3));
    expect({ ...line, logger: undefined }).toEqual({ ...plain, logger: undefined });
    const micro = (i: number) => `worker_pool2026/11/29 11:40:${sec(i)}.250117 job ${i} done`;
    const readMicro = learnt(Array.from({ length: 10 }, (_, i) => micro(i)));
    expect(readMicro(micro(4))).toMatchObject({
      timestamp: Date.parse('2026-11-29T11:40:04.250Z'),
      logger: 'worker_pool',
    });
    expect(learnDatePrefix(Array.from({ length: 10 }, (_, i) => go('App', i)))).toBe('App');
  });

  it('is not learned from one line, a minority, prefixes that differ or one ending in a digit', () => {
    expect(parseLine(go('App', 1), { receivedAt }).timestamp).toBeUndefined();
    const few = Array.from({ length: 10 }, (_, i) =>
      i < 2 ? go('App', i) : `released build ${i} to staging`,
    );
    expect(learnDatePrefix(few)).toBeUndefined();
    const ids = ['abc', 'xyz', 'job', 'run', 'ops', 'dev', 'qa', 'web', 'api', 'db'];
    expect(learnDatePrefix(ids.map((id, i) => go(id, i)))).toBeUndefined();
    expect(learnDatePrefix(Array.from({ length: 10 }, (_, i) => go('node1', i)))).toBeUndefined();
    expect(learnDatePrefix(Array.from({ length: 10 }, (_, i) => go('42', i)))).toBeUndefined();
  });

  it('reads nothing in prose, nor a later line with another prefix', () => {
    const read = learnt(Array.from({ length: 10 }, (_, i) => go('App', i)));
    expect(read('tagged v2026/11/29 11:40:05 as the release').timestamp).toBeUndefined();
    expect(read(go('Other', 2)).logger).not.toBe('Other');
    const prose = (i: number) => `tagged v2026/11/29 11:40:${sec(i)} as release ${i}`;
    expect(learnDatePrefix(Array.from({ length: 10 }, (_, i) => prose(i)))).toBeUndefined();
  });

  it('is found on a later line as the sample was learned: behind colour codes or a lead', () => {
    for (const lead of ['\x1b[36mApp\x1b[0m', '\uFEFFApp', '  App']) {
      const read = learnt(Array.from({ length: 10 }, (_, i) => go(lead, i)));
      expect(read(go(lead, 3))).toMatchObject({
        timestamp: Date.parse('2026-11-29T11:40:03Z'),
        logger: 'App',
      });
      expect(read(go(lead, 3)).message).toContain('could not read receipt 42');
    }
  });

  it('gives the level, not a logger, where the prefix spells one', () => {
    const bare = (p: string, i: number) => `${p}2026/11/29 11:40:${sec(i)} disk ${i} nearly full`;
    const read = learnt(Array.from({ length: 10 }, (_, i) => bare('WARN', i)));
    const line = read(bare('WARN', 1));
    expect(line).toMatchObject({ timestamp: Date.parse('2026-11-29T11:40:01Z'), level: 'WARN' });
    expect(line.logger).toBeUndefined();
    const warden = learnt(Array.from({ length: 10 }, (_, i) => bare('Warden', i)))(bare('Warden', 1));
    expect(warden).toMatchObject({ logger: 'Warden' });
    expect(warden.level).toBeUndefined();
  });
  it('stays the line’s where the header named the logger or the level itself', () => {
    const tagged = (i: number) => `App2026/11/29 11:40:${sec(i)} tool: step ${i} done`;
    expect(learnt(Array.from({ length: 10 }, (_, i) => tagged(i)))(tagged(3))).toMatchObject({
      logger: 'tool',
      message: 'step 3 done',
      fields: { header_columns: 'App' },
    });
    const leveled = (i: number) => `WARN2026/11/29 11:40:${sec(i)} [INFO] job ${i} ran`;
    expect(learnt(Array.from({ length: 10 }, (_, i) => leveled(i)))(leveled(2))).toMatchObject({
      level: 'INFO',
      message: 'job 2 ran',
      fields: { header_columns: 'WARN' },
    });
  });
});
