import type { Collector } from './collector';
import { buildGrid, type Column } from './columns';
import { functionField, incomeKey } from './function-tables';
import { KIND_NAMES } from './kinds';
import type { TableBlock } from './segment';

/** A row label without its numbering (一、) or the 类 code `jixiao report` prints before it (208). */
const stripNumber = (t: string) =>
  t
    .replace(/[\s\u3000]/g, '')
    .replace(/^[一二三四五六七八九十\d]+[、.．]/, '')
    .replace(/^\d{3}(?=\D)/, '');

/**
 * 收支总表 and 财政拨款收支总表: income on the left (by source), expenditure on the right (by 类).
 * Every figure repeats one of 收入 or the 功能分类 tables; each is kept once through the facts.
 */
export function mapSummaryTable(block: TableBlock, c: Collector): void {
  const table = KIND_NAMES[block.kind];
  const grid = buildGrid(block.rows);
  const labelOf = (i: number) => grid.columns[i]?.label ?? '';
  // The label columns: 项目 (收入项目, 支出项目) or, as `jixiao report` prints it, 支出功能分类.
  const labelCols = grid.columns.filter((col) => /项目$|^项目|^支出功能分类$/.test(col.path.at(-1) ?? ''));
  const right = labelCols[1];
  const hasGrandTotal = grid.rows.some((r) => [...r.cells.values()].some((t) => /收入总计/.test(t)));
  const isNumber = (t: string) => /^[\d,.\s-]+$/.test(t);
  for (const row of grid.rows) {
    const used = new Set<number>();
    // Headers of these two-sided tables are often placed between columns; the side a cell is on
    // is clear from the right-hand 项目 column, its label is the side's first text cell.
    const split = right?.index ?? Infinity;
    const entries = [...row.cells.entries()].sort((a, b) => a[0] - b[0]);
    // A 类 code printed before its name (208 社会保障和就业支出) is part of the label; it may sit
    // under the left side's amounts when the right side's names are wider than their header.
    const codes = new Map<number, number>();
    entries.forEach(([i, t], k) => {
      const next = entries[k + 1];
      if (/^\d{3}$/.test(t.trim()) && next && !isNumber(next[1])) codes.set(i, next[0]);
    });
    const sideOf = (i: number) => ((codes.get(i) ?? i) >= split ? 'right' : 'left');
    for (const i of codes.keys()) used.add(i);
    const leftCells = entries.filter(([i]) => !codes.has(i) && sideOf(i) === 'left');
    const rightCells = entries.filter(([i]) => !codes.has(i) && sideOf(i) === 'right');
    for (const [cells, which] of [
      [leftCells, 'income'],
      [rightCells, 'expense'],
    ] as const) {
      const label = cells.find(([, t]) => !isNumber(t));
      if (!label) continue;
      used.add(label[0]);
      const cols = cells
        .filter(([i, t]) => i !== label[0] && isNumber(t))
        .map(([i]) => grid.columns[i] ?? { index: i, path: [], label: '' });
      // Where the table prints a 收入总计, a 收入合计 above it leaves out 上年结转: a part, not the total.
      const name = stripNumber(label[1]);
      side(
        c,
        block,
        row,
        cols,
        used,
        name === '收入合计' && hasGrandTotal ? '本年收入合计' : name,
        which,
        table,
      );
    }
    c.finishRow(row, used, table, labelOf);
  }
}

function side(
  c: Collector,
  block: TableBlock,
  row: ReturnType<typeof buildGrid>['rows'][number],
  cols: Column[],
  used: Set<number>,
  label: string,
  which: 'income' | 'expense',
  table: string,
): void {
  for (const col of cols) {
    const amount = c.amount(row.cells.get(col.index), row.line, table, block.unit);
    if (!amount) continue;
    const leaf = col.path.at(-1) ?? '';
    const main = cols.indexOf(col) === 0;
    if (which === 'income') {
      // 收入总计 (or a 收入合计 where the table prints no 收入总计) is the total; 本年收入合计 a part.
      if (/^收入合计$|收入总计/.test(label)) {
        c.fact('income:合计', '收入 合计', amount);
        if (!c.draft.income.has('合计')) c.draft.income.set('合计', amount);
      } else if (/本年收入合计|财政拨款收入$|^财政拨款$/.test(label)) {
        // Derived sums (本年收入合计 without 上年结转, 其中财政拨款): the checker recomputes them.
      } else {
        const key = incomeKey(label);
        if (!key) continue;
        const kept = c.fact(`income:${key}`, `收入 ${key}`, amount);
        if (!c.draft.income.has(key)) c.draft.income.set(key, kept);
        c.draft.incomeWhere ??= amount.where;
        if (key !== '一般公共预算' && !/^0*(\.0+)?$/.test(amount.value)) c.fundsAllGeneral = false;
      }
      used.add(col.index);
      continue;
    }
    if (/支出总计|支出合计/.test(label)) {
      if (main) c.fact('total:all:合计', '支出合计', amount);
      used.add(col.index);
      continue;
    }
    if (/支出$/.test(label) && main) {
      c.fact(`class:${label}`, `${label}合计`, amount);
      used.add(col.index);
      continue;
    }
    // A 类's 人员经费/公用经费/项目支出 repeat its 支出功能分类 rows, which add up to them: kept once.
    const field = /支出$/.test(label) ? functionField(col.label) : undefined;
    if (field && field !== '合计') {
      c.fact(`class:${label}:${field}`, `${label}${field}`, amount);
      used.add(col.index);
      continue;
    }
    // 一般公共预算 / 政府性基金 columns of 财政拨款收支总表 repeat the row's 总计 when one fund pays.
    if (/支出$/.test(label) && /一般公共预算/.test(leaf) && c.fundsAllGeneral) used.add(col.index);
  }
}
