import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, lineOf } from '../helpers';
import { renderBody, renderReport } from '../../server/src/report/render';
import { goalsRows, LONG_TERM_DRAFT } from './reportTables';

const ROOT = join(__dirname, '..', '..');
const read = (...p: string[]) => readFileSync(join(ROOT, ...p), 'utf8');

function body(text: string): string {
  const { draft, findings } = check(text);
  return renderBody(draft, findings);
}

test('期限, 总预算, 明细 and 长期目标 are printed as a 申报表 lays them out', () => {
  const rows = goalsRows(body(LONG_TERM_DRAFT), 0);
  assert.deepEqual(rows, [
    ['项目名称', '校舍改造'],
    ['主管部门及代码', '某区<教育>局', '实施单位', ''],
    ['项目期限', '2026年—2028年'],
    ['项目资金（万元）', '年度预算资金总额', '120.00'],
    ['其中：财政拨款', '120.00'],
    ['其他资金', ''],
    ['中长期资金总额', '360.00'],
    ['总体目标', '中长期目标', '年度目标'],
    ['三年内完成全区9所学校校舍改造"<script>"', '完成3所学校屋面防水改造'],
    ['项目支出明细测算', '名称/内容', '测算依据', '金额（万元）'],
    ['校舍维修：屋面防水 <A&B>', '2000平方米*500元/平方米', '100.00'],
    ['监理费', '', '20.00'],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '中长期指标值'],
    ['成本指标', '经济成本指标', '总成本', '≤120万元', ''],
    // Matched by name: one row with both values; what only one tree has leaves the other empty.
    ['产出指标', '数量指标', '改造学校数', '3所', '9所'],
    ['改造面积<m²>', '', '≥6000平方米'],
    ['质量指标', '验收合格率', '100%', ''],
    ['满意度指标', '服务对象满意度指标', '师生满意度', '≥90%', ''],
    ['效益指标', '社会效益指标', '校舍安全隐患', '', '消除'],
  ]);
});

test('the 申报表 cells keep their spans and point at their source', () => {
  const html = body(LONG_TERM_DRAFT);
  // 产出指标 spans its three rows (改造学校数, 改造面积 of 数量指标; 验收合格率 of 质量指标).
  assert.match(html, /<td rowspan="3" data-path="项目\[0\]\.绩效目标\.指标\.产出指标"[^>]*>产出指标</);
  assert.match(html, /<th class="label" rowspan="4">项目资金（万元）<\/th>/);
  assert.match(html, /<th class="label" rowspan="3" data-path="项目\[0\]\.明细"/);
  const total =
    /<td class="num" colspan="4" data-path="项目\[0\]\.总预算"[^>]*data-line="(\d+)"[^>]*>360\.00</.exec(
      html,
    );
  assert.ok(total, '中长期资金总额 cell');
  assert.equal(Number(total[1]), lineOf(LONG_TERM_DRAFT, '总预算: 360'));
  assert.match(html, /<td colspan="2" data-path="项目\[0\]\.明细\[0\]\.测算依据"[^>]*>2000平方米/);
  assert.match(html, /<td[^>]*data-path="项目\[0\]\.绩效目标\.长期目标\.指标\.效益指标"[^>]*>效益指标</);
  // Six columns: both value columns declared, the header row fills them.
  assert.match(html, /<col class="c-value2"><col class="c-value2"><\/colgroup>/);
});

test('the 申报表 fields are escaped like every other string', () => {
  const { draft, findings } = check(LONG_TERM_DRAFT);
  const html = renderReport(draft, findings);
  assert.ok(!/<script/i.test(html), 'no script tag');
  assert.ok(!html.includes('<A&B>') && !html.includes('<m²>'));
  assert.ok(html.includes('>校舍维修：屋面防水 &lt;A&amp;B&gt;</td>'));
  assert.ok(html.includes('>改造面积&lt;m²&gt;</td>'));
  assert.ok(html.includes('校舍改造&quot;&lt;script&gt;&quot;</td>'));
});

test('the 明细测算 of a real draft: its lines, 测算依据 and amounts', () => {
  const rows = goalsRows(body(read('examples', 'lixia-yibao-2026.budget.yaml')), 0);
  const at = rows.findIndex((r) => r[0] === '项目支出明细测算');
  assert.deepEqual(rows.slice(at, at + 3), [
    ['项目支出明细测算', '名称/内容', '测算依据', '金额（万元）'],
    ['医保窗口经办服务外包人员费用', '30人*7.2万元/人/年', '216.00'],
    ['窗口经办人员医保业务培训', '5场*18000元/场', '9.00'],
  ]);
  // No 长期目标 there: one 总体目标 cell above the 明细测算, and a single 指标值 column below it.
  assert.equal(rows[at - 1][0], '总体目标');
  assert.equal(rows[at - 1].length, 2);
  assert.deepEqual(rows[at + 3], ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值']);
});

test('a 长期目标 with a 说明 and no 指标 splits 总体目标 but keeps one 指标值 column', () => {
  const rows = goalsRows(body(read('test', 'fixtures', 'wuhan-qingshan-jiaoyu-2020.budget.yaml')), 0);
  const at = rows.findIndex((r) => r[0] === '总体目标');
  assert.deepEqual(rows.slice(at, at + 3), [
    ['总体目标', '中长期目标', '年度目标'],
    [
      '优化教育布局,推进教育领域综合改革全面提升育人质量实现基础教育持续发展',
      '按工作计划完成教育局重点项目建设经费预算安排',
    ],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
  ]);
  assert.ok(!rows.some((r) => r.includes('中长期资金总额') || r.includes('项目期限')));
});

test('a draft without these fields prints the 绩效目标表 it always did', () => {
  const html = body(read('test', 'fixtures', 'jinan-lixia-2026.budget.yaml'));
  for (const word of ['项目期限', '中长期', '明细测算', '年度指标值', 'c-value2'])
    assert.ok(!html.includes(word), word);
  const rows = goalsRows(html, 3);
  assert.deepEqual(
    rows.slice(0, 7).map((r) => r[0]),
    ['项目名称', '主管部门及代码', '项目资金（万元）', '其中：财政拨款', '其他资金', '总体目标', '绩效指标'],
  );
  assert.equal(rows[5].length, 2);
});
