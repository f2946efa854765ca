import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftWith, fixture, GOOD_PROJECT, lineOf } from '../helpers';
import { serverForTests, type Published } from './client';
import { applyWorkspaceEdit, assertOnlyTouchedLinesChanged, editsFor, type WorkspaceEdit } from './edits';

type Diag = Published['diagnostics'][number];
interface Action {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  diagnostics?: Diag[];
  edit?: WorkspaceEdit;
  command?: { command: string; arguments?: unknown[] };
}

const server = serverForTests('/tmp/jixiao-actions');
const { publish } = server;

function actionsFor(uri: string, diagnostics: unknown[], only?: string[]): Promise<Action[]> {
  const d = diagnostics[0] as Diag | undefined;
  const range = d?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return server.client.conn.sendRequest<Action[]>('textDocument/codeAction', {
    textDocument: { uri },
    range,
    context: { diagnostics, ...(only ? { only } : {}) },
  });
}

/** The data names the finding by rule and key (`rule|path|hash`), never by carrying its fixes. */
const pathOf = (d: Diag) => (d.data as { key: string }).key.split('|')[1];

/** The diagnostics the server offers a fix for (a preferred quick fix). */
async function fixableOf(uri: string, diagnostics: Diag[]): Promise<Diag[]> {
  const out: Diag[] = [];
  for (const d of diagnostics) if ((await actionsFor(uri, [d])).some((a) => a.isPreferred)) out.push(d);
  return out;
}
const count = (ds: Diag[], rule: string, path?: string) =>
  ds.filter((d) => d.code === rule && (path === undefined || pathOf(d) === path)).length;

/**
 * For every rule with a fixable diagnostic in the text: its preferred quick fix, applied, removes
 * that finding on the server's re-check and changes nothing but the lines it edits.
 */
async function checkEveryFix(text: string): Promise<string[]> {
  const { uri, diagnostics } = await publish(text);
  for (const d of diagnostics) assert.deepEqual(Object.keys(d.data as object).sort(), ['key', 'rule']);
  const fixable = await fixableOf(uri, diagnostics);
  const rules = [...new Set(fixable.map((d) => d.code))];
  for (const rule of rules) {
    const d = fixable.find((x) => x.code === rule)!;
    const actions = await actionsFor(uri, [d]);
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1, `${rule}: one preferred fix among ${actions.map((a) => a.title)}`);
    const fix = preferred[0];
    assert.equal(fix.kind, 'quickfix');
    assert.deepEqual(fix.diagnostics?.[0].range, d.range);
    const fixed = applyWorkspaceEdit(text, fix.edit, uri);
    assertOnlyTouchedLinesChanged(text, fixed, editsFor(fix.edit, uri));
    const again = await publish(fixed);
    // At most one less: one edit may settle two findings at one place (a 合计 that is both a
    // 类 row's sum and 基本支出 + 项目支出).
    assert.ok(
      count(again.diagnostics, rule, pathOf(d)) <= count(diagnostics, rule, pathOf(d)) - 1,
      `${rule} at ${pathOf(d)} is gone after “${fix.title}”`,
    );
  }
  return rules;
}

const SEEDS = ['jinan-lixia-2026', 'zaozhuang-shizhong-2026', 'zhaoyuan-2024'];

test('every fix that fires on the seed fixtures removes its finding and keeps all other lines', async () => {
  const seen = new Set<string>();
  for (const seed of SEEDS) for (const r of await checkEveryFix(fixture(`${seed}.budget.yaml`))) seen.add(r);
  assert.deepEqual([...seen].sort(), [
    'code-name-conflict',
    'cost-operator',
    // cost-total-mismatch offers several readings, none preferred (see below).
    'level2-empty',
    // Zaozhuang's blank 成本指标 under 产出指标: removed.
    'level2-invalid',
    'satisfaction-value',
  ]);
});

const withFields = (fields: string) =>
  GOOD_PROJECT.replace('    金额: 44.36\n', `    金额: 44.36\n${fields}`);
const jinan = fixture('jinan-lixia-2026.budget.yaml');

