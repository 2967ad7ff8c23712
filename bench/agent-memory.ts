/**
 * Where the agent's peak RSS goes: the same file shipped by the whole agent and by the layers it
 * is made of, one process after another, each measured the same way.
 *
 *   node (no code)          the runtime alone: `node -e` with a timer
 *   agent, idle             the agent bundle connected to Kafka, heartbeats on, an empty file
 *   agent, no Kafka client  the agent bundle with its sender replaced by one that copies and
 *                           zstd-compresses each batch, then acknowledges it (bench/fixtures)
 *   Kafka client alone      the agent's own sender (@platformatic/kafka, bundled as the agent
 *                           bundles it) fed record-sized pieces of the file, none of the pipeline
 *   agent → Kafka           the agent as the shipper comparison runs it
 *
 * Peak RSS is VmHWM. RSS at the sampled peak is split into file-backed pages (the node binary and
 * shared libraries, mapped from disk) and anonymous memory (V8's heap, buffers, the allocator).
 *
 *   node bench/agent-memory.ts [--lines 2000000] [--json FILE]
 */
import type { ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Admin } from '@platformatic/kafka';
import type { Plugin } from 'esbuild';
import { endpointsFor, freePort, resolveEngineConfig } from '#local/engines/index.ts';
import { buildAgentBundle } from '../agent/build.ts';
import { parseCommandLine } from '../ops/command-line.ts';
import { agentBundle, agentShipped, writeAgentConfig, writeInput } from './agent-vs-rsyslog-kcat.ts';
import { runNode, waitFor } from './processes.ts';

export interface MemoryRow {
  readonly name: string;
  readonly measured: boolean;
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

async function measure(
  name: string,
  args: readonly string[],
  done: (child: ChildProcess, output: () => string) => Promise<void>,
  lines?: number,
): Promise<MemoryRow> {
  const tenth = (n: number) => Math.round(n * 10) / 10;
  try {
    const run = await runNode(args, done);
    return {
      name,
      measured: true,
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

/** Measures the five processes one after another; returns their rows in the order above. */
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
    const bytes = await writeInput(input, options.lines);
    await writeFile(empty, '');
    const agent = await agentBundle(dir);
    const noClient = await buildAgentBundle(join(dir, 'no-kafka-client.mjs'), {
      plugins: [withoutKafkaClient],
    });
    const clientAlone = await buildAgentBundle(join(dir, 'kafka-client-alone.mjs'), {
      entry: './bench/fixtures/kafka-client-alone.ts',
    });
    const config = async (name: string, file: string, heartbeatSeconds?: number) => {
      const at = join(dir, name);
      await mkdir(at);
      const port = await freePort();
      return { port, path: await writeAgentConfig(at, file, bootstrap, topic, port, heartbeatSeconds) };
    };
    const shipped = (port: number) => (child: ChildProcess) =>
      waitFor(() => agentShipped(port, input, bytes), child, options.timeoutMs);
    const rows: MemoryRow[] = [];
    const run = async (row: Promise<MemoryRow>) => {
      const r = await row;
      log(`  ${r.name}: ${r.measured ? `peak RSS ${r.peakRssMB} MB` : `not measured: ${r.note}`}`);
      rows.push(r);
    };

    await run(
      measure(
        'node (no code)',
        ['-e', 'setTimeout(() => {}, 60_000)'],
        () => new Promise((r) => setTimeout(r, 1500)),
      ),
    );
    const idle = await config('idle', empty, 1);
    await run(
      measure('agent, idle', [agent, 'run', '-c', idle.path], async (child) => {
        // Connected: Kafka acknowledged a heartbeat. Then two more.
        await waitFor(() => sentOne(idle.port), child, options.timeoutMs);
        await new Promise((r) => setTimeout(r, 2500));
      }),
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
    const full = await config('agent', input);
    await run(measure('agent → Kafka', [agent, 'run', '-c', full.path], shipped(full.port), options.lines));
    return rows;
  } finally {
    await admin.deleteTopics({ topics }).catch(() => undefined);
    await admin.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export function formatMemory(rows: readonly MemoryRow[]): string {
  return rows
    .map((r) =>
      r.measured
        ? `  ${r.name.padEnd(24)} peak RSS ${String(r.peakRssMB).padStart(6)} MB  (at the peak: ${r.fileMB} MB mapped from files, ${r.anonMB} MB anonymous)${r.linesPerSecond ? `  ${r.linesPerSecond.toLocaleString('en-US')} lines/s, ${r.cpuSecondsPerMillionLines} CPU-s/M lines` : ''}`
        : `  ${r.name.padEnd(24)} not measured: ${r.note}`,
    )
    .join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseCommandLine(
    {
      options: {
        lines: { type: 'string', default: '2000000' },
        'timeout-s': { type: 'string', default: '600' },
        json: { type: 'string' },
      },
    },
    'the header of bench/agent-memory.ts (options: --lines N, --timeout-s S, --json FILE)',
  );
  const rows = await measureAgentMemory({
    lines: Number(values.lines),
    timeoutMs: Number(values['timeout-s']) * 1000,
  });
  console.log(formatMemory(rows));
  if (values.json) await writeFile(values.json, `${JSON.stringify(rows, null, 2)}\n`);
}
