import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, draftWith, findings, fixture, GOOD_PROJECT, lineOf } from '../helpers';
import { reviewEdit, reviewThreads } from '../../server/src/services/reviews';
import { act, lineDiff, WHO } from './reviews-helpers';

/** A project with a flow-style indicator mapping and a flow-style 二级 mapping of scalars. */
const FLOW = draftWith(
  GOOD_PROJECT.replace(
    '医保政策宣传场次: ≥2场次',
    '医保政策宣传场次: { 指标值: ≥2场次, 依据: 往年场次 }',
  ).replace(
    '          社会效益指标:\n            减轻参保患者看病就医负担: 有所减轻',
    '          社会效益指标: { 减轻参保患者看病就医负担: 有所减轻, 参保率: ≥95% }',
  ),
);

const TRICKY = [
  '成本: 与预算不符',
  '见 #3 号文',
  '#开头',
  '"双引号"里的话',
  "'单引号'",
  '- 像列表',
  '[方括号] 与 {花括号}, 逗号',
  '123',
  'true',
  'null',
  '~',
  '结尾冒号:',
  '反斜杠 \\ 与 \\n',
  '制表\t符',
  '全角：冒号＃井号',
  '多行意见\n第二行: 有冒号 # 与井号\n\n  缩进的第四行',
  '多行\r\n来自 Windows',
  '  前后空白会去掉  ',
];

test('any text round-trips exactly: block and flow, plain, quoted or literal', () => {
  const scalarLine = lineOf(FLOW, '参保率');
  for (const raw of TRICKY) {
    const want = raw.replace(/\r\n?/g, '\n').trim();
    for (const line of [lineOf(FLOW, '金额: 44.36'), lineOf(FLOW, '医保政策宣传场次'), scalarLine]) {
      const after = act(FLOW, { action: 'add', line, text: raw, ...WHO });
      const reviews = check(after).draft.allReviews;
      assert.deepEqual(
        reviews.map((r) => r.opinion?.text),
        [want],
        `${JSON.stringify(raw)} at line ${line}:\n${after}`,
      );
    }
  }
});

test('multi-line text is a literal block in block style and an escaped string in flow style', () => {
  const text = '第一行\n第二行: 冒号';
  const block = act(FLOW, { action: 'add', line: lineOf(FLOW, '金额: 44.36'), text, ...WHO });
  assert.deepEqual(lineDiff(FLOW, block).added.slice(1, 4), [
    '      - 意见: |-',
    '          第一行',
    '          第二行: 冒号',
  ]);
  const flow = act(FLOW, { action: 'add', line: lineOf(FLOW, '医保政策宣传场次'), text, ...WHO });
  assert.match(flow, /审核意见: \[\{ 意见: "第一行\\n第二行: 冒号", /);
});

test('a flow-style indicator gets a flow entry on its own line; deleting it restores the line', () => {
  const at = lineOf(FLOW, '医保政策宣传场次');
  const one = act(FLOW, { action: 'add', line: at, text: '场次偏少', ...WHO });
  let d = lineDiff(FLOW, one);
  assert.equal(d.at, at);
  assert.deepEqual(d.removed, ['            医保政策宣传场次: { 指标值: ≥2场次, 依据: 往年场次 }']);
  assert.deepEqual(d.added, [
    '            医保政策宣传场次: { 指标值: ≥2场次, 依据: 往年场次, 审核意见: [{ 意见: 场次偏少, 审核人: 财政局预算科, 日期: 2025-10-12, 状态: 待修改 }] }',
  ]);
  const [thread] = reviewThreads(check(one));
  assert.equal(thread.kind, 'indicator');
  assert.equal(thread.range.start.line, at);
  const two = act(one, {
    action: 'reply',
    threadId: thread.id,
    text: '已增加',
    reviewer: '编制人员',
    date: '2025-10-13',
  });
  d = lineDiff(one, two);
  assert.equal(d.removed.length, 1);
  assert.match(
    d.added[0],
    /状态: 待修改 \}, \{ 意见: 已增加, 审核人: 编制人员, 日期: 2025-10-13, 状态: 待修改 \}\] \}$/,
  );
  const three = act(two, { action: 'status', threadId: thread.id, index: 0, status: '已确认' });
  assert.match(
    three,
    /意见: 场次偏少, 审核人: 财政局预算科, 日期: 2025-10-12, 状态: 已确认 \}, \{ 意见: 已增加/,
  );
  assert.deepEqual(
    findings(three, 'review-open').map((f) => f.message),
    ['待修改的审核意见（编制人员，2025-10-13）：已增加'],
  );
  const four = act(three, { action: 'delete', threadId: thread.id, index: 1 });
  const five = act(four, { action: 'delete', threadId: thread.id, index: 0 });
  assert.equal(five, FLOW);
});

