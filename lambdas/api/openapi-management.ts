/** The OpenAPI paths and schemas of the management routes (nodes, alerts, rules, silences). */
import { type RecipientPolicy, recipientSchema } from '#core/alerting/recipients.ts';
import { RULE_ID_PATTERN, RULE_LIMITS } from '#core/alerting/rules.ts';
import { MAX_SILENCE_TEXT } from '#core/alerting/silences.ts';
import { FIELD_NAME_PATTERN, KEY_MAX_CHARS, KEY_PATTERN } from '#core/input-text.ts';
import { CURSOR_PATTERN, LIST_DEFAULT_LIMIT, LIST_MAX_LIMIT } from '#core/list-page.ts';
import { LEVELS } from '#core/parse/levels.ts';
import { LATEST_TIME, TIME_SCHEMA } from '#core/query-params.ts';
import { ALERT_STATES, NODE_STATES, SILENCE_ID_PATTERN } from './routes/management.ts';

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const str: Schema = { type: 'string' };
const int: Schema = { type: 'integer' };
const bool: Schema = { type: 'boolean' };
const dateTime: Schema = { type: 'string', format: 'date-time' };
/** A page of `item`s. */
export const list = (item: string): Schema => ({
  type: 'object',
  properties: {
    items: { type: 'array', items: ref(item) },
    nextCursor: {
      type: 'string',
      description: 'Pass as `cursor` for the next page; absent on the last page',
    },
  },
  required: ['items'],
  additionalProperties: false,
});
const text = (maxLength: number): Schema => ({ type: 'string', minLength: 1, maxLength });
const ruleText = text(RULE_LIMITS.maxText);
const range = ([minimum, maximum]: readonly [number, number]): Schema => ({
  type: 'integer',
  minimum,
  maximum,
});
/** `limit` and `cursor` of every list route; a cursor keeps the limit it was made with. */
export const LIST_PARAMETERS: Schema[] = [
  {
    name: 'limit',
    in: 'query',
    required: false,
    description: `Items per page, 1 to ${LIST_MAX_LIMIT}; default ${LIST_DEFAULT_LIMIT}, or the limit the cursor was made with`,
    schema: { type: 'integer', minimum: 1, maximum: LIST_MAX_LIMIT },
  },
  {
    name: 'cursor',
    in: 'query',
    required: false,
    description: '`nextCursor` of the previous page, unchanged (422 for one this API did not make)',
    schema: { type: 'string', pattern: CURSOR_PATTERN },
  },
];
const timeOrEpoch: Schema = {
  anyOf: [...TIME_SCHEMA.anyOf, { type: 'integer', minimum: 0, maximum: LATEST_TIME }],
};
const json = (schema: Schema) => ({ 'application/json': { schema } });
export const ok = (schema: Schema, status = '200', description = 'OK') => ({
  [status]: { description, content: json(schema) },
});
/** Error responses of `statuses`, described for the management routes. */
export const errors = (...statuses: number[]) =>
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
            422: 'The values have the documented shape but do not hold together or with the present (an end in the past, a cursor this API did not make); `error.field` names the field',
            503: 'A store (DynamoDB) is unavailable; retry later',
          }[s] ?? 'Error',
        content: json(s === 403 ? { type: 'object', properties: { message: str } } : ref('Error')),
      },
    ]),
  );
const pathParam = (
  name: string,
  description: string,
  schema: Schema = { type: 'string', minLength: 1, maxLength: KEY_MAX_CHARS, pattern: KEY_PATTERN },
): Schema => ({ name, in: 'path', required: true, description, schema });
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
/** A channel; on input, email recipients must be in the deployment's allow-lists. */
const channelSchema = (recipient: Schema | undefined): Schema => ({
  oneOf: [
    ...(recipient
      ? [
          {
            type: 'object',
            properties: {
              kind: { const: 'email' },
              to: { type: 'array', items: recipient, minItems: 1, maxItems: RULE_LIMITS.maxRecipients },
            },
            required: ['kind', 'to'],
            additionalProperties: false,
          },
        ]
      : []),
    {
      type: 'object',
      properties: { kind: { type: 'string', enum: ['slack', 'webhook'] } },
      required: ['kind'],
      additionalProperties: false,
    },
    {
      type: 'object',
      properties: { kind: { const: 'sns' }, topicArn: ruleText },
      required: ['kind'],
      additionalProperties: false,
    },
  ],
});
const channel = channelSchema(str);
const sample: Schema = {
  type: 'object',
  properties: { at: str, service: str, host: str, level: { enum: [...LEVELS] }, message: str, eventId: str },
  required: ['at', 'service', 'host', 'message', 'eventId'],
};

