import ExcelJS from 'exceljs';

/**
 * A table as a budget office lays it out: rows of cells ('' for an empty one) and the cells merged
 * in the sheet, as [first row, first column, last row, last column], 0-based. Copied from Excel, a
 * merged cell's text is in its first cell only; WPS and exceljs repeat it in every cell it covers.
 */
export interface Layout {
  title: string[];
  rows: string[][];
  merges: [number, number, number, number][];
}

/** The rows with each merged cell's text repeated over the cells it covers. */
export function repeated(layout: Layout): string[][] {
  const rows = layout.rows.map((r) => [...r]);
  for (const [r1, c1, r2, c2] of layout.merges) {
    const text = rows[r1][c1];
    for (let r = r1; r <= r2; r++)
      for (let c = c1; c <= c2; c++) {
        while (rows[r].length <= c) rows[r].push('');
        rows[r][c] = text;
      }
  }
  return rows;
}

/** Tab-separated text, merged cells empty (Excel's copy) or repeated (WPS). */
export function asText(layouts: Layout[], merged: 'empty' | 'repeated'): string {
  return layouts
    .map((l) =>
      [...l.title, ...(merged === 'empty' ? l.rows : repeated(l)).map((r) => r.join('\t'))].join('\n'),
    )
    .join('\n\n');
}

/** Writes a layout at `start` (1-based row) with its cells merged and amounts as numbers; returns the next free row. */
export function writeLayout(sheet: ExcelJS.Worksheet, layout: Layout, start: number): number {
  let r = start;
  for (const t of layout.title) sheet.getCell(r++, 1).value = t;
  const first = r;
  layout.rows.forEach((row, i) =>
    row.forEach((text, c) => {
      if (!text) return;
      const cell = sheet.getCell(first + i, c + 1);
      if (/^-?\d+\.\d\d$/.test(text)) {
        cell.value = Number(text);
        cell.numFmt = '#,##0.00';
      } else cell.value = text;
    }),
  );
  for (const [r1, c1, r2, c2] of layout.merges) sheet.mergeCells(first + r1, c1 + 1, first + r2, c2 + 1);
  return first + layout.rows.length + 1;
}

export async function workbook(layouts: Layout[], perSheet: 'one' | 'several'): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  if (perSheet === 'one') layouts.forEach((l, i) => writeLayout(book.addWorksheet(`表${i + 1}`), l, 1));
  else {
    const sheet = book.addWorksheet('绩效目标');
    let next = 1;
    for (const l of layouts) next = writeLayout(sheet, l, next);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
