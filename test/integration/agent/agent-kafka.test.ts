import { appendFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseAgentConfig, startAgent } from '#agent/index.ts';
import { createKafkaSender } from '#agent/sink/kafka.ts';
import type { OutRecord, Placement, RecordSender } from '#agent/sink/sink.ts';
import {
  decodeHeartbeat,
  HEARTBEAT_CONTENT_TYPE,
  RAW_BODY_CONTENT_TYPE,
  WIRE_CONTENT_TYPE,
} from '#core/wire.ts';
import { eventually } from '../../support/wait.ts';
import { createTopics, TopicCollector, uniqueTopic } from './kafka-collector.ts';
import { offsetsByLastCopy } from './support.ts';

let dir: string;
let bootstrap: string;

beforeAll(async () => {
  bootstrap = inject('endpoints').kafkaBootstrap;
  dir = await mkdtemp(join(tmpdir(), 'logward-agent-it-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('agent → real Kafka', () => {
  it('ships appended lines keyed by source, as v2 records where they are whole UTF-8 lines and v1 otherwise', async () => {
    const logs = uniqueTopic('logs');
    const heartbeats = uniqueTopic('hb');
    await createTopics(bootstrap, [logs, heartbeats]);
    const collector = await TopicCollector.start(bootstrap, logs);
    await mkdir(join(dir, 'basic'), { recursive: true });
    const path = join(dir, 'basic', 'app.log');
    await writeFile(path, 'before start\n');
    const agent = await startAgent(
      parseAgentConfig({
        kafka: { brokers: [bootstrap], topics: { logs, heartbeats } },
        inputs: {
          files: [{ paths: [join(dir, 'basic', '*.log')], service: 'payments', tags: { env: 'it' } }],
        },
        state_dir: join(dir, 'basic-state'),
        heartbeat: { enabled: false },
        status: false,
      }),
      { log: () => undefined },
    );
    try {
      await appendFile(path, 'first\nsecond\n');
      await eventually('2 lines in Kafka', async () => (collector.lines().length >= 2 ? true : undefined), {
        timeoutMs: 30_000,
      });
      // A line of invalid UTF-8 cannot travel as raw bytes: its record is v1 (and the few lines after
      // it in the same read join that record, see SourcePipeline's V1_RUN).
      await appendFile(path, Buffer.concat([Buffer.from('bad \xff\n', 'latin1'), Buffer.from('third\r\n')]));
      await eventually('4 lines in Kafka', async () => (collector.lines().length >= 4 ? true : undefined), {
        timeoutMs: 30_000,
      });
      const lines = collector.lines();
      expect(lines.map((l) => [l.o, l.m, l.f])).toEqual([
        [13, 'first', undefined],
        [19, 'second', undefined],
        [26, 'bad \\xff', ['invalid_utf8']],
        [32, 'third', undefined],
      ]);
      const typeOf = (m: string) =>
        collector.raw[collector.chunks.findIndex((c) => c.lines.some((l) => l.m === m))];
      expect(['first', 'second', 'bad \\xff'].map((m) => typeOf(m)?.contentType)).toEqual([
        RAW_BODY_CONTENT_TYPE,
        RAW_BODY_CONTENT_TYPE,
        WIRE_CONTENT_TYPE,
      ]);
      expect(collector.raw[0]?.key).toBe(collector.chunks[0]?.src.id);
      expect(collector.chunks[0]?.src).toMatchObject({
        kind: 'file',
        path,
        service: 'payments',
        tags: { env: 'it' },
      });
    } finally {
      await agent.stop();
      await collector.close();
    }
  });

  it('sends agent heartbeats to the heartbeats topic', async () => {
    const logs = uniqueTopic('logs');
    const heartbeats = uniqueTopic('hb');
    await createTopics(bootstrap, [logs, heartbeats]);
    const collector = await TopicCollector.start(bootstrap, heartbeats);
    await mkdir(join(dir, 'hb'), { recursive: true });
    const agent = await startAgent(
      parseAgentConfig({
        node_id: 'it-node',
        kafka: { brokers: [bootstrap], topics: { logs, heartbeats } },
        inputs: { files: [{ paths: [join(dir, 'hb', '*.log')] }] },
        state_dir: join(dir, 'hb-state'),
        heartbeat: { interval_s: 1 },
        status: false,
      }),
      { log: () => undefined },
    );
    try {
      await eventually('2 heartbeats', async () => (collector.raw.length >= 2 ? true : undefined), {
        timeoutMs: 30_000,
      });
      const first = collector.raw[0];
      expect(first?.key).toBe('it-node');
      expect(first?.contentType).toBe(HEARTBEAT_CONTENT_TYPE);
      const decoded = decodeHeartbeat(first?.value ?? Buffer.alloc(0));
      expect(decoded).toMatchObject({
        ok: true,
        heartbeat: { type: 'agent', nodeId: 'it-node', seq: 0, intervalSeconds: 1 },
      });
    } finally {
      await agent.stop();
      await collector.close();
    }
  });

  it('keeps the lines of a file in order in Kafka when a batch fails while the batches sent behind it are written', async () => {
    const logs = uniqueTopic('logs');
    const heartbeats = uniqueTopic('hb');
    await createTopics(bootstrap, [logs, heartbeats]);
    const collector = await TopicCollector.start(bootstrap, logs);
    await mkdir(join(dir, 'order'), { recursive: true });
    const path = join(dir, 'order', 'app.log');
    const lines = Array.from({ length: 4000 }, (_, i) => `line ${i} of a file shipped in many small batches`);
    await writeFile(path, `${lines.join('\n')}\n`);
    const config = parseAgentConfig({
      kafka: {
        brokers: [bootstrap],
        topics: { logs, heartbeats },
        max_in_flight: 3,
        batch_max_bytes: 16_000,
        record_max_bytes: 8_000,
        retry_initial_ms: 50,
      },
      limits: { max_line_bytes: 1000 },
      inputs: { files: [{ paths: [join(dir, 'order', '*.log')], start_at: 'beginning', multiline: false }] },
      state_dir: join(dir, 'order-state'),
      heartbeat: { enabled: false },
      status: false,
    });
    const kafka = await createKafkaSender(config.kafka, config.nodeId);
    const failing = failThirdBatchAfterTheNext(kafka);
    const agent = await startAgent(config, { log: () => undefined, sender: failing.sender });
    try {
      const size = lines.join('\n').length + 1;
      await eventually(
        'the whole file acknowledged',
        async () => (agent.status().files[0]?.ackedOffset === size ? true : undefined),
        { timeoutMs: 60_000 },
      );
      expect(failing.failed()).toBe(true);
      await eventually('every line in Kafka', async () =>
        collector.distinct().size === lines.length ? true : undefined,
      );
      const read = collector.lines();
      const [offsets] = [...offsetsByLastCopy(read).values()];
      const text = new Map(read.map((l) => [l.o, l.m]));
      expect(offsets).toEqual([...(offsets ?? [])].sort((a, b) => a - b));
      expect(offsets?.map((o) => text.get(o))).toEqual(lines);
      // Only the batches written ahead of the failed one's retry went twice.
      const { sendErrors, resentForOrder } = agent.status().kafka;
      expect(sendErrors).toBe(1);
      expect(resentForOrder).toBeGreaterThanOrEqual(1);
      expect(resentForOrder).toBeLessThanOrEqual(2);
      expect(read.length).toBeGreaterThan(lines.length);
    } finally {
      await agent.stop();
      await collector.close();
    }
  });
});

/**
 * The real sender, except that its third batch fails: held until the batch sent after it was
 * written and acknowledged by Kafka, then refused without being sent, as a request that timed out
 * would be. Its retries go through.
 */
function failThirdBatchAfterTheNext(real: RecordSender): { sender: RecordSender; failed: () => boolean } {
  let batches = 0;
  let failed = false;
  let refuseHeld: ((error: Error) => void) | undefined;
  const sender: RecordSender = {
    send(records: readonly OutRecord[]): Promise<Placement> {
      batches++;
      if (batches === 3)
        return new Promise<Placement>((_, reject) => {
          refuseHeld = reject;
        });
      const sent = real.send(records);
      const held = refuseHeld;
      refuseHeld = undefined;
      if (held)
        void sent.finally(() => {
          failed = true;
          held(new Error('request timed out (injected by the test)'));
        });
      return sent;
    },
    close: () => real.close(),
  };
  return { sender, failed: () => failed };
}
