import { tooManyDigits } from '../../values/numbers';
import { fmt } from '../../util/money';
import type { Rule } from '../rule';

const rule: Rule = {
  id: 'procurement-line-mismatch',
  severity: 'warning',
  category: 'projects',
  fixable: 'suggestion',
  docs: 'docs/rules/procurement-line-mismatch.md',
  description: '政府采购行的 数量 × 单价 与金额不一致。',
  project(p, ctx) {
    for (const line of p.procurement) {
      if (!line.quantity || !line.price || !line.amount) continue;
      // An absurdly long figure is amount-format's to report; its exact product costs minutes.
      if (tooManyDigits(line.quantity.text) || tooManyDigits(line.price.text)) continue;
      const product = line.quantity.value.times(line.price.value);
      if (product.equals(line.amount.value)) continue;
      ctx.report({
        node: line.amount.node,
        path: line.amount.path,
        message:
          `采购“${line.itemText?.text ?? `第${line.index + 1}行`}”：数量 ${line.quantity.text} × 单价 ${line.price.text}` +
          ` = ${fmt(product)}，与金额 ${line.amount.text} 不一致`,
        fixes: [
          {
            title: `把金额改为 ${fmt(product)}`,
            kind: 'suggestion',
            edits: [{ start: line.amount.node.start, end: line.amount.node.end, newText: fmt(product) }],
          },
        ],
      });
    }
  },
};

export default rule;
