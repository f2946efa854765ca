import type { CheckResult } from '../engine/engine';
import { commentStart, REASON_PLACEHOLDER } from '../engine/suppress';
import type { Range } from '../engine/text/lineIndex';
import type { YNode } from '../engine/yaml/ast';

/**
 * 忽略此处（需填写理由）: `# 绩效检查-忽略 RULE: 请填写理由` where the engine will read it as
 * silencing the finding's line — at the end of that line, or alone on a line above when the line
 * already ends in a comment (one comment per line). `select` is the placeholder in the edited
 * text, which the editor selects so the reviewer types the reason over it. Undefined when no
 * comment can reach the line: inside a block or multi-line scalar a `#` would be text.
 */
export function suppressEdit(
  result: CheckResult,
  findingRange: Range,
  rule: string,
): { edit: { start: number; end: number; newText: string }; select: Range } | undefined {
  const lines = result.draft.lines;
  let line = findingRange.start.line;
  if (line >= lines.lineCount) return undefined;
  const scalar = multilineScalarAround(result, line);
  if (scalar) {
    // Inside a block scalar (说明, 总体目标) a `#` is text: the comment goes on the line that opens
    // the block, which the engine reads as covering the whole block.
    const header = lines.position(scalar.start).line;
    if (
      !/[|>][-+0-9]*\s*$/.test(lines.lineText(header).trimEnd()) ||
      commentStart(lines.lineText(header)) >= 0
    )
      return undefined;
    line = header;
  }
  const text = lines.lineText(line);
  const comment = `# 绩效检查-忽略 ${rule}: ${REASON_PLACEHOLDER}`;
  let at: number;
  let newText: string;
  let reasonStart: number;
  if (commentStart(text) >= 0) {
    // A `- ` of a sequence item becomes two spaces, so the comment lines up with the item's keys.
    const indent = /^[\s-]*/.exec(text)![0].replace(/-/g, ' ');
    at = lines.lineStart(line);
    newText = `${indent}${comment}\n`;
    reasonStart = indent.length + comment.length - REASON_PLACEHOLDER.length;
  } else {
    at = lines.lineStart(line) + text.length;
    newText = `${text.trim() ? '  ' : ''}${comment}`;
    reasonStart = text.length + newText.length - REASON_PLACEHOLDER.length;
  }
  return {
    edit: { start: at, end: at, newText },
    select: {
      start: { line, character: reasonStart },
      end: { line, character: reasonStart + REASON_PLACEHOLDER.length },
    },
  };
}

/** The scalar spanning several lines that `line` continues (not its first line), if any. */
function multilineScalarAround(result: CheckResult, line: number): YNode | undefined {
  const lines = result.draft.lines;
  const offset = lines.lineStart(line);
  let inside: YNode | undefined;
  const visit = (n: YNode | undefined): void => {
    if (!n || inside || n.end < offset || n.start > offset + lines.lineText(line).length) return;
    if (n.type === 'scalar') {
      if (lines.position(n.start).line < line && lines.position(n.end).line >= line) inside = n;
    } else if (n.type === 'map') {
      for (const p of n.pairs) {
        visit(p.key);
        visit(p.value);
      }
    } else if (n.type === 'seq') n.items.forEach(visit);
  };
  visit(result.draft.parsed.root);
  return inside;
}
