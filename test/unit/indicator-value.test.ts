import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  parseIndicatorValue,
  withOperator,
  type NumberValue,
  type Operator,
} from '../../server/src/engine/values/indicatorValue';
import { describeValue as describe } from './value-describe';

function num(text: string, cost = false): NumberValue {
  const v = parseIndicatorValue(text, { cost });
  assert.equal(v.kind, 'number', `${text}: ${JSON.stringify(v)}`);
  return v as NumberValue;
}

const slice = (text: string, span: [number, number] | undefined) =>
  span ? text.slice(span[0], span[1]) : '';

test('operators in every spelling, with the offsets of what was written', () => {
  const cases: [string, Operator][] = [
    ['≤', '<='],
    ['<=', '<='],
    ['＜＝', '<='],
    ['≦', '<='],
    ['⩽', '<='],
    ['≯', '<='],
    ['小于等于', '<='],
    ['小于或等于', '<='],
    ['不高于', '<='],
    ['不超过', '<='],
    ['不超出', '<='],
    ['未超过', '<='],
    ['不多于', '<='],
    ['不大于', '<='],
    ['至多', '<='],
    ['≥', '>='],
    ['>=', '>='],
    ['＞＝', '>='],
    ['≧', '>='],
    ['⩾', '>='],
    ['≮', '>='],
    ['大于等于', '>='],
    ['大于或等于', '>='],
    ['不低于', '>='],
    ['不少于', '>='],
    ['不小于', '>='],
    ['至少', '>='],
    ['<', '<'],
    ['＜', '<'],
    ['小于', '<'],
    ['低于', '<'],
    ['少于', '<'],
    ['不足', '<'],
    ['不到', '<'],
    ['>', '>'],
    ['＞', '>'],
    ['大于', '>'],
    ['高于', '>'],
    ['多于', '>'],
    ['超过', '>'],
    ['=', '='],
    ['＝', '='],
    ['等于', '='],
    ['≈', '='],
    ['~', '='],
    ['～', '='],
    // Lead-in words.
    ['达到', '>='],
    ['达', '>='],
    ['最低', '>='],
    ['最少', '>='],
    ['控制在', '<='],
    ['最高', '<='],
    ['最多', '<='],
    ['保持在', '='],
    ['稳定在', '='],
    ['维持在', '='],
    ['约为', '='],
    ['大约', '='],
    ['约', '='],
    ['为', '='],
    ['在', '='],
  ];
  for (const [spelling, op] of cases) {
    for (const text of [`${spelling}5人`, `${spelling} 5 人`]) {
      const v = num(text);
      assert.equal(v.operator, op, text);
      assert.equal(v.operatorExplicit, true, text);
      assert.equal(slice(text, v.operatorSpan), spelling, text);
      assert.equal(v.value.toFixed(), '5', text);
      assert.equal(v.unit, '人', text);
      assert.equal(slice(text, v.span).replace(/ /g, ''), '5人', text);
    }
  }
});

test('suffix operators: 以上, 以内, 左右 …', () => {
  const cases: [string, Operator][] = [
    ['及以上', '>='],
    ['以上', '>='],
    ['之上', '>='],
    ['及以下', '<='],
    ['以下', '<='],
    ['及以内', '<='],
    ['以内', '<='],
    ['之内', '<='],
    ['内', '<='],
    ['左右', '='],
  ];
  for (const [spelling, op] of cases) {
    for (const text of [`95%${spelling}`, `5人${spelling}`, `5 人 ${spelling}`]) {
      const v = num(text);
      assert.equal(v.operator, op, text);
      assert.equal(v.operatorExplicit, true, text);
      assert.equal(slice(text, v.operatorSpan), spelling, text);
      assert.ok(!slice(text, v.span).includes(spelling), text);
    }
  }
  assert.equal(num('10万元以内').moneyWan!.toFixed(), '10');
});

test('no operator reads as = and is marked implicit', () => {
  const v = num('95%');
  assert.equal(v.operator, '=');
  assert.equal(v.operatorExplicit, false);
  assert.equal(v.operatorSpan, undefined);
});

