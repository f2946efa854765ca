import type { Indicator } from '../../model/types';
import type { Rule } from '../rule';

const rule: Rule = {
  id: 'indicator-duplicate',
  severity: 'error',
  category: 'indicators',
  fixable: 'none',
  docs: 'docs/rules/indicator-duplicate.md',
  description: '同一项目中同一个三级指标名称出现在不同的二级指标下。',
  tree(tree, ctx) {
    const seen = new Map<string, Indicator>();
    for (const l1 of tree.level1) {
      for (const l2 of l1.level2) {
        for (const ind of l2.indicators) {
          const first = seen.get(ind.name);
          if (!first) {
            seen.set(ind.name, ind);
            continue;
          }
          // The same name twice in one 二级 is a duplicate key, reported by duplicate-key.
          if (first.level2 === l2) continue;
          ctx.report({
            node: ind.keyNode,
            path: ind.path,
            message: `三级指标“${ind.name}”已在“${first.level1.name} › ${first.level2.name}”下出现；同一指标只应设置一次`,
          });
        }
      }
    }
  },
};

export default rule;
