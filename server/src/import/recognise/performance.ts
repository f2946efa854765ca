import { readAmount, sameAmount } from '../amounts';
import type { ProjectOut } from '../draft/model';
import type { Cell, Line } from '../types';
import type { Collector } from './collector';
import { KIND_NAMES } from './kinds';
import { findProject } from './projects';
import { measuredIndicators } from './performance-pdf';
import { indicatorLevels, type Levels } from './performance-columns';
import { collapseRepeats, ShenbaoHead } from './performance-head';
import type { TableBlock } from './segment';

const LEVEL1 = /^(成本指标|产出指标|效益指标|满意度指标|效果指标|投入管理指标)$/;
const LEVEL2 =
  /^(经济成本|社会成本|生态环境成本|数量|质量|时效|成本|经济效益|社会效益|生态效益|环境效益|可持续影响|服务对象满意度)(指标)?$/;
const LABEL = /^(年度)?绩效指标$/;
const VALUE = /^[≤≥<>=＜＞≦≧]|^\d|%$|^(优|良|中|差|显著|有效|及时|健全|合理|长期|全覆盖|明显|有所)/;
const norm = (t: string) => t.replace(/[\s\u3000]+/g, '');

/** Which header column a cell sits in: its index (text, sheet) or the nearest header centre (PDF). */
function columnOf(cell: Cell, line: Line, header: Cell[]): number {
  if (line.indexed) return cell.x0;
  const centre = (cell.x0 + cell.x1) / 2;
  let best = header[0];
  for (const h of header)
    if (Math.abs((h.x0 + h.x1) / 2 - centre) < Math.abs((best.x0 + best.x1) / 2 - centre)) best = h;
  // A PDF cell that starts left of the 一级 column's left edge is a label, not an indicator.
  if (cell.x1 < header[0].x0) return -1;
  return best.x0;
}

/**
 * 项目支出绩效目标表 (one per project; the 汇总表 with a 项目名称 column): the head (项目名称,
 * 主管部门及代码, 实施单位, 年度预算资金总额, 总体目标) as key–value rows, then one row per 三级指标
 * with 一级/二级 carried down from the rows above.
 */