test('a scalar inside a flow 二级 mapping becomes a flow mapping, and back', () => {
  const at = lineOf(FLOW, '参保率');
  const one = act(FLOW, { action: 'add', line: at, text: '口径不清', ...WHO });
  const d = lineDiff(FLOW, one);
  assert.deepEqual(d.added, [
    '          社会效益指标: { 减轻参保患者看病就医负担: 有所减轻, 参保率: { 指标值: ≥95%, 审核意见: [{ 意见: 口径不清, 审核人: 财政局预算科, 日期: 2025-10-12, 状态: 待修改 }] } }',
  ]);
  const thread = reviewThreads(check(one))[0];
  assert.equal(thread.id, '项目「医疗保障工作经费」.绩效目标.指标.效益指标.社会效益指标.参保率');
  assert.equal(act(one, { action: 'delete', threadId: thread.id, index: 0 }), FLOW);
});

test('CRLF files get CRLF lines, and every edit round-trips', () => {
  const crlf = fixture('jinan-lixia-2026.budget.yaml').replace(/\n/g, '\r\n');
  const lines = [lineOf(crlf, '名称: 医保工作服务经费'), lineOf(crlf, '总成本: ≤80万元'), 2];
  for (const line of lines) {
    const one = act(crlf, { action: 'add', line, text: '第一行\n第二行', ...WHO });
    assert.doesNotMatch(one, /[^\r]\n/, 'no bare LF was inserted');
    const d = lineDiff(crlf, one);
    assert.ok(
      d.added.every((l) => l.endsWith('\r')),
      JSON.stringify(d.added),
    );
    assert.deepEqual(
      check(one).draft.allReviews.map((r) => r.opinion?.text),
      ['第一行\n第二行'],
    );
    const id = reviewThreads(check(one))[0].id;
    const two = act(one, { action: 'status', threadId: id, index: 0, status: '已修改' });
    assert.deepEqual(lineDiff(one, two).added, [lineDiff(one, two).removed[0].replace('待修改', '已修改')]);
    assert.equal(act(two, { action: 'delete', threadId: id, index: 0 }), crlf);
  }
});

const EXISTING = draftWith(
  GOOD_PROJECT.replace(
    '    类别: 其他运转类\n',
    `    类别: 其他运转类
    审核意见:   # 预算科的意见
      - 意见: 类别有误
        审核人: 张三
        日期: 2025-10-01
        状态: 已修改   # 已改为其他运转类
      - { 意见: 金额偏高, 审核人: 张三, 日期: 2025-10-02, 状态: 待修改 }
`,
  ).replace(
    '总成本: ≤44.36万元',
    '总成本:\n              指标值: ≤44.36万元\n              审核意见: [{ 意见: 偏高 }]',
  ),
);

