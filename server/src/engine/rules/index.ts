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

export const ENGINE_RULES: Pick<Rule, 'id' | 'severity' | 'description'>[] = [
  { id: 'suppression-invalid', severity: 'warning', description: '忽略注释缺少理由，或指定了未知的规则。' },
  { id: 'suppression-unused', severity: 'hint', description: '忽略注释没有屏蔽任何问题。' },
  // Raised by `jixiao check` on an imported PDF/text/workbook (server/src/import/rules), never on YAML.
  {
    id: 'table-repeat-mismatch',
    severity: 'error',
    description: '两张公开表格印了同一个数字，但两处不一致。',
  },
  { id: 'text-clipped', severity: 'warning', description: 'PDF 把文字画在页面可见区域之外。' },
  {
    id: 'publication-incomplete',
    severity: 'warning',
    description: '公开的预算缺少应公开的表格，或目录所列不在文中，或表格间有空白页。',
  },
  {
    id: 'empty-table-note',
    severity: 'warning',
    description: '空表没有注明为什么为空，或注明为空的表格却印有数字。',
  },
];

export function ruleById(id: string): Pick<Rule, 'id' | 'severity' | 'description'> | undefined {
  return RULES.find((r) => r.id === id) ?? ENGINE_RULES.find((r) => r.id === id);
}

export function allRuleIds(): string[] {
  return [...RULES.map((r) => r.id), ...ENGINE_RULES.map((r) => r.id)];
}
