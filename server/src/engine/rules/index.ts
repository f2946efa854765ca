import type { RuleMeta } from './rule';
import { ENGINE_RULES } from './engineRules';
import { RULES } from './registry';

export { RULES, ENGINE_RULES };

/** Every rule's metadata, in the order of RULES.md. */
export const RULE_META: RuleMeta[] = [...RULES, ...ENGINE_RULES];

export function ruleById(id: string): RuleMeta | undefined {
  return RULES.find((r) => r.id === id) ?? ENGINE_RULES.find((r) => r.id === id);
}

export function allRuleIds(): string[] {
  return [...RULES.map((r) => r.id), ...ENGINE_RULES.map((r) => r.id)];
}
