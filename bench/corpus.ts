/**
 * A realistic mix of log lines for the benchmarks: the six loghub samples (12,000 real lines) plus
 * synthetic JSON, logfmt and access-log lines, generated deterministically.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const fixtures = fileURLToPath(new URL('../test/fixtures/loghub/', import.meta.url));

export const loghubLines: readonly string[] = [
  'Apache',
  'HDFS',
  'Linux',
  'OpenSSH',
  'Spark',
  'Zookeeper',
].flatMap((system) =>
  readFileSync(`${fixtures}${system}_2k.log`, 'utf8')
    .trimEnd()
    .split(/\r\n|\r|\n/),
);

/**
 * The raw lines of a `corpus.jsonl` (one `{ source, line, … }` row per line) grouped by source, each
 * source's lines in file order, the sources in order of first appearance.
 */
export function corpusLinesBySource(path: string): Map<string, string[]> {
  const bySource = new Map<string, string[]>();
  for (const row of readFileSync(path, 'utf8').split(/\r\n|\r|\n/)) {
    if (row.trim() === '') continue;
    const { source, line } = JSON.parse(row) as { source: string; line: string };
    const lines = bySource.get(source);
    if (lines === undefined) bySource.set(source, [line]);
    else lines.push(line);
  }
  return bySource;
}

/** Deterministic pseudo-random integers in [0, n), so every run sees the same lines. */
export function seededRandom(seed = 42): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % n;
  };
}

const LEVELS = ['debug', 'info', 'info', 'info', 'warn', 'error'];
const PATHS = ['/', '/api/orders', '/api/orders/45231', '/static/app.js', '/login', '/health'];
const STATUS = [200, 200, 200, 201, 204, 301, 304, 400, 404, 500, 503];

export interface SyntheticLines {
  readonly json: readonly string[];
  readonly logfmt: readonly string[];
  readonly access: readonly string[];
}

/** `count` lines of each synthetic format, timestamps from `start` onwards. */
export function syntheticLines(
  count: number,
  start = Date.UTC(2025, 9, 23, 14),
  rand = seededRandom(),
): SyntheticLines {
  const iso = (i: number): string => new Date(start + i * 137).toISOString();
  const json = Array.from(
    { length: count },
    (_, i) =>
      `{"time":"${iso(i)}","level":"${LEVELS[rand(6)]}","msg":"order processed","service":"checkout","order_id":"order_${rand(99_999)}","duration_ms":${rand(900)},"user":{"id":${rand(10_000)},"tier":"gold"}}`,
  );
  const logfmt = Array.from(
    { length: count },
    (_, i) =>
      `ts=${iso(i)} level=${LEVELS[rand(6)]} msg="request handled" method=GET path=${PATHS[rand(6)]} status=${STATUS[rand(11)]} duration=${rand(500)}ms`,
  );
  const access = Array.from({ length: count }, (_, i) => {
    const t = new Date(start + i * 137);
    const clf = `${String(t.getUTCDate()).padStart(2, '0')}/Oct/2025:${t.toISOString().slice(11, 19)} +0200`;
    return `10.0.${rand(255)}.${rand(255)} - - [${clf}] "GET ${PATHS[rand(6)]} HTTP/1.1" ${STATUS[rand(11)]} ${rand(50_000)} "https://example.com/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36"`;
  });
  return { json, logfmt, access };
}

export function shuffled<T>(items: readonly T[], rand = seededRandom(7)): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rand(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The benchmark mix: loghub plus 4,000 lines of each synthetic format, shuffled. */
export function mixedLines(): string[] {
  const { json, logfmt, access } = syntheticLines(4000);
  return shuffled([...loghubLines, ...json, ...logfmt, ...access]);
}
