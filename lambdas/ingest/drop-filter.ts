/**
 * Drop and sample rules in the ingest path (a LineFilter): leaves the lines the rules name out of
 * the index and counts them per rule and per pattern. Each instance reads the rules at most once
 * per `cacheMs` (30 s by default), so a rule created or deleted through the API applies to every
 * batch received from 30 s after the change on. A pattern's rule also matches the patterns that
 * later refined it (`successor` in the registry), found when the rules are read, for the lines
 * that fit the rule's own template (core/drop-rules.ts).
 */
import {
  type ActiveDropRule,
  type DropRule,
  DropRuleSet,
  DropTally,
  patternLineage,
} from '#core/drop-rules.ts';
import type { Logger } from '../logger.ts';
import type { BatchFilter, DropRuleStore, LineFilter, PatternRegistry } from '../ports.ts';

export interface DropFilterDependencies {
  readonly rules: DropRuleStore;
  readonly registry: Pick<PatternRegistry, 'get' | 'addDropped'>;
  readonly logger: Logger;
  /** How long an instance uses the rules it read before reading them again, ms. @default DROP_RULES_CACHE_MS */
  readonly cacheMs?: number;
}

export const DROP_RULES_CACHE_MS = 30_000;

export class DropRuleFilter implements LineFilter {
  readonly #deps: DropFilterDependencies;
  #loaded: { readonly at: number; readonly rules: DropRuleSet } | undefined;

  constructor(deps: DropFilterDependencies) {
    this.#deps = deps;
  }

  async begin(receivedAt: number): Promise<BatchFilter> {
    const rules = await this.#rules(receivedAt);
    const tally = new DropTally();
    return {
      keep: (documents) => {
        if (rules.size === 0) return documents;
        const kept = [];
        for (const document of documents) {
          const rule = rules.dropping(document);
          if (rule === undefined) kept.push(document);
          else tally.add(rule, document);
        }
        return kept;
      },
      finish: async () => {
        if (tally.empty) return;
        await Promise.all([
          this.#deps.rules.addDropped(tally.byRule()),
          this.#deps.registry.addDropped(tally.byPattern()),
        ]);
      },
    };
  }

  /**
   * The rules, read again once the cache is `cacheMs` old. When they cannot be read, the last
   * rules read stay in force (none before the first read): a line is kept rather than lost.
   */
  async #rules(now: number): Promise<DropRuleSet> {
    const loaded = this.#loaded;
    if (loaded !== undefined && now - loaded.at < (this.#deps.cacheMs ?? DROP_RULES_CACHE_MS))
      return loaded.rules;
    try {
      const stored = await this.#deps.rules.list();
      const rules = new DropRuleSet(await Promise.all(stored.map((rule) => this.#active(rule))));
      this.#loaded = { at: now, rules };
      return rules;
    } catch (error) {
      this.#deps.logger.warn('drop rules unreadable; the last rules read stay in force', {
        error: error instanceof Error ? error.message : String(error),
        rules: loaded === undefined ? 'none' : 'cached',
      });
      return loaded?.rules ?? new DropRuleSet([]);
    }
  }

  async #active(rule: DropRule): Promise<ActiveDropRule> {
    if (rule.patternId === undefined) return { rule, patternIds: [] };
    const { ids } = await patternLineage(rule.patternId, (id) => this.#deps.registry.get(id));
    return { rule, patternIds: ids };
  }
}
