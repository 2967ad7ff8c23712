/**
 * The OpenAPI 3.1 document of the API, served at `GET /openapi.json`. Schemas are JSON Schema
 * 2020-12; the API tests validate every real response against the operation's schema, and check
 * that the document and the router name exactly the same routes.
 */
import { NO_RECIPIENTS, type RecipientPolicy } from '#core/alerting/recipients.ts';
import { CURSOR_PATTERN } from '#core/list-page.ts';
import { MAX_CONTEXT_LINES } from '#core/log-context.ts';
import { TIME_SOURCES } from '#core/log-document.ts';
import { DEFAULT_FACET_VALUES, MAX_FACET_VALUES } from '#core/log-facets.ts';
import { TAIL_DEFAULT_LIMIT, TAIL_MAX_LIMIT, TAIL_RATE_WINDOW_MS } from '#core/log-tail.ts';
import {
  DEFAULT_LIMIT,
  FIELD_VALUE_MAX_CHARS,
  LEVEL_LIST_PATTERN,
  MAX_LIMIT,
  MAX_TEXT_LENGTH,
  NAME_LIST_PATTERN,
  TIME_SOURCE_LIST_PATTERN,
} from '#core/logs-query.ts';
import { LEVELS } from '#core/parse/levels.ts';
import { PATTERN_LIST_PATTERN } from '#core/patterns/pattern-id.ts';
import { MAX_PATTERNS, PATTERN_SORTS } from '#core/patterns/patterns-query.ts';
import { TIME_SCHEMA } from '#core/query-params.ts';
import { INTERVAL_PATTERN } from '#core/summary-query.ts';
import { DROP_RULE_PATHS, DROP_RULE_SCHEMAS } from './openapi-drop-rules.ts';
import { MANAGEMENT_PATHS, managementSchemas } from './openapi-management.ts';

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const str: Schema = { type: 'string' };
const int: Schema = { type: 'integer' };
const dateTime: Schema = { type: 'string', format: 'date-time' };
const obj = (
  properties: Record<string, Schema>,
  required: readonly string[] = Object.keys(properties),
): Schema => ({
  type: 'object',
  properties,
  required: [...required],
});

const timeBound =
  'RFC 3339 (`2025-10-23T14:00:00Z`), a date (`2025-10-23`) or relative to now (`15m`, `2h`, `7d`; units s m h d w)';
const time: Schema = { ...TIME_SCHEMA };
const levels: Schema = { type: 'string', pattern: LEVEL_LIST_PATTERN, maxLength: 400 };
const names: Schema = { type: 'string', pattern: NAME_LIST_PATTERN };
const cursor: Schema = { type: 'string', pattern: CURSOR_PATTERN };

function queryParam(name: string, description: string, schema: Schema = str): Schema {
  return { name, in: 'query', required: false, description, schema };
}

export function errorResponses(...statuses: number[]): Record<string, Schema> {
  const descriptions: Record<number, string> = {
    400: 'Bad input: `error.field` names the parameter or body field, `error.message` says what was expected',
    403: 'Missing or wrong API key (answered by API Gateway: `{"message":"Forbidden"}`)',
    404: 'Unknown id or path',
    409: 'Conflicts with the current state',
    422: 'The values have the documented shape but do not hold together (`from` after `to`, too many buckets, a cursor this API did not make); `error.field` names the parameter',
    503: 'A backend is unavailable; retry after the `retry-after` seconds',
  };
  return Object.fromEntries(
    statuses.map((status) => [
      String(status),
      {
        description: descriptions[status] ?? 'Error',
        content: {
          'application/json': {
            schema: status === 403 ? obj({ message: str }) : ref('Error'),
          },
        },
      },
    ]),
  );
}

export function ok(schema: Schema, description = 'OK', status = '200'): Record<string, Schema> {
  return { [status]: { description, content: { 'application/json': { schema } } } };
}

