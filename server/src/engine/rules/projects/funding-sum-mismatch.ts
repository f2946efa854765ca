import { fmtMoney } from '../../util/money';
import type { Rule } from '../rule';
import { differenceText, projectRelations, sumOf } from '../../tables/relations';
import { projectLabel } from '../../model/derived/cost';

const rule: Rule = {
  id: 'funding-sum-mismatch',
  severity: 'error',
  category: 'projects',
  fixable: 'none',
  docs: 'docs/rules/funding-sum-mismatch.md',
  description: '资金来源各项之和与项目金额不一致。',
  project(p, ctx) {
    const { draft, config } = ctx;
    const funding = projectRelations(p).find((r) => r.kind === 'funding');
    const s = funding && sumOf(funding, config.tolerance);
    if (!p.amount || !p.fundingNode || !s || s.passes) return;
    ctx.report({
      node: p.fundingNode.pairs[0].key,
      path: `${p.path}.资金来源`,
      message: `${projectLabel(p)}资金来源合计${fmtMoney(s.sum, draft)}，与金额${fmtMoney(p.amount.value, draft)}不一致${differenceText(s, p.amount, draft)}`,
    });
  },
};

export default rule;
