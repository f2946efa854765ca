import { fmt, fmtMoney } from '../../util/money';
import { checkSum, ROUNDING_HINT } from '../../util/tolerance';
import type { Rule } from '../rule';
import { projectLabel } from '../shared/cost';

const rule: Rule = {
  id: 'detail-sum-mismatch',
  severity: 'error',
  description: '项目支出明细金额之和与项目金额不一致。',
  check(ctx) {
    const { draft, config } = ctx;
    for (const p of draft.projects) {
      if (!p.amount || !p.details.length) continue;
      const parts = p.details.map((d) => d.amount);
      // A line without a readable amount leaves the sum undecidable; schema reports the line.
      if (parts.some((a) => !a)) continue;
      const sum = checkSum(
        parts.map((a) => a!),
        p.amount,
        config.tolerance,
      );
      if (sum.passes) continue;
      const diff = sum.sum.minus(p.amount.value);
      ctx.report({
        node: p.amount.node,
        path: p.amount.path,
        message:
          `${projectLabel(p)}金额为${fmtMoney(p.amount.value, draft)}，但${p.details.length}条明细合计` +
          `${fmtMoney(sum.sum, draft)}（${diff.gt(0) ? '明细多' : '明细少'}${fmtMoney(diff.abs(), draft)}）` +
          (sum.roundingExplains ? ROUNDING_HINT : ''),
        fixes: [
          {
            title: `把金额改为明细合计 ${fmt(sum.sum)}`,
            edits: [{ start: p.amount.node.start, end: p.amount.node.end, newText: fmt(sum.sum) }],
          },
        ],
      });
    }
  },
};

export default rule;
