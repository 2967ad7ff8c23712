/**
 * Alert latency, end to end on the local runtime: the time from a critical line appended to a
 * file the agent tails until the SES emulator holds the alert email. Each trial appends one FATAL
 * line for a service of its own (so each opens a fresh alert), then polls moto's store for the
 * mail. Path: file → agent (poll 200 ms, linger 20 ms) → Kafka → local MSK event source
 * (batching window `--window`, AWS's MaximumBatchingWindowInSeconds) → ingest (index, rules) →
 * alert state → dispatcher (local timer every `--dispatch-ms`; the default FATAL rule has no group
 * wait) → SES (moto). Prints p50/p90/p99/max and writes bench/results/alert-latency.json.
 *
 * With `--kind new-pattern` each trial instead appends an ERROR line of a kind never seen before
 * to one service, and waits for the new-pattern rule's mail naming that pattern (pattern mining,
 * the registry and the rule in the stream; `groupWaitSeconds: 0`); it writes
 * bench/results/alert-latency-new-pattern.json.
 *
 *   node bench/alert-latency.ts [--kind fatal|new-pattern] [--trials 60] [--window 500] [--dispatch-ms 1000]
 *
 * In AWS the dispatcher runs every minute on EventBridge, or right away when the alerts-table
 * stream trigger is deployed (see docs/alerting.md); this script measures the local pipeline.
 */
import { randomBytes } from 'node:crypto';
import { appendFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseAgentConfig, startAgent } from '../agent/index.ts';
import { validateRule } from '../core/alerting/rules.ts';
import { localTopology } from '../local/bootstrap.ts';
import { resolveEngineConfig, startEngines } from '../local/engines/index.ts';
import { startPipeline } from '../local/pipeline.ts';
import { sentMail } from '../local/sent-mail.ts';

const { values } = parseArgs({
  options: {
    trials: { type: 'string', default: '60' },
    window: { type: 'string', default: '500' },
    'dispatch-ms': { type: 'string', default: '1000' },
    kind: { type: 'string', default: 'fatal' },
  },
});
const TRIALS = Number(values.trials);
const KIND = values.kind;
if (KIND !== 'fatal' && KIND !== 'new-pattern')
  throw new Error(`--kind: expected fatal or new-pattern, got ${JSON.stringify(KIND)}`);
const run = randomBytes(3).toString('hex');
const recipient = `bench-${run}@example.test`;

const { endpoints } = await startEngines(resolveEngineConfig(), { log: () => {} });
const dir = await mkdtemp(join(tmpdir(), 'logward-alert-latency-'));
const base = localTopology(`bench-${run}`);
const topology = { ...base, topics: { logs: `logs-bench-${run}`, heartbeats: `heartbeats-bench-${run}` } };
const pipeline = await startPipeline({
  endpoints,
  topology,
  apiPort: 0,
  apiKey: randomBytes(16).toString('hex'),
  groupId: `bench-${run}`,
  batchingWindowMs: Number(values.window),
  lambdaLogFile: join(dir, 'lambdas.log'),
  alerting: {
    emailTo: [recipient],
    dispatcherIntervalMs: Number(values['dispatch-ms']),
    monitorIntervalMs: 60_000,
  },
});
const newKindService = `bench-${run}-kinds`;
if (KIND === 'new-pattern') {
  await pipeline.alerting.stores.rules.put(
    validateRule({
      id: 'new-errors',
      name: 'New kind of error',
      match: { minLevel: 'ERROR', service: newKindService },
      condition: { kind: 'new-pattern', count: 1, windowMinutes: 10 },
      groupWaitSeconds: 0,
    }),
  );
  await new Promise((resolve) => setTimeout(resolve, 1100)); // the local rule cache's 1 s
}
const logFile = join(dir, 'app.log');
await writeFile(logFile, '');
const agent = await startAgent(
  parseAgentConfig({
    kafka: { brokers: endpoints.kafkaBootstrap.split(','), topics: topology.topics },
    inputs: { files: [{ paths: [logFile], start_at: 'beginning' }] },
    state_dir: join(dir, 'agent'),
  }),
  { log: () => {} },
);

async function mailedServices(): Promise<Set<string>> {
  const found = new Set<string>();
  for (const m of await sentMail(endpoints.sesUrl)) {
    if (!m.destinations.includes(recipient)) continue;
    const subject = /^Subject: (.*(?:\r\n .*)*)/m.exec(m.raw)?.[1] ?? '';
    const decoded = subject.replace(/=\?UTF-8\?B\?([^?]*)\?=|\r\n /g, (_all, b64?: string) =>
      b64 ? Buffer.from(b64, 'base64').toString('utf8') : '',
    );
    const key =
      /FATAL (\S+):/.exec(decoded)?.[1] ?? /^\[Logward\] New pattern in \S+: (\S+)/.exec(decoded)?.[1];
    if (key) found.add(key);
  }
  return found;
}

/** `n` in lower-case letters, so each trial's words are its own (masking would turn digits into <num>). */
function letters(n: number): string {
  return (n < 26 ? '' : letters(Math.floor(n / 26) - 1)) + String.fromCharCode(97 + (n % 26));
}

const latencies: number[] = [];
try {
  // Warm-up: connections, first index creation, rule cache.
  for (let i = -2; i < TRIALS; i++) {
    // What the mail names: the trial's service (FATAL), or the first word of its new kind of line.
    const key = KIND === 'fatal' ? `bench-${run}-${i + 2}` : `${letters(i + 2)}sync`;
    const line =
      KIND === 'fatal'
        ? { level: 'fatal', service: key, msg: `disk full on /data (trial ${i})` }
        : {
            level: 'error',
            service: newKindService,
            msg: `${key} ${letters(i + 2)}queue ${letters(i + 2)}stalled after 30 s`,
          };
    const started = performance.now();
    await appendFile(logFile, `${JSON.stringify({ time: new Date().toISOString(), ...line })}\n`);
    const deadline = Date.now() + 120_000;
    while (!(await mailedServices()).has(key)) {
      if (Date.now() > deadline) throw new Error(`trial ${i}: no mail for ${key} within 120 s`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const ms = performance.now() - started;
    if (i >= 0) latencies.push(ms);
    process.stdout.write(`trial ${i}: ${ms.toFixed(0)} ms\n`);
  }
} finally {
  await agent.stop();
  await pipeline.stop();
}

const sorted = [...latencies].sort((a, b) => a - b);
const pct = (p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
const result = {
  kind: KIND,
  trials: sorted.length,
  batchingWindowMs: Number(values.window),
  dispatcherIntervalMs: Number(values['dispatch-ms']),
  p50: Math.round(pct(50)),
  p90: Math.round(pct(90)),
  p99: Math.round(pct(99)),
  min: Math.round(sorted[0] ?? Number.NaN),
  max: Math.round(sorted.at(-1) ?? Number.NaN),
  measuredAt: new Date().toISOString(),
};
console.log(JSON.stringify(result, null, 2));
await mkdir(new URL('./results/', import.meta.url), { recursive: true });
await writeFile(
  new URL(`./results/alert-latency${KIND === 'fatal' ? '' : '-new-pattern'}.json`, import.meta.url),
  `${JSON.stringify(result, null, 2)}\n`,
);
process.exit(0);
