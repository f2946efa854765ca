import { readAmount } from '../amounts';
import type { Amount } from '../draft/model';
import type { Collector } from './collector';
import { buildGrid, type Column } from './columns';
import { KIND_NAMES } from './kinds';
import type { TableBlock } from './segment';

function sangongKey(label: string): string | undefined {
  if (/机关运行/.test(label)) return '机关运行经费';
  if (/合计$/.test(label)) return '合计';
  if (/出国/.test(label)) return '因公出国境费';
  if (/接待/.test(label)) return '公务接待费';
  if (/小计$/.test(label)) return '公务用车购置及运行维护费';
  // Under the group 公务用车购置及运行维护费 its parts; the group alone is their sum.
  const part = label.replace(/.*购置及运行[^费]*费/, '');
  if (!part && /购置及运行/.test(label)) return '公务用车购置及运行维护费';
  if (/购置/.test(part)) return '公务用车购置费';
  if (/运行/.test(part)) return '公务用车运行维护费';
  return undefined;
}

/**
 * 三公经费 (and 机关运行经费) 表. Copied tables misalign their year headers with the columns under
 * them, so the year groups are told by the leaf words instead: each 合计 starts the next group, in
 * the order the years are printed.
 */
export function mapSangongTable(block: TableBlock, c: Collector): void {
  const table = KIND_NAMES[block.kind];
  const grid = buildGrid(block.rows);
  const labelOf = (i: number) => grid.columns[i]?.label ?? '';
  const headerText = grid.header.map((l) => l.cells.map((x) => x.text).join(' ')).join(' ');
  const years = [...headerText.matchAll(/(\d{4})\s*年/g)].map((m) => m[1]);
  // Without a cover (a workbook, a pasted table) the later of two printed years is this year.
  const budgetYear = c.draft.year ?? (years.length > 1 ? String(Math.max(...years.map(Number))) : undefined);
  let group = -1;
  const plan: { col: Column; key: string; period: '本年' | '上年' }[] = [];
  for (const col of grid.columns) {
    const leafLabel = col.path.at(-1) ?? '';
    const key = sangongKey(
      /小计$/.test(leafLabel) ? leafLabel : col.label.replace(/^.*?\d{4}年[^合因公小机]*/, ''),
    );
    if (!key) continue;
    if (key === '合计') group++;
    const year = years[Math.max(0, group)];
    const period: '本年' | '上年' =
      years.length > 1 && year && budgetYear && Number(year) === Number(budgetYear) - 1 ? '上年' : '本年';
    plan.push({ col, key, period });
  }
  const periodOf = (text: string): '本年' | '上年' | undefined => {
    const t = text.replace(/[\s\u3000]/g, '');
    if (/上年/.test(t)) return '上年';
    if (/本年/.test(t)) return '本年';
    const year = /(\d{4})年/.exec(t)?.[1];
    if (year && budgetYear) return Number(year) === Number(budgetYear) - 1 ? '上年' : '本年';
    return undefined;
  };
  if (block.unit && block.unit !== c.draft.unit)
    c.draft.sangongNote = `原表单位${block.unit}，已换算为${c.draft.unit}（1 万元 = 10000 元）`;
  // Items as rows, years as columns (合计 | 2023年预算数 | 2024年预算数): the transposed layout.
  if (!plan.length) {
    for (const row of grid.rows) {
      const used = new Set<number>();
      const label = [...row.cells.entries()].find(([, t]) => readAmount(t) === undefined);
      const key = label && sangongKey(label[1].replace(/[\s\u3000]/g, ''));
      if (label && key) {
        used.add(label[0]);
        for (const col of grid.columns) {
          const period = periodOf(col.label);
          const amount = period && c.amount(row.cells.get(col.index), row.line, table, block.unit);
          if (!period || !amount) continue;
          keep(c, key, period, amount);
          used.add(col.index);
        }
      }
      c.finishRow(row, used, table, labelOf);
    }
    return;
  }
  for (const row of grid.rows) {
    const used = new Set<number>();
    // A row per year (上年预算数 | 本年预算数), as `jixiao report` prints it: the row says which.
    const rowLabel = [...row.cells.entries()].find(([, t]) => readAmount(t) === undefined);
    const rowPeriod = rowLabel && periodOf(rowLabel[1]);
    if (rowLabel && rowPeriod) used.add(rowLabel[0]);
    for (const { col, key, period: columnPeriod } of plan) {
      const period = rowPeriod ?? columnPeriod;
      const amount = c.amount(row.cells.get(col.index), row.line, table, block.unit);
      if (!amount) continue;
      keep(c, key, period, amount);
      used.add(col.index);
    }
    c.finishRow(row, used, table, labelOf);
  }
}

/** One figure of the table in the draft: 机关运行经费 or a 三公经费 item of one year, kept once. */
function keep(c: Collector, key: string, period: '本年' | '上年', amount: Amount): void {
  if (key === '机关运行经费') {
    c.draft.running[period] ??= c.fact(`running:${period}`, `机关运行经费（${period}）`, amount);
  } else {
    const target = c.draft.sangong[period];
    if (!target.has(key))
      target.set(key, c.fact(`sangong:${period}:${key}`, `三公经费${period} ${key}`, amount));
  }
  c.draft.sangongWhere ??= amount.where;
}
