import type { Cell } from '../types';
import { collapseRepeats } from './performance-head';

const norm = (t: string) => t.replace(/[\s\u3000]+/g, '');
const LONG = /中长期|中期|长期|实施期/;

/** One set of 二级 | 三级 | 指标值 columns: the 申报表 of 财预〔2015〕88号 prints one for 中长期, one for 年度. */
interface LevelSet {
  l2: number;
  l3: number;
  value: number;
}

/**
 * Where each part of an indicator row sits (text and sheet columns). Beyond 一级/二级/三级/指标值 a
 * 申报表 may print a 中长期指标值 column or a whole 中长期 set, 指标值确定依据 and earlier years'
 * values; a 汇总表 prints each project's name, amount and goal in front.
 */
export interface Levels extends LevelSet {
  l1: number;
  long?: Partial<LevelSet>;
  basis?: number;
  before?: number;
  last?: number;
  /** The 2021 form splits a value into 指标性质 (≥ ≤ = 定性), 指标值 and 度量单位. */
  op?: number;
  measure?: number;
  /** 序号: the project's place in the list, which the draft's order keeps. */
  seq?: number;
  /** Header words by column, for naming a column whose numbers did not land. */
  labels: Map<number, string>;
  /** 汇总表: the project's name, amount, goal, 实施单位 and 类别 columns. */
  name?: number;
  amount?: number;
  goal?: number;
  unit?: number;
  category?: number;
}

type Part = keyof LevelSet;

function partOf(t: string): Part | undefined {
  if (/^二级指标/.test(t)) return 'l2';
  if (/^三级指标/.test(t)) return 'l3';
  if (/指标值|目标值|完成值/.test(t) && !/依据/.test(t)) return 'value';
  return undefined;
}

/**
 * Reads the indicator header. `above` is the header row printed over it, if any (中长期指标 | 年度指标
 * spanning their sets); `year` the budget year, which names the earlier years' columns.
 */
export function indicatorLevels(header: Cell[], above: Cell[] | undefined, year?: number): Levels {
  const cells = collapseRepeats(header);
  const at = (re: RegExp) => cells.find((x) => re.test(norm(x.text)))?.x0 ?? -1;
  const levels: Levels = { l1: at(/^一级指标/), l2: -1, l3: -1, value: -1, labels: new Map() };
  const aboveSpans = (above ?? [])
    .filter((x) => /指标/.test(norm(x.text)) && !/^一级/.test(norm(x.text)))
    .map((x) => ({ start: x.x0, long: LONG.test(norm(x.text)) }));
  const unlabelled: Record<Part, number[]> = { l2: [], l3: [], value: [] };
  const long: Partial<LevelSet> = {};
  for (const cell of cells) {
    const t = norm(cell.text);
    levels.labels.set(cell.x0, t);
    if (/依据/.test(t) && /指标/.test(t)) levels.basis = cell.x0;
    if (/^(指标性质|计算符号|符号|运算符)$/.test(t)) levels.op = cell.x0;
    if (/^(度量|计量)?单位$/.test(t)) levels.measure = cell.x0;
    if (/^(序号|编号)$/.test(t)) levels.seq = cell.x0;
    const yearAt = /^(20\d\d)年/.exec(t);
    const part = partOf(t);
    if (part === 'value' && yearAt && year !== undefined && Number(yearAt[1]) !== year) {
      const back = year - Number(yearAt[1]);
      if (back === 1) levels.last = cell.x0;
      else if (back === 2) levels.before = cell.x0;
      continue;
    }
    if (part === 'value' && /^前年/.test(t)) levels.before = cell.x0;
    else if (part === 'value' && /^上年/.test(t)) levels.last = cell.x0;
    else if (part) {
      let spanLong: boolean | undefined;
      for (const s of aboveSpans) if (cell.x0 >= s.start) spanLong = s.long;
      const isLong = LONG.test(t) || (!/年度/.test(t) && spanLong === true);
      if (isLong) long[part] = cell.x0;
      else unlabelled[part].push(cell.x0);
    }
    if (/^项目(名称.*)?$/.test(t)) levels.name = cell.x0;
    else if (/金额|资金|预算数/.test(t) && !/指标/.test(t)) levels.amount = cell.x0;
    else if (/目标$/.test(t) && !/指标/.test(t)) levels.goal = cell.x0;
    else if (/实施单位|预算单位/.test(t)) levels.unit = cell.x0;
    else if (/类别/.test(t)) levels.category = cell.x0;
  }
  for (const part of ['l2', 'l3', 'value'] as const) {
    const list = unlabelled[part];
    // Two unlabelled sets: the template prints 中长期 on the left, 年度 on the right.
    if (list.length >= 2 && long[part] === undefined) [long[part], levels[part]] = [list[0], list[1]];
    else levels[part] = list[0] ?? -1;
  }
  if (Object.keys(long).length) levels.long = long;
  return levels;
}
