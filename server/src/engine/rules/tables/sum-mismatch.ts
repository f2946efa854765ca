import { sumOf, tableRelations } from '../../tables/relations';
import { fmt } from '../../util/money';
import { ROUNDING_HINT } from '../../util/tolerance';
import type { Rule } from '../rule';

const rule: Rule = {
  id: 'sum-mismatch',
  severity: 'error',
  category: 'tables',
  fixable: 'suggestion',
  docs: 'docs/rules/sum-mismatch.md',
  description: '写出的合计与其组成部分之和不一致（类/款行、基本支出、合计、三公经费合计、收入合计）。',
  draft(draft, ctx) {
    const unit = draft.header.moneyUnit;
    for (const r of tableRelations(draft)) {
      const s = sumOf(r, ctx.config.tolerance);
      if (!s || s.passes) continue;
      const total = r.total;
      ctx.report({
        node: total.node,
        path: total.path,
        message:
          `${r.title}为${total.text}${unit}，但${r.partsLabel}为${fmt(s.sum)}${unit}` +
          `（相差${fmt(total.value.minus(s.sum).abs())}${unit}）${s.roundingExplains ? ROUNDING_HINT : ''}`,
        fixes: [
          {
            title: `改为计算值 ${fmt(s.sum)}`,
            kind: 'suggestion',
            edits: [{ start: total.node.start, end: total.node.end, newText: fmt(s.sum) }],
          },
        ],
      });
    }
  },
};

export default rule;
