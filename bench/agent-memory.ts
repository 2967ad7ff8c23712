/**
 * The agent's memory budget: its peak RSS idle, at a steady 10,000 lines/s, at full speed, and at
 * full speed under `memory_limit_mb`, each against its target; then where the memory goes, the
 * same file shipped by the layers the agent is made of. One process after another, each measured
 * the same way.
 *
 *   agent, idle                 the agent bundle connected to Kafka, heartbeats every second, an
 *                               empty file; the peak over --idle-seconds (default 660) after Kafka
 *                               acknowledged one: a long-idle agent's figure, not its start (V8
 *                               was still optimising the heartbeat path 8-11 minutes in)
 *   agent, 10,000 lines/s       this process appends 1,000 lines every 100 ms to a file the agent
 *                               follows, for --steady-s seconds, until Kafka acknowledged the last;
 *                               then the same with memory_limit_mb: 100
 *   agent → Kafka, full speed   the agent ships the --lines file as the shipper comparison runs it
 *   agent → Kafka, limit 96 MB  the same with memory_limit_mb: 96 (the command restarts itself,
 *                               same pid, with the plan's heap flags; VmHWM is the restarted image's)
 *   node (no code)              the runtime alone: `node -e` with a timer
 *   agent, no Kafka client      the agent bundle with its sender replaced by one that copies and
 *                               zstd-compresses each batch, then acknowledges it (bench/fixtures)
 *   Kafka client alone          the agent's own sender (@platformatic/kafka, bundled as the agent
 *                               bundles it) fed record-sized pieces of the file, none of the pipeline
 *
 * Peak RSS is VmHWM, read from /proc. RSS at the sampled peak (every 10 ms) is split into
 * file-backed pages (the node binary and shared libraries, mapped from disk) and anonymous memory
 * (V8's heap, buffers, the allocator).
 *
 *   node bench/agent-memory.ts [--lines 2000000] [--steady-s 20] [--idle-seconds 660] [--no-layers] [--idle-only] [--json FILE]
 */
import type { ChildProcess } from 'node:child_process';
import { appendFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Admin } from '@platformatic/kafka';
import type { Plugin } from 'esbuild';
import { endpointsFor, freePort, resolveEngineConfig } from '#local/engines/index.ts';
import { buildAgentBundle } from '../agent/build.ts';
import { parseCommandLine } from '../ops/command-line.ts';
import { agentBundle, agentShipped, writeAgentConfig, writeInput } from './agent-vs-rsyslog-kcat.ts';
import { mixedLines } from './corpus.ts';
import { runNode, waitFor } from './processes.ts';

export interface MemoryRow {
  readonly name: string;
  readonly measured: boolean;
  /** The peak RSS the row must stay at or under, in MB; rows without one show where memory goes. */
  readonly targetMB?: number;
  readonly pass?: boolean;
  readonly note?: string;
  readonly peakRssMB?: number;
  /** At the sampled peak: anonymous memory, and pages mapped from files (binary, libraries). */
  readonly anonMB?: number;
  readonly fileMB?: number;
  readonly linesPerSecond?: number;
  readonly cpuSecondsPerMillionLines?: number;
}

export interface MemoryOptions {
  readonly lines: number;
  /** How long the steady 10,000 lines/s row writes. @default 20 */
  readonly steadySeconds?: number;
  /**
   * How long the idle row stays idle once connected. Periodic work (the file scan, heartbeats)
   * can wake V8's optimising compiler minutes after start, so a short wait misses the steady figure:
   * with 180 s, 77 MB was read of an agent that reached 85-87 MB by 11 minutes.
   * @default 660
   */
  readonly idleSeconds?: number;
  /** Also measure the layers (node alone, the agent without Kafka client, the client alone). @default true */
  readonly layers?: boolean;
  /** Only the idle row (its peak varies between starts: repeat it cheaply). @default false */
  readonly idleOnly?: boolean;
  readonly timeoutMs: number;
  readonly bootstrap?: string;
  readonly log?: (line: string) => void;
}

const repo = fileURLToPath(new URL('..', import.meta.url));
/** The agent bundle with agent/sink/kafka.ts swapped for bench/fixtures/no-kafka-sender.ts. */
const withoutKafkaClient: Plugin = {
  name: 'without-kafka-client',
  setup(b) {
    b.onResolve({ filter: /^\.\/sink\/kafka\.ts$/ }, (args) =>
      args.importer.endsWith(join('agent', 'agent.ts'))
        ? { path: join(repo, 'bench', 'fixtures', 'no-kafka-sender.ts') }
        : undefined,
    );
  },
};

/** The agent's memory targets (issue 19), in MB of peak RSS. */
export const MEMORY_TARGETS_MB = { idle: 80, steady: 100, fullSpeed: 160 } as const;
/** The limit the limited row runs under: the smallest memory_limit_mb accepted. */
export const LIMIT_ROW_MB = 96;
const STEADY_LINES_PER_SECOND = 10_000;
const IDLE_SECONDS = 660;

