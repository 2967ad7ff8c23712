import { describe, expect, test } from 'vitest';
import type { LogDocument } from '#core/log-document.ts';
import { bulkChunks, sliceChunk } from '#lambdas/adapters/opensearch/log-writer.ts';

const document = (i: number, message: string): LogDocument =>
  ({
    '@timestamp': `2025-10-2${i % 3}T14:32:15.000Z`,
    event_id: `id${i}`,
    service: 'api',
    host: 'web-1',
    message,
    format: 'plain',
    source: { kind: 'file', id: 's', offset: i, topic: 'logs', partition: 0, kafka_offset: 1 },
    fields: {},
    tags: {},
    ingested_at: '2025-10-23T14:33:00.000Z',
    parse_failed: false,
  }) as LogDocument;

/** The two NDJSON lines `_bulk` expects for a document. */
const lines = (d: LogDocument) =>
  `${JSON.stringify({ index: { _index: `logs-${d['@timestamp'].slice(0, 10).replaceAll('-', '.')}`, _id: d.event_id } })}\n${JSON.stringify(d)}\n`;

describe('bulkChunks', () => {
  const documents = Array.from({ length: 50 }, (_, i) =>
    document(i, i % 7 === 0 ? `héllo wörld ✓ ${'ü'.repeat(i * 10)} "quoted"\n` : `line ${i}`),
  );

  test('bodies are the documents as NDJSON, in order, each within the byte bound', () => {
    const chunks = [...bulkChunks(documents, 4_000)];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.flatMap((c) => c.documents)).toEqual(documents);
    for (const chunk of chunks) {
      expect(chunk.body.toString('utf8')).toBe(chunk.documents.map(lines).join(''));
      expect(chunk.body.length).toBeLessThanOrEqual(4_000);
      expect(chunk.ends.at(-1)).toBe(chunk.body.length);
    }
  });

  test('a document larger than the bound goes alone', () => {
    const big = document(1, 'x'.repeat(10_000));
    const chunks = [...bulkChunks([document(0, 'a'), big, document(2, 'b')], 4_000)];
    expect(chunks.map((c) => c.documents.map((d) => d.event_id))).toEqual([['id0'], ['id1'], ['id2']]);
  });

  test('a slice shares the bytes of exactly its documents', () => {
    const [chunk] = [...bulkChunks(documents.slice(0, 10), 1_000_000)];
    const slice = sliceChunk(chunk as NonNullable<typeof chunk>, 3, 7);
    expect(slice.documents).toEqual(documents.slice(3, 7));
    expect(slice.body.toString('utf8')).toBe(documents.slice(3, 7).map(lines).join(''));
    expect(slice.ends.at(-1)).toBe(slice.body.length);
  });
});
