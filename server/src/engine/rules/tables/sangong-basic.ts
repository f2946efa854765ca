import Decimal from 'decimal.js';
import { fmt } from '../../util/money';
import type { Rule } from '../rule';

const PAIRS: [string, string][] = [
  ['30217', '公务接待费'],
  ['30231', '公务用车运行维护费'],
];

const rule: Rule = {
  id: 'sangong-basic',
  severity: 'warning',
  category: 'tables',
  fixable: 'none',
  docs: 'docs/rules/sangong-basic.md',
  description: '基本支出中的公务接待费或公务用车运行维护费超过“三公”经费本年预算。',
  draft(draft, ctx) {
    const current = draft.sangong?.current;
    if (!current || !draft.econRows.length) return;
    const unit = draft.header.moneyUnit;
    for (const [code, key] of PAIRS) {
      const rows = draft.econRows.filter((r) => r.subject?.code === code);
      if (!rows.length) continue;
      const spent = rows.reduce((s, r) => {
        const c = r.cols;
        const v =
          c['合计']?.value ?? (c['人员经费']?.value ?? new Decimal(0)).plus(c['公用经费']?.value ?? 0);
        return s.plus(v);
      }, new Decimal(0));
      const declared = current.cols[key]?.value ?? new Decimal(0);
      if (spent.lte(declared)) continue;
      ctx.report({
        node: rows[0].subject!.node,
        path: rows[0].subject!.path,
        message:
          `基本支出安排${code} ${key}${fmt(spent)}${unit}，超过三公经费本年${key}${fmt(declared)}${unit}` +
          `（超出${fmt(spent.minus(declared))}${unit}）`,
      });
    }
  },
};

export default rule;
