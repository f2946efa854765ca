import type Decimal from 'decimal.js';
import type { Profile } from '../../engine/config';
import type { Draft, Indicator, Project } from '../../engine/model/types';
import { moneyCosts, projectWan, totalCost, unitCosts } from '../../engine/model/derived/cost';
import { matchQuantity, quantities } from '../../engine/model/derived/quantities';
import { projectTrees } from '../../engine/model/derived/trees';
import { valueOf } from '../../engine/model/derived/values';
import { fmt } from '../../engine/util/money';
import type { IndicatorValue, NumberValue } from '../../engine/values/indicatorValue';
import { LEVEL1_GUIDANCE, LEVEL2_GUIDANCE } from './guidance';
import { inside, md, type Provider } from './markdown';

const OPERATOR_ZH: Record<NumberValue['operator'], string> = {
  '<=': '≤（不超过）',
  '>=': '≥（不低于）',
  '<': '<（小于）',
  '>': '>（大于）',
  '=': '=（等于）',
};

const CATEGORY_ZH: Record<NumberValue['category'], string> = {
  money: '金额',
  percent: '百分比',
  count: '数量',
  rate: '单位量（每单位的数值）',
  plain: '无单位数值',
};

function indicatorAt(
  draft: Draft,
  offset: number,
): { ind: Indicator; project?: Project; overall: boolean } | undefined {
  for (const { tree, project } of projectTrees(draft)) {
    if (!inside(tree.node, offset)) continue;
    for (const l1 of tree.level1)
      for (const l2 of l1.level2)
        for (const ind of l2.indicators)
          if (inside(ind.keyNode, offset) || inside(ind.node, offset))
            return { ind, project, overall: tree.overall };
  }
  return undefined;
}

function describeNumber(v: NumberValue): string {
  const parts = [
    `运算符 ${OPERATOR_ZH[v.operator]}${v.operatorExplicit ? '' : '（未写运算符，按等于理解）'}`,
    `数值 ${fmt(v.value)}`,
    `单位 ${v.unit ? md(v.unit) : '无'}`,
    `类型 ${CATEGORY_ZH[v.category]}`,
  ];
  if (v.moneyWan && v.unit !== '万元') parts.push(`折合 ${fmt(v.moneyWan)}万元`);
  return parts.join(' · ');
}

function describeValue(v: IndicatorValue | undefined): string[] {
  if (!v) return ['指标值：未填写'];
  switch (v.kind) {
    case 'number':
      return [`指标值：${describeNumber(v)}`];
    case 'list':
      return ['指标值（多个数值）：', ...v.items.map((item) => `- ${describeNumber(item)}`)];
    case 'qualitative':
      return ['指标值：定性描述（不作为数值解析）'];
    case 'invalid':
      return [`指标值：✗ 无法解析——${md(v.message)}`];
  }
}

function vsBudget(written: string, wan: Decimal, budget: Decimal, isTotal: boolean): string {
  const head = `${md(written)}，项目年度预算资金总额 ${fmt(budget)}万元`;
  if (wan.gt(budget)) return `${head}，超出 ${fmt(wan.minus(budget))}万元 ✗`;
  if (wan.equals(budget)) return `${head}，一致 ✓`;
  return isTotal ? `${head}，低于 ${fmt(budget.minus(wan))}万元 ✗` : `${head}，未超出 ✓`;
}

/** The money comparison for a cost indicator: an amount against 金额, a per-unit cost via its quantity. */
function costLines(ind: Indicator, p: Project | undefined, draft: Draft, profile: Profile): string[] {
  if (!p) return [];
  const budget = projectWan(p, draft);
  if (!budget) return [];
  const costs = moneyCosts(p, profile);
  const mine = costs.find((c) => c.ind === ind);
  if (mine) {
    const isTotal = totalCost(costs) === mine;
    return [
      `与项目金额比较${isTotal ? '（总成本指标）' : ''}：${vsBudget(ind.text ?? '', mine.wan, budget, isTotal)}`,
    ];
  }
  const unit = unitCosts(p, profile).find((c) => c.ind === ind);
  if (!unit) return [];
  const q = matchQuantity(ind, unit.denominator, quantities(p, profile));
  if (!q) return [`单位成本 ${fmt(unit.perUnitWan)}万元/${md(unit.denominator)}；没有找到对应的数量指标`];
  const product = unit.perUnitWan.times(q.value.value);
  return [
    `单位成本 × 数量：${md(ind.text ?? '')} × “${md(q.ind.name)}” ${md(q.ind.text ?? '')} = ${fmt(product)}万元` +
      `，项目年度预算资金总额 ${fmt(budget)}万元`,
  ];
}

/** Hover on an indicator: its parsed value, what its 一级/二级 mean, and for costs the project's 金额. */
export const indicatorHover: Provider = (result, offset) => {
  const { draft, config } = result;
  const hit = indicatorAt(draft, offset);
  if (!hit) return undefined;
  const { ind, project, overall } = hit;
  const l1 = ind.level1.canonical ?? ind.level1.name;
  const l2 = ind.level2.canonical ?? ind.level2.name;
  const lines = [`**指标：${md(ind.name)}**（${md(l1)} › ${md(l2)}）`];
  if (ind.text !== undefined) lines.push(`写明：${md(ind.text)}`);
  lines.push(...describeValue(valueOf(ind, config.profile)));
  const g1 = LEVEL1_GUIDANCE[l1];
  const g2 = LEVEL2_GUIDANCE[l2];
  lines.push(g1 ? `一级“${md(l1)}”：${g1}` : `一级“${md(ind.level1.name)}”不在指标目录中`);
  if (g2) lines.push(`二级“${md(l2)}”：${g2}`);
  else if (overall) lines.push(`二级“${md(ind.level2.name)}”：整体绩效目标的二级指标可自拟`);
  else if (ind.level1.canonical) lines.push(`二级“${md(ind.level2.name)}”不在“${md(l1)}”的二级指标目录中`);
  lines.push(...costLines(ind, project, draft, config.profile));
  const node = ind.valueNode ?? ind.node;
  return { markdown: lines.join('\n\n'), start: ind.keyNode.start, end: node.end };
};
