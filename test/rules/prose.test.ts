import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, assertFixWorks, findings } from '../helpers';
import type { Finding } from '../../server/src/engine/findings';
import { LineIndex } from '../../server/src/engine/text/lineIndex';

const HEAD = '格式: 部门预算/1\n部门: 上海市普陀区司法局\n预算年度: 2026\n';

/** The document text a finding covers, so a test shows the exact characters blamed. */
function covered(text: string, f: Finding): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offset(f.range.start), lines.offset(f.range.end));
}

function prose(body: string, extra = ''): string {
  return `${HEAD}${extra}说明:\n  部门预算编制说明: |\n${body
    .split('\n')
    .map((l) => '    ' + l)
    .join('\n')}\n`;
}

const FUNC = `支出功能分类:
  - { 科目: 2040601 行政运行, 人员经费: 1400, 公用经费: 34.89 }
  - { 科目: 2210201 住房公积金, 人员经费: 201.50 }
`;

// ---- text-change-mismatch ------------------------------------------------------------------

test('text-change-mismatch: a percentage that does not follow from the two amounts beside it', () => {
  const text = prose(
    '1、公共安全支出（204类）司法（06款）行政运行（01项）1434.89万元。主要用于：行政单位的基本支出。2025年当年预算执行数为1690.69万元，2026年预算安排1434.89万元，比2025年预算执行数减少1.10%。主要原因是：部分人员退休。',
  );
  const f = findings(text, 'text-change-mismatch');
  assert.equal(f.length, 1, JSON.stringify(f));
  assert.equal(f[0].message, '按2025年1690.69万元、2026年1434.89万元计算应为减少15.13%，文中为减少1.10%');
  assert.equal(f[0].path, '说明.部门预算编制说明');
  assert.equal(covered(text, f[0]), '比2025年预算执行数减少1.10%');
});

test('text-change-mismatch: the direction (增加 where the amount fell) and a percentage far off', () => {
  const text = prose(
    '2025年当年预算执行数为43269.3万元，2026年预算安排3845.49万元，比2025年预算执行数增加17.62%。',
  );
  const f = findings(text, 'text-change-mismatch');
  assert.equal(f.length, 1);
  assert.equal(f[0].message, '按2025年43269.3万元、2026年3845.49万元计算应为减少，文中为增加');
});

test('text-change-mismatch: a right percentage passes, rounded or truncated', () => {
  // 1690.69 → 1672.67: −1.0659%, printed 1.07 (rounded) or 1.06 (truncated).
  for (const pct of ['1.07', '1.06', '1.1']) {
    const text = prose(
      `2025年当年预算执行数为1690.69万元，2026年预算安排1672.67万元，比2025年预算执行数减少${pct}%。`,
    );
    assert.deepEqual(findings(text, 'text-change-mismatch'), [], pct);
  }
  const wrong = prose(
    '2025年当年预算执行数为1690.69万元，2026年预算安排1672.67万元，比2025年预算执行数减少1.05%。',
  );
  assert.equal(findings(wrong, 'text-change-mismatch').length, 1);
});

test('text-change-mismatch: a rate from the stated change when the base is not written (委托业务费)', () => {
  const ok = prose('2026年本单位委托业务费财政拨款预算为411.1万元，比上年预算减少46.60万元，下降10.18%。');
  assert.deepEqual(findings(ok, 'text-change-mismatch'), []);
  const bad = prose('2026年本单位委托业务费财政拨款预算为411.1万元，比上年预算减少46.60万元，下降11.18%。');
  const f = findings(bad, 'text-change-mismatch');
  assert.equal(f.length, 1);
  assert.equal(
    f[0].message,
    '按2026年411.1万元、减少46.60万元（上年457.7万元）计算应为下降10.18%，文中为下降11.18%',
  );
});

