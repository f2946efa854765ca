import type { FixSpec } from '../rules/rule';
import { normaliseIndicatorName } from '../model/indicatorNames';
import type { Draft, Level1, Level2 } from '../model/types';
import { eolOf, type LineIndex } from '../text/lineIndex';
import { isMap, keyText } from '../yaml/ast';

/** Whole lines `first`..`last` of the text, each without its line break. */
function linesBetween(lines: LineIndex, first: number, last: number): string[] {
  const out: string[] = [];
  for (let l = first; l <= last; l++) out.push(lines.lineText(l));
  return out;
}

/** Lines moved from one indentation to another (blank lines kept as they are). */
function reindent(block: string[], from: number, to: number): string[] {
  return block.map((l) => (l.trim() ? (to >= from ? ' '.repeat(to - from) + l : l.slice(from - to)) : l));
}

/** The offset after the line holding `offset`, its line break included (or the end of the text). */
function afterLine(lines: LineIndex, offset: number): number {
  const line = lines.position(offset).line;
  return line + 1 < lines.lineCount ? lines.lineStart(line + 1) : lines.text.length;
}

/**
 * Moves a misplaced 二级 (its whole block) under the 一级 where it belongs, re-indented to its new
 * depth, when both are block mappings. When that 一级 already has a 二级 of the same name, the
 * indicators are merged into it: a second key of one name would leave a YAML reader only the last,
 * and an indicator would be lost. An indicator name present in both refuses the fix (no guess).
 */
export function moveLevel2(draft: Draft, l2: Level2, target: Level1): FixSpec | undefined {
  const { lines, text } = draft;
  if (!isMap(target.node) || target.node.flow || !isMap(l2.parent.node) || l2.parent.node.flow)
    return undefined;
  const eol = eolOf(text);
  const startLine = lines.position(l2.keyNode.start).line;
  const endLine = lines.position(Math.max(l2.node.end, l2.keyNode.end)).line;
  const from = lines.lineStart(startLine);
  const to = endLine + 1 < lines.lineCount ? lines.lineStart(endLine + 1) : text.length;
  const title = `移到“${target.name}”下`;
  const name = normaliseIndicatorName(l2.name);
  const same = target.level2.find((x) => x !== l2 && normaliseIndicatorName(x.name) === name);
  if (same) return mergeInto(draft, l2, same, { from, to, title, eol });
  const block = linesBetween(lines, startLine, endLine);
  const shifted = reindent(
    block,
    lines.indentColumn(l2.keyNode.start),
    lines.indentColumn(target.node.pairs[0].start),
  );
  const at = afterLine(lines, target.node.end);
  // Only when the moved block does not contain the insertion point (different 一级).
  if (at > from && at <= to) return undefined;
  return {
    title,
    kind: 'safe',
    edits: [
      { start: from, end: to, newText: '' },
      { start: at, end: at, newText: joinAt(text, at, shifted, eol) },
    ],
  };
}

/** `block` as text inserted at `at`: a line break first when `at` is the end of a last line without one. */
function joinAt(text: string, at: number, block: string[], eol: string): string {
  const lead = at === text.length && at > 0 && !/[\r\n]$/.test(text) ? eol : '';
  return lead + block.map((l) => l + eol).join('');
}

function mergeInto(
  draft: Draft,
  l2: Level2,
  into: Level2,
  m: { from: number; to: number; title: string; eol: string },
): FixSpec | undefined {
  const { lines, text } = draft;
  const moved = l2.node;
  const target = into.node;
  if (!isMap(target) || target.flow || !target.pairs.length) return undefined;
  if (!isMap(moved) || !moved.pairs.length) {
    // An empty 二级 holds nothing: removing it loses nothing. One with a value (`时效指标: 按时完成`)
    // holds words the user wrote, which a safe fix may not delete; where they belong is a judgment.
    const written = text.slice(moved.start, moved.end).trim();
    if (written && !/^(~|null|\{\s*\})$/.test(written)) return undefined;
    return { title: m.title, kind: 'safe', edits: [{ start: m.from, end: m.to, newText: '' }] };
  }
  if (moved.flow) return undefined;
  const present = new Set(target.pairs.map(keyText));
  if (moved.pairs.some((p) => present.has(keyText(p)))) return undefined;
  const first = lines.position(moved.pairs[0].start).line;
  const last = lines.position(moved.end).line;
  const block = reindent(
    linesBetween(lines, first, last),
    lines.indentColumn(moved.pairs[0].start),
    lines.indentColumn(target.pairs[0].start),
  );
  const at = afterLine(lines, target.end);
  if (at > m.from && at <= m.to) return undefined;
  return {
    title: m.title,
    kind: 'safe',
    edits: [
      { start: m.from, end: m.to, newText: '' },
      { start: at, end: at, newText: joinAt(text, at, block, m.eol) },
    ],
  };
}