test('operator combinations: a restated bound, a lead-in before an operator, a suffix over a lead-in', () => {
  const cases: [string, string, string][] = [
    ['≥95%以上', '>=', '≥'],
    ['>95%以上', '>', '>'],
    ['≤10万元以内', '<=', '≤'],
    ['不低于95%及以上', '>=', '不低于'],
    ['达到≥95%', '>=', '达到≥'],
    ['控制在≤10万元', '<=', '控制在≤'],
    ['控制在95%以上', '>=', '以上'],
    ['达到95%以上', '>=', '以上'],
    ['约100人左右', '=', '左右'],
  ];
  for (const [text, op, written] of cases) {
    const v = num(text);
    assert.equal(v.operator, op, text);
    assert.equal(slice(text, v.operatorSpan), written, text);
  }
});

test('numbers: separators, full-width forms, decimals, signs', () => {
  const cases: [string, string, string][] = [
    ['1,594.25万元', '1594.25', '1594.25'],
    ['1，594.25万元', '1594.25', '1594.25'],
    ['１，５９４．２５万元', '1594.25', '1594.25'],
    ['12,345,678元', '12345678', '12345678'],
    ['≤225.00', '225', '225.00'],
    ['=0.00%', '0', '0.00'],
    ['0.5万元', '0.5', '0.5'],
    ['-5%', '-5', '-5'],
    ['≥-2.5%', '-2.5', '-2.5'],
    ['+5%', '5', '5'],
    ['－3%', '-3', '-3'],
  ];
  for (const [text, value, written] of cases) {
    const v = num(text);
    assert.equal(v.value.toFixed(), value, text);
    assert.equal(v.written, written, text);
  }
});

test('万 and 亿 multiply counts; a bare 万 or 亿 on a cost indicator is money', () => {
  const cases: [string, boolean, string][] = [
    ['≥10万份', false, '>= 100000 份 count'],
    ['>40万', false, '> 400000 - plain'],
    ['＞40万', false, '> 400000 - plain'],
    ['2万人次', false, '=? 20000 人次 count'],
    ['1.5万人', false, '=? 15000 人 count'],
    ['1亿人', false, '=? 100000000 人 count'],
    ['≥18万', true, '>= 18 万元 money wan=18'],
    ['≥18万', false, '>= 180000 - plain'],
    ['>200万', true, '> 200 万元 money wan=200'],
    ['≤2亿', true, '<= 2 亿元 money wan=20000'],
    ['≤2亿', false, '<= 200000000 - plain'],
    ['≤5万/人', true, '<= 5 万元/人 rate wan=5 per=人'],
    ['10万元', true, '=? 10 万元 money wan=10'],
  ];
  for (const [text, cost, expected] of cases)
    assert.equal(describe(parseIndicatorValue(text, { cost })), expected, text);
  assert.equal(num('≥10万份').written, '10');
});

test('units: money, percent, counts and rates', () => {
  const money: [string, string][] = [
    ['5元', '0.0005'],
    ['5千元', '0.5'],
    ['5万元', '5'],
    ['5百万元', '500'],
    ['5千万元', '5000'],
    ['5亿元', '50000'],
    ['443600元', '44.36'],
  ];
  for (const [text, wan] of money) {
    const v = num(text);
    assert.equal(v.category, 'money', text);
    assert.equal(v.moneyWan!.toFixed(), wan, text);
  }
  for (const [text, unit] of [
    ['95%', '%'],
    ['95％', '%'],
    ['5‰', '‰'],
    ['2个百分点', '个百分点'],
    ['2百分点', '百分点'],
    // 甘肃 预算一体化 tables print the unit as a word (嘉峪关市文化和旅游局 2023: `=99百分比`).
    ['=99百分比', '百分比'],
  ]) {
    const v = num(text);
    assert.equal(v.category, 'percent', text);
    assert.equal(v.unit, unit, text);
  }
  const counts =
    '人 人次 次 家 家次 个 场 场次 份 批 台 件 套 天 月 年 户 项 所 张 篇 册 箱 平方米 公里 个工作日 小时 个月 吨 亩 kg km m²';
  for (const unit of counts.split(' ')) {
    const v = num(`≥3${unit}`);
    assert.equal(v.category, 'count', unit);
    assert.equal(v.unit, unit, unit);
  }
  const rates: [string, string][] = [
    ['≤350元/人', '<= 350 元/人 rate wan=0.035 per=人'],
    ['≤5元/年/人', '<= 5 元/年/人 rate wan=0.0005 per=人/年'],
    ['≤5元/人/年', '<= 5 元/人/年 rate wan=0.0005 per=人/年'],
    ['5000次/月', '=? 5000 次/月 rate per=月'],
    ['≤6万元/人', '<= 6 万元/人 rate wan=6 per=人'],
    ['200元/人·月', '=? 200 元/人·月 rate wan=0.02 per=人/月'],
    ['200元/人•月', '=? 200 元/人·月 rate wan=0.02 per=人/月'],
    ['≥1次/年', '>= 1 次/年 rate per=年'],
  ];
  for (const [text, expected] of rates) assert.equal(describe(parseIndicatorValue(text)), expected, text);
  assert.equal(num('≤225.00').category, 'plain');
});

