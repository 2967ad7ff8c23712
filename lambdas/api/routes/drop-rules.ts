/**
 * Drop and sample rules: list, create, read and delete (core/drop-rules.ts). Creating and deleting
 * need an admin, as every write does (access.ts). Ingest reads the rules again every 30 s, so a
 * change applies to lines received from then on.
 */
import { randomUUID } from 'node:crypto';
import {
  DROP_RULE_ID_PATTERN,
  type DropRule,
  type DropRuleWithCounts,
  MAX_DROP_RULES,
  validateDropRule,
} from '#core/drop-rules.ts';
import { pageOf, parseListQuery } from '#core/list-page.ts';
import { rejectUnknown } from '#core/query-params.ts';
import { ConflictError, UnprocessableError, ValidationError } from '#core/validation-error.ts';
import { BackendUnavailableError, type DropRuleStore } from '../../ports.ts';
import { json, NotFoundError } from '../http.ts';
import type { ApiDependencies, ApiRequest, Route } from '../router.ts';
import { emptyBody } from './management.ts';

const RULE_ID = new RegExp(DROP_RULE_ID_PATTERN);

function storeOf(deps: ApiDependencies): DropRuleStore {
  if (!deps.dropRules) throw new BackendUnavailableError('the drop rule store (not configured)');
  return deps.dropRules;
}

function ruleId(request: ApiRequest): string {
  const id = request.params.dropRuleId ?? '';
  if (!RULE_ID.test(id))
    throw new ValidationError('dropRuleId', 'expected a drop rule id (a lower-case UUID)');
  return id;
}

function ruleView(rule: DropRuleWithCounts) {
  return { ...rule, createdAt: new Date(rule.createdAt).toISOString() };
}

/** The rule a request asks for, with the pattern's service and template when it names a pattern. */
async function newRule(request: ApiRequest, deps: ApiDependencies): Promise<DropRule> {
  const { patternId, service, ...rest } = validateDropRule(request.body);
  const made = { id: randomUUID(), createdBy: request.caller, createdAt: request.now, ...rest };
  if (patternId === undefined) return { ...made, service };
  if (!deps.patterns) throw new BackendUnavailableError('the pattern registry (not configured)');
  const pattern = await deps.patterns.get(patternId);
  if (pattern === undefined)
    throw new UnprocessableError('patternId', `no pattern with id ${patternId} (see GET /patterns)`);
  return { ...made, patternId, service: pattern.service, template: pattern.template };
}

export const DROP_RULE_ROUTES: readonly Route[] = [
  {
    method: 'GET',
    path: '/drop-rules',
    handle: async (request, deps) => {
      const page = pageOf(await storeOf(deps).list(), (rule) => rule.id, parseListQuery(request.query));
      return json(200, { ...page, items: page.items.map(ruleView) });
    },
  },
  {
    method: 'POST',
    path: '/drop-rules',
    handle: async (request, deps) => {
      rejectUnknown(request.query, []);
      const store = storeOf(deps);
      const rule = await newRule(request, deps);
      if (!(await store.create(rule, MAX_DROP_RULES)))
        throw new ConflictError(`at most ${MAX_DROP_RULES} drop rules; delete one first`);
      return json(201, ruleView({ ...rule, dropped: 0, droppedBytes: 0 }), {
        location: `/drop-rules/${rule.id}`,
      });
    },
  },
  {
    method: 'GET',
    path: '/drop-rules/{dropRuleId}',
    handle: async (request, deps) => {
      rejectUnknown(request.query, []);
      const id = ruleId(request);
      const rule = await storeOf(deps).get(id);
      if (rule === undefined) throw new NotFoundError(`no drop rule ${id}`);
      return json(200, ruleView(rule));
    },
  },
  {
    method: 'DELETE',
    path: '/drop-rules/{dropRuleId}',
    handle: async (request, deps) => {
      const id = ruleId(request);
      emptyBody(request);
      if (!(await storeOf(deps).delete(id))) throw new NotFoundError(`no drop rule ${id}`);
      return { statusCode: 204, headers: {}, body: '' };
    },
  },
];
