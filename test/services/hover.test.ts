import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover, MarkupContent } from 'vscode-languageserver';
import type { Config } from '../../server/src/engine/config';
import { ruleById } from '../../server/src/engine/rules';
import { hover } from '../../server/src/services/hover';
import { check, draftWith, fixture, GOOD_PROJECT } from '../helpers';

const JINAN = fixture('jinan-lixia-2026.budget.yaml');
const ZHAOYUAN = fixture('zhaoyuan-2024.budget.yaml');

/** The hover's Markdown at the `at`-th character of the first occurrence of `needle`. */
function hoverAt(text: string, needle: string, at = 0, config?: Partial<Config>): string {
  const h = hoverRaw(text, needle, at, config);
  assert.ok(h, `a hover at “${needle}”`);
  return (h.contents as MarkupContent).value;
}

function hoverRaw(text: string, needle: string, at = 0, config?: Partial<Config>): Hover | null {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `the text contains “${needle}”`);
  const errors: string[] = [];
  const h = hover(check(text, config), i + at, errors);
  assert.deepEqual(errors, [], 'no hover section may throw');
  return h;
}

test('a 功能科目 shows its official chain of parents and that the written name matches', () => {
  const v = hoverAt(JINAN, '2101599 其他医疗保障管理事务支出', 2);
  assert.match(v, /\*\*2101599 其他医疗保障管理事务支出\*\* · 支出功能分类科目（项）/);
  assert.ok(v.includes('210 卫生健康支出 › 21015 医疗保障管理事务 › 2101599 其他医疗保障管理事务支出'), v);
  assert.ok(v.includes('✓ 写明的名称与目录一致'), v);
  assert.ok(v.includes('目录：2026年政府收支分类科目'), v);
});

test('a code hover highlights the code reference it describes', () => {
  const h = hoverRaw(JINAN, '2101599 其他医疗保障管理事务支出', 2)!;
  const line = JINAN.split('\n').findIndex((l) => l.includes('2101599 其他医疗保障管理事务支出'));
  assert.equal(h.range?.start.line, line);
  const text = JINAN.split('\n')[line];
  assert.equal(
    text.slice(h.range!.start.character, h.range!.end.character),
    '2101599 其他医疗保障管理事务支出',
  );
});

test('a 科目 whose written name differs from the catalog says both names', () => {
  const v = hoverAt(JINAN, '303 对个人和家庭补助', 1);
  assert.match(v, /\*\*303 对个人和家庭的补助\*\* · 部门预算支出经济分类科目（类）/);
  assert.ok(v.includes('✗ 写明的名称“对个人和家庭补助”与目录名称“对个人和家庭的补助”不一致'), v);
});

test('a 科目 with a 名词解释 shows it, marked as unverified when the catalog says so', () => {
  const v = hoverAt(JINAN, '2101501 行政运行', 1);
  assert.ok(v.includes('210 卫生健康支出 › 21015 医疗保障管理事务 › 2101501 行政运行'), v);
  assert.ok(v.includes('名词解释：反映行政单位（包括实行公务员管理的事业单位）的基本支出。'), v);
  assert.ok(v.includes('未经公开来源核实'), v);
});

test('a 部门经济科目 款 shows the 政府经济科目 it maps to for each kind of unit', () => {
  const v = hoverAt(JINAN, '30201 办公费', 1);
  assert.ok(v.includes('302 商品和服务支出 › 30201 办公费'), v);
  assert.ok(v.includes('对应政府经济科目：行政单位 50201 办公经费；事业单位 50502 商品和服务支出'), v);
});

test('a code in a year without a catalog names the year used instead', () => {
  const text = draftWith(
    GOOD_PROJECT.replace(
      '    金额: 44.36\n',
      '    功能科目: 2101599 其他医疗保障管理事务支出\n    金额: 44.36\n',
    ),
  ).replace('预算年度: 2026', '预算年度: 2030');
  const v = hoverAt(text, '2101599', 1);
  assert.ok(v.includes('目录：2026年政府收支分类科目（没有2030年的目录，按最接近的2026年核对）'), v);
});

