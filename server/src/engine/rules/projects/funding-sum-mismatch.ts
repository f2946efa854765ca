import { fmtMoney } from '../../util/money';
import type { Rule } from '../rule';
import { amountSum } from '../shared/amountSum';
import { projectLabel } from '../shared/cost';

const rule: Rule = {
  id: 'funding-sum-mismatch',
  severity: 'error',
  category: 'projects',
  fixable: 'none',
  docs: 'docs/rules/funding-sum-mismatch.md',
  description: '资金来源各项之和与项目金额不一致。',
  project(p, ctx) {
    const { draft, config } = ctx;
    if (!p.amount || !p.fundingNode || !p.funding.length) return;
    const s = amountSum(
      p.funding.map((f) => f.amount),
      p.amount,
      config.tolerance,
      draft,
    );
    if (!s) return;
    ctx.report({
      node: p.fundingNode.pairs[0].key,
      path: `${p.path}.资金来源`,
      message: `${projectLabel(p)}资金来源合计${fmtMoney(s.sum, draft)}，与金额${fmtMoney(p.amount.value, draft)}不一致${s.diffText}`,
    });
  },
};

export default rule;
