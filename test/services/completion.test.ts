import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem, TextEdit } from 'vscode-languageserver';
import { getCatalog } from '../../server/src/catalog/catalog';
import type { Config } from '../../server/src/engine/config';
import { completion, type CompletionOptions } from '../../server/src/services/completion';
import { check, draftWith, fixture, GOOD_PROJECT } from '../helpers';

const JINAN = fixture('jinan-lixia-2026.budget.yaml');
const ZAOZHUANG = fixture('zaozhuang-shizhong-2026.budget.yaml');

/** A `|` that opens a block scalar (`机构设置情况: |` with deeper lines below), as the seeds' 说明 have. */
function opensBlock(text: string, i: number): boolean {
  if (text[i + 1] !== '\n') return false;
  const lineStart = text.lastIndexOf('\n', i) + 1;
  const indent = (s: string) => s.length - s.trimStart().length;
  const next = text.slice(i + 2, text.indexOf('\n', i + 2) < 0 ? undefined : text.indexOf('\n', i + 2));
  return next.trim() !== '' && indent(next) > indent(text.slice(lineStart, i));
}

/** Completion where `|` stands in the text (the bar is removed first). */
function at(marked: string, config?: Partial<Config>, options?: CompletionOptions) {
  let offset = marked.indexOf('|');
  while (offset >= 0 && opensBlock(marked, offset)) offset = marked.indexOf('|', offset + 1);
  assert.ok(offset >= 0, 'the text marks the cursor with |');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return { ...completion(check(text, config), offset, options), text, offset };
}

/** The fixture with `insert` placed right after the first occurrence of `after`. */
function insertAfter(text: string, after: string, insert: string): string {
  const i = text.indexOf(after);
  assert.ok(i >= 0, `fixture contains ${after}`);
  return text.slice(0, i + after.length) + insert + text.slice(i + after.length);
}

const labels = (items: CompletionItem[]) => items.map((i) => i.label);
const edit = (i: CompletionItem) => i.textEdit as TextEdit;

test('keys under a Jinan project: only the missing ones, with the schema’s Chinese descriptions', () => {
  const r = at(insertAfter(JINAN, '    类别: 其他运转类\n', '    |\n'));
  assert.deepEqual(labels(r.items), [
    '编码',
    '功能科目',
    '总预算',
    '期限',
    '项目属性',
    '项目类型',
    '上年预算',
    '明细',
    '采购',
    '说明',
    '审核意见',
    '审核意见条目',
  ]);
  assert.equal(
    r.items.find((i) => i.label === '说明')!.documentation,
    '项目经费情况说明：标题 → 正文，如 项目概述、实施周期、年度预算安排',
  );
  const func = r.items.find((i) => i.label === '功能科目')!;
  assert.equal(func.documentation, '支出功能分类科目（7位项级），写作“编码 名称”');
  assert.equal(edit(func).newText, '功能科目: $0');
  assert.equal(edit(r.items.find((i) => i.label === '明细')!).newText, '明细:\n      - $0');
  assert.equal(edit(r.items.find((i) => i.label === '期限')!).newText, '期限:\n      $0');
});

test('a key half typed at the top level replaces what was typed', () => {
  const r = at('格式: 部门预算/1\n部门: 测试局\n项|');
  assert.ok(labels(r.items).includes('项目'));
  assert.ok(!labels(r.items).includes('部门'));
  const item = r.items.find((i) => i.label === '项目')!;
  assert.deepEqual(edit(item).range, { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } });
  assert.equal(edit(item).newText, '项目:\n  - $0');
});

test('二级 names under a 一级 of the 2021 catalog, a short spelling counting as present', () => {
  // Jinan's first project writes 经济成本 for 经济成本指标.
  const cost = at(insertAfter(JINAN, '            职工医保窗口服务经费成本: ≤225.00\n', '          |\n'));
  assert.deepEqual(labels(cost.items), ['社会成本指标', '生态环境成本指标']);
  assert.match(String(cost.items[0].documentation), /^社会成本指标：/);
  const benefit = at(insertAfter(JINAN, '            经办业务水平: 优\n', '          |\n'));
  assert.deepEqual(labels(benefit.items), ['经济效益指标', '生态效益指标']);
  assert.equal(edit(benefit.items[0]).newText, '经济效益指标:\n            $0');
});

