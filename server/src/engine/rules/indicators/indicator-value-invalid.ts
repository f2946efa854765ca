import type { Rule } from '../rule';
import { valueOf } from '../../model/derived/values';

const rule: Rule = {
  id: 'indicator-value-invalid',
  severity: 'error',
  category: 'indicators',
  fixable: 'none',
  docs: 'docs/rules/indicator-value-invalid.md',
  description: '指标值为空或无法读取。',
  tree(tree, ctx) {
    for (const l1 of tree.level1)
      for (const l2 of l1.level2)
        for (const ind of l2.indicators) {
          if (ind.node.type === 'seq') {
            ctx.report({
              node: ind.node,
              path: ind.path,
              message: `指标“${ind.name}”的值应为单个指标值，不能是列表`,
            });
            continue;
          }
          const v = valueOf(ind, ctx.config.profile);
          if (!v) {
            ctx.report({
              node: ind.valueNode ?? ind.keyNode,
              path: ind.valuePath,
              message: `指标“${ind.name}”没有填写指标值`,
            });
          } else if (v.kind === 'invalid') {
            ctx.report({
              node: ind.valueNode ?? ind.keyNode,
              path: ind.valuePath,
              message: `指标“${ind.name}”：${v.message}`,
            });
          } else if (ind.text === '') {
            ctx.report({
              node: ind.keyNode,
              path: ind.valuePath,
              message: `指标“${ind.name}”没有填写指标值`,
            });
          }
        }
  },
};

export default rule;
