import { catalogFor, OVERALL_LEVEL1 } from '../../model/indicatorNames';
import type { Rule } from '../rule';
import { nearNames, renameFixes } from '../fixes/rename';

const rule: Rule = {
  id: 'level1-unknown',
  severity: 'error',
  category: 'indicators',
  fixable: 'both',
  docs: 'docs/rules/level1-unknown.md',
  description: '一级指标不在指标体系中（成本、产出、效益、满意度指标）。',
  tree(tree, ctx) {
    const allowed = Object.keys(catalogFor(ctx.config.profile));
    const names = tree.overall ? OVERALL_LEVEL1 : allowed;
    const present = tree.level1.filter((l) => l.canonical).map((l) => l.canonical!);
    for (const l1 of tree.level1) {
      if (l1.canonical) continue;
      ctx.report({
        node: l1.keyNode,
        path: l1.path,
        message: `一级指标“${l1.name}”不在指标体系中；应为：${names.join('、')}`,
        // 满意度指表 → 满意度指标: safe when it is the one near name.
        fixes: renameFixes(l1.keyNode, nearNames(l1.name, names, present, true)),
      });
    }
  },
};

export default rule;
