import { isPercentName } from '../../values/indicatorValue';
import type { Rule } from '../rule';
import { numbersOf, valueOf } from '../../model/derived/values';

const rule: Rule = {
  id: 'percent-range',
  severity: 'error',
  category: 'indicators',
  fixable: 'none',
  docs: 'docs/rules/percent-range.md',
  description: '表示比率的指标（率、覆盖率、满意度等）百分比超过100%或小于0%。',
  tree(tree, ctx) {
    for (const l1 of tree.level1)
      for (const l2 of l1.level2)
        for (const ind of l2.indicators) {
          if (!isPercentName(ind.name) || !ind.valueNode) continue;
          for (const n of numbersOf(valueOf(ind, ctx.config.profile))) {
            if (n.category !== 'percent' || n.unit !== '%') continue;
            if (n.value.gt(100) || n.value.lt(0)) {
              ctx.report({
                node: ind.valueNode,
                path: ind.valuePath,
                message: `“${ind.name}”是比率，取值应在0%～100%之间，实际为 ${ind.text}`,
              });
              break;
            }
          }
        }
  },
};

export default rule;
