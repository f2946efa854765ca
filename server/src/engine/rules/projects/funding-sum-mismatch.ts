import { fmtMoney } from '../../util/money';
import { checkSum, ROUNDING_HINT } from '../../util/tolerance';
import type { Rule } from '../rule';
import { projectLabel } from '../shared/cost';

const rule: Rule = {
  id: 'funding-sum-mismatch',
  severity: 'error',
  description: '资金来源各项之和与项目金额不一致。',
  check(ctx) {
    const { draft, config } = ctx;
    for (const p of draft.projects) {
      if (!p.amount || !p.fundingNode || !p.funding.length) continue;
      const parts = p.funding.map((f) => f.amount);
      if (parts.some((a) => !a)) continue;
      const sum = checkSum(
        parts.map((a) => a!),
        p.amount,
        config.tolerance,
      );
      if (sum.passes) continue;
      const diff = sum.sum.minus(p.amount.value);
      ctx.report({
        node: p.fundingNode.pairs[0].key,
        path: `${p.path}.资金来源`,
        message:
          `${projectLabel(p)}资金来源合计${fmtMoney(sum.sum, draft)}，与金额${fmtMoney(p.amount.value, draft)}不一致` +
          `（${diff.gt(0) ? '多' : '少'}${fmtMoney(diff.abs(), draft)}）${sum.roundingExplains ? ROUNDING_HINT : ''}`,
      });
    }
  },
};

export default rule;
