/**
 * The console's first render, locally: Debian's Chromium (playwright-core) opens the search view
 * of a pipeline on the local engines and times, from the start of navigation, the first paint
 * (the browser's first-contentful-paint) and the search rendered (its results and facet counts
 * on the page, after `GET /logs` and `GET /logs/facets`). The first load signs in; each trial is a
 * reload, as a person opening a bookmark would get.
 *
 *   node bench/console-render.ts [--trials 20] [--lines 2000]
 *
 * Uses (and starts, if needed) the shared local engines; its topics, tables and service are its own.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { parseAgentConfig, startAgent } from '#agent/index.ts';
import { buildConsole } from '#console/build.ts';
import { localTopology } from '#local/bootstrap.ts';
import { resolveEngineConfig, startEngines } from '#local/engines/index.ts';
import { startPipeline } from '#local/pipeline.ts';
import { percentile } from './e2e-latency.ts';

const { values } = parseArgs({ options: { trials: { type: 'string' }, lines: { type: 'string' } } });
const trials = Number(values.trials ?? 20);
const lineCount = Number(values.lines ?? 2000);

const { endpoints } = await startEngines(resolveEngineConfig(), { log: () => {} });
const run = randomBytes(3).toString('hex');
const dir = await mkdtemp(join(tmpdir(), 'logward-console-bench-'));
await buildConsole(join(dir, 'console'));
const topology = {
  ...localTopology(`bench-console-${run}`),
  topics: { logs: `logs-bench-console-${run}`, heartbeats: `heartbeats-bench-console-${run}` },
};
const pipeline = await startPipeline({
  endpoints,
  topology,
  apiPort: 0,
  apiKey: randomBytes(16).toString('hex'),
  groupId: `bench-console-${run}`,
  lambdaLogFile: join(dir, 'lambdas.log'),
  alerting: { timers: false },
  consoleDir: join(dir, 'console'),
});
const service = `bench-console-${run}`;
const levels = ['INFO', 'INFO', 'WARN', 'ERROR', 'DEBUG'];
const now = Date.now();
const file = join(dir, 'app.log');
await writeFile(
  file,
  `${Array.from({ length: lineCount }, (_, i) => `${new Date(now - (lineCount - i) * 1000).toISOString()} ${levels[i % 5]} [web] Handled request ${i} for customer ${i % 97}`).join('\n')}\n`,
);
const agent = await startAgent(
  parseAgentConfig({
    kafka: { brokers: endpoints.kafkaBootstrap.split(','), topics: topology.topics },
    inputs: { files: [{ paths: [file], service, start_at: 'beginning' }] },
    state_dir: join(dir, 'agent'),
    heartbeat: { enabled: false },
    status: false,
  }),
  { log: () => {} },
);
const key = pipeline.credentials.readerApiKey;
/** Indexing the default 2,000 lines takes seconds: a pipeline still short after two minutes is broken, not slow. */
const INDEXED_DEADLINE_MS = 120_000;
const indexingSince = Date.now();
for (let indexed = 0; indexed < lineCount; ) {
  if (Date.now() - indexingSince > INDEXED_DEADLINE_MS)
    throw new Error(`only ${indexed} of ${lineCount} lines indexed after ${INDEXED_DEADLINE_MS / 1000} s`);
  await new Promise((r) => setTimeout(r, 500));
  const response = await fetch(`${pipeline.apiUrl}/logs/facets?service=${service}&from=2h`, {
    headers: { 'x-api-key': key },
  });
  indexed = ((await response.json()) as { total: number }).total;
}

const browser = await chromium.launch({
  executablePath: process.env.LOGWARD_CHROMIUM ?? '/usr/bin/chromium',
});
const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
await page.goto(`${pipeline.apiUrl}/#/search?service=${service}&from=1h`);
await page.getByRole('button', { name: 'Sign in as reader' }).click();
await page.getByRole('status').filter({ hasText: 'events match' }).waitFor();
const paints: number[] = [];
const rendered: number[] = [];
for (let i = 0; i < trials; i++) {
  await page.reload();
  await page.getByRole('status').filter({ hasText: 'events match' }).waitFor();
  const timing = await page.evaluate(() => ({
    rendered: performance.now(),
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
  }));
  rendered.push(timing.rendered);
  paints.push(timing.paint);
}
await browser.close();
await agent.stop();
await pipeline.stop();

const figure = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms, max ${(sorted.at(-1) ?? Number.NaN).toFixed(0)} ms`;
};
console.log(
  `console first render, search view over ${lineCount} events of the last hour, ${trials} reloads:`,
);
console.log(`  first contentful paint: ${figure(paints)}`);
console.log(`  search rendered (results and facets): ${figure(rendered)}`);
process.exit(0);
