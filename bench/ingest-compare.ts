/**
 * The ingest handler's CPU cost, this tree against a BASE checkout's, side by side in one process:
 * the same MSK events of the bench mix (`bench/corpus.ts`, v1 agent records) through each tree's
 * `ingestLogs`, encoded into `_bulk` bodies as its OpenSearch writer does, network excluded. The
 * two alternate, the order swapped each round, so a drift in a shared machine's load falls on both
 * alike; the medians and their ratio are printed. The handler target (≥ 250,000 lines per
 * CPU-second, met at `db45eba` on session 3's machine) is checked as this ratio against `db45eba`
 * on the machine at hand, since absolute rates vary with the machine by ±25 % and more.
 *
 *   git worktree add --detach ../db45eba db45eba && cp -al node_modules ../db45eba/
 *   node bench/ingest-compare.ts --base ../db45eba [--rounds 11] [--passes 2]
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { mixedLines } from './corpus.ts';
import { handlerAt } from './handler-at.ts';
import { median } from './median.ts';
import { eventsFor } from './msk-events.ts';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    rounds: { type: 'string', default: '11' },
    /** Times the whole mix goes through a handler per round. */
    passes: { type: 'string', default: '2' },
  },
});
if (values.base === undefined) {
  console.error('usage: node bench/ingest-compare.ts --base DIR [--rounds N] [--passes N]');
  process.exit(2);
}
const here = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');

/** Lines per CPU-second of `passes` passes. */
async function rateOf(pass: () => Promise<number>, passes: number): Promise<number> {
  const start = process.cpuUsage();
  let lines = 0;
  for (let i = 0; i < passes; i++) lines += await pass();
  const used = process.cpuUsage(start);
  return lines / ((used.user + used.system) / 1e6);
}

const events = eventsFor(mixedLines(), 'cpu');
const base = await handlerAt(resolve(values.base), events);
const head = await handlerAt(here, events);
const rounds = Number(values.rounds);
const passes = Number(values.passes);
const rates = { base: [] as number[], head: [] as number[] };
for (let round = 0; round < rounds; round++) {
  if (round % 2 === 0) {
    rates.base.push(await rateOf(base, passes));
    rates.head.push(await rateOf(head, passes));
  } else {
    rates.head.push(await rateOf(head, passes));
    rates.base.push(await rateOf(base, passes));
  }
}
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const [b, h] = [median(rates.base), median(rates.head)];
console.log(
  `node ${process.version}; ${events.length} events of the bench mix, ${rounds} alternating rounds of ${passes} passes`,
);
console.log(`base ${fmt(b)}, head ${fmt(h)} lines per CPU-second (medians); head/base ${(h / b).toFixed(3)}`);
console.log(`per round: ${rates.head.map((r, i) => (r / (rates.base[i] as number)).toFixed(2)).join(' ')}`);