test('an indicator written as a mapping takes 依据, 前年, 上年 and 审核意见', () => {
  const r = at(
    draftWith(
      '  - 名称: 甲\n    绩效目标:\n      指标:\n        产出指标:\n          数量:\n            场次:\n              指标值: ≥2场\n              |\n',
    ),
  );
  assert.deepEqual(labels(r.items), ['依据', '前年', '上年', '审核意见', '审核意见条目']);
  assert.equal(r.items[0].documentation, '指标值确定依据，如 历年资助人数');
});

test('一级 names follow the profile: 成本指标 is a 一级 in 2021, a 产出 二级 in 2015', () => {
  const tree = draftWith('  - 名称: 甲\n    金额: 1\n    绩效目标:\n      指标:\n        |\n');
  assert.deepEqual(labels(at(tree).items), ['成本指标', '产出指标', '效益指标', '满意度指标']);
  assert.deepEqual(labels(at(tree, { profile: 2015 }).items), ['产出指标', '效益指标', '满意度指标']);
  const output = draftWith(
    '  - 名称: 甲\n    金额: 1\n    绩效目标:\n      指标:\n        产出指标:\n          |\n',
  );
  assert.deepEqual(labels(at(output, { profile: 2015 }).items), [
    '数量指标',
    '质量指标',
    '时效指标',
    '成本指标',
  ]);
  assert.deepEqual(labels(at(output).items), ['数量指标', '质量指标', '时效指标']);
});

test('功能科目: 2101 offers the 7-digit 项 under 2101, in code order, with the parent chain', () => {
  const r = at(insertAfter(JINAN, '    类别: 其他运转类\n', '    功能科目: 2101|\n'));
  const codes = r.items.map((i) => String(i.label).split(' ')[0]);
  assert.ok(codes.length > 10);
  assert.ok(
    codes.every((c) => /^2101\d{3}$/.test(c)),
    codes.join(),
  );
  assert.deepEqual(codes, [...codes].sort());
  const item = r.items.find((i) => i.label === '2101599 其他医疗保障管理事务支出');
  assert.ok(item, labels(r.items).join());
  assert.equal(item.detail, '210 卫生健康支出 › 21015 医疗保障管理事务');
  assert.equal(edit(item).newText, '2101599 其他医疗保障管理事务支出');
  const line = r.text.slice(0, r.offset).split('\n').length - 1;
  assert.deepEqual(edit(item).range, { start: { line, character: 10 }, end: { line, character: 14 } });
  assert.equal(item.filterText, '2101');
  const run = r.items.find((i) => i.label === '2101501 行政运行')!;
  assert.equal(run.documentation, '反映行政单位（包括实行公务员管理的事业单位）的基本支出。');
});

test('pinyin initials and Chinese find codes by name', () => {
  const py = at(draftWith('  - 名称: 甲\n    功能科目: ylbz|\n'));
  const found = labels(py.items);
  assert.ok(found.includes('2101599 其他医疗保障管理事务支出'), found.join());
  assert.ok(found.includes('2101506 医疗保障经办事务'));
  assert.ok(!found.includes('2101501 行政运行'));
  const { catalog } = getCatalog(2026);
  for (const i of py.items) assert.match(catalog.lookup('func', String(i.label).split(' ')[0])!.py, /ylbz/);
  // 行 in 行政 is read x, not h.
  const admin = labels(at(draftWith('  - 名称: 甲\n    功能科目: xzyx|\n')).items);
  assert.ok(admin.includes('2101501 行政运行'), admin.join());
  const zh = labels(at(draftWith('  - 名称: 甲\n    功能科目: 医疗保障|\n')).items);
  assert.ok(zh.includes('2101599 其他医疗保障管理事务支出'));
  assert.ok(
    zh.every((l) => l.includes('医疗保障')),
    zh.join(),
  );
});

