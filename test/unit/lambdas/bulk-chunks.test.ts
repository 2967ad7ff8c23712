import { describe, expect, test } from 'vitest';
import type { LogDocument } from '#core/log-document.ts';
import { BulkBody, sliceChunk, splitChunk } from '#lambdas/adapters/opensearch/log-writer.ts';

const document = (i: number, message: string): LogDocument =>
  ({
    '@timestamp': `2025-10-2${i % 3}T14:32:15.000Z`,
    event_id: `id${i}`,
    service: 'api',
    host: 'web-1',
    message,
    format: 'plain',
    source: { kind: 'file', id: 's', offset: i, topic: 'logs', partition: 0, kafka_offset: 100 + i },
    fields: {},
    tags: {},
    ingested_at: '2025-10-23T14:33:00.000Z',
    parse_failed: false,
  }) as LogDocument;

/** The two NDJSON lines `_bulk` expects for a document. */
const lines = (d: LogDocument) =>
  `${JSON.stringify({ create: { _index: `logs-${d['@timestamp'].slice(0, 10).replaceAll('-', '.')}`, _id: d.event_id } })}\n${JSON.stringify(d)}\n`;

const written = (d: LogDocument) => ({
  eventId: d.event_id,
  topic: 'logs',
  partition: 0,
  offset: d.source.kafka_offset,
});

function encoded(documents: readonly LogDocument[]) {
  const body = new BulkBody();
  body.add(documents.slice(0, 3));
  body.add(documents.slice(3));
  return body.take();
}

describe('BulkBody and splitChunk', () => {
  const documents = Array.from({ length: 50 }, (_, i) =>
    document(i, i % 7 === 0 ? `héllo wörld ✓ ${'ü'.repeat(i * 10)} "quoted"\n` : `line ${i}`),
  );

  test('the body is the documents as NDJSON, in order; pieces stay within the byte bound', () => {
    const chunk = encoded(documents);
    expect(chunk.body.toString('utf8')).toBe(documents.map(lines).join(''));
    expect(chunk.documents).toEqual(documents.map(written));
    const pieces = [...splitChunk(chunk, 4_000)];
    expect(pieces.length).toBeGreaterThan(1);
    expect(Buffer.concat(pieces.map((p) => p.body))).toEqual(chunk.body);
    expect(pieces.flatMap((p) => p.documents)).toEqual(chunk.documents);
    for (const piece of pieces) {
      expect(piece.body.length).toBeLessThanOrEqual(4_000);
      expect(piece.ends.at(-1)).toBe(piece.body.length);
    }
  });

  test('a document larger than the bound goes alone', () => {
    const chunk = encoded([document(0, 'a'), document(1, 'x'.repeat(10_000)), document(2, 'b')]);
    expect([...splitChunk(chunk, 4_000)].map((c) => c.documents.map((d) => d.eventId))).toEqual([
      ['id0'],
      ['id1'],
      ['id2'],
    ]);
  });

  test('take starts an empty body; a slice shares the bytes of exactly its documents', () => {
    const body = new BulkBody();
    body.add(documents.slice(0, 10));
    const chunk = body.take();
    expect(body.count).toBe(0);
    expect(body.take().body.length).toBe(0);
    const slice = sliceChunk(chunk, 3, 7);
    expect(slice.documents).toEqual(documents.slice(3, 7).map(written));
    expect(slice.body.toString('utf8')).toBe(documents.slice(3, 7).map(lines).join(''));
    expect(slice.ends.at(-1)).toBe(slice.body.length);
  });
});

test('a document whose fields nest too deep to encode is written without them, saying why', () => {
  let nested: unknown = 1;
  for (let i = 0; i < 20_000; i++) nested = [nested];
  const body = new BulkBody();
  const deep = {
    '@timestamp': '2026-01-05T10:00:00.000Z',
    time_source: 'line',
    event_id: 'deep',
    service: 's',
    host: 'h',
    message: 'deep',
    format: 'json',
    source: { kind: 'file', id: 'f', offset: 0, topic: 'logs', partition: 0, kafka_offset: 1 },
    fields: { a: nested },
    tags: {},
    ingested_at: '2026-01-05T10:00:00.000Z',
    parse_failed: false,
  } as LogDocument;
  body.add([deep]);
  const [, source] = body.take().body.toString('utf8').split('\n');
  expect(JSON.parse(source ?? '')).toMatchObject({
    event_id: 'deep',
    message: 'deep',
    fields: {},
    parse_error: 'fields could not be stored: Maximum call stack size exceeded',
  });
});

test('a document written without its fields keeps its keys in their order: parse_error before flags', () => {
  let nested: unknown = 1;
  for (let i = 0; i < 20_000; i++) nested = [nested];
  const body = new BulkBody();
  // Built as the ingest builds a line without a parse error: no parse_error key at all.
  const deep = {
    ...document(0, 'deep'),
    fields: { a: nested },
    flags: ['timestamp_out_of_range'],
  } as LogDocument;
  body.add([deep]);
  const [, source] = body.take().body.toString('utf8').split('\n');
  expect(Object.keys(JSON.parse(source ?? '')).slice(-3)).toEqual(['parse_failed', 'parse_error', 'flags']);
});