test('an unknown code says so; a 5-digit 功能科目 on a project asks for 7 digits', () => {
  const text = draftWith(
    GOOD_PROJECT.replace('    金额: 44.36\n', '    功能科目: 21015 医疗保障管理事务\n    金额: 44.36\n'),
  );
  const v = hoverAt(text, '21015', 1);
  assert.ok(v.includes('此处（项目的功能科目）应填写7位编码，写的是5位'), v);
  const unknown = draftWith(
    GOOD_PROJECT.replace('    金额: 44.36\n', '    功能科目: 2109876 不存在\n    金额: 44.36\n'),
  );
  const u = hoverAt(unknown, '2109876', 1);
  assert.ok(u.includes('✗ 2026年目录中没有编码 2109876'), u);
  assert.ok(u.includes('210 卫生健康支出'), 'the parents that exist are still shown');
});

test('the seeded wrong cost indicator shows its parsed value and the project amount with the excess', () => {
  const v = hoverAt(JINAN, '总成本: ≤270万元', 6);
  assert.match(v, /\*\*指标：总成本\*\*（成本指标 › 经济成本指标）/);
  assert.ok(v.includes('运算符 ≤（不超过） · 数值 270 · 单位 万元 · 类型 金额'), v);
  assert.ok(v.includes('≤270万元，项目年度预算资金总额 116万元，超出 154万元 ✗'), v);
  assert.ok(v.includes('一级“成本指标”：反映预期提供公共产品或服务所需成本的控制范围'), v);
  assert.ok(v.includes('二级“经济成本指标”：反映实施相关项目所产生的直接经济成本'), v);
  // The rule of the finding there, linked to its page — not its message again (the editor
  // shows the diagnostic's message at the top of the same hover).
  assert.match(
    v,
    /错误 \[`cost-total-mismatch`\]\(file:[^)]*docs\/rules\/cost-total-mismatch\.md\)：项目的总成本指标/,
  );
  assert.ok(!v.includes('但项目“城乡居民医保政府资助缴费”年度预算资金总额为116万元'), v);
  assert.equal(v.split('cost-total-mismatch').length, 3, 'one link (its text and its target)');
  // First, so that a hover taller than its box never hides it.
  assert.ok(v.indexOf('cost-total-mismatch') < v.indexOf('**指标：总成本**'), v);
});

test('a cost indicator that fits the project says so', () => {
  const v = hoverAt(JINAN, '医保工作服务办公经费成本: ≤24.9万元', 16);
  assert.ok(v.includes('与项目金额比较：≤24.9万元，项目年度预算资金总额 80万元，未超出 ✓'), v);
});

test('a per-unit cost is multiplied by its quantity', () => {
  const v = hoverAt(JINAN, '≤350万元/人', 1);
  assert.ok(v.includes('单位 万元/人 · 类型 单位量'), v);
  assert.ok(v.includes('× “待遇享受人数” ≤49人 = 17150万元，项目年度预算资金总额 350万元'), v);
});

test('other indicators: guidance for their 二级, qualitative and unwritten operators', () => {
  const count = hoverAt(JINAN, '报销人次: ≥480次', 2);
  assert.ok(count.includes('运算符 ≥（不低于） · 数值 480 · 单位 次 · 类型 数量'), count);
  assert.ok(count.includes('二级“数量指标”：反映预期提供的公共产品或服务的数量'), count);
  const sat = hoverAt(JINAN, '参保对象满意度: 95%', 2);
  assert.ok(sat.includes('运算符 =（等于）（未写运算符，按等于理解） · 数值 95 · 单位 % · 类型 百分比'), sat);
  assert.ok(sat.includes('二级“服务对象满意度指标”'), sat);
  const q = hoverAt(JINAN, '经办业务水平: 优', 2);
  assert.ok(q.includes('指标值：定性描述'), q);
  assert.ok(q.includes('二级“可持续影响指标”'), q);
});