test('qualitative values: words, dates and deadlines, ranges, years, figures inside sentences', () => {
  const texts = [
    '优',
    '良',
    '显著',
    '有效',
    '及时',
    '健全',
    '合理',
    '有所减轻',
    '明显提高',
    '全覆盖',
    '长期',
    '有效促进',
    '12月31日前',
    '2026年底前',
    '2026年12月',
    '2026年',
    '2026年度',
    '2026-12-31',
    '2026/12/31',
    '2026.12.31',
    '12/31前',
    '90%-95%',
    '90~95%',
    '90%～95%',
    '90至95%',
    '1:1',
    '较上年提高5%',
    '比上年增长≥5%',
    '人均补助达到500元',
    '全年培训5次',
    '100%完成',
    '5场次完成',
    '≥5次培训',
    '≥良好',
    '不低于上年',
    '为民服务',
    '达标',
    '50%/优',
    'N/A',
    '—',
  ];
  for (const t of texts) assert.deepEqual(parseIndicatorValue(t), { kind: 'qualitative', text: t }, t);
  assert.deepEqual(parseIndicatorValue('  显著 '), { kind: 'qualitative', text: '显著' });
});

test('durations are numbers; a four-digit year with 年 is a date', () => {
  assert.equal(describe(parseIndicatorValue('1年')), '=? 1 年 count');
  assert.equal(describe(parseIndicatorValue('1年内')), '<= 1 年 count');
  assert.equal(describe(parseIndicatorValue('3个工作日内')), '<= 3 个工作日 count');
  assert.equal(describe(parseIndicatorValue('≤2026年')), '<= 2026 年 count');
  assert.equal(describe(parseIndicatorValue('2026')), '=? 2026 - plain');
});

test('words before an operator are a label and are skipped; the spans point past them', () => {
  const cases: [string, string, string, string][] = [
    ['完成率达到95%', '>= 95 % percent', '达到', '95%'],
    ['满意度≥95%', '>= 95 % percent', '≥', '95%'],
    ['满意度 ≥ 95%', '>= 95 % percent', '≥', '95%'],
    ['达标率≥95%', '>= 95 % percent', '≥', '95%'],
    ['总成本不超过10万元', '<= 10 万元 money wan=10', '不超过', '10万元'],
    ['补助最高30000元', '<= 30000 元 money wan=3', '最高', '30000元'],
  ];
  for (const [text, expected, op, span] of cases) {
    const v = num(text);
    assert.equal(describe(v), expected, text);
    assert.equal(slice(text, v.operatorSpan), op, text);
    assert.equal(slice(text, v.span), span, text);
  }
});

