import type { Rule } from '../rule';
import { isCost, numbersOf, valueOf } from '../../model/derived/values';

const rule: Rule = {
  id: 'quantity-unit-missing',
  severity: 'warning',
  category: 'indicators',
  fixable: 'none',
  docs: 'docs/rules/quantity-unit-missing.md',
  description: '数值型的数量指标或成本指标没有写计量单位。',
  tree(tree, ctx) {
    const profile = ctx.config.profile;
    if (tree.overall) return;
    for (const l1 of tree.level1)
      for (const l2 of l1.level2)
        for (const ind of l2.indicators) {
          const quantity = l2.canonical === '数量指标';
          if ((!quantity && !isCost(ind, profile)) || !ind.valueNode) continue;
          const ns = numbersOf(valueOf(ind, profile));
          if (!ns.length || ns.some((n) => n.unit)) continue;
          ctx.report({
            node: ind.valueNode,
            path: ind.valuePath,
            message: `${quantity ? '数量指标' : '成本指标'}“${ind.name}” ${ind.text} 没有计量单位${quantity ? '（如 人、次、个）' : '（如 万元）'}`,
          });
        }
  },
};

export default rule;