test('a 合计 lists its parts and their sum, and where it is itself a part', () => {
  const v = hoverAt(JINAN, '合计: 825.46', 5);
  assert.ok(v.includes('**“21015 医疗保障管理事务”的合计** = 基本支出 + 项目支出'), v);
  assert.ok(v.includes('- 基本支出 364.46\n- 项目支出 461.00'), v);
  assert.ok(
    v.includes(
      '- 2101501 行政运行 198.38\n- 2101550 事业运行 166.08\n- 2101599 其他医疗保障管理事务支出 461.00',
    ),
    v,
  );
  assert.ok(v.includes('计算值 825.46万元 = 写明 825.46万元 ✓'), v);
  // As a part of its 类's 合计, it is set in bold.
  assert.ok(v.includes('- **21015 医疗保障管理事务 825.46**'), v);
  assert.ok(v.includes('计算值 1626.46万元 = 写明 1626.46万元 ✓'), v);
});

test('a wrong 合计 shows the computed sum and the difference', () => {
  const text = JINAN.replace('项目支出: 1227.00, 合计: 1626.46', '项目支出: 1227.00, 合计: 1626.00');
  const v = hoverAt(text, '合计: 1626.00', 5);
  assert.ok(v.includes('- 21011 行政事业单位医疗 385.00\n- 21013 医疗救助 316.00'), v);
  assert.ok(v.includes('计算值 1626.46万元 ≠ 写明 1626.00万元 ✗，组成部分多 0.46万元'), v);
});

test('收入合计 and 三公经费合计 list their parts', () => {
  const income = hoverAt(JINAN, '合计: 1751.54', 5);
  assert.ok(income.includes('**收入合计** = 各项收入之和\n\n- 一般公共预算 1751.54'), income);
  assert.ok(income.includes('计算值 1751.54万元 = 写明 1751.54万元 ✓'), income);
  const sangong = hoverAt(JINAN, '上年: { 公务接待费: 0.30, 合计: 0.30', 27);
  assert.ok(sangong.includes('**三公经费上年合计** = 各项之和\n\n- 公务接待费 0.30'), sangong);
});

test('a project 金额 with 明细 shows the 明细 and their sum, with the difference when wrong', () => {
  const details = `    明细:
      - { 内容: 宣传材料印制, 金额: 40.00 }
      - { 内容: 政策培训, 金额: 5.00 }
    绩效目标:`;
  const text = draftWith(GOOD_PROJECT.replace('    绩效目标:', details));
  const v = hoverAt(text, '金额: 44.36', 4);
  assert.ok(v.includes('**项目“医疗保障工作经费”的金额** = 各条明细金额之和'), v);
  assert.ok(v.includes('- 宣传材料印制 40.00\n- 政策培训 5.00'), v);
  assert.ok(v.includes('计算值 45.00万元 ≠ 写明 44.36万元 ✗，组成部分多 0.64万元'), v);
  const onPart = hoverAt(text, '金额: 5.00', 4);
  assert.ok(onPart.includes('- **政策培训 5.00**'), onPart);
});

test('a project name summarises 金额, 资金来源, 明细, indicator counts and findings', () => {
  const v = hoverAt(JINAN, '名称: 城乡居民医保政府资助缴费', 5);
  assert.ok(v.includes('**项目：城乡居民医保政府资助缴费**'), v);
  assert.ok(v.includes('- 金额：116.00万元'), v);
  assert.ok(v.includes('- 资金来源：一般公共预算 116.00（合计 116.00万元 = 金额 ✓）'), v);
  assert.ok(v.includes('- 明细：无'), v);
  assert.ok(v.includes('- 指标：成本指标 3 · 产出指标 4 · 效益指标 2 · 满意度指标 1'), v);
  // cost-total-mismatch and cost-exceeds-budget; goal-figure-mismatch and satisfaction-value.
  assert.ok(v.includes('- 问题：错误 2 · 警告 2'), v);
});

test('a project name with 明细 gives their count and sum against 金额', () => {
  const details = `    明细:
      - { 内容: 宣传材料印制, 金额: 40.00 }
      - { 内容: 政策培训, 金额: 4.36 }
    绩效目标:`;
  const v = hoverAt(draftWith(GOOD_PROJECT.replace('    绩效目标:', details)), '医疗保障工作经费', 1);
  assert.ok(v.includes('- 明细：2 条，合计 44.36万元 = 金额 ✓'), v);
  assert.ok(v.includes('- 资金来源：未分项填写'), v);
  assert.ok(v.includes('- 问题：无'), v);
});

