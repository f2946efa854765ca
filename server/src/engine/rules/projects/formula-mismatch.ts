import { clip } from '../../util/clip';
import { evaluateFormula, formulaMatchesAmount } from '../../values/formula';
import { fmt } from '../../util/money';
import type { Rule } from '../rule';

const rule: Rule = {
  id: 'formula-mismatch',
  severity: 'warning',
  category: 'projects',
  fixable: 'none',
  docs: 'docs/rules/formula-mismatch.md',
  description: '明细的测算依据算式结果既不等于该行金额（按万元），也不等于按元计的金额。',
  project(p, ctx) {
    const unit = ctx.draft.header.moneyUnit;
    for (const d of p.details) {
      if (!d.formula || !d.amount) continue;
      const r = evaluateFormula(d.formula.text);
      if (r.kind !== 'value' || formulaMatchesAmount(r, d.amount.value, unit)) continue;
      const shown = r.unit ? `${fmt(r.value.toDecimalPlaces(6))}${r.unit}` : fmt(r.value.toDecimalPlaces(6));
      ctx.report({
        node: d.formula.node,
        path: d.formula.path,
        message: `测算依据 ${clip(d.formula.text)} = ${shown}，与该行金额${d.amount.text}${unit}不一致`,
      });
    }
  },
};

export default rule;
