import { readAmount } from '../amounts';
import type { Cell, Line } from '../types';
import { alignPages, assignInOrder, slack } from './layout';

/** One column of a table: its index and the header words above it, top to bottom. */
export interface Column {
  index: number;
  /** Header texts from the top row down to the leaf, spaces removed. */
  path: string[];
  /** The path joined: what matching by header words reads. */
  label: string;
}

/** A data row with its cells placed at column indices. */
export interface Row {
  cells: Map<number, string>;
  line: Line;
}

export interface Grid {
  columns: Column[];
  header: Line[];
  rows: Row[];
}

const norm = (t: string) =>
  t
    .replace(/[\s\u3000]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');

/** A row is data once it prints an amount, a 科目 code or a total label. */
export function isDataLine(line: Line): boolean {
  if (line.cells.some((c) => readAmount(c.text) !== undefined)) return true;
  const texts = line.cells.map((c) => norm(c.text));
  return texts.length === 1 && /^(合计|总计|[一二三四五六七八九十]+、)/.test(texts[0]);
}

/**
 * Splits a table's lines into header and data, and places every data cell in a column. Text and
 * sheet rows are already at indices; PDF rows are placed under the header cell they overlap most
 * (or whose centre is nearest), since numbers are right-aligned under centred headers.
 */
export function buildGrid(lines: Line[], headerUntil?: (line: Line) => boolean): Grid {
  let split = lines.findIndex((l) => (headerUntil ? headerUntil(l) : isDataLine(l)));
  if (split < 0) split = lines.length;
  const header = lines.slice(0, split);
  const data = lines.slice(split);
  const indexed = lines.every((l) => l.indexed);
  const headerTexts = new Set(header.map((l) => l.cells.map((c) => norm(c.text)).join('|')));
  const repeated = (l: Line) => headerTexts.has(l.cells.map((c) => norm(c.text)).join('|'));
  if (indexed)
    return {
      columns: indexedColumns(header),
      header,
      rows: data.filter((l) => !repeated(l)).map(indexedRow),
    };
  return measuredGrid(header, slack(lines) ? alignPages(header, data) : data);
}

function indexedRow(line: Line): Row {
  return { cells: new Map(line.cells.map((c) => [c.x0, c.text])), line };
}

/** Header words per column index: each header cell spans to the next cell of its row, within its parent. */
export function indexedColumns(header: Line[]): Column[] {
  let width = 0;
  for (const l of header) for (const c of l.cells) width = Math.max(width, c.x0 + 1);
  const paths: string[][] = Array.from({ length: width }, () => []);
  let parents: { start: number; end: number }[] = [{ start: 0, end: Infinity }];
  let first = true;
  for (const line of header) {
    const cells = [...line.cells].sort((a, b) => a.x0 - b.x0);
    const spans: { start: number; end: number; text: string }[] = [];
    cells.forEach((cell, i) => {
      // Under no header cell of the row above, a cell spans its own column only.
      const parent = parents.find((p) => cell.x0 >= p.start && cell.x0 < p.end) ?? {
        start: cell.x0,
        end: first ? Infinity : cell.x0 + 1,
      };
      const next = cells[i + 1]?.x0 ?? Infinity;
      spans.push({ start: cell.x0, end: Math.min(next, parent.end), text: norm(cell.text) });
    });
    for (const s of spans) for (let c = s.start; c < Math.min(s.end, width); c++) paths[c].push(s.text);
    // Columns without a cell on this row keep their parent span for the rows below.
    const covered = spans.map(({ start, end }) => ({ start, end }));
    for (const p of parents) if (!covered.some((s) => s.start < p.end && s.end > p.start)) covered.push(p);
    parents = covered;
    first = false;
  }
  return paths.map((path, index) => ({ index, path, label: path.join('') }));
}

/** A header cell of a PDF table with the cells stacked above it. */
interface Leaf {
  cell: Cell;
  above: string[];
}

function measuredGrid(header: Line[], data: Line[]): Grid {
  const all = header.flatMap((l, row) => l.cells.map((cell) => ({ cell, row })));
  const overlaps = (a: Cell, b: Cell, slack = 0) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) + slack > 0;
  // Text laid out with spaces (pdftotext -layout) centres a group header only to the character: a
  // header over a column may miss the words under it by a few characters.
  const tolerance = slack([...header, ...data]);
  const leaves: Leaf[] = [];
  for (const h of all) {
    const below = all.some((o) => o.row > h.row && overlaps(o.cell, h.cell, tolerance));
    if (below) continue;
    const above = all
      .filter((o) => o.row < h.row && overlaps(o.cell, h.cell))
      .sort((a, b) => a.row - b.row)
      .map((o) => norm(o.cell.text));
    leaves.push({ cell: h.cell, above });
  }
  leaves.sort((a, b) => a.cell.x0 - b.cell.x0);
  const columns: Column[] = leaves.map((leaf, index) => {
    const path = [...leaf.above, norm(leaf.cell.text)];
    return { index, path, label: path.join('') };
  });
  // A 类/款/项 column holds only its two or three digits; a name beside it belongs to the name column.
  const codeLeaf = leaves.map((leaf) => /^(类|款|项)$|编码$/.test(norm(leaf.cell.text)));
  const allowedIn = (cell: Cell, i: number) => /^\d{1,7}$/.test(norm(cell.text)) || !codeLeaf[i];
  // The first header cell heads amounts (合计), not names: the header has no label column.
  const labelless =
    leaves.length > 0 &&
    !/名称|项目|科目|单位|编码|代码|^[类款项]$|指标|来源/.test(norm(leaves[0].cell.text));
  const place = (cell: Cell): number => {
    // A row label left of every header cell (a table whose header leaves its label column
    // blank) has a column of its own, -1, rather than joining the first amount.
    if (labelless && cell.x1 < leaves[0].cell.x0 - 2 && readAmount(cell.text) === undefined) return -1;
    const allowed = (i: number) => allowedIn(cell, i);
    let best = -1;
    let bestOverlap = 0;
    leaves.forEach((leaf, i) => {
      const o = Math.min(cell.x1, leaf.cell.x1) - Math.max(cell.x0, leaf.cell.x0);
      if (o > bestOverlap && allowed(i)) [best, bestOverlap] = [i, o];
    });
    if (best >= 0) return best;
    const centre = (cell.x0 + cell.x1) / 2;
    let nearest = -1;
    let nearestDistance = Infinity;
    leaves.forEach((leaf, i) => {
      const d = Math.abs((leaf.cell.x0 + leaf.cell.x1) / 2 - centre);
      if (allowed(i) && d < nearestDistance) [nearest, nearestDistance] = [i, d];
    });
    return Math.max(0, nearest);
  };
  const headerTexts = new Set(header.map((l) => l.cells.map((c) => norm(c.text)).join('|')));
  const rows: Row[] = [];
  for (const line of data) {
    // The header repeated on a continuation page is not data.
    if (headerTexts.has(line.cells.map((c) => norm(c.text)).join('|'))) continue;
    const cells = new Map<number, string>();
    const ordered = tolerance
      ? assignInOrder(
          line.cells,
          leaves.map((l) => l.cell),
          (cell, i) => allowedIn(cell, i),
        )
      : undefined;
    let last = -1;
    line.cells.forEach((cell, k) => {
      if (!leaves.length) return;
      let i = ordered?.[k] ?? place(cell);
      // A label that runs on from an amount into the same column (a two-sided 收支总表 whose
      // right-hand names start left of their centred header) belongs to the next column; so does
      // a 类 code printed before such a name (208 社会保障和就业支出).
      const previous = cells.get(i);
      const next = line.cells[k + 1];
      const label = /\D/.test(cell.text) && readAmount(cell.text) === undefined;
      const codeOfNext =
        /^\d{3}$/.test(cell.text) && !!next && readAmount(next.text) === undefined && place(next) === i + 1;
      const nextFree = !line.cells
        .slice(k + 1)
        .some((later) => place(later) === i + 1 && readAmount(later.text) === undefined);
      const afterAmount =
        i === last &&
        previous !== undefined &&
        readAmount(previous) !== undefined &&
        !/^\d{3}$/.test(previous);
      if (afterAmount && i + 1 < leaves.length && (codeOfNext || (label && nextFree))) i++;
      last = Math.max(last, i);
      cells.set(i, cells.has(i) ? `${cells.get(i)} ${cell.text}` : cell.text);
    });
    rows.push({ cells, line });
  }
  return { columns, header, rows };
}

/** The first column whose header words match, searching left to right. */
export function findColumn(
  columns: Column[],
  test: (label: string, col: Column) => boolean,
  from = 0,
): Column | undefined {
  return columns.find((c) => c.index >= from && test(c.label, c));
}
