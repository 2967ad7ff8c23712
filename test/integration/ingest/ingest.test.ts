/**
 * The ingest handler against real OpenSearch and moto's S3: idempotent redelivery, recovery from
 * an OpenSearch outage, poison records dead-lettered and replayed, and fields that disagree.
 */
import { randomBytes } from 'node:crypto';
import type { S3Client } from '@aws-sdk/client-s3';
import { Client } from '@opensearch-project/opensearch';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { DeadLetter } from '#core/dead-letter.ts';
import { eventIdForLine } from '#core/event-id.ts';
import type { LogDocument } from '#core/log-document.ts';
import { encodeRawBodyChunk, RAW_BODY_CONTENT_TYPE } from '#core/wire.ts';
import { OpenSearchLogWriter } from '#lambdas/adapters/opensearch/log-writer.ts';
import { S3DeadLetters } from '#lambdas/adapters/s3/dead-letters.ts';
import { ingestDependenciesFromEnv, s3ClientFromEnv } from '#lambdas/handlers/ingest.ts';
import { type IngestDependencies, ingestLogs } from '#lambdas/ingest/ingest-logs.ts';
import { replayDeadLetters } from '#lambdas/ingest/replay-dead-letters.ts';
import { jsonLogger } from '#lambdas/logger.ts';
import type { LogWriter } from '#lambdas/ports.ts';
import { bootstrapLocal, type LocalTopology, localTopology } from '#local/bootstrap.ts';
import { lambdaEnvironment } from '#local/pipeline.ts';
import { startBulkProxy } from '../../support/bulk-proxy.ts';
import { agentChunk, mskEventOf, tinyEventsRecord } from '../../support/msk-events.ts';
import { startFaultProxy } from '../../support/tcp-proxy.ts';

const endpoints = inject('endpoints');
const opensearch = new Client({ node: endpoints.opensearchUrl });
const quiet = jsonLogger({}, () => {});
let topology: LocalTopology;
let env: NodeJS.ProcessEnv;
let deps: IngestDependencies;
let s3: S3Client;

const unique = (name: string) => `${name}-${randomBytes(4).toString('hex')}`;

async function documentsOf(service: string): Promise<LogDocument[]> {
  await opensearch.indices.refresh({ index: 'logs-*' });
  const response = await opensearch.search({
    index: 'logs-*',
    body: { size: 1000, query: { term: { service } }, sort: [{ 'source.offset': 'asc' }] },
  });
  return response.body.hits.hits.map((hit) => hit._source as LogDocument);
}

beforeAll(async () => {
  topology = localTopology(unique('ingest'));
  await bootstrapLocal(endpoints, topology);
  // Poison lines are dated in the 1970s (a day no other test writes to), so retention must reach
  // back that far for their own times to be believed (core/log-document.ts), as with a long one.
  env = { ...lambdaEnvironment(endpoints, topology), RETENTION_DAYS: '36500' };
  deps = ingestDependenciesFromEnv(env, { logger: quiet, emitMetrics: () => {} });
  s3 = s3ClientFromEnv(env);
});

afterAll(async () => {
  s3.destroy();
  await opensearch.close();
});

/** `writer`, noting in `requests` how many documents each of its bulk writes carries. */
function countingRequests(writer: LogWriter, requests: number[]): LogWriter {
  return {
    start: () => {
      const bulk = writer.start();
      return {
        add: (documents) => bulk.add(documents),
        get pending() {
          return bulk.pending;
        },
        send: () => {
          requests.push(bulk.pending);
          return bulk.send();
        },
      };
    },
  };
}

/** A random day long ago whose daily index refuses writes: lines dated that day are poison. */
async function writeBlockedDay(): Promise<{ day: string; blocked: string }> {
  const day = `19${String(70 + Math.floor(Math.random() * 29))}-03-0${1 + Math.floor(Math.random() * 8)}`;
  const blocked = `logs-${day.replaceAll('-', '.')}`;
  await opensearch.indices.create({ index: blocked, body: { settings: { 'index.blocks.write': true } } });
  return { day, blocked };
}

