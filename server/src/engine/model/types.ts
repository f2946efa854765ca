import type Decimal from 'decimal.js';
import type { ParsedDocument, YMap, YNode, YScalar } from '../yaml/ast';
import type { LineIndex } from '../text/lineIndex';
import type { Profile } from '../config';
import type { IndicatorValue } from '../values/indicatorValue';

/**
 * The typed draft. Every field keeps the node it was read from and its path, so any rule can
 * point at the narrowest node to blame. Absent or mistyped fields are simply undefined here:
 * the schema rule reports them, and other rules stay silent rather than guess.
 */

export interface TextField {
  text: string;
  node: YNode;
  path: string;
}

export interface Amount {
  /** In the file's 金额单位, exactly as written. */
  value: Decimal;
  /** The number's source text with separators removed (`1751.54`). */
  text: string;
  node: YScalar;
  path: string;
  /** Written as a string (`"1,751.54"`) rather than a YAML number. */
  fromString: boolean;
}

/** `编码 名称`, with absolute offsets of both parts in the document. */
export interface CodeRef {
  code: string;
  name?: string;
  node: YScalar;
  path: string;
  codeStart: number;
  codeEnd: number;
  nameStart?: number;
  nameEnd?: number;
}

export interface BudgetUnit {
  code?: TextField;
  name?: TextField;
  nature?: TextField;
  node: YNode;
  path: string;
}

export interface Header {
  format?: TextField;
  department?: TextField;
  deptCode?: TextField;
  year?: { value: number; node: YNode; path: string };
  /** 金额单位 of the file: amounts are in this unit. */
  moneyUnit: '万元' | '元';
  moneyUnitField?: TextField;
  units: BudgetUnit[];
}

export interface Review {
  node: YMap;
  path: string;
  opinion?: TextField;
  reviewer?: TextField;
  date?: TextField;
  status?: TextField;
}

export interface Indicator {
  name: string;
  keyNode: YNode;
  /** The indicator's node: a scalar, or a mapping with 指标值. */
  node: YNode;
  /** The 指标值 scalar (the value itself, or 指标值 of the mapping). */
  valueNode?: YScalar;
  /** The 指标值 text; undefined when there is no scalar value. */
  text?: string;
  path: string;
  valuePath: string;
  level1: Level1;
  level2: Level2;
  reviews: Review[];
  /** The parsed 指标值, kept by model/derived/values.ts (valueOf) for the other rules. */
  parsed?: { profile: Profile; value: IndicatorValue };
}

export interface Level2 {
  name: string;
  /** The catalog name it normalises to under its 一级, or undefined when unknown. */
  canonical?: string;
  keyNode: YNode;
  node: YNode;
  path: string;
  parent: Level1;
  indicators: Indicator[];
}

export interface Level1 {
  name: string;
  canonical?: string;
  keyNode: YNode;
  node: YNode;
  path: string;
  level2: Level2[];
}

export interface IndicatorTree {
  node: YMap;
  /** The `指标` key, where findings about the tree as a whole are shown. */
  keyNode?: YNode;
  path: string;
  level1: Level1[];
  /** True for 整体绩效目标, whose 二级 names are free text. */
  overall: boolean;
}

export interface FundingEntry {
  key: string;
  keyNode: YNode;
  amount?: Amount;
}

export interface Detail {
  index: number;
  node: YMap;
  path: string;
  activity?: TextField;
  content?: TextField;
  econ?: CodeRef;
  func?: CodeRef;
  amount?: Amount;
  formula?: TextField;
}

export interface ProcurementLine {
  index: number;
  node: YMap;
  path: string;
  item?: CodeRef;
  itemText?: TextField;
  quantity?: Amount;
  unitName?: TextField;
  price?: Amount;
  amount?: Amount;
}

export interface Project {
  index: number;
  node: YMap;
  path: string;
  name?: TextField;
  code?: TextField;
  unit?: TextField;
  category?: TextField;
  func?: CodeRef;
  amount?: Amount;
  funding: FundingEntry[];
  fundingNode?: YMap;
  totalBudget?: Amount;
  lastYear?: Amount;
  details: Detail[];
  detailsNode?: YNode;
  procurement: ProcurementLine[];
  goalsNode?: YMap;
  goal?: TextField;
  indicators?: IndicatorTree;
  longTerm?: { node: YMap; path: string; text?: TextField; indicators?: IndicatorTree };
  reviews: Review[];
}

export type FuncColumn = '人员经费' | '公用经费' | '基本支出' | '项目支出' | '合计';
export const FUNC_COLUMNS: FuncColumn[] = ['人员经费', '公用经费', '基本支出', '项目支出', '合计'];

export interface TableRow<C extends string> {
  index: number;
  node: YMap;
  path: string;
  subject?: CodeRef;
  gov?: CodeRef;
  unit?: TextField;
  cols: Partial<Record<C, Amount>>;
}

export type EconColumn = '人员经费' | '公用经费' | '合计';

export interface SangongYear {
  node: YMap;
  path: string;
  cols: Record<string, Amount>;
}

export interface Income {
  node: YMap;
  path: string;
  entries: { key: string; keyNode: YNode; amount?: Amount }[];
  total?: Amount;
}

export interface Overall {
  node: YMap;
  path: string;
  indicators?: IndicatorTree;
  reviews: Review[];
}

export interface Draft {
  text: string;
  lines: LineIndex;
  parsed: ParsedDocument;
  root?: YMap;
  header: Header;
  income?: Income;
  funcRows: TableRow<FuncColumn>[];
  funcNode?: YNode;
  econRows: TableRow<EconColumn>[];
  econNode?: YNode;
  sangong?: { node: YMap; path: string; current?: SangongYear; previous?: SangongYear };
  projects: Project[];
  projectsNode?: YNode;
  overall?: Overall;
  /** 审核意见 on the file itself. */
  reviews: Review[];
  /** Every 审核意见 in the file: file, projects, indicators. */
  allReviews: Review[];
}
