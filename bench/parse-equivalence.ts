/**
 * The safety net for a change meant to leave the parser's output alone (a speed-up, a refactoring):
 * parses a large set of lines with the parser of a BASE checkout and with this tree's, as the ingest
 * does (each source learned from the first lines of each record, then its lines parsed with that
 * source), and checks every `ParsedLine` and every learned structure are the same. Lines: the six
 * loghub samples, the benchmark mix and its synthetic lines (`bench/corpus.ts`), the engines' own logs,
 * the development corpora (never a held-out one), and ~100,000 lines from the fuzz test's generator
 * (`test/support/fuzz-lines.ts`) with a fixed seed.
 *
 *   git worktree add --detach ../base main && cp -al node_modules ../base/
 *   node bench/parse-equivalence.ts --base ../base [--fuzz 100000] [--seed 1] [--record 100]
 *
 * Prints the lines compared and the first 20 differences; exits 1 when there is any.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import fc from 'fast-check';
import type { CompiledParser, ParseOptions } from '../core/parse/index.ts';
import { fuzzLine } from '../test/support/fuzz-lines.ts';
import { corpusLinesBySource, loghubLines, mixedLines, syntheticLines } from './corpus.ts';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    fuzz: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    record: { type: 'string', default: '100' },
  },
});
if (values.base === undefined) {
  console.error('usage: node bench/parse-equivalence.ts --base DIR [--fuzz N] [--seed N] [--record N]');
  process.exit(2);
}
const here = fileURLToPath(new URL('..', import.meta.url));
const baseRoot = resolve(values.base);
const fuzzCount = Number(values.fuzz);
const seed = Number(values.seed);
/** Lines of a record: the ingest learns (or keeps) a source's structure once per record. */
const recordLines = Number(values.record);
/** What the ingest shows `learn` of each record (`core/log-document.ts`'s `sampleOf`). */
const SAMPLE_LINES = 32;
const RECEIVED_AT = Date.parse('2026-12-02T05:00:00Z');
const OPTIONS: ParseOptions = { defaultZone: 'UTC' };

interface Source {
  readonly name: string;
  readonly lines: readonly string[];
}

function fileLines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .trimEnd()
    .split(/\r\n|\r|\n/);
}

function loghubSources(): Source[] {
  const dir = `${here}test/fixtures/loghub/`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('_2k.log'))
    .sort()
    .map((f) => ({ name: `loghub/${f}`, lines: fileLines(`${dir}${f}`) }));
}

function engineSources(): Source[] {
  const dir = `${here}bench/fixtures/engine-logs/`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.log'))
    .sort()
    .map((f) => ({ name: `engines/${f}`, lines: fileLines(`${dir}${f}`) }));
}

/** Each source of each development corpus, in file order. Held-out corpora are never opened. */
function corpusSources(): Source[] {
  const dir = `${here}bench/fixtures/`;
  const sources: Source[] = [];
  for (const set of readdirSync(dir).sort()) {
    if (!set.startsWith('format-docs') || set.includes('heldout')) continue;
    for (const [source, lines] of corpusLinesBySource(`${dir}${set}/corpus.jsonl`))
      sources.push({ name: `${set}/${source}`, lines });
  }
  return sources;
}

/** The fuzz test's generated lines (`test/support/fuzz-lines.ts`), with a fixed seed. */
function fuzzSources(count: number): Source[] {
  if (count <= 0) return [];
  // One source per 50 lines, as the fuzz test makes one record of each 50.
  const batches = fc.sample(fc.array(fuzzLine, { minLength: 50, maxLength: 50 }), {
    numRuns: Math.ceil(count / 50),
    seed,
  });
  return batches.map((lines, i) => ({ name: `fuzz/${i}`, lines }));
}

function allSources(): Source[] {
  const { json, logfmt, access } = syntheticLines(4000);
  return [
    ...loghubSources(),
    { name: 'corpus/mixedLines', lines: mixedLines() },
    { name: 'corpus/loghubLines', lines: loghubLines },
    { name: 'corpus/synthetic-json', lines: json },
    { name: 'corpus/synthetic-logfmt', lines: logfmt },
    { name: 'corpus/synthetic-access', lines: access },
    ...engineSources(),
    ...corpusSources(),
    ...fuzzSources(fuzzCount),
  ];
}

/** A tree's parser and the names of its timestamp shapes, in their table's order. */
interface TreeParser {
  compileParser: (options: ParseOptions) => CompiledParser;
  shapeNames: readonly string[];
}

/**
 * Everything a parser said about the sources: each line's result and each learned structure, in
 * order. A structure's shape is compared by its name: a row added to the timestamp table moves the
 * index of every shape after it, and that is no difference in what the parser learned.
 */
function readAll({ compileParser, shapeNames }: TreeParser, sources: readonly Source[]) {
  const parser = compileParser(OPTIONS);
  const results: unknown[] = [];
  const labels: string[] = [];
  for (const { name, lines } of sources) {
    for (let start = 0; start < lines.length; start += recordLines) {
      const record = lines.slice(start, start + recordLines);
      parser.learn(name, record.slice(0, SAMPLE_LINES), RECEIVED_AT);
      const structure = parser.structureOf(name);
      results.push(
        structure === undefined
          ? null
          : { ...structure, shape: structure.shape < 0 ? structure.shape : shapeNames[structure.shape] },
      );
      labels.push(`${name}: structure learned at line ${start + 1}`);
      for (const [i, line] of record.entries()) {
        results.push(parser(line, RECEIVED_AT, name));
        labels.push(`${name}: line ${start + i + 1}: ${JSON.stringify(line)}`);
      }
    }
  }
  return { results, labels };
}

async function parserAt(root: string): Promise<TreeParser> {
  const module = (await import(pathToFileURL(`${root}/core/parse/index.ts`).href)) as {
    compileParser: (options: ParseOptions) => CompiledParser;
  };
  const shapes = (await import(pathToFileURL(`${root}/core/parse/timestamp-shapes.ts`).href)) as {
    TIMESTAMP_SHAPES: readonly { name: string }[];
  };
  return {
    compileParser: module.compileParser,
    shapeNames: shapes.TIMESTAMP_SHAPES.map((shape) => shape.name),
  };
}

const sources = allSources();
const lineCount = sources.reduce((n, s) => n + s.lines.length, 0);
const [baseParser, headParser] = await Promise.all([parserAt(baseRoot), parserAt(here.replace(/\/$/, ''))]);
const base = readAll(baseParser, sources);
const head = readAll(headParser, sources);

const differences: string[] = [];
for (let i = 0; i < Math.max(base.results.length, head.results.length); i++) {
  const a = base.results[i];
  const b = head.results[i];
  if (JSON.stringify(a) === JSON.stringify(b) && isDeepStrictEqual(a, b)) continue;
  differences.push(`${base.labels[i]}\n  base: ${JSON.stringify(a)}\n  head: ${JSON.stringify(b)}`);
}

console.log(
  `${lineCount} lines from ${sources.length} sources compared (base ${baseRoot}, head ${here}), records of ${recordLines} lines, fuzz seed ${seed}`,
);
if (differences.length === 0) {
  console.log('no differences');
} else {
  console.log(`${differences.length} differences; the first ${Math.min(20, differences.length)}:`);
  for (const d of differences.slice(0, 20)) console.log(d);
  process.exit(1);
}
