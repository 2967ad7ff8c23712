import { appendFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AgentConfig, parseAgentConfig, type RunningAgent, startAgent } from '#agent/index.ts';
import { CriPartialJoiner, kubernetesPathMetadata } from '#agent/pipeline/cri.ts';
import type { Line } from '#agent/pipeline/lines.ts';
import { FakeSender, waitFor } from './fake-sender.ts';

function lines(texts: string[], start = 0): Line[] {
  let offset = start;
  return texts.map((text) => {
    const line = { offset, end: offset + Buffer.byteLength(text) + 1, text, flags: [] };
    offset = line.end;
    return line;
  });
}

function joinAll(joiner: CriPartialJoiner, input: Line[]): Line[] {
  const out: Line[] = [];
  for (const line of input) joiner.push(line, out);
  return out;
}

describe('kubernetes container log paths', () => {
  it('name the namespace, pod, pod uid and container', () => {
    expect(kubernetesPathMetadata('/var/log/pods/payments_api-7d9c-x2x_0f7a9b5e-1c2d/api/0.log')).toEqual({
      namespace: 'payments',
      pod: 'api-7d9c-x2x',
      podUid: '0f7a9b5e-1c2d',
      container: 'api',
    });
    const rotated = '/var/log/pods/kube-system_coredns-1_u/coredns/3.log.20251023-143215';
    expect(kubernetesPathMetadata(rotated)).toMatchObject({ namespace: 'kube-system', container: 'coredns' });
    expect(kubernetesPathMetadata('/var/log/app/0.log')).toBe(undefined);
    expect(kubernetesPathMetadata('/var/log/pods/no-underscores/c/0.log')).toBe(undefined);
  });

  it('take only names Kubernetes gives: a container becomes the service, which the ingest side bounds', () => {
    // 201 characters or a newline: ingest would refuse every record of the file (src.service), and
    // 63 is a container's and a namespace's limit anyway (DNS labels), 253 a pod's.
    for (const container of ['c'.repeat(201), 'c'.repeat(64), 'a\nb', 'Api'])
      expect(kubernetesPathMetadata(`/var/log/pods/ns_pod_u/${container}/0.log`)).toBe(undefined);
    for (const [namespace, pod] of [
      ['n'.repeat(64), 'pod'],
      ['ns', 'p'.repeat(254)],
      ['ns\u0085', 'pod'],
    ])
      expect(kubernetesPathMetadata(`/var/log/pods/${namespace}_${pod}_u/c/0.log`)).toBe(undefined);
    expect(
      kubernetesPathMetadata(
        `/var/log/pods/${'n'.repeat(63)}_${'p.q'.repeat(84)}p_u/${'c'.repeat(63)}/0.log`,
      ),
    ).toMatchObject({ container: 'c'.repeat(63) });
  });
});

