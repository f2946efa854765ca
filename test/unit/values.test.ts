import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  isRateName,
  isTotalCostName,
  parseIndicatorValue,
  type NumberValue,
} from '../../server/src/engine/values/indicatorValue';
import { evaluateFormula, formulaMatchesAmount } from '../../server/src/engine/values/formula';
import { extractGoalMoney, extractNameAmount } from '../../server/src/engine/values/textFigures';
import Decimal from 'decimal.js';

function num(text: string, cost = false): NumberValue {
  const v = parseIndicatorValue(text, { cost });
  assert.equal(v.kind, 'number', text);
  return v as NumberValue;
}

test('operators in every spelling', () => {
  const cases: [string, string][] = [
    ['≤5人', '<='],
    ['<=5人', '<='],
    ['≦5人', '<='],
    ['小于等于5人', '<='],
    ['不超过5人', '<='],
    ['不高于5人', '<='],
    ['≥5人', '>='],
    ['>=5人', '>='],
    ['≧5人', '>='],
    ['大于等于5人', '>='],
    ['不低于5人', '>='],
    ['不少于5人', '>='],
    ['＜5人', '<'],
    ['<5人', '<'],
    ['＞5人', '>'],
    ['>5人', '>'],
    ['=5人', '='],
    ['5人', '='],
    ['95%以上', '>='],
    ['10万元以内', '<='],
  ];
  for (const [t, op] of cases) assert.equal(num(t).operator, op, t);
  assert.equal(num('5人').operatorExplicit, false);
  assert.deepEqual(num('≥95%').operatorSpan, [0, 1]);
});

test('numbers: separators, decimals, 万 and 亿 multipliers, money in 万元', () => {
  assert.equal(num('1,594.25万元').moneyWan!.toFixed(), '1594.25');
  assert.equal(num('≥10万份').value.toFixed(), '100000');
  assert.equal(num('≥10万份').unit, '份');
  assert.equal(num('>40万').value.toFixed(), '400000');
  assert.equal(num('≥18万', true).moneyWan!.toFixed(), '18');
  assert.equal(num('≤443600元').moneyWan!.toFixed(), '44.36');
  assert.equal(num('1.5亿元').moneyWan!.toFixed(), '15000');
  assert.equal(num('３．５万元').moneyWan!.toFixed(), '3.5');
});

test('units: percent, counts, rates', () => {
  assert.equal(num('≥95%').category, 'percent');
  assert.equal(num('≥2000人次').category, 'count');
  const rate = num('≤350万元/人');
  assert.equal(rate.category, 'rate');
  assert.equal(rate.rateNumeratorWan!.toFixed(), '350');
  assert.equal(rate.rateDenominator, '人');
  assert.equal(num('5元/人/年').rateNumeratorWan!.toFixed(), '0.0005');
  assert.equal(num('2次/月').category, 'rate');
  assert.equal(num('≤225.00').category, 'plain');
});

test('qualitative values, lists and invalid input', () => {
  for (const t of ['有所减轻', '12月31日前', '2026年底前', '全覆盖', '显著', '≥良好']) {
    assert.equal(parseIndicatorValue(t).kind, 'qualitative', t);
  }
  const list = parseIndicatorValue('50%/70%');
  assert.equal(list.kind, 'list');
  assert.deepEqual(list.kind === 'list' && list.items.map((i) => i.value.toFixed() + i.unit), ['50%', '70%']);
  const shared = parseIndicatorValue('0/5000元');
  assert.deepEqual(shared.kind === 'list' && shared.items.map((i) => i.unit), ['元', '元']);
  for (const t of ['', '  ', '≥', '≥abc%']) assert.equal(parseIndicatorValue(t).kind, 'invalid', t);
});

test('name classifiers', () => {
  assert.ok(isRateName('举报投诉处置及时率'));
  assert.ok(isRateName('参保对象满意度'));
  assert.ok(!isRateName('业务差错率'));
  assert.ok(isTotalCostName('总成本(万元)'));
  assert.ok(isTotalCostName('经济成本控制总额'));
  assert.ok(!isTotalCostName('办公经费成本'));
});

test('formulas: exact decimal arithmetic with units', () => {
  const v = (t: string) => {
    const r = evaluateFormula(t);
    assert.equal(r.kind, 'value', t);
    return r as { value: Decimal; unit: string | null };
  };
  assert.equal(v('(2000+1000)*12').value.toFixed(), '36000');
  assert.equal(v('30人*6万元/人/年').value.toFixed(), '180');
  assert.equal(v('30人*6万元/人/年').unit, '万元');
  assert.equal(v('80箱*250元/箱').value.toFixed(), '20000');
  assert.equal(v('0.1+0.2').value.toFixed(), '0.3');
  assert.equal(v('12×3000÷2').value.toFixed(), '18000');
  assert.equal(v('（1+2）x3').value.toFixed(), '9');
  for (const t of ['根据往年支出测算', '1/0', '3000元', '(1+2', ''])
    assert.equal(evaluateFormula(t).kind, 'skip', t);
  assert.ok(formulaMatchesAmount(evaluateFormula('(2000+1000)*12'), new Decimal('3.60'), '万元'));
  assert.ok(formulaMatchesAmount(evaluateFormula('80箱*250元/箱'), new Decimal('2'), '万元'));
  assert.ok(!formulaMatchesAmount(evaluateFormula('80箱*250元/箱'), new Decimal('20000'), '万元'));
  assert.ok(formulaMatchesAmount(evaluateFormula('10/3'), new Decimal('3.33'), '元'));
});

test('money figures in prose and in project names', () => {
  const g = extractGoalMoney('项目总成本小于等于270万元，按每人每年350元标准资助');
  assert.deepEqual(
    g.map((f) => [f.value.toFixed(), f.total]),
    [
      ['270', true],
      ['0.035', false],
    ],
  );
  assert.ok(extractGoalMoney('经济成本控制总金额在23万元内')[0].total);
  assert.ok(extractGoalMoney('安排资金327.04万元')[0].total);
  assert.equal(extractNameAmount('DRG试点工作经费项目2024年16万')!.value.toFixed(), '16');
  assert.equal(extractNameAmount('2024年医疗救助资金'), undefined);
});
