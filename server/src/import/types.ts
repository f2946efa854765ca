/**
 * The grid every reader produces and the recogniser reads: one line per printed line (PDF) or
 * text line / sheet row, split into cells. Text and sheet cells sit at column indices (x0 = index);
 * PDF cells carry their measured position in points, so columns are found from the header's spans.
 */
export interface Cell {
  text: string;
  /** Left and right edge: points on the page (PDF) or the column index and index + 1 (text, sheet). */
  x0: number;
  x1: number;
}

export interface Line {
  cells: Cell[];
  /** 1-based page (PDF) or sheet number (xlsx). */
  page?: number;
  /** 1-based line of the text input, or row of the sheet. */
  line?: number;
  /** Baseline height on the page (PDF), for spotting wrapped lines and page ends. */
  y?: number;
  /** Font size of the line's first cell (PDF), for telling titles from body text. */
  size?: number;
  /** True when the cells are positional by index (text, sheet) rather than measured (PDF). */
  indexed: boolean;
  /** A table row: the text had tabs, the sheet row cells, the PDF line separate cells. */
  tabular: boolean;
}

/** Where something was printed: a page (PDF), a line (text) or a sheet and row (xlsx). */
export interface Where {
  page?: number;
  line?: number;
  sheet?: string;
}

/** Text that a PDF draws outside what a reader sees (RULES.md text-clipped). */
export interface ClippedText {
  page: number;
  text: string;
}

export interface SourceDoc {
  kind: 'pdf' | 'text' | 'xlsx';
  /** File name as given (for messages). */
  name: string;
  lines: Line[];
  pageCount?: number;
  /** Pages that carry no text at all (a blank page inside the tables is publication-incomplete). */
  blankPages: number[];
  clipped: ClippedText[];
  sheetNames?: string[];
}

/** One thing the import did not understand, or a fact the published-document rules raise. */
export interface ImportIssue {
  code:
    | 'table-unknown'
    | 'row-unknown'
    | 'cell-unknown'
    | 'table-repeat-mismatch'
    | 'text-clipped'
    | 'text-garbled'
    | 'table-missing'
    | 'toc-missing'
    | 'blank-page'
    | 'empty-table-note';
  where: Where;
  message: string;
  /** Numbers printed at this place that did not reach the draft. */
  lostNumbers?: number;
  /** The 科目 a repeated figure belongs to: its fact comment goes above that row of the draft. */
  subject?: string;
}

/** Refusal of the whole input (exit 2). */
export class ImportRefusal extends Error {
  override name = 'ImportRefusal';
}

/** By name: the PDF and spreadsheet readers are bundles of their own, with their own class. */
export function isRefusal(e: unknown): e is ImportRefusal {
  return e instanceof Error && e.name === 'ImportRefusal';
}

export function whereText(w: Where): string {
  if (w.sheet !== undefined) return `工作表“${w.sheet}”第${w.line ?? '?'}行`;
  if (w.page !== undefined) return `第${w.page}页`;
  if (w.line !== undefined) return `第${w.line}行`;
  return '';
}

export function whereOf(line: Line | undefined, sheetNames?: string[]): Where {
  if (!line) return {};
  if (sheetNames && line.page !== undefined) return { sheet: sheetNames[line.page - 1], line: line.line };
  if (line.page !== undefined) return { page: line.page };
  return { line: line.line };
}
