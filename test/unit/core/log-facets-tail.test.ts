import { describe, expect, test } from 'vitest';
import { parseFacetsQuery } from '#core/log-facets.ts';
import { encodeTailCursor, parseTailQuery } from '#core/log-tail.ts';
import { encodeCursor } from '#core/logs-query.ts';
import { UnprocessableError, ValidationError } from '#core/validation-error.ts';
import { buildFacetSearch } from '#lambdas/adapters/opensearch/facet-search.ts';
import { buildTailSearch } from '#lambdas/adapters/opensearch/tail-search.ts';

const NOW = Date.parse('2025-10-23T15:00:00Z');

describe('parseFacetsQuery', () => {
  test('the filters of GET /logs, a range of 24 hours by default, and an automatic interval', () => {
    expect(parseFacetsQuery({ q: ['timeout'], level: ['WARN'], service: ['a,b'] }, NOW)).toEqual({
      filter: {
        fields: {},
        text: 'timeout',
        levels: ['WARN', 'ERROR', 'FATAL'],
        services: ['a', 'b'],
        from: NOW - 86_400_000,
        to: NOW,
      },
      intervalMs: 900_000,
      top: 10,
    });
  });

  test('refuses what it does not know, an empty range and too many buckets, naming the parameter', () => {
    expect(() => parseFacetsQuery({ sort: ['asc'] }, NOW)).toThrow(ValidationError);
    expect(() => parseFacetsQuery({ from: ['1h'], to: ['2h'] }, NOW)).toThrow(
      expect.objectContaining({ field: 'from' }),
    );
    expect(() => parseFacetsQuery({ from: ['7d'], interval: ['1s'] }, NOW)).toThrow(UnprocessableError);
    expect(() => parseFacetsQuery({ top: ['101'] }, NOW)).toThrow(expect.objectContaining({ field: 'top' }));
  });
});

describe('buildFacetSearch', () => {
  test('each facet counts without its own filter; the histogram with all of them', () => {
    const body = buildFacetSearch(
      parseFacetsQuery({ level: ['ERROR,WARN'], service: ['a'], from: ['1h'], interval: ['1m'] }, NOW),
    );
    expect(body.query.bool.filter).toEqual([
      { range: { '@timestamp': { format: 'epoch_millis', gte: NOW - 3_600_000, lt: NOW } } },
    ]);
    const levels = { terms: { level: ['ERROR', 'WARN'] } };
    const services = { terms: { service: ['a'] } };
    expect(body.aggs.levels.filter).toEqual({ bool: { filter: [services] } });
    expect(body.aggs.services.filter).toEqual({ bool: { filter: [levels] } });
    expect(body.aggs.hosts.filter).toEqual({ bool: { filter: [levels, services] } });
    expect(body.aggs.all.filter).toEqual({ bool: { filter: [levels, services] } });
    expect(body.aggs.all.aggs.histogram.date_histogram).toMatchObject({
      fixed_interval: '60000ms',
      extended_bounds: { min: NOW - 3_600_000, max: NOW - 1 },
    });
  });
});

describe('parseTailQuery', () => {
  test('a cursor round-trips; without one the latest events are asked for, newest first', () => {
    const cursor = encodeTailCursor({ ingestedAt: NOW - 5000, eventId: 'abc.1' });
    const query = parseTailQuery({ cursor: [cursor], service: ['a'] }, NOW);
    expect(query).toEqual({
      filter: { fields: {}, services: ['a'] },
      limit: 200,
      now: NOW,
      after: { ingestedAt: NOW - 5000, eventId: 'abc.1' },
    });
    expect(buildTailSearch(query)).toMatchObject({
      sort: [{ ingested_at: { order: 'asc' } }, { event_id: { order: 'asc' } }],
      search_after: [NOW - 5000, 'abc.1'],
      aggs: { recent: { filter: { range: { ingested_at: { gte: NOW - 10_000 } } } } },
    });
    expect(buildTailSearch(parseTailQuery({}, NOW))).toMatchObject({
      sort: [{ ingested_at: { order: 'desc' } }, { event_id: { order: 'desc' } }],
    });
  });

  test('refuses a time range (a tail follows arrivals) and a cursor of GET /logs', () => {
    expect(() => parseTailQuery({ from: ['15m'] }, NOW)).toThrow(expect.objectContaining({ field: 'from' }));
    const pageCursor = encodeCursor({ timestamp: NOW, eventId: 'abc.1' }, 10);
    expect(() => parseTailQuery({ cursor: [pageCursor] }, NOW)).toThrow(UnprocessableError);
    expect(() => parseTailQuery({ cursor: ['!'] }, NOW)).toThrow(ValidationError);
    expect(() => parseTailQuery({ limit: ['0'] }, NOW)).toThrow(expect.objectContaining({ field: 'limit' }));
  });
});
