import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { type LocalTopology, localTopology } from '#local/bootstrap.ts';
import { type RunningPipeline, startPipeline } from '#local/pipeline.ts';

export interface TestStack {
  readonly pipeline: RunningPipeline;
  readonly topology: LocalTopology;
  readonly apiKey: string;
  readonly dir: string;
  readonly kafkaBootstrap: string;
  /** GET on the local API with the key; returns status and parsed JSON. */
  get(path: string, headers?: Record<string, string>): Promise<{ status: number; body: unknown }>;
}

/** A pipeline on the run's engines with topics, tables and consumer group of its own. */
export async function startTestStack(name: string): Promise<TestStack> {
  const endpoints = inject('endpoints');
  const suffix = `${name}-${randomBytes(4).toString('hex')}`;
  const base = localTopology(`t-${suffix}`);
  const topology: LocalTopology = {
    ...base,
    topics: { logs: `logs-${suffix}`, heartbeats: `heartbeats-${suffix}` },
  };
  const dir = await mkdtemp(join(tmpdir(), `logward-${name}-`));
  const apiKey = randomBytes(16).toString('hex');
  const pipeline = await startPipeline({
    endpoints,
    topology,
    apiPort: 0,
    apiKey,
    groupId: `ingest-${suffix}`,
    batchingWindowMs: 200,
    lambdaLogFile: join(dir, 'lambdas.log'),
  });
  return {
    pipeline,
    topology,
    apiKey,
    dir,
    kafkaBootstrap: endpoints.kafkaBootstrap,
    async get(path, headers = { 'x-api-key': apiKey }) {
      const response = await fetch(`${pipeline.apiUrl}${path}`, { headers });
      return { status: response.status, body: await response.json() };
    },
  };
}
