/**
 * The same file, the same Kafka, one shipper after another: logward-agent (the bundle servers run,
 * built from the working tree), rsyslog (imfile + omkafka, a private instance with its own config, work
 * dir and pid file) and `kcat -P` (raw librdkafka, the upper bound). Each ships `--lines` lines
 * (default 2,000,000) to a fresh single-partition topic on the local Kafka with acks=all, zstd,
 * linger 20 ms and batches of up to 1 MB, and is timed from its start until every line is in the
 * topic (rsyslog and kcat: the topic's end offset; the agent: its acknowledged file offset, as its
 * records hold many lines; checked every 20 ms, kcat timed to its exit). CPU-seconds (user +
 * system, all threads) and peak RSS (VmHWM) come from /proc, or from /usr/bin/time for kcat, which
 * exits by itself.
 *
 *   node bench/agent-vs-rsyslog-kcat.ts [--lines 2000000] [--rounds 3] [--timeout-s 600] [--json FILE]
 *     [--max-in-flight N]   the agent's kafka.max_in_flight (default: the agent's own default, 2)
 *
 * With several rounds (the order of the tools rotating) each figure is the median round's.
 *
 * rsyslog-kafka and kcat are installed with apt-get when missing (root on Debian/Ubuntu only);
 * otherwise their rows say why they were skipped.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Admin } from '@platformatic/kafka';
import { stringify } from 'yaml';
import { endpointsFor, freePort, resolveEngineConfig } from '#local/engines/index.ts';
import { buildAgentBundle } from '../agent/build.ts';
import { mixedLines } from './corpus.ts';
import { procUsage, runNode, stop, waitFor } from './processes.ts';

export interface ShipperFigures {
  readonly name: string;
  readonly measured: boolean;
  /** Why the row was not measured, or what went wrong. */
  readonly note?: string;
  readonly lines?: number;
  readonly seconds?: number;
  readonly linesPerSecond?: number;
  readonly cpuSeconds?: number;
  readonly cpuSecondsPerMillionLines?: number;
  readonly linesPerCpuSecond?: number;
  readonly peakRssMB?: number;
  /** lines/s of every round, when there were several (the figures above are the median round's). */
  readonly rounds?: readonly number[];
}

export interface ComparisonFigures {
  readonly lines: number;
  readonly bytes: number;
  readonly settings: string;
  readonly shippers: readonly ShipperFigures[];
  readonly ratios: {
    readonly agentVsRsyslog?: number;
    readonly agentVsKcat?: number;
  };
}

export interface ComparisonOptions {
  readonly lines: number;
  readonly timeoutMs: number;
  /** Rounds of all three; each figure is the median round's. @default 1 */
  readonly rounds?: number;
  readonly bootstrap?: string;
  /** The agent's kafka.max_in_flight. @default the agent's default */
  readonly maxInFlight?: number;
  readonly log?: (line: string) => void;
}

const SETTINGS = 'acks=all, zstd, linger 20 ms, batches ≤ 1 MB, 1 partition';

/**
 * How often the agent's and rsyslog's progress is checked: each run is timed to the first check
 * that finds it done, so up to this much late (kcat is timed to its exit). 100 ms was 3-4 % of a
 * 2,000,000-line run.
 */
const DONE_CHECK_MS = 20;

