import { readAmount, sameAmount, type Unit } from '../amounts';
import type { Amount, DetailLine } from '../draft/model';
import type { Cell, Line } from '../types';
import type { Collector } from './collector';

/**
 * The head of a 项目支出绩效目标申报表 (text and sheet rows): beside the 年度 column it prints a
 * 中长期 one — 项目资金总额 (cross-year, FORMAT's 总预算, never compared with annual amounts:
 * research/domain.md C2) and 中长期目标 — and it may carry 项目属性, 项目期 and a 项目支出明细测算.
 */

const norm = (t: string) => t.replace(/[\s\u3000]+/g, '');
/** A 中长期 label: the cross-year column of 项目资金 or 总体目标. */
const LONG = /中长期|中期|长期|实施期|项目资金总额|项目总(资金|预算)|跨年/;
const ANNUAL = /年度|当年|本年/;
const GOAL_LONG = /^(中长期|中期|长期|实施期)(绩效)?目标/;
const GOAL_ANNUAL = /^(年度|本年度?|当年)(绩效)?目标/;
const GOAL_LABEL = /^(项目)?(年度)?总体(绩效)?目标$/;
const FUNDING = /项目资金|资金总额|年度预算资金|财政拨款|其他资金|预算资金|预算金额/;
/** 项目期 and its other names; 项目支出实施期 of some 申报表. */
const PERIOD = /^(项目期|项目期限|项目起止(时间|年度)?|实施期限|实施周期|(项目支出)?实施期)[:：]?$/;
const DETAIL_LABEL = /明细测算|支出明细|测算明细/;
/** FORMAT.md: 项目属性 is 持续性项目 | 新增项目, 项目类型 is 延续性项目 | 常年性项目 | 一次性项目. */
const ATTRIBUTES = /^(持续性项目|新增项目)$/;
const TYPES = /^(延续性项目|常年性项目|一次性项目)$/;

export type Period = 'long' | 'annual';

/** An amount as a 申报表 cell prints it: `950.00`, or with its unit, `250万`. */
function moneyCell(text: string): { value: string; unit?: Unit } | undefined {
  const value = readAmount(text);
  if (value !== undefined) return { value };
  const m = /^([\d,]+(?:\.\d+)?)\s*(万元|万|元)$/.exec(text.trim());
  if (!m || readAmount(m[1]) === undefined) return undefined;
  return { value: readAmount(m[1])!, unit: m[2] === '元' ? '元' : '万元' };
}

/** Which line of 项目资金 a label names: the total, or a part (其中：财政拨款, 上级资金, 其他资金). */
function partOfFunding(label: string): 'total' | 'fiscal' | 'other' {
  if (/总额|总计|合计|预算金额|年度预算资金|预算数/.test(label) && !/其中/.test(label)) return 'total';
  if (/其他|自筹|单位资金/.test(label)) return 'other';
  if (/财政拨款|上级|本级|专户/.test(label)) return 'fiscal';
  return 'total';
}

/** Cells of a row side by side; a sheet repeats a merged cell's text in every cell it covers. */
export function collapseRepeats(cells: Cell[]): Cell[] {
  return cells.filter(
    (cell, i) =>
      i === 0 ||
      norm(cell.text) !== norm(cells[i - 1].text) ||
      readAmount(cell.text) !== undefined ||
      cell.x0 !== cells[i - 1].x1,
  );
}

interface Span {
  start: number;
  period: Period;
  /** The header words over the column (项目资金总额, 年度资金总额). */
  label?: string;
}

/** The span a cell is under: the last one starting at or left of it. */
function spanAt(spans: Span[], x0: number): Span | undefined {
  let found: Span | undefined;
  for (const s of spans) if (x0 >= s.start) found = s;
  return found;
}

const spanOf = (spans: Span[], x0: number): Period | undefined => spanAt(spans, x0)?.period;

interface DetailColumns {
  starts: { start: number; key: keyof Omit<DetailLine, 'where'> }[];
}

