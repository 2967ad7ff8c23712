/**
 * API handler latency on a realistic index: loads `--docs` log documents (default 1,000,000)
 * spread over the 24 hours before an anchor time into `bench-logs-*` daily indices of the local
 * OpenSearch (same template as `logs-*`), then times the api handler (`routeApiRequest`, as the
 * Lambda runs it, without API Gateway) for:
 *
 *   - `GET /logs` with filters (level, service, host, field, full text, time range; 100 per page)
 *   - `GET /summary` over the full 24 hours (and with a service filter)
 *
 * Each request differs from the previous one (time bounds move by a second), so OpenSearch's
 * request cache never answers for it. Prints p50/p95/p99/max per route and writes them to
 * bench/results/api-latency.json. Targets: /logs p95 < 100 ms, /summary p95 < 250 ms.
 *
 *   node bench/api-latency.ts [--docs 1000000] [--requests 300] [--reload] [--opensearch http://127.0.0.1:19200]
 *
 * The data is kept between runs (reloaded when the count differs, or with --reload).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { Client } from '@opensearch-project/opensearch';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { dailyIndexName, type LogDocument } from '../core/log-document.ts';
import { ServiceMiners } from '../core/patterns/service-miners.ts';
import { logsIndexTemplate } from '../lambdas/adapters/opensearch/index-template.ts';
import { OpenSearchLogReader } from '../lambdas/adapters/opensearch/log-reader.ts';
import { type ApiDependencies, routeApiRequest } from '../lambdas/api/router.ts';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '1000000' },
    requests: { type: 'string', default: '300' },
    reload: { type: 'boolean', default: false },
    opensearch: { type: 'string', default: process.env.LOGWARD_OPENSEARCH_URL ?? 'http://127.0.0.1:19200' },
  },
});
const DOCS = Number(values.docs);
const REQUESTS = Number(values.requests);
const PREFIX = 'bench-logs';
const META_INDEX = 'bench-logs-meta';
/** Bumped whenever the generated documents change, so an old load is not reused. */
const DATA_VERSION = 2;
const client = new Client({ node: values.opensearch });

// Deterministic pseudo-random numbers (mulberry32): every load holds the same documents.
let seed = 7;
const rand = (n: number): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * n);
};
const SERVICES = Array.from({ length: 40 }, (_, i) => `svc-${i}`);
const HOSTS = Array.from({ length: 200 }, (_, i) => `host-${i}`);
const LEVELS = [
  'DEBUG',
  'INFO',
  'INFO',
  'INFO',
  'INFO',
  'INFO',
  'NOTICE',
  'WARN',
  'WARN',
  'ERROR',
  'FATAL',
] as const;
const MESSAGES = [
  () => `GET /api/orders/${rand(99_999)} completed in ${rand(900)} ms`,
  () => `user ${rand(50_000)} logged in from 10.${rand(255)}.${rand(255)}.${rand(255)}`,
  () => `cache miss for key "product:${rand(9999)}"`,
  () => `payment declined for order order_${rand(99_999)}: insufficient funds`,
  () => `upstream 10.0.${rand(255)}.${rand(255)}:8080 timed out after ${rand(30)}s`,
  () => `connection reset by peer while reading job ${rand(9_999_999).toString(16)}ab`,
  () => `retrying batch ${rand(999)} (attempt ${rand(5)} of 5)`,
  () => `scheduled task cleanup finished, removed ${rand(500)} rows`,
];

const miners = new ServiceMiners();

function documentAt(i: number, anchor: number): LogDocument {
  const timestamp = new Date(anchor - 1 - Math.floor((i / DOCS) * 86_400_000)).toISOString();
  const service = SERVICES[rand(SERVICES.length)] as string;
  const message = (MESSAGES[rand(MESSAGES.length)] as () => string)();
  const mined = miners.mine(service, message);
  const level = LEVELS[rand(LEVELS.length)] as LogDocument['level'] & string;
  return {
    '@timestamp': timestamp,
    time_source: 'line',
    event_id: `bench${i.toString(36).padStart(22, '0')}`,
    level,
    service,
    host: HOSTS[rand(HOSTS.length)] as string,
    message,
    pattern_id: mined.id,
    pattern: mined.template,
    format: 'json',
    source: {
      kind: 'file',
      id: `src-${service}`,
      path: `/var/log/${service}.log`,
      offset: i * 120,
      topic: 'logs',
      partition: rand(3),
      kafka_offset: i,
    },
    fields: { status: String([200, 200, 200, 404, 500][rand(5)]), region: ['eu', 'us', 'ap'][rand(3)] },
    tags: { env: 'bench' },
    ingested_at: timestamp,
    parse_failed: false,
  };
}

async function loadedAnchor(): Promise<number | undefined> {
  const exists = await client.indices.exists({ index: META_INDEX });
  if (!exists.body) return undefined;
  const meta = await client.get({ index: META_INDEX, id: 'anchor' }).catch(() => undefined);
  const source = meta?.body._source as { anchor?: number; docs?: number; version?: number } | undefined;
  if (source?.docs !== DOCS || source.version !== DATA_VERSION || typeof source.anchor !== 'number')
    return undefined;
  const count = await client.count({ index: `${PREFIX}-2*` });
  return count.body.count === DOCS ? source.anchor : undefined;
}

