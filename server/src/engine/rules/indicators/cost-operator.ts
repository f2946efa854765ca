import { withOperator } from '../../values/indicatorValue';
import type { Rule } from '../rule';
import { moneyCosts, projectLabel } from '../../model/derived/cost';

const rule: Rule = {
  id: 'cost-operator',
  severity: 'warning',
  category: 'indicators',
  fixable: 'safe',
  docs: 'docs/rules/cost-operator.md',
  description: '以金额计的成本指标使用了 ≥、> 或没有运算符：成本应是上限（≤）。',
  project(p, ctx) {
    for (const c of moneyCosts(p, ctx.config.profile)) {
      const v = c.value;
      if (v.operatorExplicit && (v.operator === '<=' || v.operator === '<')) continue;
      const node = c.ind.valueNode;
      if (!node) continue;
      const text = c.ind.text!.trim();
      const fixed = withOperator(c.ind.text!, v, '≤');
      const what = v.operatorExplicit
        ? `使用了“${c.ind.text!.slice(v.operatorSpan![0], v.operatorSpan![1])}”`
        : '没有写运算符';
      ctx.report({
        node,
        path: c.ind.valuePath,
        message: `${projectLabel(p)}的成本指标“${c.ind.name}”${text} ${what}；成本指标是控制上限，应写为 ${fixed}`,
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
