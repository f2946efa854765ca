import { isRateName, withOperator } from '../../values/indicatorValue';
import type { Rule } from '../rule';
import { numbersOf, valueOf } from '../../model/derived/values';

const rule: Rule = {
  id: 'rate-direction',
  severity: 'warning',
  category: 'indicators',
  fixable: 'safe',
  docs: 'docs/rules/rate-direction.md',
  description: '越高越好的比率（合格率、完成率、及时率、覆盖率、满意度等）写成了上限（≤、<）。',
  tree(tree, ctx) {
    for (const l1 of tree.level1)
      for (const l2 of l1.level2)
        for (const ind of l2.indicators) {
          if (!isRateName(ind.name) || !ind.valueNode) continue;
          const [n] = numbersOf(valueOf(ind, ctx.config.profile));
          if (!n || !n.operatorExplicit || !(n.operator === '<=' || n.operator === '<') || !n.operatorSpan)
            continue;
          const text = ind.text!.trim();
          const fixed = withOperator(ind.text!, n, '≥');
          const node = ind.valueNode;
          ctx.report({
            node,
            path: ind.valuePath,
            message: `“${ind.name}”越高越好，却写成了上限 ${text}；应写为 ${fixed}`,
            fixes: [
              {
                title: `改为 ${fixed}`,
                kind: 'safe',
                edits: [{ start: node.start, end: node.end, newText: fixed }],
              },
            ],
          });
        }
  },
};

export default rule;
