/**
 * What every drill shares: a pipeline of its own (topics, consumer group, tables, service) on the
 * local engines, or on private engines it may stop; the real agent CLI as a child process; a
 * writer of numbered lines; and the check of the index against what was written.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@opensearch-project/opensearch';
import { stringify } from 'yaml';
import type { LocalAlertingOptions } from '#local/alerting.ts';
import { type LocalTopology, localTopology } from '#local/bootstrap.ts';
import {
  type EngineConfig,
  type EngineEndpoints,
  type EngineName,
  privateEngineConfig,
  resolveEngineConfig,
  startEngines,
  stopEngines,
} from '#local/engines/index.ts';
import { type RunningPipeline, startPipeline } from '#local/pipeline.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What a drill reports; `ok` only with zero lost and zero duplicated lines. */
export interface DrillResult {
  readonly name: string;
  readonly ok: boolean;
  readonly written: number;
  readonly indexed: number;
  readonly distinct: number;
  readonly duplicates: number;
  readonly lost: number;
  readonly seconds: number;
  readonly budgetSeconds: number;
  readonly notes: readonly string[];
  /** What else the drill found wrong (an alert sent twice, a partition left behind): not ok. */
  readonly failures?: readonly string[];
  readonly error?: string;
}

export interface Drill {
  readonly name: string;
  readonly what: string;
  readonly budgetSeconds: number;
  run(ctx: DrillContext): Promise<Omit<DrillResult, 'name' | 'seconds' | 'budgetSeconds' | 'ok'>>;
}

export interface DrillContext {
  readonly log: (line: string) => void;
  /** Deadline (epoch ms) of the drill's budget. */
  readonly deadline: number;
}

/** A private engine (own state dir, free ports) from the same launcher, so a drill may stop it. */
export interface PrivateEngine {
  readonly config: EngineConfig;
  readonly endpoint: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  dispose(): Promise<void>;
}

/** What a drill started and must not leave behind, for the runner to end on Ctrl-C or over budget. */
const leftovers = new Set<() => Promise<void>>();

/** Ends every private engine and agent process drills started and have not ended yet. */
export async function endLeftovers(): Promise<void> {
  await Promise.allSettled([...leftovers].map((end) => end()));
  leftovers.clear();
}

export async function startPrivateEngine(name: 'kafka' | 'opensearch', dir: string): Promise<PrivateEngine> {
  const config = await privateEngineConfig(name, dir);
  const only: EngineName[] = [name];
  const end = () => stopEngines(config, only).catch(() => undefined);
  leftovers.add(end);
  const { endpoints } = await startEngines(config, { only, log: () => {} });
  return {
    config,
    endpoint: name === 'kafka' ? endpoints.kafkaBootstrap : endpoints.opensearchUrl,
    stop: () => stopEngines(config, only),
    start: async () => {
      await startEngines(config, { only, log: () => {} });
    },
    dispose: async () => {
      leftovers.delete(end);
      await end();
    },
  };
}

/** A pipeline with topics, group, tables and a service of the drill's own. */
export interface DrillStack {
  readonly dir: string;
  readonly service: string;
  readonly endpoints: EngineEndpoints;
  readonly topics: { readonly logs: string; readonly heartbeats: string };
  readonly topology: LocalTopology;
  readonly opensearch: Client;
  /** Consumer group of the ingest event source (`<group>-heartbeats` for heartbeats). */
  readonly groupId: string;
  readonly pipeline: RunningPipeline;
  close(): Promise<void>;
}

/** The shared engines' endpoints (started if need be). */
export async function sharedEndpoints(): Promise<EngineEndpoints> {
  return (await startEngines(resolveEngineConfig(), { log: () => {} })).endpoints;
}

