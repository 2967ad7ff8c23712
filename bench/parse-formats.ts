/**
 * Parse cost per format, in CPU nanoseconds per line, of this tree's parser against a BASE
 * checkout's: each loghub system and each synthetic format (`bench/corpus.ts`) as its own source,
 * learned from its first 32 lines as the ingest does. Base and head alternate, in turn order, for
 * `--rounds` rounds of about `--seconds` each; the medians are printed, as a shared machine's noise
 * (±25 %) makes a single run say little.
 *
 *   node bench/parse-formats.ts --base ../base [--rounds 7] [--seconds 0.3]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { CompiledParser, ParseOptions } from '../core/parse/index.ts';
import { syntheticLines } from './corpus.ts';
import { median } from './median.ts';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    rounds: { type: 'string', default: '7' },
    seconds: { type: 'string', default: '0.3' },
  },
});
if (values.base === undefined) {
  console.error('usage: node bench/parse-formats.ts --base DIR [--rounds N] [--seconds S]');
  process.exit(2);
}
const here = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const rounds = Number(values.rounds);
const seconds = Number(values.seconds);
const RECEIVED_AT = Date.parse('2026-12-02T05:00:00Z');
const SAMPLE_LINES = 32;

const fixtures = `${here}/test/fixtures/loghub/`;
const synthetic = syntheticLines(4000);
const formats: Record<string, readonly string[]> = {
  ...Object.fromEntries(
    ['OpenSSH', 'Linux', 'HDFS', 'Spark', 'Zookeeper', 'Apache'].map((system) => [
      system,
      readFileSync(`${fixtures}${system}_2k.log`, 'utf8')
        .trimEnd()
        .split(/\r\n|\r|\n/),
    ]),
  ),
  json: synthetic.json,
  logfmt: synthetic.logfmt,
  access: synthetic.access,
};

async function readerAt(root: string): Promise<(format: string) => number> {
  const { compileParser } = (await import(pathToFileURL(`${root}/core/parse/index.ts`).href)) as {
    compileParser: (options: ParseOptions) => CompiledParser;
  };
  const parser = compileParser({ defaultZone: 'UTC' });
  for (const [format, lines] of Object.entries(formats))
    parser.learn?.(format, lines.slice(0, SAMPLE_LINES), RECEIVED_AT);
  return (format) => {
    const lines = formats[format] ?? [];
    let sink = 0;
    for (const line of lines) sink += parser(line, RECEIVED_AT, format).message.length;
    return sink;
  };
}

/** CPU nanoseconds per line of reading `format` for about `seconds`. */
function costOf(read: (format: string) => number, format: string): number {
  const lines = formats[format]?.length ?? 1;
  const start = process.cpuUsage();
  let parsed = 0;
  let used = 0;
  while (used < seconds * 1e6) {
    read(format);
    parsed += lines;
    const spent = process.cpuUsage(start);
    used = spent.user + spent.system;
  }
  return (used * 1000) / parsed;
}

const base = await readerAt(resolve(values.base));
const head = await readerAt(here);
for (const format of Object.keys(formats)) for (let warm = 0; warm < 5; warm++) base(format) + head(format);

const costs = new Map<string, { base: number[]; head: number[] }>();
for (let round = 0; round < rounds; round++) {
  for (const format of Object.keys(formats)) {
    const entry = costs.get(format) ?? { base: [], head: [] };
    costs.set(format, entry);
    // Alternate which goes first, so a drift in the machine's load falls on both alike.
    if (round % 2 === 0) {
      entry.base.push(costOf(base, format));
      entry.head.push(costOf(head, format));
    } else {
      entry.head.push(costOf(head, format));
      entry.base.push(costOf(base, format));
    }
  }
}

console.log(`node ${process.version}; medians of ${rounds} alternating rounds of ${seconds}s; CPU ns/line`);
console.log(`${'format'.padEnd(10)} ${'base'.padStart(8)} ${'head'.padStart(8)} ${'change'.padStart(8)}`);
for (const [format, { base: b, head: h }] of costs) {
  const mb = median(b);
  const mh = median(h);
  console.log(
    `${format.padEnd(10)} ${mb.toFixed(0).padStart(8)} ${mh.toFixed(0).padStart(8)} ${`${(((mh - mb) / mb) * 100).toFixed(0)} %`.padStart(8)}`,
  );
}
