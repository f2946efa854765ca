import { fmt } from '../../util/money';
import { extractGoalMoney } from '../../values/textFigures';
import type { Rule } from '../rule';
import { projectLabel, projectWan } from '../../model/derived/cost';

const rule: Rule = {
  id: 'goal-figure-mismatch',
  severity: 'warning',
  category: 'indicators',
  fixable: 'none',
  docs: 'docs/rules/goal-figure-mismatch.md',
  description: '总体目标中写明的资金总额与项目金额不一致。',
  project(p, ctx) {
    const wan = projectWan(p, ctx.draft);
    if (!wan || !p.goal) return;
    const totals = extractGoalMoney(p.goal.text).filter((f) => f.total);
    const wrong = totals.find((f) => !f.value.equals(wan));
    // Any total in the prose that matches means the text names the budget; others are sub-amounts.
    if (!wrong || totals.some((f) => f.value.equals(wan))) return;
    ctx.report({
      node: p.goal.node,
      path: p.goal.path,
      message: `总体目标写明资金“${wrong.written}”，但${projectLabel(p)}年度预算资金总额为${fmt(wan)}万元`,
    });
  },
};

export default rule;