const logDocument: Schema = {
  type: 'object',
  description: 'One log event (docs/schema.md)',
  properties: {
    '@timestamp': dateTime,
    time_source: {
      enum: [...TIME_SOURCES],
      description:
        'Where @timestamp came from: the line itself, the time its Kafka record carries, or the ingest time. Absent on events indexed before this field existed',
    },
    event_id: str,
    level: { enum: [...LEVELS] },
    service: str,
    host: str,
    message: str,
    message_shape: { type: 'string', description: 'Events ingested before patterns: the masked message' },
    pattern_id: { type: 'string', description: 'The id of the message’s pattern (GET /patterns/{id})' },
    pattern: { type: 'string', description: 'The pattern’s template, e.g. `Invalid user <*> from <ip>`' },
    logger: str,
    format: str,
    source: {
      type: 'object',
      properties: {
        kind: { enum: ['file', 'stdin', 'http', 'kafka'] },
        id: str,
        path: str,
        offset: int,
        topic: str,
        partition: int,
        kafka_offset: int,
      },
      required: ['kind', 'id', 'offset', 'topic', 'partition', 'kafka_offset'],
    },
    fields: { type: 'object' },
    fields_text: str,
    tags: { type: 'object', additionalProperties: str },
    ingested_at: dateTime,
    parse_failed: { type: 'boolean' },
    parse_error: str,
    parse_structure: {
      type: 'string',
      description:
        'The structure learned for the line’s source that read it, e.g. `time d MMM yyyy HH:mm:ssSZ in field 1; level 0 fields after it; 32 of 32 lines` (docs/parsing.md)',
    },
    flags: { type: 'array', items: str },
  },
  // Not time_source: documents indexed before it existed lack it and are still served.
  required: [
    '@timestamp',
    'event_id',
    'service',
    'host',
    'message',
    'format',
    'source',
    'fields',
    'ingested_at',
    'parse_failed',
  ],
};

const consumerLag: Schema = {
  oneOf: [
    {
      type: 'object',
      properties: {
        known: { const: true },
        source: str,
        total: int,
        partitions: {
          type: 'array',
          items: obj({ topic: str, partition: int, lag: int }),
        },
      },
      required: ['known', 'source', 'total'],
      additionalProperties: false,
    },
    { ...obj({ known: { const: false }, reason: str }), additionalProperties: false },
  ],
};

const patternIdSchema: Schema = { type: 'string', pattern: '^[0-9a-f]{16}$' };

/** What the pattern registry knows of a pattern (absent when it has no entry). */
const registryFields: Record<string, Schema> = {
  firstSeen: dateTime,
  lastSeen: dateTime,
  totalCount: { type: 'integer', minimum: 0, description: 'Events ever registered, dropped ones included' },
  bytes: {
    type: 'integer',
    minimum: 0,
    description: 'UTF-8 bytes of their messages, dropped ones included: what this kind costs',
  },
  dropped: {
    type: 'integer',
    minimum: 0,
    description: 'Of those events, how many drop and sample rules left out of the index (`/drop-rules`)',
  },
  droppedBytes: { type: 'integer', minimum: 0, description: 'UTF-8 bytes of the dropped events' },
  levels: { type: 'array', items: { enum: [...LEVELS] } },
  origin: { enum: ['new', 'refined'], description: 'First seen as a new kind, or born of a refinement' },
  successor: { ...patternIdSchema, description: 'Set once a refinement replaced it: the current id' },
};

