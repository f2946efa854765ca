import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readText } from '../../server/src/import/readers/text';
import { recognise } from '../../server/src/import/recognise/recognise';
import { sharedPath } from '../sharedDir';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const SEEDS = sharedPath('seeds');
const PUBLISHED = sharedPath('published');

function run(args: string[], input?: string) {
  assert.ok(existsSync(CLI), 'run `npm run build` first');
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input, cwd: tmpdir() });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const hasSeeds = existsSync(join(SEEDS, 'jinan-lixia-2026.txt'));
const hasPdfs = existsSync(join(PUBLISHED, 'putuo-wanli-2024.pdf'));

test(
  'import a text: the draft on stdout, the report on stderr ending with the count',
  { skip: !hasSeeds && 'seeds not present' },
  () => {
    const file = join(SEEDS, 'jinan-lixia-2026.txt');
    const r = run(['import', file]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, recognise(readText(readFileSync(file, 'utf8'), 'jinan-lixia-2026.txt')).draftText);
    const last = r.err.trim().split('\n').at(-1);
    assert.match(last!, /^表格中印有数字 \d+ 个，导入草稿 \d+ 个，未导入 \d+ 个。$/);
    assert.match(r.err, /jinan-lixia-2026\.txt:第43\d行 政府采购预算表：未导入的数字/);
  },
);

test(
  'import -o writes the file; --report json is machine-readable',
  { skip: !hasSeeds && 'seeds not present' },
  () => {
    const out = join(mkdtempSync(join(tmpdir(), 'jixiao-import-')), 'z.budget.yaml');
    const r = run(['import', join(SEEDS, 'zhaoyuan-2024.txt'), '-o', out, '--report', 'json']);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, '');
    assert.match(readFileSync(out, 'utf8'), /^格式: 部门预算\/1$/m);
    const report = JSON.parse(r.err);
    assert.equal(report.file, 'zhaoyuan-2024.txt');
    assert.equal(report.notLanded, report.printed - report.landed);
    assert.ok(
      report.issues.some((i: { code: string; line: number }) => i.code === 'table-unknown' && i.line === 506),
    );
  },
);

test('import - reads a pasted 绩效目标表 from stdin', () => {
  const pasted = [
    '项目名称\t医保窗口服务经费',
    '项目资金 (万元)\t年度预算资金总额:\t225.00',
    '总体目标\t保证各项经办业务正常开展',
    '\t一级指标\t二级指标\t三级指标\t指标值',
    '绩效指标\t成本指标\t经济成本\t总成本\t≤225.00',
    '绩效指标\t满意度指标\t服务对象满意度指标\t人员满意度\t≥95%',
  ].join('\n');
  const r = run(['import', '-'], pasted);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /- 名称: 医保窗口服务经费\n {4}金额: 225\.00\n/);
  assert.match(r.out, /满意度指标:\n {10}服务对象满意度指标:\n {12}人员满意度: ≥95%/);
});

test(
  'check a PDF names the page; --format json carries it',
  { skip: !hasPdfs && 'published PDFs not present' },
  () => {
    const file = join(PUBLISHED, 'putuo-wanli-2024.pdf');
    const text = run(['check', file]);
    assert.match(
      text.out,
      /^putuo-wanli-2024\.pdf:第31页 warning empty-table-note “三公”经费表印有数字，却注明“注:本部门2024年无“三公”经费和机关运行经费预算，故本表为空表。”$/m,
    );
    const json = run(['check', file, '--format', 'json']);
    const findings = JSON.parse(json.out) as { rule: string; page?: number }[];
    assert.deepEqual(
      findings.filter((f) => f.rule === 'empty-table-note').map((f) => f.page),
      [31],
    );
    assert.equal(json.code, findings.some((f) => (f as { severity?: string }).severity === 'error') ? 1 : 0);
  },
);

test('refusals: 决算, not a budget, a PDF without text, a broken PDF — exit 2 in Chinese', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-refuse-'));
  writeFileSync(join(dir, 'juesuan.txt'), '2024年某某局部门决算\n\n收入支出决算总表\n');
  writeFileSync(join(dir, 'hello.txt'), 'hello world\n');
  writeFileSync(
    join(dir, 'scan.pdf'),
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
  writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.4\n' + 'x'.repeat(200));
  const cases: [string, RegExp][] = [
    ['juesuan.txt', /拒绝导入 juesuan\.txt：这是一份决算/],
    ['hello.txt', /拒绝导入 hello\.txt：没有找到部门预算的表格或标题/],
    ['scan.pdf', /拒绝导入 scan\.pdf：scan\.pdf 没有文字层（可能是扫描件）/],
    ['broken.pdf', /拒绝导入 broken\.pdf：broken\.pdf 不是可读取的 PDF 文件/],
  ];
  for (const [name, message] of cases) {
    const r = run(['import', join(dir, name)]);
    assert.equal(r.code, 2, `${name}: ${r.err}`);
    assert.match(r.err, message);
    assert.equal(r.out, '');
  }
});
