/**
 * Pattern mining's speed and memory, the miner alone (`core/patterns/miner.ts`):
 *
 * 1. Lines per CPU-second mining the messages of the six Loghub samples (12,000 real lines, one
 *    miner per system, as ingest keeps one per service), best of `--rounds` runs of `--seconds`.
 *    Target ≥ 150,000.
 * 2. Memory per service: the heap one miner holds after learning each sample, measured (heap
 *    after a forced GC, with and without the miner) and as the miner's own estimate; and a miner
 *    fed ever-new kinds of lines, to show the bound (`maxPatterns`) holds.
 *
 *   node --expose-gc bench/pattern-mining.ts [--seconds 1] [--rounds 5]
 */
import { parseArgs } from 'node:util';
import { PatternMiner } from '../core/patterns/miner.ts';
import { loghubTruth } from '../test/unit/parse/loghub-fixtures.ts';
import { LOGHUB_SYSTEMS } from './pattern-accuracy.ts';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '1' }, rounds: { type: 'string', default: '5' } },
});
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);

const samples = LOGHUB_SYSTEMS.map((system) => ({
  system,
  messages: loghubTruth(system).map((row) => row.Content ?? ''),
}));

/** Best lines per CPU-second (user + system, GC included) and per wall second. */
function miningRate(): { cpu: number; wall: number } {
  const miners = samples.map(({ system }) => new PatternMiner(system));
  let sink = 0;
  const mineAll = () => {
    let lines = 0;
    samples.forEach(({ messages }, i) => {
      const miner = miners[i] as PatternMiner;
      for (const message of messages) sink += miner.mine(message).id.length;
      lines += messages.length;
    });
    return lines;
  };
  for (let warm = 0; warm < 3; warm++) mineAll();
  let cpu = 0;
  let wall = 0;
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    let lines = 0;
    while (Number(process.hrtime.bigint() - start) < seconds * 1e9) lines += mineAll();
    const used = process.cpuUsage(cpuStart);
    const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
    cpu = Math.max(cpu, lines / ((used.user + used.system) / 1e6));
    wall = Math.max(wall, lines / elapsed);
  }
  if (sink < 0) console.log(sink);
  return { cpu, wall };
}

function heapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('run with node --expose-gc to measure memory');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

const rate = miningRate();
console.log(`node ${process.version}, best of ${rounds} x ${seconds}s, one core`);
console.log(
  `mining alone (6 Loghub samples, 12,000 lines): ${fmt(rate.cpu)} lines/cpu-s, ${fmt(rate.wall)} lines/s`,
);
console.log('');
console.log('| service | patterns | heap measured (KB) | miner estimate (KB) |');
console.log('|---|---|---|---|');
const COPIES = 20;
const kept: PatternMiner[][] = [];
for (const { system, messages } of samples) {
  // Twenty miners learning the same lines, so the heap's noise is small against what they hold.
  const before = heapAfterGc();
  const miners = Array.from({ length: COPIES }, () => new PatternMiner(system));
  for (const miner of miners) for (const message of messages) miner.mine(message);
  const after = heapAfterGc();
  kept.push(miners);
  const footprint = (miners[0] as PatternMiner).footprint();
  console.log(
    `| ${system} | ${footprint.patterns} | ${fmt((after - before) / COPIES / 1024)} | ${fmt(footprint.bytes / 1024)} |`,
  );
}

// Ever-new kinds of line: most words are new each time, so each is a pattern until eviction
// bounds them. Its heap is what letting it go frees (the flood's garbage would blur a before/after).
let flood: PatternMiner | undefined = new PatternMiner('flood');
for (let i = 0; i < 200_000; i++) {
  const kind = letters(i);
  flood.mine(`${kind}a ${kind}b failed for ${kind}c during ${kind}d`);
}
const footprint = flood.footprint();
const withFlood = heapAfterGc();
flood = undefined;
const freed = withFlood - heapAfterGc();
console.log(
  `| 200,000 lines of distinct kinds | ${footprint.patterns} (bound 2,000) | ${fmt(freed / 1024)} | ${fmt(footprint.bytes / 1024)} |`,
);

/** `n` written in letters only, so masking leaves it a word. */
function letters(n: number): string {
  return n.toString(26).replace(/[0-9]/g, (digit) => String.fromCharCode(113 + Number(digit)));
}
