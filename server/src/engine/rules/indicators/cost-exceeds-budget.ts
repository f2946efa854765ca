import { fmt } from '../../util/money';
import type { Rule } from '../rule';
import { moneyCosts, projectLabel, projectWan, totalCost } from '../../model/derived/cost';

const rule: Rule = {
  id: 'cost-exceeds-budget',
  severity: 'error',
  category: 'indicators',
  fixable: 'none',
  docs: 'docs/rules/cost-exceeds-budget.md',
  description: '单个以金额计的成本指标大于项目年度预算资金总额。',
  project(p, ctx) {
    const wan = projectWan(p, ctx.draft);
    if (!wan) return;
    const costs = moneyCosts(p, ctx.config.profile);
    // The total indicator's excess is cost-total-mismatch's finding: reported once, at its cause.
    const total = totalCost(costs);
    for (const c of costs) {
      if (c === total || !c.wan.gt(wan) || !c.ind.valueNode) continue;
      ctx.report({
        node: c.ind.valueNode,
        path: c.ind.valuePath,
        message: `成本指标“${c.ind.name}” ${c.ind.text}，大于${projectLabel(p)}年度预算资金总额${fmt(wan)}万元（多${fmt(c.wan.minus(wan))}万元）`,
      });
    }
  },
};

export default rule;
