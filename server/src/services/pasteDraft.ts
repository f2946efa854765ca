import { readText } from '../import/readers/text';
import { dropUnprintable } from '../import/readers/unprintable';
import { recognise } from '../import/recognise/recognise';
import { titleKind } from '../import/recognise/kinds';
import { isRefusal } from '../import/types';

/**
 * "粘贴为预算草稿": tab-separated cells copied from Excel, WPS or a PDF viewer, converted by the
 * importer's table recogniser into the YAML that belongs where the cursor is (IMPORT.md,
 * "Commands and editor"). Pure: text in, text out; the editor applies the edit.
 */

/** What a pasted table becomes. */
export type PastedKind = 'performance' | 'projects' | 'functions';

export interface PastePosition {
  /** 0-based line and UTF-16 column, as LSP and VS Code count. */
  line: number;
  character: number;
}

export interface PasteDraft {
  kind: PastedKind;
  /** Inserted at the cursor. */
  text: string;
  /**
   * Columns before the cursor on its line to delete (the whitespace already typed there), so
   * the snippet's first line lands at its own indentation.
   */
  deleteBefore: number;
}

/** A line with a tab between two non-empty cells: what a copied table row looks like. */
const isRow = (line: string): boolean => /[^\t\s][ \u3000]*\t+[ \u3000]*[^\t\s]/.test(line);

/** The table a clipboard holds, by its title if copied with it, else by its header words. */
function tableKind(lines: string[]): 'performance' | 'project' | 'function' | undefined {
  for (const l of lines) {
    const kind = titleKind(l.replace(/\t/g, ''));
    if (kind === 'performance') return 'performance';
    if (kind === 'project') return 'project';
    if (
      kind === 'function-gpb' ||
      kind === 'function-fund' ||
      kind === 'function-capital' ||
      kind === 'expense'
    )
      return 'function';
  }
  const text = lines.join('\n');
  if (/一级指标/.test(text)) return 'performance';
  if (/项目名称/.test(text) && /合计|金额|预算数/.test(text)) return 'project';
  if (/科目(编码|名称)|功能分类/.test(text)) return 'function';
  return undefined;
}

/** The title the recogniser needs above a table copied without one. */
const TITLES = { performance: '项目支出绩效目标表', project: '项目支出表', function: '一般公共预算支出表' };

/** Lines of `text` from the key line matching `key` through the last line indented under it. */
function blockOf(lines: string[], key: RegExp): string[] | undefined {
  const start = lines.findIndex((l) => key.test(l));
  if (start < 0) return undefined;
  const indent = /^ */.exec(lines[start])![0].length;
  let end = start + 1;
  while (end < lines.length && (lines[end].trim() === '' || /^ */.exec(lines[end])![0].length > indent))
    end++;
  while (end > start + 1 && lines[end - 1].trim() === '') end--;
  return lines.slice(start, end);
}

