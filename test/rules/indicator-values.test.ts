import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixWorks, check, draftWith, findings, GOOD_PROJECT } from '../helpers';

const GOOD = draftWith(GOOD_PROJECT);
const cost = (lines: string) => draftWith(GOOD_PROJECT.replace('            总成本: ≤44.36万元\n', lines));
const qty = (v: string) => draftWith(GOOD_PROJECT.replace('医保政策宣传场次: ≥2场次', v));

test('every indicator-value rule is silent on a correct project', () => {
  const rules = [
    'indicator-value-invalid',
    'cost-operator',
    'cost-exceeds-budget',
    'cost-components-mismatch',
    'cost-per-unit',
    'unit-cost-product',
    'satisfaction-value',
    'percent-range',
    'quantity-unit-missing',
    'rate-direction',
    'qualitative-only',
    'goal-figure-mismatch',
    'project-name-amount',
    'formula-mismatch',
  ];
  for (const r of rules) assert.deepEqual(findings(GOOD, r), [], r);
});

test('indicator-value-invalid: empty and operator-only values', () => {
  assert.equal(findings(qty('医保政策宣传场次:'), 'indicator-value-invalid').length, 1);
  const [f] = findings(qty('医保政策宣传场次: ≥'), 'indicator-value-invalid');
  assert.match(f.message, /缺少数字|缺少数值/);
});

test('cost-operator: ≥, > and no operator on money costs; fix writes ≤', () => {
  for (const v of ['≥44.36万元', '"＞44.36万元"', '44.36万元', '44.36万元以上']) {
    const text = cost(`            总成本: ${v}\n`);
    assert.equal(findings(text, 'cost-operator').length, 1, v);
    const fixed = assertFixWorks(text, 'cost-operator');
    assert.match(fixed, /总成本: ≤44\.36万元/);
  }
});

test('cost-total-mismatch: fires on the seed case, converts 元, fix sets the amount', () => {
  const text = cost('            总成本: ≤270万元\n');
  const [f] = findings(text, 'cost-total-mismatch');
  assert.match(
    f.message,
    /总成本 ≤270万元，但项目“医疗保障工作经费”年度预算资金总额为44\.36万元（多225\.64万元）/,
  );
  assert.match(assertFixWorks(text, 'cost-total-mismatch'), /总成本: ≤44\.36万元/);
  assert.deepEqual(findings(cost('            总成本: ≤443600元\n'), 'cost-total-mismatch'), []);
  const yuan = cost('            总成本: ≤443000元\n');
  assert.match(assertFixWorks(yuan, 'cost-total-mismatch'), /总成本: ≤443600元/);
});

test('cost-exceeds-budget: a component above 金额, not the total again', () => {
  const text = cost('            总成本: ≤44.36万元\n            专项成本: ≤50万元\n');
  const [f] = findings(text, 'cost-exceeds-budget');
  assert.match(
    f.message,
    /专项成本” ≤50万元，大于项目“医疗保障工作经费”年度预算资金总额44\.36万元（多5\.64万元）/,
  );
  assert.deepEqual(findings(cost('            总成本: ≤50万元\n'), 'cost-exceeds-budget'), []);
});

test('cost-components-mismatch: 24.9 + 7 + 48.1 = 80 passes, a wrong part fires', () => {
  const ok = draftWith(
    GOOD_PROJECT.replace('金额: 44.36', '金额: 80').replace(
      '            总成本: ≤44.36万元\n',
      '            总成本: ≤80万元\n            办公经费成本: ≤24.9万元\n            印刷经费成本: ≤7万元\n            委托业务经费成本: ≤48.1万元\n',
    ),
  );
  assert.deepEqual(findings(ok, 'cost-components-mismatch'), []);
  const bad = ok.replace('≤48.1万元', '≤40万元');
  assert.match(findings(bad, 'cost-components-mismatch')[0].message, /其他成本指标合计71.9万元/);
});

test('cost-per-unit: a per-person ceiling as large as the project (Jinan ≤350万元/人, 49人)', () => {
  const text = draftWith(
    GOOD_PROJECT.replace('金额: 44.36', '金额: 350')
      .replace(
        '            总成本: ≤44.36万元\n',
        '            总成本: ≤350万元\n            人均成本: ≤350万元/人\n',
      )
      .replace('医保政策宣传场次: ≥2场次', '待遇享受人数: ≥49人'),
  );
  const [f] = findings(text, 'cost-per-unit');
  assert.match(f.message, /按“待遇享受人数”≥49人计为17150万元/);
  assert.deepEqual(findings(text.replace('≤350万元/人', '≤7.2万元/人'), 'cost-per-unit'), []);
});

test('unit-cost-product: 5元×200000人 + 30元×2000人 = 106万元 passes; 50元 fires', () => {
  const text = draftWith(
    GOOD_PROJECT.replace('金额: 44.36', '金额: 106')
      .replace(
        '            总成本: ≤44.36万元\n',
        '            总成本: ≤106万元\n            参保补助标准: 5元/人\n            护理补助标准: 30元/人\n',
      )
      .replace('医保政策宣传场次: ≥2场次', '参保补助人数: 200000人\n            护理补助人数: 2000人'),
  );
  assert.deepEqual(findings(text, 'unit-cost-product'), []);
  const [f] = findings(text.replace('5元/人', '50元/人'), 'unit-cost-product');
  assert.ok(f);
  assert.equal(f.severity, 'info');
});