test('an existing 审核意见 list is appended to in its own style; comments stay', () => {
  const at = lineOf(EXISTING, '金额: 44.36');
  const one = act(EXISTING, { action: 'add', line: at, text: '补充', ...WHO });
  const d = lineDiff(EXISTING, one);
  assert.deepEqual(d.removed, []);
  // The last item is a flow mapping, so the new one is too.
  assert.deepEqual(d.added, ['      - { 意见: 补充, 审核人: 财政局预算科, 日期: 2025-10-12, 状态: 待修改 }']);
  assert.equal(d.at, lineOf(EXISTING, '{ 意见: 金额偏高') + 1);
  const ind = act(EXISTING, {
    action: 'add',
    line: lineOf(EXISTING, '指标值: ≤44.36万元'),
    text: '再核',
    ...WHO,
  });
  assert.deepEqual(lineDiff(EXISTING, ind).added, [
    '              审核意见: [{ 意见: 偏高 }, { 意见: 再核, 审核人: 财政局预算科, 日期: 2025-10-12, 状态: 待修改 }]',
  ]);
  const threads = reviewThreads(check(EXISTING));
  assert.deepEqual(
    threads.map((t) => [t.id, t.state, t.entries.map((e) => e.status ?? '')]),
    [
      ['项目「医疗保障工作经费」', 'open', ['已修改', '待修改']],
      ['项目「医疗保障工作经费」.绩效目标.指标.成本指标.经济成本指标.总成本', 'open', ['']],
    ],
  );
  // An entry without 状态 gets the key; a status with a comment keeps its comment.
  const st = act(EXISTING, { action: 'status', threadId: threads[1].id, index: 0, status: '已确认' });
  assert.match(st, /审核意见: \[\{ 意见: 偏高, 状态: 已确认 \}\]/);
  const c = act(EXISTING, {
    action: 'status',
    threadId: '项目「医疗保障工作经费」',
    index: 0,
    status: '已确认',
  });
  assert.deepEqual(lineDiff(EXISTING, c).added, ['        状态: 已确认   # 已改为其他运转类']);
  // Deleting the block entry leaves the key, its comment and the flow entry.
  const del = act(EXISTING, { action: 'delete', threadId: '项目「医疗保障工作经费」', index: 0 });
  assert.deepEqual(lineDiff(EXISTING, del).removed, [
    '      - 意见: 类别有误',
    '        审核人: 张三',
    '        日期: 2025-10-01',
    '        状态: 已修改   # 已改为其他运转类',
  ]);
  assert.match(del, /审核意见: {3}# 预算科的意见\n {6}- \{ 意见: 金额偏高/);
});

test('an empty 审核意见 key or an empty flow list is filled in place', () => {
  const empty = draftWith(
    GOOD_PROJECT.replace('    类别: 其他运转类\n', '    类别: 其他运转类\n    审核意见:\n'),
  );
  const one = act(empty, { action: 'add', line: 4, text: '补充', ...WHO });
  assert.deepEqual(lineDiff(empty, one).added, [
    '      - 意见: 补充',
    '        审核人: 财政局预算科',
    '        日期: 2025-10-12',
    '        状态: 待修改',
  ]);
  const flowEmpty = draftWith(
    GOOD_PROJECT.replace('    类别: 其他运转类\n', '    类别: 其他运转类\n    审核意见: []\n'),
  );
  const two = act(flowEmpty, { action: 'add', line: 4, text: '补充', ...WHO });
  assert.deepEqual(lineDiff(flowEmpty, two).added, [
    '    审核意见: [{ 意见: 补充, 审核人: 财政局预算科, 日期: 2025-10-12, 状态: 待修改 }]',
  ]);
});

test('a file indented by 4 (or 3) keeps its step; tabs and a suppression comment ride along', () => {
  const base = fixture('jinan-lixia-2026.budget.yaml');
  for (const factor of [2, 1.5]) {
    // Every indentation scaled, the gap after a list dash too, so keys stay aligned under it.
    const wide = base.replace(
      /^( *)(- +)?/gm,
      (_, lead: string, dash?: string) =>
        ' '.repeat(lead.length * factor) + (dash ? '-' + ' '.repeat(2 * factor - 1) : ''),
    );
    const pad = (n: number) => ' '.repeat(n * factor);
    const one = act(wide, {
      action: 'add',
      line: lineOf(wide, '名称: 医保工作服务经费'),
      text: '甲',
      ...WHO,
    });
    assert.deepEqual(lineDiff(wide, one).added.slice(0, 2), [`${pad(4)}审核意见:`, `${pad(6)}- 意见: 甲`]);
    const two = act(wide, { action: 'add', line: lineOf(wide, '总成本: ≤80万元'), text: '乙', ...WHO });
    assert.deepEqual(lineDiff(wide, two).added.slice(0, 4), [
      `${pad(12)}总成本:`,
      `${pad(14)}指标值: ≤80万元`,
      `${pad(14)}审核意见:`,
      `${pad(16)}- 意见: 乙`,
    ]);
  }
  const tabbed = draftWith(
    GOOD_PROJECT.replace(
      '总成本: ≤44.36万元',
      '总成本:\t≤270万元\t# 绩效检查-忽略 cost-total-mismatch, cost-exceeds-budget: 含市级资金',
    ),
  );
  assert.deepEqual(findings(tabbed, 'cost-total-mismatch'), []);
  const after = act(tabbed, { action: 'add', line: lineOf(tabbed, '总成本'), text: '丙', ...WHO });
  assert.deepEqual(lineDiff(tabbed, after).added.slice(0, 2), [
    '            总成本:',
    '              指标值: ≤270万元\t# 绩效检查-忽略 cost-total-mismatch, cost-exceeds-budget: 含市级资金',
  ]);
  assert.deepEqual(findings(after, 'cost-total-mismatch'), [], 'the suppression still applies to the value');
  assert.deepEqual(findings(after, 'suppression-unused'), []);
});

test('整体绩效目标 holds its own thread', () => {
  const text = fixture('zaozhuang-shizhong-2026.budget.yaml');
  const at = lineOf(text, '整体绩效目标:');
  const after = act(text, { action: 'add', line: at + 1, text: '请补充整体绩效指标', ...WHO });
  const d = lineDiff(text, after);
  assert.equal(d.added[0], '  审核意见:');
  assert.match(text.split('\n')[d.at - 1], /^ {8}枣庄市市中区医疗保障局 2026 年/);
  const [thread] = reviewThreads(check(after));
  assert.deepEqual([thread.id, thread.kind, thread.range.start.line], ['整体绩效目标', 'overall', at]);
  assert.equal(findings(after, 'review-open').length, 1);
});

test('refusals: syntax errors, unknown threads, stale indices, empty text — never a crash', () => {
  const broken = FLOW.replace('金额: 44.36', '金额: [44.36');
  const r = check(broken);
  assert.doesNotThrow(() => reviewThreads(r));
  assert.deepEqual(reviewEdit(broken, r, { action: 'add', line: 3, text: 'x', ...WHO }), {
    error: '文件有 YAML 语法错误，修正后才能编辑审核意见',
  });
  const ok = check(FLOW);
  assert.deepEqual(reviewEdit(FLOW, ok, { action: 'add', line: 3, text: ' \n ', ...WHO }), {
    error: '审核意见不能为空',
  });
  assert.ok('error' in reviewEdit(FLOW, ok, { action: 'delete', threadId: '项目[0]', index: 0 }));
  assert.ok('error' in reviewEdit(FLOW, ok, { action: 'reply', threadId: '项目[9]', text: 'x' }));
  assert.ok(
    'error' in reviewEdit(FLOW, ok, { action: 'status', threadId: '项目[0]', index: 3, status: '已确认' }),
  );
  for (const text of ['', '格式: 部门预算/1\n项目:\n  - 名称:', '项目: [', '- a\n- b']) {
    const c = check(text);
    assert.doesNotThrow(() => reviewThreads(c));
    assert.doesNotThrow(() => reviewEdit(text, c, { action: 'add', line: 1, text: 'x' }));
  }
});

test('without a date or reviewer: today, and no 审核人 key', () => {
  const after = act(FLOW, { action: 'add', line: 3, text: '无署名' });
  const [review] = check(after).draft.allReviews;
  assert.match(review.date!.text, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(review.reviewer, undefined);
});

test('thread ids name projects, not positions: a project inserted above does not redirect an action', () => {
  const [projectThread, indicatorThread] = reviewThreads(check(EXISTING));
  const other = GOOD_PROJECT.replace('名称: 医疗保障工作经费', '名称: 新增的项目');
  const inserted = EXISTING.replace('  - 名称: 医疗保障工作经费', other + '  - 名称: 医疗保障工作经费');
  assert.notEqual(inserted, EXISTING);
  const after = reviewThreads(check(inserted));
  assert.deepEqual(
    after.map((t) => t.id),
    [projectThread.id, indicatorThread.id],
  );
  // Deleting by the id read before the insert deletes that project's review, not the new one's.
  const del = act(inserted, { action: 'delete', threadId: projectThread.id, index: 0 });
  assert.deepEqual(
    lineDiff(inserted, del).removed,
    lineDiff(EXISTING, act(EXISTING, { action: 'delete', threadId: projectThread.id, index: 0 })).removed,
  );
  assert.ok(del.includes('名称: 新增的项目'));
  // Two projects of one name are told apart by their order among that name.
  const twice = EXISTING.replace('  - 名称: 医疗保障工作经费', GOOD_PROJECT + '  - 名称: 医疗保障工作经费');
  assert.deepEqual(
    reviewThreads(check(twice)).map((t) => t.id),
    ['项目「医疗保障工作经费」#2', '项目「医疗保障工作经费」#2.绩效目标.指标.成本指标.经济成本指标.总成本'],
  );
});
