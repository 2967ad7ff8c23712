/**
 * Reading query-string parameters as API Gateway hands them (single and multi-valued) into
 * typed values, throwing `ValidationError` that names the parameter. Shared by every query.
 */
import { textLength } from './input-text.ts';
import { ValidationError } from './validation-error.ts';

/** Query-string parameters as API Gateway hands them: single and multi-valued. */
export type QueryParams = Readonly<Record<string, readonly string[] | undefined>>;

/** Rejects parameters not in `known` (a typo should fail loudly, not be ignored). */
export function rejectUnknown(params: QueryParams, known: readonly string[], extra = ''): void {
  for (const name of Object.keys(params)) {
    if (!known.includes(name)) {
      throw new ValidationError(name, `unknown parameter; expected one of ${known.join(', ')}${extra}`);
    }
  }
}

export function single(name: string, values: readonly string[] | undefined): string | undefined {
  if (values === undefined || values.length === 0) return undefined;
  if (values.length > 1) throw new ValidationError(name, 'expected a single value');
  return values[0];
}

/** A comma-separated or repeated parameter: at most 100 values of at most 256 characters. */
export function list(name: string, values: readonly string[] | undefined): string[] | undefined {
  if (values === undefined) return undefined;
  const items = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  if (items.length === 0) return undefined;
  if (items.length > 100) throw new ValidationError(name, 'at most 100 values');
  for (const item of items) {
    if (textLength(item) > 256) throw new ValidationError(name, 'each value at most 256 characters');
  }
  return items;
}

/** A whole number from `min` to `max`, or `fallback` when absent. */
export function integer(
  name: string,
  value: string | undefined,
  range: { readonly min: number; readonly max: number; readonly fallback: number },
): number {
  if (value === undefined) return range.fallback;
  const n = /^\d{1,7}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < range.min || n > range.max) {
    throw new ValidationError(
      name,
      `expected an integer from ${range.min} to ${range.max}, got ${JSON.stringify(value)}`,
    );
  }
  return n;
}

const RELATIVE = /^(\d{1,6})(s|m|h|d|w)$/;
const UNIT_MS: Readonly<Record<string, number>> = { s: 1e3, m: 60e3, h: 3600e3, d: 86400e3, w: 604800e3 };
/** RFC 3339 date-time (what OpenAPI's `format: date-time` means) or a full date. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/i;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Years 1970 to 9999: what OpenSearch dates and the daily index names can hold. */
export const EARLIEST_TIME = 0;
export const LATEST_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/**
 * The JSON Schema of a time the API accepts, shared by the OpenAPI document: an RFC 3339
 * date-time, a date, or a duration relative to now.
 */
export const TIME_SCHEMA = {
  anyOf: [
    { type: 'string', format: 'date-time' },
    { type: 'string', format: 'date' },
    { type: 'string', pattern: RELATIVE.source },
  ],
} as const;

/**
 * RFC 3339 date-time (`2025-10-23T14:00:00Z`), a date (`2025-10-23`) or a duration relative to
 * now (`15m`, `2h`, `7d`), as epoch ms. Relative durations count back from now for search bounds
 * and forward for the end of a pause or silence (`direction: 'future'`). Times outside what the
 * index can hold are clamped to 1970-01-01 and 9999-12-31, so a bound far in the past simply
 * means "from the beginning".
 */
export function parseTimeBound(
  name: string,
  value: string,
  now: number,
  direction: 'past' | 'future' = 'past',
): number {
  const relative = RELATIVE.exec(value);
  const offset = relative ? Number(relative[1]) * (UNIT_MS[relative[2] as string] as number) : 0;
  const time = relative
    ? now + (direction === 'future' ? offset : -offset)
    : (DATE_TIME.test(value) || FULL_DATE.test(value)) && isCalendarDate(value)
      ? Date.parse(value.toUpperCase())
      : Number.NaN;
  if (Number.isNaN(time)) {
    throw new ValidationError(
      name,
      `expected an RFC 3339 date-time (2025-10-23T14:00:00Z), a date (2025-10-23) or a relative time (15m, 2h, 7d), got ${JSON.stringify(value)}`,
    );
  }
  return Math.min(Math.max(time, EARLIEST_TIME), LATEST_TIME);
}

/** `Date.parse` rolls 2025-02-30 over to March; a user who typed it made a mistake. */
function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  date.setUTCFullYear(y);
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function optionalTime(name: string, value: string | undefined, now: number): number | undefined {
  return value === undefined ? undefined : parseTimeBound(name, value, now);
}

/** `{ key: value }` when the value is defined, else `{}` (for optional readonly properties). */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