export async function startStack(
  name: string,
  overrides: Partial<EngineEndpoints> = {},
  dir?: string,
  alerting: LocalAlertingOptions = {},
): Promise<DrillStack> {
  const shared = await sharedEndpoints();
  const endpoints = { ...shared, ...overrides };
  const run = randomBytes(3).toString('hex');
  const workDir = dir ?? (await mkdtemp(join(tmpdir(), `logward-drill-${name}-`)));
  const topics = { logs: `logs-drill-${name}-${run}`, heartbeats: `heartbeats-drill-${name}-${run}` };
  const topology = { ...localTopology(`drill-${name}-${run}`), topics };
  const options: Parameters<typeof startPipeline>[0] = {
    endpoints,
    topology,
    apiPort: 0,
    apiKey: randomBytes(16).toString('hex'),
    groupId: `drill-${name}-${run}`,
    batchingWindowMs: 500,
    lambdaLogFile: join(workDir, 'lambdas.log'),
    alerting: { timers: false, ...alerting },
  };
  // In this process, as `npm run local` runs it: an event source that does not survive a broker
  // outage ends the drill.
  const pipeline = await startPipeline(options);
  const opensearch = new Client({ node: endpoints.opensearchUrl });
  return {
    dir: workDir,
    service: `drill-${name}-${run}`,
    endpoints,
    topics,
    topology,
    opensearch,
    groupId: options.groupId ?? '',
    pipeline,
    async close() {
      await pipeline.stop().catch(() => undefined);
      await opensearch.close().catch(() => undefined);
      if (!dir) await rm(workDir, { recursive: true, force: true });
    },
  };
}

/** The real agent CLI (`bin/logward-agent.js run -c`), as on a server: killable with SIGKILL. */
export class AgentProcess {
  child: ChildProcess | undefined;
  readonly output: string[] = [];
  readonly configPath: string;

  constructor(configPath: string) {
    this.configPath = configPath;
  }

