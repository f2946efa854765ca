import { fmt } from '../../util/money';
import type { Rule } from '../rule';
import { projectLabel, projectWan, unitCosts } from '../../model/derived/cost';
import { matchQuantity, quantities } from '../../model/derived/quantities';

const rule: Rule = {
  id: 'cost-per-unit',
  severity: 'warning',
  category: 'indicators',
  fixable: 'none',
  docs: 'docs/rules/cost-per-unit.md',
  description: '人均（单位）成本的上限本身就不小于项目金额，单位很可能写错了（万元/人 应为 万元）。',
  project(p, ctx) {
    const profile = ctx.config.profile;
    const wan = projectWan(p, ctx.draft);
    if (!wan) return;
    const qs = quantities(p, profile);
    for (const { ind, value: v, perUnitWan, denominator } of unitCosts(p, profile)) {
      // A per-unit ceiling as large as the whole project can only be right for a single unit.
      if (perUnitWan.lt(wan) || !ind.valueNode) continue;
      const q = matchQuantity(ind, denominator, qs);
      const scaled =
        q && q.value.value.gt(1)
          ? `；按“${q.ind.name}”${q.ind.text}计为${fmt(perUnitWan.times(q.value.value))}万元`
          : '';
      ctx.report({
        node: ind.valueNode,
        path: ind.valuePath,
        message:
          `成本指标“${ind.name}” ${ind.text}：单位上限已不小于${projectLabel(p)}全部资金${fmt(wan)}万元${scaled}，` +
          `单位可能应为“${v.unit.split('/')[0]}”（总额）`,
      });
    }
  },
};

export default rule;