export class ShenbaoHead {
  /** 项目资金 columns by period, from a header row or from labelled amounts. */
  private funding: Span[] = [];
  private goals: Span[] = [];
  private goalParts: Record<Period, string[]> = { long: [], annual: [] };
  private detail?: DetailColumns;
  details: DetailLine[] = [];
  total?: Amount;
  totalBudget?: Amount;
  totalBudgetLabel?: string;
  attribute?: string;
  projectType?: string;
  category?: string;
  period?: { start: string; end: string };
  /** Numbers read from the row just handled, and how many of them reached the draft. */
  numbers = 0;
  landed = 0;

  constructor(
    private readonly c: Collector,
    private readonly table: string,
    /** The unit the table prints (单位：元 beside a 万元 draft is converted exactly). */
    private readonly unit?: Unit,
  ) {}

  get goal(): string | undefined {
    return this.goalParts.annual.length ? this.goalParts.annual.join('\n') : undefined;
  }

  get longGoal(): string | undefined {
    return this.goalParts.long.length ? this.goalParts.long.join('\n') : undefined;
  }

  /** The 总体目标 part is over (the indicators or the 明细测算 begin): later rows are no goal text. */
  endGoals(): void {
    this.goals = [];
  }

  /** True when the row was the 申报表's own (read here); false leaves it to the per-project reader. */
  read(line: Line): boolean {
    this.numbers = 0;
    this.landed = 0;
    const cells = line.cells.filter((x) => norm(x.text));
    const texts = cells.map((x) => norm(x.text));
    if (!texts.length) return false;
    if (this.readGoals(line, cells, texts)) return true;
    if (this.readDetail(line, cells, texts)) return true;
    const flat = collapseRepeats(cells);
    const joined = flat.map((x) => norm(x.text)).join('|');
    if (/项目属性|项目类型/.test(joined) || flat.some((x) => PERIOD.test(norm(x.text)))) {
      // A row that also names the project or its units is left to the per-project reader, numbers and all.
      const own = !/项目名称|实施单位|主管部门/.test(joined);
      this.readAttributes(line, flat, own);
      return own;
    }
    if (FUNDING.test(joined) && !/指标/.test(joined)) return this.readFunding(line, flat);
    return false;
  }

  private readAttributes(line: Line, cells: Cell[], own: boolean): void {
    cells.forEach((cell, i) => {
      const label = norm(cell.text);
      const value = cells[i + 1] ? cells[i + 1].text.trim() : '';
      if (!value) return;
      if (/^项目类别[:：]?$/.test(label)) this.category = norm(value);
      else if (/^项目(属性|类型)[:：]?$/.test(label)) {
        const v = norm(value);
        if (ATTRIBUTES.test(v)) this.attribute = v;
        else if (TYPES.test(v)) this.projectType = v;
        else
          this.c.issue(
            'row-unknown',
            this.c.where(line),
            `${this.table}：${label}印为“${value}”，不是 FORMAT 的 持续性项目/新增项目/延续性项目/常年性项目/一次性项目，未导入`,
          );
      } else if (PERIOD.test(label)) {
        const years = value.match(/20\d\d/g);
        if (years) this.period = { start: years[0], end: years[years.length - 1] };
        else if (readAmount(value) !== undefined && own) {
          this.numbers++;
          this.c.issue(
            'cell-unknown',
            this.c.where(line),
            `${this.table}：${label}印为“${value}”（年数），草稿的“期限”要起止年度，不推算，未导入`,
            1,
          );
        }
      }
    });
  }

