/**
 * `GET /logs` query parameters → a validated `LogQuery`. Pure: the OpenSearch adapter turns a
 * `LogQuery` into a search request; this module knows nothing about the engine.
 */
import { FIELD_NAME_PATTERN, textLength } from './input-text.ts';
import { decodeCursorJson, encodeCursorJson } from './list-page.ts';
import { type LogDocument, TIME_SOURCES, type TimeSource } from './log-document.ts';
import { isLevel, LEVELS, type Level } from './parse/levels.ts';
import { parsePatternId } from './patterns/pattern-id.ts';
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

export type { QueryParams } from './query-params.ts';

export const MAX_LIMIT = 1000;
export const DEFAULT_LIMIT = 100;
export const MAX_TEXT_LENGTH = 1024;
export const FIELD_VALUE_MAX_CHARS = 256;
/**
 * Largest page of events in bytes of JSON: API Gateway and Lambda answer at most 6 MB, so a page
 * of large events stops early and its cursor continues.
 */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;
/** A `level` parameter: levels in any case, comma-separated (what `parseLevels` accepts). */
export const LEVEL_LIST_PATTERN = (() => {
  const anyCase = (word: string) => [...word].map((c) => `[${c}${c.toLowerCase()}]`).join('');
  const level = `(?:${LEVELS.map(anyCase).join('|')})`;
  return `^ *(?:${level})? *(?:, *(?:${level})? *)*$`;
})();
/** A `time_source` parameter: time sources, comma-separated (what `parseTimeSources` accepts). */
export const TIME_SOURCE_LIST_PATTERN = (() => {
  const source = `(?:${TIME_SOURCES.join('|')})`;
  return `^ *(?:${source})? *(?:, *(?:${source})? *){0,99}$`;
})();
/** A `service` or `host` parameter: at most 100 comma-separated names of at most 256 characters. */
export const NAME_LIST_PATTERN = '^[^,]{0,256}(?:,[^,]{0,256}){0,99}$';
const MAX_FIELD_FILTERS = 20;
const FIELD_NAME = new RegExp(FIELD_NAME_PATTERN);
/** Event ids: a base64url source digest and base-36 positions joined by dots (core/event-id.ts). */
export const EVENT_ID = /^[A-Za-z0-9_.-]{1,64}$/;

/** What selects events: every `GET /logs` parameter but the paging ones. */
export interface LogFilter {
  /** Full text over the message, in the safe simple-query syntax. */
  readonly text?: string;
  readonly levels?: readonly Level[];
  readonly services?: readonly string[];
  readonly hosts?: readonly string[];
  /** Where the documents' times came from (`time_source`). */
  readonly timeSources?: readonly TimeSource[];
  /** Inclusive lower bound, epoch ms. */
  readonly from?: number;
  /** Exclusive upper bound, epoch ms. */
  readonly to?: number;
  /** Pattern ids (a pattern and the ids it absorbed). */
  readonly patterns?: readonly string[];
  /** The events of one trace (32 hex digits) or one span (16). */
  readonly traceId?: string;
  readonly spanId?: string;
  /** Exact matches on parsed fields, `field.NAME=VALUE`. */
  readonly fields: Readonly<Record<string, string>>;
}

