import type { Indicator, IndicatorTree, Level1, Level2 } from '../engine/model/types';
import type { Sheet } from './sheet';

/** A 三级指标 of the 年度 tree, of the 中长期 one, or of both (matched by name). */
interface Row3 {
  year?: Indicator;
  long?: Indicator;
}

interface Row2 {
  key: string;
  year?: Level2;
  long?: Level2;
  indicators: Row3[];
}

interface Row1 {
  key: string;
  year?: Level1;
  long?: Level1;
  level2: Row2[];
}

/** Finds or appends the entry of `key`: the 年度 order first, what only 中长期 has after it. */
function entry<T extends { key: string }>(list: T[], key: string, make: () => T): T {
  let e = list.find((x) => x.key === key);
  if (!e) {
    e = make();
    list.push(e);
  }
  return e;
}

/**
 * The 年度 and the 中长期 trees as one: a 申报表 prints both values on the row of one indicator.
 * 一级 and 二级 match by their catalog name (a spelling variant is the same row), 三级 by its
 * name as written.
 */
function merge(year: IndicatorTree | undefined, long: IndicatorTree | undefined): Row1[] {
  const out: Row1[] = [];
  const add = (tree: IndicatorTree | undefined, side: 'year' | 'long') => {
    for (const l1 of tree?.level1 ?? []) {
      const r1 = entry(out, l1.canonical ?? l1.name, () => ({ key: l1.canonical ?? l1.name, level2: [] }));
      r1[side] ??= l1;
      for (const l2 of l1.level2) {
        const key = l2.canonical ?? l2.name;
        const r2 = entry(r1.level2, key, () => ({ key, indicators: [] }));
        r2[side] ??= l2;
        for (const ind of l2.indicators) {
          let r3 = r2.indicators.find((r) => (r.year ?? r.long)!.name === ind.name && !r[side]);
          if (!r3) {
            r3 = {};
            r2.indicators.push(r3);
          }
          r3[side] = ind;
        }
      }
    }
  };
  add(year, 'year');
  add(long, 'long');
  return out;
}

/**
 * One HTML row body per 三级指标 (or per empty 二级), with rowspans on the first row of a group.
 * With `long` (the 长期目标's tree) a 中长期指标值 cell follows each 年度 one; an indicator only
 * one of the trees has gets an empty cell in the other's column.
 */
export function indicatorRows(s: Sheet, tree: IndicatorTree | undefined, long?: IndicatorTree): string[] {
  if (!tree && !long) return [];
  const withLong = !!long;
  const empty = (n: number) => '<td></td>'.repeat(withLong ? n + 1 : n);
  const valueCell = (ind: Indicator | undefined) =>
    ind ? s.text(ind.text, { path: ind.valuePath, node: ind.valueNode ?? ind.node }) : '<td></td>';
  const out: string[] = [];
  for (const r1 of merge(tree, long)) {
    const l1 = (r1.year ?? r1.long)!;
    const l1Rows = r1.level2.reduce((n, l2) => n + Math.max(1, l2.indicators.length), 0) || 1;
    let first1 = true;
    const l1Cell = () =>
      first1 ? s.text(l1.name, { path: l1.path, node: l1.keyNode, rowspan: l1Rows }) : '';
    if (!r1.level2.length) {
      out.push(l1Cell() + empty(3));
      continue;
    }
    for (const r2 of r1.level2) {
      const l2 = (r2.year ?? r2.long)!;
      const n = Math.max(1, r2.indicators.length);
      const l2Cell = s.text(l2.name, { path: l2.path, node: l2.keyNode, rowspan: n });
      if (!r2.indicators.length) {
        out.push(l1Cell() + l2Cell + empty(2));
        first1 = false;
        continue;
      }
      r2.indicators.forEach((r3, i) => {
        const ind = (r3.year ?? r3.long)!;
        // When the indicator is a plain scalar its path is its value's path: the value cell takes
        // the findings, and the name cell only links to the key.
        const namePath = ind.path === ind.valuePath ? undefined : ind.path;
        out.push(
          l1Cell() +
            (i === 0 ? l2Cell : '') +
            s.text(ind.name, { path: namePath, node: ind.keyNode }) +
            valueCell(r3.year) +
            (withLong ? valueCell(r3.long) : ''),
        );
        first1 = false;
      });
    }
  }
  return out;
}
