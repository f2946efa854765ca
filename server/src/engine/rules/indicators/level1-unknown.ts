import { catalogFor, OVERALL_LEVEL1 } from '../../model/indicatorNames';
import type { Rule } from '../rule';

const rule: Rule = {
  id: 'level1-unknown',
  severity: 'error',
  category: 'indicators',
  fixable: 'none',
  docs: 'docs/rules/level1-unknown.md',
  description: '一级指标不在指标体系中（成本、产出、效益、满意度指标）。',
  tree(tree, ctx) {
    const allowed = Object.keys(catalogFor(ctx.config.profile));
    const names = tree.overall ? OVERALL_LEVEL1 : allowed;
    for (const l1 of tree.level1) {
      if (l1.canonical) continue;
      ctx.report({
        node: l1.keyNode,
        path: l1.path,
        message: `一级指标“${l1.name}”不在指标体系中；应为：${names.join('、')}`,
      });
    }
  },
};

export default rule;
