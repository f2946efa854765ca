import type { Rule } from '../rule';
import { numbersOf, valueOf } from '../../model/derived/values';
import { isSatisfactionIndicator } from '../../model/placement';

/**
 * Satisfaction indicators wherever they sit: under 满意度指标 (2021), under a 满意度 二级 in
 * 效益指标 (2015 template), or a 满意度/满意率 三级 elsewhere. An upper bound (`≤90%`) is
 * rate-direction's finding, which carries the fix; this rule reports what else is wrong, once
 * per indicator.
 */
const rule: Rule = {
  id: 'satisfaction-value',
  severity: 'warning',
  category: 'indicators',
  fixable: 'safe',
  docs: 'docs/rules/satisfaction-value.md',
  description: '满意度指标值不是百分比、缺少 ≥，或低于配置的最低值（默认80%）。',
  tree(tree, ctx) {
    const min = ctx.config.satisfaction.minimum;
    for (const l1 of tree.level1)
      for (const l2 of l1.level2)
        for (const ind of l2.indicators) {
          const placed = isSatisfactionIndicator(ind);
          if (!placed && !isSatisfactionIndicator(ind, true)) continue;
          const v = valueOf(ind, ctx.config.profile);
          const node = ind.valueNode;
          if (!v || v.kind === 'invalid' || !node) continue;
          const [n] = numbersOf(v);
          if (!n || n.category !== 'percent') {
            // Found by its name only, a qualitative 群众满意度 (有所提升) is not ours to judge.
            if (!placed) continue;
            ctx.report({
              node,
              path: ind.valuePath,
              message: `满意度指标“${ind.name}”的值“${ind.text}”不是百分比；应写为如 ≥${Math.max(90, min)}% 的可衡量目标`,
            });
            continue;
          }
          const low = n.value.lt(min) ? `，且低于最低要求 ${min}%` : '';
          if (!n.operatorExplicit) {
            const fixed = `≥${ind.text!.trim()}`;
            ctx.report({
              node,
              path: ind.valuePath,
              message: `满意度指标“${ind.name}” ${ind.text} 缺少“≥”${low}；满意度是下限目标，应写为 ${fixed}`,
              fixes: [
                {
                  title: `改为 ${fixed}`,
                  kind: 'safe',
                  edits: [{ start: node.start, end: node.end, newText: fixed }],
                },
              ],
            });
          } else if (low) {
            ctx.report({
              node,
              path: ind.valuePath,
              message: `满意度指标“${ind.name}” ${ind.text} 低于最低要求 ${min}%`,
            });
          }
        }
  },
};

export default rule;
