import { OLD_MOVE_HOME, oldMoveOf, treeLayout, type OldMove } from '../../model/placement';
import type { Level2 } from '../../model/types';
import type { FixSpec, Rule } from '../rule';
import { relocate, relocationEdits, type Relocation } from '../../model/derived/relocate';

/**
 * A draft written throughout in the 2015 layout (财预〔2015〕88号) while the profile is 2021 is one
 * fact about the draft, not a defect of each project: said once, at the first project that shows
 * it, and level2-invalid leaves those two moves alone (model/placement.ts decides the layout).
 *
 * Its second fix cannot edit `.jixiao.yaml` (a fix edits only the draft): it writes a file-wide
 * acceptance comment at the top of the draft that names the setting to make. Once the setting is
 * made, the comment silences nothing and suppression-unused offers to delete it.
 */
export const PROFILE_2015_COMMENT =
  '# 绩效检查-忽略-文件 profile-mismatch: 本稿按财预〔2015〕88号口径填写绩效指标，请在 .jixiao.yaml 中设置 profile: 2015（设置后可删除本行）\n';

const rule: Rule = {
  id: 'profile-mismatch',
  severity: 'warning',
  category: 'indicators',
  fixable: 'suggestion',
  docs: 'docs/rules/profile-mismatch.md',
  description:
    '全稿绩效指标按2015年口径填写（成本指标在产出指标下、服务对象满意度指标在效益指标下），与配置的2021口径不符。',
  draft(draft, ctx) {
    const { config } = ctx;
    if (config.profile !== 2021 || !draft.follows2015) return;
    let first: Level2 | undefined;
    let projects = 0;
    const moves: Relocation[] = [];
    let movable = 0;
    const kinds = new Set<OldMove>();
    for (const p of draft.projects) {
      const tree = p.indicators;
      if (!tree) continue;
      const old = treeLayout(tree).old;
      if (!old.length) continue;
      projects++;
      first ??= old[0];
      for (const l2 of old) {
        const kind = oldMoveOf(l2)!;
        kinds.add(kind);
        const [one, two] = OLD_MOVE_HOME[kind];
        const move = relocate(draft, tree, l2, one, two);
        movable++;
        if (move) moves.push(move);
      }
    }
    if (!first) return;
    const fixes: FixSpec[] = [];
    if (moves.length)
      fixes.push({
        title:
          `将全稿转换为2021口径（成本指标、满意度指标改为一级指标，${moves.length}处）` +
          (moves.length < movable ? `；另有${movable - moves.length}处需手工调整` : ''),
        kind: 'suggestion',
        edits: relocationEdits(moves),
      });
    fixes.push({
      title: '按2015口径检查：在 .jixiao.yaml 中设置 profile: 2015（本修复在稿首写入说明注释）',
      kind: 'suggestion',
      edits: [{ start: 0, end: 0, newText: PROFILE_2015_COMMENT }],
    });
    const how = [
      kinds.has('cost') ? '成本指标写在产出指标下' : '',
      kinds.has('satisfaction') ? '服务对象满意度指标写在效益指标下' : '',
    ].filter(Boolean);
    ctx.report({
      node: first.keyNode,
      path: first.path,
      message:
        `${projects > 1 ? `全稿${projects}个项目均` : '全稿的项目'}按2015年口径（财预〔2015〕88号）填写绩效指标：${how.join('、')}；` +
        `检查口径为2021（财预〔2021〕101号），成本指标、满意度指标应为一级指标。` +
        `应将全稿转换为2021口径，或在 .jixiao.yaml 中设置 profile: 2015`,
      fixes,
    });
  },
};

export default rule;
