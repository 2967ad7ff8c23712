/**
 * The whole local pipeline, end to end: file → agent → Kafka → local MSK event source (batching
 * window `--window`, AWS's MaximumBatchingWindowInSeconds) → ingest handler → OpenSearch → api
 * handler behind the local API Gateway. Two figures, side by side in one run:
 *
 * 1. Latency: append one line (with a token of its own) to a file the agent tails, then poll
 *    `GET /logs?q=<token>` until the line comes back; p50/p90/p99 over `--trials`.
 * 2. Throughput: append `--lines` lines at once to another file and time until OpenSearch counts
 *    them all for that file's service; lines/s, and lines per CPU-second of this process (agent,
 *    event source, ingest and api handlers; the engines' own CPU excluded).
 *
 *   node bench/e2e-latency.ts [--trials 100] [--lines 200000] [--window 500] [--json FILE]
 *
 * Uses (and starts, if needed) the shared local engines; its topics, tables and services are its own.
 */
import { randomBytes } from 'node:crypto';
import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Client } from '@opensearch-project/opensearch';
import { parseAgentConfig, startAgent } from '#agent/index.ts';
import { localTopology } from '#local/bootstrap.ts';
import { resolveEngineConfig, startEngines } from '#local/engines/index.ts';
import { startPipeline } from '#local/pipeline.ts';

export interface E2eOptions {
  readonly trials: number;
  readonly lines: number;
  readonly batchingWindowMs: number;
  readonly log?: (line: string) => void;
}

export interface E2eFigures {
  readonly trials: number;
  readonly batchingWindowMs: number;
  readonly latencyMs: {
    readonly p50: number;
    readonly p90: number;
    readonly p99: number;
    readonly max: number;
  };
  readonly throughput: {
    readonly lines: number;
    readonly seconds: number;
    readonly linesPerSecond: number;
    readonly cpuSeconds: number;
    readonly linesPerCpuSecond: number;
  };
  /** A plain `_bulk` loader sending the same number of documents of the same shape: the ceiling. */
  readonly bulkCeiling: { readonly docs: number; readonly seconds: number; readonly docsPerSecond: number };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function percentile(sorted: readonly number[], p: number): number {
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN
  );
}

/**
 * Seconds a plain loader needs to index one document per line into a fresh index under the same
 * template: one indexed document of the run is the model, with its message and id replaced;
 * 5 MB `_bulk` bodies, one at a time, no refresh (the local pipeline refreshes on every write).
 */
async function bulkCeiling(
  client: Client,
  service: string,
  lines: readonly string[],
  run: string,
): Promise<number> {
  const hit = await client.search({ index: 'logs-*', body: { size: 1, query: { term: { service } } } });
  const model = (hit.body.hits.hits[0]?._source ?? {}) as Record<string, unknown>;
  const index = `logs-benchraw-${run}`;
  await client.indices.create({ index });
  const bodies: string[] = [];
  let body: string[] = [];
  let size = 0;
  lines.forEach((message, i) => {
    const doc = `${JSON.stringify({ create: { _index: index, _id: `raw-${run}-${i}` } })}\n${JSON.stringify({ ...model, message, event_id: `raw-${run}-${i}` })}\n`;
    body.push(doc);
    size += doc.length;
    if (size > 5 * 1024 * 1024) {
      bodies.push(body.join(''));
      body = [];
      size = 0;
    }
  });
  if (body.length > 0) bodies.push(body.join(''));
  const started = performance.now();
  for (const b of bodies) {
    const response = await client.transport.request({ method: 'POST', path: '/_bulk', body: b, bulkBody: b });
    if ((response.body as { errors?: boolean }).errors) throw new Error('plain _bulk loader: errors');
  }
  const seconds = (performance.now() - started) / 1000;
  await client.indices.delete({ index }).catch(() => undefined);
  return seconds;
}