/** The baseline settings of pattern-spike and volume-anomaly conditions (core/alerting/baseline.ts). */
const baselineProperties: Record<string, Schema> = {
  deviations: {
    type: 'number',
    minimum: RULE_LIMITS.deviations[0],
    maximum: RULE_LIMITS.deviations[1],
    description: 'Standard deviations from the baseline that count as anomalous (higher: less sensitive)',
  },
  minCount: range(RULE_LIMITS.count),
  baselineMinutes: range(RULE_LIMITS.baselineMinutes),
  warmupMinutes: {
    ...range(RULE_LIMITS.warmupMinutes),
    description: 'At most baselineMinutes (422 otherwise)',
  },
};

const conditionSchema: Schema = {
  oneOf: [
    {
      type: 'object',
      properties: { kind: { const: 'match' } },
      required: ['kind'],
      additionalProperties: false,
    },
    {
      type: 'object',
      properties: {
        kind: { const: 'threshold' },
        count: range(RULE_LIMITS.count),
        windowMinutes: range([1, RULE_LIMITS.maxWindowMinutes]),
      },
      required: ['kind', 'count', 'windowMinutes'],
      additionalProperties: false,
    },
    {
      type: 'object',
      properties: {
        kind: { const: 'rate-spike' },
        windowMinutes: range([1, RULE_LIMITS.maxWindowMinutes]),
        baselineWindows: range(RULE_LIMITS.baselineWindows),
        factor: { type: 'number', minimum: RULE_LIMITS.factor[0], maximum: RULE_LIMITS.factor[1] },
        minCount: range(RULE_LIMITS.count),
      },
      required: ['kind', 'windowMinutes'],
      additionalProperties: false,
    },
    {
      type: 'object',
      properties: { kind: { const: 'absence' }, windowMinutes: range([1, RULE_LIMITS.maxWindowMinutes]) },
      required: ['kind', 'windowMinutes'],
      additionalProperties: false,
    },
    {
      type: 'object',
      description: 'A never-seen pattern matched `count` times within `windowMinutes` of its first sighting',
      properties: {
        kind: { const: 'new-pattern' },
        count: range(RULE_LIMITS.count),
        windowMinutes: range([1, RULE_LIMITS.maxWindowMinutes]),
      },
      required: ['kind'],
      additionalProperties: false,
    },
    {
      type: 'object',
      description:
        "A pattern's lines this minute are `deviations` standard deviations above its EWMA baseline over `baselineMinutes` (and at least `minCount`); a pattern with less than `warmupMinutes` of history is not judged",
      properties: { kind: { const: 'pattern-spike' }, ...baselineProperties },
      required: ['kind'],
      additionalProperties: false,
    },
    {
      type: 'object',
      description:
        "A group's matching lines per minute jump above (`up`, judged in the stream) or drop below (`down`, judged by the scheduled monitor on the last finished minute) their EWMA baseline; `groupBy` must be `service` or `none` (422 otherwise)",
      properties: {
        kind: { const: 'volume-anomaly' },
        direction: { type: 'string', enum: ['up', 'down', 'both'] },
        ...baselineProperties,
      },
      required: ['kind'],
      additionalProperties: false,
    },
  ],
};

