import type { Cell, Line } from '../types';

export interface MeasuredIndicator {
  level1: string;
  level2: string;
  name: string;
  value: string;
  /** The 中长期指标值 beside it (jixiao report's 申报表 layout); undefined without that column. */
  longValue?: string;
  line: Line;
}

interface Columns {
  l1: Cell;
  l2: Cell;
  l3: Cell;
  value: Cell;
  long?: Cell;
}

const centre = (c: Cell) => (c.x0 + c.x1) / 2;
const norm = (t: string) => t.replace(/[\s\u3000]+/g, '');
/** Footnote marks a printed report puts after a flagged value (`≤225.00 [2]`). */
const FOOTNOTE = /^\[\d+\]$/;

function columnOf(cell: Cell, cols: Columns): keyof Columns {
  if (cols.long && cell.x0 >= cols.long.x0 - 2) return 'long';
  let best: keyof Columns = 'l1';
  for (const k of ['l1', 'l2', 'l3', 'value'] as const)
    if (Math.abs(centre(cols[k]) - centre(cell)) < Math.abs(centre(cols[best]) - centre(cell))) best = k;
  // Names and values are left-aligned in their cells: a cell starting right of a header's left edge
  // and left of the next header belongs to that header.
  for (const k of ['value', 'l3', 'l2', 'l1'] as const) if (cell.x0 >= cols[k].x0 - 2) return k;
  return best;
}

interface Row {
  y: number;
  name: string;
  value: string;
  longValue?: string;
  l1?: string;
  l2?: string;
  line: Line;
}

/**
 * The indicator rows of a PDF 绩效目标表, whose 一级 and 二级 cells are merged over their rows and
 * print their label at the group's vertical centre. Each label's group is found by mirroring the
 * group's top edge through the label (a centred label sits halfway down its group), snapped to the
 * boundaries between rows; 一级 and 二级 are grouped independently.
 */
export function measuredIndicators(lines: Line[], header: Cell[]): MeasuredIndicator[] {
  const find = (re: RegExp) => header.find((h) => re.test(norm(h.text)));
  const cols = {
    l1: find(/^一级指标/),
    l2: find(/^二级指标/),
    l3: find(/^三级指标/),
    value: find(/^(年度)?指标值/),
    long: find(/^中长期指标值/),
  };
  if (!cols.l1 || !cols.l2 || !cols.l3 || !cols.value) return [];
  const columns = cols as Columns;
  const rows: Row[] = [];
  const labels: Record<'l1' | 'l2', { y: number; text: string }[]> = { l1: [], l2: [] };
  for (const line of lines) {
    const y = line.y ?? 0;
    let name: string | undefined;
    let value: string | undefined;
    let longValue: string | undefined;
    const own: Partial<Record<'l1' | 'l2', string>> = {};
    for (const cell of line.cells) {
      const t = cell.text.trim();
      if (!t || FOOTNOTE.test(t) || /^(年度)?绩效指标$/.test(norm(t))) continue;
      const k = columnOf(cell, columns);
      if (k === 'l3') name = (name ? name : '') + t;
      else if (k === 'value') value = (value ? `${value} ` : '') + t;
      else if (k === 'long') longValue = (longValue ? `${longValue} ` : '') + t;
      else own[k] = norm(t);
    }
    if (name === undefined && value !== undefined && rows.length && !rows[rows.length - 1].value) {
      rows[rows.length - 1].value = value; // a value set a point lower than its name
      continue;
    }
    if (name !== undefined || value !== undefined || longValue !== undefined) {
      rows.push({ y, name: name ?? '', value: value ?? '', longValue, line, ...own });
      for (const k of ['l1', 'l2'] as const) if (own[k]) labels[k].push({ y, text: own[k]! });
    } else for (const k of ['l1', 'l2'] as const) if (own[k]) labels[k].push({ y, text: own[k]! });
  }
  if (!rows.length) return [];
  // Row boundaries, top (higher y) to bottom.
  const bounds = [rows[0].y + (rows.length > 1 ? (rows[0].y - rows[1].y) / 2 : 10)];
  for (let i = 1; i < rows.length; i++) bounds.push((rows[i - 1].y + rows[i].y) / 2);
  const last = rows[rows.length - 1].y;
  bounds.push(last - (rows.length > 1 ? (rows[rows.length - 2].y - last) / 2 : 10));
  const assign = (k: 'l1' | 'l2') => {
    const out: string[] = new Array(rows.length).fill('');
    let start = 0;
    labels[k].forEach((label, n) => {
      let end = rows.length;
      if (n < labels[k].length - 1) {
        const mirror = 2 * label.y - bounds[start];
        end = start + 1;
        for (let b = start + 1; b <= rows.length; b++)
          if (Math.abs(bounds[b] - mirror) < Math.abs(bounds[end] - mirror)) end = b;
      }
      for (let i = start; i < end; i++) out[i] = label.text;
      start = end;
    });
    return out;
  };
  const l1 = assign('l1');
  const l2 = assign('l2');
  return rows.map((r, i) => ({
    level1: l1[i],
    level2: l2[i],
    name: r.name,
    value: r.value,
    longValue: r.longValue,
    line: r.line,
  }));
}
