import { catalogFor, level1Of, normaliseIndicatorName } from '../../model/indicatorNames';
import type { Rule } from '../rule';
import { moveLevel2 } from '../../util/moveLevel2';

const rule: Rule = {
  id: 'level2-invalid',
  severity: 'error',
  category: 'indicators',
  fixable: 'safe',
  docs: 'docs/rules/level2-invalid.md',
  description: '二级指标不属于其所在的一级指标（如成本指标写在产出指标下）。',
  tree(tree, ctx) {
    const catalog = catalogFor(ctx.config.profile);
    if (tree.overall) return;
    for (const l1 of tree.level1) {
      if (!l1.canonical) continue;
      for (const l2 of l1.level2) {
        if (l2.canonical) continue;
        const homes = level1Of(l2.name, ctx.config.profile);
        const allowed = catalog[l1.canonical].join('、');
        const home = homes.length === 1 ? homes[0] : undefined;
        const target = home ? tree.level1.find((x) => x.canonical === home) : undefined;
        const where = home
          ? `，它属于“${home}”`
          : normaliseIndicatorName(l2.name) in catalog
            ? '，它是一级指标'
            : '';
        const fix = target ? moveLevel2(ctx.draft, l2, target) : undefined;
        ctx.report({
          node: l2.keyNode,
          path: l2.path,
          message: `二级指标“${l2.name}”不能放在“${l1.name}”下${where}；“${l1.canonical}”的二级指标为：${allowed}`,
          fixes: fix ? [fix] : [],
        });
      }
    }
  },
};

export default rule;
