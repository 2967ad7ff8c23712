/**
 * The ingest handler's cost in instructions, steadier than CPU time on a shared machine: the bench
 * mix (`bench/corpus.ts`, v1 agent records, as `ingest-compare.ts` sends it) through each tree's
 * handler under valgrind's cachegrind, with a fixed clock (the handler has time-dependent paths)
 * and `node --single-threaded` (else the collector's and compiler's threads are counted too) with
 * fixed hash and random seeds.
 * `--mining` runs the handler with each tree's pattern mining (registry in memory), as the mining
 * row of `ingest-throughput.ts` does.
 * Each tree runs 2 and 6 passes; per pass = (I6 − I2) / 4, which leaves out start-up, loading and
 * the warm-up. Takes a few minutes per tree. Needs `valgrind` on the PATH.
 * Repeat runs of one tree still differ by 1–3 % (the collector's schedule follows the clock), and by
 * 10–20 % on a loaded machine: quote the median of a few. `--predictable-gc` runs node with
 * `--predictable-gc-schedule`, which brings them closer (within about 0.3 % in most runs; one tree
 * read 62.30k and 61.77k in two runs on 6 December, its scavenge count still varying with the
 * clock), though its small heap adds about a fifth more instructions of collection: compare such
 * counts only with each other, the median of a few.
 *
 *   node bench/ingest-instructions.ts [--mining] [--predictable-gc] DIR [DIR ...]     # e.g. . ../db45eba
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { mixedLines } from './corpus.ts';
import { handlerAt } from './handler-at.ts';
import { eventsFor } from './msk-events.ts';

const FIXED_CLOCK = Date.UTC(2026, 11, 4, 12); // any fixed time: only its being fixed matters
const [FEW, MANY] = [2, 6];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    passes: { type: 'string' },
    mining: { type: 'boolean', default: false },
    'predictable-gc': { type: 'boolean', default: false },
  },
});

if (values.passes !== undefined) {
  // The child: `passes` passes of one tree's handler, counted by the parent's valgrind.
  Date.now = () => FIXED_CLOCK;
  const events = eventsFor(mixedLines(), 'cpu');
  const pass = await handlerAt(resolve(positionals[0] ?? '.'), events, { mining: values.mining });
  let lines = 0;
  for (let i = 0; i < Number(values.passes); i++) lines += await pass();
  console.log(lines / Number(values.passes));
} else {
  if (positionals.length === 0) {
    console.error('usage: node bench/ingest-instructions.ts [--mining] [--predictable-gc] DIR [DIR ...]');
    process.exit(2);
  }
  const script = fileURLToPath(import.meta.url);
  const count = (root: string, passes: number): { instructions: number; lines: number } => {
    const run = spawnSync(
      'valgrind',
      [
        '--tool=cachegrind',
        '--cache-sim=no',
        '--cachegrind-out-file=/dev/null',
        process.execPath,
        '--single-threaded',
        '--hash-seed=1',
        '--random-seed=1',
        ...(values['predictable-gc'] ? ['--predictable-gc-schedule'] : []),
        script,
        root,
        '--passes',
        String(passes),
        ...(values.mining ? ['--mining'] : []),
      ],
      { encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    const refs = /I\s+refs:\s+([\d,]+)/.exec(run.stderr);
    if (run.status !== 0 || refs?.[1] === undefined) throw new Error(`${root}: ${run.stderr.slice(-2000)}`);
    return { instructions: Number(refs[1].replaceAll(',', '')), lines: Number(run.stdout.trim()) };
  };
  for (const root of positionals) {
    const few = count(resolve(root), FEW);
    const many = count(resolve(root), MANY);
    const perLine = (many.instructions - few.instructions) / (MANY - FEW) / many.lines;
    console.log(
      `${root}: ${(perLine / 1000).toFixed(2)}k instructions per line (${many.lines} lines per pass)`,
    );
  }
}
