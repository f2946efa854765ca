import type { Collector } from './collector';
import { buildGrid } from './columns';
import { KIND_NAMES } from './kinds';
import type { TableBlock } from './segment';

/**
 * 政府采购预算表: its 合计 is 政府采购.合计 (FORMAT.md). The rows by 科目 have no place in the draft
 * and are reported; sources that repeat the row's 合计 are kept once.
 */
export function mapProcurementTable(block: TableBlock, c: Collector): void {
  const table = KIND_NAMES[block.kind];
  const grid = buildGrid(block.rows);
  const labelOf = (i: number) => grid.columns[i]?.label ?? '';
  const totalCol = grid.columns.find((col) => /^(合计|总计)$/.test(col.path.at(-1) ?? ''));
  for (const row of grid.rows) {
    const used = new Set<number>();
    const label = [...row.cells.entries()].find(([, t]) => /^(合计|总计)$/.test(t.replace(/\s/g, '')));
    if (label && totalCol) {
      used.add(label[0]);
      const total = c.amount(row.cells.get(totalCol.index), row.line, table, block.unit);
      if (total) {
        const kept = c.fact('procurement:合计', '政府采购预算合计', total);
        if (!c.draft.procurement.has('合计')) c.draft.procurement.set('合计', kept);
        for (const [i, t] of row.cells)
          if (t.replace(/,/g, '') === row.cells.get(totalCol.index)!.replace(/,/g, '')) used.add(i);
      }
    }
    // FORMAT.md's 政府采购 holds the 合计 and 货物/工程/服务, no row per 科目: such rows are reported.
    c.finishRow(
      row,
      used,
      table,
      labelOf,
      label ? undefined : '按科目的分行在草稿中没有位置（政府采购只记合计与货物、工程、服务）',
    );
  }
}
