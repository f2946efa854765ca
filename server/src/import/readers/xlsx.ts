import { ImportRefusal, type Cell, type Line, type SourceDoc } from '../types';

interface ExcelCell {
  text?: string;
  value?: unknown;
  col: number;
  numFmt?: string;
  address?: string;
  isMerged?: boolean;
  master?: { address?: string };
}
interface ExcelRow {
  eachCell(options: { includeEmpty: boolean }, fn: (cell: ExcelCell, col: number) => void): void;
}
interface ExcelSheet {
  name: string;
  eachRow(options: { includeEmpty: boolean }, fn: (row: ExcelRow, n: number) => void): void;
}
interface ExcelWorkbook {
  worksheets: ExcelSheet[];
  xlsx: { load(data: Uint8Array | ArrayBuffer): Promise<unknown> };
}

/**
 * A workbook of the published tables, one table per sheet or several per sheet: each row becomes a
 * line whose cells sit at their column index, as tab-separated text would. exceljs is loaded only here.
 */
export async function readXlsx(data: Uint8Array, name: string): Promise<SourceDoc> {
  const ExcelJS = (await import('exceljs')) as unknown as {
    Workbook: new () => ExcelWorkbook;
    default?: { Workbook: new () => ExcelWorkbook };
  };
  const Workbook = ExcelJS.Workbook ?? ExcelJS.default!.Workbook;
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch {
    throw new ImportRefusal(`${name} 不是可读取的 Excel 工作簿（.xlsx），文件损坏或已加密`);
  }
  // A zip without a workbook part loads as a workbook of no sheets; Excel never writes one.
  if (!workbook.worksheets.length)
    throw new ImportRefusal(`${name} 不是可读取的 Excel 工作簿（.xlsx），文件损坏或已加密`);
  const lines: Line[] = [];
  const sheetNames: string[] = [];
  workbook.worksheets.forEach((sheet, s) => {
    sheetNames.push(sheet.name);
    sheet.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        // exceljs gives every cell of a merge the merge's value: it is printed once, at its first cell.
        if (cell.isMerged && cell.master && cell.master.address !== cell.address) return;
        const text = cellText(cell).trim();
        if (text) cells.push({ text, x0: col - 1, x1: col });
      });
      lines.push({ cells, page: s + 1, line: n, indexed: true, tabular: cells.length > 1 });
    });
    lines.push({ cells: [], page: s + 1, indexed: true, tabular: false });
  });
  return { kind: 'xlsx', name, lines, blankPages: [], clipped: [], sheetNames };
}

function formatNumber(v: number, numFmt: string | undefined): string {
  const decimals = /0\.(0+)/.exec(numFmt ?? '')?.[1].length;
  return decimals === undefined ? String(v) : v.toFixed(decimals);
}

/** The cell as shown: a number keeps the digits Excel stored (no JS formatting of amounts). */
function cellText(cell: ExcelCell): string {
  const v = cell.value as
    { richText?: { text: string }[]; result?: unknown; text?: string } | string | number | null;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  // Excel holds a number as a double; the digits shown are its number format's (`#,##0.00`).
  if (typeof v === 'number') return formatNumber(v, cell.numFmt);
  if (typeof v === 'object') {
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if (v.result !== undefined) return String(v.result);
    if (typeof v.text === 'string') return v.text;
  }
  return cell.text ?? '';
}
