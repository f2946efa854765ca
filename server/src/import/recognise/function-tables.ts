import type { Unit } from '../amounts';
import type { FunctionRow } from '../draft/model';
import type { Collector } from './collector';
import { buildGrid, type Column, type Row } from './columns';
import { KIND_NAMES, type TableKind } from './kinds';
import type { TableBlock } from './segment';

/** Which draft column a 功能分类 table's header names, or an income source of the 收入总表. */
export function functionField(label: string): string | undefined {
  if (/结转下年/.test(label)) return undefined;
  if (/人员/.test(label)) return '人员经费';
  if (/公用/.test(label)) return '公用经费';
  if (/项目支出/.test(label)) return '项目支出';
  if (/基本支出/.test(label) && !/项目/.test(label.replace(/^项目/, ''))) return '基本支出';
  if (/(合计|总计)$/.test(label) && !/财政拨款.*小计/.test(label)) return '合计';
  return undefined;
}

/** 收入 keys of FORMAT.md by the words of a 收入总表 column or a 收支总表 row label. */
export function incomeKey(label: string): string | undefined {
  const t = label.replace(/^[一二三四五六七八九十\d]+[、.．]\s*/, '').replace(/[()（）]/g, '');
  if (/一般公共预算/.test(t)) return '一般公共预算';
  if (/政府性基金/.test(t)) return '政府性基金预算';
  if (/国有资本经营/.test(t)) return '国有资本经营预算';
  if (/财政专户/.test(t)) return '财政专户管理资金';
  if (/事业单位经营/.test(t)) return '事业单位经营收入';
  if (/事业收入/.test(t)) return '事业收入';
  if (/上级补助/.test(t)) return '上级补助收入';
  if (/附属单位上缴/.test(t)) return '附属单位上缴收入';
  if (/非财政拨款结余/.test(t)) return '使用非财政拨款结余';
  if (/上年结转/.test(t)) return '上年结转';
  if (/其他收入/.test(t)) return '其他收入';
  return undefined;
}

export interface CodeColumns {
  cls?: Column;
  kuan?: Column;
  xiang?: Column;
  whole?: Column;
  name?: Column;
}

/** The 类/款/项 columns (three printed columns) or one code column, and the name column. */
export function codeColumns(columns: Column[]): CodeColumns {
  const leaf = (c: Column) => c.path[c.path.length - 1] ?? '';
  const cls = columns.find((c) => leaf(c) === '类');
  const kuan = columns.find((c) => leaf(c) === '款' && (!cls || c.index > cls.index));
  const xiang = columns.find((c) => leaf(c) === '项' && (!kuan || c.index > kuan.index));
  const name = columns.find((c) => /名称/.test(leaf(c)) || (/名称/.test(c.label) && !/编码/.test(leaf(c))));
  const whole = cls ? undefined : columns.find((c) => /编码/.test(c.label));
  return { cls, kuan, xiang, whole, name };
}

/**
 * A 款 or 项 printed as one digit (`2` for `02`: a spreadsheet that dropped the leading zero) is
 * read by its column as the two-digit code, and the import report says so.
 */
export function padCode(part: string, c: Collector, line: import('../types').Line, table: string): string {
  if (part.length === 2) return part;
  c.issue('row-unknown', c.where(line), `${table}：编码印为“${part}”（缺少前导零），按“0${part}”读入`);
  return `0${part}`;
}

const isTotalLabel = (t: string) => /^(合计|总计|本年合计)$/.test(t.replace(/[\s\u3000]/g, ''));

/**
 * 收入总表, 支出总表, 一般公共预算 / 政府性基金 / 国有资本经营 支出表: one row per 科目 with
 * 类/款/项 codes. Each row goes to 支出功能分类; a figure another table printed too is kept once.
 */