test("text-change-mismatch: against the file's 上年 (三公经费), and 持平 that is not", () => {
  const extra =
    '三公经费:\n  本年: { 公务接待费: 1.26, 合计: 1.26 }\n  上年: { 公务接待费: 1.06, 合计: 1.06 }\n';
  const ok = prose('公务接待费1.26万元，比上年增加0.20万元，增长18.87%。', extra);
  assert.deepEqual(findings(ok, 'text-change-mismatch'), []);
  const amount = prose('公务接待费1.26万元，比上年增加0.30万元。', extra);
  assert.equal(
    findings(amount, 'text-change-mismatch')[0].message,
    '按上年1.06万元、2026年1.26万元计算应为增加0.2万元，文中为增加0.30万元',
  );
  const flat = prose('公务接待费1.26万元，与上年持平。', extra);
  assert.equal(
    findings(flat, 'text-change-mismatch')[0].message,
    '按上年1.06万元、2026年1.26万元计算应为增加0.2万元，文中为持平',
  );
  // 基本持平 allows what 持平 does not; nothing is said about a base the prose and the file lack.
  assert.deepEqual(
    findings(prose('机关运行经费安排20.40万元，与2025年基本持平。'), 'text-change-mismatch'),
    [],
  );
  assert.deepEqual(
    findings(prose('2026年收支预算1,751.54万元，比上年减少145.97万元。'), 'text-change-mismatch'),
    [],
  );
});

// ---- text-figure-mismatch ------------------------------------------------------------------

test('text-figure-mismatch: a 科目 figure against its 支出功能分类 row, in 万元 with a rounded interval', () => {
  const ok = prose('1、公共安全支出（204类）司法（06款）行政运行（01项）1434.89万元。', FUNC);
  assert.deepEqual(findings(ok, 'text-figure-mismatch'), []);
  const bad = prose('1、公共安全支出（204类）司法（06款）行政运行（01项）1672.67万元。', FUNC);
  const f = findings(bad, 'text-figure-mismatch');
  assert.equal(f.length, 1);
  assert.match(f[0].message, /为1672\.67万元，但草稿中（支出功能分类\[0\]）为1434\.89万元/);
  assert.equal(covered(bad, f[0]), '1672.67万元');
});

test('text-figure-mismatch: one figure stated twice with two values in one passage', () => {
  const text = prose(
    '3、住房保障支出（221类）住房改革支出（02款）住房公积金（01项）208.8万元。主要用于：住房公积金。2025年当年预算执行数为200.00万元，2026年预算安排201.50万元，比2025年预算执行数增加0.75%。',
  );
  const f = findings(text, 'text-figure-mismatch');
  assert.equal(f.length, 1, JSON.stringify(f));
  assert.match(f[0].message, /先写为208\.8万元，此处又写为201\.50万元/);
  assert.equal(covered(text, f[0]), '201.50万元');
});

test('text-figure-mismatch: totals, 三公经费, 政府采购 and vehicles against the file; a table in 元 converted', () => {
  const extra =
    '金额单位: 元\n收入: { 一般公共预算: 91016775.35 }\n三公经费:\n  本年: { 因公出国境费: 8390000, 公务接待费: 295000 }\n政府采购: { 合计: 340000, 服务: 340000 }\n国有资产:\n  车辆: { 合计: 2 }\n';
  const text = prose(
    '2025年，收入预算9,101.68万元。“三公”经费预算数为867.50万元，其中：因公出国（境）费839万元，公务接待费28.50万元。政府采购预算34万元。本部门共有车辆3辆。',
    extra,
  ).replace('预算年度: 2026', '预算年度: 2025');
  const f = findings(text, 'text-figure-mismatch').map((x) => covered(text, x));
  assert.deepEqual(f, ['867.50万元', '28.50万元', '3辆']);
});

test("text-figure-mismatch: a project's 年度预算安排 against its 金额; parts of 其中 lists about projects are relative", () => {
  const text = `${HEAD}项目:
  - 名称: 科技创新专项经费
    金额: 1720
    说明:
      年度预算安排: 2026年度项目总预算1700.00万，其中各级企业技术中心及专精特新认定1700.00万。
说明:
  绩效目标设置情况: 涉及一级预算项目8个，预算资金1227万元，其中财政拨款1227万元。
`;
  const f = findings(text, 'text-figure-mismatch');
  assert.equal(f.length, 1, JSON.stringify(f));
  assert.equal(f[0].path, '项目[0].说明.年度预算安排');
  assert.match(f[0].message, /为1700\.00万，但草稿中（项目\[0\]\.金额）为1720万元/);
});

// ---- text-sum-mismatch ---------------------------------------------------------------------