/** A rule as the API returns it, or (with the allow-listed recipients) as it accepts it. */
function ruleSchema(channelOf: Schema, description: string, required = ['id']): Schema {
  return {
    type: 'object',
    description,
    properties: {
      id: { type: 'string', pattern: RULE_ID_PATTERN },
      name: ruleText,
      enabled: bool,
      match: {
        type: 'object',
        properties: {
          minLevel: { type: 'string', enum: [...LEVELS] },
          maxLevel: { type: 'string', enum: [...LEVELS], description: 'At least minLevel (422 otherwise)' },
          service: ruleText,
          host: ruleText,
          contains: ruleText,
          regex: {
            type: 'string',
            minLength: 1,
            maxLength: RULE_LIMITS.maxRegexLength,
            description:
              'RE2 syntax (no lookaround or backreferences), matched against the first 4,096 characters of the message (422 when it does not compile)',
          },
          fields: {
            type: 'object',
            propertyNames: { pattern: FIELD_NAME_PATTERN },
            additionalProperties: ruleText,
          },
        },
        additionalProperties: false,
      },
      condition: conditionSchema,
      groupBy: { type: 'string', enum: ['service', 'host', 'none'] },
      groupWaitSeconds: range(RULE_LIMITS.groupWaitSeconds),
      repeatIntervalSeconds: range(RULE_LIMITS.repeatIntervalSeconds),
      resolveAfterSeconds: range(RULE_LIMITS.resolveAfterSeconds),
      channels: { type: 'array', items: channelOf, maxItems: RULE_LIMITS.maxChannels },
    },
    required,
    additionalProperties: false,
  };
}

/** The schemas of the management routes; rule input names the recipients `recipients` allows. */
export function managementSchemas(recipients: RecipientPolicy): Record<string, Schema> {
  const channel = channelSchema(recipientSchema(recipients));
  const rules =
    'Everything but `id` has a default; email recipients must be in the deployment allow-lists (a group name, an address at an allowed domain, or a default recipient); an `absence` condition needs `match.service` (422 otherwise)';
  return {
    ...MANAGEMENT_SCHEMAS,
    RuleInput: ruleSchema(channel, `A new alert rule. ${rules}`),
    RuleReplacement: ruleSchema(channel, `An alert rule replacing the one at the path's id. ${rules}`, []),
  };
}

const count: Schema = { type: 'integer', minimum: 0 };

const MANAGEMENT_SCHEMAS: Record<string, Schema> = {
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
      progress: {
        type: 'object',
        description: "An agent's progress in its last heartbeat, summed over its inputs",
        properties: {
          inputs: { ...count, description: 'Inputs it reads (files, stdin, HTTP)' },
          ackedBytes: {
            ...count,
            description:
              'Sum over its inputs of the position in each current file (or stream spool) up to which Kafka has acknowledged; falls back when a file rotates, so it is not a count of bytes sent',
          },
          lagBytes: { ...count, description: 'Bytes of its inputs not yet acknowledged by Kafka: its lag' },
          oldestUnackedMs: {
            ...count,
            description: 'Age of the oldest record sent and not yet acknowledged',
          },
          errors: { ...count, description: 'Input errors' },
          bufferedBytes: { ...count, description: 'Bytes buffered for Kafka' },
          sendErrors: count,
          backpressure: { type: 'boolean', description: 'Inputs paused because Kafka is behind' },
          uptimeSeconds: count,
        },
        required: [
          'inputs',
          'ackedBytes',
          'lagBytes',
          'oldestUnackedMs',
          'errors',
          'bufferedBytes',
          'sendErrors',
          'backpressure',
          'uptimeSeconds',
        ],
        additionalProperties: false,
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
  Rule: ruleSchema(channel, 'An alert rule'),
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
        properties: { ruleId: ruleText, service: ruleText, host: ruleText, nodeId: ruleText },
        additionalProperties: false,
        minProperties: 1,
      },
      startsAt: {
        ...timeOrEpoch,
        description: 'Default: now. Relative times count forward (`2h`: two hours from now)',
      },
      endsAt: { ...timeOrEpoch, description: 'After now and startsAt, at most 30 days after startsAt' },
      comment: { type: 'string', maxLength: MAX_SILENCE_TEXT },
      createdBy: { type: 'string', description: 'Ignored: the API sets it to the caller' },
    },
    required: ['matchers', 'endsAt'],
    additionalProperties: false,
  },
  SilenceList: list('Silence'),
};

const nodeId = pathParam('nodeId', 'Node id; ids may contain `/`, percent-encode them');
const ruleId = pathParam('ruleId', 'Rule id', { type: 'string', pattern: RULE_ID_PATTERN });
const silenceId = pathParam('silenceId', 'Silence id', { type: 'string', pattern: SILENCE_ID_PATTERN });
const fingerprint = pathParam('fingerprint', 'Alert fingerprint (rule id and group), percent-encoded');
const nodeAction = (summary: string, requestBody?: Schema) => ({
  post: {
    operationId: `${summary.split(' ')[0]?.toLowerCase()}Node`,
    summary,
    parameters: [nodeId],
    ...(requestBody ? { requestBody } : {}),
    responses: { ...ok(ref('Node')), ...errors(400, 403, 404, 409, 422, 503) },
  },
});
const note = { type: 'string', maxLength: 500 };

