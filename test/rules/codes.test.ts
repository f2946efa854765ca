import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixWorks, draftWith, findings, GOOD_PROJECT } from '../helpers';

const HEAD = '格式: 部门预算/1\n部门: 测试局\n预算年度: 2026\n';
const UNITS = '预算单位:\n  - { 名称: 甲局, 性质: 行政单位 }\n  - { 名称: 乙中心, 性质: 事业单位 }\n';
const rows = (lines: string) => HEAD + UNITS + '支出功能分类:\n' + lines;

test('code-unknown: a project 功能科目 must be a 7-digit 项; unknown codes are reported', () => {
  const project = (code: string) =>
    draftWith(GOOD_PROJECT.replace('    金额: 44.36\n', `    功能科目: ${code}\n    金额: 44.36\n`));
  const [f] = findings(project('21015 医疗保障管理事务'), 'code-unknown');
  assert.match(f.message, /项目的功能科目应为7位项级科目，21015 是款级科目/);
  assert.deepEqual(findings(project('2101502 一般行政管理事务'), 'code-unknown'), []);
  const unknown = findings(project('2101597 不存在的科目'), 'code-unknown');
  assert.equal(unknown.length, 1);
  // 21015's 项 list is from memory, not an official source: an absent 项 may be real (issue 18).
  assert.equal(unknown[0].severity, 'info');
  assert.match(unknown[0].message, /2101597 未收录在 Jixiao 的2026年科目目录中/);
});

test('code-unknown: a code that no 类 of its scheme could hold is a warning, catalog gaps or not', () => {
  const text = draftWith(
    GOOD_PROJECT.replace('    金额: 44.36\n', '    功能科目: 9999999 不存在\n    金额: 44.36\n'),
  );
  const [f, ...more] = findings(text, 'code-unknown');
  assert.deepEqual(more, []);
  assert.equal(f.severity, 'warning');
  assert.equal(f.message, '项目的功能科目 9999999 不在2026年政府收支分类科目中');
  assert.equal(f.path, '项目[0].功能科目');
  const econ = findings(HEAD + '基本支出经济分类:\n  - { 科目: 80101 工资, 人员经费: 1 }\n', 'code-unknown');
  assert.deepEqual(
    econ.map((x) => x.severity),
    ['warning'],
  );
});

test('code-unknown: an unsupported year falls back with an info finding', () => {
  const text = draftWith(GOOD_PROJECT).replace('预算年度: 2026', '预算年度: 2031');
  const [f] = findings(text, 'code-unknown');
  assert.equal(f.severity, 'info');
  assert.match(f.message, /按2026年科目检查/);
});

test('code-name-conflict: 2101550 事业单位运行 → 事业运行, applied by its fix', () => {
  const text = rows('  - { 科目: 2101550 事业单位运行, 人员经费: 154.00 }\n');
  const [f] = findings(text, 'code-name-conflict');
  assert.match(f.message, /官方名称为“事业运行”，此处写作“事业单位运行”/);
  assert.match(assertFixWorks(text, 'code-name-conflict'), /科目: 2101550 事业运行,/);
  assert.deepEqual(
    findings(rows('  - { 科目: 2101550 事业运行, 人员经费: 154.00 }\n'), 'code-name-conflict'),
    [],
  );
});

test('code-name-conflict: every spelling of a code reference, full-width brackets normalised', () => {
  for (const ref of ['2101501-行政运行', '[2101501]行政运行', '【2101501】行政运行', '2101501']) {
    assert.deepEqual(findings(rows(`  - { 科目: "${ref}", 人员经费: 1 }\n`), 'code-name-conflict'), [], ref);
  }
  assert.equal(
    findings(rows('  - { 科目: "[2101501]行政单位运行", 人员经费: 1 }\n'), 'code-name-conflict').length,
    1,
  );
});

test('code-name-conflict: a name that belongs to another code suggests that code', () => {
  const text = rows('  - { 科目: 2101501 事业运行, 人员经费: 1 }\n');
  const [f] = findings(text, 'code-name-conflict');
  assert.match(f.message, /是科目 2101550 的名称，可能是编码写错了/);
  assert.ok(f.fixes.some((x) => x.title === '改用编码 2101550'));
});

test('code-name-inconsistent: one code with two names; official shared names are fine', () => {
  const text = rows(
    '  - { 科目: 2101501 行政运行, 人员经费: 1 }\n  - { 科目: 2101501 医保行政运行, 人员经费: 1 }\n',
  );
  assert.equal(findings(text, 'code-name-inconsistent').length, 1);
  const shared = rows(
    '  - { 科目: 20899 其他社会保障和就业支出, 合计: 3 }\n  - { 科目: 2089999 其他社会保障和就业支出, 人员经费: 3 }\n',
  );
  assert.deepEqual(findings(shared, 'code-name-inconsistent'), []);
});

test('econ-mapping-invalid: 30101 → 50101 for 行政单位, 50501 for 事业单位', () => {
  const econ = (gov: string, unit: string) =>
    HEAD +
    UNITS +
    `基本支出经济分类:\n  - { 科目: 30101 基本工资, 政府科目: ${gov}, 预算单位: ${unit}, 人员经费: 54.00 }\n`;
  assert.deepEqual(findings(econ('50101 工资奖金津补贴', '甲局'), 'econ-mapping-invalid'), []);
  assert.deepEqual(findings(econ('50501 工资福利支出', '乙中心'), 'econ-mapping-invalid'), []);
  const [f] = findings(econ('50501 工资福利支出', '甲局'), 'econ-mapping-invalid');
  assert.match(f.message, /行政单位应为 50101/);
});