/** Runs the latency trials, then the throughput load, on one pipeline. */
export async function measureEndToEnd(options: E2eOptions): Promise<E2eFigures> {
  const log = options.log ?? (() => {});
  const { endpoints } = await startEngines(resolveEngineConfig(), { log: () => {} });
  const run = randomBytes(3).toString('hex');
  const dir = await mkdtemp(join(tmpdir(), 'logward-e2e-'));
  const apiKey = randomBytes(16).toString('hex');
  const topology = {
    ...localTopology(`bench-e2e-${run}`),
    topics: { logs: `logs-bench-e2e-${run}`, heartbeats: `heartbeats-bench-e2e-${run}` },
  };
  const pipeline = await startPipeline({
    endpoints,
    topology,
    apiPort: 0,
    apiKey,
    groupId: `bench-e2e-${run}`,
    batchingWindowMs: options.batchingWindowMs,
    lambdaLogFile: join(dir, 'lambdas.log'),
    alerting: { timers: false },
  });
  const latencyFile = join(dir, 'latency.log');
  const loadFile = join(dir, 'load.log');
  await writeFile(latencyFile, '');
  const latencyService = `bench-e2e-${run}`;
  const loadService = `bench-e2e-load-${run}`;
  const agent = await startAgent(
    parseAgentConfig({
      kafka: { brokers: endpoints.kafkaBootstrap.split(','), topics: topology.topics },
      inputs: {
        files: [
          { paths: [latencyFile], service: latencyService, start_at: 'beginning' },
          { paths: [loadFile], service: loadService, start_at: 'beginning' },
        ],
      },
      state_dir: join(dir, 'agent'),
      heartbeat: { enabled: false },
      status: false,
    }),
    { log: () => {} },
  );
  const opensearch = new Client({ node: endpoints.opensearchUrl });
  try {
    const latencies: number[] = [];
    for (let i = -3; i < options.trials; i++) {
      const token = `e2e${run}t${i + 3}`;
      const started = performance.now();
      await appendFile(latencyFile, `${new Date().toISOString()} INFO request ${token} served\n`);
      const deadline = Date.now() + 60_000;
      for (;;) {
        const res = await fetch(`${pipeline.apiUrl}/logs?service=${latencyService}&q=${token}&from=15m`, {
          headers: { 'x-api-key': apiKey },
        });
        const body = (await res.json()) as { items?: unknown[] };
        if ((body.items?.length ?? 0) > 0) break;
        if (Date.now() > deadline)
          throw new Error(`trial ${i}: ${token} not returned by GET /logs within 60 s`);
        await sleep(20);
      }
      if (i >= 0) latencies.push(performance.now() - started);
      if (i >= 0 && (i + 1) % 20 === 0) log(`  latency: ${i + 1} / ${options.trials} trials`);
    }
    latencies.sort((a, b) => a - b);

    const lines: string[] = [];
    const stamp = new Date().toISOString();
    for (let i = 0; i < options.lines; i++)
      lines.push(`${stamp} INFO worker-${i % 16} processed job ${i} in ${i % 997} ms for tenant t${i % 50}`);
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    await appendFile(loadFile, `${lines.join('\n')}\n`);
    const deadline = Date.now() + Math.max(120_000, options.lines * 2);
    let counted = 0;
    while (counted < options.lines) {
      if (Date.now() > deadline)
        throw new Error(
          `throughput: ${counted} of ${options.lines} indexed within ${(deadline - Date.now()) / 1000} s`,
        );
      await sleep(250);
      const res = await opensearch.count({
        index: 'logs-*',
        body: { query: { term: { service: loadService } } },
      });
      counted = res.body.count;
    }
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const r = (n: number) => Math.round(n);
    log('  throughput: the same documents through a plain _bulk loader');
    const ceiling = await bulkCeiling(opensearch, loadService, lines, run);
    return {
      trials: latencies.length,
      batchingWindowMs: options.batchingWindowMs,
      latencyMs: {
        p50: r(percentile(latencies, 50)),
        p90: r(percentile(latencies, 90)),
        p99: r(percentile(latencies, 99)),
        max: r(latencies.at(-1) ?? Number.NaN),
      },
      throughput: {
        lines: options.lines,
        seconds: Math.round(seconds * 100) / 100,
        linesPerSecond: r(options.lines / seconds),
        cpuSeconds: Math.round(cpuSeconds * 100) / 100,
        linesPerCpuSecond: r(options.lines / cpuSeconds),
      },
      bulkCeiling: {
        docs: options.lines,
        seconds: Math.round(ceiling * 100) / 100,
        docsPerSecond: r(options.lines / ceiling),
      },
    };
  } finally {
    await agent.stop();
    await pipeline.stop();
    await opensearch
      .deleteByQuery({
        index: 'logs-*',
        body: { query: { terms: { service: [latencyService, loadService] } } },
        conflicts: 'proceed',
      })
      .catch(() => undefined);
    await opensearch.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      trials: { type: 'string', default: '100' },
      lines: { type: 'string', default: '200000' },
      window: { type: 'string', default: '500' },
      json: { type: 'string' },
    },
  });
  const result = await measureEndToEnd({
    trials: Number(values.trials),
    lines: Number(values.lines),
    batchingWindowMs: Number(values.window),
    log: (line) => console.log(line),
  });
  console.log(JSON.stringify(result, null, 2));
  if (values.json) await writeFile(values.json, `${JSON.stringify(result, null, 2)}\n`);
  process.exit(0);
}
