import { readAmount } from '../amounts';
import type { EconRow } from '../draft/model';
import type { Collector } from './collector';
import { padCode } from './function-tables';
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
  const seen = new Map<string, number>();
  const isTable1 = block.kind === 'econ';
  for (const row of grid.rows) {
    const used = new Set<number>();
    // Codes and names in printed order: copied tables misalign their headers, never their rows.
    let dept: string | undefined;
    let gov: string | undefined;
    let deptName: string | undefined;
    let govName: string | undefined;
    let stage = 0;
    const amountCells: [number, string][] = [];
    for (const [i, raw] of [...row.cells.entries()].sort((a, b) => a[0] - b[0])) {
      const t = raw.replace(/\s/g, '');
      if (stage < 4 && /^\d{3}$/.test(t) && (stage === 0 || stage === 2)) {
        if (stage === 0 && !dept) dept = t;
        else if (stage === 2 && !gov) gov = t;
        else continue;
        used.add(i);
      } else if (stage < 4 && /^\d{1,2}$/.test(t) && (stage === 0 ? dept?.length === 3 : gov?.length === 3)) {
        const part = padCode(t, c, row.line, table);
        if (stage === 0) dept += part;
        else gov += part;
        used.add(i);
      } else if (stage < 4 && /^\d{5}$/.test(t) && (stage === 0 || stage === 2)) {
        if (stage === 0) dept = t;
        else gov = t;
        used.add(i);
      } else if (readAmount(t) === undefined) {
        if (stage <= 1) {
          deptName = t;
          stage = 2;
        } else if (stage <= 3) {
          govName = t;
          stage = 4;
        }
        used.add(i);
      } else {
        stage = 4;
        amountCells.push([i, raw]);
      }
    }
    const amounts = amountCells.map(([i]) => grid.columns[i] ?? { index: i, path: [], label: '' });
    if (!dept || /^(合计|总计)$/.test(deptName ?? '')) {
      const isTotal = [...row.cells.values()].some((t) => /^(合计|总计)$/.test(t.replace(/\s/g, '')));
      if (isTotal) {
        for (const col of amounts) {
          const amount = c.amount(row.cells.get(col.index), row.line, table, block.unit);
          const field = econField(col);
          if (!amount) continue;
          if (field) {
            const kept = c.fact(`econ-total:${field}`, `基本支出合计 ${field}`, amount);
            if (!c.draft.econTotals.has(field)) c.draft.econTotals.set(field, kept);
          }
          if (field || /财政拨款|一般公共预算/.test(col.label)) used.add(col.index);
        }
        for (const [i, t] of row.cells) if (/^(合计|总计)$/.test(t.replace(/\s/g, ''))) used.add(i);
        const first = amountCells[0]?.[1].replace(/,/g, '');
        for (const [i, t] of amountCells) if (t.replace(/,/g, '') === first && !isTable1) used.add(i);
      }
      c.finishRow(row, used, table, labelOf);
      continue;
    }
    const pair = `${dept}:${gov ?? ''}`;
    const n = (seen.get(pair) ?? 0) + 1;
    seen.set(pair, n);
    const key = `econ:${pair}:${n}`;
    let econ: EconRow | undefined = c.draft.econRows.find(
      (r) => (r as EconRow & { key?: string }).key === key,
    );
    const fresh = !econ;
    econ ??= Object.assign(
      {
        code: dept,
        name: deptName?.replace(/\s/g, ''),
        govCode: gov,
        govName: govName?.replace(/\s/g, ''),
        fields: new Map(),
        where: c.where(row.line),
      },
      { key },
    );
    let rowTotal: string | undefined;
    amounts.forEach((col, n) => {
      const cell = row.cells.get(col.index);
      const amount = c.amount(cell, row.line, table, block.unit);
      if (!amount) return;
      // 基本支出预算表 prints its 合计 first; a header that lost its alignment cannot say more.
      const field = !isTable1 && n === 0 ? '合计' : econField(col);
      if (field === '合计') rowTotal = amount.value;
      if (!field) {
        // The sources of 基本支出预算表 repeat the row's 合计 where one source pays.
        if (rowTotal !== undefined && rowTotal === amount.value) used.add(col.index);
        return;
      }
      if (!isTable1 && field !== '合计') return;
      const kept = c.fact(`${key}:${field}`, `${dept} ${econ!.name ?? ''} ${field}`, amount);
      if (!econ!.fields.has(field)) econ!.fields.set(field, kept);
      used.add(col.index);
    });
    if (fresh && econ.fields.size) {
      c.draft.econRows.push(econ);
      c.draft.econWhere ??= econ.where;
    }
    c.finishRow(row, used, table, labelOf);
  }
}
