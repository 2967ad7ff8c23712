/**
 * Drop and sample rules: the lines of a pattern, or of a service, that ingest leaves out of the
 * index to save what storing them costs. A rule drops every matching line, or samples them (keeps
 * one in `keepOneIn`). Which lines a sample keeps depends only on the rule and the line's event
 * id, so a redelivered batch keeps exactly the same lines. ERROR and FATAL lines are kept unless
 * the rule says `includeErrors: true`, and lines the parser found no level in (a traceback, a
 * crash, an unknown format) unless it says `includeUnleveled: true`. Pure: the store and the
 * ingest filter sit in lambdas/.
 */
import { hasControl, KEY_MAX_CHARS, textLength } from './input-text.ts';
import type { LogDocument } from './log-document.ts';
import type { Level } from './parse/levels.ts';
import { fitsTemplate } from './patterns/miner.ts';
import { isPatternId } from './patterns/pattern-id.ts';
import type { PatternEntry } from './patterns/registry.ts';
import { templateTokens } from './patterns/service-miners.ts';
import { ValidationError } from './validation-error.ts';

export const DROP_ACTIONS = ['drop', 'sample'] as const;
export type DropAction = (typeof DROP_ACTIONS)[number];

/** The rarest sample a rule may ask for: one line in a million. */
export const MAX_KEEP_ONE_IN = 1_000_000;
/** Rules a deployment may have at once (each is matched against every line). */
export const MAX_DROP_RULES = 100;
export const MAX_DROP_RULE_COMMENT = 500;
/** Levels a rule leaves alone unless it says `includeErrors: true`. */
export const PROTECTED_LEVELS: readonly Level[] = ['ERROR', 'FATAL'];
/** Drop rule ids are lower-case UUIDs the API makes. */
export const DROP_RULE_ID_PATTERN = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';

/** What a client asks for: the lines of one pattern or of one service, dropped or sampled. */
export type DropRuleRequest = DropRuleTarget & {
  readonly action: DropAction;
  /** For `sample`: keep one line in this many (2 to MAX_KEEP_ONE_IN). */
  readonly keepOneIn?: number;
  readonly includeErrors: boolean;
  /** Lines with no level are left out too; by default they are kept (they may be errors). */
  readonly includeUnleveled: boolean;
  readonly comment: string;
};

export type DropRuleTarget =
  | { readonly patternId: string; readonly service?: undefined }
  | { readonly service: string; readonly patternId?: undefined };

/** A stored rule. A pattern's rule also names the pattern's service and template (for people). */
export interface DropRule {
  readonly id: string;
  readonly patternId?: string;
  readonly service: string;
  readonly template?: string;
  readonly action: DropAction;
  readonly keepOneIn?: number;
  readonly includeErrors: boolean;
  readonly includeUnleveled: boolean;
  readonly comment: string;
  readonly createdBy: string;
  /** Epoch ms. */
  readonly createdAt: number;
  /** Who last replaced it (`PUT`), and when (epoch ms); absent until then. */
  readonly updatedBy?: string;
  readonly updatedAt?: number;
}

/** A rule with what it has left out of the index so far. */
export interface DropRuleWithCounts extends DropRule {
  readonly dropped: number;
  readonly droppedBytes: number;
}

const INPUT_KEYS = [
  'patternId',
  'service',
  'action',
  'keepOneIn',
  'includeErrors',
  'includeUnleveled',
  'comment',
];
const FLAGS = ['includeErrors', 'includeUnleveled'] as const;

/**
 * Validates untrusted input into a request; throws a ValidationError naming the field. Exactly
 * one of `patternId` and `service`; `keepOneIn` with `sample` and only with it.
 */
