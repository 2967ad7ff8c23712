/**
 * `npm run bench`: every Logward benchmark in one run, one table, side by side with its yardstick
 * measured in the same run, with the machine's facts. Writes bench/results/latest.json and
 * bench/results/latest.svg (a chart of the same figures).
 *
 *   npm run bench [-- --quick] [--only shippers,ingest,e2e,alert,api,index]
 *
 * --quick (under 5 minutes) ships 300,000 lines instead of 2,000,000 and takes fewer samples.
 * Needs the local engines (started here if they are not running) and, for the shipper row, root
 * on Debian/Ubuntu to install rsyslog-kafka and kcat (skipped with the reason otherwise).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { endpointsFor, resolveEngineConfig, startEngines } from '#local/engines/index.ts';
import { parseCommandLine } from '../ops/command-line.ts';
import { formatMemory, type MemoryRow, measureAgentMemory } from './agent-memory.ts';
import { type ComparisonFigures, compareShippers, formatComparison } from './agent-vs-rsyslog-kcat.ts';
import { type BenchRow, renderChart } from './chart.ts';
import { type E2eFigures, measureEndToEnd } from './e2e-latency.ts';
import { formatIndexSizes, type IndexSizes, measureIndexSizes } from './index-size.ts';
import { describeMachine, machineFacts } from './machine.ts';

const SECTIONS = ['shippers', 'ingest', 'e2e', 'alert', 'api', 'index'] as const;
type Section = (typeof SECTIONS)[number];

const { values } = parseCommandLine(
  {
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      out: { type: 'string', default: fileURLToPath(new URL('./results/', import.meta.url)) },
    },
  },
  'the header of bench/run.ts (options: --quick, --only SECTIONS, --out DIR)',
);
const quick = values.quick;
const only = new Set((values.only?.split(',') ?? SECTIONS) as Section[]);
const bench = fileURLToPath(new URL('.', import.meta.url));
const log = (line: string) => console.log(line);
const fmt = (n: number | undefined, digits = 0) =>
  n === undefined || Number.isNaN(n)
    ? 'n/a'
    : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const plan = quick
  ? {
      shipLines: 300_000,
      ingest: ['--seconds', '1', '--rounds', '2', '--e2e-lines', '60000'],
      trials: 20,
      e2eLines: 60_000,
      alertTrials: 15,
      apiRequests: 100,
    }
  : {
      shipLines: 2_000_000,
      ingest: ['--seconds', '2', '--rounds', '3', '--e2e-lines', '200000'],
      trials: 100,
      e2eLines: 300_000,
      alertTrials: 60,
      apiRequests: 300,
    };

/** Runs another bench script as it stands; restores any result file it rewrites (this run keeps its own). */
function runScript(
  script: string,
  args: readonly string[],
  rewrites?: string,
): { ok: boolean; stdout: string; error?: string } {
  const kept = rewrites && existsSync(rewrites) ? readFileSync(rewrites) : undefined;
  const started = Date.now();
  const child = spawnSync(process.execPath, [join(bench, script), ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 20 * 60_000,
  });
  log(`  ${script} ${args.join(' ')}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (rewrites && kept) writeFileSync(rewrites, kept);
  if (child.status !== 0)
    return {
      ok: false,
      stdout: child.stdout,
      error: `${script} exited ${child.status ?? child.signal}: ${(child.stderr ?? '').trim().slice(-400)}`,
    };
  return { ok: true, stdout: child.stdout };
}

const rows: BenchRow[] = [];
const notMeasured = (section: string, measurement: string, reason: string) =>
  rows.push({ section, measurement, value: 'not measured', detail: reason });

const facts = machineFacts();
console.log(describeMachine(facts));
console.log(`mode: ${quick ? 'quick' : 'full'}\n`);
const startedAt = Date.now();
await startEngines(resolveEngineConfig(), { log: () => {} });
const tmp = await mkdtemp(join(tmpdir(), 'logward-bench-'));

let shippers: ComparisonFigures | undefined;
let agentMemory: MemoryRow[] | undefined;
if (only.has('shippers')) {
  log('[1/6] shippers: the same file into the same Kafka topic settings, one after another');
  try {
    shippers = await compareShippers({
      rounds: 3,
      lines: plan.shipLines,
      timeoutMs: quick ? 120_000 : 600_000,
      log: (l) => log(`  ${l}`),
    });
    log(formatComparison(shippers));
    for (const s of shippers.shippers) {
      if (!s.measured) notMeasured('shippers', s.name, s.note ?? '');
      else
        rows.push({
          section: 'shippers',
          measurement: `${s.name} → Kafka, ${fmt(shippers.lines)} lines`,
          value: `${fmt(s.linesPerSecond)} lines/s`,
          number: s.linesPerSecond,
          unit: 'file → Kafka, lines/s',
          detail: `${fmt(s.cpuSecondsPerMillionLines, 2)} CPU-s/M lines (${fmt(s.linesPerCpuSecond)} lines/CPU-s), peak RSS ${fmt(s.peakRssMB, 1)} MB; median of ${s.rounds?.map((n) => fmt(n)).join(' / ') ?? '1 round'}`,
        });
    }
    rows.push({
      section: 'shippers',
      measurement: 'agent ÷ rsyslog, agent ÷ kcat (lines/s)',
      value: `${shippers.ratios.agentVsRsyslog ?? 'n/a'} / ${shippers.ratios.agentVsKcat ?? 'n/a'}`,
      detail: 'targets ≥ 1.5 / ≥ 0.7 (issue 19; ≥ 1.0 / ≥ 0.5 before)',
    });
  } catch (error) {
    notMeasured('shippers', 'agent vs rsyslog vs kcat', String(error));
  }
  log(
    "  the agent's memory budget (idle, 10,000 lines/s, full speed, memory_limit_mb 96), then where it goes",
  );
  try {
    agentMemory = await measureAgentMemory({
      lines: plan.shipLines,
      steadySeconds: quick ? 10 : 20,
      timeoutMs: quick ? 120_000 : 600_000,
      log: (l) => log(`  ${l}`),
    });
    log(formatMemory(agentMemory));
    for (const m of agentMemory) {
      if (!m.measured) notMeasured('shippers', `peak RSS: ${m.name}`, m.note ?? '');
      else
        rows.push({
          section: 'shippers',
          measurement: `peak RSS: ${m.name}`,
          value: `${fmt(m.peakRssMB, 1)} MB${m.targetMB === undefined ? '' : ` ${m.pass ? 'PASS' : 'FAIL'}`}`,
          detail: `${m.targetMB === undefined ? '' : `target ≤ ${m.targetMB} MB; `}at the peak ${fmt(m.fileMB, 1)} MB mapped from files (node binary, libraries), ${fmt(m.anonMB, 1)} MB anonymous${m.linesPerSecond ? `; ${fmt(m.linesPerSecond)} lines/s` : ''}`,
        });
    }
  } catch (error) {
    notMeasured('shippers', 'agent peak RSS by layer', String(error));
  }
}

let ingest: Record<string, number> | undefined;
if (only.has('ingest')) {
  log('\n[2/6] ingest handler: CPU only, then into OpenSearch beside a plain _bulk loader');
  const out = join(tmp, 'ingest.json');
  const result = runScript('ingest-throughput.ts', [...plan.ingest, '--json', out]);
  if (!result.ok) notMeasured('ingest', 'ingest handler', result.error ?? '');
  else {
    ingest = JSON.parse(readFileSync(out, 'utf8')) as Record<string, number>;
    log(result.stdout.trim().replace(/^/gm, '  '));
    rows.push({
      section: 'ingest',
      measurement: 'ingest handler, CPU only (decode, parse, normalise, bulk bodies)',
      value: `${fmt(ingest.cpuLinesPerSecond)} lines/CPU-s`,
      number: ingest.cpuLinesPerSecond,
      unit: 'ingest handler CPU only, lines per CPU-second',
      detail: 'one core; target ≥ 250,000',
    });
    rows.push({
      section: 'ingest',
      measurement: 'ingest handler → OpenSearch _bulk',
      value: `${fmt(ingest.e2eHandlerLinesPerSecond)} lines/s`,
      number: ingest.e2eHandlerLinesPerSecond,
      unit: 'into OpenSearch, lines/s (documents/s for the loaders)',
      detail: `plain _bulk loader, same documents: ${fmt(ingest.e2eLoaderDocsPerSecond)} docs/s; ratio ${fmt(ingest.e2eRatio, 2)} (target ≥ 0.8)`,
    });
    rows.push({
      section: 'ingest',
      measurement: 'raw _bulk loader ceiling (same engine, same documents)',
      value: `${fmt(ingest.e2eLoaderDocsPerSecond)} docs/s`,
      number: ingest.e2eLoaderDocsPerSecond,
      unit: 'into OpenSearch, lines/s (documents/s for the loaders)',
      detail: 'the yardstick for the two rows around it',
    });
  }
}

let e2e: E2eFigures | undefined;
if (only.has('e2e')) {
  log('\n[3/6] end to end: file → agent → Kafka → event source → ingest → OpenSearch → GET /logs');
  try {
    e2e = await measureEndToEnd({ trials: plan.trials, lines: plan.e2eLines, batchingWindowMs: 500, log });
    rows.push({
      section: 'e2e',
      measurement: `whole pipeline file → OpenSearch, ${fmt(e2e.throughput.lines)} lines`,
      value: `${fmt(e2e.throughput.linesPerSecond)} lines/s`,
      number: e2e.throughput.linesPerSecond,
      unit: 'into OpenSearch, lines/s (documents/s for the loaders)',
      detail: `${fmt(e2e.throughput.linesPerCpuSecond)} lines per CPU-s of agent + event source + handlers (engines excluded); ${fmt(e2e.throughput.linesPerSecond / e2e.bulkCeiling.docsPerSecond, 2)} of the _bulk ceiling below`,
    });
    rows.push({
      section: 'e2e',
      measurement: `raw _bulk loader ceiling, same ${fmt(e2e.bulkCeiling.docs)} documents`,
      value: `${fmt(e2e.bulkCeiling.docsPerSecond)} docs/s`,
      number: e2e.bulkCeiling.docsPerSecond,
      unit: 'into OpenSearch, lines/s (documents/s for the loaders)',
      detail: '5 MB bodies, one at a time, no refresh (the local pipeline refreshes on each write)',
    });
    rows.push({
      section: 'e2e',
      measurement: `line appended → returned by GET /logs (${e2e.trials} trials)`,
      value: `p50 ${fmt(e2e.latencyMs.p50)} ms, p99 ${fmt(e2e.latencyMs.p99)} ms`,
      number: e2e.latencyMs.p99,
      unit: 'latency, ms (p99; p50 inside)',
      p50: e2e.latencyMs.p50,
      detail: `p90 ${fmt(e2e.latencyMs.p90)} ms, max ${fmt(e2e.latencyMs.max)} ms; batching window ${e2e.batchingWindowMs} ms, agent poll 200 ms`,
    });
  } catch (error) {
    notMeasured('e2e', 'end-to-end latency and throughput', String(error));
  }
}

let alert: Record<string, number> | undefined;
if (only.has('alert')) {
  log('\n[4/6] alert latency: critical line → email held by the SES emulator');
  const result = runScript(
    'alert-latency.ts',
    ['--trials', String(plan.alertTrials)],
    join(bench, 'results', 'alert-latency.json'),
  );
  const json = result.ok ? /\{\s*"trials"[\s\S]*\}/.exec(result.stdout)?.[0] : undefined;
  if (!json) notMeasured('alert', 'alert latency', result.error ?? 'no figures in its output');
  else {
    alert = JSON.parse(json) as Record<string, number>;
    rows.push({
      section: 'alert',
      measurement: `FATAL line → email in SES emulator (${alert.trials} trials)`,
      value: `p50 ${fmt(alert.p50)} ms, p99 ${fmt(alert.p99)} ms`,
      number: alert.p99,
      unit: 'latency, ms (p99; p50 inside)',
      p50: alert.p50,
      detail: `p90 ${fmt(alert.p90)} ms, max ${fmt(alert.max)} ms; batching window ${alert.batchingWindowMs} ms, dispatcher every ${alert.dispatcherIntervalMs} ms`,
    });
  }
}

let api: Record<string, unknown> | undefined;
if (only.has('api')) {
  log('\n[5/6] API latency at 1,000,000 documents (loaded once, kept between runs)');
  const file = join(bench, 'results', 'api-latency.json');
  const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  const result = runScript('api-latency.ts', ['--docs', '1000000', '--requests', String(plan.apiRequests)]);
  if (result.ok && existsSync(file)) api = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  if (before !== undefined) writeFileSync(file, before);
  if (!api) notMeasured('api', 'API p95 at 1 M documents', result.error ?? 'no figures written');
  else {
    log(result.stdout.trim().replace(/^/gm, '  '));
    for (const [name, figures] of Object.entries(api)) {
      if (typeof figures !== 'object' || figures === null) continue;
      const f = figures as { p50: number; p95: number; p99: number; requests: number };
      rows.push({
        section: 'api',
        measurement: `${name}, ${fmt(api.docs as number)} docs (${f.requests} requests)`,
        value: `p95 ${fmt(f.p95, 1)} ms`,
        number: f.p95,
        unit: 'API at 1 M documents, p95 ms',
        detail: `p50 ${fmt(f.p50, 1)} ms, p99 ${fmt(f.p99, 1)} ms; targets /logs < 100 ms, /summary < 250 ms`,
      });
    }
  }
}
let indexSizes: IndexSizes | undefined;
if (only.has('index')) {
  log('\n[6/6] index size by codec, on the bench corpus');
  try {
    indexSizes = await measureIndexSizes(endpointsFor(resolveEngineConfig()).opensearchUrl);
    log(formatIndexSizes(indexSizes).replace(/^/gm, '  '));
    const baseline = indexSizes.codecs.find((row) => row.codec === 'default');
    for (const row of indexSizes.codecs) {
      rows.push({
        section: 'index',
        measurement: `index size with index.codec ${row.codec} (${fmt(indexSizes.lines)} lines)`,
        value: row.ratioToRaw === undefined ? 'not measured' : `${fmt(row.ratioToRaw, 2)} × raw`,
        detail:
          row.unavailable ??
          (row.codec === 'default'
            ? `${fmt((row.bytes ?? 0) / 1e6, 2)} MB for ${fmt(indexSizes.rawBytes / 1e6, 2)} MB of lines, one segment`
            : `${fmt((row.savingVsDefault ?? 0) * 100)} % smaller than default (${fmt((baseline?.bytes ?? 0) / 1e6, 2)} MB)`),
      });
    }
  } catch (error) {
    notMeasured('index', 'index size by codec', String(error));
  }
}
await rm(tmp, { recursive: true, force: true });

const elapsed = Math.round((Date.now() - startedAt) / 1000);
const widths = [10, 62, 28];
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' │ ');
console.log(`\nLogward benchmark (${quick ? 'quick' : 'full'}), ${elapsed} s\n`);
console.log(describeMachine(facts));
console.log('');
console.log(line(['section', 'measurement', 'result', 'detail']));
console.log(`${widths.map((w) => '─'.repeat(w)).join('─┼─')}─┼─${'─'.repeat(40)}`);
for (const row of rows) console.log(line([row.section, row.measurement, row.value, row.detail]));

await mkdir(values.out, { recursive: true });
const report = {
  mode: quick ? 'quick' : 'full',
  elapsedSeconds: elapsed,
  machine: facts,
  rows,
  shippers,
  agentMemory,
  ingest,
  e2e,
  alert,
  api,
  indexSizes,
};
await writeFile(join(values.out, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
await writeFile(join(values.out, 'latest.svg'), renderChart(rows, facts, quick ? 'quick' : 'full'));
console.log(`\nwrote ${join(values.out, 'latest.json')} and latest.svg`);
process.exit(0);