export function mapPerformanceTable(block: TableBlock, c: Collector): void {
  const table = KIND_NAMES[block.kind];
  let project: ProjectOut | undefined;
  let pendingName: string | undefined;
  let goal: string | undefined;
  let unitName: string | undefined;
  let category: string | undefined;
  let levels: Levels | undefined;
  let header: Cell[] = [];
  let l1 = '';
  let l2 = '';
  let longL2 = '';
  const measured: Line[] = [];
  const goalParts: string[] = [];
  let afterFunding = false;
  const head = new ShenbaoHead(c, table, block.unit);
  let above: Line | undefined;
  let inDetail = false;
  /** 汇总表: the project a row's merged name, amount and goal cells belong to. */
  let summary = { name: '', total: undefined as string | undefined, goal: undefined as string | undefined };
  // A printed report names the project in its title: 项目支出绩效目标表：<名称>.
  const titled = /表[:：](.+)$/.exec(block.title);
  if (titled) pendingName = titled[1];
  const ensure = (where: Line): ProjectOut => {
    if (project) return project;
    const name = pendingName ?? summary.name;
    const total = head.total?.value ?? summary.total;
    project = (name && findProject(c, name, total)) || undefined;
    if (!project) {
      project = {
        name: name || '（未命名项目）',
        where: c.where(where),
        sources: new Map(),
        indicators: [],
        notes: [],
      };
      if (!name) c.issue('row-unknown', c.where(where), `${table}：没有找到项目名称`);
      c.draft.projects.push(project);
    }
    if (total && !project.amount) project.amount = { value: total, where: c.where(where), table };
    else if (total && project.amount && !sameAmount(project.amount.value, total))
      c.fact(`project:${project.name}:${project.amount.value}`, `项目“${project.name}”金额`, {
        value: total,
        where: c.where(where),
        table,
      });
    const annualGoal = head.goal ?? summary.goal ?? goal;
    if (annualGoal !== undefined) project.goal = annualGoal;
    project.goalsWhere ??= c.where(levels?.name !== undefined ? where : block.titleLine);
    if (unitName && !project.unitName) project.unitName = unitName;
    if (category && !project.category) project.category = category;
    copyHead(head, project);
    return project;
  };
  for (const line of block.rows) {
    // A sheet repeats a merged cell's text in every cell it covers; the head reads it once.
    const rowCells =
      !levels && line.indexed ? collapseRepeats(line.cells.filter((x) => norm(x.text))) : line.cells;
    const texts = rowCells.map((x) => norm(x.text)).filter(Boolean);
    if (!texts.length) continue;
    const joined = texts.join('|');
    let numbers = 0;
    let landed = 0;
    for (const t of texts) if (readAmount(t) !== undefined) numbers++;
    if (!levels) {
      if (texts.some((t) => /^一级指标$/.test(t))) {
        header = line.cells.filter((x) => /^(一级指标|二级指标|三级指标|指标值)/.test(norm(x.text)));
        const year = Number(c.draft.year ?? /(20\d\d)年/.exec(block.title)?.[1]) || undefined;
        levels = indicatorLevels(line.cells, above?.cells, year);
        head.endGoals();
        if (goalParts.length) goal = goalParts.join('');
        if (levels.name === undefined) ensure(line);
        continue;
      }
      above = line;
      const code = texts.find((t) => /^\d+[_＿]/.test(t)) ?? texts.find((t) => /^[[【]\d+[\]】]/.test(t));
      if (code) c.draft.deptCode ??= /(\d+)/.exec(code)![1];
      // A PDF prints a wrapped 总体目标 on lines of its own, its label centred among them.
      if (!line.indexed && afterFunding) {
        const rest = texts.filter((t) => !/^(年度)?总体(绩效)?目标$/.test(t) && !/^\[\d+\]$/.test(t));
        if (rest.length) goalParts.push(rest.join(''));
        continue;
      }
      if (!line.indexed && /^其他资金/.test(texts[0])) afterFunding = true;
      const valueAfter = (re: RegExp) => {
        const i = texts.findIndex((t) => re.test(t));
        if (i < 0) return undefined;
        const inline = texts[i].replace(re, '').replace(/^[:：]/, '');
        return inline || texts[i + 1];
      };
      if (/专项资金名称/.test(joined)) {
        // A 专项资金 is no project of the draft (FORMAT.md has no place for it): reported, not imported.
        c.skipTable(
          block.rows,
          c.where(block.titleLine),
          `专项资金绩效目标表（${texts[1] ?? ''}）不属于项目，未导入`,
        );
        return;
      }
      // The 申报表's own rows: 项目资金 by 年度 and 中长期, two-column 总体目标, 明细测算, 项目属性 and 项目期.
      if (line.indexed && head.read(line)) {
        c.printed += head.numbers;
        c.landed += head.landed;
        continue;
      }
      if (/项目名称|专项资金名称/.test(joined)) {
        const v = valueAfter(/^(项目名称|专项资金名称)(注册管理部门及代码|主管部门及代码)?/);
        if (v && !/^\d+[_＿]/.test(v)) pendingName = v;
      } else if (/主管部门/.test(joined)) {
        // 主管部门及代码: its code is read above.
      } else if (/^[^|]+$/.test(joined) && !pendingName && !/总体目标/.test(joined)) {
        pendingName = texts[0];
        continue;
      }
      if (/实施单位|预算部门|执行单位|申报单位/.test(joined)) {
        const v = valueAfter(/^(实施单位|预算部门|项目执行单位|执行单位|申报单位)/);
        if (v) unitName = v;
      }
      if (/项目类别/.test(joined)) category = valueAfter(/^项目类别/);
      if (/年度预算资金总额|年度预算资金/.test(joined)) {
        const amount = texts.map(readAmount).find((a) => a !== undefined);
        if (amount) {
          head.total ??= { value: amount, where: c.where(line), table };
          landed++;
        }
      } else if (/其中[:：]?财政拨款|其他资金/.test(joined)) {
        landed += numbers; // derived from 资金来源; the checker recomputes them
      }
      const goalLabel = texts.findIndex((t) => /总体目标|年度总体绩效目标|年度目标/.test(t));
      if (goalLabel >= 0) goal = texts.slice(goalLabel + 1).join('') || goal;
      c.printed += numbers;
      c.landed += Math.min(landed, numbers);
      if (numbers > landed)
        c.issue(
          'cell-unknown',
          c.where(line),
          `${table}：未导入的数字 ${texts.filter((t) => readAmount(t) !== undefined).join('，')}（${texts[0]}）`,
          numbers - landed,
        );
      continue;
    }
    // Indicator rows: a PDF's are grouped when the table ends (their labels are centred).
    if (!line.indexed) {
      measured.push(line);
      continue;
    }
    // A 明细测算 printed below the indicators: its header names 测算依据, its rows follow it.
    if (line.indexed && (inDetail || /测算依据/.test(joined)) && head.read(line)) {
      inDetail = true;
      c.printed += head.numbers;
      c.landed += head.landed;
      continue;
    }
    const cells = line.cells.filter((x) => norm(x.text) && !LABEL.test(norm(x.text)));
    if (!cells.length) continue;
    let cols = cells.map((x) => columnOf(x, line, header));
    if (line.indexed) {
      const min = Math.min(...cols);
      const first = norm(cells[0].text);
      let shift = 0;
      if (min < levels.l1 && levels.name === undefined) shift = levels.l1 - min;
      else if (cols[0] === levels.l1 && LEVEL2.test(first) && !LEVEL1.test(first))
        shift = levels.l2 - levels.l1;
      cols = cols.map((x) => x + shift);
      // A row copied one column to the left: its value under 三级, its name under 二级.
      const last = norm(cells[cells.length - 1].text);
      if (
        !shift &&
        cols[cols.length - 1] === levels.l3 &&
        VALUE.test(last) &&
        !cells.some((x) => LEVEL1.test(norm(x.text)) || LEVEL2.test(norm(x.text)))
      )
        cols = cols.map((x) => x + (levels!.value - levels!.l3));
      // The 2015 template's 成本指标 row under 产出指标, printed one column to the left.
      if (
        cells.length === 1 &&
        cols[0] === levels.l1 &&
        norm(cells[0].text) === '成本指标' &&
        l1 === '产出指标'
      )
        cols = [levels.l2];
      // A 二级 name alone under 三级 is an empty 二级, as the template left it.
      if (cells.length === 1 && cols[0] === levels.l3 && LEVEL2.test(norm(cells[0].text))) cols = [levels.l2];
    }
    const row = readIndicatorRow(cells, cols, levels);
    if (row.project !== undefined && row.project !== summary.name) {
      summary = { name: row.project, total: undefined, goal: undefined };
      [project, unitName, category] = [undefined, undefined, undefined];
    }
    if (row.amount !== undefined) summary.total ??= c.amount(row.amount, line, table, block.unit)?.value;
    if (row.goal !== undefined) summary.goal ??= row.goal;
    if (row.unit !== undefined) unitName ??= row.unit;
    if (row.category !== undefined) category ??= row.category;
    if (row.l1 !== undefined) [l1, l2, longL2] = [row.l1, '', ''];
    if (row.l2 !== undefined) l2 = row.l2;
    if (row.longL2 !== undefined) longL2 = row.longL2;
    const p = ensure(line);
    const at = c.where(line);
    if (row.name !== undefined || row.value !== undefined) {
      const { basis, before, last } = row;
      p.indicators.push({
        level1: l1,
        level2: l2,
        name: row.name ?? '',
        value: row.value ?? '',
        where: at,
        basis,
        before,
        last,
      });
    } else if (row.l2 !== undefined)
      p.indicators.push({ level1: l1, level2: l2, name: '', value: '', where: at });
    if (row.longName !== undefined || row.longValue !== undefined)
      (p.longIndicators ??= []).push({
        level1: l1,
        level2: levels.long?.l2 !== undefined ? longL2 : l2,
        name: row.longName ?? row.name ?? '',
        value: row.longValue ?? '',
        where: at,
      });
    // Numbers under a column this reader does not know (权重, 分值 …) are reported, not dropped.
    const lost = row.rest.filter((x) => readAmount(x.text) !== undefined);
    for (const x of cells)
      if (readAmount(x.text) !== undefined) {
        c.printed++;
        if (!lost.includes(x)) c.landed++;
      }
    if (lost.length)
      c.issue(
        'cell-unknown',
        at,
        `${table}：未导入的数字 ${lost.map((x) => `${levels!.labels.get(cols[cells.indexOf(x)]) ?? `第${cols[cells.indexOf(x)] + 1}列`} ${x.text.trim()}`).join('，')}`,
        lost.length,
      );
  }
  if (measured.length) {
    const p = ensure(measured[0]);
    for (const ind of measuredIndicators(measured, header)) {
      p.indicators.push({
        level1: ind.level1,
        level2: ind.level2,
        name: ind.name,
        value: ind.value,
        where: c.where(ind.line),
      });
      if (readAmount(ind.value) !== undefined) c.landed++;
    }
    for (const l of measured) for (const x of l.cells) if (readAmount(x.text) !== undefined) c.printed++;
  }
  if (!levels && (pendingName || head.total)) ensure(block.titleLine);
  if (project) copyHead(head, project);
}

