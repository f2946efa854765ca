#!/usr/bin/env node
// Number coverage of `jixiao import` on any input: how many of the numbers a document prints reach
// the draft, judged against an extraction independent of the importer (poppler's `pdftotext -layout`
// for a PDF, the text itself for .txt, the cells' shown text for .xlsx), and the import report's list
// of what was not understood.
//
//   node scripts/import-coverage.mjs FILE… [--json] [--missing]
//
// Uses the built CLI (dist/cli.js; `npm run build` first). Exit 1 when an input is below 97%.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Decimal from 'decimal.js';

const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const showMissing = args.includes('--missing');
const files = args.filter((a) => !a.startsWith('--'));
if (!files.length) {
  process.stderr.write('用法：node scripts/import-coverage.mjs 文件… [--json] [--missing]\n');
  process.exit(2);
}
if (!existsSync(CLI)) {
  process.stderr.write('dist/cli.js 不存在：先运行 npm run build\n');
  process.exit(2);
}

/** Numbers as printed (`37,151.47` → 37151.47), full-width digits read as digits. */
const numbers = (text) =>
  [
    ...text
      .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
      .replace(/，(?=\d{3}\b)/g, ',')
      .matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g),
  ].map((m) => m[0].replace(/,/g, ''));

async function independentText(file) {
  if (/\.pdf$/i.test(file)) {
    const r = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`pdftotext 无法读取 ${file}（poppler-utils 是否已安装？）`);
    return r.stdout;
  }
  if (/\.xlsx$/i.test(file)) {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const out = [];
    wb.eachSheet((sheet) =>
      sheet.eachRow((row) => {
        const cells = [];
        row.eachCell((cell) => cells.push(cell.text));
        out.push(cells.join('\t'));
      }),
    );
    return out.join('\n');
  }
  return readFileSync(file, 'utf8');
}

/** 款/项 parts of codes printed in their own columns reach the draft inside the full code. */
function codeParts(draftNumbers) {
  const parts = new Set();
  for (const n of draftNumbers)
    if (/^\d{5}$|^\d{7}$/.test(n)) for (let i = 3; i < n.length; i += 2) parts.add(n.slice(i, i + 2));
  return parts;
}

async function measure(file) {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-coverage-'));
  const out = join(dir, 'draft.budget.yaml');
  const run = spawnSync(process.execPath, [CLI, 'import', file, '-o', out, '--report', 'json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0)
    return { file: basename(file), refused: (run.stderr || run.stdout).trim(), exit: run.status };
  const report = JSON.parse(run.stderr);
  const draft = readFileSync(out, 'utf8');
  const draftNumbers = numbers(draft);
  const inDraft = new Set(draftNumbers.map((n) => new Decimal(n).toString()));
  const parts = codeParts(draftNumbers);
  const printed = numbers(await independentText(file));
  const missing = [];
  for (const n of printed) {
    const v = new Decimal(n);
    const reached =
      inDraft.has(v.toString()) ||
      inDraft.has(v.times(10000).toString()) ||
      inDraft.has(v.dividedBy(10000).toString()) ||
      (/^\d{2}$/.test(n) && parts.has(n));
    if (!reached) missing.push(n);
  }
  return {
    file: basename(file),
    printed: printed.length,
    reached: printed.length - missing.length,
    coverage: printed.length ? (printed.length - missing.length) / printed.length : 1,
    tableNumbers: report.printed,
    tableLanded: report.landed,
    missing,
    notUnderstood: report.issues.map((i) => ({
      code: i.code,
      where: i.page ? `第${i.page}页` : i.sheet ? `${i.sheet}!${i.line}` : i.line ? `第${i.line}行` : '',
      message: i.message,
      lost: i.lostNumbers,
    })),
  };
}

const results = [];
for (const f of files) results.push(await measure(f));
if (asJson) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
else {
  const pct = (x) => `${(x * 100).toFixed(2)}%`;
  const rows = [['文件', '印出的数字', '进入草稿', '覆盖率', '表格数字(导入报告)', '未识别条目']];
  for (const r of results)
    rows.push(
      r.refused
        ? [r.file, '—', '—', '拒绝', '—', r.refused]
        : [
            r.file,
            String(r.printed),
            String(r.reached),
            pct(r.coverage),
            `${r.tableLanded}/${r.tableNumbers}`,
            String(r.notUnderstood.length),
          ],
    );
  process.stdout.write(rows.map((r) => `| ${r.join(' | ')} |`).join('\n') + '\n');
  for (const r of results) {
    if (r.refused) continue;
    if (r.notUnderstood.length || (showMissing && r.missing.length)) process.stdout.write(`\n## ${r.file}\n`);
    for (const i of r.notUnderstood)
      process.stdout.write(`- [${i.code}] ${i.where} ${i.message}${i.lost ? `（${i.lost}个数字）` : ''}\n`);
    if (showMissing && r.missing.length) process.stdout.write(`- 未进入草稿的数字：${r.missing.join(' ')}\n`);
  }
}
process.exit(results.some((r) => !r.refused && r.coverage < 0.97) ? 1 : 0);
