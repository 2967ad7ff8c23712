/**
 * `GET /logs` query parameters → a validated `LogQuery`. Pure: the OpenSearch adapter turns a
 * `LogQuery` into a search request; this module knows nothing about the engine.
 */
import type { LogDocument } from './log-document.ts';
import { isLevel, LEVELS, type Level } from './parse/levels.ts';
import { ValidationError } from './validation-error.ts';

export const MAX_LIMIT = 1000;
export const DEFAULT_LIMIT = 100;
const MAX_TEXT_LENGTH = 1024;
const FIELD_NAME = /^[A-Za-z0-9_.@-]{1,128}$/;

export interface LogQuery {
  /** Full text over the message, in the safe simple-query syntax. */
  readonly text?: string;
  readonly levels?: readonly Level[];
  readonly services?: readonly string[];
  readonly hosts?: readonly string[];
  /** Inclusive lower bound, epoch ms. */
  readonly from?: number;
  /** Exclusive upper bound, epoch ms. */
  readonly to?: number;
  /** Exact matches on parsed fields, `field.NAME=VALUE`. */
  readonly fields: Readonly<Record<string, string>>;
  readonly order: 'asc' | 'desc';
  readonly limit: number;
  readonly after?: LogCursor;
}

/** Position after the last item of a page: its sort values. */
export interface LogCursor {
  readonly timestamp: number;
  readonly eventId: string;
}

export interface LogPage {
  readonly items: readonly LogDocument[];
  /** Pass as `cursor` to get the next page; absent on the last page. */
  readonly nextCursor?: string;
}

/** Query-string parameters as API Gateway hands them: single and multi-valued. */
export type QueryParams = Readonly<Record<string, readonly string[] | undefined>>;

/** Validates `GET /logs` parameters. Throws `ValidationError` naming the parameter. */
export function parseLogQuery(params: QueryParams, now: number): LogQuery {
  const known = new Set(['q', 'level', 'service', 'host', 'from', 'to', 'sort', 'limit', 'cursor']);
  const fields: Record<string, string> = {};
  for (const [name, values] of Object.entries(params)) {
    if (name.startsWith('field.')) {
      const field = name.slice('field.'.length);
      if (!FIELD_NAME.test(field))
        throw new ValidationError(name, 'field name must match [A-Za-z0-9_.@-]{1,128}');
      fields[field] = single(name, values) ?? '';
    } else if (!known.has(name)) {
      throw new ValidationError(
        name,
        `unknown parameter; expected one of ${[...known].join(', ')}, field.NAME`,
      );
    }
  }
  const text = single('q', params.q);
  if (text !== undefined && text.length > MAX_TEXT_LENGTH) {
    throw new ValidationError('q', `at most ${MAX_TEXT_LENGTH} characters`);
  }
  const from = optionalTime('from', single('from', params.from), now);
  const to = optionalTime('to', single('to', params.to), now);
  if (from !== undefined && to !== undefined && from >= to) {
    throw new ValidationError('from', 'must be earlier than to');
  }
  const query: LogQuery = {
    fields,
    order: parseOrder(single('sort', params.sort)),
    limit: parseLimit(single('limit', params.limit)),
    ...(text ? { text } : {}),
    ...optional('levels', parseLevels(params.level)),
    ...optional('services', list('service', params.service)),
    ...optional('hosts', list('host', params.host)),
    ...optional('from', from),
    ...optional('to', to),
    ...optional('after', decodeCursor(single('cursor', params.cursor))),
  };
  return query;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function single(name: string, values: readonly string[] | undefined): string | undefined {
  if (values === undefined || values.length === 0) return undefined;
  if (values.length > 1) throw new ValidationError(name, 'expected a single value');
  return values[0];
}

/** A comma-separated or repeated parameter. */
function list(name: string, values: readonly string[] | undefined): string[] | undefined {
  if (values === undefined) return undefined;
  const items = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  if (items.length === 0) return undefined;
  if (items.length > 100) throw new ValidationError(name, 'at most 100 values');
  for (const item of items) {
    if (item.length > 256) throw new ValidationError(name, 'each value at most 256 characters');
  }
  return items;
}

/** `level=WARN` means WARN and above; `level=ERROR,DEBUG` means exactly those. */
function parseLevels(values: readonly string[] | undefined): Level[] | undefined {
  const items = list('level', values)?.map((v) => v.toUpperCase());
  if (items === undefined) return undefined;
  for (const item of items) {
    if (!isLevel(item))
      throw new ValidationError('level', `expected one of ${LEVELS.join(', ')}, got ${JSON.stringify(item)}`);
  }
  const levels = items as Level[];
  if (levels.length === 1) return LEVELS.slice(LEVELS.indexOf(levels[0] as Level));
  return levels;
}

function parseOrder(value: string | undefined): 'asc' | 'desc' {
  if (value === undefined || value === 'desc' || value === '-@timestamp') return 'desc';
  if (value === 'asc' || value === '@timestamp') return 'asc';
  throw new ValidationError('sort', `expected desc or asc, got ${JSON.stringify(value)}`);
}

function parseLimit(value: string | undefined): number {
  if (value === undefined) return DEFAULT_LIMIT;
  const limit = /^\d{1,7}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new ValidationError(
      'limit',
      `expected an integer from 1 to ${MAX_LIMIT}, got ${JSON.stringify(value)}`,
    );
  }
  return limit;
}

const RELATIVE = /^(\d{1,6})(s|m|h|d|w)$/;
const UNIT_MS: Readonly<Record<string, number>> = { s: 1e3, m: 60e3, h: 3600e3, d: 86400e3, w: 604800e3 };
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** ISO 8601 (`2025-10-23T14:00:00Z`) or relative to now (`15m`, `2h`, `7d`). */
export function parseTimeBound(name: string, value: string, now: number): number {
  const relative = RELATIVE.exec(value);
  if (relative) return now - Number(relative[1]) * (UNIT_MS[relative[2] as string] as number);
  const time = ISO_8601.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) {
    throw new ValidationError(
      name,
      `expected ISO 8601 (2025-10-23T14:00:00Z) or a relative time (15m, 2h, 7d), got ${JSON.stringify(value)}`,
    );
  }
  return time;
}

function optionalTime(name: string, value: string | undefined, now: number): number | undefined {
  return value === undefined ? undefined : parseTimeBound(name, value, now);
}

export function encodeCursor(cursor: LogCursor): string {
  return Buffer.from(JSON.stringify([cursor.timestamp, cursor.eventId])).toString('base64url');
}

function decodeCursor(value: string | undefined): LogCursor | undefined {
  if (value === undefined) return undefined;
  const invalid = () =>
    new ValidationError('cursor', 'not a cursor returned by this API (pass nextCursor unchanged)');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch (cause) {
    throw new ValidationError('cursor', 'not a cursor returned by this API (pass nextCursor unchanged)', {
      cause,
    });
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw invalid();
  const [timestamp, eventId] = parsed as unknown[];
  if (
    typeof timestamp !== 'number' ||
    !Number.isFinite(timestamp) ||
    typeof eventId !== 'string' ||
    eventId.length > 64
  ) {
    throw invalid();
  }
  return { timestamp, eventId };
}
