import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { readText } from '../../server/src/import/readers/text';
import { segment, type TableBlock } from '../../server/src/import/recognise/segment';
import { recognise } from '../../server/src/import/recognise/recognise';
import { importInput } from '../../server/src/import/index';
import { facts } from './compare';
import { sharedPath } from '../sharedDir';

const SEED = sharedPath('seeds', 'jinan-lixia-2026.txt');

/** The seed's tables as a budget office keeps them: titles and units above, amounts as numbers. */
function tablesOf(text: string): TableBlock[] {
  return segment(readText(text, 'seed.txt')).blocks.filter((b): b is TableBlock => b.type === 'table');
}

function writeTable(sheet: ExcelJS.Worksheet, t: TableBlock, startRow: number): number {
  let r = startRow;
  sheet.getCell(r++, 1).value = t.title;
  sheet.getCell(r++, 1).value = `单位：${t.unit ?? '万元'}`;
  for (const line of t.rows) {
    for (const cell of line.cells) {
      const target = sheet.getCell(r, cell.x0 + 1);
      const amount = /^-?[\d,]+\.\d+$/.test(cell.text);
      if (amount) {
        target.value = Number(cell.text.replace(/,/g, ''));
        target.numFmt = '#,##0.00';
      } else target.value = cell.text;
    }
    r++;
  }
  for (const note of t.notes) sheet.getCell(r++, 1).value = note.text;
  return r + 1;
}

/** Everything but the prose (a workbook holds only the tables) and the header read from the cover. */
const tableFacts = (draft: string) =>
  [...facts(draft)]
    .filter(([k]) => !/^(部门|预算年度)$/.test(k))
    .map(([k, v]) => `${k}=${v}`)
    .sort();

for (const layout of ['one table per sheet', 'several tables per sheet'] as const) {
  test(
    `a workbook of the seed's tables, ${layout}, imports like the text`,
    { skip: !existsSync(SEED) && 'seeds not present' },
    async () => {
      const text = readFileSync(SEED, 'utf8');
      const workbook = new ExcelJS.Workbook();
      const tables = tablesOf(text);
      if (layout === 'one table per sheet')
        tables.forEach((t, i) => writeTable(workbook.addWorksheet(`表${i + 1}`), t, 1));
      else {
        const sheets = [workbook.addWorksheet('预算表'), workbook.addWorksheet('绩效目标')];
        const next = [1, 1];
        for (const t of tables) {
          const s = t.kind === 'performance' ? 1 : 0;
          next[s] = writeTable(sheets[s], t, next[s]);
        }
      }
      const data = new Uint8Array(await workbook.xlsx.writeBuffer());
      const fromXlsx = await importInput('jinan.xlsx', data);
      const fromText = recognise(readText(text, 'jinan.txt'));
      assert.deepEqual(tableFacts(fromXlsx.draftText), tableFacts(fromText.draftText));
      assert.ok(fromXlsx.landed / fromXlsx.printed >= 0.97);
      assert.match(fromXlsx.draftText, /# 工作表“表|# 工作表“预算表”|第\d+行/);
    },
  );
}

test(
  'a workbook as budget offices keep it: titles and group headers in merged cells',
  { skip: !existsSync(SEED) && 'seeds not present' },
  async () => {
    // Excel templates merge the title across the table and each group header (财政拨款收入,
    // 基本支出, 2025年预算数 …) across its sub-columns; exceljs reports every cell of a merge
    // with the merge's text, which must be read once, at the merge's first cell.
    const text = readFileSync(SEED, 'utf8');
    const workbook = new ExcelJS.Workbook();
    let merged = 0;
    tablesOf(text).forEach((t, i) => {
      const sheet = workbook.addWorksheet(`表${i + 1}`);
      writeTable(sheet, t, 1);
      const width = Math.max(1, ...t.rows.map((l) => Math.max(...l.cells.map((c) => c.x0 + 1))));
      if (width > 1) {
        sheet.mergeCells(1, 1, 1, width);
        merged++;
      }
      const headerRows = t.rows.findIndex((l) => l.cells.some((c) => /^-?[\d,]+\.\d+$/.test(c.text)));
      t.rows.slice(0, Math.max(0, headerRows)).forEach((line, r) => {
        const cells = [...line.cells].sort((a, b) => a.x0 - b.x0);
        cells.forEach((cell, k) => {
          const end = (cells[k + 1]?.x0 ?? width) - 1;
          const free = t.rows
            .slice(r + 1, headerRows)
            .every((below) => !below.cells.some((b) => b.x0 > cell.x0 && b.x0 <= end && !cells.includes(b)));
          if (end > cell.x0 && free && r === 0) {
            sheet.mergeCells(3 + r, cell.x0 + 1, 3 + r, end + 1);
            merged++;
          }
        });
      });
    });
    assert.ok(merged > 10, `${merged} merges`);
    const data = new Uint8Array(await workbook.xlsx.writeBuffer());
    const fromXlsx = await importInput('jinan.xlsx', data);
    const fromText = recognise(readText(text, 'jinan.txt'));
    assert.deepEqual(tableFacts(fromXlsx.draftText), tableFacts(fromText.draftText));
  },
);
