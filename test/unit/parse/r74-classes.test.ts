/**
 * Classes of issue #14's round r74: Go, JavaScript and TypeScript loggers' layouts. The lines are
 * invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { readSource } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });

/*
 * CLASS: go-ethereum's terminal format (`log/format.go`: the level padded to five letters, `[`,
 * `termTimeFormat` `01-02|15:04:05.000`, `] `, the message padded to 40 before its pairs) under a
 * relay's whole-second syslog header (geth and its forks, Polygon's bor, under journald or rsyslog):
 * the inner clock is the header's second written to the millisecond, and the terminal stamp leaves
 * the message.
 */
describe("go-ethereum's terminal stamp after a syslog header", () => {
  const lines = [
    'Nov 30 13:04:17 node-7 geth[4121]: INFO [11-30|13:04:17.362] Starting peer-to-peer node               instance=Geth/v1.14.12',
    'Nov 30 13:04:17 node-7 geth[4121]: INFO [11-30|13:04:17.366] Maximum peer count                       ETH=50 total=50',
    'Nov 30 13:04:21 node-7 geth[4121]: WARN [11-30|13:04:21.179] Snapshot extension registration failed   peer=3f29a1b7',
    'Nov 30 13:04:26 node-7 geth[4121]: INFO [11-30|13:04:26.134] Imported new chain segment               number=21,804,113 txs=143',
    'Nov 30 13:04:28 node-7 geth[4121]: DEBUG[11-30|13:04:28.230] Unindexed transactions                   blocks=1 txs=88',
    'Nov 30 13:05:06 node-7 geth[4121]: INFO [11-30|13:05:06.258] Looking for peers                        peercount=31 tried=118',
  ];

  it('reads the inner clock to the millisecond and cuts the stamp from the message, learned or alone', () => {
    const { sample } = readSource(lines, receivedAt);
    const alone = lines.map(parse);
    for (const read of [sample, alone]) {
      expect(read.map((line) => line.timestamp)).toEqual([
        Date.parse('2026-11-30T13:04:17.362Z'),
        Date.parse('2026-11-30T13:04:17.366Z'),
        Date.parse('2026-11-30T13:04:21.179Z'),
        Date.parse('2026-11-30T13:04:26.134Z'),
        Date.parse('2026-11-30T13:04:28.230Z'),
        Date.parse('2026-11-30T13:05:06.258Z'),
      ]);
      expect(read.map((line) => line.level)).toEqual(['INFO', 'INFO', 'WARN', 'INFO', 'DEBUG', 'INFO']);
      expect(read.filter((line) => line.message.startsWith('['))).toEqual([]);
    }
    expect(alone[0]?.message).toMatch(/^Starting peer-to-peer node\b/);
    expect(sample[3]?.message).toBe('Imported new chain segment');
  });

  it('leaves a stamp of another day, another second, or written further into the text', () => {
    const otherDay = parse('Nov 30 13:04:17 node-7 geth[4121]: INFO [11-29|13:04:17.362] Replayed block');
    expect(otherDay.timestamp).toBe(Date.parse('2026-11-30T13:04:17Z'));
    expect(otherDay.message).toBe('[11-29|13:04:17.362] Replayed block');
    const otherSecond = parse('Nov 30 13:04:17 node-7 geth[4121]: INFO [11-30|13:04:18.362] Replayed block');
    expect(otherSecond.timestamp).toBe(Date.parse('2026-11-30T13:04:17Z'));
    expect(otherSecond.message).toBe('[11-30|13:04:18.362] Replayed block');
    const inText = parse('Nov 30 13:04:17 node-7 app[41]: replayed until [11-30|13:04:17.362] then stopped');
    expect(inText.timestamp).toBe(Date.parse('2026-11-30T13:04:17Z'));
    expect(inText.message).toBe('replayed until [11-30|13:04:17.362] then stopped');
  });
});
