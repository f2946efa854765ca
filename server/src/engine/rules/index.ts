import type { Rule } from './rule';
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
import { PROSE_RULES } from './prose';
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
  ...PROSE_RULES,
  ...REVIEWS_RULES,
];

export const ENGINE_RULES: Pick<Rule, 'id' | 'severity' | 'description'>[] = [
  { id: 'suppression-invalid', severity: 'warning', description: '忽略注释缺少理由，或指定了未知的规则。' },
  { id: 'suppression-unused', severity: 'hint', description: '忽略注释没有屏蔽任何问题。' },
];

export function ruleById(id: string): Pick<Rule, 'id' | 'severity' | 'description'> | undefined {
  return RULES.find((r) => r.id === id) ?? ENGINE_RULES.find((r) => r.id === id);
}

export function allRuleIds(): string[] {
  return [...RULES.map((r) => r.id), ...ENGINE_RULES.map((r) => r.id)];
}
