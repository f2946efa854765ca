import type { Unit } from '../amounts';
import type { Where } from '../types';
import type { PublishedRuleId } from '../../engine/published';

/** A printed amount on its way into the draft: the digits as printed (no separators) and where. */
export interface Amount {
  value: string;
  where: Where;
  table: string;
}

export interface FunctionRow {
  code: string;
  name?: string;
  fields: Map<string, Amount>;
  where: Where;
}

export interface EconRow {
  code: string;
  name?: string;
  govCode?: string;
  govName?: string;
  fields: Map<string, Amount>;
  where: Where;
}

export interface Indicator {
  level1: string;
  level2: string;
  name: string;
  value: string;
  where: Where;
  /** 指标值确定依据 and the earlier years' values a 申报表 prints beside the value (FORMAT.md). */
  basis?: string;
  before?: string;
  last?: string;
}

/** One line of a 项目支出明细测算 (FORMAT.md `明细`): 测算依据 verbatim. */
export interface DetailLine {
  activity?: string;
  content: string;
  econ?: string;
  fn?: string;
  amount?: Amount;
  formula?: string;
  where: Where;
}

export interface ProjectOut {
  name: string;
  where: Where;
  code?: string;
  unitName?: string;
  category?: string;
  functionCode?: string;
  amount?: Amount;
  /** Set when the amount comes from prose (年度预算安排) in another unit than the tables. */
  amountNote?: string;
  sources: Map<string, Amount>;
  goal?: string;
  indicators: Indicator[];
  /** Where its 绩效目标表 was printed (another page or line than its 项目支出表 row). */
  goalsWhere?: Where;
  notes: { heading: string; text: string }[];
  period?: { start: string; end: string };
  /** 项目总预算: a 申报表's cross-year 项目资金总额 (中长期), never compared with annual amounts but ≥ 金额. */
  totalBudget?: Amount;
  /** The words the 申报表 printed over it (项目资金总额, 中期资金总额, 资金总额). */
  totalBudgetLabel?: string;
  /** FORMAT.md 项目属性 (持续性项目 | 新增项目) and 项目类型 (延续性项目 | 常年性项目 | 一次性项目). */
  attribute?: string;
  projectType?: string;
  details?: DetailLine[];
  /** The 申报表's 中长期 column: 长期目标 (说明 + 指标), the same shape as 绩效目标. */
  longGoal?: string;
  longIndicators?: Indicator[];
}

export interface ProseSection {
  heading: string;
  text: string;
  where: Where;
}

export interface DraftOut {
  dept?: string;
  deptCode?: string;
  year?: string;
  type?: '部门预算' | '单位预算';
  unit: Unit;
  unitNames: string[];
  income: Map<string, Amount>;
  incomeWhere?: Where;
  functionRows: FunctionRow[];
  functionWhere?: Where;
  /** Grand totals printed under the function tables, kept as a comment (the format has no key). */
  functionTotals: Map<string, Amount>;
  econRows: EconRow[];
  /** The 合计 row of the 一般公共预算基本支出表, kept as a comment like the function totals. */
  econTotals: Map<string, Amount>;
  econWhere?: Where;
  sangong: { 本年: Map<string, Amount>; 上年: Map<string, Amount> };
  sangongWhere?: Where;
  /** Set when the 三公经费 table is printed in another unit than the draft's. */
  sangongNote?: string;
  running: { 本年?: Amount; 上年?: Amount };
  procurement: Map<string, Amount>;
  projects: ProjectOut[];
  projectsWhere?: Where;
  overall?: {
    goal?: string;
    tasks: { task: string; content: string; amount?: string }[];
    indicators: Indicator[];
    where: Where;
  };
  prose: ProseSection[];
  /** Published-document facts, written as `# 导入 <rule> …` comment lines (engine/published.ts). */
  facts: { rule: PublishedRuleId; where: Where; message: string; code?: string }[];
}

export function emptyDraft(unit: Unit): DraftOut {
  return {
    unit,
    unitNames: [],
    income: new Map(),
    functionRows: [],
    functionTotals: new Map(),
    econRows: [],
    econTotals: new Map(),
    sangong: { 本年: new Map(), 上年: new Map() },
    running: {},
    procurement: new Map(),
    projects: [],
    prose: [],
    facts: [],
  };
}