/** Small drafts for the fixable rules the seeds do not trip; the edited lines carry a comment. */
const DRAFTS: Record<string, string> = {
  'yaml-syntax': draftWith(GOOD_PROJECT.replace('≥2场次', '>40万人')),
  'amount-format': draftWith(GOOD_PROJECT.replace('金额: 44.36', '金额: "1,751.54"   # 照抄表格')),
  'satisfaction-missing': draftWith(GOOD_PROJECT.replace(/ {8}满意度指标:\n.*\n.*\n/, '')),
  'level1-missing': draftWith(GOOD_PROJECT.replace(/ {8}效益指标:\n.*\n.*\n/, '')),
  'level2-invalid': draftWith(
    GOOD_PROJECT.replace(
      '            医保政策宣传场次: ≥2场次\n',
      '            医保政策宣传场次: ≥2场次\n          社会成本指标:   # 放错了\n            社会成本: 无\n',
    ),
  ),
  // profile-mismatch offers two readings (convert, or keep the 2015 layout), neither preferred: its
  // fixes are applied in its doc examples and test/engine/departments.test.ts.
  'rate-direction': draftWith(
    GOOD_PROJECT.replace('医保政策宣传场次: ≥2场次', '系统稳定运行率: ≤99%  # 原文'),
  ),
  'detail-sum-mismatch': draftWith(
    withFields(
      '    明细:\n      - { 内容: 代账, 经济科目: 30199 其他工资福利支出, 金额: 3.60 }  # 见测算表\n' +
        '      - { 内容: 物业费, 经济科目: 30209 物业管理费, 金额: 2.00 }\n',
    ),
  ),
  'procurement-line-mismatch': draftWith(
    withFields(
      '    采购:\n      - { 品目: C21040000 物业管理服务, 数量: 2, 计量单位: 项, 单价: 23.2, 金额: 23.2 }\n',
    ),
  ),
  'total-budget-less': draftWith(withFields('    总预算: 40   # 三年合计\n')),
  'review-open': draftWith(
    withFields(
      '    审核意见:\n      - { 意见: 成本指标应与年度预算资金总额一致, 审核人: 财政局预算科, 日期: 2025-10-12, 状态: 待修改 }\n',
    ),
  ),
  'sum-mismatch': jinan.replace(
    '208 社会保障和就业支出, 人员经费: 88.00, 公用经费: 0.08, 基本支出: 88.08, 合计: 88.08 }',
    '208 社会保障和就业支出, 人员经费: 88.00, 公用经费: 0.08, 基本支出: 88.08, 合计: 88.80 }  # 抄错',
  ),
};

test('every fix of the other fixable rules, on small drafts, removes its finding and keeps comments', async () => {
  for (const [rule, text] of Object.entries(DRAFTS)) {
    const rules = await checkEveryFix(text);
    assert.ok(rules.includes(rule), `${rule} fires with a fix on its draft (got ${rules})`);
  }
});

test('修复此文件中所有同类问题: all 8 cost-operator findings of 枣庄 at once, nothing else touched', async () => {
  const text = fixture('zaozhuang-shizhong-2026.budget.yaml');
  const { uri, diagnostics } = await publish(text);
  const ops = diagnostics.filter((d) => d.code === 'cost-operator');
  assert.equal(ops.length, 8);
  const actions = await actionsFor(uri, [ops[0]]);
  const all = actions.find((a) => a.title === '修复此文件中所有同类问题（cost-operator，共8处）');
  assert.ok(all, JSON.stringify(actions.map((a) => a.title)));
  const edits = editsFor(all.edit, uri);
  assert.equal(edits.length, 8);
  const fixed = applyWorkspaceEdit(text, all.edit, uri);
  assert.equal(assertOnlyTouchedLinesChanged(text, fixed, edits), 8);
  assert.equal(count((await publish(fixed)).diagnostics, 'cost-operator'), 0);
  // A rule with a single fixable finding in the file gets no such action.
  const code = diagnostics.find((d) => d.code === 'code-name-conflict')!;
  const single = await actionsFor(uri, [code]);
  assert.ok(!single.some((a) => a.title.startsWith('修复此文件中所有同类问题')));
});

