import type Decimal from 'decimal.js';
import type { ParsedDocument, YMap, YNode, YScalar } from '../yaml/ast';
import type { LineIndex } from '../text/lineIndex';
import type { Profile } from '../config';
import type { IndicatorValue } from '../values/indicatorValue';
import type { ProseText } from './proseText';

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

/**
 * A figure of more than MAX_DIGITS significant digits where an amount (or count) belongs: left out
 * of the model, so that no rule computes with it or quotes it, and reported by amount-format alone.
 */
export type OversizeAmount = Omit<Amount, 'value'>;

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
  /** The project's 说明 (项目经费情况说明), heading → text, in order. */
  prose: ProseSection[];
  proseNode?: YMap;
  /** Its figures too long to be amounts (see OversizeAmount). */
  oversize: OversizeAmount[];
}

/** One heading → text of a 说明, read verbatim; `offsetAt` maps a character to the document. */
export interface ProseSection extends ProseText {
  heading: string;
  headingNode: YNode;
  /** The index of the project whose 说明 this is; undefined for the file's 说明. */
  projectIndex?: number;
}

/** A small published fact with its 本年/上年 (机关运行经费). */
export interface YearPair {
  node: YMap;
  path: string;
  current?: Amount;
  previous?: Amount;
}

/** 政府采购预算: 合计 = 货物 + 工程 + 服务; 中小企业预留 ≤ 合计; 其中小微企业 ≤ 中小企业预留. */
export interface ProcurementFacts {
  node: YMap;
  path: string;
  total?: Amount;
  goods?: Amount;
  works?: Amount;
  services?: Amount;
  sme?: Amount;
  small?: Amount;
}

/** 国有资产: counts of vehicles (合计 and each kind) and of equipment worth over 100万元. */
export interface AssetFacts {
  node: YMap;
  path: string;
  vehicles?: {
    node: YMap;
    path: string;
    total?: Amount;
    kinds: { key: string; keyNode: YNode; count?: Amount }[];
  };
  bigEquipment?: Amount;
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
  /** 类型: 部门预算 (default) or 单位预算. */
  kind?: TextField;
  runningCost?: YearPair;
  procurementFacts?: ProcurementFacts;
  assets?: AssetFacts;
  /** The file's 说明, heading → text, in the order printed. */
  prose: ProseSection[];
  proseNode?: YMap;
  /** 审核意见 on the file itself. */
  reviews: Review[];
  /** Figures outside the projects too long to be amounts (see OversizeAmount). */
  oversize: OversizeAmount[];
  /** Every 审核意见 in the file: file, projects, indicators. */
  allReviews: Review[];
  /**
   * The projects put 成本指标 / 满意度 the 2015 way throughout (model/placement.ts). A fact about
   * the whole draft that the per-project rules need (level2-invalid leaves those moves to
   * profile-mismatch), so it is kept on the draft they are handed.
   */
  follows2015?: boolean;
}
