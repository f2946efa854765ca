import Decimal from 'decimal.js';
import type { Amount, FuncColumn, TableRow } from '../model/types';
import type { Written } from '../util/tolerance';
import { decimalsOf } from '../util/money';

/** A value of a table cell: as written, or derived from what is written around it. */
export interface CellValue extends Written {
  written: boolean;
}

export function fromAmount(a: Amount): CellValue {
  return { value: a.value, text: a.text, written: true };
}

export function derived(parts: Written[]): CellValue {
  let v = new Decimal(0);
  let d = 0;
  for (const p of parts) {
    v = v.plus(p.value);
    d = Math.max(d, decimalsOf(p.text));
  }
  return { value: v, text: v.toFixed(d), written: false };
}

const ZERO: CellValue = { value: new Decimal(0), text: '0', written: false };

/** Whether a row breaks its amount down (any of the detail columns written). */
function detailed<C extends string>(row: TableRow<C>, cols: readonly C[]): boolean {
  return cols.some((c) => row.cols[c]);
}

/**
 * The value of one column of a 支出功能分类 row: written, or derived from its columns
 * (基本支出 = 人员经费 + 公用经费; 合计 = 基本支出 + 项目支出). A column the row does not break
 * down is unknown (undefined) rather than guessed as zero, except where the row is detailed.
 */
export function funcCell(row: TableRow<FuncColumn>, c: FuncColumn): CellValue | undefined {
  const w = row.cols[c];
  if (w) return fromAmount(w);
  const any = detailed(row, ['人员经费', '公用经费', '基本支出', '项目支出']);
  switch (c) {
    case '基本支出': {
      const p = row.cols['人员经费'];
      const g = row.cols['公用经费'];
      if (p || g) return derived([p, g].filter((x): x is Amount => !!x));
      return any ? ZERO : undefined;
    }
    case '合计': {
      if (!any) return undefined;
      const basic = funcCell(row, '基本支出');
      const proj = row.cols['项目支出'];
      return derived([basic ?? ZERO, proj ? fromAmount(proj) : ZERO]);
    }
    case '人员经费':
    case '公用经费':
      // With only 基本支出 written, its split is unknown.
      if (row.cols['基本支出']) return undefined;
      return any ? ZERO : undefined;
    case '项目支出':
      return any ? ZERO : undefined;
  }
}
