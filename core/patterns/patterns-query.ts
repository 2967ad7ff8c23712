/**
 * `GET /patterns` and `GET /patterns/{id}` parameters → validated queries, and the answers'
 * shapes. Pure: the OpenSearch adapter counts, the registry describes.
 */
import { parseLevels } from '../logs-query.ts';
import type { Level } from '../parse/levels.ts';
import {
  integer,
  list,
  optional,
  optionalTime,
  type QueryParams,
  rejectUnknown,
  single,
} from '../query-params.ts';
import { parseInterval } from '../summary-query.ts';
import { UnprocessableError, ValidationError } from '../validation-error.ts';
import { parsePatternId } from './pattern-id.ts';

const DAY_MS = 86_400_000;
export const MAX_PATTERNS = 100;

export interface PatternsQuery {
  /** Inclusive, epoch ms. */
  readonly from: number;
  /** Exclusive, epoch ms. */
  readonly to: number;
  readonly services?: readonly string[];
  readonly levels?: readonly Level[];
  /** Only patterns first seen as a new kind at or after `since`. */
  readonly newOnly: boolean;
  /** `count`: the most events in the range; `bytes`: the most message bytes ever (what costs most). */
  readonly sort: PatternSort;
  readonly since: number;
  readonly limit: number;
}

export const PATTERN_SORTS = ['count', 'bytes'] as const;
export type PatternSort = (typeof PATTERN_SORTS)[number];

/** Validates `GET /patterns` parameters; the range defaults to the last 24 hours. */
export function parsePatternsQuery(params: QueryParams, now: number): PatternsQuery {
  rejectUnknown(params, ['from', 'to', 'service', 'level', 'new', 'since', 'limit', 'sort']);
  const to = optionalTime('to', single('to', params.to), now) ?? now;
  const from = optionalTime('from', single('from', params.from), now) ?? to - DAY_MS;
  if (from >= to) throw new UnprocessableError('from', 'must be earlier than to');
  const fresh = single('new', params.new);
  if (fresh !== undefined && fresh !== 'true' && fresh !== 'false')
    throw new ValidationError('new', `expected true or false, got ${JSON.stringify(fresh)}`);
  const since = optionalTime('since', single('since', params.since), now) ?? from;
  const sort = single('sort', params.sort) ?? 'count';
  if (!(PATTERN_SORTS as readonly string[]).includes(sort))
    throw new ValidationError('sort', `expected count or bytes, got ${JSON.stringify(sort)}`);
  if (sort === 'bytes' && fresh === 'true')
    throw new UnprocessableError('sort', 'new=true lists the newest first; leave sort out');
  return {
    from,
    to,
    newOnly: fresh === 'true',
    sort: sort as PatternSort,
    since,
    limit: integer('limit', single('limit', params.limit), { min: 1, max: MAX_PATTERNS, fallback: 20 }),
    ...optional('services', list('service', params.service)),
    ...optional('levels', parseLevels(params.level)),
  };
}

export interface PatternDetailQuery {
  readonly id: string;
  readonly from: number;
  readonly to: number;
  readonly intervalMs: number;
}

/** Validates `GET /patterns/{id}`: the id, and the histogram's range (last 24 hours) and interval. */
export function parsePatternDetailQuery(id: string, params: QueryParams, now: number): PatternDetailQuery {
  rejectUnknown(params, ['from', 'to', 'interval']);
  const to = optionalTime('to', single('to', params.to), now) ?? now;
  const from = optionalTime('from', single('from', params.from), now) ?? to - DAY_MS;
  if (from >= to) throw new UnprocessableError('from', 'must be earlier than to');
  return {
    id: parsePatternId('id', id),
    from,
    to,
    intervalMs: parseInterval(single('interval', params.interval), to - from),
  };
}

/** How a pattern's count moved from the first half of the range to the second. */
export interface PatternTrend {
  readonly firstHalf: number;
  readonly secondHalf: number;
  readonly direction: 'rising' | 'falling' | 'steady';
}

export function trendOf(firstHalf: number, secondHalf: number): PatternTrend {
  const direction =
    secondHalf > firstHalf * 1.5 && secondHalf - firstHalf >= 3
      ? 'rising'
      : firstHalf > secondHalf * 1.5 && firstHalf - secondHalf >= 3
        ? 'falling'
        : 'steady';
  return { firstHalf, secondHalf, direction };
}

/** A pattern's count in a range, from the index. */
export interface PatternCount {
  readonly id: string;
  readonly service: string;
  readonly template: string;
  readonly count: number;
  readonly trend: PatternTrend;
}
