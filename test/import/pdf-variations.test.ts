import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPdf } from '../../server/src/import/readers/pdf';
import { recognise } from '../../server/src/import/recognise/recognise';
import { isDataLine } from '../../server/src/import/recognise/columns';
import { lineText, segment, type TableBlock } from '../../server/src/import/recognise/segment';
import type { Line, SourceDoc } from '../../server/src/import/types';
import { differences } from './compare';
import { sharedPath } from '../sharedDir';

/**
 * Other PDFs of the same series print the same tables a little differently. Each test reads a real
 * package (published/*.pdf), varies its printed lines as another department or year of the series
 * does, and requires the values of the golden draft, checked by hand against the pages.
 */
const PUBLISHED = sharedPath('published');
const NAME = 'putuo-wanli-2024';
const present = existsSync(join(PUBLISHED, `${NAME}.pdf`));
const golden = () => readFileSync(join(__dirname, 'golden', `${NAME}.budget.yaml`), 'utf8');
const read = async () => readPdf(new Uint8Array(readFileSync(join(PUBLISHED, `${NAME}.pdf`))), `${NAME}.pdf`);
const tableOf = (doc: SourceDoc, kind: string) =>
  segment(doc).blocks.find((b): b is TableBlock => b.type === 'table' && b.kind === kind)!;

/** The header lines a table prints at the top of a page, before its first row of data. */
const headerOn = (t: TableBlock, page: number): Line[] => {
  const lines = t.rows.filter((r) => r.page === page);
  const first = lines.findIndex(isDataLine);
  return lines.slice(0, first < 0 ? 0 : first);
};

test(
  'a table continued without its header repeated, and one that repeats it, read alike',
  { skip: !present && 'published PDFs not present' },
  async () => {
    const doc = await read();
    // 一般公共预算支出功能分类预算表 (pages 22–26) repeats its header on every page; the other
    // departments' packages of the series print some long tables without it. Both directions:
    const gpb = tableOf(doc, 'function-gpb');
    const drop = new Set(gpb.pages.slice(1).flatMap((p) => headerOn(gpb, p)));
    assert.ok(drop.size >= 8, 'the repeated headers of pages 23–26');
    // …and 收入预算总表 (pages 11–15) printed with its header repeated on each continuation page.
    const income = tableOf(doc, 'income');
    const header = headerOn(income, income.pages[0]);
    const lines: Line[] = [];
    for (const line of doc.lines) {
      if (drop.has(line)) continue;
      const page = line.page!;
      const continuation = income.pages.slice(1).includes(page);
      if (continuation && lines.at(-1)?.page !== page) lines.push(...header.map((h) => ({ ...h, page })));
      lines.push(line);
    }
    const varied = recognise({ ...doc, lines });
    assert.deepEqual(differences(varied.draftText, golden()), []);
    assert.equal(varied.printed - varied.landed, recognise(doc).printed - recognise(doc).landed);
  },
);

test(
  'titles numbered and worded as other years print them (表2, 部门收支预算总表, no year)',
  { skip: !present && 'published PDFs not present' },
  async () => {
    const doc = await read();
    const renames: [RegExp, string][] = [
      [/^2024年部门财务收支预算总表$/, '表1 2024年部门收支预算总表'],
      [/^2024年部门收入预算总表$/, '表2 部门收入预算总表'],
      [/^2024年部门支出预算总表$/, '表3：2024年部门支出预算总表'],
      [/^2024年部门一般公共预算支出功能分类预算表$/, '2024年部门一般公共预算支出预算表（按功能分类科目）'],
      [/^2024年部门一般公共预算基本支出部门预算经济分类预算表$/, '表6 一般公共预算基本支出预算表'],
    ];
    let renamed = 0;
    const lines = doc.lines.map((line) => {
      const text = lineText(line);
      const hit = line.cells.length === 1 && renames.find(([from]) => from.test(text));
      if (!hit) return line;
      renamed++;
      return { ...line, cells: [{ ...line.cells[0], text: hit[1] }] };
    });
    assert.equal(renamed, renames.length);
    assert.deepEqual(differences(recognise({ ...doc, lines }).draftText, golden()), []);
  },
);
