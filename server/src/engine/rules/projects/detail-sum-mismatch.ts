import { fmt, fmtMoney } from '../../util/money';
import type { Rule } from '../rule';
import { differenceText, projectRelations, sumOf } from '../../tables/relations';
import { projectLabel } from '../../model/derived/cost';

const rule: Rule = {
  id: 'detail-sum-mismatch',
  severity: 'error',
  category: 'projects',
  fixable: 'suggestion',
  docs: 'docs/rules/detail-sum-mismatch.md',
  description: '项目支出明细金额之和与项目金额不一致。',
  project(p, ctx) {
    const { draft, config } = ctx;
    const details = projectRelations(p).find((r) => r.kind === 'details');
    const s = details && sumOf(details, config.tolerance);
    if (!p.amount || !s || s.passes) return;
    ctx.report({
      node: p.amount.node,
      path: p.amount.path,
      message: `${projectLabel(p)}金额为${fmtMoney(p.amount.value, draft)}，但${p.details.length}条明细合计${fmtMoney(s.sum, draft)}${differenceText(s, p.amount, draft, '明细多', '明细少')}`,
      fixes: [
        {
          title: `把金额改为明细合计 ${fmt(s.sum)}`,
          kind: 'suggestion',
          edits: [{ start: p.amount.node.start, end: p.amount.node.end, newText: fmt(s.sum) }],
        },
      ],
    });
  },
};

export default rule;
