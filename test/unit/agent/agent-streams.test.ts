import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseAgentConfig, type RunningAgent, startAgent } from '#agent/index.ts';
import { decodeHeartbeat } from '#core/wire.ts';
import { FakeSender, waitFor } from './fake-sender.ts';

let dir: string;
const running: RunningAgent[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'logward-agent-streams-'));
});

afterEach(async () => {
  for (const a of running.splice(0)) await a.stop();
  await rm(dir, { recursive: true, force: true });
});

function config(extra: Record<string, unknown> = {}) {
  return parseAgentConfig({
    node_id: 'node-1',
    kafka: { brokers: ['127.0.0.1:1'], topics: { logs: 'logs', heartbeats: 'hb' }, linger_ms: 0 },
    inputs: { stdin: { service: 'cron' }, http: { listen: '127.0.0.1:0', service: 'web' } },
    state_dir: join(dir, 'state'),
    poll_interval_ms: 10,
    checkpoint_interval_ms: 50,
    heartbeat: { enabled: false },
    status: { listen: '127.0.0.1:0' },
    ...extra,
  });
}

async function start(sender: FakeSender, stdin: PassThrough, c = config()): Promise<RunningAgent> {
  const agent = await startAgent(c, { sender, stdin, log: () => undefined, stopTimeoutMs: 300 });
  running.push(agent);
  return agent;
}

describe('stream inputs and ops endpoints (fake Kafka)', () => {
  it('ships stdin lines, including a last line without newline at end of input', async () => {
    const sender = new FakeSender();
    const stdin = new PassThrough();
    await start(sender, stdin);
    stdin.write('a\nb');
    stdin.write('c\nlast');
    stdin.end();
    await waitFor(() => sender.lines().length === 3);
    expect(sender.lines().map((l) => [l.o, l.m])).toEqual([
      [0, 'a'],
      [2, 'bc'],
      [5, 'last'],
    ]);
    expect(sender.chunks[0]?.src).toMatchObject({ kind: 'stdin', service: 'cron', host: expect.any(String) });
  });

  it('accepts HTTP log lines (JSON and text) and app heartbeats; reports status and metrics', async () => {
    const sender = new FakeSender();
    const agent = await start(sender, new PassThrough());
    const { http, status } = agent.status().endpoints;
    const post = (path: string, body: string, type = 'application/json') =>
      fetch(`${http}${path}`, { method: 'POST', body, headers: { 'content-type': type } });
    expect((await post('/v1/logs', JSON.stringify({ lines: ['one', 'multi\nline'] }))).status).toBe(202);
    expect((await post('/v1/logs', 'three\nfour\n', 'text/plain')).status).toBe(202);
    expect((await post('/v1/logs', '{"lines": [1]}')).status).toBe(400);
    expect((await post('/v1/heartbeat', JSON.stringify({ app: 'billing', status: 'ok' }))).status).toBe(202);
    await waitFor(() => sender.lines().length === 4 && sender.others.length === 1);
    expect(sender.others[0]).toMatchObject({ topic: 'hb', key: 'node-1/billing' });
    expect(sender.texts()).toEqual(['one', 'multi\nline', 'three', 'four']);
    expect(sender.chunks[0]?.src).toMatchObject({ kind: 'http', service: 'web' });
    const health = await fetch(`${status}/health`);
    expect(health.status).toBe(200);
    const s = (await (await fetch(`${status}/status`)).json()) as { streams: { input: string }[] };
    expect(s.streams.map((x) => x.input)).toEqual(['stdin', 'http']);
    const metrics = await (await fetch(`${status}/metrics`)).text();
    expect(metrics).toContain('logward_agent_kafka_sent_records_total');
    expect(metrics).toMatch(
      /logward_agent_up\{version="[^"]+",config_hash="[0-9a-f]{16}",node_id="node-1"\} 1/,
    );
  });

  it('sends agent heartbeats with per-input progress to the heartbeats topic', async () => {
    const sender = new FakeSender();
    const raw = sender.others;
    await start(sender, new PassThrough(), config({ heartbeat: { interval_s: 1 } }));
    await waitFor(() => raw.length >= 2, 5000, 'two heartbeats');
    const first = decodeHeartbeat(raw[0]?.value as Buffer);
    expect(first.ok).toBe(true);
    if (!first.ok || first.heartbeat.type !== 'agent') throw new Error('expected an agent heartbeat');
    expect(raw[0]?.key).toBe('node-1');
    expect(raw[0]?.contentType).toBe('application/vnd.logward.heartbeat.v1+json');
    expect(first.heartbeat).toMatchObject({
      v: 1,
      nodeId: 'node-1',
      seq: 0,
      intervalSeconds: 1,
      paused: false,
    });
    expect(first.heartbeat.inputs.map((i) => i.kind)).toEqual(['stdin', 'http']);
  });

  it('keeps spooled HTTP lines across a restart while Kafka is down', async () => {
    const sender = new FakeSender();
    sender.failing = true;
    const a = await start(sender, new PassThrough());
    const res = await fetch(`${a.status().endpoints.http}/v1/logs`, {
      method: 'POST',
      body: JSON.stringify(['kept 1', 'kept 2']),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(202);
    await waitFor(() => sender.attempts > 0);
    running.splice(running.indexOf(a), 1);
    await a.stop();
    sender.failing = false;
    await start(sender, new PassThrough());
    await waitFor(() => sender.lines().length === 2);
    expect(sender.texts()).toEqual(['kept 1', 'kept 2']);
  });
});
