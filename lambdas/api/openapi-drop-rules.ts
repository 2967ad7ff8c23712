/** The OpenAPI paths and schemas of the drop and sample rules (core/drop-rules.ts). */
import {
  DROP_ACTIONS,
  DROP_RULE_ID_PATTERN,
  MAX_DROP_RULE_COMMENT,
  MAX_DROP_RULES,
  MAX_KEEP_ONE_IN,
  PROTECTED_LEVELS,
} from '#core/drop-rules.ts';
import { KEY_MAX_CHARS, KEY_PATTERN } from '#core/input-text.ts';
import { errors, LIST_PARAMETERS, list, ok } from './openapi-management.ts';

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const str: Schema = { type: 'string' };
const count: Schema = { type: 'integer', minimum: 0 };
const patternId: Schema = {
  type: 'string',
  pattern: '^[0-9a-f]{16}$',
  description:
    "The pattern whose lines the rule leaves out (from `GET /patterns`); it follows the pattern through refinements, to the lines that still fit the rule's `template` only",
};
const service: Schema = {
  type: 'string',
  minLength: 1,
  maxLength: KEY_MAX_CHARS,
  pattern: KEY_PATTERN,
  description: 'Every line of this service',
};
const keepOneIn: Schema = {
  type: 'integer',
  minimum: 2,
  maximum: MAX_KEEP_ONE_IN,
  description:
    'Keep one line in this many, chosen by a hash of the rule id and the event id (a redelivered line is kept or left out again)',
};
const includeErrors: Schema = {
  type: 'boolean',
  default: false,
  description: `true: ${PROTECTED_LEVELS.join(' and ')} lines are left out too; by default they are always kept`,
};
const includeUnleveled: Schema = {
  type: 'boolean',
  default: false,
  description:
    'true: lines the parser found no level in (a traceback, a crash report, an unrecognised format) are left out too; by default they are always kept, since any of them may be an error',
};
const comment: Schema = { type: 'string', maxLength: MAX_DROP_RULE_COMMENT };

/** One way to write a rule: a pattern or a service, dropped or sampled. */
function inputVariant(target: 'patternId' | 'service', action: (typeof DROP_ACTIONS)[number]): Schema {
  const sample = action === 'sample';
  return {
    type: 'object',
    properties: {
      [target]: target === 'patternId' ? patternId : service,
      action: { const: action },
      ...(sample ? { keepOneIn } : {}),
      includeErrors,
      includeUnleveled,
      comment,
    },
    required: [target, 'action', ...(sample ? ['keepOneIn'] : [])],
    additionalProperties: false,
  };
}

export const DROP_RULE_SCHEMAS: Record<string, Schema> = {
  DropRuleInput: {
    description:
      'Exactly one of `patternId` and `service`; `keepOneIn` with `sample` only. A `patternId` the registry does not know is a 422',
    oneOf: (['patternId', 'service'] as const).flatMap((target) =>
      DROP_ACTIONS.map((action) => inputVariant(target, action)),
    ),
  },
  DropRule: {
    type: 'object',
    description:
      'Leaves lines out of the index at ingest. Alert rules and level counters still see them; the pattern registry counts them as dropped',
    properties: {
      id: { type: 'string', pattern: DROP_RULE_ID_PATTERN },
      patternId,
      service: { ...str, description: "The service, or the pattern's service" },
      template: {
        ...str,
        description:
          "The pattern's template when the rule was made: a refined pattern's lines are left out only when they fit it",
      },
      action: { enum: [...DROP_ACTIONS] },
      keepOneIn,
      includeErrors: { type: 'boolean' },
      includeUnleveled: { type: 'boolean' },
      comment: str,
      createdBy: { ...str, description: 'The principal who made it' },
      createdAt: { type: 'string', format: 'date-time' },
      updatedBy: { ...str, description: 'The principal who last replaced it (`PUT`); absent until then' },
      updatedAt: { type: 'string', format: 'date-time' },
      patternState: {
        enum: ['current', 'refined', 'gone'],
        description:
          "A pattern's rule only: `current`, the pattern stands as the rule was made for it; `refined`, a refinement replaced it with `currentPatternId`, of whose lines the rule leaves out only those that fit its own `template`; `gone`, the registry forgot it (no line of it or of its refinement for the registry's retention), so the rule leaves nothing out. Re-point a refined or gone rule with `PUT`, or delete it",
      },
      currentPatternId: {
        type: 'string',
        pattern: '^[0-9a-f]{16}$',
        description: "With `refined`: the pattern that stands for the rule's pattern now",
      },
      currentTemplate: { ...str, description: "With `refined`: that pattern's template" },
      dropped: { ...count, description: 'Lines it has left out of the index' },
      droppedBytes: { ...count, description: 'UTF-8 bytes of their messages' },
    },
    required: [
      'id',
      'service',
      'action',
      'includeErrors',
      'includeUnleveled',
      'comment',
      'createdBy',
      'createdAt',
      'dropped',
      'droppedBytes',
    ],
    additionalProperties: false,
  },
  DropRuleList: list('DropRule'),
};

const ruleIdParam: Schema = {
  name: 'dropRuleId',
  in: 'path',
  required: true,
  description: 'Drop rule id',
  schema: { type: 'string', pattern: DROP_RULE_ID_PATTERN },
};

export const DROP_RULE_PATHS: Record<string, Record<string, Schema>> = {
  '/drop-rules': {
    get: {
      operationId: 'listDropRules',
      summary: 'Every drop and sample rule, by id, with the lines and bytes each has left out',
      parameters: LIST_PARAMETERS,
      responses: { ...ok(ref('DropRuleList')), ...errors(400, 403, 422, 503) },
    },
    post: {
      operationId: 'createDropRule',
      summary: `Drop or sample (keep 1 in N) the lines of a pattern or a service at ingest; admins only. Applies to lines received from 30 s later on. At most ${MAX_DROP_RULES} rules (409 beyond)`,
      requestBody: { required: true, content: { 'application/json': { schema: ref('DropRuleInput') } } },
      responses: { ...ok(ref('DropRule'), '201', 'Created'), ...errors(400, 403, 409, 422, 503) },
    },
  },
  '/drop-rules/{dropRuleId}': {
    get: {
      operationId: 'getDropRule',
      summary: 'One drop rule',
      parameters: [ruleIdParam],
      responses: { ...ok(ref('DropRule')), ...errors(400, 403, 404, 503) },
    },
    put: {
      operationId: 'replaceDropRule',
      summary:
        "Replace a drop rule's settings (the body of POST, validated alike); admins only. Its id, creator and counts stay. The last write wins; lines received from 30 s later on follow it",
      parameters: [ruleIdParam],
      requestBody: { required: true, content: { 'application/json': { schema: ref('DropRuleInput') } } },
      responses: { ...ok(ref('DropRule')), ...errors(400, 403, 404, 422, 503) },
    },
    delete: {
      operationId: 'deleteDropRule',
      summary: 'Delete a drop rule; admins only. Lines received from 30 s later on are indexed again',
      parameters: [ruleIdParam],
      responses: { '204': { description: 'Deleted' }, ...errors(400, 403, 404, 503) },
    },
  },
};
