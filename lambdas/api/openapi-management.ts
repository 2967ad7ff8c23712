/** The OpenAPI paths and schemas of the management routes (nodes, alerts, rules, silences). */
import { LEVELS } from '#core/parse/levels.ts';

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const str: Schema = { type: 'string' };
const int: Schema = { type: 'integer' };
const bool: Schema = { type: 'boolean' };
const dateTime: Schema = { type: 'string', format: 'date-time' };
const list = (item: string): Schema => ({
  type: 'object',
  properties: { items: { type: 'array', items: ref(item) } },
  required: ['items'],
  additionalProperties: false,
});
const json = (schema: Schema) => ({ 'application/json': { schema } });
const ok = (schema: Schema, status = '200', description = 'OK') => ({
  [status]: { description, content: json(schema) },
});
const errors = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((s) => [
      String(s),
      {
        description:
          {
            400: 'Bad input: `error.field` names the field',
            403: 'Missing or wrong API key',
            404: 'Unknown id',
            409: 'Conflict with the current state; reread and retry',
            503: 'The alerting store is unavailable',
          }[s] ?? 'Error',
        content: json(s === 403 ? { type: 'object', properties: { message: str } } : ref('Error')),
      },
    ]),
  );
const pathParam = (name: string, description: string): Schema => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string', minLength: 1, maxLength: 512 },
});
const body = (schema: Schema, required = true) => ({ required, content: json(schema) });

const labels: Schema = {
  type: 'object',
  properties: {
    ruleId: str,
    service: str,
    host: str,
    nodeId: str,
    level: { enum: [...LEVELS] },
    patternId: str,
    pattern: str,
    patternValues: { type: 'array', items: str },
  },
  required: ['ruleId'],
};
const channel: Schema = {
  oneOf: [
    {
      type: 'object',
      properties: { kind: { const: 'email' }, to: { type: 'array', items: str, minItems: 1 } },
      required: ['kind', 'to'],
    },
    { type: 'object', properties: { kind: { enum: ['slack', 'webhook'] } }, required: ['kind'] },
    { type: 'object', properties: { kind: { const: 'sns' }, topicArn: str }, required: ['kind'] },
  ],
};
const sample: Schema = {
  type: 'object',
  properties: { at: str, service: str, host: str, level: { enum: [...LEVELS] }, message: str, eventId: str },
  required: ['at', 'service', 'host', 'message', 'eventId'],
};

