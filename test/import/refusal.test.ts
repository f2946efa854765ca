import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importInput } from '../../server/src/import/index';
import { namesFinalAccounts } from '../../server/src/import/recognise/refusal';
import { linesPdf, makePdf } from './makePdf';
import { sharedPath } from '../sharedDir';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const SEEDS = sharedPath('seeds');
const PUBLISHED = sharedPath('published');
const hasSeeds = existsSync(join(SEEDS, 'zhaoyuan-2024.txt'));
const hasPdfs = existsSync(join(PUBLISHED, 'putuo-swj-2025-unit.pdf'));

/** The refusal message of an input, or a failure when it was imported. */
async function refusal(name: string, data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? new Uint8Array(Buffer.from(data, 'utf8')) : data;
  try {
    await importInput(name, bytes);
  } catch (e) {
    assert.equal((e as Error).name, 'ImportRefusal', (e as Error).stack);
    return (e as Error).message;
  }
  assert.fail(`${name} was imported, not refused`);
}

/** `jixiao import` and `jixiao check` both refuse with exit 2, a Chinese message and no draft. */
function cliRefuses(file: string, message: RegExp): void {
  assert.ok(existsSync(CLI), 'run `npm run build` first');
  for (const command of ['import', 'check']) {
    const r = spawnSync(process.execPath, [CLI, command, file], { encoding: 'utf8', cwd: tmpdir() });
    assert.equal(r.status, 2, `${command}: ${r.stderr}`);
    assert.match(r.stderr, message);
    assert.equal(r.stdout, '', `${command} wrote no draft and no findings`);
  }
}

// A 部门预算's cover, 目录 and a table page as the Shanghai and Shandong series print them.
const BUDGET_PAGES = [
  ['2025年上海市普陀区某某局部门预算', '目录', '一、部门主要职能', '二、部门预算表'],
  ['2025年部门财务收支预算总表', '编制部门：上海市普陀区某某局 单位：元', '一、财政拨款收入 1,234.00'],
];

test('a 决算 is refused wherever it says so: its cover, or only a later page of the package', async () => {
  // The cover of a 决算公开 as the same districts print it a year later.
  const cover = await refusal(
    'juesuan.pdf',
    linesPdf([
      ['2024年度上海市普陀区某某局部门决算', '目录'],
      ['收入支出决算总表', '单位：元'],
    ]),
  );
  assert.equal(
    cover,
    '这是一份决算（第1页印有“2024年度上海市普陀区某某局部门决算”），不是预算：jixiao import 只导入部门预算和单位预算',
  );
  // A budget package into which a 决算 table was bound (pages 1–2 a 预算, page 3 a 决算 table).
  const later = await refusal(
    'mixed.pdf',
    linesPdf([...BUDGET_PAGES, ['财政拨款收入支出决算表', '单位：万元', '合计 12.00']]),
  );
  assert.match(later, /^这是一份决算（第3页印有“财政拨款收入支出决算表”），不是预算/);
});

test(
  'a 决算 in text: a real budget text whose one table is titled as a 决算 table is refused at its line',
  { skip: !hasSeeds && 'seeds not present' },
  async () => {
    // zhaoyuan-2024.txt with its 财政拨款收支总体情况表 (line 171) retitled as the 决算 version of the
    // same table (the national 决算公开 template prints 财政拨款收入支出决算总表).
    const lines = readFileSync(join(SEEDS, 'zhaoyuan-2024.txt'), 'utf8').split('\n');
    assert.equal(lines[170], '财政拨款收支总体情况表');
    lines[170] = '财政拨款收入支出决算总表';
    const message = await refusal('zhaoyuan-juesuan.txt', lines.join('\n'));
    assert.match(message, /^这是一份决算（第171行印有“财政拨款收入支出决算总表”）/);
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-juesuan-'));
    writeFileSync(join(dir, 'z.txt'), lines.join('\n'));
    cliRefuses(join(dir, 'z.txt'), /^jixiao: 拒绝导入 z\.txt：这是一份决算（第171行/);
  },
);

test('决算 said in passing is no 决算: 预决算, 决算数 and a 2023年决算 column header', () => {
  for (const text of [
    '- (十七) 参与医疗保险基金预决算草案编制和管理运营经办工作。',
    '比2023年决算数增加12.00万元',
    '2023年决算',
    '（2023年决算）',
  ])
    assert.equal(namesFinalAccounts(text), false, text);
  for (const text of [
    '2024年度部门决算',
    '上海市普陀区某某局2023年度单位决算',
    '收入支出决算总表',
    '一般公共预算财政拨款支出决算表',
    '部门决算公开',
    '## 2023年部门决算情况说明',
  ])
    assert.equal(namesFinalAccounts(text), true, text);
});