test('source.fixAll.jixiao applies the safe fixes without overlap; repeated, it has nothing left to do', async () => {
  for (const seed of SEEDS) {
    let text = fixture(`${seed}.budget.yaml`);
    let { uri, diagnostics } = await publish(text);
    let pass = 0;
    for (; pass < 3; pass++) {
      const actions = await actionsFor(uri, diagnostics, ['source.fixAll.jixiao']);
      if (!actions.length) break;
      assert.deepEqual(
        actions.map((a) => [a.title, a.kind]),
        [['修复所有可自动修复的问题（绩效检查）', 'source.fixAll.jixiao']],
      );
      const fixed = applyWorkspaceEdit(text, actions[0].edit, uri); // asserts no overlap
      assertOnlyTouchedLinesChanged(text, fixed, editsFor(actions[0].edit, uri));
      text = fixed;
      ({ uri, diagnostics } = await publish(text));
    }
    assert.ok(pass < 3, `${seed}: fix-all settles`);
    assert.deepEqual(
      await actionsFor(uri, diagnostics, ['source.fixAll.jixiao']),
      [],
      `${seed}: nothing left`,
    );
  }
});

test('fix-all on 济南 makes no judgment: its cost totals stay, only safe edits are made', async () => {
  const text = fixture('jinan-lixia-2026.budget.yaml');
  const { uri, diagnostics } = await publish(text);
  // Five cost totals differ from 金额: several readings each, so none is preferred.
  const costs = diagnostics.filter((d) => d.code === 'cost-total-mismatch');
  assert.equal(costs.length, 5);
  for (const d of costs) assert.ok(!(await actionsFor(uri, [d])).some((a) => a.isPreferred));
  const actions = await actionsFor(uri, [], ['source.fixAll']);
  const fixed = actions.length ? applyWorkspaceEdit(text, actions[0].edit, uri) : text;
  for (const v of ['≤270万元', '≤125万元', '≤350万元', '≤23万元', '≤160万元'])
    assert.ok(fixed.includes(v), v);
  assert.equal(count((await publish(fixed)).diagnostics, 'cost-total-mismatch'), 5);
  // `source` asks for every source action, ours included; `refactor` for none of ours.
  assert.equal((await actionsFor(uri, [], ['source'])).length, actions.length);
  assert.deepEqual(await actionsFor(uri, diagnostics, ['refactor']), []);
});

test('忽略此处 inserts a suppression with the placeholder selected; with a reason the finding is silenced', async () => {
  const text = draftWith(GOOD_PROJECT.replace('总成本: ≤44.36万元', '总成本: ≤270万元'));
  const { uri, diagnostics } = await publish(text);
  const d = diagnostics.find((x) => x.code === 'cost-total-mismatch')!;
  const actions = await actionsFor(uri, [d]);
  // The cost total's readings include accepting it: the rule's own, in place of the generic one.
  assert.deepEqual(
    actions.map((a) => [a.title, a.isPreferred ?? false]),
    [
      ['把总成本改为 ≤44.36万元（与金额一致）', false],
      ['把金额改为 270（与总成本一致）', false],
      ['两者都对（如成本含部门预算以外的资金）：忽略此处（需填写理由）', false],
      ['查看规则说明：cost-total-mismatch', false],
    ],
  );
  const ignore = actions[2];
  const withPlaceholder = applyWorkspaceEdit(text, ignore.edit, uri);
  const line = lineOf(text, '≤270万元');
  assert.equal(
    withPlaceholder.split('\n')[line],
    '            总成本: ≤270万元  # 绩效检查-忽略 cost-total-mismatch: 请填写理由',
  );
  assert.equal(ignore.command?.command, 'jixiao.selectReason');
  const [argUri, sel] = ignore.command!.arguments as [string, { start: { line: number; character: number } }];
  assert.equal(argUri, uri);
  const lineText = withPlaceholder.split('\n')[sel.start.line];
  assert.equal(lineText.slice(sel.start.character, sel.start.character + 5), '请填写理由');
  // The placeholder is not a reason: the finding stays until the reviewer writes one.
  assert.equal(count((await publish(withPlaceholder)).diagnostics, 'cost-total-mismatch'), 1);
  const reasoned = withPlaceholder.replace('请填写理由', '含市级资金54万元');
  assert.equal(count((await publish(reasoned)).diagnostics, 'cost-total-mismatch'), 0);
  const doc = actions[3];
  assert.deepEqual(doc.command, {
    title: '查看规则说明：cost-total-mismatch',
    command: 'jixiao.showRuleDoc',
    arguments: ['cost-total-mismatch'],
  });
});