const schemas: Record<string, Schema> = {
  Error: {
    ...obj(
      {
        error: {
          ...obj(
            {
              code: {
                enum: [
                  'bad_request',
                  'forbidden',
                  'not_found',
                  'method_not_allowed',
                  'conflict',
                  'unprocessable',
                  'unsupported_media_type',
                  'payload_too_large',
                  'unavailable',
                  'internal',
                ],
              },
              message: str,
              field: { type: 'string', description: 'The parameter, path segment or body field at fault' },
            },
            ['code', 'message'],
          ),
          additionalProperties: false,
        },
      },
      ['error'],
    ),
    additionalProperties: false,
  },
  LogDocument: logDocument,
  LogPage: {
    ...obj(
      {
        items: { type: 'array', items: ref('LogDocument') },
        nextCursor: {
          type: 'string',
          description: 'Pass as `cursor` for the next page; absent on the last page',
        },
      },
      ['items'],
    ),
    additionalProperties: false,
  },
  LogFacets: {
    ...obj({
      from: dateTime,
      to: dateTime,
      total: { type: 'integer', minimum: 0, description: 'Events matching every filter' },
      levels: facetCounts('level'),
      services: facetCounts('service'),
      hosts: facetCounts('host'),
      histogram: obj({
        intervalMs: int,
        buckets: {
          type: 'array',
          description: 'Events matching every filter per interval of event time, oldest first',
          items: obj({ start: dateTime, count: int }),
        },
      }),
    }),
    additionalProperties: false,
  },
  TailPage: {
    ...obj({
      items: { type: 'array', items: ref('LogDocument'), description: 'Oldest arrival first' },
      cursor: { type: 'string', description: 'Pass as `cursor` on the next call' },
      more: { type: 'boolean', description: 'More arrived than this page holds: call again at once' },
      ratePerSecond: {
        type: 'number',
        minimum: 0,
        description: `Matching events received per second over the last ${TAIL_RATE_WINDOW_MS / 1000} s`,
      },
    }),
    additionalProperties: false,
  },
  LogContext: {
    ...obj({
      before: { type: 'array', items: ref('LogDocument'), description: 'Oldest first' },
      event: ref('LogDocument'),
      after: { type: 'array', items: ref('LogDocument'), description: 'Oldest first' },
    }),
    additionalProperties: false,
  },
  Summary: {
    ...obj({
      from: dateTime,
      to: dateTime,
      total: int,
      byLevel: {
        type: 'object',
        description: 'Count per level; `NONE` for events without a level',
        additionalProperties: int,
      },
      byService: { type: 'array', items: obj({ service: str, count: int }) },
      histogram: obj({
        intervalMs: int,
        buckets: { type: 'array', items: obj({ start: dateTime, count: int }) },
      }),
      topErrors: {
        type: 'array',
        items: obj({
          patternId: { type: 'string', pattern: '^[0-9a-f]{16}$' },
          pattern: {
            type: 'string',
            description:
              'The pattern: the message with variable parts as <*>, <num>, <hex>, <uuid>, <ip>, <date>, <str>',
          },
          shape: { type: 'string', description: 'The pattern again (the name earlier versions used)' },
          count: int,
          example: str,
          lastSeen: dateTime,
          services: { type: 'array', items: str },
        }),
      },
    }),
    additionalProperties: false,
  },
  PatternList: {
    ...obj(
      {
        from: dateTime,
        to: dateTime,
        since: dateTime,
        patterns: { type: 'array', items: ref('PatternSummary') },
      },
      ['from', 'to', 'patterns'],
    ),
    additionalProperties: false,
  },
  PatternSummary: {
    ...obj(
      {
        id: patternIdSchema,
        service: str,
        template: { type: 'string', description: 'e.g. `Invalid user <*> from <ip>`' },
        count: { type: 'integer', minimum: 0, description: 'Events in the range' },
        trend: obj({
          firstHalf: { type: 'integer', minimum: 0 },
          secondHalf: { type: 'integer', minimum: 0 },
          direction: { enum: ['rising', 'falling', 'steady'] },
        }),
        ...registryFields,
      },
      ['id', 'service', 'template', 'count', 'trend'],
    ),
    additionalProperties: false,
  },
  Pattern: {
    ...obj(
      {
        id: patternIdSchema,
        service: str,
        template: str,
        ...registryFields,
        level: { enum: [...LEVELS, null], description: 'The most severe level its lines had' },
        absorbed: { type: 'array', items: patternIdSchema, description: 'Ids it had before refinements' },
        samples: {
          type: 'array',
          description:
            'Up to 5 values seen at each variable position (`<*>` or a placeholder) of the template',
          items: obj({ position: { type: 'integer', minimum: 0 }, values: { type: 'array', items: str } }),
        },
        sampleLines: { type: 'array', items: str },
        histogram: obj({
          from: dateTime,
          to: dateTime,
          intervalMs: int,
          buckets: { type: 'array', items: obj({ start: dateTime, count: int }) },
        }),
      },
      [
        'id',
        'service',
        'template',
        'firstSeen',
        'lastSeen',
        'totalCount',
        'bytes',
        'dropped',
        'droppedBytes',
        'levels',
        'origin',
        'level',
        'absorbed',
        'samples',
        'sampleLines',
        'histogram',
      ],
    ),
    additionalProperties: false,
  },
  Health: {
    ...obj({
      status: { enum: ['ok', 'degraded'] },
      checkedAt: dateTime,
      backends: {
        type: 'object',
        additionalProperties: obj({ ok: { type: 'boolean' }, latencyMs: int, error: str }, [
          'ok',
          'latencyMs',
        ]),
      },
      pipeline: obj({
        lastIngestAt: { type: ['string', 'null'], format: 'date-time' },
        secondsSinceLastIngest: { type: ['integer', 'null'] },
        consumerLag,
      }),
    }),
    additionalProperties: false,
  },
};

