import type { Draft } from '../model/types';
import type { OffsetEdit } from '../rules/rule';
import type { YMap, YNode } from '../yaml/ast';

export function columnOf(draft: Draft, offset: number): number {
  return draft.lines.indentColumn(offset);
}

/**
 * Adds keys at the end of a block mapping, at its own indentation, after the end of the line
 * its last value ends on (so a trailing comment stays on its line). Returns undefined for flow
 * mappings, where a mechanical insert would fight the user's layout.
 */
export function appendToMap(draft: Draft, map: YMap, block: string[]): OffsetEdit | undefined {
  if (map.flow || !map.pairs.length) return undefined;
  const col = columnOf(draft, map.pairs[0].start);
  const endLine = draft.lines.position(map.end).line;
  const at = draft.lines.lineStart(endLine) + draft.lines.lineText(endLine).length;
  const pad = ' '.repeat(col);
  return { start: at, end: at, newText: block.map((l) => '\n' + pad + l).join('') };
}

/**
 * Gives a key a nested block value, indented two spaces under the key. An empty value is
 * completed at the end of the key's line (a comment there stays put); a scalar or `{}` value
 * is replaced.
 */
export function setBlockValue(draft: Draft, keyNode: YNode, value: YNode, block: string[]): OffsetEdit {
  const pad = ' '.repeat(columnOf(draft, keyNode.start) + 2);
  const newText = block.map((l) => '\n' + pad + l).join('');
  const empty = value.type === 'scalar' && value.value === null && value.source === '';
  if (empty) {
    const line = draft.lines.position(keyNode.start).line;
    const text = draft.lines.lineText(line);
    const at = draft.lines.lineStart(line) + text.length;
    return { start: at, end: at, newText };
  }
  return { start: value.start, end: value.end, newText };
}
