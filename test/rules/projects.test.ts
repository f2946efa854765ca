import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixWorks, draftWith, findings, GOOD_PROJECT, lineOf } from '../helpers';

const withFields = (fields: string, project = GOOD_PROJECT) =>
  project.replace('    金额: 44.36\n', `    金额: 44.36\n${fields}`);

test('funding-sum-mismatch: 资金来源 that do not add up to 金额', () => {
  const bad = draftWith(withFields('    资金来源:\n      一般公共预算: 40\n      上年结转: 4\n'));
  const [f] = findings(bad, 'funding-sum-mismatch');
  assert.ok(f);
  assert.match(f.message, /资金来源合计44万元，与金额44\.36万元不一致（少0\.36万元）/);
  const ok = draftWith(withFields('    资金来源:\n      一般公共预算: 40.36\n      上年结转: 4\n'));
  assert.deepEqual(findings(ok, 'funding-sum-mismatch'), []);
});

test('funding-sum-mismatch: a rounding difference passes in rounding mode and is explained in exact mode', () => {
  const near = draftWith(withFields('    资金来源:\n      一般公共预算: 40.4\n      上年结转: 4\n'));
  const [f] = findings(near, 'funding-sum-mismatch');
  assert.ok(f);
  assert.match(f.message, /可能为四舍五入尾差/);
  assert.deepEqual(findings(near, 'funding-sum-mismatch', { tolerance: 'rounding' }), []);
});

test('detail-sum-mismatch: fires on 金额, fix sets 金额 to the sum', () => {
  const details =
    '    明细:\n      - { 内容: 代账, 经济科目: 30199 其他工资福利支出, 金额: 3.60, 测算依据: (2000+1000)*12 }\n' +
    '      - { 内容: 物业费, 经济科目: 30209 物业管理费, 金额: 2.00 }\n';
  const text = draftWith(withFields(details));
  const [f] = findings(text, 'detail-sum-mismatch');
  assert.ok(f);
  assert.equal(f.range.start.line, lineOf(text, '金额: 44.36'));
  assert.match(f.message, /2条明细合计5\.6万元/);
  const fixed = assertFixWorks(text, 'detail-sum-mismatch', ['cost-total-mismatch']);
  assert.match(fixed, / {4}金额: 5\.6\n/);
  assert.deepEqual(findings(draftWith(GOOD_PROJECT), 'detail-sum-mismatch'), []);
});

test('procurement-line-mismatch and procurement-exceeds', () => {
  const line =
    '    采购:\n      - { 品目: C21040000 物业管理服务, 数量: 2, 计量单位: 项, 单价: 23.2, 金额: 23.2 }\n';
  const text = draftWith(withFields(line));
  const [f] = findings(text, 'procurement-line-mismatch');
  assert.ok(f);
  assert.match(f.message, /数量 2 × 单价 23\.2 = 46\.4，与金额 23\.2 不一致/);
  assertFixWorks(text, 'procurement-line-mismatch', ['procurement-exceeds']);
  assert.deepEqual(findings(text, 'procurement-exceeds'), []);
  const over = draftWith(withFields(line.replace('金额: 23.2', '金额: 46.4')));
  const [e] = findings(over, 'procurement-exceeds');
  assert.ok(e);
  assert.match(e.message, /政府采购合计46\.4万元，超过项目金额44\.36万元（超出2\.04万元）/);
});

test('project-duplicate-code and project-duplicate-name', () => {
  const a = withFields('    编码: 37010226T000000101\n');
  const b = withFields('    编码: 37010226T000000101\n').replace('医疗保障工作经费', '第二个项目');
  const codes = draftWith(a + b);
  assert.equal(findings(codes, 'project-duplicate-code').length, 1);
  assert.deepEqual(findings(draftWith(a + b.replace('101\n', '102\n')), 'project-duplicate-code'), []);
  const names = draftWith(GOOD_PROJECT + GOOD_PROJECT.replace('金额: 44.36', '金额: 342'));
  const [n] = findings(names, 'project-duplicate-name');
  assert.ok(n);
  assert.match(n.message, /金额分别为44\.36万元和342万元/);
  assert.deepEqual(findings(draftWith(GOOD_PROJECT + b), 'project-duplicate-name'), []);
});

test('project-unit-unknown: only when units are declared', () => {
  const header = '预算单位:\n  - { 编码: "362001", 名称: 测试局, 性质: 行政单位 }\n';
  const bad = draftWith(withFields('    预算单位: "362009"\n'), header);
  const [f] = findings(bad, 'project-unit-unknown');
  assert.ok(f);
  assert.match(f.message, /362009/);
  assert.deepEqual(
    findings(draftWith(withFields('    预算单位: "362001"\n'), header), 'project-unit-unknown'),
    [],
  );
  assert.deepEqual(findings(draftWith(withFields('    预算单位: "362009"\n')), 'project-unit-unknown'), []);
});

test('total-budget-less: fires below 金额, fix raises it', () => {
  const text = draftWith(withFields('    总预算: 40\n'));
  assert.equal(findings(text, 'total-budget-less').length, 1);
  assertFixWorks(text, 'total-budget-less');
  assert.deepEqual(findings(draftWith(withFields('    总预算: 88.72\n')), 'total-budget-less'), []);
});

test('review-open: a 待修改 review is listed; its fix marks it 已修改', () => {
  const review =
    '    审核意见:\n      - { 意见: 成本指标应与年度预算资金总额一致, 审核人: 财政局预算科, 日期: 2025-10-12, 状态: 待修改 }\n';
  const text = draftWith(withFields(review));
  const [f] = findings(text, 'review-open');
  assert.ok(f);
  assert.equal(f.severity, 'info');
  assert.match(f.message, /财政局预算科/);
  const fixed = assertFixWorks(text, 'review-open');
  assert.match(fixed, /状态: 已修改/);
});