function facetCounts(facet: string): Schema {
  return {
    type: 'array',
    description: `The most frequent values of ${facet}, counted over the events matching every filter but the ${facet} filter`,
    items: obj({ value: str, count: { type: 'integer', minimum: 0 } }),
  };
}

const idParam: Schema = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'Event id (`event_id`)',
  schema: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,64}$' },
};

const fieldParam: Schema = {
  name: 'field.NAME',
  in: 'query',
  required: false,
  description:
    'Exact match on a parsed field, e.g. `field.status=500` (NAME: [A-Za-z0-9_.@-]{1,128}; at most 20)',
  schema: { type: 'string', maxLength: FIELD_VALUE_MAX_CHARS },
};

/** The parameters that select events, shared by `/logs`, `/logs/facets` and (less the range) `/logs/tail`. */
function logFilterParams(timeRange = true): Schema[] {
  const params = [
    queryParam(
      'q',
      `Full text over the message in simple query syntax: words (AND), \`"phrase"\`, \`-not\`, \`a | b\`, \`prefix*\`. No query DSL. At most ${MAX_TEXT_LENGTH} characters`,
      { type: 'string', maxLength: MAX_TEXT_LENGTH },
    ),
    queryParam(
      'level',
      `One level means that level and above; a comma list means exactly those. ${LEVELS.join(', ')}`,
      levels,
    ),
    queryParam(
      'service',
      'Service name; comma-separated or repeated for several (at most 100, each at most 256 characters)',
      names,
    ),
    queryParam(
      'host',
      'Host name; comma-separated or repeated for several (at most 100, each at most 256 characters)',
      names,
    ),
    queryParam(
      'time_source',
      `Where the event time came from: ${TIME_SOURCES.join(', ')}; comma-separated or repeated for several`,
      { type: 'string', pattern: TIME_SOURCE_LIST_PATTERN },
    ),
    queryParam(
      'pattern',
      'Pattern id (16 hex digits, from `GET /patterns`); comma-separated or repeated. Also finds the events of the ids a refined pattern absorbed',
      { type: 'string', pattern: PATTERN_LIST_PATTERN },
    ),
    queryParam(
      'trace_id',
      "The events of one trace: its W3C trace id, 32 hex digits (OTLP records' `traceId`)",
      {
        type: 'string',
        pattern: '^[0-9a-fA-F]{32}$',
      },
    ),
    queryParam('span_id', 'The events of one span: its id, 16 hex digits', {
      type: 'string',
      pattern: '^[0-9a-fA-F]{16}$',
    }),
    queryParam('from', `Inclusive lower bound of the event time: ${timeBound}`, time),
    queryParam('to', `Exclusive upper bound of the event time: ${timeBound}`, time),
  ];
  return timeRange ? params : params.filter((p) => p.name !== 'from' && p.name !== 'to');
}