export const MANAGEMENT_SCHEMAS: Record<string, Schema> = {
  Node: {
    type: 'object',
    description: 'An agent or app that sends heartbeats. Times are when Logward received them',
    properties: {
      nodeId: str,
      host: str,
      kind: { enum: ['agent', 'app'] },
      app: str,
      agentVersion: str,
      configHash: str,
      intervalSeconds: int,
      firstSeenAt: dateTime,
      lastSeenAt: dateTime,
      lastSentAt: { ...dateTime, description: "The node's own clock in its last heartbeat (skew only)" },
      state: { enum: ['new', 'up', 'late', 'down', 'paused', 'retired'] },
      stateSince: dateTime,
      downSince: dateTime,
      recoveringSince: dateTime,
      returnedAt: dateTime,
      pausedUntil: dateTime,
      note: str,
      actionBy: {
        ...str,
        description: 'Who took the last pause, resume or retire: the principal API Gateway authenticated',
      },
    },
    required: [
      'nodeId',
      'host',
      'kind',
      'intervalSeconds',
      'firstSeenAt',
      'lastSeenAt',
      'state',
      'stateSince',
    ],
    additionalProperties: false,
  },
  NodeList: list('Node'),
  Alert: {
    type: 'object',
    description: 'An open alert (one per rule and group); it disappears from here when it resolves',
    properties: {
      fingerprint: str,
      title: str,
      labels,
      policy: {
        type: 'object',
        properties: {
          groupWaitSeconds: int,
          repeatIntervalSeconds: int,
          resolveAfterSeconds: int,
          channels: { type: 'array', items: channel },
        },
      },
      openedAt: dateTime,
      lastSeenAt: dateTime,
      pendingCount: int,
      pendingSince: dateTime,
      samples: { type: 'array', items: sample },
      totalCount: int,
      windowCount: int,
      windowMinutes: int,
      notifications: int,
      notifiedAt: dateTime,
      subject: str,
      suppressedCount: int,
      acknowledgedAt: dateTime,
      acknowledgedBy: str,
    },
    required: ['fingerprint', 'title', 'labels', 'openedAt', 'lastSeenAt', 'totalCount'],
    additionalProperties: false,
  },
  AlertList: list('Alert'),
  HistoryEntry: {
    type: 'object',
    properties: {
      id: str,
      at: dateTime,
      fingerprint: str,
      kind: { enum: ['firing', 'reminder', 'resolved', 'suppressed', 'acknowledged'] },
      outcome: { enum: ['sent', 'suppressed', 'failed', 'resolved-silently', 'recorded'] },
      subject: str,
      count: int,
      channels: { type: 'array', items: str },
      detail: str,
    },
    required: ['id', 'at', 'fingerprint', 'kind', 'outcome'],
    additionalProperties: false,
  },
  HistoryList: list('HistoryEntry'),
  Rule: {
    type: 'object',
    description: 'An alert rule. On input, everything but `id` has a default',
    properties: {
      id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$' },
      name: str,
      enabled: bool,
      match: {
        type: 'object',
        properties: {
          minLevel: { enum: [...LEVELS] },
          service: str,
          host: str,
          contains: str,
          regex: {
            type: 'string',
            maxLength: 256,
            description:
              'RE2 syntax (no lookaround or backreferences), matched against the first 4,096 characters of the message',
          },
          fields: { type: 'object', additionalProperties: str },
        },
      },
      condition: {
        oneOf: [
          { type: 'object', properties: { kind: { const: 'match' } }, required: ['kind'] },
          {
            type: 'object',
            properties: { kind: { const: 'threshold' }, count: int, windowMinutes: int },
            required: ['kind', 'count', 'windowMinutes'],
          },
          {
            type: 'object',
            properties: {
              kind: { const: 'rate-spike' },
              windowMinutes: int,
              baselineWindows: int,
              factor: { type: 'number' },
              minCount: int,
            },
            required: ['kind', 'windowMinutes'],
          },
          {
            type: 'object',
            properties: { kind: { const: 'absence' }, windowMinutes: int },
            required: ['kind', 'windowMinutes'],
          },
          {
            type: 'object',
            description:
              'A never-seen pattern matched `count` times within `windowMinutes` of its first sighting',
            properties: { kind: { const: 'new-pattern' }, count: int, windowMinutes: int },
            required: ['kind'],
          },
        ],
      },
      groupBy: { enum: ['service', 'host', 'none'] },
      groupWaitSeconds: int,
      repeatIntervalSeconds: int,
      resolveAfterSeconds: int,
      channels: { type: 'array', items: channel },
    },
    required: ['id'],
  },
  RuleList: list('Rule'),
  Silence: {
    type: 'object',
    description: 'Suppresses notifications of matching alerts until `endsAt` (mandatory, at most 30 days)',
    properties: {
      id: str,
      matchers: {
        type: 'object',
        properties: { ruleId: str, service: str, host: str, nodeId: str },
        additionalProperties: false,
        minProperties: 1,
      },
      startsAt: dateTime,
      endsAt: dateTime,
      createdBy: str,
      comment: str,
    },
    required: ['id', 'matchers', 'startsAt', 'endsAt', 'createdBy', 'comment'],
    additionalProperties: false,
  },
  SilenceInput: {
    type: 'object',
    properties: {
      matchers: {
        type: 'object',
        properties: { ruleId: str, service: str, host: str, nodeId: str },
        minProperties: 1,
      },
      startsAt: { oneOf: [dateTime, int], description: 'Default: now' },
      endsAt: { oneOf: [dateTime, int] },
      comment: { type: 'string', maxLength: 500 },
    },
    required: ['matchers', 'endsAt'],
  },
  SilenceList: list('Silence'),
};

const nodeId = pathParam('id', 'Node id');
const ruleId = pathParam('id', 'Rule id');
const silenceId = pathParam('id', 'Silence id');
const fingerprint = pathParam('fingerprint', 'Alert fingerprint (rule id and group), percent-encoded');
const nodeAction = (summary: string, requestBody?: Schema) => ({
  post: {
    operationId: `${summary.split(' ')[0]?.toLowerCase()}Node`,
    summary,
    parameters: [nodeId],
    ...(requestBody ? { requestBody } : {}),
    responses: { ...ok(ref('Node')), ...errors(400, 403, 404, 409, 503) },
  },
});