test('text-sum-mismatch: 其中 lists that add up pass, with level and change parts', () => {
  const text = prose(
    [
      '2026年政府采购预算1486.42万元，其中：货物3.66万元、工程36.44万元、服务1446.32万元。',
      '支出预算减少145.97万元，其中基本支出减少10.97万元，项目支出减少135万元。',
      '支出预算减少86.02万元，其中：基本支出增加27.18万元，项目支出减少113.20万元。',
      '共有车辆2辆，其中机要通信用车1辆、应急保障用车0辆、其他按照规定配备的公务用车1辆。',
    ].join('\n'),
  );
  assert.deepEqual(findings(text, 'text-sum-mismatch'), []);
});

test('text-sum-mismatch: a complete list that does not add up, and parts exceeding their total', () => {
  const text = prose(
    [
      '2026年政府采购预算1486.42万元，其中：政府采购货物预算3.66万元、政府采购工程预算36.44万元、政府采购服务预算1446.23万元。',
      '截至2025年12月31日，本部门共有车辆0辆，其中机要通信用车0辆、应急保障用车1辆、其他按照规定配备的公务用车0辆。',
      '收入预算100万元，其中一般公共预算收入80万元。',
    ].join('\n'),
  );
  const f = findings(text, 'text-sum-mismatch');
  assert.deepEqual(
    f.map((x) => x.message),
    [
      '所列各项（3.66万元 + 36.44万元 + 1446.23万元）之和为1486.33万元，与政府采购预算1486.42万元不符',
      '所列各项（0辆 + 1辆 + 0辆）之和为1辆，与车辆0辆不符',
    ],
  );
});

test('text-sum-mismatch: a total and its parts in numbered items (三公经费)', () => {
  const text = prose(
    '“三公”经费预算共5.76万元。其中：\n1. 因公出国（境）费0.00万元。\n2. 公务用车购置及运行费4.50万元。\n3. 公务接待费1.36万元。',
  );
  const f = findings(text, 'text-sum-mismatch');
  assert.equal(f.length, 1);
  assert.equal(
    f[0].message,
    '所列各项（0.00万元 + 4.50万元 + 1.36万元）之和为5.86万元，与“三公”经费5.76万元不符',
  );
});

// ---- text-year -----------------------------------------------------------------------------

test('text-year: the budget compared with itself, another year as 上年, this year written as last, a period', () => {
  const text = `${HEAD}说明:
  编制说明: 2026年收入预算100万元，比2026年预算增加10万元；支出预算100万元，比2024年预算增加10万元。
  机构设置: 纳入本局2025年部门预算编制范围的单位包括本局。截至2025年12月31日，本部门共有车辆0辆。
项目:
  - 名称: 普法经费
    金额: 10
    说明:
      实施周期: 2025.1.1-2025.12.31
      实施主体: 上海市普陀区司法局
`;
  const f = findings(text, 'text-year');
  assert.deepEqual(
    f.map((x) => [x.path, x.message]),
    [
      [
        '说明.编制说明',
        '“比2026年预算增加”把2026年预算与2026年自身比较；预算年度为2026年，比较的应是上年（2025年）',
      ],
      ['说明.编制说明', '“比2024年预算增加”与2024年比较，但预算年度为2026年，上年应为2025年'],
      ['说明.机构设置', '写为2025年部门预算，但预算年度为2026年'],
      ['项目[0].说明.实施周期', '实施周期“2025.1.1-2025.12.31”不包含预算年度2026年'],
    ],
  );
  const ok = `${HEAD}说明:\n  编制说明: 2026年收入预算100万元，比2025年预算执行数增加10万元。2025年、2026年均未安排。\n`;
  assert.deepEqual(findings(ok, 'text-year'), []);
});

// ---- text-name-mismatch --------------------------------------------------------------------

test('text-name-mismatch: a renamed 类 with its code, fixed to the current name (safe)', () => {
  const text = prose(
    '2、医疗卫生与计划生育支出（210类）行政事业单位医疗（11款）行政单位医疗（01项）19万元。',
  );
  const f = findings(text, 'text-name-mismatch');
  assert.equal(f.length, 1);
  assert.equal(f[0].message, '“医疗卫生与计划生育支出（210类）”：210类已于2019年更名为“卫生健康支出”');
  assert.equal(covered(text, f[0]), '医疗卫生与计划生育支出');
  const fixed = assertFixWorks(text, 'text-name-mismatch');
  assert.match(fixed, /2、卫生健康支出（210类）行政事业单位医疗（11款）/);
});