export function validateDropRule(input: unknown): DropRuleRequest {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new ValidationError('body', 'expected a JSON object');
  const o = input as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!INPUT_KEYS.includes(key))
      throw new ValidationError(key, `unknown property; expected ${INPUT_KEYS.join(', ')}`);
  }
  const target = targetOf(o);
  if (!(DROP_ACTIONS as readonly unknown[]).includes(o.action))
    throw new ValidationError('action', `expected drop or sample, got ${JSON.stringify(o.action)}`);
  const action = o.action as DropAction;
  for (const flag of FLAGS) {
    if (o[flag] !== undefined && typeof o[flag] !== 'boolean')
      throw new ValidationError(flag, 'expected true or false');
  }
  if (
    o.comment !== undefined &&
    (typeof o.comment !== 'string' || textLength(o.comment) > MAX_DROP_RULE_COMMENT)
  )
    throw new ValidationError('comment', `expected a string of at most ${MAX_DROP_RULE_COMMENT} characters`);
  const common = {
    action,
    includeErrors: o.includeErrors === true,
    includeUnleveled: o.includeUnleveled === true,
    comment: (o.comment as string) ?? '',
  };
  if (action === 'drop') {
    if (o.keepOneIn !== undefined)
      throw new ValidationError('keepOneIn', 'only with action sample (drop keeps no line)');
    return { ...target, ...common };
  }
  const keepOneIn = o.keepOneIn;
  if (
    typeof keepOneIn !== 'number' ||
    !Number.isInteger(keepOneIn) ||
    keepOneIn < 2 ||
    keepOneIn > MAX_KEEP_ONE_IN
  )
    throw new ValidationError(
      'keepOneIn',
      `expected an integer from 2 to ${MAX_KEEP_ONE_IN} (keep one line in this many), got ${JSON.stringify(keepOneIn)}`,
    );
  return { ...target, ...common, keepOneIn };
}

function targetOf(o: Record<string, unknown>): DropRuleTarget {
  if (o.patternId !== undefined && o.service !== undefined)
    throw new ValidationError('service', 'give patternId or service, not both (a pattern has one service)');
  if (o.patternId !== undefined) {
    if (typeof o.patternId !== 'string' || !isPatternId(o.patternId))
      throw new ValidationError('patternId', 'expected a pattern id, 16 hex digits (GET /patterns)');
    return { patternId: o.patternId };
  }
  if (o.service !== undefined) {
    if (
      typeof o.service !== 'string' ||
      o.service === '' ||
      textLength(o.service) > KEY_MAX_CHARS ||
      hasControl(o.service)
    )
      throw new ValidationError(
        'service',
        `expected a service name, 1 to ${KEY_MAX_CHARS} characters without control characters`,
      );
    return { service: o.service };
  }
  throw new ValidationError('patternId', 'expected patternId (a pattern id) or service (a service name)');
}

/** Refinements followed from a rule's pattern to the pattern that now stands for it. */
export const MAX_REFINEMENTS = 16;

/** What following a pattern needs of the registry's entries. */
export type LineageEntry = Pick<PatternEntry, 'id' | 'template' | 'successor'>;

/**
 * A rule's pattern followed through its refinements: every id on the way, the rule's own first,
 * and the registry's entry of the last (undefined when the registry no longer knows it).
 */
export interface PatternLineage {
  readonly ids: readonly string[];
  readonly current?: LineageEntry;
}

/** Follows `patternId` through the registry's `successor` pointers (at most MAX_REFINEMENTS). */
export async function patternLineage(
  patternId: string,
  get: (id: string) => Promise<LineageEntry | undefined>,
): Promise<PatternLineage> {
  const ids: string[] = [];
  let id: string | undefined = patternId;
  let current: LineageEntry | undefined;
  while (id !== undefined && !ids.includes(id) && ids.length <= MAX_REFINEMENTS) {
    ids.push(id);
    current = await get(id);
    id = current?.successor;
  }
  return current === undefined ? { ids } : { ids, current };
}

/**
 * Where a pattern rule's pattern stands: `current` as the rule was made for it; `refined` into
 * `currentPatternId`, of whose lines the rule leaves out only those that fit its own template;
 * `gone` from the registry (unseen for its retention), so the rule leaves nothing out until that
 * template is mined again.
 */
export type RulePatternState =
  | { readonly patternState: 'current' }
  | { readonly patternState: 'refined'; readonly currentPatternId: string; readonly currentTemplate: string }
  | { readonly patternState: 'gone' };

export function rulePatternState(patternId: string, lineage: PatternLineage): RulePatternState {
  const { current } = lineage;
  if (current === undefined) return { patternState: 'gone' };
  if (current.id === patternId) return { patternState: 'current' };
  return { patternState: 'refined', currentPatternId: current.id, currentTemplate: current.template };
}

/** What a drop rule needs to see of a line. */
export type DroppableLine = Pick<LogDocument, 'event_id' | 'service' | 'pattern_id' | 'level' | 'message'>;

/**
 * A rule as the ingest filter holds it: the pattern ids it matches (its own and any successors).
 * A successor's template is more general than the rule's, so a line of a successor is left out
 * only when it also fits the template the rule was made for.
 */
