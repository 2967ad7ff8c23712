import { describe, expect, test } from 'vitest';
import type { LogDocument } from '#core/log-document.ts';
import type { SummaryQuery } from '#core/summary-query.ts';
import { buildContextSearch } from '#lambdas/adapters/opensearch/context-search.ts';
import { buildSummarySearch, summaryFromResponse } from '#lambdas/adapters/opensearch/summary-search.ts';

const query: SummaryQuery = {
  from: 0,
  to: 3_600_000,
  intervalMs: 1_800_000,
  top: 2,
  errorLevels: ['ERROR', 'FATAL'],
  services: ['api'],
};

describe('summary search', () => {
  test('two requests: counts over the range, and error shapes over error events only', () => {
    const { counts, errors } = buildSummarySearch(query);
    expect(counts.query).toEqual({
      bool: {
        filter: [
          { range: { '@timestamp': { gte: 0, lt: 3_600_000, format: 'epoch_millis' } } },
          { terms: { service: ['api'] } },
        ],
      },
    });
    expect(counts.aggs.levels).toEqual({ terms: { field: 'level', size: 10 } });
    expect(counts.aggs.histogram.date_histogram).toEqual({
      field: '@timestamp',
      fixed_interval: '1800000ms',
      min_doc_count: 0,
      extended_bounds: { min: 0, max: 3_599_999 },
    });
    expect(errors.query.bool.filter.at(-1)).toEqual({ terms: { level: ['ERROR', 'FATAL'] } });
    expect(errors.aggs.shapes.terms).toEqual({ field: 'pattern_id', size: 2 });
  });

  test('the response becomes a Summary', () => {
    expect(
      summaryFromResponse(
        query,
        7,
        {
          levels: { buckets: [{ key: 'ERROR', doc_count: 4 }] },
          services: { buckets: [{ key: 'api', doc_count: 7 }] },
          histogram: {
            buckets: [
              { key: 0, doc_count: 5 },
              { key: 1_800_000, doc_count: 2 },
            ],
          },
        },
        {
          shapes: {
            buckets: [
              {
                key: '0123456789abcdef',
                doc_count: 4,
                latest: {
                  hits: {
                    hits: [
                      {
                        _source: {
                          message: 'timeout after 3s',
                          pattern: 'timeout after <num>s',
                          '@timestamp': '1970-01-01T00:40:00.000Z',
                        },
                      },
                    ],
                  },
                },
                services: { buckets: [{ key: 'api', doc_count: 4 }] },
              },
            ],
          },
        },
      ),
    ).toEqual({
      from: '1970-01-01T00:00:00.000Z',
      to: '1970-01-01T01:00:00.000Z',
      total: 7,
      byLevel: { ERROR: 4, NONE: 3 },
      byService: [{ service: 'api', count: 7 }],
      histogram: {
        intervalMs: 1_800_000,
        buckets: [
          { start: '1970-01-01T00:00:00.000Z', count: 5 },
          { start: '1970-01-01T00:30:00.000Z', count: 2 },
        ],
      },
      topErrors: [
        {
          patternId: '0123456789abcdef',
          pattern: 'timeout after <num>s',
          shape: 'timeout after <num>s',
          count: 4,
          example: 'timeout after 3s',
          lastSeen: '1970-01-01T00:40:00.000Z',
          services: ['api'],
        },
      ],
    });
  });
});

describe('context search', () => {
  const doc = (source: Partial<LogDocument['source']>) =>
    ({
      event_id: 'e1',
      host: 'web-1',
      source: {
        kind: 'file',
        id: 's1',
        offset: 120,
        topic: 'logs',
        partition: 0,
        kafka_offset: 9,
        ...source,
      },
    }) as LogDocument;

  test('agent sources: same host and source, by byte offset', () => {
    expect(buildContextSearch(doc({}), 'before', 5)).toEqual({
      size: 5,
      track_total_hits: false,
      query: {
        bool: {
          filter: [
            { term: { 'source.id': 's1' } },
            { term: { 'source.kind': 'file' } },
            { term: { host: 'web-1' } },
          ],
        },
      },
      sort: [{ 'source.offset': { order: 'desc' } }, { event_id: { order: 'desc' } }],
      search_after: [120, 'e1'],
    });
  });

  test('plain Kafka producers: same partition, by Kafka offset then line index', () => {
    const body = buildContextSearch(doc({ kind: 'kafka', id: 'logs-0', offset: 2 }), 'after', 3);
    expect([body.query, body.sort, body.search_after]).toEqual([
      { bool: { filter: [{ term: { 'source.id': 'logs-0' } }, { term: { 'source.kind': 'kafka' } }] } },
      [{ 'source.kafka_offset': { order: 'asc' } }, { 'source.offset': { order: 'asc' } }],
      [9, 2],
    ]);
  });
});
