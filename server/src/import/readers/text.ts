import { readAmount } from '../amounts';
import type { Cell, Line, SourceDoc } from '../types';

/**
 * Text with tab-separated tables (what a clipboard holds after copying from Excel, WPS, Word or a
 * PDF viewer). A line with tabs is a table row whose cells sit at their tab index; any other line
 * is one cell of prose or a heading.
 *
 * Text without any tab whose tables are aligned with spaces (what `pdftotext -layout` writes, or a
 * table copied from a PDF viewer into a plain editor) is read by position instead: each run of
 * text between wide gaps is a cell at its character column, as a PDF's cells sit at their points,
 * and form feeds start new pages.
 */
export function readText(text: string, name: string): SourceDoc {
  const raw = splitRecords(spacesAsTabs(text.replace(/^\uFEFF/, '')));
  if (isLayoutText(raw)) return readLayoutText(raw, name);
  const lines: Line[] = [];
  raw.forEach(({ text: content, line }) => {
    const cells: Cell[] = [];
    if (content.includes('\t')) {
      content.split('\t').forEach((part, index) => {
        const t = normaliseCell(unquote(part).trim());
        if (t) cells.push({ text: t, x0: index, x1: index + 1 });
      });
    } else if (content.trim()) cells.push({ text: normaliseCell(content.trim()), x0: 0, x1: 1 });
    lines.push({ cells, line, indexed: true, tabular: content.includes('\t') });
  });
  return { kind: 'text', name, lines: joinSplitRows(lines), blankPages: [], clipped: [] };
}

/**
 * The text's records with their first line number. Excel and WPS put a cell that holds a line
 * break (a long 科目名称 wrapped in its cell) in double quotes when they copy it; such a record
 * spans several lines and its breaks belong to the cell.
 */
function splitRecords(text: string): { text: string; line: number }[] {
  const physical = text.split(/\r\n|\r|\n/);
  const out: { text: string; line: number }[] = [];
  for (let i = 0; i < physical.length; i++) {
    let record = physical[i];
    const start = i + 1;
    // An opening quote at a cell start whose closing quote is on a later line.
    while (record.includes('\t') && openQuote(record) && i + 1 < physical.length && i - start < 8) {
      const next = physical[i + 1];
      if (!/"(\t|$)/.test(next)) break;
      record += '\n' + next;
      i++;
    }
    out.push({ text: record, line: start });
  }
  return out;
}

/** True when the last cell of a tab-separated record opens a quote it does not close. */
function openQuote(record: string): boolean {
  const last = record.split('\t').at(-1) ?? '';
  if (!last.startsWith('"')) return false;
  const inner = last.slice(1).replace(/""/g, '');
  return !inner.includes('"');
}

/** A cell as Excel quotes it: `"机关事业单位基本养老保险\n缴费支出"`, inner quotes doubled. */
function unquote(cell: string): string {
  const m = /^"((?:[^"]|"")*)"$/s.exec(cell.trim());
  if (!m || !m[1].includes('\n')) return cell;
  return m[1].replace(/""/g, '"').replace(/\s*\n\s*/g, '');
}

const FULL_WIDTH = /[０-９，．－＋％（）]/g;

/**
 * A cell that holds only a number typed in full-width characters (１，２３４．５６, a code ２０８)
 * is read with ASCII digits, digit for digit; a name or prose cell is left as printed.
 */