describe('CRI partial lines', () => {
  it('joins P parts with their F part into one line at the first part, per stream', () => {
    const joiner = new CriPartialJoiner(1024);
    const input = lines([
      '2025-10-23T14:32:15.1Z stdout P first half, ',
      '2025-10-23T14:32:15.2Z stderr F an error in between',
      '2025-10-23T14:32:15.3Z stdout F second half',
      '2025-10-23T14:32:16Z stdout F whole',
    ]);
    const out = joinAll(joiner, input);
    expect(out.map((l) => [l.offset, l.text])).toEqual([
      [input[1]?.offset, '2025-10-23T14:32:15.2Z stderr F an error in between'],
      [0, '2025-10-23T14:32:15.1Z stdout F first half, second half'],
      [input[3]?.offset, '2025-10-23T14:32:16Z stdout F whole'],
    ]);
    expect(out[1]?.end).toBe(input[2]?.end);
    expect(joiner.pendingStart).toBe(undefined);
  });

  it('holds the checkpoint at a partial line until it is whole, and flushes it still tagged P', () => {
    const joiner = new CriPartialJoiner(1024);
    const input = lines(['2025-10-23T14:32:15Z stdout F done', '2025-10-23T14:32:16Z stdout P cut off'], 100);
    expect(joinAll(joiner, input)).toHaveLength(1);
    expect(joiner.pendingStart).toBe(input[1]?.offset);
    const flushed: Line[] = [];
    joiner.flush(flushed);
    expect(flushed.map((l) => l.text)).toEqual(['2025-10-23T14:32:16Z stdout P cut off']);
    expect(joiner.pendingStart).toBe(undefined);
  });

  it('caps a joined line at the line limit and flags it truncated', () => {
    const joiner = new CriPartialJoiner(10);
    const out = joinAll(joiner, lines(['t stdout P 123456', 't stdout P 7890abcdef', 't stdout F ghij']));
    expect(out.map((l) => [l.text, l.flags])).toEqual([['t stdout F 1234567890', ['truncated']]]);
  });

  it('passes lines that are not CRI lines through untouched', () => {
    const input = lines(['plain text', '']);
    expect(joinAll(new CriPartialJoiner(1024), input)).toEqual(input);
  });
});

describe('the kubernetes input', () => {
  let dir: string;
  const running: RunningAgent[] = [];

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'logward-k8s-'));
  });

  afterEach(async () => {
    for (const agent of running.splice(0)) await agent.stop();
    await rm(dir, { recursive: true, force: true });
  });

  function config(kubernetes: unknown): AgentConfig {
    return parseAgentConfig({
      kafka: { brokers: ['127.0.0.1:1'], topics: { logs: 'logs', heartbeats: 'heartbeats' }, linger_ms: 0 },
      inputs: { kubernetes },
      state_dir: join(dir, 'state'),
      scan_interval_ms: 50,
      poll_interval_ms: 10,
      heartbeat: { enabled: false },
      status: false,
    });
  }

  it('defaults to every pod log of the node, read from the beginning', () => {
    const [input] = config(true).inputs.files;
    expect(input).toMatchObject({
      paths: ['/var/log/pods/*/*/*.log'],
      startAt: 'beginning',
      kubernetes: true,
    });
  });

  it('names a bad key with what was expected', () => {
    expect(() => config({ multiline: 'java' })).toThrow(
      /inputs\.kubernetes\.multiline: expected one of the known keys/,
    );
    expect(() => config({ paths: ['pods/*.log'] })).toThrow(/inputs\.kubernetes\.paths\[0\]/);
  });

  it('ships each container file with namespace, pod and container from its path, partial lines joined', async () => {
    const containerDir = join(dir, 'pods', 'shop_cart-5f6d_7e1b', 'cart');
    await mkdir(containerDir, { recursive: true });
    await appendFile(
      join(containerDir, '0.log'),
      [
        '2025-10-23T14:32:15.1Z stdout P {"level":"info","msg":"a long ',
        '2025-10-23T14:32:15.1Z stdout F line"}',
        '2025-10-23T14:32:16Z stderr F panic: boom',
        '',
      ].join('\n'),
    );
    const sender = new FakeSender();
    const agent = await startAgent(config({ paths: [join(dir, 'pods', '*', '*', '*.log')] }), {
      sender,
      log: () => undefined,
      stopTimeoutMs: 500,
    });
    running.push(agent);
    await waitFor(() => sender.lines().length === 2);
    expect(sender.texts()).toEqual([
      '2025-10-23T14:32:15.1Z stdout F {"level":"info","msg":"a long line"}',
      '2025-10-23T14:32:16Z stderr F panic: boom',
    ]);
    expect(sender.lines().map((l) => l.o)).toEqual([0, 102]);
    expect(sender.chunks[0]?.src).toMatchObject({
      kind: 'file',
      service: 'cart',
      tags: { namespace: 'shop', pod: 'cart-5f6d', container: 'cart' },
    });
  });
});