const paths: Record<string, Record<string, Schema>> = {
  '/logs': {
    get: {
      operationId: 'searchLogs',
      summary: 'Search log events, newest first by default, with cursor pagination',
      parameters: [
        ...logFilterParams(),
        queryParam('sort', 'By event time: `desc` (default) or `asc`', {
          type: 'string',
          enum: ['desc', 'asc', '-@timestamp', '@timestamp'],
        }),
        queryParam(
          'limit',
          `Events per page, 1 to ${MAX_LIMIT}; default ${DEFAULT_LIMIT}, or the limit the cursor was made with. A page also stops before 5 MB of events (Lambda answers at most 6 MB); \`nextCursor\` then continues`,
          {
            type: 'integer',
            minimum: 1,
            maximum: MAX_LIMIT,
          },
        ),
        queryParam(
          'cursor',
          '`nextCursor` of the previous page, unchanged (422 for one this API did not make). Pages stay stable while new events arrive',
          cursor,
        ),
        fieldParam,
      ],
      responses: { ...ok(ref('LogPage')), ...errorResponses(400, 403, 422, 503) },
    },
  },
  '/logs/facets': {
    get: {
      operationId: 'getLogFacets',
      summary:
        'How many events match, per level, service and host (each counted without its own filter) and over time: the counts beside a search',
      parameters: [
        ...logFilterParams(),
        queryParam(
          'interval',
          'Histogram bucket width (`1m`, `5m`, `1h`, `1d`); default: about 96 buckets over the range; at most 1000 buckets (422 otherwise). The range defaults to the 24 hours before `to` (default now)',
          { type: 'string', pattern: INTERVAL_PATTERN },
        ),
        queryParam('top', `Values per facet, the most frequent first, 1 to ${MAX_FACET_VALUES}`, {
          type: 'integer',
          minimum: 1,
          maximum: MAX_FACET_VALUES,
          default: DEFAULT_FACET_VALUES,
        }),
        fieldParam,
      ],
      responses: { ...ok(ref('LogFacets')), ...errorResponses(400, 403, 422, 503) },
    },
  },
  '/logs/tail': {
    get: {
      operationId: 'tailLogs',
      summary:
        'The events received since the previous call, oldest first: call again with `cursor` (every second or two) to follow the logs. Follows the time Logward received events (`ingested_at`), so a line stamped long ago still shows when it arrives. The first call returns the latest `limit` events. Batches that finish writing out of order may let a tail skip an event; a search finds it',
      parameters: [
        ...logFilterParams(false),
        queryParam('limit', `Events per call, 1 to ${TAIL_MAX_LIMIT}`, {
          type: 'integer',
          minimum: 1,
          maximum: TAIL_MAX_LIMIT,
          default: TAIL_DEFAULT_LIMIT,
        }),
        queryParam(
          'cursor',
          '`cursor` of the previous call, unchanged (422 for one this route did not make)',
          cursor,
        ),
        fieldParam,
      ],
      responses: { ...ok(ref('TailPage')), ...errorResponses(400, 403, 422, 503) },
    },
  },
  '/logs/{id}': {
    get: {
      operationId: 'getLog',
      summary: 'One log event by id',
      parameters: [idParam],
      responses: { ...ok(ref('LogDocument')), ...errorResponses(400, 403, 404, 503) },
    },
  },
  '/logs/{id}/context': {
    get: {
      operationId: 'getLogContext',
      summary:
        'The event and the lines before and after it from the same source (same host and file, or Kafka partition)',
      parameters: [
        idParam,
        queryParam('before', `Lines before, 0 to ${MAX_CONTEXT_LINES}`, {
          type: 'integer',
          minimum: 0,
          maximum: MAX_CONTEXT_LINES,
          default: 10,
        }),
        queryParam('after', `Lines after, 0 to ${MAX_CONTEXT_LINES}`, {
          type: 'integer',
          minimum: 0,
          maximum: MAX_CONTEXT_LINES,
          default: 10,
        }),
      ],
      responses: { ...ok(ref('LogContext')), ...errorResponses(400, 403, 404, 503) },
    },
  },
  '/summary': {
    get: {
      operationId: 'getSummary',
      summary: 'Counts by level and service, a histogram over time and the top error messages by shape',
      parameters: [
        queryParam('from', `Default: 24 hours before \`to\`. ${timeBound}`, time),
        queryParam('to', `Default: now. ${timeBound}`, time),
        queryParam('service', 'Only these services; comma-separated or repeated', names),
        queryParam('host', 'Only these hosts; comma-separated or repeated', names),
        queryParam(
          'interval',
          'Histogram bucket width (`1m`, `5m`, `1h`, `1d`); default: about 96 buckets over the range; at most 1000 buckets (422 otherwise)',
          { type: 'string', pattern: INTERVAL_PATTERN },
        ),
        queryParam('top', 'How many error shapes, 1 to 100', {
          type: 'integer',
          minimum: 1,
          maximum: 100,
          default: 10,
        }),
        queryParam(
          'errorLevel',
          'Levels counted as errors for the top messages (like `level` of /logs); default ERROR,FATAL',
          levels,
        ),
      ],
      responses: { ...ok(ref('Summary')), ...errorResponses(400, 403, 422, 503) },
    },
  },
  '/patterns': {
    get: {
      operationId: 'listPatterns',
      summary:
        'The kinds of line: the top patterns by count in a range, with their trend, by bytes (`sort=bytes`), or (`new=true`) the ones first seen since a time',
      parameters: [
        queryParam('from', `Default: 24 hours before \`to\`. ${timeBound}`, time),
        queryParam('to', `Default: now. ${timeBound}`, time),
        queryParam('service', 'Only these services; comma-separated or repeated', names),
        queryParam(
          'level',
          `Only events at these levels (like \`level\` of /logs; with new=true: the pattern's most severe level). ${LEVELS.join(', ')}`,
          levels,
        ),
        queryParam('new', 'true: only patterns first seen as a new kind since `since`', {
          type: 'string',
          enum: ['true', 'false'],
        }),
        queryParam('since', `With new=true; default: \`from\`. ${timeBound}`, time),
        queryParam(
          'sort',
          '`count` (default): the most events in the range. `bytes`: the current patterns with the most message bytes ever, dropped lines included (what a kind costs), each with its count in the range; not with new=true (422)',
          { type: 'string', enum: [...PATTERN_SORTS] },
        ),
        queryParam('limit', `Patterns, 1 to ${MAX_PATTERNS}`, {
          type: 'integer',
          minimum: 1,
          maximum: MAX_PATTERNS,
          default: 20,
        }),
      ],
      responses: { ...ok(ref('PatternList')), ...errorResponses(400, 403, 422, 503) },
    },
  },
  '/patterns/{id}': {
    get: {
      operationId: 'getPattern',
      summary: 'One pattern: its template, sample values per variable position, sample lines and histogram',
      parameters: [
        {
          name: 'id',
          in: 'path',
          required: true,
          description: 'Pattern id',
          schema: { type: 'string', pattern: '^[0-9a-f]{16}$' },
        },
        queryParam('from', `Histogram start; default: 24 hours before \`to\`. ${timeBound}`, time),
        queryParam('to', `Histogram end; default: now. ${timeBound}`, time),
        queryParam(
          'interval',
          'Histogram bucket width (`1m`, `5m`, `1h`, `1d`); default: about 96 buckets; at most 1000 (422 otherwise)',
          {
            type: 'string',
            pattern: INTERVAL_PATTERN,
          },
        ),
      ],
      responses: { ...ok(ref('Pattern')), ...errorResponses(400, 403, 404, 422, 503) },
    },
  },
  '/health': {
    get: {
      operationId: 'getHealth',
      summary:
        'Pipeline freshness and whether each backend answers. The only route reachable without an API key',
      security: [],
      responses: {
        ...ok(ref('Health'), 'Every backend answers'),
        ...ok(ref('Health'), 'A backend does not answer', '503'),
      },
    },
  },
  '/openapi.json': {
    get: {
      operationId: 'getOpenApi',
      summary: 'This document',
      responses: { ...ok({ type: 'object' }), ...errorResponses(400, 403) },
    },
  },
  ...MANAGEMENT_PATHS,
  ...DROP_RULE_PATHS,
};