  /**
   * 项目资金 rows: each amount belongs to the 年度 or the 中长期 column — by a header row's spans,
   * else by its label (a row that labels one amount 年度/当年 makes its other amounts 中长期).
   */
  private readFunding(line: Line, cells: Cell[]): boolean {
    const amounts = cells.filter((x) => moneyCell(x.text) !== undefined);
    const labels = cells.filter((x) => moneyCell(x.text) === undefined);
    const periodOf = (label: string): Period | undefined =>
      ANNUAL.test(label) && !/中长期|中期/.test(label) ? 'annual' : LONG.test(label) ? 'long' : undefined;
    if (!amounts.length) {
      const marked = labels.filter((x) => periodOf(norm(x.text)));
      if (marked.length >= 2)
        this.funding = marked.map((x) => ({
          start: x.x0,
          period: periodOf(norm(x.text))!,
          label: norm(x.text),
        }));
      return marked.length >= 2 || /^项目资金/.test(norm(labels[0]?.text ?? ''));
    }
    const rowHasAnnual = labels.some((x) => periodOf(norm(x.text)) === 'annual');
    // The first row that labels both columns (中期资金总额 | X | 年度资金总额 | Y) places the rows
    // below it, whose labels (其中：财政拨款 | X | 其中：财政拨款 | Y) do not say which is which.
    const learned: Span[] = [];
    for (const cell of amounts) {
      const label = [...labels].reverse().find((x) => x.x0 < cell.x0);
      const words = norm(label?.text ?? '');
      const period =
        spanOf(this.funding, cell.x0) ??
        periodOf(words) ??
        (rowHasAnnual && labels.some((x) => periodOf(norm(x.text)) !== 'annual') ? 'long' : 'annual');
      if (label) learned.push({ start: label.x0, period });
      const money = moneyCell(cell.text)!;
      const amount = this.c.amount(money.value, line, this.table, money.unit ?? this.unit);
      this.numbers++;
      if (!amount) {
        this.c.issue(
          'cell-unknown',
          this.c.where(line),
          `${this.table}：金额 ${cell.text} 不能无损换算为草稿的单位，未导入`,
          1,
        );
        continue;
      }
      const what = partOfFunding(words);
      if (what === 'total' && period === 'annual') {
        this.total ??= amount;
        this.landed++;
      } else if (what === 'total') {
        this.totalBudget ??= amount;
        this.totalBudgetLabel ??= spanAt(this.funding, cell.x0)?.label ?? (words || '项目资金总额');
        this.landed++;
      } else if (period === 'annual' || /^-?0*(\.0+)?$/.test(amount.value)) {
        this.landed++; // 其中财政拨款 / 其他资金 of the year: the checker derives them from 资金来源
      } else
        this.c.issue(
          'cell-unknown',
          this.c.where(line),
          `${this.table}：中长期${what === 'fiscal' ? '财政拨款' : '其他资金'} ${cell.text} 未导入：草稿的“总预算”只记跨年度总额，不分资金来源`,
          1,
        );
    }
    if (!this.funding.length && new Set(learned.map((l) => l.period)).size === 2) this.funding = learned;
    return true;
  }

  /** 总体目标 printed as two columns, 中长期目标 | 年度目标: a header row, then the texts under it. */
  private readGoals(line: Line, cells: Cell[], texts: string[]): boolean {
    const longAt = texts.findIndex((t) => GOAL_LONG.test(t));
    const annualAt = texts.findIndex((t) => GOAL_ANNUAL.test(t));
    const labelOnly = (i: number) => i >= 0 && /^[^，。,；;]{0,24}$/.test(texts[i]);
    if (labelOnly(longAt) && (labelOnly(annualAt) || annualAt < 0)) {
      const label = (t: string) => GOAL_LABEL.test(t) || GOAL_LONG.test(t) || GOAL_ANNUAL.test(t);
      const rest = cells.filter((x, i) => !(labelOnly(i) && label(texts[i])));
      this.goals = [{ start: cells[longAt].x0, period: 'long' }];
      if (annualAt >= 0) this.goals.push({ start: cells[annualAt].x0, period: 'annual' });
      this.goals.sort((a, b) => a.start - b.start);
      // Stacked rows (中长期目标 | text) rather than columns: the text sits beside its label.
      if (rest.length) this.takeGoalCells(rest);
      return true;
    }
    if (!this.goals.length) return false;
    if (
      texts.some((t) => /^一级指标$|测算依据/.test(t)) ||
      FUNDING.test(texts[0]) ||
      DETAIL_LABEL.test(texts[0])
    )
      return false;
    this.takeGoalCells(
      cells.filter((x) => !GOAL_LABEL.test(norm(x.text)) && !/^绩效指标$/.test(norm(x.text))),
    );
    return true;
  }

