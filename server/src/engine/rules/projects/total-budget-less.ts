import { fmt, fmtMoney } from '../../util/money';
import type { Rule } from '../rule';
import { projectLabel } from '../../model/derived/cost';

const rule: Rule = {
  id: 'total-budget-less',
  severity: 'error',
  category: 'projects',
  fixable: 'suggestion',
  docs: 'docs/rules/total-budget-less.md',
  description: '项目总预算小于项目当年金额。',
  project(p, ctx) {
    const { draft } = ctx;
    if (!p.amount || !p.totalBudget || p.totalBudget.value.gte(p.amount.value)) return;
    ctx.report({
      node: p.totalBudget.node,
      path: p.totalBudget.path,
      message:
        `${projectLabel(p)}总预算${fmtMoney(p.totalBudget.value, draft)}小于当年金额${fmtMoney(p.amount.value, draft)}` +
        `；项目总预算应不小于当年预算`,
      fixes: [
        {
          title: `把总预算改为 ${fmt(p.amount.value)}`,
          kind: 'suggestion',
          edits: [
            { start: p.totalBudget.node.start, end: p.totalBudget.node.end, newText: fmt(p.amount.value) },
          ],
        },
      ],
    });
  },
};

export default rule;
