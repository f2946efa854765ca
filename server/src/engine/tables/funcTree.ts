import type { FuncColumn, TableRow } from '../model/types';
import { derived, funcCell, type CellValue } from './values';

/**
 * The 支出功能分类 as a tree of codes (类 3 digits › 款 5 › 项 7). Rows may be written at any
 * level; a level that is not written is computed from below, so a 类 row can be checked even
 * when its 款 rows were left out.
 */
export class FuncTree {
  readonly byCode = new Map<string, TableRow<FuncColumn>[]>();
  readonly codes = new Set<string>();

  constructor(readonly rows: TableRow<FuncColumn>[]) {
    for (const r of rows) {
      const code = r.subject?.code;
      if (!code || !/^\d{3}(\d{2}){0,2}$/.test(code)) continue;
      const list = this.byCode.get(code) ?? [];
      list.push(r);
      this.byCode.set(code, list);
      for (let len = 3; len <= code.length; len += 2) this.codes.add(code.slice(0, len));
    }
  }

  /** Codes one level below, whether written as rows or only implied by deeper rows. */
  children(code: string): string[] {
    const len = code.length + 2;
    return [...this.codes].filter((c) => c.length === len && c.startsWith(code)).sort();
  }

  /** The column's value for a code: its written rows if any (summed), else from its children. */
  value(code: string, c: FuncColumn): CellValue | undefined {
    const rows = this.byCode.get(code);
    if (rows?.length) {
      const cells = rows.map((r) => funcCell(r, c));
      if (cells.every((x): x is CellValue => !!x)) return cells.length === 1 ? cells[0] : derived(cells);
      if (!this.children(code).length) return undefined;
    }
    return this.fromChildren(code, c);
  }

  fromChildren(code: string, c: FuncColumn): CellValue | undefined {
    const kids = this.children(code);
    if (!kids.length) return undefined;
    const cells = kids.map((k) => this.value(k, c));
    if (!cells.every((x): x is CellValue => !!x)) return undefined;
    return derived(cells);
  }

  /** The top-level 类 codes. */
  roots(): string[] {
    return [...this.codes].filter((c) => c.length === 3).sort();
  }

  /** A column's total over the whole table. */
  total(c: FuncColumn): CellValue | undefined {
    const roots = this.roots();
    if (!roots.length) return undefined;
    const cells = roots.map((r) => this.value(r, c));
    if (!cells.every((x): x is CellValue => !!x)) return undefined;
    return derived(cells);
  }
}