describe('ingest handler on the engines', () => {
  test('a redelivered batch is already indexed: counted as written, never duplicated', async () => {
    const service = unique('redelivery');
    const event = mskEventOf(topology.topics.logs, [
      agentChunk(unique('src'), service, [
        '2025-10-23 14:32:15 INFO [api] one',
        '2025-10-23 14:32:16 WARN [api] two',
      ]),
      agentChunk(unique('src'), service, ['{"time":"2025-10-23T14:32:17Z","level":"error","msg":"three"}']),
    ]);
    const written = { records: 2, lines: 3, indexed: 3, dropped: 0, deadLettered: 0 };
    expect(await ingestLogs(event, deps)).toEqual(written);
    expect(await ingestLogs(event, deps)).toEqual(written);
    const docs = await documentsOf(service);
    expect(docs.map((d) => d.message).sort()).toEqual(['one', 'three', 'two']);
  });

  test("the first write wins: lines claiming another line's provenance cannot replace it", async () => {
    const service = unique('first-write');
    const source = unique('src');
    const original = ['2025-10-23 14:32:15 INFO [api] paid 10 EUR', '2025-10-23 14:32:16 INFO [api] shipped'];
    await ingestLogs(mskEventOf(topology.topics.logs, [agentChunk(source, service, original)]), deps);
    // The same host, source and byte offsets (so the same event ids), with other text: a forgery.
    const forged = ['2025-10-23 14:32:15 INFO [api] paid 99 EUR', '2025-10-23 14:32:16 INFO [api] lost!!'];
    const outcome = await ingestLogs(
      mskEventOf(topology.topics.logs, [agentChunk(source, service, forged)]),
      deps,
    );
    expect(outcome).toEqual({ records: 1, lines: 2, indexed: 2, dropped: 0, deadLettered: 0 });
    expect((await documentsOf(service)).map((d) => d.message)).toEqual(['paid 10 EUR', 'shipped']);
  });

  test('OpenSearch unavailable during a batch: retried, then every line indexed', async () => {
    const proxy = await startFaultProxy(new URL(endpoints.opensearchUrl));
    const viaProxy = ingestDependenciesFromEnv(
      { ...env, OPENSEARCH_URL: proxy.url },
      { logger: quiet, emitMetrics: () => {} },
    );
    const service = unique('outage');
    const lines = Array.from(
      { length: 200 },
      (_, i) => `2025-10-23 14:33:${String(i % 60).padStart(2, '0')} INFO [api] line ${i}`,
    );
    proxy.cut();
    const ingesting = ingestLogs(
      mskEventOf(topology.topics.logs, [agentChunk(unique('src'), service, lines)]),
      viaProxy,
    );
    // Back once the writer has been refused a whole attempt (the client's own 4 tries), not after a
    // fixed time: its backoff has full jitter, so a fixed outage could outlast all its attempts.
    while (proxy.refused < 4) await new Promise((resolve) => setTimeout(resolve, 20));
    proxy.restore();
    expect(await ingesting).toMatchObject({ lines: 200, indexed: 200, deadLettered: 0 });
    expect((await documentsOf(service)).length).toBe(200);
    await proxy.close();
  });

  test('a v2 (raw-body) record is indexed as the same documents its v1 twin makes; a malformed one alone is flagged', async () => {
    const service = unique('raw-body');
    const src = {
      host: 'web-1',
      id: unique('src'),
      kind: 'file' as const,
      path: '/var/log/app.log',
      service,
    };
    const lines = [
      '2025-10-23 14:32:15 INFO [api] café ready\r\n',
      '2025-10-23 14:32:16 ERROR [api] failed\njava.lang.IllegalStateException: boom\r\n\tat a.B.c(B.java:1)\n',
    ];
    const body = Buffer.from(lines.join(''));
    const n = lines.map((l) => Buffer.byteLength(l));
    const good = encodeRawBodyChunk({ v: 2, src, t: Date.now(), o: 500, n }, body);
    const badKey = unique('bad');
    const bad = encodeRawBodyChunk(
      { v: 2, src: { ...src, id: unique('src') }, t: Date.now(), o: 0, n: [5] },
      body,
    );
    const event = mskEventOf(topology.topics.logs, [
      { key: src.id, value: good, contentType: RAW_BODY_CONTENT_TYPE },
      { key: badKey, value: bad, contentType: RAW_BODY_CONTENT_TYPE },
    ]);
    expect(await ingestLogs(event, deps)).toEqual({
      records: 2,
      lines: 3,
      indexed: 3,
      dropped: 0,
      deadLettered: 0,
    });
    const docs = await documentsOf(service);
    const agentDocs = docs.filter((d) => d.source.id === src.id);
    expect(agentDocs.map((d) => [d.event_id, d.source.offset, d.level, d.message, d.flags])).toEqual([
      [eventIdForLine(src, 500), 500, 'INFO', 'café ready', undefined],
      [
        eventIdForLine(src, 500 + (n[0] as number)),
        500 + (n[0] as number),
        'ERROR',
        'failed\njava.lang.IllegalStateException: boom\n\tat a.B.c(B.java:1)',
        ['multiline'],
      ],
    ]);

    // The same events as a v1 record overwrite those documents with identical ones.
    const v1 = {
      v: 1 as const,
      src,
      t: Date.now(),
      lines: [
        { o: 500, m: '2025-10-23 14:32:15 INFO [api] café ready' },
        {
          o: 500 + (n[0] as number),
          m: '2025-10-23 14:32:16 ERROR [api] failed\njava.lang.IllegalStateException: boom\n\tat a.B.c(B.java:1)',
          f: ['multiline' as const],
        },
      ],
    };
    await ingestLogs(mskEventOf(topology.topics.logs, [v1]), deps);
    const again = (await documentsOf(service)).filter((d) => d.source.id === src.id);
    const comparable = (d: LogDocument) => ({
      ...d,
      ingested_at: undefined,
      source: { ...d.source, kafka_offset: 0 },
    });
    expect(again.map(comparable)).toEqual(agentDocs.map(comparable));
  });

  test('a poison record is dead-lettered with its reason while the rest is indexed, then replayed', async () => {
    const service = unique('poison');
    const { day, blocked } = await writeBlockedDay();
    const event = mskEventOf(topology.topics.logs, [
      agentChunk(unique('src'), service, ['2025-10-23 14:32:15 INFO [api] before']),
      agentChunk(unique('src'), service, [`${day} 10:00:00 ERROR [api] lands in a write-blocked index`]),
      agentChunk(unique('src'), service, ['2025-10-23 14:32:17 INFO [api] after']),
    ]);

    expect(await ingestLogs(event, deps)).toEqual({
      records: 3,
      lines: 3,
      indexed: 2,
      dropped: 0,
      deadLettered: 1,
    });
    expect((await documentsOf(service)).map((d) => d.message)).toEqual(['before', 'after']);
    const letters = new S3DeadLetters(s3, topology.deadLetterBucket);
    const pending = [];
    for await (const letter of letters.list()) pending.push(letter);
    expect(pending).toHaveLength(1);
    expect(pending[0]?.letter.reasons).toEqual([
      expect.objectContaining({
        reason: expect.stringContaining(`403: cluster_block_exception: index [${blocked}] blocked`),
      }),
    ]);

    await opensearch.indices.putSettings({ index: blocked, body: { 'index.blocks.write': false } });
    const outcome = await replayDeadLetters(letters, (e) => ingestLogs(e, deps));
    expect(outcome).toEqual({ replayed: 1, records: 1, failed: [], skipped: [] });
    expect((await documentsOf(service)).map((d) => d.message).sort()).toEqual([
      'after',
      'before',
      'lands in a write-blocked index',
    ]);
    const left = [];
    for await (const letter of letters.list()) left.push(letter);
    expect(left).toEqual([]);
    await opensearch.indices.delete({ index: blocked });
  });

  test('a daily index blocked read-only (a full disk) costs only its own lines, even to a fresh writer', async () => {
    const service = unique('read-only');
    const { day, blocked } = await writeBlockedDay();
    await opensearch.indices.putSettings({
      index: blocked,
      body: { 'index.blocks.write': false, 'index.blocks.read_only_allow_delete': true },
    });
    // A new writer (a cold Lambda) puts the template first, which extends the existing indices.
    const fresh = ingestDependenciesFromEnv(env, { logger: quiet, emitMetrics: () => {} });
    const event = mskEventOf(topology.topics.logs, [
      agentChunk(unique('src'), service, ['2025-10-23 14:32:15 INFO [api] indexed']),
      agentChunk(unique('src'), service, [`${day} 10:00:00 ERROR [api] lands in a read-only index`]),
    ]);
    expect(await ingestLogs(event, fresh)).toEqual({
      records: 2,
      lines: 2,
      indexed: 1,
      dropped: 0,
      deadLettered: 1,
    });
    expect((await documentsOf(service)).map((d) => d.message)).toEqual(['indexed']);
    await opensearch.indices.delete({ index: blocked });
  }, 60_000);

  test('fields that disagree on type are all kept; a field OpenSearch rejects is kept as text', async () => {
    const service = unique('fields');
    const big = 'x'.repeat(40_000);
    const lines = [
      '{"level":"info","msg":"a is a number","a":1}',
      '{"level":"info","msg":"a is an object","a":{"b":2}}',
      '{"level":"info","msg":"a is a string","a":"x"}',
      '{"level":"info","msg":"a is a list","a":[1,"y",null]}',
      `{"level":"info","msg":"a huge value","big":"${big}"}`,
    ];
    const event = mskEventOf(topology.topics.logs, [agentChunk(unique('src'), service, lines)]);
    expect(await ingestLogs(event, deps)).toMatchObject({ lines: 5, indexed: 5, deadLettered: 0 });
    const docs = await documentsOf(service);
    expect(docs.map((d) => [d.message, d.fields, d.flags])).toEqual([
      ['a is a number', { a: 1 }, undefined],
      ['a is an object', { a: { b: 2 } }, undefined],
      ['a is a string', { a: 'x' }, undefined],
      ['a is a list', { a: [1, 'y', null] }, undefined],
      ['a huge value', {}, ['fields_as_text']],
    ]);
    expect(docs[4]?.fields_text).toBe(JSON.stringify({ big }));
  });

  test('a batch larger than one write goes in several requests; observers see each line once', async () => {
    const service = unique('groups');
    const { day, blocked } = await writeBlockedDay();
    const line = (i: number) => `2025-10-23 14:34:${String(i).padStart(2, '0')} INFO [api] line ${i}`;
    const event = mskEventOf(topology.topics.logs, [
      agentChunk(unique('src'), service, [line(1), line(2)]),
      agentChunk(unique('src'), service, [line(3), line(4)]),
      agentChunk(unique('src'), service, [`${day} 10:00:00 ERROR [api] poison`, line(5)]),
      agentChunk(unique('src'), service, [line(6)]),
      agentChunk(unique('src'), service, [line(7), line(8), line(9)]),
    ]);
    const writes: number[] = [];
    const seen: string[] = [];
    let finished = 0;
    const grouped: IngestDependencies = {
      ...deps,
      linesPerWrite: 3,
      writer: countingRequests(deps.writer, writes),
      deadLetters: { send: async () => {} },
      observers: [
        {
          begin: async () => ({
            see: (documents) => seen.push(...documents.map((d) => d.message)),
            finish: async () => void finished++,
          }),
        },
      ],
    };

    expect(await ingestLogs(event, grouped)).toEqual({
      records: 5,
      lines: 10,
      indexed: 9,
      dropped: 0,
      deadLettered: 1,
    });
    // Requests follow the event's order: partition 0's records (1st, 3rd, 5th), then partition 1's,
    // each request as full as `linesPerWrite` allows, a record cut between two when it comes to that.
    expect(writes).toEqual([3, 3, 3, 1]);
    // Observers see every line as it is built, the one OpenSearch then rejects too.
    const indexed = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `line ${i}`);
    expect(seen.sort()).toEqual([...indexed, 'poison'].sort());
    expect(finished).toBe(1);
    expect((await documentsOf(service)).map((d) => d.message).sort()).toEqual(indexed);
    await opensearch.indices.delete({ index: blocked });
  });

  test('a record of 300,000 one-byte events is cut into groups and requests like a batch of small records', async () => {
    const service = unique('tiny-events');
    const requests: number[] = [];
    const groups: number[] = [];
    const counting: IngestDependencies = {
      ...deps,
      writer: countingRequests(deps.writer, requests),
      observers: [
        {
          begin: async () => ({
            see: (documents) => void groups.push(documents.length),
            finish: async () => {},
          }),
        },
      ],
      // A sample rule keeping 1 line in 20, so the shared engine indexes 15,000 lines, not 300,000.
      filter: {
        begin: async () => ({
          keep: (documents) => documents.filter((d) => d.source.offset % 20 === 0),
          finish: async () => {},
        }),
      },
    };
    const event = mskEventOf(topology.topics.logs, [tinyEventsRecord(unique('src'), service, 300_000)]);

    expect(await ingestLogs(event, counting)).toEqual({
      records: 1,
      lines: 300_000,
      indexed: 15_000,
      dropped: 285_000,
      deadLettered: 0,
    });
    // The defaults: documents built in groups of 500 and written 4,000 a request, never all at once.
    expect(groups).toEqual(new Array(600).fill(500));
    expect(requests).toEqual([4000, 4000, 4000, 3000]);
    await opensearch.indices.refresh({ index: 'logs-*' });
    const { body } = await opensearch.count({ index: 'logs-*', body: { query: { term: { service } } } });
    expect(body.count).toBe(15_000);
  });

  test('sends each _bulk request gzipped, and the documents arrive whole', async () => {
    const proxy = await startBulkProxy(new URL(endpoints.opensearchUrl), {});
    try {
      const service = unique('gzipped');
      const lines = Array.from(
        { length: 30 },
        (_, i) => `2025-10-23 14:36:${String(i).padStart(2, '0')} INFO line ${i}`,
      );
      const viaProxy: IngestDependencies = {
        ...deps,
        writer: new OpenSearchLogWriter(new Client({ node: proxy.url })),
      };
      const event = mskEventOf(topology.topics.logs, [agentChunk(unique('src'), service, lines)]);

      expect(await ingestLogs(event, viaProxy)).toMatchObject({ lines: 30, indexed: 30 });
      expect(proxy.bulkEncodings.length).toBeGreaterThan(0);
      expect(new Set(proxy.bulkEncodings)).toEqual(new Set(['gzip']));
      expect((await documentsOf(service)).map((d) => d.message)).toEqual(lines.map((_, i) => `line ${i}`));
    } finally {
      await proxy.close();
    }
  });

  test('a 413 splits the bulk request until each part fits; a document too large alone is dead-lettered', async () => {
    const proxy = await startBulkProxy(new URL(endpoints.opensearchUrl), { maxBodyBytes: 4_000 });
    const service = unique('too-large');
    const lines = Array.from(
      { length: 20 },
      (_, i) => `2025-10-23 14:35:${String(i).padStart(2, '0')} INFO [api] line ${i}`,
    );
    lines[7] = `2025-10-23 14:35:07 INFO [api] ${'y'.repeat(5_000)}`;
    const letters: DeadLetter[] = [];
    const limited: IngestDependencies = {
      ...deps,
      writer: new OpenSearchLogWriter(new Client({ node: proxy.url })),
      deadLetters: { send: async (letter) => void letters.push(letter) },
    };
    const event = mskEventOf(topology.topics.logs, [agentChunk(unique('src'), service, lines)]);

    expect(await ingestLogs(event, limited)).toEqual({
      records: 1,
      lines: 20,
      indexed: 19,
      dropped: 0,
      deadLettered: 1,
    });
    expect(proxy.rejected.length).toBeGreaterThan(1);
    expect((await documentsOf(service)).map((d) => d.message)).toEqual(
      [...lines.keys()].filter((i) => i !== 7).map((i) => `line ${i}`),
    );
    expect(letters[0]?.reasons).toEqual([
      expect.objectContaining({ reason: '413: document larger than the bulk request limit' }),
    ]);
    await proxy.close();
  });

  test('documents a bulk answers 429 for are sent again on their own; the rest are not resent', async () => {
    const service = unique('throttled');
    const source = unique('src');
    const lines = Array.from({ length: 10 }, (_, i) => `2025-10-23 14:36:0${i} INFO [api] line ${i}`);
    const chunk = agentChunk(source, service, lines);
    const throttleIds = new Set(
      [3, 7].map((i) => eventIdForLine({ host: chunk.src.host, id: source }, chunk.lines[i]?.o as number)),
    );
    const proxy = await startBulkProxy(new URL(endpoints.opensearchUrl), { throttleIds });
    const throttled: IngestDependencies = {
      ...deps,
      writer: new OpenSearchLogWriter(new Client({ node: proxy.url }), {
        retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 50 },
      }),
    };

    expect(await ingestLogs(mskEventOf(topology.topics.logs, [chunk]), throttled)).toEqual({
      records: 1,
      lines: 10,
      indexed: 10,
      dropped: 0,
      deadLettered: 0,
    });
    expect(proxy.throttled.sort()).toEqual([...throttleIds].sort());
    expect(proxy.bulkSizes).toEqual([10, 2]);
    expect((await documentsOf(service)).map((d) => d.message)).toEqual(lines.map((_, i) => `line ${i}`));
    await proxy.close();
  });
});
