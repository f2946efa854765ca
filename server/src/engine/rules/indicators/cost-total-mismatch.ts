import { fmt } from '../../util/money';
import { checkSum, ROUNDING_HINT } from '../../util/tolerance';
import type { Rule } from '../rule';
import { costTotalFixes } from '../fixes/costTotal';
import { moneyCosts, outsideFundsHint, projectLabel, projectWan, totalCost } from '../../model/derived/cost';

const rule: Rule = {
  id: 'cost-total-mismatch',
  severity: 'error',
  category: 'indicators',
  fixable: 'suggestion',
  docs: 'docs/rules/cost-total-mismatch.md',
  description: '项目的总成本指标与项目年度预算资金总额（金额）不一致。',
  project(p, ctx) {
    const { draft, config } = ctx;
    const wan = projectWan(p, draft);
    if (!wan) return;
    const costs = moneyCosts(p, config.profile);
    const total = totalCost(costs);
    if (!total || !total.ind.valueNode) return;
    const sum = checkSum(
      [{ value: total.wan, text: total.value.written }],
      { value: wan, text: p.amount!.text },
      config.tolerance,
    );
    if (sum.passes) return;
    const diff = total.wan.minus(wan);
    const hint = sum.roundingExplains ? ROUNDING_HINT : '';
    const outside = diff.gt(0) ? outsideFundsHint(p) : '';
    ctx.report({
      node: total.ind.valueNode,
      path: total.ind.valuePath,
      message:
        `${total.ind.name} ${total.ind.text}，但${projectLabel(p)}年度预算资金总额为${fmt(wan)}万元` +
        `（${diff.gt(0) ? '多' : '少'}${fmt(diff.abs())}万元）${hint}${outside}`,
      fixes: costTotalFixes(draft, p, total, costs, wan, rule.id),
    });
  },
};

export default rule;
