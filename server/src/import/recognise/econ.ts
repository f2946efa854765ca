import type { EconRow } from '../draft/model';
import type { Collector } from './collector';
import { buildGrid, type Column } from './columns';
import { KIND_NAMES } from './kinds';
import type { TableBlock } from './segment';

const leaf = (c: Column) => c.path.at(-1) ?? '';

function econField(col: Column): string | undefined {
  const l = col.label;
  if (/人员/.test(l)) return '人员经费';
  if (/公用/.test(l)) return '公用经费';
  if (/^(合计|小计|总计)$/.test(leaf(col)) && !/财政拨款/.test(l)) return '合计';
  return undefined;
}

/**
 * 一般公共预算基本支出表 (and the 基本支出预算表 that repeats it with its sources): one row per
 * 部门经济科目 with, in many regions, the 政府经济科目 it maps to.
 */
export function mapEconTable(block: TableBlock, c: Collector): void {
  const table = KIND_NAMES[block.kind];
  const grid = buildGrid(block.rows);
  const labelOf = (i: number) => grid.columns[i]?.label ?? '';
  const classes = grid.columns.filter((col) => leaf(col) === '类');
  const kuans = grid.columns.filter((col) => leaf(col) === '款');
  const names = grid.columns.filter((col) => /名称|科目$/.test(leaf(col)) && !/编码/.test(leaf(col)));
  const codeOnly = classes.length ? [] : grid.columns.filter((col) => /编码/.test(col.label));
  const seen = new Map<string, number>();
  const isTable1 = block.kind === 'econ';
  for (const row of grid.rows) {
    const used = new Set<number>();
    const get = (col?: Column) => (col ? row.cells.get(col.index)?.trim() : undefined);
    const code = (cls?: Column, kuan?: Column) => {
      const a = get(cls);
      const b = get(kuan);
      if (a && /^\d{3}$/.test(a)) used.add(cls!.index);
      if (b && /^\d{2}$/.test(b)) used.add(kuan!.index);
      if (a && /^\d{3}$/.test(a)) return b && /^\d{2}$/.test(b) ? a + b : a;
      return undefined;
    };
    let dept = code(classes[0], kuans[0]);
    const gov = code(classes[1], kuans[1]);
    if (!dept && codeOnly[0]) {
      const w = get(codeOnly[0])?.replace(/\s/g, '');
      if (w && /^\d{3}(\d{2})?$/.test(w)) {
        dept = w;
        used.add(codeOnly[0].index);
      }
    }
    const deptName = get(names[0]);
    const govName = names[1] ? get(names[1]) : undefined;
    if (deptName) used.add(names[0].index);
    if (govName) used.add(names[1].index);
    const amounts = grid.columns.filter((col) => !names.includes(col) && !classes.includes(col) && !kuans.includes(col));
    if (!dept) {
      const isTotal = [...row.cells.values()].some((t) => /^(合计|总计)$/.test(t.replace(/\s/g, '')));
      if (isTotal) {
        for (const col of amounts) {
          const amount = c.amount(row.cells.get(col.index), row.line, table, block.unit);
          const field = econField(col);
          if (!amount) continue;
          if (field) c.fact(`econ-total:${field}`, `${table}合计 ${field}`, amount);
          if (field || /财政拨款|一般公共预算/.test(col.label)) used.add(col.index);
        }
        for (const [i, t] of row.cells) if (/^(合计|总计)$/.test(t.replace(/\s/g, ''))) used.add(i);
      }
      c.finishRow(row, used, table, labelOf);
      continue;
    }
    const pair = `${dept}:${gov ?? ''}`;
    const n = (seen.get(pair) ?? 0) + 1;
    seen.set(pair, n);
    const key = `econ:${pair}:${n}`;
    let econ: EconRow | undefined = c.draft.econRows.find((r) => (r as EconRow & { key?: string }).key === key);
    const fresh = !econ;
    econ ??= Object.assign(
      { code: dept, name: deptName?.replace(/\s/g, ''), govCode: gov, govName: govName?.replace(/\s/g, ''), fields: new Map(), where: c.where(row.line) },
      { key },
    );
    let rowTotal: string | undefined;
    for (const col of amounts) {
      const cell = row.cells.get(col.index);
      const amount = c.amount(cell, row.line, table, block.unit);
      if (!amount) continue;
      const field = econField(col);
      if (field === '合计') rowTotal = amount.value;
      if (!field) {
        // The sources of 基本支出预算表 repeat the row's 合计 where one source pays.
        if (rowTotal !== undefined && rowTotal === amount.value) used.add(col.index);
        continue;
      }
      if (!isTable1 && field !== '合计') continue;
      const kept = c.fact(`${key}:${field}`, `${dept} ${econ.name ?? ''} ${field}`, amount);
      if (!econ.fields.has(field)) econ.fields.set(field, kept);
      used.add(col.index);
    }
    if (fresh && econ.fields.size) {
      c.draft.econRows.push(econ);
      c.draft.econWhere ??= econ.where;
    }
    c.finishRow(row, used, table, labelOf);
  }
}