test('a document that is not a budget is refused, also with tables in it', async () => {
  // A price list copied from a spreadsheet: tab-separated, numbers, no budget table or title.
  const prices = ['办公用品价格表', '品名\t规格\t单价', '复印纸\tA4\t25.00', '墨盒\t黑色\t180.00'].join('\n');
  assert.equal(
    await refusal('prices.txt', prices),
    '没有找到部门预算的表格或标题：这不像一份部门预算或单位预算',
  );
  // A report that speaks of 部门预算 in its sentences, with a table of figures.
  const report = [
    '关于2024年度财政工作的报告',
    '各部门要严格执行部门预算，硬化预算约束，严控一般性支出。',
    '指标\t2023年\t2024年',
    '一般公共预算收入\t1,234.00\t1,300.00',
  ].join('\n');
  assert.match(await refusal('report.txt', report), /这不像一份部门预算或单位预算/);
  assert.match(
    await refusal('notice.pdf', linesPdf([['关于举办2025年职工运动会的通知', '各科室：', '定于5月举办。']])),
    /这不像一份部门预算或单位预算/,
  );
});

test('a scanned PDF (no text, or only stamped page numbers) is refused: OCR is out of scope', async () => {
  assert.match(await refusal('scan.pdf', linesPdf([[], []])), /^scan\.pdf 没有文字层（可能是扫描件）/);
  // Scanners and viewers stamp page numbers and a file name over the images.
  const stamped = makePdf([
    [{ x: 290, top: 820, text: '1' }],
    [{ x: 290, top: 820, text: '2' }],
    [{ x: 20, top: 20, text: 'scan0001.tif' }],
  ]);
  assert.match(await refusal('stamped.pdf', stamped), /没有文字层（可能是扫描件）/);
});

test('an encrypted PDF is refused and says so', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-enc-'));
  writeFileSync(join(dir, 'enc.pdf'), linesPdf(BUDGET_PAGES, { encrypted: true }));
  assert.equal(
    await refusal('enc.pdf', readFileSync(join(dir, 'enc.pdf'))),
    'enc.pdf 已加密，无法读取；请提供未加密的 PDF',
  );
  cliRefuses(join(dir, 'enc.pdf'), /拒绝导入 enc\.pdf：enc\.pdf 已加密/);
});

test('a broken PDF is refused: garbage after the header, and a download cut short', async () => {
  assert.match(
    await refusal('garbage.pdf', '%PDF-1.7\n' + 'x'.repeat(500)),
    /^garbage\.pdf 不是可读取的 PDF 文件（文件损坏或格式错误）$/,
  );
  const whole = hasPdfs
    ? new Uint8Array(readFileSync(join(PUBLISHED, 'putuo-swj-2025-unit.pdf')))
    : linesPdf(BUDGET_PAGES);
  // The first 2 KB of a real package: the header and first objects, no pages, no xref.
  const cut = await refusal('cut.pdf', whole.slice(0, 2048));
  assert.match(cut, /^cut\.pdf (不是可读取的 PDF 文件|没有文字层)/);
});

test('a broken or foreign workbook is refused', async () => {
  // A zip that holds no workbook, and a .xlsx that is an encrypted (OLE) file as Excel writes it.
  const zipNoWorkbook = Buffer.from('504b0506' + '00'.repeat(18), 'hex');
  assert.equal(
    await refusal('broken.xlsx', new Uint8Array(zipNoWorkbook)),
    'broken.xlsx 不是可读取的 Excel 工作簿（.xlsx），文件损坏或已加密',
  );
  const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);
  assert.match(await refusal('locked.xlsx', new Uint8Array(ole)), /不是可读取的 Excel 工作簿/);
  assert.match(
    await refusal('half.xlsx', new Uint8Array(Buffer.from('PK\u0003\u0004garbage'))),
    /不是可读取的 Excel 工作簿/,
  );
});

test('a workbook of 决算 tables is refused, also when only a sheet name says so', async () => {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  // The 决算 template's first table, its title only in the sheet tab (as many offices keep it).
  const sheet = workbook.addWorksheet('收入支出决算总表');
  sheet.addRow(['项目', '决算数', '项目', '决算数']);
  sheet.addRow(['一、一般公共预算财政拨款收入', 1234.5, '一、一般公共服务支出', 1234.5]);
  const data = new Uint8Array(await workbook.xlsx.writeBuffer());
  assert.equal(
    await refusal('juesuan.xlsx', data),
    '这是一份决算（工作表“收入支出决算总表”），不是预算：jixiao import 只导入部门预算和单位预算',
  );
});

test('a PDF whose whole text layer is unreadable (fonts without a Unicode map) is refused', async () => {
  // What such a PDF's text layer gives: private-use code points where the characters should be.
  const garbled = [...'2025年部门财务收支预算总表一、财政拨款收入'].map((ch, i) =>
    /\d/.test(ch) ? ch : String.fromCharCode(0xe000 + i),
  );
  const pdf = linesPdf([[garbled.join(''), garbled.slice(4).join('')]]);
  assert.match(
    await refusal('cid.pdf', pdf),
    /^cid\.pdf 的文字层无法识别（\d+ 个字符中 \d+ 个无法识别，字体缺少编码映射）/,
  );
});
