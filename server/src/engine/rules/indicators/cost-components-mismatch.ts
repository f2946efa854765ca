import Decimal from 'decimal.js';
import { fmt } from '../../util/money';
import { isTotalCostName } from '../../values/indicatorValue';
import type { Rule } from '../rule';
import { moneyCosts, projectLabel } from '../../model/derived/cost';

const rule: Rule = {
  id: 'cost-components-mismatch',
  severity: 'warning',
  category: 'indicators',
  fixable: 'none',
  docs: 'docs/rules/cost-components-mismatch.md',
  description: '总成本指标与其他以金额计的成本指标之和不一致。',
  project(p, ctx) {
    const costs = moneyCosts(p, ctx.config.profile);
    const totals = costs.filter((c) => isTotalCostName(c.ind.name));
    if (totals.length !== 1) return;
    const total = totals[0];
    const parts = costs.filter((c) => c !== total);
    // One other cost equal to the total is a restatement, not a breakdown.
    if (parts.length < 2) return;
    const sum = parts.reduce((s, c) => s.plus(c.wan), new Decimal(0));
    if (sum.equals(total.wan) || !total.ind.valueNode) return;
    ctx.report({
      node: total.ind.valueNode,
      path: total.ind.valuePath,
      message:
        `${projectLabel(p)}的“${total.ind.name}”为${fmt(total.wan)}万元，但其他成本指标合计${fmt(sum)}万元` +
        `（${parts.map((c) => `${c.ind.name} ${fmt(c.wan)}`).join(' + ')}），相差${fmt(sum.minus(total.wan).abs())}万元`,
    });
  },
};

export default rule;