async function load(): Promise<number> {
  const anchor = Math.floor(Date.now() / 60_000) * 60_000;
  await client.indices
    .delete({ index: `${PREFIX}-*`, ignore_unavailable: true } as never)
    .catch(() => undefined);
  const template = logsIndexTemplate();
  await client.indices.putIndexTemplate({
    name: 'logward-bench-logs',
    body: {
      ...template,
      index_patterns: [`${PREFIX}-2*`],
      priority: 101,
      template: {
        ...template.template,
        settings: { ...template.template?.settings, refresh_interval: '-1' },
      },
    },
  });
  const started = Date.now();
  const batch = 5_000;
  let inFlight: Promise<unknown>[] = [];
  for (let start = 0; start < DOCS; start += batch) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(DOCS, start + batch); i++) {
      const doc = documentAt(i, anchor);
      lines.push(
        JSON.stringify({ create: { _index: dailyIndexName(PREFIX, doc['@timestamp']), _id: doc.event_id } }),
      );
      lines.push(JSON.stringify(doc));
    }
    inFlight.push(
      client.bulk({ body: `${lines.join('\n')}\n` as never }).then((r) => {
        if (r.body.errors)
          throw new Error(
            `bulk errors: ${JSON.stringify(r.body.items.find((it) => Object.values(it)[0]?.error))}`,
          );
      }),
    );
    if (inFlight.length >= 3) {
      await Promise.all(inFlight);
      inFlight = [];
      process.stdout.write(`\rloaded ${start + batch} / ${DOCS}`);
    }
  }
  await Promise.all(inFlight);
  await client.indices.putSettings({ index: `${PREFIX}-2*`, body: { index: { refresh_interval: '1s' } } });
  await client.indices.refresh({ index: `${PREFIX}-2*` });
  await client.index({
    index: META_INDEX,
    id: 'anchor',
    body: { anchor, docs: DOCS, version: DATA_VERSION },
    refresh: true,
  });
  console.log(`\nloaded ${DOCS} documents in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return anchor;
}

function event(path: string): APIGatewayProxyEvent {
  const url = new URL(path, 'http://bench');
  const multi: Record<string, string[]> = {};
  for (const [k, v] of url.searchParams) multi[k] = [...(multi[k] ?? []), v];
  return {
    path: url.pathname,
    httpMethod: 'GET',
    headers: {},
    multiValueQueryStringParameters: multi,
    queryStringParameters: null,
    body: null,
  } as unknown as APIGatewayProxyEvent;
}

interface Figures {
  readonly requests: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly meanHits: number;
}

async function measure(deps: ApiDependencies, paths: (i: number) => string): Promise<Figures> {
  for (let i = 0; i < 20; i++) await routeApiRequest(event(paths(REQUESTS + i)), deps);
  const times: number[] = [];
  let hits = 0;
  for (let i = 0; i < REQUESTS; i++) {
    const started = performance.now();
    const result = await routeApiRequest(event(paths(i)), deps);
    times.push(performance.now() - started);
    if (result.statusCode !== 200) throw new Error(`${paths(i)}: ${result.statusCode} ${result.body}`);
    const body = JSON.parse(result.body) as { items?: unknown[]; total?: number };
    hits += body.items?.length ?? body.total ?? 0;
  }
  times.sort((a, b) => a - b);
  const at = (q: number) =>
    Number((times[Math.min(times.length - 1, Math.floor(q * times.length))] as number).toFixed(1));
  return {
    requests: REQUESTS,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: at(1),
    meanHits: Math.round(hits / REQUESTS),
  };
}

const anchor = (!values.reload && (await loadedAnchor())) || (await load());
const iso = (ms: number) => new Date(ms).toISOString();
const deps: ApiDependencies = {
  logs: new OpenSearchLogReader(client, { indexPattern: `${PREFIX}-2*` }),
  logger: { info() {}, warn() {}, error: (m, d) => console.error(m, d) },
  health: { backends: {} },
  now: () => anchor,
};

const LOG_QUERIES = [
  (i: number) =>
    `level=WARN&service=svc-${i % 40}&from=${iso(anchor - 3_600_000 - i * 1000)}&to=${iso(anchor - i * 1000)}`,
  (i: number) => `level=ERROR,FATAL&from=${iso(anchor - 86_400_000)}&to=${iso(anchor - i * 1000)}`,
  (i: number) => `q=timed%20out&service=svc-${i % 40},svc-${(i + 1) % 40}&to=${iso(anchor - i * 1000)}`,
  (i: number) => `host=host-${i % 200}&field.status=500&to=${iso(anchor - i * 1000)}`,
  (i: number) =>
    `q=%22payment%20declined%22%20-funds%20|%20declined&sort=asc&from=${iso(anchor - 7_200_000 - i * 1000)}`,
];
const figures = {
  docs: DOCS,
  anchor: iso(anchor),
  'GET /logs (filters, 100 per page)': await measure(
    deps,
    (i) => `/logs?limit=100&${(LOG_QUERIES[i % LOG_QUERIES.length] as (i: number) => string)(i)}`,
  ),
  'GET /summary (24 h)': await measure(deps, (i) => `/summary?to=${iso(anchor - i * 1000)}`),
  'GET /summary (24 h, one service)': await measure(
    deps,
    (i) => `/summary?to=${iso(anchor - i * 1000)}&service=svc-${i % 40}`,
  ),
};
console.table(Object.fromEntries(Object.entries(figures).filter(([, v]) => typeof v === 'object')));
await mkdir(new URL('./results/', import.meta.url), { recursive: true });
await writeFile(
  new URL('./results/api-latency.json', import.meta.url),
  `${JSON.stringify({ ...figures, measuredAt: new Date().toISOString() }, null, 2)}\n`,
);