test('a suppression comment shows the rule it names, its reason and whether it silenced anything', () => {
  const v = hoverAt(ZHAOYUAN, '# 绩效检查-忽略 basic-total-mismatch', 3);
  assert.ok(v.includes('**忽略注释**（作用于第 49 行）'), v);
  assert.ok(
    v.includes(`- \`basic-total-mismatch\`（错误）：${ruleById('basic-total-mismatch')!.description}`),
    v,
  );
  assert.ok(v.includes('基本支出经济分类的合计（总额、人员经费、公用经费）与支出功能分类不一致。'), v);
  assert.ok(v.includes('理由：原文基本支出表在30302退休费之后截断'), v);
  assert.ok(v.includes('此注释屏蔽了问题 ✓'), v);
});

test('a suppression without a reason, or naming an unknown rule, says why it does not work', () => {
  const text = draftWith(
    GOOD_PROJECT.replace('总成本: ≤44.36万元', '总成本: ≤44.36万元  # 绩效检查-忽略 no-such-rule'),
  );
  const v = hoverAt(text, '绩效检查-忽略', 2);
  assert.ok(v.includes('- `no-such-rule`：没有这条规则'), v);
  assert.ok(v.includes('✗ 缺少理由：没有理由的忽略注释不生效'), v);
  assert.ok(v.includes('`suppression-invalid`'), 'the finding on the comment is shown too');
});

test('whitespace and comments without anything to say give no hover', () => {
  const blank = JINAN.indexOf('\n\n') + 1;
  assert.equal(hover(check(JINAN), blank), null);
  assert.equal(hoverRaw(JINAN, '# 机构设置', 3), null);
});

test('half-typed YAML never throws, at any offset', () => {
  const halfTyped = [
    '格式: 部门预算/1\n预算年度: 20\n项目:\n  - 名称: 测\n    金额: \n    绩效目标:\n      指标:\n        成本指标:\n          经济成本:\n            总成本: ≤',
    '项目:\n  - 名称:\n    明细:\n      - { 内容: a, 金额: }\n      - 金额: 1.\n    资金来源: {一般公共预算: ',
    '支出功能分类:\n  - { 科目: 21, 合计: 3 }\n  - { 科目: 2101, 人员经费: x, 合计: }\n  - 科目: [\n三公经费:\n  本年: { 合计: 1, 公务接待费: }\n收入: { 合计: 2, 一: }',
    '# 绩效检查-忽略\n# 绩效检查-忽略-文件 : \n基本支出经济分类:\n  - { 科目: 301, 政府科目: 5, 合计: 1 }\n  - { 科目: 30101 , 合计: 1',
    '',
    ':',
    '- - -',
  ];
  // Every seventh line of a seed, cut mid-way, too.
  const lines = JINAN.split('\n');
  for (let n = 5; n < lines.length; n += 7)
    halfTyped.push(lines.slice(0, n).join('\n') + '\n' + lines[n].slice(0, 9));
  for (const text of halfTyped) {
    const result = check(text);
    const errors: string[] = [];
    const step = text.length > 2000 ? 37 : 1;
    for (let at = 0; at <= text.length; at += step) hover(result, at, errors);
    assert.deepEqual(errors, [], `hover threw on:\n${text.slice(-200)}`);
  }
});

test('a project name whose 资金来源 and 明细 miss 金额 gives both differences', () => {
  const project = GOOD_PROJECT.replace(
    '    绩效目标:',
    '    资金来源: { 一般公共预算: 40.00, 上年结转: 2.00 }\n    明细:\n      - { 内容: 甲, 金额: 45.00 }\n    绩效目标:',
  );
  const v = hoverAt(draftWith(project), '医疗保障工作经费', 1);
  assert.ok(
    v.includes('- 资金来源：一般公共预算 40.00，上年结转 2.00（合计 42.00万元 ≠ 金额 ✗ 差 2.36万元）'),
    v,
  );
  assert.ok(v.includes('- 明细：1 条，合计 45.00万元 ≠ 金额 ✗ 差 0.64万元'), v);
  assert.ok(v.includes('- 问题：错误 2'), v);
});
