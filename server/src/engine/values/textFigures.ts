import Decimal from 'decimal.js';

export interface TextFigure {
  /** In 万元. */
  value: Decimal;
  written: string;
  start: number;
  end: number;
  /** The phrase around it marks it as the project's total (总成本, 安排资金 …). */
  total: boolean;
}

const MONEY = /([0-9][0-9,，]*(?:\.[0-9]+)?)\s*(亿元|万元|元|万)(?![\u4e00-\u9fa5]*\/|\/)/g;
const TOTAL_BEFORE =
  /(总成本|成本控制总金额|控制总金额|总金额|总额|资金总额|安排资金|预算资金|项目资金|投入资金|安排|预算|总投入|成本)[^，。；,;0-9]{0,12}$/;
const PER_UNIT_BEFORE = /(每人|每户|每年每人|人均|标准|每月|每次|每名|按)[^，。；,;0-9]{0,8}$/;
const SCALE: Record<string, Decimal> = {
  元: new Decimal('0.0001'),
  万元: new Decimal(1),
  万: new Decimal(1),
  亿元: new Decimal(10000),
};

/**
 * Money figures in 总体目标 prose (`项目总成本小于等于270万元`, `经济成本控制总金额在23万元内`,
 * `安排资金327.04万元`), each marked whether the wording makes it the project's total.
 */
export function extractGoalMoney(text: string): TextFigure[] {
  const out: TextFigure[] = [];
  for (const m of text.matchAll(MONEY)) {
    const start = m.index ?? 0;
    const before = text.slice(Math.max(0, start - 24), start);
    const written = m[0];
    const value = new Decimal(m[1].replace(/[,，]/g, '')).times(SCALE[m[2]]);
    const perUnit =
      PER_UNIT_BEFORE.test(before) || /^[^，。；]{0,2}\//.test(text.slice(start + written.length));
    out.push({
      value,
      written,
      start,
      end: start + written.length,
      total: !perUnit && TOTAL_BEFORE.test(before),
    });
  }
  return out;
}

/**
 * An amount a project name states (`DRG试点工作经费项目2024年16万` → 16 万元). A number
 * followed by 年 is a year, never an amount.
 */
export function extractNameAmount(
  name: string,
): { value: Decimal; written: string; start: number; end: number } | undefined {
  const re = /([0-9]+(?:\.[0-9]+)?)\s*(亿元|万元|万|元)(?![\u4e00-\u9fa5]*\/)/g;
  let found: { value: Decimal; written: string; start: number; end: number } | undefined;
  for (const m of name.matchAll(re)) {
    const start = m.index ?? 0;
    found = { value: new Decimal(m[1]).times(SCALE[m[2]]), written: m[0], start, end: start + m[0].length };
  }
  return found;
}