export interface ActiveDropRule {
  readonly rule: DropRule;
  readonly patternIds: readonly string[];
}

/**
 * The rules in force, indexed for one lookup per line. When several rules match a line, a pattern's
 * rules come before a service's, then by id; the first that leaves the line out is the one
 * charged with it. A sampled line is kept only when every matching rule keeps it.
 */
export class DropRuleSet {
  readonly #byPattern = new Map<string, PatternDropRule[]>();
  readonly #byService = new Map<string, DropRule[]>();

  constructor(rules: readonly ActiveDropRule[]) {
    const sorted = [...rules].sort((a, b) => (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0));
    for (const { rule, patternIds } of sorted) {
      if (rule.patternId === undefined) push(this.#byService, rule.service, rule);
      else {
        const template = rule.template === undefined ? undefined : templateTokens(rule.template);
        for (const id of new Set(patternIds)) {
          // Without the template it was made for, a rule cannot tell which successor lines it meant.
          if (id === rule.patternId) push(this.#byPattern, id, { rule });
          else if (template !== undefined) push(this.#byPattern, id, { rule, template });
        }
      }
    }
  }

  get size(): number {
    return this.#byPattern.size + this.#byService.size;
  }

  /** The rule that leaves `line` out of the index, or undefined when the line is kept. */
  dropping(line: DroppableLine): DropRule | undefined {
    const byPattern = line.pattern_id === undefined ? undefined : this.#byPattern.get(line.pattern_id);
    const byService = this.#byService.get(line.service);
    if (byPattern === undefined && byService === undefined) return undefined;
    for (const { rule, template } of byPattern ?? []) {
      if (template !== undefined && !fitsTemplate(line.message, template)) continue;
      if (leavesOut(rule, line)) return rule;
    }
    for (const rule of byService ?? []) if (leavesOut(rule, line)) return rule;
    return undefined;
  }
}

/** A pattern's rule; `template` is set when it is held under a successor's id. */
interface PatternDropRule {
  readonly rule: DropRule;
  readonly template?: readonly string[];
}

function leavesOut(rule: DropRule, line: DroppableLine): boolean {
  const isError = line.level !== undefined && PROTECTED_LEVELS.includes(line.level);
  if (isError ? !rule.includeErrors : line.level === undefined && !rule.includeUnleveled) return false;
  return rule.action === 'drop' || !sampledIn(rule.id, line.event_id, rule.keepOneIn ?? 1);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * Whether a sample of one in `keepOneIn` keeps the event: a hash of the rule id and the event id,
 * so the same line is kept every time it is delivered, and two rules pick independently.
 */
export function sampledIn(ruleId: string, eventId: string, keepOneIn: number): boolean {
  return hash32(`${ruleId}\u0000${eventId}`) % keepOneIn === 0;
}

/** FNV-1a over UTF-16 units, finished with MurmurHash3's mixer so every bit of the input counts. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Lines and message bytes left out of the index. */
export interface DroppedCount {
  readonly count: number;
  readonly bytes: number;
}

/** What one batch left out, per rule and per pattern. */
export class DropTally {
  readonly #byRule = new Map<string, { count: number; bytes: number }>();
  readonly #byPattern = new Map<string, { service: string; id: string; count: number; bytes: number }>();

  add(rule: DropRule, line: DroppableLine): void {
    const bytes = Buffer.byteLength(line.message);
    const forRule = this.#byRule.get(rule.id) ?? { count: 0, bytes: 0 };
    forRule.count++;
    forRule.bytes += bytes;
    this.#byRule.set(rule.id, forRule);
    if (line.pattern_id === undefined) return;
    const key = `${line.service}\u0000${line.pattern_id}`;
    const forPattern = this.#byPattern.get(key) ?? {
      service: line.service,
      id: line.pattern_id,
      count: 0,
      bytes: 0,
    };
    forPattern.count++;
    forPattern.bytes += bytes;
    this.#byPattern.set(key, forPattern);
  }

  get empty(): boolean {
    return this.#byRule.size === 0;
  }

  byRule(): Array<DroppedCount & { readonly ruleId: string }> {
    return [...this.#byRule].map(([ruleId, { count, bytes }]) => ({ ruleId, count, bytes }));
  }

  byPattern(): Array<DroppedCount & { readonly service: string; readonly id: string }> {
    return [...this.#byPattern.values()].map((p) => ({ ...p }));
  }
}