  static async configure(
    stack: DrillStack,
    paths: readonly string[],
    extra: Record<string, unknown> = {},
  ): Promise<AgentProcess> {
    const configPath = join(stack.dir, 'agent.yaml');
    await writeFile(
      configPath,
      stringify({
        state_dir: join(stack.dir, 'agent-state'),
        kafka: {
          brokers: stack.endpoints.kafkaBootstrap.split(','),
          topics: stack.topics,
          request_timeout_ms: 5000,
          retry_initial_ms: 200,
          retry_max_ms: 2000,
          ...((extra.kafka as object | undefined) ?? {}),
        },
        inputs: { files: [{ paths, service: stack.service, start_at: 'beginning' }] },
        heartbeat: { enabled: false },
        status: false,
        release_after_ms: 2000,
        ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'kafka')),
      }),
    );
    return new AgentProcess(configPath);
  }

  start(): void {
    const child = spawn(
      process.execPath,
      [join(repo, 'bin', 'logward-agent.js'), 'run', '-c', this.configPath],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const keep = (d: Buffer) => {
      this.output.push(d.toString());
      if (this.output.length > 200) this.output.shift();
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const end = () => this.kill9();
    leftovers.add(end);
    child.once('exit', () => leftovers.delete(end));
    this.child = child;
  }

  /**
   * Resolves once the agent said it follows `path`, so that a fault injected after it (a rotation
   * within the first seconds) hits a file the agent already holds, however slowly it started.
   */
  async following(path: string, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.output.join('').includes(`following ${path} `)) {
      if (this.child?.exitCode !== null && this.child?.exitCode !== undefined)
        throw new Error(`the agent exited (${this.child.exitCode}) before following ${path}`);
      if (Date.now() > deadline)
        throw new Error(`the agent did not follow ${path} within ${timeoutMs / 1000} s`);
      await sleep(50);
    }
  }

  async kill9(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
}

/** The text of numbered line `seq`; the number is what the check looks for in the index. */
export function numberedLine(drill: string, seq: number, at: Date = new Date()): string {
  return `${at.toISOString()} INFO drill ${drill} line ${String(seq).padStart(8, '0')} order processed for tenant t${seq % 97} in ${seq % 991} ms`;
}

export const SEQ = /\bline (\d{8})\b/;

interface IndexedDoc {
  readonly message: string;
  readonly sourceId: string;
  readonly offset: number;
}

/** Every document of a service, through the scroll API. */
export async function indexedDocs(client: Client, service: string): Promise<IndexedDoc[]> {
  await client.indices.refresh({ index: 'logs-*' }).catch(() => undefined);
  const docs: IndexedDoc[] = [];
  let response = await client.search({
    index: 'logs-*',
    scroll: '2m',
    size: 10_000,
    body: { query: { term: { service } }, _source: ['message', 'source.id', 'source.offset'] },
  });
  for (;;) {
    const hits = response.body.hits.hits;
    for (const hit of hits) {
      const s = hit._source as { message?: string; source?: { id?: string; offset?: number } };
      docs.push({ message: s.message ?? '', sourceId: s.source?.id ?? '', offset: s.source?.offset ?? -1 });
    }
    const scrollId = response.body._scroll_id;
    if (hits.length === 0 || !scrollId) {
      if (scrollId) await client.clearScroll({ body: { scroll_id: [scrollId] } }).catch(() => undefined);
      break;
    }
    response = await client.scroll({ body: { scroll_id: scrollId, scroll: '2m' } });
  }
  return docs;
}

export async function countIndexed(client: Client, service: string): Promise<number> {
  const res = await client.count({ index: 'logs-*', body: { query: { term: { service } } } });
  return res.body.count;
}

/** Waits until the index holds `expected` documents of the service or the count stops moving for `quietMs`. */
export async function waitForIndex(
  client: Client,
  service: string,
  expected: number,
  deadline: number,
  quietMs = 30_000,
): Promise<number> {
  let last = -1;
  let lastChange = Date.now();
  for (;;) {
    const count = await countIndexed(client, service).catch(() => last);
    if (count !== last) {
      last = count;
      lastChange = Date.now();
    }
    if (count >= expected || Date.now() > deadline || Date.now() - lastChange > quietMs) return count;
    await sleep(500);
  }
}

/** Lost and duplicated numbered lines: each of 0..written-1 must be in the index exactly once. */
export function checkNumbered(docs: readonly IndexedDoc[], written: number) {
  const seen = new Map<number, number>();
  for (const d of docs) {
    const m = SEQ.exec(d.message);
    if (!m) continue;
    const seq = Number(m[1]);
    seen.set(seq, (seen.get(seq) ?? 0) + 1);
  }
  let duplicates = 0;
  let lost = 0;
  const missing: number[] = [];
  for (let seq = 0; seq < written; seq++) {
    const n = seen.get(seq) ?? 0;
    if (n === 0) {
      lost++;
      if (missing.length < 10) missing.push(seq);
    } else duplicates += n - 1;
  }
  const pairs = new Set(docs.map((d) => `${d.sourceId}@${d.offset}`));
  return { indexed: docs.length, distinct: seen.size, duplicates, lost, missing, pairs: pairs.size };
}

export async function makeDir(path: string): Promise<string> {
  await mkdir(path, { recursive: true });
  return path;
}

export interface NumberedLoad {
  readonly drill: string;
  readonly ratePerSecond: number;
  readonly lines: number;
  readonly agentConfig?: Record<string, unknown>;
  /** The text of numbered line `seq`. @default numberedLine */
  readonly lineOf?: (seq: number) => string;
  /** Expect this many documents before checking (the numbered lines and any injected ones). @default lines written */
  readonly extraLines?: number;
  /** After the first wait for the index: the documented recovery step, if the fault needs one. */
  readonly recover?: () => Promise<string[]>;
  /** Runs beside the writer: the fault. Returns notes for the report. */
  readonly fault: (writer: NumberedWriterLike, agent: AgentProcess) => Promise<string[]>;
}

export interface NumberedWriterLike {
  readonly written: number;
  rotate(how: 'rename' | 'copytruncate'): void;
  /** Writes these (not numbered) lines among the next numbered ones. */
  inject(lines: readonly string[]): void;
}

/**
 * The common shape of a drill: numbered lines written at a rate into `app.log` while `fault` runs,
 * then wait for the index and check every number is there exactly once.
 */
export async function runNumbered(
  stack: DrillStack,
  ctx: DrillContext,
  load: NumberedLoad,
): Promise<Omit<DrillResult, 'name' | 'seconds' | 'budgetSeconds' | 'ok'>> {
  const { NumberedWriter } = await import('./writer.ts');
  const logDir = await makeDir(join(stack.dir, 'logs'));
  const path = join(logDir, 'app.log');
  const writer = new NumberedWriter(path, load.drill, load.ratePerSecond, load.lineOf);
  const agent = await AgentProcess.configure(stack, [path], load.agentConfig);
  agent.start();
  const notes: string[] = [];
  try {
    await agent.following(path);
    const writing = writer.run(load.lines, () => Date.now() > ctx.deadline);
    notes.push(...(await load.fault(writer, agent)));
    await writing;
    ctx.log(`    wrote ${writer.written.toLocaleString('en-US')} lines; waiting for the index`);
    const expected = writer.written + (load.extraLines ?? 0);
    let count = await waitForIndex(stack.opensearch, stack.service, expected, ctx.deadline);
    ctx.log(`    index holds ${count.toLocaleString('en-US')}`);
    if (load.recover) {
      notes.push(...(await load.recover()));
      count = await waitForIndex(stack.opensearch, stack.service, expected, ctx.deadline);
      ctx.log(`    after recovery the index holds ${count.toLocaleString('en-US')}`);
    }
    const check = checkNumbered(await indexedDocs(stack.opensearch, stack.service), writer.written);
    if (check.missing.length > 0) notes.push(`first missing line numbers: ${check.missing.join(', ')}`);
    notes.push(`${check.pairs} distinct (source id, offset) pairs`);
    return {
      written: writer.written,
      indexed: check.indexed,
      distinct: check.distinct,
      duplicates: check.duplicates,
      lost: check.lost,
      notes,
    };
  } finally {
    writer.close();
    await agent.stop();
    if (agent.output.some((o) => /error/i.test(o)))
      ctx.log(
        `    agent said: ${agent.output.join('').trim().split('\n').slice(-3).join(' | ').slice(0, 400)}`,
      );
  }
}

/**
 * `npm run replay` for the drill's own stack: sends its dead-lettered batches through the ingest
 * handler again (in-process, against the drill's engines and tables).
 */
export async function replayDeadLettersOf(stack: DrillStack): Promise<string[]> {
  const { lambdaEnvironment } = await import('#local/pipeline.ts');
  const { ingestDependenciesFromEnv, s3ClientFromEnv } = await import('#lambdas/handlers/ingest.ts');
  const { ingestLogs } = await import('#lambdas/ingest/ingest-logs.ts');
  const { replayDeadLetters } = await import('#lambdas/ingest/replay-dead-letters.ts');
  const { S3DeadLetters } = await import('#lambdas/adapters/s3/dead-letters.ts');
  const env = lambdaEnvironment(stack.endpoints, stack.topology);
  const { jsonLogger } = await import('#lambdas/logger.ts');
  const deps = ingestDependenciesFromEnv(env, { logger: jsonLogger({ handler: 'ingest' }, () => {}) });
  const source = new S3DeadLetters(s3ClientFromEnv(env), env.DEAD_LETTER_BUCKET as string);
  const outcome = await replayDeadLetters(source, (event) => ingestLogs(event, deps));
  return [
    `dead letters replayed (npm run replay): ${outcome.replayed} batches, ${outcome.records} records; ${outcome.failed.length} failed, ${outcome.skipped.length} skipped`,
  ];
}

/** Records not yet consumed by `group` on `topic`, summed over partitions (undefined: not known). */
export async function consumerLag(
  stack: DrillStack,
  group: string,
  topic: string,
): Promise<number | undefined> {
  const { kafkaConsumerLag } = await import('#lambdas/adapters/kafka/consumer-lag.ts');
  const lag = await kafkaConsumerLag({
    bootstrapBrokers: stack.endpoints.kafkaBootstrap.split(','),
    groupId: group,
    topic,
  })();
  return lag.known ? lag.total : undefined;
}

/** Waits until `group` has consumed everything on `topic`; returns the last lag seen. */
export async function waitForLag(
  stack: DrillStack,
  group: string,
  topic: string,
  deadline: number,
): Promise<number | undefined> {
  for (;;) {
    const lag = await consumerLag(stack, group, topic).catch(() => undefined);
    if (lag === 0 || Date.now() > deadline) return lag;
    await sleep(1000);
  }
}

/** What the drill's handlers logged so far (its `lambdas.log`, as CloudWatch Logs would hold it). */
export async function handlerLogs(stack: DrillStack): Promise<Record<string, unknown>[]> {
  const text = await readFile(join(stack.dir, 'lambdas.log'), 'utf8').catch(() => '');
  return text.split('\n').flatMap((line) => {
    try {
      return line === '' ? [] : [JSON.parse(line) as Record<string, unknown>];
    } catch {
      return [];
    }
  });
}

/** Dead letters of the drill's stack not yet replayed, with their reasons. */
export async function pendingDeadLetters(stack: DrillStack) {
  const { lambdaEnvironment } = await import('#local/pipeline.ts');
  const { s3ClientFromEnv } = await import('#lambdas/handlers/ingest.ts');
  const { S3DeadLetters } = await import('#lambdas/adapters/s3/dead-letters.ts');
  const env = lambdaEnvironment(stack.endpoints, stack.topology);
  const s3 = s3ClientFromEnv(env);
  const letters = [];
  try {
    for await (const letter of new S3DeadLetters(s3, env.DEAD_LETTER_BUCKET as string).list())
      letters.push(letter);
  } finally {
    s3.destroy();
  }
  return letters;
}
