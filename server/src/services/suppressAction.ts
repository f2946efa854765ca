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
  const line = findingRange.start.line;
  if (line >= lines.lineCount || insideMultilineScalar(result, line)) return undefined;
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

/** Whether `line` is a continuation line of a scalar that spans several lines (not its first). */
function insideMultilineScalar(result: CheckResult, line: number): boolean {
  const lines = result.draft.lines;
  const offset = lines.lineStart(line);
  let inside = false;
  const visit = (n: YNode | undefined): void => {
    if (!n || inside || n.end < offset || n.start > offset + lines.lineText(line).length) return;
    if (n.type === 'scalar') {
      if (lines.position(n.start).line < line && lines.position(n.end).line >= line) inside = true;
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
