/**
 * Pages of a list route (`limit`, `cursor`, `nextCursor`), for lists the API holds whole in
 * memory (nodes, open alerts, rules, silences) and for history read from its store in pages. A
 * cursor carries the position after the last item and the page size, so the next page keeps the
 * `limit` of the first without the client repeating it.
 */
import { integer, type QueryParams, rejectUnknown, single } from './query-params.ts';
import { UnprocessableError, ValidationError } from './validation-error.ts';

export const LIST_DEFAULT_LIMIT = 100;
export const LIST_MAX_LIMIT = 1000;
/** Cursors are base64url: what the OpenAPI document says a cursor looks like. */
export const CURSOR_PATTERN = '^[A-Za-z0-9_-]{1,2048}$';
const CURSOR = new RegExp(CURSOR_PATTERN);

export interface ListQuery {
  readonly limit: number;
  /** Sort key of the last item of the previous page. */
  readonly after?: string;
}

export interface ListPage<T> {
  readonly items: readonly T[];
  readonly nextCursor?: string;
}

export function encodeListCursor(after: string, limit: number): string {
  return encodeCursorJson({ a: after, l: limit });
}

/** Reads `limit` and `cursor` (and refuses parameters other than those and `known`). */
export function parseListQuery(query: QueryParams, known: readonly string[] = []): ListQuery {
  rejectUnknown(query, ['limit', 'cursor', ...known]);
  const cursor = single('cursor', query.cursor);
  const given = single('limit', query.limit);
  const decoded = cursor === undefined ? undefined : decodeListCursor(cursor);
  const limit = integer('limit', given, {
    min: 1,
    max: LIST_MAX_LIMIT,
    fallback: decoded?.limit ?? LIST_DEFAULT_LIMIT,
  });
  return decoded ? { limit, after: decoded.after } : { limit };
}

function decodeListCursor(value: string): { after: string; limit: number } {
  const notOurs = 'not a cursor returned by this API (pass nextCursor unchanged)';
  const o = decodeCursorJson(value, 'expected the nextCursor of a previous page', notOurs) as {
    a?: unknown;
    l?: unknown;
  } | null;
  if (
    typeof o !== 'object' ||
    o === null ||
    typeof o.a !== 'string' ||
    !Number.isInteger(o.l) ||
    (o.l as number) < 1 ||
    (o.l as number) > LIST_MAX_LIMIT
  ) {
    throw new UnprocessableError('cursor', notOurs);
  }
  return { after: o.a, limit: o.l as number };
}

/** A cursor as the API hands it out: its position as JSON, in base64url. */
export function encodeCursorJson(position: unknown): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/**
 * The JSON inside a `cursor` parameter: a 400 saying `expected` when it is not base64url of the
 * documented length, a 422 saying `notOurs` when it holds no JSON. Its shape is the caller's to check.
 */
export function decodeCursorJson(value: string, expected: string, notOurs: string): unknown {
  if (!CURSOR.test(value)) throw new ValidationError('cursor', expected);
  try {
    return JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch (cause) {
    throw new UnprocessableError('cursor', notOurs, { cause });
  }
}

/**
 * One page of `items` in the order of `keyOf` (ascending, or descending with `descending`):
 * the items after the cursor's key, at most `limit`, and a cursor when more follow.
 */
export function pageOf<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  query: ListQuery,
  descending = false,
): ListPage<T> {
  const sign = descending ? -1 : 1;
  const keyed = items.map((item) => ({ item, key: keyOf(item) }));
  keyed.sort((x, y) => sign * (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const after = query.after;
  const rest =
    after === undefined ? keyed : keyed.filter((k) => (descending ? k.key < after : k.key > after));
  const page = rest.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((k) => k.item),
    ...(rest.length > query.limit && last ? { nextCursor: encodeListCursor(last.key, query.limit) } : {}),
  };
}
