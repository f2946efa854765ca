import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractGoalMoney, extractNameAmount } from '../../server/src/engine/values/textFigures';

/** Each figure as `value(万元) written total|part`. */
const goal = (text: string) =>
  extractGoalMoney(text).map((f) => `${f.value.toFixed()} ${f.written} ${f.total ? 'total' : 'part'}`);

test('totals in 总体目标 prose, as the seeds and RULES.md write them', () => {
  const cases: [string, string[]][] = [
    ['项目总成本小于等于270万元，参保人数≤6600人', ['270 270万元 total']],
    ['经济成本控制总金额在23万元内, 建设医保工作站24家', ['23 23万元 total']],
    ['预计2026年参保人数327042人, 安排资金327.04万元。', ['327.04 327.04万元 total']],
    ['预算资金116万元', ['116 116万元 total']],
    ['项目总成本控制在225万元以内，全年接听有效咨询电话不少于每月5000次', ['225 225万元 total']],
    ['涉及预算资金 1,594.25 万元', ['1594.25 1,594.25 万元 total']],
    ['项目资金共计1.5亿元', ['15000 1.5亿元 total']],
    ['总投入５０万元', ['50 ５０万元 total']],
    ['安排经费16万，用于宣传', ['16 16万 total']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(goal(text), expected, text);
});

test('per-unit amounts and parts are never totals', () => {
  const cases: [string, string[]][] = [
    ['项目总成本小于等于270万元，按每人每年350元标准资助', ['270 270万元 total', '0.035 350元 part']],
    ['按照每人每年最高30000元的标准, 对50位重特大疾病住院进行救助', ['3 30000元 part']],
    ['其中财政承担10元, 预计2026年参保人数327042人', ['0.001 10元 part']],
    ['安排资金200万元，其中上级资金150万元', ['200 200万元 total', '150 150万元 part']],
    [
      '预算资金 3,985.05 万元，其中财政拨款 3,985.05 万元',
      ['3985.05 3,985.05 万元 total', '3985.05 3,985.05 万元 part'],
    ],
    ['补助标准为500元', ['0.05 500元 part']],
    ['预算安排补助500元/人', ['0.05 500元 part']],
    ['预算安排500元的标准', ['0.05 500元 part']],
    ['拨付救助金80万元', ['80 80万元 part']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(goal(text), expected, text);
});

test('figures that are not money: years, counts, a bare 万 outside a money clause', () => {
  const texts = [
    '2024年度，预计将200000名参加职工基本医疗保险的职工和退休人员纳入覆盖范围',
    '服务参保人口40万，全年宣传10万份',
    '印制医保政策宣传资料10万份',
    '参保率稳定在95%以上',
    '根据历下区人民政府〔十九届第42号〕《常务会议纪要》要求',
  ];
  for (const t of texts) assert.deepEqual(goal(t), [], t);
});

test('offsets: start and end delimit the written figure', () => {
  const text = '项目总成本小于等于270万元，按每人每年350元标准资助';
  for (const f of extractGoalMoney(text)) assert.equal(text.slice(f.start, f.end), f.written);
  const [f] = extractGoalMoney(text);
  assert.deepEqual([f.start, f.end], [9, 14]);
});

test('extractNameAmount: the amount a project name states, in 万元', () => {
  const cases: [string, string, string][] = [
    ['DRG试点工作经费项目2024年16万', '16', '16万'],
    ['DRG试点经费项目2024年16万', '16', '16万'],
    ['职工长护险财政补贴2024年106万', '106', '106万'],
    ['特殊群体医疗保险个人缴费部分财政补助2024年587.2万', '587.2', '587.2万'],
    ['特殊人群医疗统筹金及管理经费2024年1999.7万', '1999.7', '1999.7万'],
    ['业务经费2024年9.37万', '9.37', '9.37万'],
    ['信息系统运维经费50万元', '50', '50万元'],
    ['重大项目补助1.5亿元', '15000', '1.5亿元'],
    ['宣传经费8000元', '0.8', '8000元'],
    ['补助经费５万元', '5', '５万元'],
  ];
  for (const [name, value, written] of cases) {
    const r = extractNameAmount(name);
    assert.ok(r, name);
    assert.deepEqual(
      [r.value.toFixed(), r.written, name.slice(r.start, r.end)],
      [value, written, written],
      name,
    );
  }
});

test('extractNameAmount: years, counts, thresholds, rates and two different amounts are not the amount', () => {
  const names = [
    '2024年医疗救助资金',
    '60岁以上城乡居民财政代缴',
    '10万人口健康促进项目',
    '20万元以下小额采购项目',
    '补助标准10元/人',
    '结转5万元及新增10万元',
    '医保窗口服务经费',
  ];
  for (const n of names) assert.equal(extractNameAmount(n), undefined, n);
  // The same amount twice is still one amount.
  assert.equal(extractNameAmount('经费16万（16万元）')?.value.toFixed(), '16');
});
