/**
 * `GET /summary` parameters → a validated `SummaryQuery`, and the `Summary` it answers with.
 * Pure: the OpenSearch adapter turns the query into aggregations.
 */
import { parseLevels } from './logs-query.ts';
import type { Level } from './parse/levels.ts';
import {
  integer,
  list,
  optional,
  optionalTime,
  type QueryParams,
  rejectUnknown,
  single,
} from './query-params.ts';
import { UnprocessableError, ValidationError } from './validation-error.ts';

export const DEFAULT_SUMMARY_RANGE_MS = 24 * 3600_000;
/** Histogram buckets aimed at when the interval is chosen automatically, and the most allowed. */
const TARGET_BUCKETS = 96;
const MAX_BUCKETS = 1000;
/** Fixed intervals the histogram snaps to, ms. */
const INTERVALS = [
  1e3,
  5e3,
  10e3,
  30e3,
  60e3,
  300e3,
  600e3,
  900e3,
  1800e3,
  3600e3,
  3 * 3600e3,
  6 * 3600e3,
  12 * 3600e3,
  86400e3,
  7 * 86400e3,
];
export const INTERVAL_PATTERN = '^([1-9][0-9]{0,3})(s|m|h|d)$';
const INTERVAL = new RegExp(INTERVAL_PATTERN);
const UNIT_MS: Readonly<Record<string, number>> = { s: 1e3, m: 60e3, h: 3600e3, d: 86400e3 };

export interface SummaryQuery {
  /** Inclusive lower bound, epoch ms. */
  readonly from: number;
  /** Exclusive upper bound, epoch ms. */
  readonly to: number;
  readonly services?: readonly string[];
  readonly hosts?: readonly string[];
  /** Histogram bucket width, ms. */
  readonly intervalMs: number;
  /** How many error patterns to return. */
  readonly top: number;
  /** Levels that count as errors for the top messages. */
  readonly errorLevels: readonly Level[];
}

export interface Summary {
  readonly from: string;
  readonly to: string;
  readonly total: number;
  readonly byLevel: Readonly<Record<string, number>>;
  readonly byService: ReadonlyArray<{ readonly service: string; readonly count: number }>;
  readonly histogram: {
    readonly intervalMs: number;
    readonly buckets: ReadonlyArray<{ readonly start: string; readonly count: number }>;
  };
  readonly topErrors: ReadonlyArray<{
    /** The pattern's id (`GET /patterns/{id}`, `GET /logs?pattern=`). */
    readonly patternId: string;
    /** The pattern's template, e.g. `Invalid user <*> from <ip>`. */
    readonly pattern: string;
    /** The template again, under the name earlier versions used (message shapes). */
    readonly shape: string;
    readonly count: number;
    /** One real message of this pattern, the latest. */
    readonly example: string;
    readonly lastSeen: string;
    readonly services: readonly string[];
  }>;
}

/** Validates `GET /summary` parameters; the range defaults to the last 24 hours. */
export function parseSummaryQuery(params: QueryParams, now: number): SummaryQuery {
  rejectUnknown(params, ['from', 'to', 'service', 'host', 'interval', 'top', 'errorLevel']);
  const to = optionalTime('to', single('to', params.to), now) ?? now;
  const from = optionalTime('from', single('from', params.from), now) ?? to - DEFAULT_SUMMARY_RANGE_MS;
  if (from >= to) throw new UnprocessableError('from', 'must be earlier than to');
  return {
    from,
    to,
    intervalMs: parseInterval(single('interval', params.interval), to - from),
    top: integer('top', single('top', params.top), { min: 1, max: 100, fallback: 10 }),
    errorLevels: parseLevels(params.errorLevel) ?? ['ERROR', 'FATAL'],
    ...optional('services', list('service', params.service)),
    ...optional('hosts', list('host', params.host)),
  };
}

export function parseInterval(value: string | undefined, rangeMs: number): number {
  if (value === undefined) {
    const wanted = rangeMs / TARGET_BUCKETS;
    return INTERVALS.find((i) => i >= wanted) ?? Math.ceil(rangeMs / MAX_BUCKETS / 86400e3) * 86400e3;
  }
  const match = INTERVAL.exec(value);
  const ms = match ? Number(match[1]) * (UNIT_MS[match[2] as string] as number) : 0;
  if (ms <= 0) {
    throw new ValidationError(
      'interval',
      `expected a duration such as 1m, 5m, 1h, 1d, got ${JSON.stringify(value)}`,
    );
  }
  if (rangeMs / ms > MAX_BUCKETS) {
    throw new UnprocessableError(
      'interval',
      `gives more than ${MAX_BUCKETS} buckets over the range; use at least ${Math.ceil(rangeMs / MAX_BUCKETS / 1000)}s`,
    );
  }
  return ms;
}