export function normaliseCell(text: string): string {
  if (!/^[\s0-9０-９,，.．\-－+＋%％()（）]+$/.test(text) || !/[０-９]/.test(text)) return text;
  return text.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

const isCode = (t: string) => /^\d{1,3}$|^\d{5}$|^\d{7}$/.test(t.replace(/\s/g, ''));

/**
 * A row that a copy broke over two lines (a PDF viewer, or WPS copying a wrapped cell without
 * quotes): the first line carries the codes and the start of the name and no amount, the second
 * the rest of the name and the amounts. They are one row again, the name joined.
 */
function joinSplitRows(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i];
    const b = lines[i + 1];
    const aLast = a.cells.at(-1);
    const bFirst = b?.cells[0];
    if (
      b &&
      a.tabular &&
      aLast &&
      bFirst &&
      bFirst.x0 === 0 &&
      a.cells.some((c) => isCode(c.text)) &&
      !a.cells.some((c) => readAmount(c.text) !== undefined) &&
      !isCode(aLast.text) &&
      /^[^\d\s]{1,20}$/.test(bFirst.text) &&
      !/^(合计|总计|小计)$/.test(bFirst.text) &&
      b.cells.some((c) => readAmount(c.text) !== undefined && !isCode(c.text))
    ) {
      const shift = aLast.x0;
      const joined: Cell[] = [
        ...a.cells.slice(0, -1),
        { text: aLast.text + bFirst.text, x0: aLast.x0, x1: aLast.x1 },
        ...b.cells.slice(1).map((c) => ({ text: c.text, x0: c.x0 + shift, x1: c.x1 + shift })),
      ];
      out.push({ ...a, cells: joined, tabular: true });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/**
 * Text whose tabs an editor or a copy turned into a fixed number of spaces (2, 4 or 8 a tab): every
 * wide gap between cells is a whole number of that many spaces, and an empty cell one more. Read
 * back as tabs, so that cells keep their column index. Text laid out by position (pdftotext) has
 * gaps of every width and is left alone.
 */
function spacesAsTabs(text: string): string {
  if (text.includes('\t')) return text;
  const gaps: number[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const runs = [...line.trim().matchAll(/ {2,}/g)].map((m) => m[0].length);
    if (runs.length >= 2 && /\d[\d,]*\.\d\d/.test(line)) gaps.push(...runs);
  }
  if (gaps.length < 20) return text;
  const width = [8, 4, 2].find((w) => gaps.every((g) => g % w === 0));
  if (!width) return text;
  const tabs = (run: string) => '\t'.repeat(run.length / width);
  const gap = new RegExp(`(?: {${width}})+`, 'g');
  // A table row's leading empty cells are spaces too; a prose line's indentation is not a cell.
  return text.replace(/^( *)(.*)$/gm, (line, lead: string, rest: string) =>
    / {2,}/.test(rest) ? lead.replace(gap, tabs) + rest.replace(gap, tabs) : line,
  );
}

/** Cells of a space-aligned line: runs separated by two or more spaces (or a full-width space). */
function layoutCells(content: string): Cell[] {
  const cells: Cell[] = [];
  const chars = [...content];
  let i = 0;
  while (i < chars.length) {
    while (i < chars.length && (chars[i] === ' ' || chars[i] === '\u3000')) i++;
    if (i >= chars.length) break;
    let j = i;
    while (
      j < chars.length &&
      !(chars[j] === '\u3000' || (chars[j] === ' ' && (chars[j + 1] === ' ' || chars[j + 1] === '\u3000')))
    )
      j++;
    const text = chars.slice(i, j).join('').trim();
    // Two amounts (or an amount and a label) that only one space separates are two cells.
    let x = i;
    for (const part of splitAtAmounts(text)) {
      const at = chars.slice(x).join('').indexOf(part) + x;
      const len = [...part].length;
      cells.push({ text: normaliseCell(part), x0: at, x1: at + len });
      x = at + len;
    }
    i = j;
  }
  return cells;
}

function splitAtAmounts(text: string): string[] {
  const words = text.split(' ');
  const out: string[] = [];
  for (const w of words) {
    const prev = out.at(-1);
    const amount = (t: string) => readAmount(normaliseCell(t)) !== undefined && /[.,]/.test(t);
    if (prev !== undefined && !amount(w) && !amount(prev)) out[out.length - 1] = `${prev} ${w}`;
    else out.push(w);
  }
  return out.filter(Boolean);
}

/** Text laid out with spaces: no tab anywhere, and many lines with amounts in space-separated cells. */
function isLayoutText(records: { text: string }[]): boolean {
  if (records.some((r) => r.text.includes('\t'))) return false;
  let rows = 0;
  for (const r of records) {
    const cells = layoutCells(r.text.replace(/\f/g, ''));
    if (cells.length >= 2 && cells.some((c) => readAmount(c.text) !== undefined && /[.,]/.test(c.text)))
      rows++;
  }
  return rows >= 5;
}

function readLayoutText(records: { text: string; line: number }[], name: string): SourceDoc {
  const lines: Line[] = [];
  let page = 1;
  for (const record of records) {
    const parts = record.text.split('\f');
    parts.forEach((content, k) => {
      if (k > 0) page++;
      const cells = layoutCells(content);
      lines.push({ cells, page, line: record.line, indexed: false, tabular: cells.length > 1 });
    });
  }
  return { kind: 'text', name, lines, pageCount: page, blankPages: [], clipped: [] };
}
