import { fmt, fmtMoney } from '../../util/money';
import type { Rule } from '../rule';
import { projectLabel } from '../shared/cost';

const rule: Rule = {
  id: 'total-budget-less',
  severity: 'error',
  scope: 'project',
  description: '项目总预算小于项目当年金额。',
  check(ctx) {
    const { draft } = ctx;
    for (const p of draft.projects) {
      if (!p.amount || !p.totalBudget || p.totalBudget.value.gte(p.amount.value)) continue;
      ctx.report({
        node: p.totalBudget.node,
        path: p.totalBudget.path,
        message:
          `${projectLabel(p)}总预算${fmtMoney(p.totalBudget.value, draft)}小于当年金额${fmtMoney(p.amount.value, draft)}` +
          `；项目总预算应不小于当年预算`,
        fixes: [
          {
            title: `把总预算改为 ${fmt(p.amount.value)}`,
            edits: [
              { start: p.totalBudget.node.start, end: p.totalBudget.node.end, newText: fmt(p.amount.value) },
            ],
          },
        ],
      });
    }
  },
};

export default rule;
