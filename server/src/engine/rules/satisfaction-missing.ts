import { isMap } from '../yaml/ast';
import { appendToMap, setBlockValue } from '../util/edits';
import type { Rule } from './rule';
import { level1Typos } from './shared/rename';
import { catalogFor } from '../model/indicatorNames';

const rule: Rule = {
  id: 'satisfaction-missing',
  severity: 'error',
  scope: 'project',
  description: '项目绩效目标缺少满意度指标，或满意度指标下没有三级指标。',
  check(ctx) {
    const threshold = Math.max(90, ctx.config.satisfaction.minimum);
    const leaf = `服务对象满意度: ≥${threshold}%`;
    for (const p of ctx.draft.projects) {
      const tree = p.indicators;
      if (!tree) continue;
      const name = p.name?.text ?? `第${p.index + 1}个项目`;
      const sat = tree.level1.find((l) => l.canonical === '满意度指标');
      // 满意度指表: the typo is the one defect, reported by level1-unknown with its fix.
      if (!sat && level1Typos(tree, Object.keys(catalogFor(ctx.config.profile))).has('满意度指标')) continue;
      if (!sat) {
        const edit = appendToMap(ctx.draft, tree.node, [
          '满意度指标:',
          '  服务对象满意度指标:',
          `    ${leaf}`,
        ]);
        ctx.report({
          node: tree.keyNode ?? tree.node,
          path: tree.path,
          message: `项目“${name}”的绩效目标没有满意度指标；每个项目都应设置服务对象满意度指标`,
          fixes: edit ? [{ title: `添加满意度指标（${leaf}）`, edits: [edit] }] : [],
        });
        continue;
      }
      const leaves = sat.level2.reduce((n, l2) => n + l2.indicators.length, 0);
      if (leaves > 0) continue;
      const firstTwo = sat.level2[0];
      const edit =
        firstTwo && isMap(sat.node)
          ? setBlockValue(ctx.draft, firstTwo.keyNode, firstTwo.node, [leaf])
          : setBlockValue(ctx.draft, sat.keyNode, sat.node, ['服务对象满意度指标:', `  ${leaf}`]);
      ctx.report({
        node: sat.keyNode,
        path: sat.path,
        message: `项目“${name}”的满意度指标下没有具体的三级指标`,
        fixes: [{ title: `补充满意度指标（${leaf}）`, edits: [edit] }],
      });
    }
  },
};

export default rule;