export function mapFunctionTable(block: TableBlock, c: Collector): void {
  const table = KIND_NAMES[block.kind];
  const grid = buildGrid(block.rows);
  const codes = codeColumns(grid.columns);
  const labelOf = (i: number) => grid.columns[i]?.label ?? '';
  let cls = '';
  let kuan = '';
  let previous: FunctionRow | undefined;
  const totals = block.kind === 'income' ? c.draft.income : c.draft.functionTotals;
  if (block.kind === 'income' && !codes.cls && !codes.whole) return mapIncomeList(grid, c, table, block);
  if ((block.kind === 'income' || block.kind === 'expense') && !codes.cls && isUnitTable(codes))
    return mapUnitTable(grid, codes, block, c, totals, table);
  for (const row of grid.rows) {
    const used = new Set<number>();
    const get = (col?: Column) => (col ? row.cells.get(col.index)?.trim() : undefined);
    const text = [...row.cells.values()].join(' ');
    let code: string | undefined;
    const a = get(codes.cls);
    const b = get(codes.kuan);
    const d = get(codes.xiang);
    if (codes.cls && (a || b || d)) {
      if (a && /^\d{3}$/.test(a)) {
        cls = a;
        kuan = '';
        code = a;
        used.add(codes.cls.index);
      }
      if (b && /^\d{1,2}$/.test(b)) {
        kuan = padCode(b, c, row.line, table);
        code = cls + kuan;
        used.add(codes.kuan!.index);
      }
      if (d && /^\d{1,2}$/.test(d)) {
        code = cls + kuan + padCode(d, c, row.line, table);
        used.add(codes.xiang!.index);
      }
      if (code && (code.length === 4 || code.length === 6)) code = undefined;
    } else if (codes.whole) {
      const w = get(codes.whole)?.replace(/\s/g, '');
      if (w && /^\d{3}(\d{2}){0,2}$/.test(w)) {
        code = w;
        used.add(codes.whole.index);
      }
    }
    let name = get(codes.name);
    if (name) used.add(codes.name!.index);
    const amountCols = grid.columns.filter((col) => col !== codes.name && col.index !== codes.cls?.index);
    if (!code) {
      const label = [...row.cells.entries()].find(([, t]) => isTotalLabel(t));
      if (label) {
        used.add(label[0]);
        mapTotals(row, amountCols, used, block, c, totals, table);
        c.finishRow(row, used, table, labelOf);
        continue;
      }
      // A name wrapped inside its cell prints its rest on a line of its own.
      if (previous && name && ![...row.cells.values()].some((t) => /\d/.test(t))) {
        previous.name = (previous.name ?? '') + name;
        continue;
      }
      if (text.trim()) c.finishRow(row, used, table, labelOf);
      continue;
    }
    name = name?.replace(/[\s\u3000]+/g, '');
    let fnRow = c.draft.functionRows.find((r) => r.code === code);
    const fresh = !fnRow;
    if (!fnRow) fnRow = { code, name, fields: new Map(), where: c.where(row.line) };
    for (const col of amountCols) {
      const cell = row.cells.get(col.index);
      const amount = c.amount(cell, row.line, table, block.unit);
      if (!amount || used.has(col.index)) continue;
      const field =
        block.kind === 'income'
          ? /^(合计|总计)$/.test(col.path.at(-1) ?? '')
            ? '合计'
            : undefined
          : functionField(col.label);
      if (!field) {
        if (block.kind === 'income' && rowTotalEquals(row, grid.columns, cell!)) used.add(col.index);
        continue;
      }
      if (
        block.kind === 'function-gpb' &&
        !c.fundsAllGeneral &&
        field !== '人员经费' &&
        field !== '公用经费'
      ) {
        used.add(col.index);
        continue;
      }
      // A 类 total is also compared by name with 收支总表, once: when this is its first copy.
      const first = !c.hasFact(`fn:${code}:${field}`);
      const kept = c.fact(`fn:${code}:${field}`, `${code} ${name ?? ''} ${field}`, amount);
      if (first && code.length === 3)
        c.fact(
          field === '合计' ? `class:${name}` : `class:${name}:${field}`,
          `${name}（${code}类）${field}`,
          amount,
          // The 类 row of 支出功能分类 is this table's copy, whatever the 收支总表 printed.
          `草稿的支出功能分类保留后者`,
        );
      if (!fnRow.fields.has(field)) fnRow.fields.set(field, kept);
      used.add(col.index);
    }
    if (fresh && fnRow.fields.size) {
      c.draft.functionRows.push(fnRow);
      c.draft.functionWhere ??= fnRow.where;
    }
    previous = fnRow;
    c.finishRow(row, used, table, labelOf);
  }
}

/** A source column of a 收入总表 row that repeats the row's own 合计 (the only source) is kept once. */
function rowTotalEquals(row: Row, columns: Column[], cell: string): boolean {
  const total = columns.find((c) => /^(合计|总计)$/.test(c.path.at(-1) ?? ''));
  return !!total && row.cells.get(total.index)?.replace(/,/g, '') === cell.replace(/,/g, '');
}

