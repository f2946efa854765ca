import { test } from 'node:test';
import assert from 'node:assert/strict';
import Decimal from 'decimal.js';
import { evaluateFormula, formulaMatchesAmount } from '../../server/src/engine/values/formula';

/** `36000`, `180 万元`, or `skip`. */
function show(text: string): string {
  const r = evaluateFormula(text);
  return r.kind === 'skip' ? 'skip' : `${r.value.toFixed()}${r.unit ? ` ${r.unit}` : ''}`;
}

const matches = (formula: string, amount: string, unit: '万元' | '元') =>
  formulaMatchesAmount(evaluateFormula(formula), new Decimal(amount), unit);

test('the RULES.md examples', () => {
  assert.equal(show('(2000+1000)*12'), '36000');
  assert.equal(show('30人*6万元/人/年'), '180 万元');
  assert.equal(show('80箱*250元/箱'), '20000 元');
  assert.ok(matches('(2000+1000)*12', '3.6', '万元'));
  assert.ok(matches('30人*6万元/人/年', '180', '万元'));
  assert.ok(matches('80箱*250元/箱', '2', '万元'));
});

test('the example draft: every 测算依据 against its line', () => {
  const lines: [string, string, string][] = [
    ['30人*7.2万元/人/年', '216 万元', '216.00'],
    ['5场*18000元/场', '90000 元', '9.00'],
    ['100000份*0.7元/份', '70000 元', '7.00'],
    ['1000人次*1500元/人次', '1500000 元', '150.00'],
    ['2000人次*250元/人次', '500000 元', '50.00'],
    ['24个*7500元/个', '180000 元', '18.00'],
    ['10个*10万元/个', '100 万元', '100.00'],
    ['4场*2万元/场', '8 万元', '8.00'],
  ];
  for (const [formula, value, amount] of lines) {
    assert.equal(show(formula), value, formula);
    assert.ok(matches(formula, amount, '万元'), formula);
  }
});

test('arithmetic: precedence, parentheses, every operator spelling, signs', () => {
  const cases: [string, string][] = [
    ['1+2*3', '7'],
    ['(1+2)*3', '9'],
    ['（1+2）*3', '9'],
    ['（1＋2）×3', '9'],
    ['12×3000÷2', '18000'],
    ['2x3', '6'],
    ['2X3', '6'],
    ['6/4', '1.5'],
    ['10-2-3', '5'],
    ['2*(3+(4-1))', '12'],
    ['-2+5', '3'],
    ['5*-2', '-10'],
    ['1,000*3', '3000'],
    ['1，000*3', '3000'],
    ['１２*３', '36'],
    ['2000 * 12', '24000'],
    ['1000*50%', '500'],
    ['1.2万人*30元/人', '360000 元'],
    ['2000元/月*12个月', '24000 元'],
    ['(2000+1000)元*12', '36000 元'],
    ['3000元/12', '250 元'],
  ];
  for (const [text, expected] of cases) assert.equal(show(text), expected, text);
});

test('exact decimals: no binary floating point anywhere', () => {
  assert.equal(show('0.1+0.2'), '0.3');
  assert.equal(show('1.1*1.1'), '1.21');
  assert.equal(show('0.3-0.1'), '0.2');
  assert.equal(show('12345678.91+0.09'), '12345679');
});

test('money units: 元 and 万元 mixed are converted; 千元 and 亿元 scale', () => {
  assert.equal(show('2万元+5000元'), '25000 元');
  assert.equal(show('5千元*2'), '10000 元');
  assert.equal(show('1亿元/4'), '2500 万元');
  assert.equal(show('2000元+1000'), '3000 元');
  // A ratio of two amounts is not an amount.
  assert.equal(show('10万元/2万元'), '5');
});

test('a label before the formula and a stated result after it', () => {
  assert.equal(show('工资：2000*12'), '24000');
  assert.equal(show('2000*12=24000元'), '24000 元');
  assert.equal(show('2000*12=2.4万元'), '24000 元');
  assert.equal(show('2.4*1=24000元'), '2.4 万元');
  // A stated result that disagrees lends no unit.
  assert.equal(show('2000*12=3万元'), '24000');
  assert.equal(show('2万元*2=40000元'), '4 万元');
});

test('not a formula: prose, a lone number, broken arithmetic, division by zero', () => {
  const texts = [
    '',
    '根据往年支出测算',
    '按照上年实际支出测算，每月约2000元',
    '3000元',
    '36000',
    '-5',
    '(5)',
    '(1+2',
    '1+2)',
    '1+',
    '*2',
    '1/0',
    '10/(5-5)',
    '3人参加培训*2',
    '每月2000元*12',
    '2000*12（12个月）',
    '1,5*2',
    'a+b',
  ];
  for (const t of texts) assert.deepEqual(evaluateFormula(t), { kind: 'skip' }, t);
});

test('formulaMatchesAmount: 万元 or 元, converted when the unit is known', () => {
  // Unit unknown: either reading may match.
  assert.ok(matches('(2000+1000)*12', '36000', '元'));
  assert.ok(matches('(2000+1000)*12', '3.60', '万元'));
  assert.ok(matches('3*1.2', '3.6', '万元'));
  assert.ok(!matches('(2000+1000)*12', '36', '万元'));
  // Unit known: only the converted reading.
  assert.ok(matches('80箱*250元/箱', '20000', '元'));
  assert.ok(!matches('80箱*250元/箱', '20000', '万元'));
  assert.ok(matches('30人*6万元/人/年', '1800000', '元'));
  assert.ok(!matches('30人*6万元/人/年', '18', '万元'));
  assert.ok(!matches('5场*18000元/场', '9.5', '万元'));
  // Nothing to compare.
  assert.ok(formulaMatchesAmount({ kind: 'skip' }, new Decimal(1), '万元'));
});

test('formulaMatchesAmount rounds half up to the amount’s two decimals', () => {
  // 10/3 = 3.333…: written to 分 as 3.33; exact equality could never hold.
  assert.ok(matches('10/3', '3.33', '元'));
  assert.ok(matches('20/3', '6.67', '元'));
  assert.ok(!matches('20/3', '6.66', '元'));
  // 30 × 1234 元 = 3.702 万元, written as 3.70 in a 万元 table.
  assert.ok(matches('30人*1234元/人', '3.70', '万元'));
  assert.ok(!matches('30人*1234元/人', '3.71', '万元'));
  // 0.005 rounds up, not to even.
  assert.ok(matches('1/200', '0.01', '元'));
  // An amount written with more decimals is compared at its own precision.
  assert.ok(matches('30人*1234元/人', '3.702', '万元'));
  assert.ok(!matches('30人*1234元/人', '3.7021', '万元'));
});
