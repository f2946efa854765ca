import type { Line, SourceDoc } from '../types';
import { readAmount, type Unit } from '../amounts';
import { cleanHeading, titleKind, tocEntry, type TableKind } from './kinds';
import { isDataLine } from './columns';

/** A table: its title line, the lines under it up to the next title or prose, and its notes. */
export interface TableBlock {
  type: 'table';
  kind: TableKind;
  title: string;
  titleLine: Line;
  unit?: Unit;
  rows: Line[];
  notes: { text: string; line: Line }[];
  /** Pages (PDF) the table spans, for naming where a figure was printed. */
  pages: number[];
}

export interface ProseBlock {
  type: 'heading' | 'para';
  text: string;
  line: Line;
  /** Set on a paragraph whose first line is not indented (PDF): it continues the one before. */
  continues?: boolean;
}

export type Block = TableBlock | ProseBlock;

export interface Segments {
  blocks: Block[];
  toc: { text: string; line: Line }[];
}

export function lineText(line: Line): string {
  return line.cells.map((c) => c.text).join(line.indexed ? ' ' : '');
}

const META =
  /^(部门[(（]单位[)）]|编制部门|编制单位|预算单位|单位名称|部门名称|预算主管部门)\s*[:：]|^单位\s*[:：]/;
const UNIT = /单位\s*[:：]\s*(万元|元)/;
const isAmountCell = (c: { text: string }) => readAmount(c.text) !== undefined;
const NOTE = /^[(（]?\s*注\s*[:：]/;
const YEAR_LINE = /^[(（]\s*\d{4}\s*年度?\s*[)）]$/;

/** How far right of the body text a lone short line starts to be a centred heading (PDF points). */
const CENTRED_PDF = 90;

/** A prose heading: markdown `#`, a part (第一部分), a numbered short line, or (PDF) a centred line. */
export function isHeading(line: Line, leftMargin: number, centred = CENTRED_PDF): boolean {
  const raw = lineText(line).trim();
  if (line.indexed && /^#/.test(raw)) return true;
  const t = cleanHeading(raw);
  if (!t || t.length > 32 || /[。；;，,]$/.test(t) || /[。；]/.test(t)) return false;
  // A cover or table line naming its department (预算主管部门：…) is no heading.
  if (/^[^、]{2,8}[:：]/.test(t)) return false;
  if (/^第[一二三四五六七八九十]+部分/.test(t)) return true;
  if (
    /^[一二三四五六七八九十]+[、.．]\S+/.test(t) &&
    !/\d{2,}\.\d\d/.test(t) &&
    !/[：:]/.test(t.slice(0, -1))
  )
    return true;
  if (/^[（(][一二三四五六七八九十]+[)）]\S+/.test(t) && t.length <= 24 && !/[，,：:]/.test(t)) return true;
  if (!line.indexed && line.cells.length === 1 && line.cells[0].x0 > leftMargin + centred && t.length <= 30)
    return true;
  return false;
}

/**
 * Splits the lines into tables and prose. A table starts at its title and holds every line up to
 * the next title, heading or prose paragraph; on a new page (PDF) it continues when the page
 * starts with its repeated header or with rows.
 */
export function segment(doc: SourceDoc): Segments {
  const blocks: Block[] = [];
  const toc: Segments['toc'] = [];
  const leftMargin = pdfLeftMargin(doc);
  // Measured lines are in points (PDF) or in characters (text laid out with spaces).
  const layout = doc.kind !== 'pdf';
  const centred = layout ? 8 : CENTRED_PDF;
  const wrapTolerance = layout ? 1 : 4;
  const centre = (leftMargin + Math.max(0, ...doc.lines.flatMap((l) => l.cells.map((c) => c.x1)))) / 2;
  let table: TableBlock | undefined;
  let inToc = false;
  let tocPage: number | undefined;
  let lastPage: number | undefined;
  const close = () => {
    table = undefined;
  };
  for (const line of doc.lines) {
    const text = lineText(line).trim();
    const pageChanged = line.page !== undefined && line.page !== lastPage;
    lastPage = line.page ?? lastPage;
    if (!text) continue;
    const clean = cleanHeading(text);
    if (/^目录$/.test(clean)) {
      inToc = true;
      tocPage = line.page;
      close();
      continue;
    }
    if (inToc) {
      const entry = tocEntry(text);
      const ended =
        (!line.indexed && line.page !== tocPage) ||
        (line.indexed && line.tabular) ||
        entry.length > 45 ||
        toc.some((e) => e.text.startsWith(entry) || entry.startsWith(e.text));
      if (!ended) {
        toc.push({ text: entry, line });
        continue;
      }
      inToc = false;
    }
    const kind = titleKind(text);
    if (kind && !line.tabular) {
      const previous = blocks[blocks.length - 1];
      // A title printed again right after its own table (the table's next page) continues it.
      if (
        previous?.type === 'table' &&
        previous.kind === kind &&
        !kind.startsWith('performance') &&
        previous === table
      ) {
        if (line.page !== undefined && !previous.pages.includes(line.page)) previous.pages.push(line.page);
        continue;
      }
      table = { type: 'table', kind, title: clean, titleLine: line, rows: [], notes: [], pages: [] };
      if (line.page !== undefined) table.pages.push(line.page);
      blocks.push(table);
      continue;
    }
    if (table) {
      if (pageChanged && !continuesTable(table, line)) close();
    }
    if (table) {
      // A unit line (单位：万元, 金额单位:元) may come before the header, after a repeated title or
      // in a tab-separated cell of its own at the right.
      const unitLine = line.cells.length <= 3 && UNIT.test(text) && !line.cells.some(isAmountCell);
      if (META.test(clean) || unitLine) {
        const unit = UNIT.exec(text.replace(/\s/g, ''));
        if (unit && (!table.rows.length || !table.unit)) table.unit = unit[1] as Unit;
        if (META.test(clean) && !line.tabular) continue;
        if (!line.tabular || line.cells.length <= 2) continue;
      }
      if (NOTE.test(clean)) {
        table.notes.push({ text: clean, line });
        continue;
      }
      if (YEAR_LINE.test(clean)) continue;
      if (line.tabular || !line.indexed || (doc.kind === 'xlsx' && table.rows.length > 0)) {
        // A 绩效目标表 is a form: its single cells (其他资金, a centred 一级指标) are rows too.
        if (
          !line.indexed &&
          !table.kind.startsWith('performance') &&
          isHeading(line, leftMargin, centred) &&
          breaksSection(line, centre, layout ? 15 : 60) &&
          table.rows.some(isDataLine) &&
          !looksLikeRow(line)
        )
          close();
        else {
          table.rows.push(line);
          if (line.page !== undefined && !table.pages.includes(line.page)) table.pages.push(line.page);
          continue;
        }
      } else if (table.rows.length === 0 && table.kind.startsWith('performance') && clean.length < 30) {
        // Text copied from a Word 绩效目标表 may break a title over lines before the first row.
        continue;
      } else close();
    }
    if (line.tabular && line.indexed) {
      // Rows without a title (a pasted table): the recogniser names the table by its header.
      const previous = blocks[blocks.length - 1];
      if (previous?.type === 'table' && previous === table) previous.rows.push(line);
      else {
        table = {
          type: 'table',
          kind: 'performance',
          title: '',
          titleLine: line,
          rows: [line],
          notes: [],
          pages: [],
        };
        blocks.push(table);
      }
      continue;
    }
    const heading = isHeading(line, leftMargin, centred);
    const continues = !line.indexed && !heading && line.cells[0].x0 <= leftMargin + wrapTolerance;
    blocks.push({ type: heading ? 'heading' : 'para', text: heading ? clean : text, line, continues });
  }
  return { blocks, toc };
}

/**
 * A heading-like single cell ends a PDF table only when it is numbered or centred on the page: a
 * name wrapped inside its cell (a unit's name on two lines) prints a single cell too.
 */
function breaksSection(line: Line, centre: number, near: number): boolean {
  const t = cleanHeading(lineText(line));
  if (/^([一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)/.test(t)) return true;
  const c = line.cells[0];
  return Math.abs((c.x0 + c.x1) / 2 - centre) < near;
}

function looksLikeRow(line: Line): boolean {
  return line.cells.length > 1;
}

function continuesTable(table: TableBlock, line: Line): boolean {
  if (line.cells.length >= 2) return true;
  const text = lineText(line).replace(/\s/g, '');
  return table.rows.slice(0, 6).some((r) => lineText(r).replace(/\s/g, '') === text);
}

/** The left edge of body text (PDF): the most common x of a line's first cell. */
function pdfLeftMargin(doc: SourceDoc): number {
  if (doc.lines.every((l) => l.indexed)) return 0;
  const counts = new Map<number, number>();
  for (const l of doc.lines) {
    if (!l.cells.length) continue;
    const x = Math.round(l.cells[0].x0);
    counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = -1;
  for (const [x, n] of counts) if (n > bestCount || (n === bestCount && x < best)) [best, bestCount] = [x, n];
  return best;
}