test("text-name-mismatch: a name that is not its code's; a right name with a lead-in passes", () => {
  const text = prose('其中卫生健康支出（210类）医疗保障管理事务（15款）一般行政管理事务（01项）198.38万元。');
  const f = findings(text, 'text-name-mismatch');
  assert.equal(f.length, 1);
  assert.equal(
    f[0].message,
    '“一般行政管理事务（项）”的科目2101501名为“行政运行”，文中写为“一般行政管理事务”',
  );
  assert.equal(covered(text, f[0]), '一般行政管理事务');
  assert.deepEqual(
    findings(
      prose('其中卫生健康支出（210类）医疗保障管理事务（15款）行政运行（01项）1万元。'),
      'text-name-mismatch',
    ),
    [],
  );
});

// ---- text-template -------------------------------------------------------------------------

test('text-template: unchosen alternatives, an empty reason, placeholders', () => {
  const text = prose('3. 收支预算增加（减少）的主要原因是。\n拟对 0 等 1 个项目开展评价。\n主要原因是：');
  const f = findings(text, 'text-template');
  assert.deepEqual(
    f.map((x) => covered(text, x)),
    ['增加（减少）', '主要原因是。', '0 等 1 个', '主要原因是：'],
  );
  assert.deepEqual(findings(prose('收支预算减少的主要原因是人员退休。'), 'text-template'), []);
});

// ---- text-punctuation ----------------------------------------------------------------------

test('text-punctuation: 。。 fixed to 。 (safe); an unclosed quote; a paragraph without its full stop', () => {
  const text = prose(
    '主要原因是：部分人员退休。。\n“三公”经费预算共5.76万元，比上年减少1.30万元，主要原因是公务用车运行维护费用减少\n其中：\n1. 因公出国（境）费0.00万元，与上年基本持平。\n2. 公务接待费1.26万元，比上年增加0.20万元。\n“卫生健康支出（类）计划生育事务（项）科目。',
  );
  const f = findings(text, 'text-punctuation');
  assert.deepEqual(
    f.map((x) => x.message),
    ['标点“。。”重复', '本段“…公务用车运行维护费用减少”末尾缺少句号', '““”在本句中没有配对的“””'],
  );
  const fixed = assertFixWorks(text, 'text-punctuation');
  assert.match(fixed, /部分人员退休。\n/);
  const oneLine = `${HEAD}项目:\n  - 名称: 普法\n    金额: 1\n    说明:\n      实施主体: 上海市普陀区司法局\n      实施周期: 2026年1月1日-2026年12月31日\n`;
  assert.deepEqual(findings(oneLine, 'text-punctuation'), []);
});

// ---- text-scope, text-garbled --------------------------------------------------------------

test('text-scope: a 单位预算 speaking of its 部门预算, not of the 部门预算经济分类', () => {
  const text = prose(
    '2026年部门预算安排购置车辆0辆。基本支出按部门预算支出经济分类列示。',
    '类型: 单位预算\n',
  );
  const f = findings(text, 'text-scope');
  assert.equal(f.length, 1);
  assert.equal(f[0].message, '本文件是单位预算（类型: 单位预算），说明中却写“部门预算”');
  assert.equal(covered(text, f[0]), '部门预算');
  assert.deepEqual(findings(prose('本部门预算包括局机关预算、局属事业单位预算。'), 'text-scope'), []);
});

test('text-garbled: replacement characters and a sentence repeated verbatim', () => {
  const text = prose(
    '委托业务费指委托外单位办理业务而支付的各项资金。委托业务费指委托外单位办理业务而支付的各项资金。预算\uFFFD\uFFFD万元。',
  );
  const f = findings(text, 'text-garbled');
  assert.equal(f.length, 2);
  assert.match(f[0].message, /“委托业务费指委托外单位办理业务而支付的各…”紧接着逐字重复了一遍/);
  assert.match(f[1].message, /U\+FFFD U\+FFFD/);
  assert.equal(covered(text, f[1]), '\uFFFD\uFFFD');
  assert.deepEqual(findings(prose('委托业务费指委托外单位办理业务而支付的各项资金。'), 'text-garbled'), []);
});

// ---- facts-sum-mismatch --------------------------------------------------------------------

