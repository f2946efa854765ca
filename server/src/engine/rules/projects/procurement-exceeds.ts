import Decimal from 'decimal.js';
import { fmtMoney } from '../../util/money';
import type { Rule } from '../rule';
import { projectLabel } from '../../model/derived/cost';

const rule: Rule = {
  id: 'procurement-exceeds',
  severity: 'error',
  category: 'projects',
  fixable: 'none',
  docs: 'docs/rules/procurement-exceeds.md',
  description: '政府采购各行金额之和超过项目金额。',
  project(p, ctx) {
    const { draft } = ctx;
    if (!p.amount || !p.procurement.length) return;
    const amounts = p.procurement.map((l) => l.amount).filter((a) => !!a);
    if (!amounts.length) return;
    const sum = amounts.reduce((s, a) => s.plus(a!.value), new Decimal(0));
    if (sum.lte(p.amount.value)) return;
    const first = p.procurement[0];
    ctx.report({
      node: first.node,
      path: `${p.path}.采购`,
      message:
        `${projectLabel(p)}政府采购合计${fmtMoney(sum, draft)}，超过项目金额${fmtMoney(p.amount.value, draft)}` +
        `（超出${fmtMoney(sum.minus(p.amount.value), draft)}）`,
    });
  },
};

export default rule;
