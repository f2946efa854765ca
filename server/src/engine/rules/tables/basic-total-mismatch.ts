import { FuncTree } from '../../tables/funcTree';
import { derived, type CellValue } from '../../tables/values';
import { fmt } from '../../util/money';
import { checkSum, ROUNDING_HINT } from '../../util/tolerance';
import type { EconColumn, FuncColumn } from '../../model/types';
import type { Rule } from '../rule';
import { econCell } from '../../tables/relations';

// The parts first: a total that differs because one part does is that part's defect, reported once.
const PAIRS: [EconColumn, FuncColumn, string][] = [
  ['人员经费', '人员经费', '人员经费'],
  ['公用经费', '公用经费', '公用经费'],
  ['合计', '基本支出', '基本支出合计'],
];

const rule: Rule = {
  id: 'basic-total-mismatch',
  severity: 'error',
  category: 'tables',
  fixable: 'none',
  docs: 'docs/rules/basic-total-mismatch.md',
  description: '基本支出经济分类的合计（总额、人员经费、公用经费）与支出功能分类不一致。',
  draft(draft, ctx) {
    const leaves = draft.econRows.filter((r) => r.subject?.code.length === 5);
    if (!leaves.length || !draft.funcRows.length || !draft.econNode) return;
    const tree = new FuncTree(draft.funcRows);
    const unit = draft.header.moneyUnit;
    const anchor = draft.root?.pairs.find((p) => p.value === draft.econNode)?.key ?? draft.econNode;
    let partDiffers = false;
    for (const [ec, fc, label] of PAIRS) {
      if (ec === '合计' && partDiffers) continue;
      const cells = leaves.map((r) => econCell(r, ec));
      if (!cells.every((c): c is CellValue => !!c)) continue;
      const econ = derived(cells);
      const func = tree.total(fc);
      if (!func) continue;
      const r = checkSum(cells, func, ctx.config.tolerance);
      if (r.passes) continue;
      partDiffers = true;
      ctx.report({
        node: anchor,
        path: '基本支出经济分类',
        message:
          `基本支出经济分类的${label}为${fmt(econ.value)}${unit}，支出功能分类的${label}为${fmt(func.value)}${unit}` +
          `（相差${fmt(econ.value.minus(func.value).abs())}${unit}）${r.roundingExplains ? ROUNDING_HINT : ''}`,
      });
    }
  },
};

export default rule;
