import { isMap } from '../../yaml/ast';
import { appendToMap, setBlockValue } from '../../util/edits';
import type { Rule } from '../rule';

const rule: Rule = {
  id: 'satisfaction-missing',
  severity: 'error',
  category: 'indicators',
  fixable: 'suggestion',
  docs: 'docs/rules/satisfaction-missing.md',
  description: '项目绩效目标缺少满意度指标，或满意度指标下没有三级指标。',
  project(p, ctx) {
    const threshold = Math.max(90, ctx.config.satisfaction.minimum);
    const leaf = `服务对象满意度: ≥${threshold}%`;
    const tree = p.indicators;
    if (!tree) return;
    const name = p.name?.text ?? `第${p.index + 1}个项目`;
    const sat = tree.level1.find((l) => l.canonical === '满意度指标');
    if (!sat) {
      const edit = appendToMap(ctx.draft, tree.node, ['满意度指标:', '  服务对象满意度指标:', `    ${leaf}`]);
      ctx.report({
        node: tree.keyNode ?? tree.node,
        path: tree.path,
        message: `项目“${name}”的绩效目标没有满意度指标；每个项目都应设置服务对象满意度指标`,
        fixes: edit ? [{ title: `添加满意度指标（${leaf}）`, kind: 'suggestion', edits: [edit] }] : [],
      });
      return;
    }
    const leaves = sat.level2.reduce((n, l2) => n + l2.indicators.length, 0);
    if (leaves > 0) return;
    const firstTwo = sat.level2[0];
    const edit =
      firstTwo && isMap(sat.node)
        ? setBlockValue(ctx.draft, firstTwo.keyNode, firstTwo.node, [leaf])
        : setBlockValue(ctx.draft, sat.keyNode, sat.node, ['服务对象满意度指标:', `  ${leaf}`]);
    ctx.report({
      node: sat.keyNode,
      path: sat.path,
      message: `项目“${name}”的满意度指标下没有具体的三级指标`,
      fixes: [{ title: `补充满意度指标（${leaf}）`, kind: 'suggestion', edits: [edit] }],
    });
  },
};

export default rule;
