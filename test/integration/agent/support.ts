import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, inject } from 'vitest';
import { stringify } from 'yaml';
import { type CollectedLine, createTopics, TopicCollector, uniqueTopic } from './kafka-collector.ts';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Offsets and texts of the complete lines of a file, as the agent should ship them. */
export async function expectedLines(path: string): Promise<Map<number, string>> {
  const buf = await readFile(path);
  const out = new Map<number, string>();
  let start = 0;
  for (;;) {
    const nl = buf.indexOf(10, start);
    if (nl === -1) break;
    out.set(start, buf.toString('utf8', start, nl));
    start = nl + 1;
  }
  return out;
}

/** Lines per (source id, offset) — what the index holds once ids are derived — and duplicates seen in Kafka. */
export function summarize(lines: readonly CollectedLine[]): {
  byKey: Map<string, CollectedLine>;
  duplicates: number;
} {
  const byKey = new Map<string, CollectedLine>();
  let duplicates = 0;
  for (const l of lines) {
    const key = `${l.id}@${l.o}`;
    if (byKey.has(key)) duplicates++;
    byKey.set(key, l);
  }
  return { byKey, duplicates };
}

/**
 * Per source id, its line offsets in the order of their last copies in Kafka. A reader of the topic
 * ends with each line as its last copy left it; `lines` must be in the order read, which per source
 * (one key, one partition) is Kafka's order.
 */
export function offsetsByLastCopy(lines: readonly CollectedLine[]): Map<string, number[]> {
  const lastAt = new Map<string, Map<number, number>>();
  lines.forEach((l, i) => {
    const bySource = lastAt.get(l.id) ?? new Map<number, number>();
    bySource.set(l.o, i);
    lastAt.set(l.id, bySource);
  });
  return new Map(
    [...lastAt].map(([id, at]) => [id, [...at].sort((a, b) => a[1] - b[1]).map(([offset]) => offset)]),
  );
}

/** The acknowledged offset of `path` in the agent's checkpoints (0 before the first save). */
export async function checkpointOffset(stateDir: string, path: string): Promise<number> {
  const text = await readFile(join(stateDir, 'checkpoints.json'), 'utf8').catch(() => '{"files":[]}');
  const files = (JSON.parse(text) as { files: { path: string; offset: number }[] }).files;
  return files.find((f) => f.path === path)?.offset ?? 0;
}

/** Writes a YAML config file for the agent CLI. */
export async function writeConfig(path: string, config: Record<string, unknown>): Promise<void> {
  await writeFile(path, stringify(config));
}

/**
 * Starts `logward-agent run -c <config>` as a child process (the real CLI, killable with SIGKILL);
 * `script` may name a built bundle instead of the repository's entry point.
 */
export function spawnAgent(
  configPath: string,
  logTo: string[],
  script = join(repo, 'bin', 'logward-agent.js'),
  nodeArgs: readonly string[] = [],
): ChildProcess {
  const child = spawn(process.execPath, [...nodeArgs, script, 'run', '-c', configPath], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr?.on('data', (d: Buffer) => logTo.push(d.toString()));
  child.stdout?.on('data', (d: Buffer) => logTo.push(d.toString()));
  return child;
}

export async function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGKILL');
  await exited;
}

export async function stopGracefully(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  return exited;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A scratch folder and the shared Kafka of the run, set up before and removed after the file's tests. */
export interface AgentScenario {
  readonly dir: string;
  readonly bootstrap: string;
}

export function agentScenario(name: string): AgentScenario {
  const scenario = { dir: '', bootstrap: '' };
  beforeAll(async () => {
    scenario.bootstrap = inject('endpoints').kafkaBootstrap;
    scenario.dir = await mkdtemp(join(tmpdir(), `logward-agent-${name}-`));
  });
  afterAll(async () => {
    await rm(scenario.dir, { recursive: true, force: true });
  });
  return scenario;
}

/** Fresh logs and heartbeats topics, a collector on the logs topic, and a folder for log files. */
export async function freshTopics(scenario: AgentScenario) {
  const logs = uniqueTopic('logs');
  const heartbeats = uniqueTopic('hb');
  await createTopics(scenario.bootstrap, [logs, heartbeats]);
  const collector = await TopicCollector.start(scenario.bootstrap, logs);
  const logDir = join(scenario.dir, 'logs');
  await mkdir(logDir, { recursive: true });
  return { logs, heartbeats, collector, logDir };
}