test('facts-sum-mismatch: 政府采购 parts, 预留 above 合计, vehicles; fixes set the computed value', () => {
  const text = `${HEAD}政府采购:\n  合计: 1486.42\n  货物: 3.66\n  工程: 36.44\n  服务: 1446.23\n  中小企业预留: 1500\n  其中小微企业: 1600\n国有资产:\n  车辆: { 合计: 3, 执法执勤用车: 2, 应急保障用车: 0 }\n`;
  const f = findings(text, 'facts-sum-mismatch');
  assert.deepEqual(
    f.map((x) => [x.path, x.message]),
    [
      ['政府采购.合计', '政府采购合计为1486.42万元，但货物、工程、服务之和为1486.33万元（相差0.09万元）'],
      ['政府采购.中小企业预留', '面向中小企业预留1500万元，大于政府采购合计1486.42万元'],
      ['政府采购.其中小微企业', '其中小微企业1600万元，大于中小企业预留1500万元'],
      ['国有资产.车辆.合计', '车辆合计为3辆，但各类车辆（执法执勤用车2辆、应急保障用车0辆）之和为2辆'],
    ],
  );
  const fixed = applyFix(text, f[0].fixes[0]);
  assert.match(fixed, /合计: 1486\.33/);
  assert.equal(findings(fixed, 'facts-sum-mismatch').filter((x) => x.path === '政府采购.合计').length, 0);
  const ok = `${HEAD}政府采购: { 合计: 34, 货物: 0, 工程: 0, 服务: 34, 中小企业预留: 34, 其中小微企业: 34 }\n`;
  assert.deepEqual(findings(ok, 'facts-sum-mismatch'), []);
});

// ---- goal-indicator-mismatch ---------------------------------------------------------------

const GOAL_PROJECT = (goal: string, indicators: string) => `${HEAD}项目:
  - 名称: 医保窗口服务经费
    金额: 225
    绩效目标:
      总体目标: ${goal}
      指标:
${indicators}`;

test('goal-indicator-mismatch: targets no indicator measures (济南 医保窗口服务经费)', () => {
  const text = GOAL_PROJECT(
    '保证各项经办业务正常开展，项目成本不超过概算，人员出勤率达到98%以上，工资发放及时性达到100%，打击欺诈骗保覆盖率大于85%，聘任人员满意度大于95%。',
    `        产出指标:
          时效指标:
            工作完成及时率: ≥95%
        满意度指标:
          服务对象满意度指标:
            人员满意度: ≥95%
`,
  );
  const f = findings(text, 'goal-indicator-mismatch');
  assert.deepEqual(
    f.map((x) => covered(text, x)),
    ['人员出勤率达到98%以上', '工资发放及时性达到100%', '打击欺诈骗保覆盖率大于85%'],
  );
  assert.equal(f[0].message, '总体目标提出“人员出勤率达到98%以上”，但绩效指标中没有衡量“人员出勤率”的指标');
  assert.equal(f[0].path, '项目[0].绩效目标.总体目标');
  assert.equal(f[0].severity, 'info');
});

test('goal-indicator-mismatch: a weaker indicator is reported, an equal or stricter one passes', () => {
  const weak = GOAL_PROJECT(
    '组织医保业务培训不少于5场。',
    '        产出指标:\n          数量指标:\n            医保业务培训组织场次: ≥2场\n',
  );
  const f = findings(weak, 'goal-indicator-mismatch');
  assert.equal(f.length, 1);
  assert.equal(
    f[0].message,
    '总体目标要求“组织医保业务培训不少于5场”，但指标“医保业务培训组织场次”为≥2场，低于目标（≥5场）',
  );
  for (const v of ['≥5场', '≥8场次']) {
    const ok = GOAL_PROJECT(
      '组织医保业务培训不少于5场。',
      `        产出指标:\n          数量指标:\n            医保业务培训组织场次: ${v}\n`,
    );
    assert.deepEqual(findings(ok, 'goal-indicator-mismatch'), [], v);
  }
  const stricter = GOAL_PROJECT(
    '提高医疗资源利用率≥98%。',
    '        效益指标:\n          社会效益指标:\n            医疗资源利用率: ">98%"\n',
  );
  assert.deepEqual(findings(stricter, 'goal-indicator-mismatch'), []);
});

