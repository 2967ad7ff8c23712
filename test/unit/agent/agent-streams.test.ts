import { mkdir, mkdtemp, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { AuthenticationError, ProtocolError } from '@platformatic/kafka';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseAgentConfig, type RunningAgent, startAgent } from '#agent/index.ts';
import { OpsServer } from '#agent/ops/server.ts';
import { decodeHeartbeat } from '#core/wire.ts';
import { FakeSender, waitFor } from './fake-sender.ts';
import { selfSigned } from './self-signed.ts';

let dir: string;
const running: RunningAgent[] = [];
const TOKEN = 'test-token-0123456789abcdef';
const auth = { authorization: `Bearer ${TOKEN}` };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'logward-agent-streams-'));
  await mkdir(join(dir, 'secrets'));
  await writeFile(join(dir, 'secrets', 'http.token'), `${TOKEN}\n`, { mode: 0o600 });
});

afterEach(async () => {
  for (const a of running.splice(0)) await a.stop();
  await rm(dir, { recursive: true, force: true });
});

function config(extra: Record<string, unknown> = {}) {
  return parseAgentConfig({
    node_id: 'node-1',
    kafka: { brokers: ['127.0.0.1:1'], topics: { logs: 'logs', heartbeats: 'hb' }, linger_ms: 0 },
    inputs: {
      stdin: { service: 'cron' },
      http: { listen: '127.0.0.1:0', service: 'web', token_file: join(dir, 'secrets', 'http.token') },
    },
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
      fetch(`${http}${path}`, { method: 'POST', body, headers: { 'content-type': type, ...auth } });
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
    expect(metrics).toContain('\nlogward_agent_kafka_resent_for_order_batches_total 0\n');
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
      headers: { 'content-type': 'application/json', ...auth },
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

/** A request with full control of the headers (fetch will not send a foreign Host). */
function rawRequest(
  base: string,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string; ca?: Buffer },
): Promise<{ status: number; body: string }> {
  const url = new URL(options.path, base);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      url,
      {
        method: options.method ?? 'POST',
        headers: { 'content-type': 'application/json', ...options.headers },
        ...(options.ca && { ca: options.ca }),
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          body += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body ?? '');
  });
}