/**
 * The OpenAPI 3.1 document of exactly what the API serves. Rule input names the recipients the
 * deployment's allow-lists permit, so the document and the server refuse the same rules.
 */
export function openApiDocument(recipients: RecipientPolicy = NO_RECIPIENTS): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Logward API',
      version: '1.0.0',
      description:
        'Read and manage Logward: logs, summaries, nodes, alerts, rules and silences. Every route but `GET /health` needs a credential, and each kind has its own path prefix serving the same routes: an API key in `x-api-key` reads (`GET` only) at `/`; IAM principals (SigV4, service `execute-api`) read and write under `/iam`; people with a Cognito ID token in `Authorization` under `/people`, reading in the group `logward-reader` and writing in `logward-admin`. Every method but GET needs an admin (403 `forbidden` otherwise). Errors share one shape: `{"error":{"code","message","field"?}}`.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    security: [{ apiKey: [] }, { sigv4: [] }, { cognito: [] }],
    paths,
    components: {
      schemas: { ...schemas, ...managementSchemas(recipients), ...DROP_RULE_SCHEMAS },
      securitySchemes: {
        apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key', description: 'Reads only, at /' },
        sigv4: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: 'AWS Signature Version 4 (service execute-api), under /iam',
        },
        cognito: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: 'A Cognito user pool ID token, under /people',
        },
      },
    },
  };
}