test('satisfaction-value: missing ≥ (fixed), not a percentage, below the minimum', () => {
  const sat = (v: string) =>
    draftWith(GOOD_PROJECT.replace('人民群众对医疗救助工作满意度: ≥90%', `满意度: ${v}`));
  assert.match(assertFixWorks(sat('95%'), 'satisfaction-value'), /满意度: ≥95%/);
  assert.match(findings(sat('满意'), 'satisfaction-value')[0].message, /不是百分比/);
  assert.match(findings(sat('≥70%'), 'satisfaction-value')[0].message, /低于最低要求 80%/);
  assert.equal(findings(sat('≥85%'), 'satisfaction-value', { satisfaction: { minimum: 90 } }).length, 1);
});

test('percent-range: a rate above 100%', () => {
  assert.equal(findings(qty('参保率: ≥950%'), 'percent-range').length, 1);
  assert.deepEqual(findings(qty('参保率: ≥95%'), 'percent-range'), []);
  assert.deepEqual(findings(qty('业务量增长率: 120%'), 'percent-range'), []);
});

test('quantity-unit-missing: a bare number in 数量指标 or 成本指标 (Jinan ≤225.00)', () => {
  assert.equal(findings(qty('窗口数量: 6'), 'quantity-unit-missing').length, 1);
  assert.equal(findings(cost('            总成本: ≤44.36\n'), 'quantity-unit-missing').length, 1);
  assert.deepEqual(findings(qty('窗口数量: 6个'), 'quantity-unit-missing'), []);
});

test('rate-direction: 稳定运行率 ≤99% fires and is fixed; 差错率 ≤1% is fine', () => {
  const text = qty('系统稳定运行率: ≤99%');
  assert.match(assertFixWorks(text, 'rate-direction'), /系统稳定运行率: ≥99%/);
  assert.deepEqual(findings(qty('业务差错率: ≤1%'), 'rate-direction'), []);
});

test('qualitative-only: all 产出 and 效益 qualitative', () => {
  const text = qty('宣传效果: 明显提升');
  const [f] = findings(text, 'qualitative-only');
  assert.equal(f.severity, 'info');
  assert.deepEqual(findings(text, 'qualitative-only', { rules: { 'qualitative-only': 'off' } }), []);
});

test('qualitative-only: silent while a value is empty (indicator-value-invalid reports it once, at its cause)', () => {
  const text = qty('宣传场次: ""');
  assert.deepEqual(
    check(text).findings.map((f) => f.rule),
    ['indicator-value-invalid'],
  );
  assert.equal(findings(qty('宣传效果: 明显提升'), 'qualitative-only').length, 1);
});

test('goal-figure-mismatch: totals in the prose, per-person figures ignored', () => {
  const goal = (g: string) => draftWith(GOOD_PROJECT.replace('组织实施医疗保障工作', g));
  assert.equal(findings(goal('项目总成本小于等于270万元，组织实施'), 'goal-figure-mismatch').length, 1);
  assert.equal(findings(goal('经济成本控制总金额在23万元内'), 'goal-figure-mismatch').length, 1);
  assert.deepEqual(findings(goal('安排资金44.36万元，按每人每年350元标准资助'), 'goal-figure-mismatch'), []);
});

test('project-name-amount: the Zhaoyuan DRG name says 16万 for 10', () => {
  const text = draftWith(GOOD_PROJECT.replace('医疗保障工作经费', 'DRG试点工作经费项目2024年16万'));
  const [f] = findings(text, 'project-name-amount');
  assert.match(f.message, /“16万”，但项目金额为44\.36万元/);
  assert.deepEqual(
    findings(
      draftWith(GOOD_PROJECT.replace('医疗保障工作经费', 'DRG试点工作经费项目2024年44.36万')),
      'project-name-amount',
    ),
    [],
  );
});

test('formula-mismatch: the three RULES.md formulas pass, a wrong one fires, prose is skipped', () => {
  const detail = (amount: string, f: string) =>
    draftWith(
      GOOD_PROJECT.replace(
        '    金额: 44.36\n',
        `    金额: 44.36\n    明细:\n      - { 内容: 测试, 金额: ${amount}, 测算依据: "${f}" }\n`,
      ),
    );
  assert.deepEqual(findings(detail('3.60', '(2000+1000)*12'), 'formula-mismatch'), []);
  assert.deepEqual(findings(detail('180', '30人*6万元/人/年'), 'formula-mismatch'), []);
  assert.deepEqual(findings(detail('2', '80箱*250元/箱'), 'formula-mismatch'), []);
  assert.deepEqual(findings(detail('2', '根据2023年实际支出情况测算'), 'formula-mismatch'), []);
  assert.match(findings(detail('3.60', '(2000+1000)*10'), 'formula-mismatch')[0].message, /= 30000/);
});
