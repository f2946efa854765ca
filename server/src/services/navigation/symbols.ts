import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import type { CheckResult } from '../../engine/engine';
import type { Amount, Draft, IndicatorTree, TableRow } from '../../engine/model/types';
import { getPair, keyText, type YNode, type YPair } from '../../engine/yaml/ast';

type RangeOf = (start: number, end: number) => Range;

/**
 * Outline: every top-level section under its Chinese key; 预算单位 with each unit; the two
 * classification tables with their rows; each project with its 金额 as written (`116.00万元`) and
 * under it the 一级/二级 groups and their indicators; the same tree for 整体绩效目标. A section
 * whose key is written twice gets its children only once, under the pair the model was read from.
 */
export function documentSymbols(result: CheckResult): DocumentSymbol[] {
  const { draft } = result;
  const root = draft.root;
  if (!root) return [];
  const r: RangeOf = (start, end) => draft.lines.range(start, end);
  return root.pairs.map((pair) => {
    const name = keyText(pair) || '(空键)';
    const sym: DocumentSymbol = {
      name,
      kind: SymbolKind.Namespace,
      range: r(pair.start, Math.max(pair.end, pair.key.end)),
      selectionRange: r(pair.key.start, pair.key.end),
    };
    if (getPair(root, name) !== pair) return sym;
    sectionChildren(draft, name, pair, sym, r);
    return sym;
  });
}

function sectionChildren(draft: Draft, name: string, pair: YPair, sym: DocumentSymbol, r: RangeOf): void {
  const money = (a: Amount | undefined) => (a ? `${a.text}${draft.header.moneyUnit}` : undefined);
  const v = pair.value;
  if (v.type === 'scalar') {
    sym.kind = SymbolKind.Property;
    sym.detail = v.source;
  }
  if (name === '预算单位') {
    sym.kind = SymbolKind.Array;
    sym.detail = `${draft.header.units.length} 个单位`;
    sym.children = draft.header.units.map((u, i) => ({
      name: u.name?.text || `预算单位 ${i + 1}`,
      detail: u.nature?.text,
      kind: SymbolKind.Class,
      range: r(u.node.start, u.node.end),
      selectionRange: nodeRange(u.name?.node ?? u.node, r),
    }));
  } else if (name === '收入' && draft.income) {
    sym.detail = draft.income.total ? `合计 ${money(draft.income.total)}` : undefined;
    sym.children = draft.income.entries.map((e) => ({
      name: e.key,
      detail: money(e.amount),
      kind: SymbolKind.Number,
      range: r(e.keyNode.start, Math.max(e.keyNode.end, e.amount?.node.end ?? 0)),
      selectionRange: nodeRange(e.keyNode, r),
    }));
  } else if (name === '支出功能分类' && v === draft.funcNode) {
    tableSymbols(sym, draft.funcRows, money, r);
  } else if (name === '基本支出经济分类' && v === draft.econNode) {
    tableSymbols(sym, draft.econRows, money, r);
  } else if (name === '项目' && v === draft.projectsNode) {
    sym.kind = SymbolKind.Array;
    sym.detail = `${draft.projects.length} 个项目`;
    sym.children = draft.projects.map((p) => ({
      name: p.name?.text || `项目 ${p.index + 1}`,
      detail: money(p.amount),
      kind: SymbolKind.Object,
      range: nodeRange(p.node, r),
      selectionRange: nodeRange(p.name?.node ?? p.node, r),
      children: [
        ...treeSymbols(p.indicators, r),
        ...(p.proseNode
          ? [
              {
                name: '说明',
                detail: `${p.prose.length} 段`,
                kind: SymbolKind.Namespace,
                range: nodeRange(p.proseNode, r),
                selectionRange: nodeRange(p.proseNode, r),
                children: proseSymbols(p.prose, r),
              },
            ]
          : []),
      ],
    }));
  } else if (name === '整体绩效目标') {
    sym.children = treeSymbols(draft.overall?.indicators, r);
  } else if (name === '说明' && v === draft.proseNode) {
    sym.detail = `${draft.prose.length} 段`;
    sym.children = proseSymbols(draft.prose, r);
  }
}

/** Each 说明 heading, with the start of its text (as an outline shows a paragraph). */
function proseSymbols(sections: Draft['prose'], r: RangeOf): DocumentSymbol[] {
  return sections.map((sec) => {
    const first = sec.text.trim().split('\n')[0];
    return {
      name: sec.heading || '(空)',
      detail: first.length > 24 ? first.slice(0, 24) + '…' : first,
      kind: SymbolKind.String,
      range: r(sec.headingNode.start, Math.max(sec.headingNode.end, sec.node.end)),
      selectionRange: nodeRange(sec.headingNode, r),
    };
  });
}

function tableSymbols<C extends string>(
  sym: DocumentSymbol,
  rows: TableRow<C>[],
  money: (a: Amount | undefined) => string | undefined,
  r: RangeOf,
): void {
  sym.kind = SymbolKind.Array;
  sym.detail = `${rows.length} 行`;
  sym.children = rows.map((row) => {
    const total = money((row.cols as Partial<Record<string, Amount>>)['合计']);
    return {
      // Rows of one 科目 recur per 预算单位: the unit tells them apart in the outline.
      name: row.subject ? row.subject.node.source.trim() : `第 ${row.index + 1} 行`,
      detail: [row.unit?.text, total].filter(Boolean).join(' · ') || undefined,
      kind: SymbolKind.Struct,
      range: nodeRange(row.node, r),
      selectionRange: nodeRange(row.subject?.node ?? row.node, r),
    };
  });
}

/** 一级 → 二级 → 三级 indicators, each indicator with its 指标值 as written. */
function treeSymbols(tree: IndicatorTree | undefined, r: RangeOf): DocumentSymbol[] {
  if (!tree) return [];
  return tree.level1.map((l1) => ({
    name: l1.name || '(空)',
    detail: `${l1.level2.reduce((n, l2) => n + l2.indicators.length, 0)} 项`,
    kind: SymbolKind.Module,
    range: r(l1.keyNode.start, Math.max(l1.keyNode.end, l1.node.end)),
    selectionRange: nodeRange(l1.keyNode, r),
    children: l1.level2.map((l2) => ({
      name: l2.name || '(空)',
      detail: `${l2.indicators.length} 项`,
      kind: SymbolKind.Field,
      range: r(l2.keyNode.start, Math.max(l2.keyNode.end, l2.node.end)),
      selectionRange: nodeRange(l2.keyNode, r),
      children: l2.indicators.map((ind) => ({
        name: ind.name || '(空)',
        detail: ind.text,
        kind: SymbolKind.Property,
        range: r(ind.keyNode.start, Math.max(ind.keyNode.end, ind.node.end)),
        selectionRange: nodeRange(ind.keyNode, r),
      })),
    })),
  }));
}

function nodeRange(n: YNode, r: RangeOf): Range {
  return r(n.start, n.end);
}
