import { describe, expect, test } from 'vitest';
import { encodeCursor, parseLogQuery, type QueryParams } from '#core/logs-query.ts';
import { validationProblem } from '../../support/validation.ts';

const now = Date.parse('2025-10-23T15:00:00Z');
const parse = (params: Record<string, string | string[]>) =>
  parseLogQuery(
    Object.fromEntries(
      Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v : [v]]),
    ) as QueryParams,
    now,
  );
const problem = (params: Record<string, string | string[]>) => {
  const error = validationProblem(() => parse(params));
  return error && [error.field, error.message];
};

describe('parseLogQuery', () => {
  test('defaults', () => {
    expect(parse({})).toEqual({ fields: {}, order: 'desc', limit: 100 });
  });

  test('every parameter', () => {
    const after = { timestamp: 1761229935000, eventId: 'abc' };
    expect(
      parse({
        q: 'order AND declined',
        level: 'warn',
        service: ['payments,orders', 'auth'],
        host: 'web-1',
        time_source: 'record,ingest',
        from: '15m',
        to: '2025-10-23T15:00:00Z',
        'field.status': '500',
        sort: 'asc',
        limit: '1000',
        cursor: encodeCursor(after, 1000),
      }),
    ).toEqual({
      text: 'order AND declined',
      levels: ['WARN', 'ERROR', 'FATAL'],
      services: ['payments', 'orders', 'auth'],
      hosts: ['web-1'],
      timeSources: ['record', 'ingest'],
      from: now - 15 * 60_000,
      to: now,
      fields: { status: '500' },
      order: 'asc',
      limit: 1000,
      after,
    });
  });

  test('an unknown time source is refused, naming the parameter and the choices', () => {
    expect(() => parse({ time_source: 'line,clock' })).toThrow(
      'time_source: expected one of line, record, ingest, got "clock"',
    );
  });

  test('a list of levels means exactly those', () => {
    expect(parse({ level: 'ERROR,DEBUG' }).levels).toEqual(['ERROR', 'DEBUG']);
  });

  test.each([
    [{ limit: '0' }, 'limit', 'limit: expected an integer from 1 to 1000, got "0"'],
    [{ limit: '1e3' }, 'limit', 'limit: expected an integer from 1 to 1000, got "1e3"'],
    [{ limit: ['1', '2'] }, 'limit', 'limit: expected a single value'],
    [
      { level: 'LOUD' },
      'level',
      'level: expected one of TRACE, DEBUG, INFO, NOTICE, WARN, ERROR, FATAL, got "LOUD"',
    ],
    [{ from: 'yesterday' }, 'from', expect.stringContaining('from: expected an RFC 3339 date-time')],
    [{ from: '1h', to: '2h' }, 'from', 'from: must be earlier than to'],
    [
      { cursor: 'bm90LWpzb24' },
      'cursor',
      'cursor: not a cursor returned by this API (pass nextCursor unchanged)',
    ],
    [
      { cursor: Buffer.from('[1,{"a":1}]').toString('base64url') },
      'cursor',
      expect.stringContaining('cursor:'),
    ],
    [{ 'field.a b': 'x' }, 'field.a b', expect.stringContaining('field name must match')],
    [{ query: '{"match_all":{}}' }, 'query', expect.stringContaining('unknown parameter')],
    [{ sort: 'message' }, 'sort', 'sort: expected desc or asc, got "message"'],
    [{ q: 'x'.repeat(1025) }, 'q', 'q: at most 1024 characters'],
  ])('rejects %j naming the field', (params, field, message) => {
    expect(problem(params as Record<string, string | string[]>)).toEqual([field, message]);
  });

  test('trace_id and span_id take W3C ids, any case, and name the parameter otherwise', () => {
    expect(
      parse({ trace_id: '5B8EFFF798038103D269B633813FC60C', span_id: 'eee19b7ec3c1b174' }),
    ).toMatchObject({
      traceId: '5b8efff798038103d269b633813fc60c',
      spanId: 'eee19b7ec3c1b174',
    });
    expect(problem({ trace_id: 'abc' })).toEqual(['trace_id', 'trace_id: 32 hex digits']);
    expect(problem({ span_id: '5b8efff798038103d269b633813fc60c' })).toEqual([
      'span_id',
      'span_id: 16 hex digits',
    ]);
  });
});