/** Moves a block to `indent` columns; `# 第N行` provenance names clipboard lines, so it goes. */
function reindent(block: string[], indent: number): string[] {
  const kept = block.filter((l) => !/^\s*# 第\d+[行页]\s*$/.test(l));
  const base = Math.min(...kept.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return kept.map((l) => (l.trim() ? ' '.repeat(indent) + l.slice(base) : ''));
}

const indentOf = (line: string): number => /^ */.exec(line)![0].length;

/** The project list item enclosing `line`: the `- ` line of a list under the top-level `项目:`. */
function enclosingProject(
  doc: string[],
  line: number,
): { dash: number; start: number; end: number } | undefined {
  const section = topSectionAt(doc, line);
  if (section?.name !== '项目') return undefined;
  let dashLine = -1;
  for (let i = Math.min(line, doc.length - 1); i > section.start; i--) {
    const m = /^( *)- /.exec(doc[i]);
    if (m && m[1].length <= 2) {
      dashLine = i;
      break;
    }
  }
  if (dashLine < 0) return undefined;
  const dash = indentOf(doc[dashLine]);
  let end = dashLine + 1;
  while (end < section.end && !new RegExp(`^ {${dash}}- `).test(doc[end])) end++;
  return { dash, start: dashLine, end };
}

/** The top-level key whose block holds `line` (a blank line belongs to the block above it). */
function topSectionAt(doc: string[], line: number): { name: string; start: number; end: number } | undefined {
  let start = -1;
  for (let i = Math.min(line, doc.length - 1); i >= 0; i--)
    if (/^[^\s#-][^:]*:/.test(doc[i])) {
      start = i;
      break;
    }
  if (start < 0) return undefined;
  let end = start + 1;
  while (end < doc.length && !/^[^\s#]/.test(doc[end])) end++;
  if (line >= end && line !== start) return undefined;
  return { name: /^([^:]+):/.exec(doc[start])![1].trim(), start, end };
}

/** Indentation of the list items of a top-level list section, or 2 when it has none yet. */
function itemIndent(doc: string[], section: { start: number; end: number }): number {
  for (let i = section.start + 1; i < section.end; i++) {
    const m = /^( *)- /.exec(doc[i]);
    if (m) return m[1].length;
  }
  return 2;
}

/**
 * The YAML for `clip` pasted at `at` in the draft `documentText`, or undefined when the clipboard
 * holds no table the importer understands or the cursor is not at a place where it belongs.
 */
export function pasteAsDraft(clip: string, documentText: string, at: PastePosition): PasteDraft | undefined {
  const clipLines = clip.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (clipLines.filter(isRow).length < 2) return undefined;
  const kind = tableKind(clipLines);
  if (!kind) return undefined;
  const hasTitle = clipLines.some((l) => titleKind(l.replace(/\t/g, '')) !== undefined);
  const source = hasTitle ? clip : `${TITLES[kind]}\n${clip}`;
  let draft: string;
  try {
    const doc = readText(source, '剪贴板');
    // A control character copied along would make the pasted YAML unreadable.
    dropUnprintable(doc);
    draft = recognise(doc).draftText;
  } catch (e) {
    if (isRefusal(e)) return undefined;
    throw e;
  }
  const out = draft.split('\n');
  const doc = documentText.split(/\r\n|\r|\n/);
  const current = doc[at.line] ?? '';
  const before = current.slice(0, at.character);
  // Pasting is offered on a line of its own: the cursor after nothing but indentation.
  if (before.trim() !== '' || current.slice(at.character).trim() !== '') return undefined;
  const section = topSectionAt(doc, at.line);
  const finish = (pastedKind: PastedKind, lines: string[]): PasteDraft => ({
    kind: pastedKind,
    text: lines.join('\n'),
    deleteBefore: before.length,
  });

  const projects = blockOf(out, /^项目:/);
  if (kind === 'performance' || kind === 'project') {
    if (!projects) return undefined;
    const project = enclosingProject(doc, at.line);
    if (kind === 'performance' && project && at.line > project.start) {
      const goals = blockOf(projects, /^ {4}绩效目标:/);
      const has = doc
        .slice(project.start, project.end)
        .some((l) => new RegExp(`^ {${project.dash + 2}}绩效目标:`).test(l));
      if (!goals || has) return undefined;
      return finish('performance', reindent(goals, project.dash + 2));
    }
    // Elsewhere in 项目 (or a new 项目 section at the top level): whole project entries.
    const items = projects.slice(1);
    if (section?.name === '项目' && at.line > section.start)
      return finish('projects', reindent(items, itemIndent(doc, section)));
    if (before.length > 0 || doc.some((l) => /^项目:/.test(l))) return undefined;
    return finish('projects', ['项目:', ...reindent(items, 2)]);
  }
  const rows = blockOf(out, /^支出功能分类:/);
  if (!rows) return undefined;
  const items = rows.slice(1);
  if (section?.name === '支出功能分类' && at.line > section.start)
    return finish('functions', reindent(items, itemIndent(doc, section)));
  if (before.length > 0 || doc.some((l) => /^支出功能分类:/.test(l))) return undefined;
  return finish('functions', ['支出功能分类:', ...reindent(items, 2)]);
}
