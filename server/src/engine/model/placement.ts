import { normaliseIndicatorName } from './indicatorNames';
import type { Indicator, IndicatorTree, Level1, Level2 } from './types';

/**
 * Where cost and satisfaction indicators sit. Real drafts put them in three places: the 2021
 * catalog (一级 成本指标 / 满意度指标), the older template of 财预〔2015〕88号 (成本指标 a 二级
 * under 产出指标, 服务对象满意度指标 under 效益指标), or anywhere a department's template put
 * them. The rules that read their values follow them wherever they are; the rules about
 * structure (level2-invalid, profile-mismatch) say where they belong, once.
 */

const COST_LEVEL2 = new Set(['成本指标', '经济成本指标', '社会成本指标', '生态环境成本指标']);
const SATISFACTION_LEVEL2 = new Set(['满意度指标', '服务对象满意度指标']);

export function isCostLevel1(l1: Level1): boolean {
  return normaliseIndicatorName(l1.name) === '成本指标';
}

export function isSatisfactionLevel1(l1: Level1): boolean {
  return normaliseIndicatorName(l1.name) === '满意度指标';
}

/** A 二级 that holds cost indicators: under the 一级 成本指标, or named as a cost 二级 anywhere. */
export function isCostLevel2(l2: Level2): boolean {
  return isCostLevel1(l2.parent) || COST_LEVEL2.has(normaliseIndicatorName(l2.name));
}

/** A 二级 that holds satisfaction indicators: under 满意度指标, or a 满意度 二级 anywhere. */
export function isSatisfactionLevel2(l2: Level2): boolean {
  return isSatisfactionLevel1(l2.parent) || SATISFACTION_LEVEL2.has(normaliseIndicatorName(l2.name));
}

/**
 * A cost indicator: under a cost 二级, or by its name a cost written among the 产出指标 without a
 * 成本指标 row (`数量指标 › 项目成本: 5万元`). Rates and savings named with 成本 are not costs.
 */
export function isCostIndicator(ind: Indicator): boolean {
  if (isCostLevel2(ind.level2)) return true;
  return (
    normaliseIndicatorName(ind.level1.name) === '产出指标' &&
    /成本/.test(ind.name) &&
    !/(率|比例|比重|节约|节省|降低|下降|减少)/.test(ind.name)
  );
}

/** By its place; `byName` also counts a 满意度/满意率 三级 written elsewhere (社会效益指标 › 群众满意度). */
export function isSatisfactionIndicator(ind: Indicator, byName = false): boolean {
  if (isSatisfactionLevel2(ind.level2)) return true;
  return byName && /满意(度|率)/.test(ind.name) && !/不满意/.test(ind.name);
}

/** The two moves of the 2015 template: 产出指标 › 成本指标, 效益指标 › 满意度 二级. */
export type OldMove = 'cost' | 'satisfaction';

/** The 2021 home of each move: the 一级, and the 二级 its 三级 go under. */
export const OLD_MOVE_HOME = {
  cost: ['成本指标', '经济成本指标'],
  satisfaction: ['满意度指标', '服务对象满意度指标'],
} as const;

/**
 * Where a 成本指标 or 满意度 二级 goes in the 2021 layout, wherever it was written: its 三级 move
 * under this 一级 › 二级 (merged into them when they exist).
 */
export function home2021(l2: Level2): readonly [string, string] | undefined {
  const two = normaliseIndicatorName(l2.name);
  if (two === '成本指标') return OLD_MOVE_HOME.cost;
  if (SATISFACTION_LEVEL2.has(two)) return OLD_MOVE_HOME.satisfaction;
  return undefined;
}

export function oldMoveOf(l2: Level2): OldMove | undefined {
  const one = normaliseIndicatorName(l2.parent.name);
  const two = normaliseIndicatorName(l2.name);
  if (one === '产出指标' && two === '成本指标') return 'cost';
  if (one === '效益指标' && SATISFACTION_LEVEL2.has(two)) return 'satisfaction';
  return undefined;
}

export interface TreeLayout {
  /** 二级 placed the 2015 way that hold indicators. */
  old: Level2[];
  /** A 一级 成本指标 with indicators (the 2021 way). */
  cost2021: boolean;
  /** A 一级 满意度指标 with indicators (both layouts allow it). */
  satisfaction2021: boolean;
}

// An unchanged project keeps its model between checks (build.ts memo), and so its layout: the
// draft-wide verdict is then a walk over remembered answers, not over every 二级 of every project.
const layouts = new WeakMap<IndicatorTree, TreeLayout>();

export function treeLayout(tree: IndicatorTree): TreeLayout {
  const known = layouts.get(tree);
  if (known) return known;
  const out: TreeLayout = { old: [], cost2021: false, satisfaction2021: false };
  layouts.set(tree, out);
  for (const l1 of tree.level1) {
    const filled = l1.level2.some((l2) => l2.indicators.length > 0);
    if (isCostLevel1(l1) && filled) out.cost2021 = true;
    if (isSatisfactionLevel1(l1) && filled) out.satisfaction2021 = true;
    for (const l2 of l1.level2) if (l2.indicators.length && oldMoveOf(l2)) out.old.push(l2);
  }
  return out;
}

/**
 * Whether a draft's projects follow the 2015 layout throughout: some project puts 成本指标 or a
 * 满意度 二级 the 2015 way, no project has a 一级 成本指标 with indicators, and no project
 * writes its satisfaction both ways. A blank template row (an empty 成本指标 under 产出指标 next
 * to a filled 一级 成本指标, as in the Zaozhuang seed) does not make a draft 2015: it is a leftover.
 */
export function follows2015(trees: IndicatorTree[]): boolean {
  let any = false;
  for (const tree of trees) {
    const t = treeLayout(tree);
    if (t.cost2021) return false;
    const oldSatisfaction = t.old.some((l2) => oldMoveOf(l2) === 'satisfaction');
    if (oldSatisfaction && t.satisfaction2021) return false;
    if (t.old.length) any = true;
  }
  return any;
}