test('忽略此处 on a line that already has a comment goes on its own line above, and works', async () => {
  const text = draftWith(GOOD_PROJECT.replace('总成本: ≤44.36万元', '总成本: ≤270万元   # 含市级资金'));
  const { uri, diagnostics } = await publish(text);
  const d = diagnostics.find((x) => x.code === 'cost-total-mismatch')!;
  const ignore = (await actionsFor(uri, [d])).find((a) => a.title.endsWith('忽略此处（需填写理由）'))!;
  const out = applyWorkspaceEdit(text, ignore.edit, uri);
  const line = lineOf(text, '≤270万元');
  assert.deepEqual(out.split('\n').slice(line, line + 2), [
    '            # 绩效检查-忽略 cost-total-mismatch: 请填写理由',
    '            总成本: ≤270万元   # 含市级资金',
  ]);
  assertOnlyTouchedLinesChanged(text, out, editsFor(ignore.edit, uri));
  const reasoned = out.replace('请填写理由', '含市级资金54万元');
  assert.equal(count((await publish(reasoned)).diagnostics, 'cost-total-mismatch'), 0);
});

test('code actions never throw: no data, foreign data, unknown rules, stale paths, odd ranges', async () => {
  const text = draftWith(GOOD_PROJECT.replace('总成本: ≤44.36万元', '总成本: ≤270万元'));
  const { uri, diagnostics } = await publish(text);
  const d = diagnostics.find((x) => x.code === 'cost-total-mismatch')!;
  const odd: unknown[] = [
    { ...d, data: undefined },
    { ...d, data: null },
    { ...d, data: 'x' },
    { ...d, data: { rule: 42 } },
    { ...d, source: 'eslint' },
    { ...d, data: { rule: 'no-such-rule', key: (d.data as { key: string }).key } },
    { ...d, data: { rule: 'cost-total-mismatch', path: pathOf(d), fixes: [] } },
    { range: d.range, source: 'jixiao', message: '' },
  ];
  for (const x of odd) {
    const actions = await actionsFor(uri, [x]);
    assert.ok(Array.isArray(actions));
    assert.ok(!actions.some((a) => a.edit), `no edit from ${JSON.stringify((x as Diag).data)}`);
  }
  // A range that is off (the client mapped it through edits) still names the finding by its key.
  const moved = { ...d, range: { start: { line: 999, character: 0 }, end: { line: 999, character: 3 } } };
  const fix = (await actionsFor(uri, [moved])).find((a) => a.edit);
  const direct = (await actionsFor(uri, [d])).find((a) => a.edit);
  assert.deepEqual(editsFor(fix?.edit, uri, 1), editsFor(direct?.edit, uri, 1));
  assert.equal(editsFor(fix?.edit, uri)[0].newText, '≤44.36万元');
  // A finding that no longer exists (fixed meanwhile) offers its rule's page, but no edit.
  const gone = {
    ...d,
    data: {
      rule: 'cost-total-mismatch',
      key: 'cost-total-mismatch|项目[7].绩效目标.指标.成本指标.经济成本指标.总成本|0',
    },
  };
  const actions = await actionsFor(uri, [gone]);
  assert.deepEqual(
    actions.map((a) => a.title),
    ['查看规则说明：cost-total-mismatch'],
  );
});

test('a diagnostic published before an edit yields edits for the current text, not the old one', async () => {
  const text = draftWith(GOOD_PROJECT.replace('总成本: ≤44.36万元', '总成本: ≤270万元'));
  const { uri, diagnostics } = await publish(text);
  const stale = diagnostics.find((x) => x.code === 'cost-total-mismatch')!;
  const edited = text.replace('预算年度: 2026\n', '预算年度: 2026\n# 新加的两行说明\n# 第二行\n');
  const wait = server.client.nextDiagnostics(uri);
  await server.client.conn.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ text: edited }],
  });
  await wait;
  const fix = (await actionsFor(uri, [stale])).find((a) => a.edit)!;
  // Versioned: an editor whose text moved on again refuses the edit instead of misplacing it.
  const [e] = editsFor(fix.edit, uri, 2);
  assert.equal(e.range.start.line, stale.range.start.line + 2);
  assert.match(applyWorkspaceEdit(edited, fix.edit, uri), /\n {12}总成本: ≤44\.36万元\n/);
});
