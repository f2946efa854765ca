import { readAmount } from '../amounts';
import type { Cell, Line } from '../types';

/** Text laid out with spaces (pdftotext -layout): positions are characters, not points. */
export const slack = (lines: Line[]) => (lines.some((l) => !l.indexed && l.size === undefined) ? 3 : 0);

/**
 * Text laid out with spaces places each page's columns anew: on a continuation page the same
 * amount column may sit a few characters left or right. Each later page's amounts are shifted so
 * that their right edges fall where the first page's do.
 */
export function alignPages(header: Line[], data: Line[]): Line[] {
  const isAmount = (c: Cell) => readAmount(c.text) !== undefined && /[.,]/.test(c.text);
  const firstPage = (header[0] ?? data[0])?.page;
  const edges = new Set(
    data.filter((l) => l.page === firstPage).flatMap((l) => l.cells.filter(isAmount).map((c) => c.x1)),
  );
  if (!edges.size) return data;
  const shifts = new Map<number | undefined, number>();
  for (const page of new Set(data.map((l) => l.page))) {
    if (page === firstPage) continue;
    const rights = data
      .filter((l) => l.page === page)
      .flatMap((l) => l.cells.filter(isAmount).map((c) => c.x1));
    let best = 0;
    let bestHits = rights.filter((x) => edges.has(x)).length;
    for (let d = -30; d <= 30; d++) {
      const hits = rights.filter((x) => edges.has(x + d)).length;
      if (hits > bestHits) [best, bestHits] = [d, hits];
    }
    shifts.set(page, best);
  }
  return data.map((l) => {
    const d = shifts.get(l.page);
    // Codes and names start at the margin on every page; only the amounts move.
    return d
      ? { ...l, cells: l.cells.map((c) => (isAmount(c) ? { ...c, x0: c.x0 + d, x1: c.x1 + d } : c)) }
      : l;
  });
}

/**
 * Text laid out with spaces places a row's cells only to the character, so a cell may touch two
 * header cells or none. The cells of a row keep their left-to-right order, one per column: each
 * goes to a column in order, the one nearest (by the gap between them, then by their centres).
 * Undefined when the row has more cells than the header has columns.
 */
export function assignInOrder(
  cells: Cell[],
  columns: Cell[],
  allowed: (cell: Cell, column: number) => boolean,
): number[] | undefined {
  const n = cells.length;
  const m = columns.length;
  if (!n || n > m) return undefined;
  const cost = (c: Cell, k: number) => {
    if (!allowed(c, k)) return Infinity;
    const col = columns[k];
    const gap = Math.max(0, Math.max(c.x0, col.x0) - Math.min(c.x1, col.x1));
    return gap * 10 + Math.abs((c.x0 + c.x1) / 2 - (col.x0 + col.x1) / 2);
  };
  // best[i][j]: least cost of placing the first i cells in the first j columns.
  const best = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  for (let j = 0; j <= m; j++) best[0][j] = 0;
  for (let i = 1; i <= n; i++)
    for (let j = i; j <= m; j++)
      best[i][j] = Math.min(best[i][j - 1], best[i - 1][j - 1] + cost(cells[i - 1], j - 1));
  if (!Number.isFinite(best[n][m])) return undefined;
  const out = new Array<number>(n);
  for (let i = n, j = m; i > 0; j--) {
    if (best[i][j] === best[i][j - 1] && j > i) continue;
    out[i - 1] = j - 1;
    i--;
  }
  return out;
}
