import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { CheckResult } from '../../engine/engine';
import type { LineIndex } from '../../engine/text/lineIndex';
import type { YNode } from '../../engine/yaml/ast';

/**
 * Folding: every key or list item whose value spans several lines (so the sections, each
 * project, 绩效目标, the 一级/二级 indicator groups, 明细, long 总体目标 texts) and every run of two or
 * more comment lines. An editor that gets ranges from the server stops folding by indentation, so
 * this covers every block, not only the named ones. At most one range starts on a line: the
 * widest, which is the one a click on that line's gutter is meant to fold.
 */
export function foldingRanges(result: CheckResult): FoldingRange[] {
  const lines = result.draft.lines;
  const byStart = new Map<number, FoldingRange>();
  const add = (startLine: number, endLine: number, kind?: FoldingRange['kind']) => {
    if (endLine <= startLine) return;
    const prev = byStart.get(startLine);
    if (prev && prev.endLine >= endLine) return;
    byStart.set(startLine, kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  const blockScalars: [number, number][] = [];
  const lastLine = (n: YNode) => lines.position(Math.max(n.start, n.end - 1)).line;
  const visit = (n: YNode | undefined): void => {
    if (!n) return;
    if (n.type === 'map') {
      for (const p of n.pairs) {
        add(lines.position(p.key.start).line, lastLine(p.value.end > p.key.end ? p.value : p.key));
        visit(p.value);
      }
    } else if (n.type === 'seq') {
      for (const item of n.items) {
        add(lines.position(item.start).line, lastLine(item));
        visit(item);
      }
    } else if (n.type === 'scalar' && (n.style === 'literal' || n.style === 'folded')) {
      blockScalars.push([lines.position(n.start).line, lastLine(n)]);
    }
  };
  visit(result.draft.parsed.root);
  for (const [start, end] of commentRuns(lines, blockScalars)) add(start, end, FoldingRangeKind.Comment);
  return [...byStart.values()].sort((a, b) => a.startLine - b.startLine);
}

/** Runs of whole-line comments, outside block scalars (where `#` is text). */
function commentRuns(lines: LineIndex, blockScalars: [number, number][]): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  const inBlock = (l: number) => blockScalars.some(([s, e]) => l > s && l <= e);
  for (let l = 0; l <= lines.lineCount; l++) {
    const isComment = l < lines.lineCount && lines.lineText(l).trimStart().startsWith('#') && !inBlock(l);
    if (isComment && start < 0) start = l;
    if (!isComment && start >= 0) {
      if (l - 1 > start) runs.push([start, l - 1]);
      start = -1;
    }
  }
  return runs;
}