async function measure(
  name: string,
  args: readonly string[],
  done: (child: ChildProcess, output: () => string) => Promise<void>,
  lines?: number,
  targetMB?: number,
): Promise<MemoryRow> {
  const tenth = (n: number) => Math.round(n * 10) / 10;
  try {
    const run = await runNode(args, done);
    return {
      name,
      measured: true,
      ...(targetMB === undefined ? {} : { targetMB, pass: run.peakRssMB <= targetMB }),
      peakRssMB: tenth(run.peakRssMB),
      anonMB: tenth(run.anonMB),
      fileMB: tenth(run.fileMB),
      ...(lines
        ? {
            linesPerSecond: Math.round(lines / run.seconds),
            cpuSecondsPerMillionLines: Math.round((run.cpuSeconds / (lines / 1e6)) * 100) / 100,
          }
        : {}),
    };
  } catch (error) {
    return { name, measured: false, note: String(error) };
  }
}

/** True once the agent on `port` reports a record acknowledged by Kafka (a heartbeat, when idle). */
async function sentOne(port: number): Promise<boolean> {
  const res = await fetch(`http://127.0.0.1:${port}/status`).catch(() => undefined);
  if (!res?.ok) return false;
  return ((await res.json()) as { kafka: { sentRecords: number } }).kafka.sentRecords > 0;
}

/**
 * Appends `perSecond` lines a second (a tenth every 100 ms) to `path` for `seconds`; returns the
 * lines written and the file's size.
 */
