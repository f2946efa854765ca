import { normaliseIndicatorName } from '../../model/indicatorNames';
import type { Draft, Indicator, IndicatorTree, Level2 } from '../../model/types';
import { isMap } from '../../yaml/ast';
import { appendToMap } from '../../util/edits';
import { commentStart } from '../../suppress';
import type { FixSpec, OffsetEdit } from '../../rules/rule';
import { endsLineBreak } from '../../text/lineIndex';

/**
 * Moving a 二级's indicators to where the 2021 catalog puts them (产出指标 › 成本指标 →
 * 成本指标 › 经济成本指标; 效益指标 › 服务对象满意度指标 → 满意度指标 › 服务对象满意度指标):
 * the block is cut from its place and its 三级 lines are inserted under the target, which is
 * created when it does not exist. Lines are moved as written (comments too), re-indented only
 * by the difference of columns. Undefined when the layout is not plain block YAML, or when a
 * moved name is already there (the move would make a duplicate key).
 */
export interface Relocation {
  remove: OffsetEdit;
  /** Where the moved lines go, and the lines (each ending in a newline). */
  at: number;
  text: string;
}

export function relocate(
  draft: Draft,
  tree: IndicatorTree,
  l2: Level2,
  targetOne: string,
  targetTwo: string,
): Relocation | undefined {
  const { lines, text } = draft;
  const node = l2.node;
  if (tree.node.flow || !isMap(l2.parent.node) || l2.parent.node.flow) return undefined;
  if (!isMap(node) || node.flow || !node.pairs.length) return undefined;
  const keyLine = lines.position(l2.keyNode.start).line;
  const from = lines.lineStart(keyLine);
  const endLine = lastLine(draft, node.end);
  const to = endLine + 1 < lines.lineCount ? lines.lineStart(endLine + 1) : text.length;
  if (lines.lineStart(keyLine + 1) > node.pairs[0].start) return undefined; // children on the key's own line
  // Taken line by line (any line break), so a CR-only or CRLF file moves whole lines; rules write
  // `\n` and the engine gives inserted text the file's own break.
  const children: string[] = [];
  for (let l = keyLine + 1; l <= endLine; l++) children.push(lines.lineText(l));
  const col = (n: { start: number }) => lines.indentColumn(n.start);
  const c2 = col(l2.keyNode);
  const c3 = col(node.pairs[0]);
  const names = new Set(l2.indicators.map((i) => i.name));
  // A comment on the moved 二级's own line goes with it (on the new 二级 line, or above the 三级).
  const keyText = lines.lineText(keyLine);
  const at0 = commentStart(keyText);
  const comment = at0 >= 0 ? keyText.slice(at0) : '';
  const after = comment ? `   ${comment}` : '';

  const one = tree.level1.find((l) => normaliseIndicatorName(l.name) === targetOne);
  let at: number;
  let block: string[];
  if (!one) {
    const c1 = col(tree.node.pairs[0]);
    at = afterLine(draft, tree.node.end);
    block = [`${' '.repeat(c1)}${targetOne}:`, `${' '.repeat(c2)}${targetTwo}:${after}`, ...children];
  } else {
    if (!isMap(one.node) || one.node.flow || !one.node.pairs.length) return undefined;
    const two = one.level2.find((l) => normaliseIndicatorName(l.name) === targetTwo);
    if (!two) {
      const t2 = col(one.node.pairs[0]);
      at = afterLine(draft, one.node.end);
      block = [`${' '.repeat(t2)}${targetTwo}:${after}`, ...shift(children, t2 - c2)];
    } else {
      if (!isMap(two.node) || two.node.flow || !two.node.pairs.length) return undefined;
      if (two.indicators.some((i) => names.has(i.name))) return undefined;
      const t3 = col(two.node.pairs[0]);
      at = afterLine(draft, two.node.end);
      block = [...(comment ? [`${' '.repeat(t3)}${comment}`] : []), ...shift(children, t3 - c3)];
    }
  }
  if (at > from && at < to) return undefined;
  const joined =
    at === text.length && at > 0 && !/[\r\n]$/.test(text)
      ? block.map((l) => '\n' + l).join('')
      : block.map((l) => l + '\n').join('');
  return { remove: { start: from, end: to, newText: '' }, at, text: joined };
}

/** Edits for several relocations: insertions at one place are joined, in order. */
export function relocationEdits(moves: Relocation[]): OffsetEdit[] {
  const edits: OffsetEdit[] = moves.map((m) => m.remove);
  const byAt = new Map<number, string>();
  for (const m of moves) byAt.set(m.at, (byAt.get(m.at) ?? '') + m.text);
  for (const [at, newText] of byAt) edits.push({ start: at, end: at, newText });
  return edits;
}

/** The line `offset` is on; a node may end at the start of the next line (after its break): the line before. */
function lastLine(draft: Draft, offset: number): number {
  const { lines, text } = draft;
  return lines.position(offset > 0 && endsLineBreak(text, offset - 1) ? offset - 1 : offset).line;
}

/** The start of the line after the one `offset` is on (or the end of the text). */
function afterLine(draft: Draft, offset: number): number {
  const { lines, text } = draft;
  const line = lastLine(draft, offset);
  return line + 1 < lines.lineCount ? lines.lineStart(line + 1) : text.length;
}

function shift(block: string[], delta: number): string[] {
  if (!delta) return block;
  return block.map((l) => {
    if (!l.trim()) return l;
    if (delta > 0) return ' '.repeat(delta) + l;
    const lead = l.length - l.trimStart().length;
    return l.slice(Math.min(-delta, lead));
  });
}

/**
 * Moves a one-line 三级 written in the wrong 二级 into a new `one › two` at the end of the tree (when
 * that 一级 is absent: the callers report a missing 一级). Not when it is its 二级's only 三级, which
 * would leave a blank 二级 behind.
 */
export function moveLeafFix(
  draft: Draft,
  tree: IndicatorTree,
  ind: Indicator,
  one: string,
  two: string,
): FixSpec | undefined {
  const { lines } = draft;
  const line = lines.position(ind.keyNode.start).line;
  if (ind.level2.indicators.length < 2 || lines.position(ind.node.end).line !== line) return undefined;
  if (line + 1 >= lines.lineCount) return undefined;
  const insert = appendToMap(draft, tree.node, [
    `${one}:`,
    `  ${two}:`,
    `    ${lines.lineText(line).trim()}`,
  ]);
  if (!insert) return undefined;
  return {
    title: `移到“${one} › ${two}”下`,
    kind: 'suggestion',
    edits: [{ start: lines.lineStart(line), end: lines.lineStart(line + 1), newText: '' }, insert],
  };
}