export const MANAGEMENT_PATHS: Record<string, Record<string, Schema>> = {
  '/nodes': {
    get: {
      operationId: 'listNodes',
      summary: 'Every node, by id',
      parameters: [
        { name: 'state', in: 'query', required: false, schema: { type: 'string', enum: [...NODE_STATES] } },
        ...LIST_PARAMETERS,
      ],
      responses: { ...ok(ref('NodeList')), ...errors(400, 403, 422, 503) },
    },
  },
  '/nodes/{nodeId}': {
    get: {
      operationId: 'getNode',
      summary: 'One node',
      parameters: [nodeId],
      responses: { ...ok(ref('Node')), ...errors(400, 403, 404, 503) },
    },
  },
  '/nodes/{nodeId}/pause': nodeAction(
    'Pause a node for maintenance: no down alerts until `until`',
    body({
      type: 'object',
      properties: {
        until: {
          ...TIME_SCHEMA,
          description:
            'RFC 3339, a date, or relative from now (`2h`, `1d`); in the future, at most 30 days (422 otherwise)',
        },
        note,
      },
      required: ['until'],
      additionalProperties: false,
    }),
  ),
  '/nodes/{nodeId}/resume': nodeAction('Resume a paused or retired node: it starts over as new'),
  '/nodes/{nodeId}/retire': nodeAction(
    'Retire a node: never alerted on again unless it heartbeats again',
    body({ type: 'object', properties: { note }, additionalProperties: false }, false),
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
          schema: { type: 'string', enum: [...ALERT_STATES] },
        },
        ...LIST_PARAMETERS,
      ],
      responses: { ...ok(ref('AlertList')), ...errors(400, 403, 422, 503) },
    },
  },
  '/alerts/history': {
    get: {
      operationId: 'alertHistory',
      summary: 'What happened to alerts (sent, suppressed, resolved, acknowledged), most recent first',
      parameters: [{ name: 'fingerprint', in: 'query', required: false, schema: str }, ...LIST_PARAMETERS],
      responses: { ...ok(ref('HistoryList')), ...errors(400, 403, 422, 503) },
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
      parameters: LIST_PARAMETERS,
      responses: { ...ok(ref('RuleList')), ...errors(400, 403, 422, 503) },
    },
    post: {
      operationId: 'createRule',
      summary: 'Create a rule (409 when the id exists)',
      requestBody: body(ref('RuleInput')),
      responses: { ...ok(ref('Rule'), '201', 'Created'), ...errors(400, 403, 409, 422, 503) },
    },
  },
  '/rules/{ruleId}': {
    get: {
      operationId: 'getRule',
      summary: 'One rule',
      parameters: [ruleId],
      responses: { ...ok(ref('Rule')), ...errors(400, 403, 404, 503) },
    },
    put: {
      operationId: 'replaceRule',
      summary:
        'Replace an existing rule (the id never changes: a body `id` must equal the path, 422 otherwise)',
      parameters: [ruleId],
      requestBody: body(ref('RuleReplacement')),
      responses: { ...ok(ref('Rule')), ...errors(400, 403, 404, 422, 503) },
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
      parameters: LIST_PARAMETERS,
      responses: { ...ok(ref('SilenceList')), ...errors(400, 403, 422, 503) },
    },
    post: {
      operationId: 'createSilence',
      summary: 'Create a silence; `createdBy` is the caller',
      requestBody: body(ref('SilenceInput')),
      responses: { ...ok(ref('Silence'), '201', 'Created'), ...errors(400, 403, 422, 503) },
    },
  },
  '/silences/{silenceId}': {
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
      responses: { ...ok(ref('Silence')), ...errors(400, 403, 404, 422, 503) },
    },
    delete: {
      operationId: 'deleteSilence',
      summary: 'End a silence now',
      parameters: [silenceId],
      responses: { '204': { description: 'Ended' }, ...errors(400, 403, 404, 503) },
    },
  },
};
