import type Decimal from 'decimal.js';
import type { Profile } from '../../config';
import type { Draft, Indicator, Project } from '../../model/types';
import { isTotalCostName, type NumberValue } from '../../values/indicatorValue';
import { valueOf } from './values';
import { toWan } from '../../util/money';

export interface MoneyCost {
  ind: Indicator;
  value: NumberValue;
  /** The indicator's amount in 万元. */
  wan: Decimal;
}

/** The 成本指标 of a project: a 一级 (2021), or a 二级 under 产出指标 (2015 layout). */
export function costIndicators(p: Project, profile: Profile): Indicator[] {
  const out: Indicator[] = [];
  for (const l1 of p.indicators?.level1 ?? []) {
    for (const l2 of l1.level2) {
      const isCost =
        profile === 2015
          ? l1.canonical === '产出指标' && l2.canonical === '成本指标'
          : l1.canonical === '成本指标';
      if (isCost) out.push(...l2.indicators);
    }
  }
  return out;
}

/** Cost indicators whose value is an amount of money (not a rate such as 元/人, not a percentage). */
export function moneyCosts(p: Project, profile: Profile): MoneyCost[] {
  const out: MoneyCost[] = [];
  for (const ind of costIndicators(p, profile)) {
    const v = valueOf(ind, profile);
    if (v?.kind === 'number' && v.category === 'money' && v.moneyWan)
      out.push({ ind, value: v, wan: v.moneyWan });
  }
  return out;
}

export interface UnitCost {
  ind: Indicator;
  value: NumberValue;
  /** 万元 per unit. */
  perUnitWan: Decimal;
  /** What one unit is: `人`, `年/人` … */
  denominator: string;
}

/** Cost indicators that are a money amount per unit (`5元/人`, `≤350万元/人`, `62000元/年/人`). */
export function unitCosts(p: Project, profile: Profile): UnitCost[] {
  const out: UnitCost[] = [];
  for (const ind of costIndicators(p, profile)) {
    const v = valueOf(ind, profile);
    if (v?.kind === 'number' && v.category === 'rate' && v.rateNumeratorWan && v.rateDenominator) {
      out.push({ ind, value: v, perUnitWan: v.rateNumeratorWan, denominator: v.rateDenominator });
    }
  }
  return out;
}

/** The project's total-cost indicator: by its name, else the only money-valued cost indicator. */
export function totalCost(costs: MoneyCost[]): MoneyCost | undefined {
  const named = costs.filter((c) => isTotalCostName(c.ind.name));
  if (named.length) return named[0];
  return costs.length === 1 ? costs[0] : undefined;
}

export function projectWan(p: Project, draft: Draft): Decimal | undefined {
  return p.amount ? toWan(p.amount, draft) : undefined;
}

export function projectLabel(p: Project): string {
  return p.name?.text ? `项目“${p.name.text}”` : `第${p.index + 1}个项目`;
}

/** Why a cost indicator may cover more than the project's 金额 (the Jinan seed's ≤270 vs 116). */
export function outsideFundsHint(p: Project): string {
  const fiscal = new Set(['一般公共预算', '政府性基金预算', '国有资本经营预算', '上年结转']);
  const other = p.funding.filter((f) => !fiscal.has(f.key) && f.amount && !f.amount.value.isZero());
  if (other.length)
    return `；资金来源含非财政拨款资金（${other.map((f) => f.key).join('、')}），成本指标可能按全部资金填写`;
  if (p.goal && /上级|市级|省级|中央|区级以上/.test(p.goal.text)) {
    return '；总体目标提及上级/市级资金，成本指标可能包含了不在本部门预算中的资金';
  }
  return '';
}
