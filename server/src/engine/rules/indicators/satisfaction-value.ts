import type { Rule } from '../rule';
import { numbersOf, valueOf } from '../../model/derived/values';

const rule: Rule = {
  id: 'satisfaction-value',
  severity: 'warning',
  category: 'indicators',
  fixable: 'safe',
  docs: 'docs/rules/satisfaction-value.md',
  description: '满意度指标值不是百分比、缺少 ≥，或低于配置的最低值（默认80%）。',
  tree(tree, ctx) {
    const min = ctx.config.satisfaction.minimum;
    for (const l1 of tree.level1) {
      if (l1.canonical !== '满意度指标') continue;
      for (const l2 of l1.level2)
        for (const ind of l2.indicators) {
          const v = valueOf(ind, ctx.config.profile);
          const node = ind.valueNode;
          if (!v || v.kind === 'invalid' || !node) continue;
          const [n] = numbersOf(v);
          if (!n || n.category !== 'percent') {
            ctx.report({
              node,
              path: ind.valuePath,
              message: `满意度指标“${ind.name}”的值“${ind.text}”不是百分比；应写为如 ≥${Math.max(90, min)}% 的可衡量目标`,
            });
            continue;
          }
          if (!n.operatorExplicit) {
            const fixed = `≥${ind.text!.trim()}`;
            ctx.report({
              node,
              path: ind.valuePath,
              message: `满意度指标“${ind.name}” ${ind.text} 缺少“≥”；满意度是下限目标，应写为 ${fixed}`,
              fixes: [
                {
                  title: `改为 ${fixed}`,
                  kind: 'safe',
                  edits: [{ start: node.start, end: node.end, newText: fixed }],
                },
              ],
            });
          } else if (n.operator === '<' || n.operator === '<=') {
            ctx.report({
              node,
              path: ind.valuePath,
              message: `满意度指标“${ind.name}” ${ind.text} 是上限；满意度应写为下限（≥）`,
            });
          }
          if (n.value.lt(min)) {
            ctx.report({
              node,
              path: ind.valuePath,
              message: `满意度指标“${ind.name}” ${ind.text} 低于最低要求 ${min}%`,
            });
          }
        }
    }
  },
};

export default rule;