export const MANAGEMENT_PATHS: Record<string, Record<string, Schema>> = {
  '/nodes': {
    get: {
      operationId: 'listNodes',
      summary: 'Every node, by id',
      parameters: [
        {
          name: 'state',
          in: 'query',
          required: false,
          schema: { enum: ['new', 'up', 'late', 'down', 'paused', 'retired'] },
        },
      ],
      responses: { ...ok(ref('NodeList')), ...errors(400, 403, 503) },
    },
  },
  '/nodes/{id}': {
    get: {
      operationId: 'getNode',
      summary: 'One node',
      parameters: [nodeId],
      responses: { ...ok(ref('Node')), ...errors(400, 403, 404, 503) },
    },
  },
  '/nodes/{id}/pause': nodeAction(
    'Pause a node for maintenance: no down alerts until `until`',
    body({
      type: 'object',
      properties: {
        until: {
          type: 'string',
          description: 'ISO 8601, or relative from now (`2h`, `1d`); at most 30 days',
        },
        note: { type: 'string', maxLength: 500 },
      },
      required: ['until'],
      additionalProperties: false,
    }),
  ),
  '/nodes/{id}/resume': nodeAction('Resume a paused or retired node: it starts over as new'),
  '/nodes/{id}/retire': nodeAction(
    'Retire a node: never alerted on again unless it heartbeats again',
    body(
      {
        type: 'object',
        properties: { note: { type: 'string', maxLength: 500 } },
        additionalProperties: false,
      },
      false,
    ),
  ),
  '/alerts': {
    get: {
      operationId: 'listAlerts',
      summary: 'Open alerts, most recently seen first',
      parameters: [
        {
          name: 'state',
          in: 'query',
          required: false,
          description: '`open` (default: all open), `firing` (not acknowledged) or `acknowledged`',
          schema: { enum: ['open', 'firing', 'acknowledged'] },
        },
      ],
      responses: { ...ok(ref('AlertList')), ...errors(400, 403, 503) },
    },
  },
  '/alerts/history': {
    get: {
      operationId: 'alertHistory',
      summary: 'What happened to alerts (sent, suppressed, resolved, acknowledged), most recent first',
      parameters: [
        {
          name: 'limit',
          in: 'query',
          required: false,
          schema: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
        },
        { name: 'fingerprint', in: 'query', required: false, schema: str },
      ],
      responses: { ...ok(ref('HistoryList')), ...errors(400, 403, 503) },
    },
  },
  '/alerts/{fingerprint}': {
    get: {
      operationId: 'getAlert',
      summary: 'One open alert',
      parameters: [fingerprint],
      responses: { ...ok(ref('Alert')), ...errors(400, 403, 404, 503) },
    },
  },
  '/alerts/{fingerprint}/acknowledge': {
    post: {
      operationId: 'acknowledgeAlert',
      summary: 'Acknowledge an open alert: no more reminders for this episode',
      parameters: [fingerprint],
      responses: { ...ok(ref('Alert')), ...errors(400, 403, 404, 503) },
    },
  },
  '/rules': {
    get: {
      operationId: 'listRules',
      summary: 'Every rule, by id',
      responses: { ...ok(ref('RuleList')), ...errors(400, 403, 503) },
    },
    post: {
      operationId: 'createRule',
      summary: 'Create a rule (409 when the id exists)',
      requestBody: body(ref('Rule')),
      responses: { ...ok(ref('Rule'), '201', 'Created'), ...errors(400, 403, 409, 503) },
    },
  },
  '/rules/{id}': {
    get: {
      operationId: 'getRule',
      summary: 'One rule',
      parameters: [ruleId],
      responses: { ...ok(ref('Rule')), ...errors(400, 403, 404, 503) },
    },
    put: {
      operationId: 'replaceRule',
      summary: 'Replace an existing rule (the id never changes)',
      parameters: [ruleId],
      requestBody: body(ref('Rule')),
      responses: { ...ok(ref('Rule')), ...errors(400, 403, 404, 503) },
    },
    delete: {
      operationId: 'deleteRule',
      summary: 'Delete a rule',
      parameters: [ruleId],
      responses: { '204': { description: 'Deleted' }, ...errors(400, 403, 404, 503) },
    },
  },
  '/silences': {
    get: {
      operationId: 'listSilences',
      summary: 'Silences not yet ended, soonest end first',
      responses: { ...ok(ref('SilenceList')), ...errors(400, 403, 503) },
    },
    post: {
      operationId: 'createSilence',
      summary: 'Create a silence; `createdBy` is the caller',
      requestBody: body(ref('SilenceInput')),
      responses: { ...ok(ref('Silence'), '201', 'Created'), ...errors(400, 403, 503) },
    },
  },
  '/silences/{id}': {
    get: {
      operationId: 'getSilence',
      summary: 'One silence not yet ended',
      parameters: [silenceId],
      responses: { ...ok(ref('Silence')), ...errors(400, 403, 404, 503) },
    },
    put: {
      operationId: 'replaceSilence',
      summary: 'Change a silence (matchers, end, comment)',
      parameters: [silenceId],
      requestBody: body(ref('SilenceInput')),
      responses: { ...ok(ref('Silence')), ...errors(400, 403, 404, 503) },
    },
    delete: {
      operationId: 'deleteSilence',
      summary: 'End a silence now',
      parameters: [silenceId],
      responses: { '204': { description: 'Ended' }, ...errors(400, 403, 404, 503) },
    },
  },
};
