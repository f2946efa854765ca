import type { Cell, Line, SourceDoc } from '../types';

/**
 * Text with tab-separated tables (what a clipboard holds after copying from Excel, WPS, Word or a
 * PDF viewer). A line with tabs is a table row whose cells sit at their tab index; any other line
 * is one cell of prose or a heading.
 */
export function readText(text: string, name: string): SourceDoc {
  const lines: Line[] = [];
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  raw.forEach((content, i) => {
    const cells: Cell[] = [];
    if (content.includes('\t')) {
      content.split('\t').forEach((part, index) => {
        const t = part.trim();
        if (t) cells.push({ text: t, x0: index, x1: index + 1 });
      });
    } else if (content.trim()) cells.push({ text: content.trim(), x0: 0, x1: 1 });
    lines.push({ cells, line: i + 1, indexed: true, tabular: content.includes('\t') });
  });
  return { kind: 'text', name, lines, blankPages: [], clipped: [] };
}