/** What one indicator row prints, by the column each cell sits in. */
interface IndicatorRow {
  project?: string;
  amount?: string;
  goal?: string;
  unit?: string;
  category?: string;
  l1?: string;
  l2?: string;
  name?: string;
  value?: string;
  basis?: string;
  before?: string;
  last?: string;
  longL2?: string;
  longName?: string;
  longValue?: string;
  op?: string;
  measure?: string;
  seq?: string;
  /** Cells under no column this reader knows (权重, 分值 …). */
  rest: Cell[];
}

/** ≥ 95 % printed in three cells is the value `≥95%`; 定性/定量 say only what kind the value is. */
const OPERATOR = /^(≥|≤|=|<|>|＜|＞|≦|≧|<=|>=|大于等于|小于等于|大于|小于|等于|不低于|不高于|不超过|不少于)$/;
function joinValue(value: string | undefined, op: string | undefined, measure: string | undefined) {
  if (value === undefined) return undefined;
  const prefix = op && OPERATOR.test(op.trim()) && !value.startsWith(op.trim()) ? op.trim() : '';
  const unit = measure && !value.endsWith(measure.trim()) ? measure.trim() : '';
  return `${prefix}${value}${unit}`;
}

function readIndicatorRow(cells: Cell[], cols: number[], levels: Levels): IndicatorRow {
  const row: IndicatorRow = { rest: [] };
  const roles: [number | undefined, Exclude<keyof IndicatorRow, 'rest'>][] = [
    [levels.name, 'project'],
    [levels.amount, 'amount'],
    [levels.goal, 'goal'],
    [levels.unit, 'unit'],
    [levels.category, 'category'],
    [levels.l1, 'l1'],
    [levels.l2, 'l2'],
    [levels.l3, 'name'],
    [levels.value, 'value'],
    [levels.basis, 'basis'],
    [levels.before, 'before'],
    [levels.last, 'last'],
    [levels.long?.l2, 'longL2'],
    [levels.long?.l3, 'longName'],
    [levels.long?.value, 'longValue'],
    [levels.seq, 'seq'],
    [levels.op, 'op'],
    [levels.measure, 'measure'],
  ];
  cells.forEach((x, i) => {
    const role = roles.find(([col]) => col !== undefined && col >= 0 && col === cols[i])?.[1];
    if (!role) row.rest.push(x);
    if (!role || row[role] !== undefined) return;
    // Level names are compared normalised; names and values keep their printed spacing.
    row[role] = /^(project|l1|l2|longL2)$/.test(role) ? norm(x.text) : x.text.trim();
  });
  row.value = joinValue(row.value, row.op, row.measure);
  row.longValue = joinValue(row.longValue, row.op, row.measure);
  return row;
}

/** The 申报表's head facts onto its project: 总预算, 期限, 项目属性, 明细 and the 中长期 目标. */
function copyHead(head: ShenbaoHead, p: ProjectOut): void {
  if (head.totalBudget && !p.totalBudget) {
    p.totalBudget = head.totalBudget;
    p.totalBudgetLabel = head.totalBudgetLabel;
  }
  if (head.period) p.period ??= head.period;
  if (head.attribute) p.attribute ??= head.attribute;
  if (head.projectType) p.projectType ??= head.projectType;
  if (head.category) p.category ??= head.category;
  if (head.details.length && !p.details?.length) p.details = head.details;
  if (head.longGoal !== undefined) p.longGoal ??= head.longGoal;
}
