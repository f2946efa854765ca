import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, check, draftWith, findings, GOOD_PROJECT } from '../helpers';

const BAD = draftWith(GOOD_PROJECT.replace('总成本: ≤44.36万元', '总成本: ≤270万元'));

test('a suppression with a reason silences its rule on its line', () => {
  const text = BAD.replace('≤270万元', '≤270万元   # 绩效检查-忽略 cost-total-mismatch: 含市级资金54万元');
  const rules = check(text).findings.map((f) => f.rule);
  assert.ok(!rules.includes('cost-total-mismatch'));
  assert.ok(!rules.includes('suppression-unused'));
  assert.ok(!rules.includes('suppression-invalid'));
});

test('a suppression alone on a line silences the next line', () => {
  const text = BAD.replace(
    '            总成本: ≤270万元',
    '            # 绩效检查-忽略 cost-total-mismatch: 含市级资金\n            总成本: ≤270万元',
  );
  assert.deepEqual(findings(text, 'cost-total-mismatch'), []);
});

test('a file-wide suppression silences the rule everywhere', () => {
  const text = '# 绩效检查-忽略-文件 cost-total-mismatch: 本部门成本指标按全口径填写\n' + BAD;
  assert.deepEqual(findings(text, 'cost-total-mismatch'), []);
});

test('without a reason, or with the placeholder, it does not silence and is reported', () => {
  for (const tail of [
    '# 绩效检查-忽略 cost-total-mismatch',
    '# 绩效检查-忽略 cost-total-mismatch: 请填写理由',
  ]) {
    const text = BAD.replace('≤270万元', `≤270万元  ${tail}`);
    assert.equal(findings(text, 'cost-total-mismatch').length, 1, tail);
    const [inv] = findings(text, 'suppression-invalid');
    assert.ok(inv, tail);
    assert.match(inv.message, /理由/);
  }
});

test('an unknown rule is invalid; an unused suppression is a hint whose fix deletes it', () => {
  const unknown = BAD.replace('≤270万元', '≤270万元  # 绩效检查-忽略 cost-total: 理由');
  assert.match(findings(unknown, 'suppression-invalid')[0].message, /cost-total/);
  const good = draftWith(GOOD_PROJECT);
  const unused = good.replace('≤44.36万元', '≤44.36万元  # 绩效检查-忽略 cost-total-mismatch: 曾含市级资金');
  const [u] = findings(unused, 'suppression-unused');
  assert.ok(u);
  assert.equal(u.severity, 'hint');
  assert.equal(applyFix(unused, u.fixes[0]), good);
});

test('a # inside a quoted value is not a comment', () => {
  const text = BAD.replace(
    '总体目标: 组织实施医疗保障工作',
    '总体目标: "编号 # 绩效检查-忽略 cost-total-mismatch: x"',
  );
  assert.equal(findings(text, 'cost-total-mismatch').length, 1);
});
