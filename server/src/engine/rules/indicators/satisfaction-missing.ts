import { isMap } from '../../yaml/ast';
import { appendToMap, setBlockValue } from '../../util/edits';
import type { Rule } from '../rule';
import type { Indicator, IndicatorTree } from '../../model/types';
import type { Profile } from '../../config';
import { isSatisfactionIndicator, isSatisfactionLevel2 } from '../../model/placement';
import { numbersOf, valueOf } from '../../model/derived/values';
import { moveLeafFix } from '../../model/derived/relocate';

function hasPlacedElsewhere(tree: IndicatorTree): boolean {
  return tree.level1.some((l1) =>
    l1.level2.some((l2) => isSatisfactionLevel2(l2) && l2.indicators.length > 0),
  );
}

/** A 满意度 三级 with a percentage written under another 二级 (效益指标 › 社会效益指标 › 群众满意度). */
function satisfactionByName(tree: IndicatorTree, profile: Profile): Indicator | undefined {
  for (const l1 of tree.level1)
    for (const l2 of l1.level2)
      for (const ind of l2.indicators)
        if (isSatisfactionIndicator(ind, true) && numbersOf(valueOf(ind, profile))[0]?.category === 'percent')
          return ind;
  return undefined;
}

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
    // A 满意度 二级 with indicators elsewhere (2015: under 效益指标) is there; where it belongs
    // is level2-invalid's (or profile-mismatch's) finding, not a second one here.
    if (!sat && hasPlacedElsewhere(tree)) return;
    const byName = sat ? undefined : satisfactionByName(tree, ctx.config.profile);
    if (byName) {
      // The satisfaction indicator is there, in the wrong 二级: one finding, at it.
      const fix = moveLeafFix(ctx.draft, tree, byName, '满意度指标', '服务对象满意度指标');
      ctx.report({
        node: byName.keyNode,
        path: byName.path,
        message: `项目“${name}”的满意度指标“${byName.name}”写在“${byName.level1.name} › ${byName.level2.name}”下；应设满意度指标 › 服务对象满意度指标并放在其下`,
        fixes: fix ? [fix] : [],
      });
      return;
    }
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