  private takeGoalCells(cells: Cell[]): void {
    const byPeriod: Record<Period, string[]> = { long: [], annual: [] };
    for (const cell of cells) {
      const period = spanOf(this.goals, cell.x0) ?? this.goals[0].period;
      const text = cell.text.trim();
      // A merged cell repeated across its columns is one text.
      if (!byPeriod[period].includes(text)) byPeriod[period].push(text);
    }
    for (const p of ['long', 'annual'] as const)
      if (byPeriod[p].length) this.goalParts[p].push(byPeriod[p].join(''));
  }

  /** 项目支出明细测算: a header naming 测算依据 and 金额, then one row per line up to the next part. */
  private readDetail(line: Line, cells: Cell[], texts: string[]): boolean {
    if (texts.some((t) => /测算依据/.test(t)) && texts.some((t) => /金额|预算数|测算数|资金|数额/.test(t))) {
      const starts: DetailColumns['starts'] = [];
      for (const cell of collapseRepeats(cells)) {
        const t = norm(cell.text);
        const key: DetailColumns['starts'][number]['key'] | undefined = /测算依据/.test(t)
          ? 'formula'
          : /经济(分类|科目)/.test(t)
            ? 'econ'
            : /功能(分类|科目)/.test(t)
              ? 'fn'
              : /^(项目)?活动(名称)?$/.test(t)
                ? 'activity'
                : /金额|预算数|测算数|资金|数额/.test(t)
                  ? 'amount'
                  : /内容|明细|事项|名称|项目/.test(t) && !DETAIL_LABEL.test(t)
                    ? 'content'
                    : undefined;
        if (key) starts.push({ start: cell.x0, key });
      }
      this.detail = { starts };
      this.endGoals();
      return true;
    }
    if (!this.detail) return false;
    if (
      texts.some(
        (t) => /^一级指标$/.test(t) || GOAL_LABEL.test(t) || GOAL_LONG.test(t) || GOAL_ANNUAL.test(t),
      )
    ) {
      this.detail = undefined;
      return false;
    }
    const row: Partial<Record<DetailColumns['starts'][number]['key'], string>> = {};
    for (const cell of cells) {
      if (DETAIL_LABEL.test(norm(cell.text)) && cell.x0 < this.detail.starts[0].start) continue;
      let key: DetailColumns['starts'][number]['key'] | undefined;
      for (const s of this.detail.starts) if (cell.x0 >= s.start) key = s.key;
      if (!key || row[key] === cell.text.trim()) continue;
      row[key] = row[key] ? `${row[key]}${cell.text.trim()}` : cell.text.trim();
    }
    const amountText = row.amount;
    const amount =
      amountText !== undefined ? this.c.amount(amountText, line, this.table, this.unit) : undefined;
    if (amountText !== undefined && readAmount(amountText) !== undefined) this.numbers++;
    const label = norm(row.content ?? row.activity ?? '');
    if (/^(合计|总计|小计)$/.test(label)) {
      // The printed sum of the lines: kept when it repeats the year's total, which the checker compares.
      if (amount && this.total && sameAmount(amount.value, this.total.value)) this.landed++;
      else if (amount)
        this.c.issue(
          'cell-unknown',
          this.c.where(line),
          `${this.table}：明细测算合计 ${amountText} 与年度资金总额不同，草稿的明细没有合计，未导入`,
          1,
        );
      return true;
    }
    if (!row.content && !row.activity && !amount) return true;
    this.details.push({
      activity: row.content ? row.activity : undefined,
      content: row.content ?? row.activity ?? '',
      econ: row.econ,
      fn: row.fn,
      amount,
      formula: row.formula,
      where: this.c.where(line),
    });
    if (amount) this.landed++;
    return true;
  }
}