test('lists: element by element, a trailing unit shared by all', () => {
  const cases: [string, string][] = [
    ['50%/70%', 'list =? 50 % percent | =? 70 % percent'],
    ['50/70%', 'list =? 50 % percent | =? 70 % percent'],
    ['95%／98%', 'list =? 95 % percent | =? 98 % percent'],
    ['0/5000元', 'list =? 0 元 money wan=0 | =? 5000 元 money wan=0.5'],
    ['3000/10000元', 'list =? 3000 元 money wan=0.3 | =? 10000 元 money wan=1'],
    ['1/2万人', 'list =? 10000 人 count | =? 20000 人 count'],
    ['≥50%/≥70%', 'list >= 50 % percent | >= 70 % percent'],
    ['≥50% / 70%', 'list >= 50 % percent | =? 70 % percent'],
    ['10/20/30人', 'list =? 10 人 count | =? 20 人 count | =? 30 人 count'],
  ];
  for (const [text, expected] of cases) assert.equal(describe(parseIndicatorValue(text)), expected, text);
  const list = parseIndicatorValue('0/5000元');
  assert.ok(list.kind === 'list');
  assert.deepEqual(
    list.items.map((i) => i.span),
    [
      [0, 1],
      [2, 7],
    ],
  );
});

test('invalid values, with a Chinese message and the column of the fault', () => {
  const cases: [string, RegExp, number][] = [
    ['', /指标值为空/, 0],
    ['   ', /指标值为空/, 0],
    ['≥', /只有运算符“≥”，缺少数值/, 0],
    ['  ≥  ', /只有运算符“≥”/, 2],
    ['不低于', /只有运算符“不低于”/, 0],
    ['≥abc%', /运算符“≥”后应为数字，而不是“abc%”/, 1],
    ['≥%', /运算符“≥”后应为数字/, 1],
    ['＞abc', /运算符“>”后应为数字/, 1],
    ['>=.5', /运算符“>=”后应为数字/, 2],
    ['≥≥95%', /两个运算符“≥”和“≥”/, 1],
    ['≥≤5', /两个运算符“≥”和“≤”/, 1],
    ['>=<5', /两个运算符“>=”和“<”/, 2],
    ['不低于≥95%', /两个运算符“不低于”和“≥”/, 3],
    ['≥95%以下', /“≥”与“以下”相互矛盾/, 4],
    ['≤10万元以上', /“≤”与“以上”相互矛盾/, 5],
    ['=95%以上', /“=”与“以上”相互矛盾/, 4],
    ['1,5', /数字“1,5”的千分位分隔符位置不对/, 1],
    ['12,000,00元', /数字“12,000,00”的千分位分隔符/, 6],
    ['≥95%%', /数值“95%”后面的“%”无法识别/, 4],
    ['95%)', /后面的“\)”无法识别/, 3],
    ['≥95%≥', /“95%”后面又写了运算符“≥”/, 4],
    ['≥50%/≥', /“50%”后面的“\/≥”无法识别/, 4],
    ['≥50%/≥abc', /“50%”后面的“\/≥abc”无法识别/, 4],
  ];
  for (const [text, message, column] of cases) {
    const v = parseIndicatorValue(text);
    assert.equal(v.kind, 'invalid', text);
    if (v.kind !== 'invalid') continue;
    assert.match(v.message, message, text);
    assert.equal(v.column, column, text);
  }
});

test('offsets are into the text as passed: leading blanks and full-width forms', () => {
  const a = num('  ≥95%');
  assert.deepEqual(
    [a.operatorSpan, a.span],
    [
      [2, 3],
      [3, 6],
    ],
  );
  const b = num('＞＝９５％');
  assert.deepEqual(
    [b.operator, b.operatorSpan, b.span, b.value.toFixed(), b.unit],
    ['>=', [0, 2], [2, 5], '95', '%'],
  );
  // Trailing sentence punctuation is not part of the value.
  assert.deepEqual(num('≥95%。').span, [1, 4]);
});

test('withOperator rewrites the comparison and drops labels, lead-ins and suffixes', () => {
  const cases: [string, string][] = [
    ['≥1218万元', '≤1218万元'],
    ['95%以上', '≤95%'],
    ['完成率达到95%', '≤95%'],
    ['不低于 5 人', '≤5 人'],
    ['1594.25万元', '≤1594.25万元'],
  ];
  for (const [text, expected] of cases) assert.equal(withOperator(text, num(text), '≤'), expected, text);
});
