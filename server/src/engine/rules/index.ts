import type { Rule, RuleMeta } from './rule';
import yamlSyntax from './yaml-syntax';
import duplicateKey from './duplicate-key';
import schema from './schema';
import amountFormat from './amount-format';
import satisfactionMissing from './satisfaction-missing';
import level1Missing from './level1-missing';
import costTotalMismatch from './cost-total-mismatch';
import { INDICATORS_RULES } from './indicators';
import { PROJECTS_RULES } from './projects';
import { CODES_RULES } from './codes';
import { TABLES_RULES } from './tables';
import { REVIEWS_RULES } from './reviews';

/** Every rule, in the order of RULES.md. Suppression rules are handled by the engine itself. */
export const RULES: Rule[] = [
  yamlSyntax,
  duplicateKey,
  schema,
  amountFormat,
  satisfactionMissing,
  level1Missing,
  costTotalMismatch,
  ...INDICATORS_RULES,
  ...PROJECTS_RULES,
  ...CODES_RULES,
  ...TABLES_RULES,
  ...REVIEWS_RULES,
];

/** Rules the engine raises itself (about suppression comments): metadata only. */
export const ENGINE_RULES: RuleMeta[] = [
  {
    id: 'suppression-invalid',
    severity: 'warning',
    category: 'reviews',
    // Deleting a comment someone meant to work is a judgment: the fix may be a reason instead.
    fixable: 'suggestion',
    docs: 'docs/rules/suppression-invalid.md',
    description: '忽略注释缺少理由，或指定了未知的规则。',
  },
  {
    id: 'suppression-unused',
    severity: 'hint',
    category: 'reviews',
    fixable: 'safe',
    docs: 'docs/rules/suppression-unused.md',
    description: '忽略注释没有屏蔽任何问题。',
  },
];

/** Every rule's metadata, in the order of RULES.md. */
export const RULE_META: RuleMeta[] = [...RULES, ...ENGINE_RULES];

export function ruleById(id: string): RuleMeta | undefined {
  return RULES.find((r) => r.id === id) ?? ENGINE_RULES.find((r) => r.id === id);
}

export function allRuleIds(): string[] {
  return [...RULES.map((r) => r.id), ...ENGINE_RULES.map((r) => r.id)];
}