test('each code field draws from its own catalog: 经济科目, 政府科目, table 科目', () => {
  const detail = at(draftWith('  - 名称: 甲\n    明细:\n      - 内容: 办公\n        经济科目: 3020|\n'));
  assert.ok(labels(detail.items).includes('30201 办公费'));
  assert.ok(detail.items.every((i) => /^3020\d /.test(String(i.label))));
  // Inside a Jinan flow row, the cursor after `科目: 2101` of 2101599's row: any level of 支出功能分类.
  const row = '  - { 科目: 2101599 其他医疗保障管理事务支出';
  const func = at(JINAN.replace(row, '  - { 科目: 2101|599 其他医疗保障管理事务支出'));
  assert.ok(labels(func.items).includes('21011 行政事业单位医疗'));
  assert.ok(labels(func.items).includes('2101101 行政单位医疗'));
  // The choice replaces the whole written value, up to the row's next comma.
  const range = edit(func.items[0]).range;
  assert.equal(range.end.character - range.start.character, '2101599 其他医疗保障管理事务支出'.length);
  const gov = at(
    JINAN.replace(
      '政府科目: 50101 工资奖金津补贴, 预算单位: 济南市历下区医疗保障局, 人员经费: 54.00',
      '政府科目: 501|01',
    ),
  );
  assert.deepEqual(labels(gov.items).slice(0, 2), ['501 机关工资福利支出', '50101 工资奖金津补贴']);
  const dept = at(JINAN.replace('{ 科目: 30201 办公费, 政府科目: 50201', '{ 科目: 3020|, 政府科目: 50201'));
  assert.ok(labels(dept.items).includes('30201 办公费'));
  assert.ok(!labels(dept.items).some((l) => l.startsWith('5')));
});

test('enumerated values and declared units are offered for their keys', () => {
  assert.deepEqual(labels(at(draftWith('  - 名称: 甲\n    类别: |\n')).items), [
    '其他运转类',
    '特定目标类',
    '人员类',
    '公用经费类',
  ]);
  const unit = at(insertAfter(JINAN, '  - 名称: 医保窗口服务经费\n', '    预算单位: |\n'));
  assert.deepEqual(labels(unit.items), ['济南市历下区医疗保障局', '济南市历下区医疗保险事业中心']);
});

test('in a comment, in the text of a block scalar and after an unknown key, nothing is offered', () => {
  assert.deepEqual(at(insertAfter(JINAN, '金额单位: 万元', ' # 功|')).items, []);
  assert.deepEqual(at(JINAN.replace('根据历下区人民政府', '根据历下区|人民政府')).items, []);
  assert.deepEqual(at('项目:\n  - 名称: 甲\n    总体目标是:|\n').items, []);
});

test('right after `键:` the value comes with its blank; after `键: ` without', () => {
  const colon = at(draftWith('  - 名称: 甲\n    功能科目:|\n'));
  assert.equal(colon.items.length, 200);
  assert.ok(colon.isIncomplete);
  assert.equal(edit(colon.items[0]).newText, ' 2010101 行政运行');
  const spaced = at(draftWith('  - 名称: 甲\n    功能科目: |\n'));
  assert.equal(edit(spaced.items[0]).newText, '2010101 行政运行');
});

/** A snippet as the editor leaves it when every placeholder keeps its default. */
function expand(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, (_, d: string) => d.replace(/\\(.)/g, '$1'))
    .replace(/\$\{?\d+\}?/g, '');
}

function snippet(items: CompletionItem[], label: string): string {
  const item = items.find((i) => i.label === label);
  assert.ok(item, `${label} in ${labels(items).join()}`);
  assert.equal(item.kind, 15, 'a snippet');
  return edit(item).newText;
}

test('新项目, expanded with its defaults, passes the checker without errors in both profiles', () => {
  for (const profile of [2021, 2015] as const) {
    // After the 2021-shaped GOOD_PROJECT, and alone in a 2015 draft.
    const marked = draftWith(profile === 2021 ? GOOD_PROJECT + '  |' : '  |');
    const r = at(marked, { profile });
    const text = r.text.slice(0, r.offset) + expand(snippet(r.items, '新项目')) + '\n';
    const result = check(text, { profile });
    assert.equal(result.draft.projects.length, profile === 2021 ? 2 : 1, text);
    const p = result.draft.projects[result.draft.projects.length - 1];
    assert.equal(p.name?.text, '新建项目');
    assert.equal(p.amount?.text, '10.00');
    assert.deepEqual(
      p.indicators?.level1.map((l) => l.canonical),
      profile === 2021
        ? ['成本指标', '产出指标', '效益指标', '满意度指标']
        : ['产出指标', '效益指标', '满意度指标'],
    );
    const errors = result.findings.filter((f) => f.severity === 'error');
    assert.deepEqual(errors, [], text);
    // Alone in a draft, the project draws no finding of any severity.
    if (profile === 2015) assert.deepEqual(result.findings, [], text);
  }
});

