import Decimal from 'decimal.js';
import { fmt } from '../../util/money';
import type { Rule } from '../rule';
import { projectLabel, projectWan, unitCosts } from '../../model/derived/cost';
import { matchQuantity, quantities, type Quantity } from '../../model/derived/quantities';

const rule: Rule = {
  id: 'unit-cost-product',
  severity: 'info',
  category: 'indicators',
  fixable: 'none',
  docs: 'docs/rules/unit-cost-product.md',
  description: '单位成本 × 对应的数量指标，与项目金额相差超过10%。',
  project(p, ctx) {
    const profile = ctx.config.profile;
    const wan = projectWan(p, ctx.draft);
    if (!wan || wan.isZero()) return;
    const qs = quantities(p, profile);
    const used = new Set<Quantity>();
    const terms: string[] = [];
    let sum = new Decimal(0);
    let anchor;
    for (const { ind, perUnitWan, denominator } of unitCosts(p, profile)) {
      if (perUnitWan.gte(wan)) continue; // cost-per-unit's case
      const q = matchQuantity(ind, denominator, qs, used);
      if (!q) continue;
      used.add(q);
      anchor ??= ind;
      sum = sum.plus(perUnitWan.times(q.value.value));
      terms.push(`${ind.text}×${q.value.value.toFixed()}${q.value.unit}`);
    }
    if (!anchor?.valueNode || !terms.length) return;
    const ratio = sum.minus(wan).abs().div(wan);
    if (ratio.lte(0.1)) return;
    ctx.report({
      node: anchor.valueNode,
      path: anchor.valuePath,
      message:
        `${projectLabel(p)}：单位成本×数量 = ${terms.join(' + ')} = ${fmt(sum.toDecimalPlaces(4))}万元，` +
        `与项目金额${fmt(wan)}万元相差${fmt(ratio.times(100).toDecimalPlaces(1))}%`,
    });
  },
};

export default rule;
