/**
 * Creates the default rules (ERROR and FATAL) on deploy. Never overwrites a rule a user changed;
 * a deleted default rule comes back on the next deploy, so turn one off by disabling it.
 */
import { DEFAULT_RULES, type Rule } from '#core/alerting/rules.ts';
import type { RuleStore } from '#core/alerting/stores.ts';

/** Creates each default rule whose id is free; returns the ids created. */
export async function seedDefaultRules(
  store: RuleStore,
  rules: readonly Rule[] = DEFAULT_RULES,
): Promise<string[]> {
  const created: string[] = [];
  for (const rule of rules) if (await store.create(rule)) created.push(rule.id);
  return created;
}
