import { FuncTree } from '../../tables/funcTree';
import { derived, fromAmount } from '../../tables/values';
import { fmt } from '../../util/money';
import { checkSum, ROUNDING_HINT } from '../../util/tolerance';
import type { Rule } from '../rule';

const rule: Rule = {
  id: 'income-expense-balance',
  severity: 'error',
  category: 'tables',
  fixable: 'none',
  docs: 'docs/rules/income-expense-balance.md',
  description: '收入合计与支出合计不一致（收支不平衡）。',
  draft(draft, ctx) {
    const inc = draft.income;
    if (!inc || !draft.funcRows.length) return;
    const expense = new FuncTree(draft.funcRows).total('合计');
    if (!expense) return;
    let income = inc.total ? fromAmount(inc.total) : undefined;
    if (!income) {
      if (inc.entries.some((e) => !e.amount)) return;
      income = derived(inc.entries.map((e) => fromAmount(e.amount!)));
    }
    const r = checkSum([income], expense, ctx.config.tolerance);
    if (r.passes) return;
    const unit = draft.header.moneyUnit;
    ctx.report({
      node: inc.total?.node ?? draft.root?.pairs.find((p) => p.value === inc.node)?.key ?? inc.node,
      path: inc.total?.path ?? '收入',
      message:
        `收入合计${fmt(income.value)}${unit}，支出合计${fmt(expense.value)}${unit}，收支不平衡` +
        `（相差${fmt(income.value.minus(expense.value).abs())}${unit}）${r.roundingExplains ? ROUNDING_HINT : ''}`,
    });
  },
};

export default rule;
