import { mkdir, mkdtemp, open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Compression } from '#agent/config/types.ts';
import { parseAgentConfig, startAgent } from '#agent/index.ts';
import { eventually } from '../../support/wait.ts';
import { createTopics, uniqueTopic } from './kafka-collector.ts';

// Rerun: npx vitest run --project engines test/integration/agent/throughput.test.ts
// (LOGWARD_AGENT_BENCH_LINES and LOGWARD_AGENT_BENCH_COMPRESSION change the size and codec.)
const LINES = Number(process.env.LOGWARD_AGENT_BENCH_LINES ?? 1_000_000);
const COMPRESSION = (process.env.LOGWARD_AGENT_BENCH_COMPRESSION ?? 'zstd') as Compression;

let dir: string;
let bootstrap: string;

beforeAll(async () => {
  bootstrap = inject('endpoints').kafkaBootstrap;
  dir = await mkdtemp(join(tmpdir(), 'logward-agent-bench-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writeCorpus(path: string, lines: number): Promise<void> {
  const services = ['payment-service', 'order-service', 'auth-service'];
  const levels = ['INFO', 'INFO', 'INFO', 'INFO', 'WARN', 'ERROR', 'DEBUG'];
  const file = await open(path, 'w');
  const base = Date.now() - lines;
  let batch: string[] = [];
  for (let i = 0; i < lines; i++) {
    const t = new Date(base + i).toISOString().replace('T', ' ').slice(0, 19);
    batch.push(
      `${t} ${levels[i % 7]} [${services[i % 3]}] Payment completed for order order_${(i * 7919) % 100000} in ${i % 300}ms`,
    );
    if (batch.length === 10_000) {
      await file.write(`${batch.join('\n')}\n`);
      batch = [];
    }
  }
  if (batch.length > 0) await file.write(`${batch.join('\n')}\n`);
  await file.close();
}

describe('throughput', () => {
  it(`ships a ${LINES}-line file into local Kafka`, async () => {
    const logs = uniqueTopic('bench');
    const heartbeats = uniqueTopic('hb');
    await createTopics(bootstrap, [logs, heartbeats]);
    await mkdir(join(dir, 'logs'), { recursive: true });
    const path = join(dir, 'logs', 'big.log');
    await writeCorpus(path, LINES);
    const size = (await stat(path)).size;
    const started = Date.now();
    const agent = await startAgent(
      parseAgentConfig({
        kafka: { brokers: [bootstrap], topics: { logs, heartbeats }, compression: COMPRESSION },
        inputs: { files: [{ paths: [path], start_at: 'beginning' }] },
        state_dir: join(dir, 'state'),
        heartbeat: { enabled: false },
        status: false,
      }),
      { log: () => undefined },
    );
    try {
      await eventually(
        'file acknowledged',
        async () => (agent.status().files[0]?.ackedOffset === size ? true : undefined),
        {
          timeoutMs: 600_000,
          intervalMs: 50,
        },
      );
      const seconds = (Date.now() - started) / 1000;
      const status = agent.status();
      console.log(
        `throughput: ${LINES} lines (${(size / 1e6).toFixed(0)} MB) in ${seconds.toFixed(1)} s = ${Math.round(LINES / seconds)} lines/s, ${(size / 1e6 / seconds).toFixed(1)} MB/s; ${status.kafka.sentRecords} records, compression ${COMPRESSION}`,
      );
      expect(status.files[0]?.lines).toBe(LINES);
    } finally {
      await agent.stop();
    }
  });
});
