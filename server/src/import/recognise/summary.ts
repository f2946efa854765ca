import type { Collector } from './collector';
import { buildGrid, type Column } from './columns';
import { functionField, incomeKey } from './function-tables';
import { KIND_NAMES } from './kinds';
import type { TableBlock } from './segment';

const stripNumber = (t: string) =>
  t.replace(/[\s\u3000]/g, '').replace(/^[一二三四五六七八九十\d]+[、.．]/, '');

/**
 * 收支总表 and 财政拨款收支总表: income on the left (by source), expenditure on the right (by 类).
 * Every figure repeats one of 收入 or the 功能分类 tables; each is kept once through the facts.
 */
export function mapSummaryTable(block: TableBlock, c: Collector): void {
  const table = KIND_NAMES[block.kind];
  const grid = buildGrid(block.rows);
  const labelOf = (i: number) => grid.columns[i]?.label ?? '';
  const labelCols = grid.columns.filter(
    (col) => /项目$/.test(col.path.at(-1) ?? '') || /^项目/.test(col.path.at(-1) ?? ''),
  );
  const right = labelCols[1];
  const isNumber = (t: string) => /^[\d,.\s-]+$/.test(t);
  for (const row of grid.rows) {
    const used = new Set<number>();
    // Headers of these two-sided tables are often placed between columns; the side a cell is on
    // is clear from the right-hand 项目 column, its label is the side's first text cell.
    const split = right?.index ?? Infinity;
    const entries = [...row.cells.entries()].sort((a, b) => a[0] - b[0]);
    const leftCells = entries.filter(([i]) => i < split);
    const rightCells = entries.filter(([i]) => i >= split);
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
      side(c, block, row, cols, used, stripNumber(label[1]), which, table);
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
      if (/收入总计|收入合计/.test(label) && /总计/.test(label)) {
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
