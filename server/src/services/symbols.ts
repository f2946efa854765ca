import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { CheckResult } from '../engine/engine';
import type { IndicatorTree } from '../engine/model/types';
import { fmt, toWan } from '../engine/util/money';
import { keyText, type YNode } from '../engine/yaml/ast';

/** Outline: the sections, each project with its amount, and its 一级/二级 indicator groups. */
export function documentSymbols(result: CheckResult): DocumentSymbol[] {
  const { draft } = result;
  const lines = draft.lines;
  const range = (n: YNode) => lines.range(n.start, n.end);
  const root = draft.root;
  if (!root) return [];
  return root.pairs.map((pair) => {
    const name = keyText(pair) || '(空键)';
    const sym: DocumentSymbol = {
      name,
      kind: SymbolKind.Namespace,
      range: lines.range(pair.start, Math.max(pair.end, pair.key.end)),
      selectionRange: range(pair.key),
    };
    if (name === '项目') {
      sym.kind = SymbolKind.Array;
      sym.detail = `${draft.projects.length} 个项目`;
      sym.children = draft.projects.map((p) => ({
        name: p.name?.text || `项目 ${p.index + 1}`,
        detail: p.amount ? `${fmt(toWan(p.amount, draft))}万元` : undefined,
        kind: SymbolKind.Object,
        range: range(p.node),
        selectionRange: range(p.name?.node ?? p.node),
        children: treeSymbols(p.indicators, range),
      }));
    } else if (name === '整体绩效目标') {
      sym.children = treeSymbols(draft.overall?.indicators, range);
    }
    return sym;
  });
}

function treeSymbols(
  tree: IndicatorTree | undefined,
  range: (n: YNode) => DocumentSymbol['range'],
): DocumentSymbol[] {
  if (!tree) return [];
  return tree.level1.map((l1) => ({
    name: l1.name,
    kind: SymbolKind.Module,
    range: range({ ...l1.keyNode, end: Math.max(l1.keyNode.end, l1.node.end) } as YNode),
    selectionRange: range(l1.keyNode),
    children: l1.level2.map((l2) => ({
      name: l2.name,
      detail: `${l2.indicators.length} 项`,
      kind: SymbolKind.Field,
      range: range({ ...l2.keyNode, end: Math.max(l2.keyNode.end, l2.node.end) } as YNode),
      selectionRange: range(l2.keyNode),
    })),
  }));
}