test('新项目 in a seed: on a fresh `- ` line, with the department’s own units; no error inside it', () => {
  const marked = JINAN.trimEnd() + '\n\n  - |\n';
  const r = at(marked);
  const body = snippet(r.items, '新项目');
  assert.match(
    body,
    /^名称: \$\{1:新建项目\}\n {4}预算单位: \$\{2\|济南市历下区医疗保障局,济南市历下区医疗保险事业中心\|\}/,
  );
  const text = r.text.slice(0, r.offset) + expand(body) + '\n';
  const result = check(text);
  assert.equal(result.draft.projects.length, 9);
  assert.equal(result.draft.projects[8].unit?.text, '济南市历下区医疗保障局');
  const start = r.text.slice(0, r.offset).split('\n').length - 1;
  const inside = result.findings.filter((f) => f.severity === 'error' && f.range.start.line >= start);
  assert.deepEqual(inside, []);
});

test('明细 and 审核意见 snippets appear only where they fit', () => {
  const details = at(draftWith('  - 名称: 甲\n    金额: 1\n    明细:\n      |\n'));
  assert.deepEqual(labels(details.items), ['明细']);
  assert.equal(
    expand(snippet(details.items, '明细')),
    '- 内容: 活动内容\n        经济科目: 30201 办公费\n        金额: 1.00',
  );
  const onDash = at(draftWith('  - 名称: 甲\n    金额: 1\n    明细:\n      - |\n'));
  assert.ok(labels(onDash.items).includes('明细'));
  assert.match(snippet(onDash.items, '明细'), /^内容: /);
  const snippets = (items: CompletionItem[]) => labels(items.filter((i) => i.kind === 15));
  assert.deepEqual(snippets(at(draftWith('  - 名称: 甲\n    |\n')).items), ['审核意见条目']);
  assert.deepEqual(snippets(at(draftWith('  - |\n')).items), ['新项目', '审核意见条目']);
  const options = { today: new Date(2025, 9, 12) };
  const review = at(draftWith('  - 名称: 甲\n    审核意见:\n      |\n'), {}, options);
  assert.equal(
    expand(snippet(review.items, '审核意见')),
    '- 意见: 意见内容\n        审核人: 财政局预算科\n        日期: 2025-10-12\n        状态: 待修改',
  );
  const top = at('格式: 部门预算/1\n部门: 测试局\n|\n', {}, options);
  const entry = expand(snippet(top.items, '审核意见条目'));
  assert.equal(
    entry,
    '审核意见:\n  - 意见: 意见内容\n    审核人: 财政局预算科\n    日期: 2025-10-12\n    状态: 待修改',
  );
  const reviewed = check(`格式: 部门预算/1\n部门: 测试局\n预算年度: 2026\n${entry}\n`);
  assert.equal(reviewed.draft.reviews[0]?.status?.text, '待修改');
  assert.ok(!reviewed.findings.some((f) => f.rule === 'schema'));
  // Not inside 收入, whose keys are fixed.
  assert.ok(!labels(at('收入:\n  |\n').items).some((l) => l.startsWith('审核意见')));
  assert.ok(!snippets(at('项目:\n  - 名称: 甲\n    |\n').items).includes('新项目'));
});

test('garbage, half-typed YAML and every offset of odd texts: an answer, never a throw', () => {
  const odd = [
    '',
    ':',
    '- - - {',
    '项目:\n  - { 名称: [a, {b: , c',
    '项目:\n  -\n    - 名称:\n  功能科目: 21\n\t\t: :',
    '"未闭合的引号: 2101\n  \'x: |\n   # 注释 {',
    '指标:\n  成本指标:\n    经济成本: {总成本: ≤1万元, ',
    '\r\n项目:\r\n  - 名称: 甲\r\n    功能科目: 2101\r\n',
  ];
  for (const text of odd) {
    const result = check(text);
    for (let o = 0; o <= text.length; o++) {
      const r = completion(result, o);
      assert.ok(Array.isArray(r.items), `${JSON.stringify(text)} @${o}`);
    }
  }
  const result = check(ZAOZHUANG);
  for (let o = 0; o <= ZAOZHUANG.length; o += 7) assert.ok(Array.isArray(completion(result, o).items));
  assert.deepEqual(completion(result, -5).items.length >= 0, true);
  assert.ok(Array.isArray(completion(result, ZAOZHUANG.length + 100).items));
});
