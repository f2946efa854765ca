import { sameAmount } from '../amounts';
import type { Amount, ProjectOut } from '../draft/model';
import type { Collector } from './collector';
import { buildGrid } from './columns';
import { incomeKey } from './function-tables';
import { KIND_NAMES } from './kinds';
import type { TableBlock } from './segment';

/** 资金来源 keys of a project (FORMAT.md) by the words of a 项目支出表 column. */
function sourceKey(label: string): string | undefined {
  if (/单位资金/.test(label)) return '单位资金';
  if (/财政拨款.*小计$|^小计$/.test(label)) return undefined;
  const key = incomeKey(label.replace(/^财政拨款/, ''));
  if (key === '上年结转' || key === '一般公共预算' || key === '政府性基金预算' || key === '国有资本经营预算')
    return key;
  if (key === '财政专户管理资金') return key;
  if (/其他资金|其他收入|事业收入|非财政拨款结余/.test(label)) return '其他资金';
  return undefined;
}

/** The project a later table (绩效目标表, 情况说明) speaks of: same name, and same amount when printed. */
export function findProject(c: Collector, name: string, amount?: string): ProjectOut | undefined {
  const same = c.draft.projects.filter((p) => p.name === name);
  if (amount !== undefined) {
    const byAmount = same.find((p) => p.amount && sameAmount(p.amount.value, amount));
    if (byAmount) return byAmount;
  }
  const open = same.find((p) => !p.indicators.length && p.goal === undefined) ?? same[0];
  if (open || amount === undefined) return open;
  // Names printed differently in two tables (项目支出表 and 绩效目标表): the one unclaimed project
  // of that amount is the same project.
  const byAmount = c.draft.projects.filter(
    (p) => p.amount && sameAmount(p.amount.value, amount) && !p.indicators.length && p.goal === undefined,
  );
  if (byAmount.length === 1) {
    c.issue(
      'row-unknown',
      byAmount[0].where,
      `项目名称不一致：项目支出表印为“${byAmount[0].name}”，绩效目标表印为“${name}”；按金额${amount}视为同一项目，草稿用前者`,
    );
    return byAmount[0];
  }
  return undefined;
}

/**
 * A 项目类别 cell and a 功能科目 cell as printed. A PDF prints `2101501 行政运行` as two text
 * pieces, and when the project has no 类别 the name lands under 项目类别 by position: a bare code
 * in 功能科目 beside a 类别 that is no category word (they end in 类 or 项目: 其他运转类,
 * 一次性项目) is one 功能科目, never a 类别 the document did not print.
 */
export function categoryAndFunction(
  category: string | undefined,
  fn: string | undefined,
): { category?: string; functionCode?: string } {
  const bareCode = fn !== undefined && /^\d{3}(\s?\d{2}){0,2}$/.test(fn);
  if (bareCode && category && !/(类|项目)$/.test(category)) return { functionCode: `${fn} ${category}` };
  return { ...(category ? { category } : {}), ...(fn ? { functionCode: fn } : {}) };
}

/** 项目支出表: one row per project with its 类别, 功能科目, 金额 and sources. */
export function mapProjectTable(block: TableBlock, c: Collector): void {
  const table = KIND_NAMES[block.kind];
  const grid = buildGrid(block.rows);
  const labelOf = (i: number) => grid.columns[i]?.label ?? '';
  const nameCol = grid.columns.find((col) => /项目名称/.test(col.label));
  const categoryCol = grid.columns.find((col) => /项目(类别|类型)/.test(col.label));
  const functionCol = grid.columns.find((col) => /功能(分类)?科目/.test(col.label));
  const totalCol = grid.columns.find((col) => /^(合计|总计)$/.test(col.path.at(-1) ?? ''));
  const unitCol = grid.columns.find((col) => /单位名称|预算单位/.test(col.label));
  for (const row of grid.rows) {
    const used = new Set<number>();
    const name = nameCol ? row.cells.get(nameCol.index)?.trim() : undefined;
    if (!name || !nameCol) {
      c.finishRow(row, used, table, labelOf);
      continue;
    }
    used.add(nameCol.index);
    const total = totalCol ? c.amount(row.cells.get(totalCol.index), row.line, table, block.unit) : undefined;
    if (/^(合计|总计)$/.test(name.replace(/\s/g, ''))) {
      if (total) {
        c.fact('projects:total', '项目支出合计', total);
        used.add(totalCol!.index);
      }
      for (const col of grid.columns)
        if (col !== totalCol && total && row.cells.get(col.index)?.replace(/,/g, '') === total.value)
          used.add(col.index);
      c.finishRow(row, used, table, labelOf);
      continue;
    }
    const project: ProjectOut = {
      name: name.replace(/[\s\u3000]+/g, ''),
      where: c.where(row.line),
      sources: new Map(),
      indicators: [],
      notes: [],
    };
    const { category, functionCode } = categoryAndFunction(
      categoryCol && row.cells.get(categoryCol.index)?.trim(),
      functionCol && row.cells.get(functionCol.index)?.trim(),
    );
    if (category) project.category = category;
    if (functionCode) project.functionCode = functionCode;
    if (unitCol && row.cells.get(unitCol.index)) project.unitName = row.cells.get(unitCol.index)!.trim();
    if (total) {
      project.amount = total;
      used.add(totalCol!.index);
    }
    for (const col of grid.columns) {
      if (col === totalCol || col === nameCol) continue;
      const amount: Amount | undefined = c.amount(row.cells.get(col.index), row.line, table, block.unit);
      if (!amount) continue;
      const key = sourceKey(col.label);
      if (key) {
        if (!project.sources.has(key)) project.sources.set(key, amount);
        used.add(col.index);
      } else if (/财政拨款/.test(col.label) && total) used.add(col.index); // 其中财政拨款: derived
    }
    c.draft.projects.push(project);
    c.draft.projectsWhere ??= project.where;
    c.finishRow(row, used, table, labelOf);
  }
}
