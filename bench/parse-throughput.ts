/**
 * Parsing throughput over a realistic mix: the six loghub samples (12,000 real lines) plus
 * synthetic JSON, logfmt and access-log lines; and the learned-structure path (`core/parse/structure.ts`):
 * the same loghub lines read through each system's structure learned from its first 32 lines, as
 * the ingest reads a source, and two layouts only a learned structure reads (a column of
 * one-character marks, a column of level letters after a thread id and a logger). Prints lines/s per group (best of `--rounds` runs of
 * `--seconds` each, so other processes on a shared machine disturb the figure less) and, for scale,
 * what `JSON.parse` alone achieves on the JSON lines on the same machine.
 *
 *   node bench/parse-throughput.ts [--zone Europe/Berlin] [--seconds 1] [--rounds 5]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compileParser, LEARNING_SAMPLE } from '../core/parse/index.ts';

const { values } = parseArgs({
  options: {
    zone: { type: 'string', default: 'UTC' },
    seconds: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '5' },
  },
});
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const receivedAt = Date.UTC(2025, 11, 31);
const parseWithOptions = compileParser({ defaultZone: values.zone });

const fixtures = fileURLToPath(new URL('../test/fixtures/loghub/', import.meta.url));
const systems = ['Apache', 'HDFS', 'Linux', 'OpenSSH', 'Spark', 'Zookeeper'].map((system) => ({
  source: system,
  lines: readFileSync(`${fixtures}${system}_2k.log`, 'utf8')
    .trimEnd()
    .split(/\r\n|\r|\n/),
}));
const loghub = systems.flatMap((s) => s.lines);

// Deterministic pseudo-random numbers so every run parses the same lines.
let seed = 42;
const rand = (n: number): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed % n;
};
const LEVELS = ['debug', 'info', 'info', 'info', 'warn', 'error'];
const PATHS = ['/', '/api/orders', '/api/orders/45231', '/static/app.js', '/login', '/health'];
const STATUS = [200, 200, 200, 201, 204, 301, 304, 400, 404, 500, 503];
const iso = (i: number): string => new Date(Date.UTC(2025, 9, 23, 14) + i * 137).toISOString();

const json = Array.from(
  { length: 4000 },
  (_, i) =>
    `{"time":"${iso(i)}","level":"${LEVELS[rand(6)]}","msg":"order processed","service":"checkout","order_id":"order_${rand(99_999)}","duration_ms":${rand(900)},"user":{"id":${rand(10_000)},"tier":"gold"}}`,
);
const logfmt = Array.from(
  { length: 4000 },
  (_, i) =>
    `ts=${iso(i)} level=${LEVELS[rand(6)]} msg="request handled" method=GET path=${PATHS[rand(6)]} status=${STATUS[rand(11)]} duration=${rand(500)}ms`,
);
const access = Array.from({ length: 4000 }, (_, i) => {
  const t = new Date(Date.UTC(2025, 9, 23, 14) + i * 137);
  const clf = `${String(t.getUTCDate()).padStart(2, '0')}/Oct/2025:${t.toISOString().slice(11, 19)} +0200`;
  return `10.0.${rand(255)}.${rand(255)} - - [${clf}] "GET ${PATHS[rand(6)]} HTTP/1.1" ${STATUS[rand(11)]} ${rand(50_000)} "https://example.com/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36"`;
});

const MARKS = ['*', '*', '*', '#', '.', '-'];
const LETTERS = ['A', 'I', 'I', 'I', 'W', 'E', 'O'];
const two = (n: number): string => String(n).padStart(2, '0');
const marked = Array.from(
  { length: 4000 },
  (_, i) =>
    `${1000 + rand(50)}:M 23 Oct 2025 14:${two(Math.floor(i / 60) % 60)}:${two(i % 60)}.${String(rand(1000)).padStart(3, '0')} ${MARKS[rand(6)]} Background saving started by pid ${rand(99_999)}`,
);
const lettered = Array.from(
  { length: 4000 },
  (_, i) =>
    `[10/23/25 14:${two(Math.floor(i / 60) % 60)}:${two(i % 60)}:${String(rand(1000)).padStart(3, '0')} UTC] 000000${rand(99).toString(16).padStart(2, '0')} WebContainer  ${LETTERS[rand(7)]}   SRVE0242I: servlet ${PATHS[rand(6)]} initialised`,
);

/** Each line with its source, and a parser that learned every source from its first lines. */
function learnedReader(sources: ReadonlyArray<{ source: string; lines: readonly string[] }>) {
  const parser = compileParser({ defaultZone: values.zone });
  for (const { source, lines } of sources) parser.learn(source, lines.slice(0, LEARNING_SAMPLE), receivedAt);
  const items = sources.flatMap(({ source, lines }) => lines.map((line) => ({ source, line })));
  const read = (item: { source: string; line: string }): number =>
    parser(item.line, receivedAt, item.source).message.length;
  return { items, read };
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rand(i + 1);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

const parse = (l: string): number => parseWithOptions(l, receivedAt).message.length;
const jsonParseOnly = (l: string): number => (JSON.parse(l) === null ? 0 : 1);

interface Rate {
  /** Lines per second of wall time. */
  readonly wall: number;
  /** Lines per second of this process's CPU time (user + system, all threads: GC included). */
  readonly cpu: number;
}

/**
 * Best rates over `rounds` runs of `work` over `lines`, each about `seconds` long. CPU time is the
 * steadier figure on a shared machine: waiting for a core does not count.
 */
function throughput<T>(lines: readonly T[], work: (line: T) => number): Rate {
  let sink = 0;
  for (let warm = 0; warm < 3; warm++) for (const l of lines) sink += work(l);
  let wall = 0;
  let cpu = 0;
  for (let round = 0; round < rounds; round++) {
    let parsed = 0;
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    const budget = BigInt(Math.round(seconds * 1e9));
    let elapsed = 0n;
    while (elapsed < budget) {
      for (const l of lines) sink += work(l);
      parsed += lines.length;
      elapsed = process.hrtime.bigint() - start;
    }
    const used = process.cpuUsage(cpuStart);
    wall = Math.max(wall, parsed / (Number(elapsed) / 1e9));
    cpu = Math.max(cpu, parsed / ((used.user + used.system) / 1e6));
  }
  if (sink < 0) console.log(sink);
  return { wall, cpu };
}

function report(name: string, count: number, rate: Rate): void {
  const fmt = (n: number): string => Math.round(n).toLocaleString('en-US').padStart(11);
  console.log(
    `${name.padEnd(36)} ${String(count).padStart(6)} lines ${fmt(rate.wall)} lines/s ${fmt(rate.cpu)} lines/cpu-s ${(1e9 / rate.cpu).toFixed(0).padStart(6)} ns/line (cpu)`,
  );
}

const groups: Record<string, readonly string[]> = {
  'loghub (6 systems)': loghub,
  'json (synthetic)': json,
  'logfmt (synthetic)': logfmt,
  'access combined (synthetic)': access,
  'mix (all above, shuffled)': shuffle([...loghub, ...json, ...logfmt, ...access]),
};

console.log(
  `node ${process.version}, zone ${values.zone}, best of ${rounds} x ${seconds}s per group, one core`,
);
for (const [name, lines] of Object.entries(groups)) report(name, lines.length, throughput(lines, parse));
const learnedGroups = {
  'learned: loghub, per system': learnedReader(systems),
  'learned: marks column (synthetic)': learnedReader([{ source: 'marks', lines: marked }]),
  'learned: letters column (synthetic)': learnedReader([{ source: 'letters', lines: lettered }]),
};
for (const [name, { items, read }] of Object.entries(learnedGroups))
  report(name, items.length, throughput(items, read));
report('for scale: JSON.parse alone', json.length, throughput(json, jsonParseOnly));