test('a suppression on the line that opens a 说明 block covers the findings inside it', () => {
  const text = `${HEAD}说明:\n  机构设置: |  # 绩效检查-忽略 text-year: 原文如此，已与财政局核实\n    纳入本局2025年部门预算编制范围的单位包括本局。\n  其他: |\n    纳入本局2025年部门预算编制范围的单位包括本局。\n`;
  const f = findings(text, 'text-year');
  assert.deepEqual(
    f.map((x) => x.path),
    ['说明.其他'],
  );
  assert.deepEqual(findings(text, 'suppression-unused'), []);
});

// ---- phrasings of other provinces ----------------------------------------------------------

test('other provinces: 同比, 与上年相比, 较上年执行数, 7-digit codes, 元 in the tables', () => {
  const extra =
    '金额单位: 元\n支出功能分类:\n  - { 科目: 2010301 行政运行, 人员经费: 3000000, 公用经费: 560000 }\n机关运行经费: { 本年: 560000, 上年: 500000 }\n三公经费:\n  本年: { 公务接待费: 125000, 合计: 125000 }\n  上年: { 公务接待费: 148000, 合计: 148000 }\n';
  const right = prose(
    [
      '2026年“三公”经费财政拨款预算数为12.5万元，比2025年预算减少2.3万元，下降15.5%。',
      '与上年相比，机关运行经费增加6万元，增长12%。',
      '2010301行政运行356万元，主要用于机关运行。',
      '一般公共服务支出（201类）政府办公厅（室）及相关机构事务（03款）行政运行（01项）356.00万元。',
    ].join('\n'),
    extra,
  );
  for (const r of ['text-figure-mismatch', 'text-change-mismatch', 'text-name-mismatch', 'text-sum-mismatch'])
    assert.deepEqual(findings(right, r), [], r);
  const wrong = prose(
    [
      '2026年“三公”经费财政拨款预算数为12.5万元，同比下降10.5%。',
      '与上年相比，机关运行经费增加8万元。',
      '一般公共服务支出（201类）政府办公厅（室）及相关机构事务（03款）行政运行（01项）365.00万元。',
    ].join('\n'),
    extra,
  );
  assert.deepEqual(
    findings(wrong, 'text-change-mismatch').map((f) => f.message),
    [
      '按上年14.8万元、2026年12.5万元计算应为下降15.54%，文中为下降10.5%',
      '按上年50万元、2026年56万元计算应为增加6万元，文中为增加8万元',
    ],
  );
  assert.deepEqual(
    findings(wrong, 'text-figure-mismatch').map((f) => covered(wrong, f)),
    ['365.00万元'],
  );
});

test("text-figure-mismatch: a quarter's 用款计划 is not the project's 年度预算安排", () => {
  const text = `${HEAD}项目:
  - 名称: 社区公共服务中心新建工程
    金额: 632.2
    说明:
      年度预算安排: 第一季度用款计划158.05万元，第二季度用款计划158.05万元，第三季度用款计划158.05万元，第四季度用款计划158.05万元。
`;
  assert.deepEqual(findings(text, 'text-figure-mismatch'), []);
  const single = text.replace(/年度预算安排: .*/, '年度预算安排: 600万元');
  assert.equal(findings(single, 'text-figure-mismatch').length, 1);
});

test('text-year: an execution figure of a year other than the one before', () => {
  const text = prose(
    '2024年当年预算执行数为1690.69万元，2026年预算安排1672.67万元，比2025年预算执行数减少1.07%。',
  );
  const f = findings(text, 'text-year');
  assert.deepEqual(
    f.map((x) => [covered(text, x), x.message]),
    [['2024年', '写为2024年的执行数，但预算年度为2026年，上年应为2025年']],
  );
  assert.deepEqual(findings(text.replace('2024年当年', '2025年当年'), 'text-year'), []);
});

test('text-punctuation: a full-width bracket closed by a half-width one (普陀 商务委 “（款)”)', () => {
  const text = prose(
    '11. “卫生健康支出（类）行政事业单位医疗（款)行政单位医疗（项）”63.19万元，主要用于行政单位医疗金缴纳。',
  );
  const f = findings(text, 'text-punctuation');
  assert.deepEqual(
    f.map((x) => [covered(text, x), x.message]),
    [[')', '全角“（”以半角“)”闭合，括号全角半角混用']],
  );
});
