import { describe, expect, test } from 'vitest';
import { parseContextQuery } from '#core/log-context.ts';
import { parsePatternsQuery } from '#core/patterns/patterns-query.ts';
import type { QueryParams } from '#core/query-params.ts';
import { parseSummaryQuery } from '#core/summary-query.ts';
import { UnprocessableError } from '#core/validation-error.ts';
import { validationProblem } from '../../support/validation.ts';

const now = Date.parse('2025-10-23T15:00:00Z');
const params = (p: Record<string, string>): QueryParams =>
  Object.fromEntries(Object.entries(p).map(([k, v]) => [k, [v]]));
const problem = (run: () => unknown) => validationProblem(run)?.message;

describe('parseSummaryQuery', () => {
  test('defaults to the last 24 hours in 15-minute buckets, top 10 ERROR and FATAL shapes', () => {
    expect(parseSummaryQuery({}, now)).toEqual({
      from: now - 86_400_000,
      to: now,
      intervalMs: 900_000,
      top: 10,
      errorLevels: ['ERROR', 'FATAL'],
    });
  });

  test('every parameter', () => {
    expect(
      parseSummaryQuery(
        params({
          from: '1h',
          to: '2025-10-23T15:00:00Z',
          service: 'a,b',
          host: 'h',
          interval: '5m',
          top: '3',
          errorLevel: 'WARN',
        }),
        now,
      ),
    ).toEqual({
      from: now - 3_600_000,
      to: now,
      services: ['a', 'b'],
      hosts: ['h'],
      intervalMs: 300_000,
      top: 3,
      errorLevels: ['WARN', 'ERROR', 'FATAL'],
    });
  });

  test.each([
    [{ from: '7d' }, 10_800_000],
    [{ from: '15m' }, 10_000],
    [{ from: '2000-01-01' }, 864_000_000],
  ])('chooses a round interval for %j', (p, interval) => {
    expect(parseSummaryQuery(params(p), now).intervalMs).toBe(interval);
  });

  test.each([
    [{ interval: '1s' }, 'interval: gives more than 1000 buckets over the range; use at least 87s'],
    [{ interval: '0m' }, 'interval: expected a duration such as 1m, 5m, 1h, 1d, got "0m"'],
    [{ top: '101' }, 'top: expected an integer from 1 to 100, got "101"'],
    [{ from: '1h', to: '2h' }, 'from: must be earlier than to'],
    [{ errorLevel: 'BAD' }, expect.stringContaining('level: expected one of')],
    [{ q: 'x' }, expect.stringContaining('q: unknown parameter')],
  ])('rejects %j', (p, message) => {
    expect(problem(() => parseSummaryQuery(params(p), now))).toEqual(message);
  });
});

describe('parseContextQuery', () => {
  test('defaults and bounds', () => {
    expect(parseContextQuery('abc', {})).toEqual({ id: 'abc', before: 10, after: 10 });
    expect(parseContextQuery('abc', params({ before: '0', after: '500' }))).toEqual({
      id: 'abc',
      before: 0,
      after: 500,
    });
    expect(problem(() => parseContextQuery('abc', params({ after: '501' })))).toBe(
      'after: expected an integer from 0 to 500, got "501"',
    );
    expect(problem(() => parseContextQuery('a b', {}))).toBe(
      'id: expected an event id (1 to 64 characters A-Z a-z 0-9 _ - .)',
    );
  });
});

describe('parsePatternsQuery', () => {
  test('sorts by count unless asked for bytes; bytes is not for the newest kinds', () => {
    expect(parsePatternsQuery({}, now).sort).toBe('count');
    expect(parsePatternsQuery(params({ sort: 'bytes', service: 'web' }), now)).toMatchObject({
      sort: 'bytes',
      services: ['web'],
      newOnly: false,
    });
    expect(validationProblem(() => parsePatternsQuery(params({ sort: 'size' }), now))?.field).toBe('sort');
    const both = validationProblem(() => parsePatternsQuery(params({ sort: 'bytes', new: 'true' }), now));
    expect(both).toBeInstanceOf(UnprocessableError);
    expect(both?.field).toBe('sort');
  });
});
