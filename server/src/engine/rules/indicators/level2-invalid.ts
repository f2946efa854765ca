import { catalogFor, level1Of, normaliseIndicatorName } from '../../model/indicatorNames';
import type { Level2 } from '../../model/types';
import type { FixSpec, Rule, RuleContext } from '../rule';
import { home2021, oldMoveOf } from '../../model/placement';
import { relocate, relocationEdits } from '../../model/derived/relocate';
import { nearNames, renameFixes } from '../fixes/rename';
import { moveLevel2 } from '../../util/moveLevel2';

/** Removes a blank 二级: nothing is lost, so it is safe (and fix-all clears every project). */
function removeFix(ctx: RuleContext, l2: Level2): FixSpec | undefined {
  if (l2.parent.level2.length === 1) return undefined; // its 一级 would be left empty
  const { lines, text } = ctx.draft;
  const line = lines.position(l2.keyNode.start).line;
  const endLine = lines.position(Math.max(l2.node.end, l2.keyNode.end)).line;
  const from = lines.lineStart(line);
  const to = endLine + 1 < lines.lineCount ? lines.lineStart(endLine + 1) : text.length;
  return { title: `删除空的“${l2.name}”`, kind: 'safe', edits: [{ start: from, end: to, newText: '' }] };
}

const rule: Rule = {
  id: 'level2-invalid',
  severity: 'error',
  category: 'indicators',
  fixable: 'both',
  docs: 'docs/rules/level2-invalid.md',
  description: '二级指标不属于其所在的一级指标（如成本指标写在产出指标下）。',
  tree(tree, ctx) {
    const catalog = catalogFor(ctx.config.profile);
    if (tree.overall) return;
    // The whole draft is in the 2015 layout: profile-mismatch says so once, for these moves.
    const layoutReported = ctx.config.profile === 2021 && ctx.draft.follows2015 === true;
    for (const l1 of tree.level1) {
      if (!l1.canonical) continue;
      for (const l2 of l1.level2) {
        if (l2.canonical) continue;
        const empty = !l2.indicators.length && !(l2.node.type === 'scalar' && l2.node.value !== null);
        if (oldMoveOf(l2) && layoutReported && !empty) continue;
        const homes = level1Of(l2.name, ctx.config.profile);
        const allowed = catalog[l1.canonical].join('、');
        const home = homes.length === 1 ? homes[0] : undefined;
        const target = home ? tree.level1.find((x) => x.canonical === home) : undefined;
        const where = home
          ? `，它属于“${home}”`
          : normaliseIndicatorName(l2.name) in catalog
            ? '，它是一级指标'
            : '';
        let fix: FixSpec | undefined;
        let tail = '';
        if (empty) {
          // A blank template row: removing it is the whole fix (it holds nothing to move).
          fix = removeFix(ctx, l2);
          tail = '；该行没有三级指标，应删除';
        } else if (ctx.config.profile === 2021 && home2021(l2)) {
          // 成本指标 / 满意度 二级 anywhere: their 三级 go under the 2021 一级, merged when it exists.
          const [one, two] = home2021(l2)!;
          const move = relocate(ctx.draft, tree, l2, one, two);
          if (move) fix = { title: `移到“${one} › ${two}”下`, kind: 'safe', edits: relocationEdits([move]) };
        } else if (target) fix = moveLevel2(ctx.draft, l2, target);
        // 数量指表 under 产出指标: a typo of one of its 二级, not a misplaced one.
        const present = l1.level2.filter((x) => x.canonical).map((x) => x.canonical!);
        const near =
          home || where || empty
            ? { names: [], unique: false }
            : nearNames(l2.name, catalog[l1.canonical], present, true);
        ctx.report({
          node: l2.keyNode,
          path: l2.path,
          message: `二级指标“${l2.name}”不能放在“${l1.name}”下${where}；“${l1.canonical}”的二级指标为：${allowed}${tail}`,
          fixes: fix ? [fix] : renameFixes(l2.keyNode, near),
        });
      }
    }
  },
};

export default rule;