async function writeSteadily(
  path: string,
  perSecond: number,
  seconds: number,
): Promise<{ lines: number; bytes: number }> {
  const corpus = mixedLines().filter((l) => l.length > 0);
  const tick = perSecond / 10;
  const started = performance.now();
  let lines = 0;
  let bytes = 0;
  for (let t = 1; t <= seconds * 10; t++) {
    const batch: string[] = [];
    for (let i = 0; i < tick; i++) batch.push(corpus[(lines + i) % corpus.length] as string);
    const text = `${batch.join('\n')}\n`;
    await appendFile(path, text);
    lines += tick;
    bytes += Buffer.byteLength(text);
    const wait = started + t * 100 - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  return { lines, bytes };
}

/** Measures the processes one after another; returns their rows in the order above. */
export async function measureAgentMemory(options: MemoryOptions): Promise<MemoryRow[]> {
  const log = options.log ?? ((line: string) => console.log(line));
  const bootstrap =
    options.bootstrap ?? endpointsFor(resolveEngineConfig()).kafkaBootstrap.split(',')[0] ?? '';
  const dir = await mkdtemp(join(tmpdir(), 'logward-agent-memory-'));
  const admin = new Admin({ clientId: 'logward-bench', bootstrapBrokers: [bootstrap] });
  const topic = `bench-memory-${Date.now().toString(36)}`;
  const topics = [topic, `${topic}-hb`];
  try {
    await admin.createTopics({ topics, partitions: 1, replicas: 1 });
    const input = join(dir, 'input.log');
    const empty = join(dir, 'empty.log');
    await writeFile(empty, '');
    const agent = await agentBundle(dir);
    const config = async (
      name: string,
      file: string,
      heartbeatSeconds?: number,
      extra?: Record<string, unknown>,
    ) => {
      const at = join(dir, name);
      await mkdir(at);
      const port = await freePort();
      return {
        port,
        path: await writeAgentConfig(at, file, bootstrap, topic, port, heartbeatSeconds, extra),
      };
    };
    const rows: MemoryRow[] = [];
    const run = async (row: Promise<MemoryRow>) => {
      const r = await row;
      log(
        `  ${r.name}: ${r.measured ? `peak RSS ${r.peakRssMB} MB${verdict(r)}` : `not measured: ${r.note}`}`,
      );
      rows.push(r);
    };

    const idle = await config('idle', empty, 1);
    await run(
      measure(
        'agent, idle',
        [agent, 'run', '-c', idle.path],
        async (child) => {
          // Connected: Kafka acknowledged a heartbeat. Then idle, heartbeats and scans going on.
          await waitFor(() => sentOne(idle.port), child, options.timeoutMs);
          await new Promise((r) => setTimeout(r, (options.idleSeconds ?? IDLE_SECONDS) * 1000));
        },
        undefined,
        MEMORY_TARGETS_MB.idle,
      ),
    );
    if (options.idleOnly) return rows;
    const bytes = await writeInput(input, options.lines);
    const shipped = (port: number) => (child: ChildProcess) =>
      waitFor(() => agentShipped(port, input, bytes), child, options.timeoutMs);
    const steadySeconds = options.steadySeconds ?? 20;
    const steadyRow = async (name: string, extra?: Record<string, unknown>) => {
      const file = join(dir, `${name}.log`);
      await writeFile(file, '');
      const at = await config(name, file, undefined, extra);
      let written = { lines: 0, bytes: 0 };
      const label = `agent, ${STEADY_LINES_PER_SECOND.toLocaleString('en-US')} lines/s`;
      const row = await measure(
        extra?.memory_limit_mb ? `${label}, memory_limit_mb ${extra.memory_limit_mb}` : label,
        [agent, 'run', '-c', at.path],
        async (child) => {
          // Running: its status endpoint answers.
          await waitFor(
            async () =>
              (await fetch(`http://127.0.0.1:${at.port}/status`).catch(() => undefined))?.ok === true,
            child,
            options.timeoutMs,
          );
          written = await writeSteadily(file, STEADY_LINES_PER_SECOND, steadySeconds);
          await waitFor(() => agentShipped(at.port, file, written.bytes), child, options.timeoutMs);
        },
        undefined,
        MEMORY_TARGETS_MB.steady,
      );
      return row.measured ? { ...row, linesPerSecond: Math.round(written.lines / steadySeconds) } : row;
    };
    await run(steadyRow('steady'));
    await run(steadyRow('steady-limited', { memory_limit_mb: MEMORY_TARGETS_MB.steady }));
    const full = await config('agent', input);
    await run(
      measure(
        'agent → Kafka, full speed',
        [agent, 'run', '-c', full.path],
        shipped(full.port),
        options.lines,
        MEMORY_TARGETS_MB.fullSpeed,
      ),
    );
    const limited = await config('limited', input, undefined, { memory_limit_mb: LIMIT_ROW_MB });
    await run(
      measure(
        `agent → Kafka, memory_limit_mb ${LIMIT_ROW_MB}`,
        [agent, 'run', '-c', limited.path],
        shipped(limited.port),
        options.lines,
        LIMIT_ROW_MB,
      ),
    );
    if (options.layers === false) return rows;
    const noClient = await buildAgentBundle(join(dir, 'no-kafka-client.mjs'), {
      plugins: [withoutKafkaClient],
    });
    const clientAlone = await buildAgentBundle(join(dir, 'kafka-client-alone.mjs'), {
      entry: './bench/fixtures/kafka-client-alone.ts',
    });
    await run(
      measure(
        'node (no code)',
        ['-e', 'setTimeout(() => {}, 60_000)'],
        () => new Promise((r) => setTimeout(r, 1500)),
      ),
    );
    const without = await config('no-kafka-client', input);
    await run(
      measure(
        'agent, no Kafka client',
        [noClient, 'run', '-c', without.path],
        shipped(without.port),
        options.lines,
      ),
    );
    const alone = await config('kafka-client-alone', input);
    await run(
      measure(
        'Kafka client alone',
        [clientAlone, '-c', alone.path, '--input', input],
        (child, output) => waitFor(async () => output().includes('shipped'), child, options.timeoutMs),
        options.lines,
      ),
    );
    return rows;
  } finally {
    await admin.deleteTopics({ topics }).catch(() => undefined);
    await admin.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** ` (target ≤ N MB: PASS)` for a row with a target. */
function verdict(r: MemoryRow): string {
  return r.targetMB === undefined ? '' : `  (target ≤ ${r.targetMB} MB: ${r.pass ? 'PASS' : 'FAIL'})`;
}

export function formatMemory(rows: readonly MemoryRow[]): string {
  return rows
    .map((r) =>
      r.measured
        ? `  ${r.name.padEnd(44)} peak RSS ${String(r.peakRssMB).padStart(6)} MB${verdict(r)}  (at the peak: ${r.fileMB} MB mapped from files, ${r.anonMB} MB anonymous)${r.linesPerSecond ? `  ${r.linesPerSecond.toLocaleString('en-US')} lines/s${r.cpuSecondsPerMillionLines ? `, ${r.cpuSecondsPerMillionLines} CPU-s/M lines` : ''}` : ''}`
        : `  ${r.name.padEnd(44)} not measured: ${r.note}`,
    )
    .join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseCommandLine(
    {
      options: {
        lines: { type: 'string', default: '2000000' },
        'steady-s': { type: 'string', default: '20' },
        'idle-seconds': { type: 'string', default: String(IDLE_SECONDS) },
        'no-layers': { type: 'boolean', default: false },
        'idle-only': { type: 'boolean', default: false },
        'timeout-s': { type: 'string', default: '600' },
        json: { type: 'string' },
      },
    },
    'the header of bench/agent-memory.ts (options: --lines N, --steady-s S, --idle-seconds S, --no-layers, --idle-only, --timeout-s S, --json FILE)',
  );
  const rows = await measureAgentMemory({
    lines: Number(values.lines),
    steadySeconds: Number(values['steady-s']),
    idleSeconds: Number(values['idle-seconds']),
    layers: !values['no-layers'],
    idleOnly: values['idle-only'],
    timeoutMs: Number(values['timeout-s']) * 1000,
  });
  console.log(formatMemory(rows));
  if (values.json) await writeFile(values.json, `${JSON.stringify(rows, null, 2)}\n`);
}
