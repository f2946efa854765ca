import Decimal from 'decimal.js';
import type { Config } from '../../config';
import type { Amount, Draft } from '../../model/types';
import { fmt } from '../../util/money';
import { checkSum, ROUNDING_HINT } from '../../util/tolerance';
import type { Report, Rule } from '../rule';

function total(
  a: Amount,
  parts: Amount[],
  label: string,
  partsLabel: string,
  config: Config,
  unit: string,
): Report | undefined {
  const r = checkSum(parts, a, config.tolerance);
  if (r.passes) return undefined;
  return {
    node: a.node,
    path: a.path,
    message: `${label}为${a.text}${unit}，但${partsLabel}为${fmt(r.sum)}${unit}（相差${fmt(a.value.minus(r.sum).abs())}${unit}）${r.roundingExplains ? ROUNDING_HINT : ''}`,
    fixes: [
      {
        title: `改为计算值 ${fmt(r.sum)}`,
        kind: 'suggestion',
        edits: [{ start: a.node.start, end: a.node.end, newText: fmt(r.sum) }],
      },
    ],
  };
}

/**
 * The small published facts add up: 政府采购 合计 = 货物 + 工程 + 服务 (omitted parts are zero once
 * one is written), 中小企业预留 ≤ 合计, 其中小微企业 ≤ 中小企业预留, 车辆 合计 = its kinds; and
 * 政府采购 合计 = the projects' 采购 lines when every project carries them.
 */
export function factsSumMismatch(d: Draft, config: Config): Report[] {
  const out: Report[] = [];
  const unit = d.header.moneyUnit;
  const f = d.procurementFacts;
  if (f?.total) {
    const parts = [f.goods, f.works, f.services].filter((a): a is Amount => !!a);
    if (parts.length) {
      const r = total(f.total, parts, '政府采购合计', '货物、工程、服务之和', config, unit);
      if (r) out.push(r);
    }
    const lines = d.projects.flatMap((p) => p.procurement);
    if (!parts.length || !out.length) {
      const every =
        d.projects.length > 0 &&
        d.projects.every((p) => p.procurement.length && p.procurement.every((l) => l.amount));
      if (every) {
        const r = total(
          f.total,
          lines.map((l) => l.amount!),
          '政府采购合计',
          '各项目采购明细之和',
          config,
          unit,
        );
        if (r) out.push(r);
      }
    }
  }
  if (f?.sme && f.total && f.sme.value.gt(f.total.value))
    out.push({
      node: f.sme.node,
      path: f.sme.path,
      message: `面向中小企业预留${f.sme.text}${unit}，大于政府采购合计${f.total.text}${unit}`,
    });
  if (f?.small && f.sme && f.small.value.gt(f.sme.value))
    out.push({
      node: f.small.node,
      path: f.small.path,
      message: `其中小微企业${f.small.text}${unit}，大于中小企业预留${f.sme.text}${unit}`,
    });
  const v = d.assets?.vehicles;
  if (v?.total && v.kinds.length && v.kinds.every((k) => k.count)) {
    const sum = v.kinds.reduce((s, k) => s.plus(k.count!.value), new Decimal(0));
    if (!sum.equals(v.total.value))
      out.push({
        node: v.total.node,
        path: v.total.path,
        message: `车辆合计为${v.total.text}辆，但各类车辆（${v.kinds.map((k) => `${k.key}${k.count!.text}辆`).join('、')}）之和为${fmt(sum)}辆`,
        fixes: [
          {
            title: `改为计算值 ${fmt(sum)}`,
            kind: 'suggestion',
            edits: [{ start: v.total.node.start, end: v.total.node.end, newText: fmt(sum) }],
          },
        ],
      });
  }
  return out;
}

const rule: Rule = {
  id: 'facts-sum-mismatch',
  category: 'tables',
  fixable: 'suggestion',
  docs: 'docs/rules/facts-sum-mismatch.md',
  severity: 'error',
  description: '政府采购合计与货物、工程、服务之和不符，预留金额超过合计，或车辆合计与各类车辆之和不符。',
  draft(d, ctx) {
    for (const r of factsSumMismatch(d, ctx.config)) ctx.report(r);
  },
};

export default rule;
