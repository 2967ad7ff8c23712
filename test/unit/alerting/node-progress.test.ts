import { expect, test } from 'vitest';
import { progressOf } from '#core/alerting/node-progress.ts';
import type { AgentHeartbeat } from '#core/wire.ts';

const heartbeat: AgentHeartbeat = {
  v: 1,
  type: 'agent',
  nodeId: 'web-1',
  host: 'web-1',
  agentVersion: '0.1.0',
  configHash: 'c0ffee',
  sentAt: 0,
  uptimeSeconds: 3600,
  seq: 7,
  intervalSeconds: 30,
  inputs: [
    {
      kind: 'file',
      id: 'a',
      path: '/var/log/a',
      ackedOffset: 1000,
      size: 1500,
      lagBytes: 500,
      oldestUnackedMs: 40,
      errors: 1,
    },
    { kind: 'stdin', id: 'b', ackedOffset: 24, size: 24, lagBytes: 0, oldestUnackedMs: 0, errors: 0 },
  ],
  kafka: { bufferedBytes: 2048, sendErrors: 3, consecutiveFailures: 0 },
  paused: true,
};

test('an agent heartbeat reduced to its progress: summed over its inputs', () => {
  expect(progressOf(heartbeat)).toEqual({
    inputs: 2,
    ackedBytes: 1024,
    lagBytes: 500,
    oldestUnackedMs: 40,
    errors: 1,
    bufferedBytes: 2048,
    sendErrors: 3,
    backpressure: true,
    uptimeSeconds: 3600,
  });
});

test('another program’s odd figures count as 0, never fail', () => {
  const odd = {
    ...heartbeat,
    inputs: [{ ackedOffset: 'x', lagBytes: -5, oldestUnackedMs: Number.NaN }, null],
    kafka: undefined,
    uptimeSeconds: 'long',
    paused: 'yes',
  } as unknown as AgentHeartbeat;
  expect(progressOf(odd)).toEqual({
    inputs: 2,
    ackedBytes: 0,
    lagBytes: 0,
    oldestUnackedMs: 0,
    errors: 0,
    bufferedBytes: 0,
    sendErrors: 0,
    backpressure: false,
    uptimeSeconds: 0,
  });
});
