import Decimal from 'decimal.js';
import { fmt } from '../../util/money';
import { checkSum, ROUNDING_HINT } from '../../util/tolerance';
import type { FixSpec, Rule } from '../rule';
import {
  moneyCosts,
  outsideFundsHint,
  projectLabel,
  projectWan,
  totalCost,
  type MoneyCost,
} from '../../model/derived/cost';

/** The cost's number rewritten to the project's amount, in the unit the indicator was written in. */
function fixFor(c: MoneyCost, wan: Decimal): FixSpec | undefined {
  const node = c.ind.valueNode;
  if (!node || node.style !== 'plain') return undefined;
  const v = c.value;
  const inYuan = v.unit === '元';
  const inYi = v.unit === '亿元';
  const n = inYuan ? wan.times(10000) : inYi ? wan.div(10000) : wan;
  const op =
    v.operatorExplicit && (v.operator === '<=' || v.operator === '<')
      ? c.ind.text!.slice(v.operatorSpan![0], v.operatorSpan![1])
      : '≤';
  const unit = v.unit || '万元';
  const text = `${op}${fmt(n)}${unit}`;
  return {
    title: `改为 ${text}（与项目金额一致）`,
    kind: 'suggestion',
    edits: [{ start: node.start, end: node.end, newText: text }],
  };
}

const rule: Rule = {
  id: 'cost-total-mismatch',
  severity: 'error',
  category: 'indicators',
  fixable: 'suggestion',
  docs: 'docs/rules/cost-total-mismatch.md',
  description: '项目的总成本指标与项目年度预算资金总额（金额）不一致。',
  project(p, ctx) {
    const { draft, config } = ctx;
    const wan = projectWan(p, draft);
    if (!wan) return;
    const total = totalCost(moneyCosts(p, config.profile));
    if (!total || !total.ind.valueNode) return;
    const sum = checkSum(
      [{ value: total.wan, text: total.value.written }],
      { value: wan, text: p.amount!.text },
      config.tolerance,
    );
    if (sum.passes) return;
    const diff = total.wan.minus(wan);
    const hint = sum.roundingExplains ? ROUNDING_HINT : '';
    const outside = diff.gt(0) ? outsideFundsHint(p) : '';
    const fix = fixFor(total, wan);
    ctx.report({
      node: total.ind.valueNode,
      path: total.ind.valuePath,
      message:
        `${total.ind.name} ${total.ind.text}，但${projectLabel(p)}年度预算资金总额为${fmt(wan)}万元` +
        `（${diff.gt(0) ? '多' : '少'}${fmt(diff.abs())}万元）${hint}${outside}`,
      fixes: fix ? [fix] : [],
    });
  },
};

export default rule;