describe('HTTP input trust boundary', () => {
  it('requires the token (Bearer or X-Logward-Token), checks Host, and leaves /health open', async () => {
    const sender = new FakeSender();
    const agent = await start(sender, new PassThrough());
    const http = agent.status().endpoints.http as string;
    const body = JSON.stringify({ lines: ['x'] });
    const post = (headers: Record<string, string>) => rawRequest(http, { path: '/v1/logs', headers, body });
    expect((await post({})).status).toBe(401);
    expect((await post({ authorization: 'Bearer wrong-token-0123456789' })).status).toBe(401);
    expect((await post({ 'x-logward-token': 'wrong' })).status).toBe(401);
    expect((await post({ ...auth, host: 'attacker.example:8687' })).status).toBe(421);
    // A Host that only starts like a loopback address is not one.
    expect((await post({ ...auth, host: '[::1]evil.example' })).status).toBe(421);
    expect((await post({ ...auth, host: 'localhost:8687' })).status).toBe(202);
    expect((await post({ 'x-logward-token': TOKEN })).status).toBe(202);
    expect((await post({ 'x-logward-token': TOKEN, host: '[::1]:8687' })).status).toBe(202);
    const heartbeat = (headers: Record<string, string>) =>
      rawRequest(http, { path: '/v1/heartbeat', headers, body: JSON.stringify({ app: 'billing' }) });
    expect((await heartbeat({})).status).toBe(401);
    expect((await heartbeat(auth)).status).toBe(202);
    expect((await rawRequest(http, { method: 'GET', path: '/health' })).status).toBe(200);
    expect(
      (await rawRequest(http, { method: 'GET', path: '/health', headers: { host: 'evil' } })).status,
    ).toBe(421);
    await waitFor(() => sender.lines().length === 3);
    expect(agent.status().http?.refused).toEqual({ overloaded: 0, host: 3, token: 4 });
    // The loopback status endpoint checks Host the same way.
    const status = agent.status().endpoints.status as string;
    expect(
      (await rawRequest(status, { method: 'GET', path: '/status', headers: { host: 'evil' } })).status,
    ).toBe(421);
    expect(
      (await rawRequest(status, { method: 'GET', path: '/status', headers: { host: '[::1]evil' } })).status,
    ).toBe(421);
    expect((await rawRequest(status, { method: 'GET', path: '/status' })).status).toBe(200);
  });

  it('off loopback, the status endpoint needs its token on every request, and will not start without one', async () => {
    const agent = await start(
      new FakeSender(),
      new PassThrough(),
      config({
        status: {
          listen: '0.0.0.0:0',
          token_file: join(dir, 'secrets', 'http.token'),
          allow_plaintext: true,
        },
      }),
    );
    const status = (agent.status().endpoints.status as string).replace('0.0.0.0', '127.0.0.1');
    for (const path of ['/health', '/status', '/metrics']) {
      expect((await rawRequest(status, { method: 'GET', path })).status, path).toBe(401);
      expect(
        (await rawRequest(status, { method: 'GET', path, headers: { 'x-logward-token': 'wrong' } })).status,
      ).toBe(401);
      expect((await rawRequest(status, { method: 'GET', path, headers: auth })).status, path).toBe(200);
    }
    await expect(OpsServer.start({ host: '0.0.0.0', port: 0 }, () => agent.status())).rejects.toThrow(
      'the status endpoint listens on 0.0.0.0, off loopback, only with a token',
    );
  });

  it('off loopback with tls, the status endpoint and the HTTP input answer over HTTPS only', async () => {
    const { certFile, keyFile, cert } = await selfSigned(dir);
    const tls = { cert_file: certFile, key_file: keyFile };
    const agent = await start(
      new FakeSender(),
      new PassThrough(),
      config({
        inputs: {
          http: {
            listen: '0.0.0.0:0',
            allow_remote: true,
            allowed_hosts: ['127.0.0.1'],
            service: 'web',
            token_file: join(dir, 'secrets', 'http.token'),
            tls,
          },
        },
        status: { listen: '0.0.0.0:0', token_file: join(dir, 'secrets', 'http.token'), tls },
      }),
    );
    const { status, http } = agent.status().endpoints as { status: string; http: string };
    expect(status).toMatch(/^https:\/\/0\.0\.0\.0:\d+$/);
    expect(http).toMatch(/^https:\/\/0\.0\.0\.0:\d+$/);
    const local = (url: string) => url.replace('0.0.0.0', '127.0.0.1');
    const health = await rawRequest(local(status), {
      method: 'GET',
      path: '/health',
      headers: auth,
      ca: cert,
    });
    expect(health.status).toBe(200);
    const posted = await rawRequest(local(http), {
      path: '/v1/logs',
      headers: auth,
      body: JSON.stringify({ lines: ['over tls'] }),
      ca: cert,
    });
    expect(posted.status).toBe(202);
    // The token never travels in the clear: a plain-HTTP request to the TLS port gets no answer.
    await expect(
      rawRequest(local(status).replace('https:', 'http:'), { method: 'GET', path: '/health', headers: auth }),
    ).rejects.toThrow();
  });

  it('closes the connection after a refusal instead of reading the rest of the body', async () => {
    const agent = await start(new FakeSender(), new PassThrough());
    const url = new URL('/v1/logs', agent.status().endpoints.http);
    const answer = await new Promise<{ status: number; connection: string | undefined }>(
      (resolve, reject) => {
        const req = httpRequest(url, {
          method: 'POST',
          headers: { 'content-type': 'text/plain', 'content-length': String(100 * 1024 * 1024) },
        });
        req.on('response', (res) =>
          resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }),
        );
        req.on('error', reject);
        req.write('the first bytes of a body that never ends');
      },
    );
    expect(answer).toEqual({ status: 401, connection: 'close' });
  });

  it('answers 503 past max_concurrent_requests, and takes requests again once they finish', async () => {
    const sender = new FakeSender();
    const c = config();
    const agent = await start(
      sender,
      new PassThrough(),
      parseAgentConfig({
        node_id: 'node-1',
        kafka: { brokers: ['127.0.0.1:1'], topics: { logs: 'logs', heartbeats: 'hb' }, linger_ms: 0 },
        inputs: {
          http: {
            listen: '127.0.0.1:0',
            token_file: c.inputs.http?.tokenFile,
            max_concurrent_requests: 2,
          },
        },
        state_dir: c.stateDir,
        heartbeat: { enabled: false },
        status: false,
      }),
    );
    const url = new URL('/v1/logs', agent.status().endpoints.http);
    // Two requests that send their headers and part of their body, then stall.
    const stalled = [0, 1].map(() => {
      const req = httpRequest(url, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'text/plain', 'content-length': '100' },
      });
      req.on('error', () => undefined);
      req.write('partial');
      return req;
    });
    await waitFor(() => agent.status().http?.inFlight === 2, 5000, 'two requests in flight');
    const third = await rawRequest(url.origin, { path: '/v1/logs', headers: auth, body: '["x"]' });
    expect(third.status).toBe(503);
    for (const req of stalled) req.destroy();
    await waitFor(() => agent.status().http?.inFlight === 0, 5000, 'the stalled requests gone');
    expect((await rawRequest(url.origin, { path: '/v1/logs', headers: auth, body: '["y"]' })).status).toBe(
      202,
    );
    expect(agent.status().http?.refused.overloaded).toBe(1);
  });

  it('creates a random token file (0600) at the default path when none is configured', async () => {
    const c = parseAgentConfig({
      kafka: { brokers: ['127.0.0.1:1'], topics: { logs: 'logs', heartbeats: 'hb' } },
      inputs: { http: { listen: '127.0.0.1:0' } },
      state_dir: join(dir, 'state-default'),
      heartbeat: { enabled: false },
      status: false,
    });
    const agent = await start(new FakeSender(), new PassThrough(), c);
    const path = join(dir, 'state-default', 'http.token');
    const token = (await readFile(path, 'utf8')).trim();
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    const http = agent.status().endpoints.http as string;
    expect(
      (await rawRequest(http, { path: '/v1/logs', headers: { 'x-logward-token': token }, body: '["z"]' }))
        .status,
    ).toBe(202);
  });

  it('answers 202 only after the lines are fsynced', async () => {
    const events: string[] = [];
    const probe = await open(join(dir, 'secrets', 'http.token'), 'r');
    const proto = Object.getPrototypeOf(probe) as { datasync(): Promise<void> };
    await probe.close();
    const original = proto.datasync;
    const spy = vi.spyOn(proto, 'datasync').mockImplementation(async function (this: unknown) {
      await original.call(this);
      events.push('fsynced');
    });
    try {
      const agent = await start(new FakeSender(), new PassThrough());
      const http = agent.status().endpoints.http as string;
      const res = await rawRequest(http, { path: '/v1/logs', headers: auth, body: '["durable"]' });
      events.push(`answered ${res.status}`);
      expect(events).toEqual(['fsynced', 'answered 202']);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('failures the agent reports or rides out', () => {
  it('stdin pauses while the spool cannot be written, and loses no line', async () => {
    const sender = new FakeSender();
    const stdin = new PassThrough();
    const agent = await start(sender, stdin);
    const spoolDir = join(dir, 'state', 'spool', 'stdin');
    await rename(spoolDir, `${spoolDir}.moved`);
    await writeFile(spoolDir, '');
    stdin.write('one\ntwo\n');
    await waitFor(() => (agent.status().streams[0]?.errors ?? 0) > 0, 5000, 'a failed spool write');
    stdin.write('three\n');
    await rm(spoolDir);
    await rename(`${spoolDir}.moved`, spoolDir);
    stdin.write('four\n');
    await waitFor(() => sender.lines().length === 4, 10_000, 'every line');
    expect(sender.texts()).toEqual(['one', 'two', 'three', 'four']);
  });

  it('reports refused credentials as such in status, /health, /metrics and heartbeats', async () => {
    const sender = new FakeSender();
    sender.refuse = () => new AuthenticationError('SASL authentication failed.');
    const agent = await start(sender, new PassThrough());
    const post = await rawRequest(agent.status().endpoints.http as string, {
      path: '/v1/logs',
      headers: auth,
      body: '["held"]',
    });
    expect(post.status).toBe(202);
    await waitFor(() => agent.status().kafka.failure === 'authentication', 5000, 'the failure');
    const base = agent.status().endpoints.status as string;
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ healthy: false, kafkaFailure: 'authentication' });
    expect(await (await fetch(`${base}/metrics`)).text()).toContain(
      'logward_agent_kafka_failing{reason="authentication"} 1',
    );
    sender.refuse = undefined;
    await waitFor(() => sender.texts().includes('held'), 10_000, 'the held line once accepted');
    expect(agent.status().kafka.failure).toBeUndefined();
  });

  it('sends heartbeats beside a batch the broker refuses, saying why', async () => {
    const sender = new FakeSender();
    sender.refuse = (r) => (r.topic === 'logs' ? new ProtocolError('TOPIC_AUTHORIZATION_FAILED') : undefined);
    const stdin = new PassThrough();
    await start(sender, stdin, config({ heartbeat: { interval_s: 1 } }));
    stdin.write('refused line\n');
    await waitFor(
      () =>
        sender.others.some((r) => {
          const h = decodeHeartbeat(r.value);
          return h.ok && h.heartbeat.type === 'agent' && h.heartbeat.kafka.failure === 'authorization';
        }),
      10_000,
      'a heartbeat saying authorization failed',
    );
  });
});