function mapTotals(
  row: Row,
  columns: Column[],
  used: Set<number>,
  block: TableBlock,
  c: Collector,
  totals: Map<string, import('../draft/model').Amount>,
  table: string,
): void {
  for (const col of columns) {
    const amount = c.amount(row.cells.get(col.index), row.line, table, block.unit as Unit | undefined);
    if (!amount || used.has(col.index)) continue;
    if (block.kind === 'income') {
      const key = /^(合计|总计)$/.test(col.path.at(-1) ?? '') ? '合计' : incomeKey(col.label);
      if (!key) {
        if (/财政拨款/.test(col.label)) used.add(col.index); // 其中财政拨款: derived, never written
        continue;
      }
      const kept = c.fact(`income:${key}`, `收入 ${key}`, amount);
      if (key !== '合计' && key !== '一般公共预算' && !/^0*(\.0+)?$/.test(amount.value))
        c.fundsAllGeneral = false;
      if (!totals.has(key)) totals.set(key, kept);
      c.draft.incomeWhere ??= amount.where;
      used.add(col.index);
      continue;
    }
    const field = functionField(col.label);
    if (!field) continue;
    const kept = c.fact(
      `total:${block.kind === 'expense' ? 'all' : block.kind}:${field}`,
      `${table}合计 ${field}`,
      amount,
    );
    if (!totals.has(field) && (block.kind === 'expense' || block.kind === 'function-gpb'))
      totals.set(field, kept);
    used.add(col.index);
  }
}

/** A 收入总表 or 支出总表 by 预算单位 (单位编码 | 单位名称 | 合计 …), as many provinces print them. */
function isUnitTable(codes: CodeColumns): boolean {
  return [codes.whole, codes.name].some((col) => col && /单位(编码|代码|名称)/.test(col.label));
}

/**
 * A table by 预算单位: its 合计 row gives the totals, each unit row names a 预算单位. A unit's own
 * figures have no place in the draft (FORMAT.md keeps 预算单位 without amounts) and are reported,
 * unless they repeat the 合计 row (a department of one unit).
 */
function mapUnitTable(
  grid: ReturnType<typeof buildGrid>,
  codes: CodeColumns,
  block: TableBlock,
  c: Collector,
  totals: Map<string, import('../draft/model').Amount>,
  table: string,
): void {
  const labelOf = (i: number) => grid.columns[i]?.label ?? '';
  const amountCols = grid.columns.filter((col) => col !== codes.name && col !== codes.whole);
  const totalLabel = (row: Row) => [...row.cells.entries()].find(([, t]) => isTotalLabel(t));
  const totalRow = grid.rows.find(totalLabel);
  for (const row of grid.rows) {
    const used = new Set<number>();
    const label = totalLabel(row);
    if (label) {
      used.add(label[0]);
      mapTotals(row, amountCols, used, block, c, totals, table);
      if (block.kind === 'expense') c.draft.functionWhere ??= c.where(row.line);
    } else {
      const name = codes.name && row.cells.get(codes.name.index)?.replace(/[\s\u3000]+/g, '');
      if (name) {
        used.add(codes.name!.index);
        if (codes.whole && row.cells.has(codes.whole.index)) used.add(codes.whole.index);
        if (!c.draft.unitNames.includes(name)) c.draft.unitNames.push(name);
      }
      for (const col of amountCols) {
        const cell = row.cells.get(col.index)?.replace(/,/g, '');
        if (cell !== undefined && totalRow?.cells.get(col.index)?.replace(/,/g, '') === cell)
          used.add(col.index);
      }
    }
    c.finishRow(row, used, `${table}（按预算单位）`, labelOf);
  }
}

export const FUNCTION_KINDS: TableKind[] = [
  'income',
  'expense',
  'function-gpb',
  'function-fund',
  'function-capital',
];

/** A 收入总表 printed as a list of sources (收入来源 | 金额), as a printed report has it. */
function mapIncomeList(
  grid: ReturnType<typeof buildGrid>,
  c: Collector,
  table: string,
  block: TableBlock,
): void {
  const labelOf = (i: number) => grid.columns[i]?.label ?? '';
  for (const row of grid.rows) {
    const used = new Set<number>();
    const entries = [...row.cells.entries()].sort((a, b) => a[0] - b[0]);
    const label = entries.find(([, t]) => !/^[\d,.\s-]+$/.test(t));
    const amountCell = entries.find(([, t]) => /^[\d,.\s-]+$/.test(t));
    const key = label && (isTotalLabel(label[1]) ? '合计' : incomeKey(label[1]));
    const amount = amountCell && c.amount(amountCell[1], row.line, table, block.unit);
    if (key && amount && label && amountCell) {
      const kept = c.fact(`income:${key}`, `收入 ${key}`, amount);
      if (!c.draft.income.has(key)) c.draft.income.set(key, kept);
      c.draft.incomeWhere ??= amount.where;
      used.add(label[0]).add(amountCell[0]);
    }
    c.finishRow(row, used, table, labelOf);
  }
}
