import Decimal from 'decimal.js';
import { normalise } from './numbers';
import { isUnitChar, MONEY_IN_WAN } from './units';

export interface TextFigure {
  /** In 万元. */
  value: Decimal;
  /** The figure as it stands in the text (`1,367.00 万元`). */
  written: string;
  start: number;
  end: number;
  /** The wording makes it the project's total (总成本, 安排资金 …), not a part or a per-unit amount. */
  total: boolean;
}

/**
 * A number and a money unit. Only ASCII `,` groups thousands: in prose `，` ends a clause far more
 * often than it groups digits (`共12，300万元` is ambiguous, `参保人数1，安排…` is not a number).
 * A bare 万/亿 (`16万`) is kept for the caller to judge.
 */
const FIGURE = /(?<![0-9.,])([0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?)(\s*)(千万元|百万元|亿元|万元|千元|元|万|亿)/g;
const BARE_IN_WAN: Record<string, Decimal> = { 万: new Decimal(1), 亿: new Decimal(10000) };
/** Where a clause starts: the wording that qualifies a figure does not reach across these. */
const CLAUSE_END = /[，。；;！!？?\n、：:]/;

const TOTAL_WORDS =
  /(总成本|总金额|总额|总计|合计|共计|总投入|总投资|总预算|总经费|总费用|成本控制|安排|预算|项目资金)/;
const PER_UNIT_BEFORE = /(每|人均|户均|次均|生均|标准|单价|最高|限额|封顶|起付)/;
const PER_UNIT_AFTER = /^\s*(\/|每|的?标准)/;
/** A share of the total: 其中…, or funds from another level of government. */
const PART_BEFORE = /(其中|上级|市级|省级|中央)/;
const MONEY_CONTEXT = /(资金|经费|成本|预算|金额|补助|补贴|资助|救助|费|款|投入|投资|拨付|安排|支出|总额)/;

interface RawFigure {
  value: Decimal;
  written: string;
  start: number;
  end: number;
  bare: boolean;
}

function figures(text: string): RawFigure[] {
  const s = normalise(text, { keepFullWidthComma: true });
  const out: RawFigure[] = [];
  for (const m of s.matchAll(FIGURE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const unit = m[3];
    const bare = unit in BARE_IN_WAN;
    // `10万人`, `2万份`: 万 multiplies a count there.
    if (bare && isUnitChar(s[end])) continue;
    const perWan = bare ? BARE_IN_WAN[unit] : MONEY_IN_WAN[unit];
    const value = new Decimal(m[1].replace(/,/g, '')).times(perWan);
    out.push({ value, written: text.slice(start, end), start, end, bare });
  }
  return out;
}

function clauseStart(s: string, at: number, floor: number): number {
  let i = at;
  while (i > floor) {
    const c = s[i - 1];
    // `,` between digits groups thousands; anywhere else it ends a clause.
    if (CLAUSE_END.test(c) || (c === ',' && !(/[0-9]/.test(s[i - 2] ?? '') && /[0-9]/.test(s[i] ?? ''))))
      break;
    i--;
  }
  return i;
}

/**
 * Money figures in 总体目标 prose (`项目总成本小于等于270万元`, `经济成本控制总金额在23万元内`,
 * `安排资金327.04万元`), each in 万元 and marked whether the wording makes it the project's total.
 * Per-unit amounts (`每人每年350元`, `30000元的标准`, `10元/人`) and parts (`其中…`, `上级资金…`) are
 * never totals. A bare `16万` counts as money only when its clause speaks of money (资金, 经费 …).
 */
export function extractGoalMoney(text: string): TextFigure[] {
  const s = normalise(text, { keepFullWidthComma: true });
  const out: TextFigure[] = [];
  let floor = 0;
  for (const f of figures(text)) {
    const before = s.slice(clauseStart(s, f.start, floor), f.start);
    floor = f.end;
    if (f.bare && !MONEY_CONTEXT.test(before)) continue;
    const perUnit = PER_UNIT_BEFORE.test(before) || PER_UNIT_AFTER.test(s.slice(f.end));
    const total = TOTAL_WORDS.test(before) && !perUnit && !PART_BEFORE.test(before);
    out.push({ value: f.value, written: f.written, start: f.start, end: f.end, total });
  }
  return out;
}

/**
 * The amount a project name states (`DRG试点工作经费项目2024年16万` → 16 万元, `…补助1.5亿元`).
 * `2024年` is a year, never an amount; thresholds (`20万元以下`) and rates (`10元/人`) are not the
 * project's amount. A name with two different amounts is ambiguous: undefined, nothing to check.
 */
export function extractNameAmount(
  name: string,
): { value: Decimal; written: string; start: number; end: number } | undefined {
  const found = figures(name).filter((f) => !/^\s*(\/|及?以上|及?以下|以内|之内)/.test(name.slice(f.end)));
  if (!found.length || found.some((f) => !f.value.equals(found[0].value))) return undefined;
  const { value, written, start, end } = found[0];
  return { value, written, start, end };
}
