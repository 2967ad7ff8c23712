/**
 * The agent's file path without I/O or Kafka: bytes of a file, read as the tailer reads them (1 MiB
 * into one reused buffer), through one `SourcePipeline` (split, multiline `auto` as files default
 * to, v2 records) into record values. Reports lines/s, CPU microseconds per line and the time spent
 * in GC, and a SHA-256 of every record value (with a fixed clock), so a change to the hot loop can
 * show that what is shipped stayed the same byte for byte.
 *
 *   node bench/agent-pipeline.ts [--lines 1000000] [--rounds 5] [--corpus mixed|timestamped|trace]
 *     [--wire v1|v2] [--multiline auto|off]
 *
 * mixed: the shipper bench's file (loghub + JSON + logfmt + access lines, bench/corpus.ts);
 * timestamped: lines that all start with an ISO timestamp, so `auto` joins any line that does not;
 * trace: the same with a Java stack trace after every 50th line.
 */
import { createHash } from 'node:crypto';
import { PerformanceObserver } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Source } from '#core/wire.ts';
import type { BuiltChunk } from '../agent/pipeline/chunker.ts';
import { SourcePipeline } from '../agent/pipeline/source-pipeline.ts';
import { mixedLines, seededRandom, syntheticLines } from './corpus.ts';

const { values } = parseArgs({
  options: {
    lines: { type: 'string', default: '1000000' },
    rounds: { type: 'string', default: '5' },
    corpus: { type: 'string', default: 'mixed' },
    wire: { type: 'string', default: 'v2' },
    multiline: { type: 'string', default: 'auto' },
  },
});

const TRACE = [
  'java.lang.IllegalStateException: order 42 has no lines',
  '\tat com.example.shop.Orders.total(Orders.java:118)',
  '\tat com.example.shop.Checkout.run(Checkout.java:57)',
  '\tat java.base/java.lang.Thread.run(Thread.java:1583)',
  'Caused by: java.lang.NullPointerException',
  '\t... 3 more',
];

function corpusLines(name: string): readonly string[] {
  if (name === 'mixed') return mixedLines().filter((l) => l.length > 0);
  const rand = seededRandom(3);
  const { logfmt } = syntheticLines(4000);
  const start = Date.UTC(2025, 9, 23, 14);
  const lines: string[] = [];
  for (let i = 0; i < 4000; i++) {
    const rest = (logfmt[i] as string).replace(/^ts=\S+ /, '');
    lines.push(`${new Date(start + i * 137).toISOString()} ${rest} n=${rand(1000)}`);
    if (name === 'trace' && i % 50 === 49) lines.push(...TRACE);
  }
  if (name !== 'timestamped' && name !== 'trace')
    throw new Error(`--corpus: mixed, timestamped or trace, not ${name}`);
  return lines;
}

function fileBytes(corpus: readonly string[], lines: number): Buffer {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) out.push(corpus[i % corpus.length] as string);
  return Buffer.from(`${out.join('\n')}\n`);
}

const lines = Number(values.lines);
const file = fileBytes(corpusLines(values.corpus), lines);
const source: Source = {
  kind: 'file',
  id: 'bench',
  host: 'bench-host',
  path: '/var/log/bench.log',
  service: 'bench',
};
const READ_SIZE = 1024 * 1024;

let gcMs = 0;
let gcCount = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gcMs += entry.duration;
    gcCount++;
  }
}).observe({ entryTypes: ['gc'] });

function run(): { seconds: number; cpuSeconds: number; records: number; hash: string } {
  const pipeline = new SourcePipeline({
    source,
    startOffset: 0,
    maxLineBytes: 65536,
    multiline:
      values.multiline === 'off'
        ? undefined
        : { mode: 'auto', startPattern: undefined, maxLines: 500, maxBytes: 256 * 1024, timeoutMs: 1000 },
    limits: { recordMaxBytes: 524_288, recordMaxLines: 5000 },
    rawBody: values.wire !== 'v1',
  });
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(READ_SIZE);
  const out: BuiltChunk[] = [];
  let records = 0;
  const drain = () => {
    for (const c of out) hash.update(c.value);
    records += out.length;
    out.length = 0;
  };
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (let at = 0; at < file.length; at += READ_SIZE) {
    const n = file.copy(buffer, 0, at, Math.min(file.length, at + READ_SIZE));
    pipeline.push(buffer.subarray(0, n), 0, out);
    pipeline.endOfRead(0, out);
    drain();
  }
  pipeline.flushAll(0, out);
  drain();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  return {
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    records,
    hash: hash.digest('hex').slice(0, 16),
  };
}

console.log(
  `${values.corpus}, ${lines.toLocaleString('en-US')} lines, ${(file.length / 1e6).toFixed(0)} MB, wire ${values.wire}, multiline ${values.multiline}`,
);
for (let r = 0; r < Number(values.rounds); r++) {
  gcMs = 0;
  gcCount = 0;
  const f = run();
  await new Promise((resolve) => setImmediate(resolve));
  console.log(
    `  ${Math.round(lines / f.seconds).toLocaleString('en-US')} lines/s  ${((f.cpuSeconds / lines) * 1e6).toFixed(3)} CPU-µs/line  GC ${gcMs.toFixed(0)} ms in ${gcCount}  ${f.records} records  sha256 ${f.hash}`,
  );
}
