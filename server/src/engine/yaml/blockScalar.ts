import { scalarNode, type YScalar } from './ast';

/**
 * A literal (`|`, `|-`) or folded (`>`, `>-`) scalar in its plainest form — as drafts write
 * 总体目标: a bare header, then lines all at one indentation with no blank or more-indented
 * line, and a content line (or the end) right after. Anything else is left to js-yaml
 * (undefined), because its ranges and folding then follow rules not worth repeating here.
 * `at` is the header's offset; returns the node and the offset of the line after the body.
 */
export function blockScalar(
  src: string,
  at: number,
  parentIndent: number,
): { node: YScalar; next: number } | undefined {
  const n = src.length;
  const folded = src.charCodeAt(at) === 0x3e;
  let i = at + 1;
  const strip = src.charCodeAt(i) === 0x2d;
  if (strip) i++;
  while (i < n && src.charCodeAt(i) === 0x20) i++;
  if (src.charCodeAt(i) !== 0x0a) return undefined;
  let lineStart = i + 1;
  let indent = -1;
  const lines: string[] = [];
  let lastEnd = lineStart;
  let endedWithBreak = true;
  while (lineStart < n) {
    let j = lineStart;
    while (j < n && src.charCodeAt(j) === 0x20) j++;
    const c = src.charCodeAt(j);
    const spaces = j - lineStart;
    if (j >= n || c === 0x0a) return undefined; // a blank line: folding rules differ there
    if (indent < 0) {
      if (spaces <= parentIndent) return undefined;
      indent = spaces;
    }
    if (spaces < indent) {
      if (c === 0x23) return undefined; // a comment right after: js-yaml's range would take it in
      break;
    }
    if (spaces > indent) return undefined;
    let eol = src.indexOf('\n', j);
    endedWithBreak = eol >= 0;
    if (eol < 0) eol = n;
    lines.push(src.slice(j, eol));
    lastEnd = eol;
    lineStart = eol + 1;
  }
  if (!lines.length || (!strip && !endedWithBreak)) return undefined;
  let end = lastEnd;
  while (end > at && src.charCodeAt(end - 1) === 0x20) end--;
  const value = lines.join(folded ? ' ' : '\n') + (strip ? '' : '\n');
  const node: YScalar = scalarNode(at, value, src.slice(at, end));
  return { node, next: Math.min(lineStart, n) };
}
