import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgentConfig, startAgent, startGenerator } from '#agent/index.ts';
import { privateKafka } from '../../support/private-engines.ts';
import { eventually } from '../../support/wait.ts';
import { createTopics, TopicCollector, uniqueTopic } from './kafka-collector.ts';
import { expectedLines, offsetsByLastCopy, sleep, summarize } from './support.ts';

const kafka = privateKafka('agent-outage');

describe('Kafka broker down during load', () => {
  it('pauses, holds lines in files and the spool, and delivers everything when the broker returns', async () => {
    const { bootstrap, dir } = kafka;
    const logs = uniqueTopic('logs');
    const heartbeats = uniqueTopic('hb');
    await createTopics(bootstrap, [logs, heartbeats], 1);
    const logDir = join(dir, 'logs');
    await mkdir(logDir, { recursive: true });
    const path = join(logDir, 'app.log');
    const agent = await startAgent(
      parseAgentConfig({
        kafka: {
          brokers: [bootstrap],
          topics: { logs, heartbeats },
          linger_ms: 10,
          request_timeout_ms: 3000,
          retry_initial_ms: 200,
          retry_max_ms: 2000,
          buffer_max_bytes: 4 * 1024 * 1024,
        },
        inputs: {
          files: [{ paths: [join(logDir, '*.log')], service: 'outage', start_at: 'beginning' }],
          http: { listen: '127.0.0.1:0', service: 'outage-http' },
        },
        state_dir: join(dir, 'state'),
        heartbeat: { interval_s: 2 },
        status: false,
      }),
      { log: () => undefined },
    );
    const generator = await startGenerator({
      path,
      ratePerSecond: 2000,
      format: 'text',
      maxEntries: 110_000,
      stackTraceRatio: 0,
    });
    const http = agent.status().endpoints.http as string;
    // No token_file configured: the agent created one in its state directory.
    const token = (await readFile(join(dir, 'state', 'http.token'), 'utf8')).trim();
    const postLines = async (lines: string[]) => {
      const res = await fetch(`${http}/v1/logs`, {
        method: 'POST',
        body: JSON.stringify(lines),
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      });
      expect(res.status).toBe(202);
    };
    try {
      await sleep(4000);
      await postLines(['http before outage']);
      await kafka.stop();
      const downAt = Date.now();
      await postLines(['http during outage 1', 'http during outage 2']);
      await eventually(
        'agent notices the outage',
        async () => (agent.status().kafka.consecutiveFailures > 0 ? true : undefined),
        {
          timeoutMs: 30_000,
        },
      );
      await sleep(Math.max(0, 40_000 - (Date.now() - downAt)));
      const during = agent.status();
      const downFor = Date.now() - downAt;
      expect(during.heldBytes).toBeGreaterThan(1_000_000);
      expect(during.kafka.bufferedBytes).toBeLessThan(4 * 1024 * 1024 + 2 * 1024 * 1024);
      await kafka.start();
      await postLines(['http after outage']);
      await generator.done;
      const expected = await expectedLines(path);
      const collector = await TopicCollector.start(bootstrap, logs);
      try {
        await eventually(
          'every line in Kafka',
          async () => (summarize(collector.lines()).byKey.size >= expected.size + 4 ? true : undefined),
          { timeoutMs: 120_000 },
        );
        const all = [...summarize(collector.lines()).byKey.values()];
        const fileLines = new Map(all.filter((l) => l.path === path).map((l) => [l.o, l.m]));
        expect(fileLines).toEqual(expected);
        // Batches in flight when the broker went away were retried: each source's lines, as their
        // last copies left them, are still in order.
        for (const offsets of offsetsByLastCopy(collector.lines()).values())
          expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
        expect(all.filter((l) => l.path === undefined).map((l) => l.m)).toEqual([
          'http before outage',
          'http during outage 1',
          'http during outage 2',
          'http after outage',
        ]);
        console.log(
          `outage: held ${(during.heldBytes / 1e6).toFixed(1)} MB while down ${(downFor / 1000).toFixed(0)} s; peak buffer ${(during.kafka.bufferedBytes / 1e6).toFixed(1)} MB; ${expected.size} file lines + 4 HTTP lines delivered`,
        );
      } finally {
        await collector.close();
      }
    } finally {
      await generator.stop();
      await agent.stop();
    }
  });
});