/** Installs rsyslog-kafka and kcat with apt-get when missing; returns why a tool stays missing. */
export function ensureTools(log: (line: string) => void): Map<string, string> {
  const missing = new Map<string, string>();
  const has = (bin: string) => {
    try {
      execFileSync('sh', ['-c', `command -v ${bin}`], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  const omkafka = () =>
    ['/usr/lib/x86_64-linux-gnu/rsyslog/omkafka.so', '/usr/lib/aarch64-linux-gnu/rsyslog/omkafka.so'].some(
      existsSync,
    );
  const needed = !has('kcat') || !has('rsyslogd') || !omkafka() || !existsSync('/usr/bin/time');
  if (needed) {
    const debian = existsSync('/etc/debian_version');
    const root = process.getuid?.() === 0;
    if (!debian || !root) {
      const why = !debian ? 'not a Debian/Ubuntu machine' : 'not root (apt-get needs root)';
      log(`cannot install rsyslog-kafka/kcat: ${why}`);
      if (!has('kcat') || !existsSync('/usr/bin/time'))
        missing.set('kcat', `kcat or /usr/bin/time (package time) missing and ${why}`);
      if (!has('rsyslogd') || !omkafka()) missing.set('rsyslog', `rsyslog-kafka missing and ${why}`);
      return missing;
    }
    log('installing rsyslog, rsyslog-kafka, kcat and time with apt-get (once)');
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'rsyslog', 'rsyslog-kafka', 'kcat', 'time'], {
        stdio: 'ignore',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch (error) {
      log(`apt-get failed: ${String(error)}`);
    }
  }
  if (!has('kcat') || !existsSync('/usr/bin/time'))
    missing.set('kcat', 'kcat or /usr/bin/time (package time) could not be installed');
  if (!has('rsyslogd') || !omkafka()) missing.set('rsyslog', 'rsyslog-kafka could not be installed');
  return missing;
}

export async function writeInput(path: string, lines: number): Promise<number> {
  const corpus = mixedLines().filter((l) => l.length > 0);
  const out = createWriteStream(path);
  let bytes = 0;
  let batch: string[] = [];
  for (let i = 0; i < lines; i++) {
    const line = corpus[i % corpus.length] as string;
    batch.push(line);
    bytes += Buffer.byteLength(line) + 1;
    if (batch.length === 10_000 || i === lines - 1) {
      if (!out.write(`${batch.join('\n')}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
      batch = [];
    }
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return bytes;
}

async function endOffset(admin: Admin, topic: string): Promise<number> {
  const listed = await admin.listOffsets({
    topics: [{ name: topic, partitions: [{ partitionIndex: 0, timestamp: -1n }] }],
  });
  return Number(listed[0]?.partitions[0]?.offset ?? 0n);
}

function figures(
  name: string,
  lines: number,
  seconds: number,
  cpuSeconds: number,
  peakRssMB: number,
): ShipperFigures {
  return {
    name,
    measured: true,
    lines,
    seconds: round(seconds, 2),
    linesPerSecond: Math.round(lines / seconds),
    cpuSeconds: round(cpuSeconds, 2),
    cpuSecondsPerMillionLines: round(cpuSeconds / (lines / 1e6), 2),
    linesPerCpuSecond: Math.round(lines / cpuSeconds),
    peakRssMB: round(peakRssMB, 1),
  };
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Builds the agent bundle from the working tree into `dir`, so a run never measures a stale dist/. */
export function agentBundle(dir: string): Promise<string> {
  return buildAgentBundle(join(dir, 'logward-agent.mjs'));
}

/** An agent config that ships `input` from its beginning to `topic`, with heartbeats off unless asked. */
export async function writeAgentConfig(
  dir: string,
  input: string,
  bootstrap: string,
  topic: string,
  statusPort: number,
  heartbeatSeconds?: number,
  /** More top-level settings, e.g. memory_limit_mb. */
  extra: Record<string, unknown> = {},
  /** More kafka settings, e.g. max_in_flight. */
  kafkaExtra: Record<string, unknown> = {},
): Promise<string> {
  const config = join(dir, 'agent.yaml');
  await writeFile(
    config,
    stringify({
      state_dir: join(dir, 'agent-state'),
      kafka: {
        brokers: [bootstrap],
        topics: { logs: topic, heartbeats: `${topic}-hb` },
        compression: 'zstd',
        linger_ms: 20,
        batch_max_bytes: 1_000_000,
        ...kafkaExtra,
      },
      inputs: { files: [{ paths: [input], service: 'bench', start_at: 'beginning' }] },
      heartbeat: heartbeatSeconds ? { enabled: true, interval_s: heartbeatSeconds } : { enabled: false },
      status: { listen: `127.0.0.1:${statusPort}` },
      ...extra,
    }),
  );
  return config;
}

/** True once the agent on `statusPort` reports `input` acknowledged up to `inputBytes`. */
export async function agentShipped(statusPort: number, input: string, inputBytes: number): Promise<boolean> {
  const res = await fetch(`http://127.0.0.1:${statusPort}/status`).catch(() => undefined);
  if (!res?.ok) return false;
  const status = (await res.json()) as { files: { path: string; ackedOffset: number }[] };
  return status.files.some((f) => f.path === input && f.ackedOffset >= inputBytes);
}

async function runAgent(
  dir: string,
  input: string,
  inputBytes: number,
  lines: number,
  bootstrap: string,
  topic: string,
  options: ComparisonOptions,
): Promise<ShipperFigures> {
  try {
    const bundle = await agentBundle(dir);
    const statusPort = await freePort();
    const config = await writeAgentConfig(
      dir,
      input,
      bootstrap,
      topic,
      statusPort,
      undefined,
      {},
      options.maxInFlight === undefined ? {} : { max_in_flight: options.maxInFlight },
    );
    const run = await runNode([bundle, 'run', '-c', config], (child) =>
      waitFor(() => agentShipped(statusPort, input, inputBytes), child, options.timeoutMs, DONE_CHECK_MS),
    );
    return figures('logward-agent', lines, run.seconds, run.cpuSeconds, run.peakRssMB);
  } catch (error) {
    return { name: 'logward-agent', measured: false, note: String(error) };
  }
}

async function runRsyslog(
  dir: string,
  input: string,
  lines: number,
  bootstrap: string,
  topic: string,
  admin: Admin,
  options: ComparisonOptions,
): Promise<ShipperFigures> {
  const work = join(dir, 'rsyslog-work');
  await mkdir(work, { recursive: true });
  const config = join(dir, 'rsyslog.conf');
  const confParams = [
    'compression.codec=zstd',
    'linger.ms=20',
    'batch.size=1000000',
    'queue.buffering.max.messages=1000000',
  ];
  await writeFile(
    config,
    [
      `global(workDirectory="${work}" maxMessageSize="64k")`,
      'module(load="imfile" mode="inotify")',
      'module(load="omkafka")',
      'template(name="line" type="string" string="%msg%")',
      `input(type="imfile" file="${input}" tag="bench" ruleset="kafka" freshStartTail="off")`,
      'ruleset(name="kafka" queue.type="Direct") {',
      `  action(type="omkafka" broker=["${bootstrap}"] topic="${topic}" template="line" resubmitOnFailure="on"`,
      `    partitions.number="1" confParam=[${confParams.map((p) => `"${p}"`).join(', ')}]`,
      '    topicConfParam=["request.required.acks=-1"])',
      '}',
      '',
    ].join('\n'),
  );
  const started = performance.now();
  const child = spawn('rsyslogd', ['-n', '-f', config, '-i', join(dir, 'rsyslog.pid')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr?.on('data', (d: Buffer) => stderr.push(d.toString()));
  try {
    await waitFor(
      async () => (await endOffset(admin, topic)) >= lines,
      child,
      options.timeoutMs,
      DONE_CHECK_MS,
    );
    const seconds = (performance.now() - started) / 1000;
    const usage = procUsage(child.pid as number);
    return figures(
      'rsyslog + omkafka',
      lines,
      seconds,
      usage?.cpuSeconds ?? Number.NaN,
      usage?.peakRssMB ?? Number.NaN,
    );
  } catch (error) {
    const got = await endOffset(admin, topic).catch(() => -1);
    return {
      name: 'rsyslog + omkafka',
      measured: false,
      note: `${String(error)} (${got} of ${lines} in the topic); ${stderr.join('').slice(-300)}`,
    };
  } finally {
    await stop(child);
  }
}

async function runKcat(
  dir: string,
  input: string,
  lines: number,
  bootstrap: string,
  topic: string,
  admin: Admin,
  options: ComparisonOptions,
): Promise<ShipperFigures> {
  const timing = join(dir, 'kcat.time');
  const { openSync, closeSync } = await import('node:fs');
  const fd = openSync(input, 'r');
  const started = performance.now();
  const child = spawn(
    '/usr/bin/time',
    [
      '-f',
      '%U %S %M',
      '-o',
      timing,
      'kcat',
      '-P',
      '-b',
      bootstrap,
      '-t',
      topic,
      '-p',
      '0',
      '-z',
      'zstd',
      '-X',
      'acks=all',
      '-X',
      'linger.ms=20',
      '-X',
      'batch.size=1000000',
    ],
    { stdio: [fd, 'ignore', 'pipe'] },
  );
  closeSync(fd);
  const stderr: string[] = [];
  child.stderr?.on('data', (d: Buffer) => stderr.push(d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  const seconds = (performance.now() - started) / 1000;
  const inTopic = await endOffset(admin, topic);
  if (code !== 0 || inTopic < lines)
    return {
      name: 'kcat -P',
      measured: false,
      note: `exit ${code}, ${inTopic} of ${lines} in the topic; ${stderr.join('').slice(-300)}`,
    };
  const [user, system, maxKb] =
    (await readFile(timing, 'utf8')).trim().split('\n').at(-1)?.split(' ').map(Number) ?? [];
  return figures('kcat -P', lines, seconds, (user ?? 0) + (system ?? 0), (maxKb ?? 0) / 1024);
}

/** Runs the three shippers one after another on the same file and returns their figures. */
export async function compareShippers(options: ComparisonOptions): Promise<ComparisonFigures> {
  const log = options.log ?? ((line: string) => console.log(line));
  const bootstrap =
    options.bootstrap ?? endpointsFor(resolveEngineConfig()).kafkaBootstrap.split(',')[0] ?? '';
  const missing = ensureTools(log);
  const dir = await mkdtemp(join(tmpdir(), 'logward-shippers-'));
  const admin = new Admin({ clientId: 'logward-bench', bootstrapBrokers: [bootstrap] });
  const run = Date.now().toString(36);
  const rounds = Math.max(1, options.rounds ?? 1);
  const settings =
    options.maxInFlight === undefined
      ? SETTINGS
      : `${SETTINGS}; agent kafka.max_in_flight ${options.maxInFlight}`;
  const topics: string[] = [];
  try {
    const input = join(dir, 'input.log');
    log(`writing ${options.lines.toLocaleString('en-US')} lines (loghub + JSON + logfmt + access mix)`);
    const bytes = await writeInput(input, options.lines);
    log(
      `  ${(bytes / 1e6).toFixed(0)} MB; ${rounds} round(s), each tool in turn, the order rotating (${settings})`,
    );
    const runs = new Map<string, ShipperFigures[]>();
    const record = (f: ShipperFigures) => runs.set(f.name, [...(runs.get(f.name) ?? []), f]);
    for (let r = 0; r < rounds; r++) {
      const roundDir = join(dir, `round-${r}`);
      await mkdir(roundDir, { recursive: true });
      const [agentTopic, rsyslogTopic, kcatTopic] = ['agent', 'rsyslog', 'kcat'].map(
        (name) => `bench-ship-${name}-${run}-${r}`,
      ) as [string, string, string];
      const created = [agentTopic, rsyslogTopic, kcatTopic, `${agentTopic}-hb`];
      topics.push(...created);
      await admin.createTopics({ topics: created, partitions: 1, replicas: 1 });
      const steps: (() => Promise<ShipperFigures>)[] = [
        () => runAgent(roundDir, input, bytes, options.lines, bootstrap, agentTopic, options),
        async () =>
          missing.has('rsyslog')
            ? { name: 'rsyslog + omkafka', measured: false, note: missing.get('rsyslog') as string }
            : runRsyslog(roundDir, input, options.lines, bootstrap, rsyslogTopic, admin, options),
        async () =>
          missing.has('kcat')
            ? { name: 'kcat -P', measured: false, note: missing.get('kcat') as string }
            : runKcat(roundDir, input, options.lines, bootstrap, kcatTopic, admin, options),
      ];
      for (let i = 0; i < steps.length; i++) {
        const figures = await (steps[(i + r) % steps.length] as () => Promise<ShipperFigures>)();
        log(
          `  round ${r + 1}: ${figures.name} ${figures.measured ? `${figures.linesPerSecond?.toLocaleString('en-US')} lines/s` : 'not measured'}`,
        );
        record(figures);
      }
    }
    const shippers = ['logward-agent', 'rsyslog + omkafka', 'kcat -P'].map((name) =>
      median(runs.get(name) ?? []),
    );
    const rate = (name: string) => shippers.find((s) => s.name.startsWith(name))?.linesPerSecond;
    const agent = rate('logward-agent');
    const rsyslog = rate('rsyslog');
    const kcat = rate('kcat');
    return {
      lines: options.lines,
      bytes,
      settings,
      shippers,
      ratios: {
        ...(agent && rsyslog ? { agentVsRsyslog: round(agent / rsyslog, 2) } : {}),
        ...(agent && kcat ? { agentVsKcat: round(agent / kcat, 2) } : {}),
      },
    };
  } finally {
    if (topics.length > 0) await admin.deleteTopics({ topics }).catch(() => undefined);
    await admin.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The run with the median rate; peak RSS is the highest seen in any run. */
function median(runs: readonly ShipperFigures[]): ShipperFigures {
  const measured = runs
    .filter((f) => f.measured)
    .sort((a, b) => (a.linesPerSecond ?? 0) - (b.linesPerSecond ?? 0));
  const mid = measured[Math.floor((measured.length - 1) / 2)];
  if (!mid) return runs[0] ?? { name: 'unknown', measured: false, note: 'no run' };
  return {
    ...mid,
    peakRssMB: Math.max(...measured.map((f) => f.peakRssMB ?? 0)),
    rounds: measured.map((f) => f.linesPerSecond ?? 0),
  };
}

export function formatComparison(result: ComparisonFigures): string {
  const rows = result.shippers.map((s) =>
    s.measured
      ? `  ${s.name.padEnd(18)} ${String(s.linesPerSecond?.toLocaleString('en-US')).padStart(10)} lines/s  ${String(s.cpuSecondsPerMillionLines).padStart(6)} CPU-s/M lines  ${String(s.linesPerCpuSecond?.toLocaleString('en-US')).padStart(10)} lines/CPU-s  peak RSS ${s.peakRssMB} MB${s.rounds && s.rounds.length > 1 ? `  (rounds: ${s.rounds.map((n) => n.toLocaleString('en-US')).join(', ')} lines/s)` : ''}`
      : `  ${s.name.padEnd(18)} not measured: ${s.note}`,
  );
  const r = result.ratios;
  rows.push(
    `  agent / rsyslog ${r.agentVsRsyslog ?? 'n/a'} (target ≥ 1.5, issue 19), agent / kcat ${r.agentVsKcat ?? 'n/a'} (target ≥ 0.7)`,
  );
  return rows.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      lines: { type: 'string', default: '2000000' },
      'timeout-s': { type: 'string', default: '600' },
      rounds: { type: 'string', default: '3' },
      'max-in-flight': { type: 'string' },
      json: { type: 'string' },
    },
  });
  const result = await compareShippers({
    lines: Number(values.lines),
    timeoutMs: Number(values['timeout-s']) * 1000,
    rounds: Number(values.rounds),
    maxInFlight: values['max-in-flight'] === undefined ? undefined : Number(values['max-in-flight']),
  });
  console.log(formatComparison(result));
  if (values.json) await writeFile(values.json, `${JSON.stringify(result, null, 2)}\n`);
}
