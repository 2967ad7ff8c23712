/**
 * Drop and sample rules: list, create, read, replace and delete (core/drop-rules.ts). Creating,
 * replacing and deleting need an admin, as every write does (access.ts). Ingest reads the rules
 * again every 30 s, so a change applies to lines received from then on. A pattern's rule is shown
 * with where its pattern stands now (`patternState`), so a rule whose pattern was refined or
 * forgotten does not look as if it still left out what it was made for.
 */
import { randomUUID } from 'node:crypto';
import {
  DROP_RULE_ID_PATTERN,
  type DropRule,
  type DropRuleWithCounts,
  MAX_DROP_RULES,
  type PatternLineage,
  patternLineage,
  type RulePatternState,
  rulePatternState,
  validateDropRule,
} from '#core/drop-rules.ts';
import { pageOf, parseListQuery } from '#core/list-page.ts';
import { rejectUnknown } from '#core/query-params.ts';
import { ConflictError, UnprocessableError, ValidationError } from '#core/validation-error.ts';
import { BackendUnavailableError, type DropRuleStore, type PatternRegistry } from '../../ports.ts';
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

function registryOf(deps: ApiDependencies): PatternRegistry {
  if (!deps.patterns) throw new BackendUnavailableError('the pattern registry (not configured)');
  return deps.patterns;
}

/** The rules as the API shows them: times in ISO 8601, a pattern's rule with its pattern's state. */
async function ruleViews(rules: readonly DropRuleWithCounts[], deps: ApiDependencies) {
  const lineages = new Map<string, Promise<PatternLineage>>();
  const lineageOf = (patternId: string) => {
    let lineage = lineages.get(patternId);
    if (lineage === undefined) {
      const registry = registryOf(deps);
      lineage = patternLineage(patternId, (id) => registry.get(id));
      lineages.set(patternId, lineage);
    }
    return lineage;
  };
  return Promise.all(
    rules.map(async (rule) => {
      const state: RulePatternState | undefined =
        rule.patternId === undefined
          ? undefined
          : rulePatternState(rule.patternId, await lineageOf(rule.patternId));
      return {
        ...rule,
        createdAt: new Date(rule.createdAt).toISOString(),
        ...(rule.updatedAt === undefined ? {} : { updatedAt: new Date(rule.updatedAt).toISOString() }),
        ...state,
      };
    }),
  );
}

async function ruleView(rule: DropRuleWithCounts, deps: ApiDependencies) {
  const [view] = await ruleViews([rule], deps);
  return view;
}

/**
 * What a request's body asks a rule to be (the same for POST and PUT), with the pattern's service
 * and template when it names a pattern.
 */
async function requestedRule(
  request: ApiRequest,
  deps: ApiDependencies,
): Promise<Omit<DropRule, 'id' | 'createdBy' | 'createdAt'>> {
  const { patternId, service, ...rest } = validateDropRule(request.body);
  if (patternId === undefined) return { ...rest, service };
  const pattern = await registryOf(deps).get(patternId);
  if (pattern === undefined)
    throw new UnprocessableError('patternId', `no pattern with id ${patternId} (see GET /patterns)`);
  return { ...rest, patternId, service: pattern.service, template: pattern.template };
}

export const DROP_RULE_ROUTES: readonly Route[] = [
  {
    method: 'GET',
    path: '/drop-rules',
    handle: async (request, deps) => {
      const page = pageOf(await storeOf(deps).list(), (rule) => rule.id, parseListQuery(request.query));
      return json(200, { ...page, items: await ruleViews(page.items, deps) });
    },
  },
  {
    method: 'POST',
    path: '/drop-rules',
    handle: async (request, deps) => {
      rejectUnknown(request.query, []);
      const store = storeOf(deps);
      const rule: DropRule = {
        id: randomUUID(),
        createdBy: request.caller,
        createdAt: request.now,
        ...(await requestedRule(request, deps)),
      };
      if (!(await store.create(rule, MAX_DROP_RULES)))
        throw new ConflictError(`at most ${MAX_DROP_RULES} drop rules; delete one first`);
      return json(201, await ruleView({ ...rule, dropped: 0, droppedBytes: 0 }, deps), {
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
      return json(200, await ruleView(rule, deps));
    },
  },
  {
    // Last writer wins: the body replaces every setting; the counts and who created it stay.
    method: 'PUT',
    path: '/drop-rules/{dropRuleId}',
    handle: async (request, deps) => {
      rejectUnknown(request.query, []);
      const id = ruleId(request);
      const store = storeOf(deps);
      const requested = await requestedRule(request, deps);
      const before = await store.get(id);
      const missing = () => new NotFoundError(`no drop rule ${id}; create one with POST /drop-rules`);
      if (before === undefined) throw missing();
      const replaced = await store.replace({
        ...requested,
        id,
        createdBy: before.createdBy,
        createdAt: before.createdAt,
        updatedBy: request.caller,
        updatedAt: request.now,
      });
      if (replaced === undefined) throw missing();
      return json(200, await ruleView(replaced, deps));
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
