import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject } from 'vitest';
import { IAM_TREE, PEOPLE_TREE } from '#lambdas/api/access.ts';
import type { LocalCredentials } from '#local/access.ts';
import { type LocalTopology, localTopology } from '#local/bootstrap.ts';
import { type RunningPipeline, startPipeline } from '#local/pipeline.ts';
import { signRequest } from '#local/sigv4.ts';
import type { OpenApiChecker } from '../integration/api/openapi-checker.ts';

/** Who a test calls the local API as: each kind of credential the deployed API accepts, or none. */
export type CallAs = 'reader-key' | 'iam-admin' | 'admin-person' | 'reader-person' | 'anonymous';

/** A request to the local API as `as`, on the tree that credential belongs to; the body as sent. */
export async function callApi(
  apiUrl: string,
  credentials: LocalCredentials,
  as: CallAs,
  method: string,
  path: string,
  options: { readonly body?: string; readonly headers?: Record<string, string> } = {},
): Promise<Response> {
  const tree = as === 'iam-admin' ? IAM_TREE : as.endsWith('-person') ? PEOPLE_TREE : '';
  const url = new URL(`${apiUrl}${tree}${path}`);
  let headers: Record<string, string> = { ...options.headers };
  if (as === 'reader-key') headers['x-api-key'] = credentials.readerApiKey;
  if (as === 'admin-person') headers.authorization = credentials.tokens.admin;
  if (as === 'reader-person') headers.authorization = credentials.tokens.reader;
  if (as === 'iam-admin') {
    const body = options.body ?? '';
    headers = await signRequest({ method, url, headers, body }, credentials.admin, credentials.access.region);
    delete headers.host;
  }
  return fetch(url, { method, headers, ...(options.body === undefined ? {} : { body: options.body }) });
}

export interface TestStack {
  readonly pipeline: RunningPipeline;
  readonly topology: LocalTopology;
  readonly apiKey: string;
  readonly credentials: LocalCredentials;
  readonly dir: string;
  readonly kafkaBootstrap: string;
  /** GET on the local API with the key; returns status and parsed JSON. */
  get(path: string, headers?: Record<string, string>): Promise<{ status: number; body: unknown }>;
}

/**
 * A pipeline on the run's engines with topics, tables and consumer group of its own; its API on
 * `options.apiPort` (default: any free port) with `options.apiKey` (default: random), serving the
 * console built in `options.consoleDir` when given.
 */
export async function startTestStack(
  name: string,
  options: { readonly apiPort?: number; readonly apiKey?: string; readonly consoleDir?: string } = {},
): Promise<TestStack> {
  const endpoints = inject('endpoints');
  const suffix = `${name}-${randomBytes(4).toString('hex')}`;
  const base = localTopology(`t-${suffix}`);
  const topology: LocalTopology = {
    ...base,
    topics: { logs: `logs-${suffix}`, heartbeats: `heartbeats-${suffix}` },
  };
  const dir = await mkdtemp(join(tmpdir(), `logward-${name}-`));
  const apiKey = options.apiKey ?? randomBytes(16).toString('hex');
  const pipeline = await startPipeline({
    endpoints,
    topology,
    apiPort: options.apiPort ?? 0,
    apiKey,
    groupId: `ingest-${suffix}`,
    batchingWindowMs: 200,
    lambdaLogFile: join(dir, 'lambdas.log'),
    ...(options.consoleDir ? { consoleDir: options.consoleDir } : {}),
  });
  return {
    pipeline,
    topology,
    apiKey,
    credentials: pipeline.credentials,
    dir,
    kafkaBootstrap: endpoints.kafkaBootstrap,
    async get(path, headers = { 'x-api-key': apiKey }) {
      const response = await fetch(`${pipeline.apiUrl}${path}`, { headers });
      return { status: response.status, body: await response.json() };
    },
  };
}

/**
 * Calls the local API as `as` with a JSON body, and asserts the answer fits the document and is
 * never a 5xx; returns the status, the parsed body and the `location` header.
 */
export async function checkedCall<T = Record<string, unknown>>(
  stack: Pick<TestStack, 'pipeline' | 'credentials'>,
  checker: Pick<OpenApiChecker, 'problems'>,
  method: string,
  path: string,
  options: { readonly body?: unknown; readonly headers?: Record<string, string>; readonly as?: CallAs } = {},
): Promise<{ status: number; body: T; location: string | null }> {
  const { body, headers = { 'content-type': 'application/json' }, as = 'admin-person' } = options;
  const response = await callApi(stack.pipeline.apiUrl, stack.credentials, as, method, path, {
    headers,
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  const parsed = text === '' ? undefined : (JSON.parse(text) as T);
  expect(
    checker.problems(method, path.split('?')[0] as string, response.status, parsed),
    `${method} ${path}`,
  ).toEqual([]);
  expect(response.status, `${method} ${path}`).toBeLessThan(500);
  return { status: response.status, body: parsed as T, location: response.headers.get('location') };
}