export interface LogQuery extends LogFilter {
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

/** The parameters of `GET /logs` that select events (`LogFilter`); the paging ones are `PAGE_PARAMS`. */
export const FILTER_PARAMS = [
  'q',
  'level',
  'service',
  'host',
  'time_source',
  'pattern',
  'trace_id',
  'span_id',
  'from',
  'to',
] as const;
const PAGE_PARAMS = ['sort', 'limit', 'cursor'];

/** Validates `GET /logs` parameters. Throws `ValidationError` naming the parameter. */
export function parseLogQuery(params: QueryParams, now: number): LogQuery {
  const filter = parseLogFilter(params, now, PAGE_PARAMS);
  const after = decodeCursor(single('cursor', params.cursor));
  return {
    ...filter,
    order: parseOrder(single('sort', params.sort)),
    // A cursor keeps the limit of the page it came from unless the client gives another.
    limit: integer('limit', single('limit', params.limit), {
      min: 1,
      max: MAX_LIMIT,
      fallback: after?.limit ?? DEFAULT_LIMIT,
    }),
    ...optional('after', after && { timestamp: after.timestamp, eventId: after.eventId }),
  };
}

/**
 * Validates the parameters that select events (`FILTER_PARAMS` and `field.NAME`), refusing any
 * other but `extra` (which the caller reads itself) and, when `timeRange` is false, `from`/`to`.
 */
export function parseLogFilter(
  params: QueryParams,
  now: number,
  extra: readonly string[],
  timeRange = true,
): LogFilter {
  const known = [
    ...FILTER_PARAMS.filter((name) => timeRange || (name !== 'from' && name !== 'to')),
    ...extra,
  ];
  const fields: Record<string, string> = {};
  const plain: Record<string, readonly string[] | undefined> = {};
  for (const [name, values] of Object.entries(params)) {
    if (!name.startsWith('field.')) {
      plain[name] = values;
      continue;
    }
    const field = name.slice('field.'.length);
    if (!FIELD_NAME.test(field))
      throw new ValidationError(name, 'field name must match [A-Za-z0-9_.@-]{1,128}');
    const value = single(name, values) ?? '';
    if (textLength(value) > FIELD_VALUE_MAX_CHARS)
      throw new ValidationError(name, `at most ${FIELD_VALUE_MAX_CHARS} characters`);
    fields[field] = value;
  }
  if (Object.keys(fields).length > MAX_FIELD_FILTERS) {
    throw new ValidationError('field.NAME', `at most ${MAX_FIELD_FILTERS} field filters`);
  }
  rejectUnknown(plain, known, ', field.NAME');
  const text = single('q', params.q);
  if (text !== undefined && textLength(text) > MAX_TEXT_LENGTH) {
    throw new ValidationError('q', `at most ${MAX_TEXT_LENGTH} characters`);
  }
  const from = optionalTime('from', single('from', params.from), now);
  const to = optionalTime('to', single('to', params.to), now);
  if (from !== undefined && to !== undefined && from >= to) {
    throw new UnprocessableError('from', 'must be earlier than to');
  }
  return {
    fields,
    ...(text?.trim() ? { text } : {}),
    ...optional('levels', parseLevels(params.level)),
    ...optional('services', list('service', params.service)),
    ...optional('hosts', list('host', params.host)),
    ...optional(
      'patterns',
      list('pattern', params.pattern)?.map((id) => parsePatternId('pattern', id)),
    ),
    ...optional('traceId', hexId('trace_id', single('trace_id', params.trace_id), 32)),
    ...optional('spanId', hexId('span_id', single('span_id', params.span_id), 16)),
    ...optional('timeSources', parseTimeSources(params.time_source)),
    ...optional('from', from),
    ...optional('to', to),
  };
}

/** A W3C trace or span id: `digits` hex digits, any case; stored and matched lowercase. */
function hexId(name: string, value: string | undefined, digits: number): string | undefined {
  if (value === undefined) return undefined;
  if (value.length !== digits || !/^[0-9a-fA-F]+$/.test(value))
    throw new ValidationError(name, `${digits} hex digits`);
  return value.toLowerCase();
}

/** `level=WARN` means WARN and above; `level=ERROR,DEBUG` means exactly those. */
export function parseLevels(values: readonly string[] | undefined): Level[] | undefined {
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

/** `time_source=line` or `time_source=record,ingest`. */
function parseTimeSources(values: readonly string[] | undefined): TimeSource[] | undefined {
  const items = list('time_source', values);
  if (items === undefined) return undefined;
  for (const item of items) {
    if (!(TIME_SOURCES as readonly string[]).includes(item))
      throw new ValidationError(
        'time_source',
        `expected one of ${TIME_SOURCES.join(', ')}, got ${JSON.stringify(item)}`,
      );
  }
  return items as TimeSource[];
}

function parseOrder(value: string | undefined): 'asc' | 'desc' {
  if (value === undefined || value === 'desc' || value === '-@timestamp') return 'desc';
  if (value === 'asc' || value === '@timestamp') return 'asc';
  throw new ValidationError('sort', `expected desc or asc, got ${JSON.stringify(value)}`);
}

/** The cursor after `cursor`'s position, carrying the page size so the next page keeps it. */
export function encodeCursor(cursor: LogCursor, limit: number): string {
  return encodeCursorJson([cursor.timestamp, cursor.eventId, limit]);
}

function decodeCursor(value: string | undefined): (LogCursor & { limit?: number }) | undefined {
  if (value === undefined) return undefined;
  const notOurs = 'not a cursor returned by this API (pass nextCursor unchanged)';
  const invalid = () => new UnprocessableError('cursor', notOurs);
  const parsed = decodeCursorJson(value, 'expected the nextCursor of a previous page', notOurs);
  // Cursors made before pages kept their limit have two elements.
  if (!Array.isArray(parsed) || parsed.length < 2 || parsed.length > 3) throw invalid();
  const [timestamp, eventId, limit] = parsed as unknown[];
  if (
    typeof timestamp !== 'number' ||
    !Number.isSafeInteger(timestamp) ||
    typeof eventId !== 'string' ||
    !EVENT_ID.test(eventId) ||
    (limit !== undefined &&
      !(Number.isInteger(limit) && (limit as number) >= 1 && (limit as number) <= MAX_LIMIT))
  ) {
    throw invalid();
  }
  return limit === undefined ? { timestamp, eventId } : { timestamp, eventId, limit: limit as number };
}

/**
 * The page a response can carry from `documents` (sorted; `limit` were asked for, `positions[i]`
 * is the sort position of `documents[i]`): it stops before the JSON passes `maxBytes` (always
 * keeping one), and has a cursor when more may follow.
 */
export function capPage(
  documents: readonly LogDocument[],
  positions: readonly LogCursor[],
  limit: number,
  maxBytes = MAX_PAGE_BYTES,
): LogPage {
  let bytes = 0;
  let count = 0;
  for (const document of documents) {
    bytes += Buffer.byteLength(JSON.stringify(document)) + 1;
    if (count > 0 && bytes > maxBytes) break;
    count++;
  }
  const items = documents.slice(0, count);
  const last = positions[count - 1];
  const more = count < documents.length || documents.length >= limit;
  return more && last ? { items, nextCursor: encodeCursor(last, limit) } : { items };
}
