/**
 * Whether trees' ingest handlers hand on the same output for the bench mix (`bench/corpus.ts`, v1
 * agent records, as `ingest-compare.ts` sends it), for speed steps meant to change nothing: every
 * `_bulk` body byte for byte and, with pattern mining, every sighting and counter the registry is
 * given, under a fixed clock. Prints a SHA-256 per tree and output; exits 1 when trees differ.
 *
 *   node bench/ingest-bodies.ts DIR [DIR ...]     # e.g. . ../main
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { mixedLines } from './corpus.ts';
import { handlerAt } from './handler-at.ts';
import { eventsFor } from './msk-events.ts';

const FIXED_CLOCK = Date.UTC(2026, 11, 4, 12);
const PASSES = 2; // the second pass meets a warm miner and known patterns

const roots = process.argv.slice(2);
if (roots.length === 0) {
  console.error('usage: node bench/ingest-bodies.ts DIR [DIR ...]');
  process.exit(2);
}
Date.now = () => FIXED_CLOCK;
const events = eventsFor(mixedLines(), 'cpu');

async function digests(root: string, mining: boolean): Promise<Record<string, string>> {
  const hashes = {
    bodies: createHash('sha256'),
    sightings: createHash('sha256'),
    counters: createHash('sha256'),
  };
  let bytes = 0;
  const pass = await handlerAt(root, events, {
    mining,
    outputs: {
      body: (body) => {
        bytes += body.length;
        hashes.bodies.update(body);
      },
      recorded: (what, items) => hashes[what].update(`${JSON.stringify(items)}\n`),
    },
  });
  for (let i = 0; i < PASSES; i++) await pass();
  const out: Record<string, string> = {
    bodies: `${hashes.bodies.digest('hex').slice(0, 16)} (${bytes} bytes)`,
  };
  if (mining) {
    out.sightings = hashes.sightings.digest('hex').slice(0, 16);
    out.counters = hashes.counters.digest('hex').slice(0, 16);
  }
  return out;
}

let differ = false;
for (const mining of [false, true]) {
  const seen = new Map<string, string>();
  for (const root of roots) {
    const result = JSON.stringify(await digests(resolve(root), mining));
    console.log(`${mining ? 'with mining' : 'handler'}  ${root}: ${result}`);
    seen.set(root, result);
  }
  if (new Set(seen.values()).size > 1) differ = true;
}
console.log(differ ? 'DIFFERENT' : 'identical');
process.exit(differ ? 1 : 0);
