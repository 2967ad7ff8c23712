/**
 * Parsing on the engines: the engines' own lines indexed through the ingest handler, then found
 * through the API's search as a user would look for them.
 */
import { randomBytes } from 'node:crypto';
import { Client } from '@opensearch-project/opensearch';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { parseLogQuery } from '#core/logs-query.ts';
import { OpenSearchLogReader } from '#lambdas/adapters/opensearch/log-reader.ts';
import { ingestDependenciesFromEnv } from '#lambdas/handlers/ingest.ts';
import { ingestLogs } from '#lambdas/ingest/ingest-logs.ts';
import { jsonLogger } from '#lambdas/logger.ts';
import { bootstrapLocal, localTopology } from '#local/bootstrap.ts';
import { lambdaEnvironment } from '#local/pipeline.ts';
import { agentChunk, mskEventOf } from '../../support/msk-events.ts';

const endpoints = inject('endpoints');
const opensearch = new Client({ node: endpoints.opensearchUrl });
const reader = new OpenSearchLogReader(opensearch);
const service = `parsing-${randomBytes(4).toString('hex')}`;
const learnedService = `learned-${randomBytes(4).toString('hex')}`;
const now = Date.now();
const stamp = (offsetMs: number, comma = ',') =>
  new Date(now - 60_000 + offsetMs).toISOString().replace('T', ' ').replace('.', comma).slice(0, 23);

beforeAll(async () => {
  const topology = localTopology(`parsing-${randomBytes(4).toString('hex')}`);
  await bootstrapLocal(endpoints, topology);
  const deps = ingestDependenciesFromEnv(lambdaEnvironment(endpoints, topology), {
    logger: jsonLogger({}, () => {}),
    emitMetrics: () => {},
  });
  const lines = [
    `[${stamp(0)}] WARN Unexpected error from /127.0.0.1 (channelId=x); closing connection (org.apache.kafka.common.network.Selector)`,
    `[${stamp(1)}] ERROR Failed (org.apache.kafka.common.network.InvalidReceiveException: Invalid receive (size = 1195725856)) (kafka.network.Processor)`,
    `[${stamp(2).replace(' ', 'T')}][WARN ][o.o.b.BootstrapChecks    ] [node-1] loaded from /var/lib/logward/opensearch/config.yml`,
  ];
  const summary = await ingestLogs(
    mskEventOf(topology.topics.logs, [agentChunk(service, service, lines)]),
    deps,
  );
  expect(summary).toMatchObject({ lines: 3, indexed: 3, deadLettered: 0 });
  // Redis's layout: no fixed format reads its `*`/`#` level marks; the source's learned structure does.
  const marks = ['*', '*', '#', '*', '.', '*'];
  const redis = marks.map((mark, i) => {
    const t = new Date(now - 60_000 + i * 1000);
    const month = t.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
    const clock = t.toISOString().slice(11, 23);
    return `1:M ${t.getUTCDate()} ${month} ${t.getUTCFullYear()} ${clock} ${mark} Background saving step ${i}`;
  });
  const learned = await ingestLogs(
    mskEventOf(topology.topics.logs, [agentChunk(learnedService, learnedService, redis)]),
    deps,
  );
  expect(learned).toMatchObject({ lines: 6, indexed: 6, deadLettered: 0 });
  await opensearch.indices.refresh({ index: 'logs-*' });
});

afterAll(async () => {
  await opensearch.close();
});

const search = async (params: Record<string, string>) => {
  const query: Record<string, string[]> = { service: [service], from: ['1h'] };
  for (const [name, value] of Object.entries(params)) query[name] = [value];
  return (await reader.search(parseLogQuery(query, Date.now()))).items;
};

describe('parsing on the engines', () => {
  test('Kafka and OpenSearch lines keep their level, time and logger', async () => {
    const docs = await search({ sort: 'asc' });
    expect(docs.map((d) => [d.level, d.logger, d.time_source])).toEqual([
      ['WARN', 'org.apache.kafka.common.network.Selector', 'line'],
      ['ERROR', 'kafka.network.Processor', 'line'],
      ['WARN', 'o.o.b.BootstrapChecks', 'line'],
    ]);
  });

  test('search finds the last segment of a dotted name and a path component', async () => {
    expect((await search({ q: 'InvalidReceiveException' })).map((d) => d.level)).toEqual(['ERROR']);
    expect((await search({ q: 'logward' })).map((d) => d.logger)).toEqual(['o.o.b.BootstrapChecks']);
    // The whole dotted name still matches, and words of the message still need all to be there.
    expect(await search({ q: 'org.apache.kafka.common.network.InvalidReceiveException' })).toHaveLength(1);
    expect(await search({ q: 'InvalidReceiveException closing' })).toHaveLength(0);
  });

  test('search finds a word inside a CamelCase class name, and the word is never returned', async () => {
    const found = await search({ q: 'Receive' });
    expect(found.map((d) => d.level)).toEqual(['ERROR']);
    expect(found[0]).not.toHaveProperty('message_words');
    expect((await search({ q: 'channel' })).map((d) => d.level)).toEqual(['WARN']);
    expect(await search({ q: 'receive exception invalid' })).toHaveLength(1);
    expect(await search({ q: 'Receive closing' })).toHaveLength(0);
  });

  test('a source read through its learned structure: levels from its marks, and what was learned on each event', async () => {
    const docs = (
      await reader.search(
        parseLogQuery({ service: [learnedService], from: ['1h'], sort: ['asc'] }, Date.now()),
      )
    ).items;
    expect(docs.map((d) => [d.level, d.format, d.message])).toEqual([
      ['NOTICE', 'learned', 'Background saving step 0'],
      ['NOTICE', 'learned', 'Background saving step 1'],
      ['WARN', 'learned', 'Background saving step 2'],
      ['NOTICE', 'learned', 'Background saving step 3'],
      ['DEBUG', 'learned', 'Background saving step 4'],
      ['NOTICE', 'learned', 'Background saving step 5'],
    ]);
    expect(new Set(docs.map((d) => d.parse_structure))).toEqual(
      new Set(['time d MMM yyyy HH:mm:ssSZ in field 1; level 0 fields after it; 6 of 6 lines']),
    );
  });

  test('documents are filtered by where their time came from', async () => {
    expect(await search({ time_source: 'line' })).toHaveLength(3);
    expect(await search({ time_source: 'record,ingest' })).toHaveLength(0);
  });
});
