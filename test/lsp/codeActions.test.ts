import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { draftWith, fixture, GOOD_PROJECT, lineOf } from '../helpers';
import { TestClient, type Published } from './client';
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

const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');
let client: TestClient;
let n = 0;

before(async () => {
  assert.ok(existsSync(SERVER), 'run `npm run build` first: the protocol tests speak to dist/server.js');
  client = new TestClient();
  await client.initialize();
});
after(async () => client.close());

/** Opens the text under a fresh name and returns the server's diagnostics for it. */
async function publish(text: string): Promise<{ uri: string; diagnostics: Diag[] }> {
  const path = `/tmp/jixiao-actions/d${++n}.budget.yaml`;
  const wait = client.nextDiagnostics(`file://${path}`);
  const uri = await client.open(path, text);
  return { uri, diagnostics: (await wait).diagnostics };
}

function actionsFor(uri: string, diagnostics: unknown[], only?: string[]): Promise<Action[]> {
  const d = diagnostics[0] as Diag | undefined;
  const range = d?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return client.conn.sendRequest<Action[]>('textDocument/codeAction', {
    textDocument: { uri },
    range,
    context: { diagnostics, ...(only ? { only } : {}) },
  });
}

const pathOf = (d: Diag) => (d.data as { path: string }).path;
const fixesOf = (d: Diag) => (d.data as { fixes?: { kind?: string }[] } | undefined)?.fixes ?? [];
const fixable = (d: Diag) => fixesOf(d).length > 0;
/** What fix-all may apply: a finding with exactly one safe fix. */
const safelyFixable = (d: Diag) => fixesOf(d).filter((f) => f.kind === 'safe').length === 1;
const count = (ds: Diag[], rule: string, path?: string) =>
  ds.filter((d) => d.code === rule && (path === undefined || pathOf(d) === path)).length;

/**
 * For every rule with a fixable diagnostic in the text: its first quick fix (the preferred one when
 * there is one; a finding with several readings has none), applied, removes that finding on the
 * server's re-check and changes nothing but the lines it edits.
 */
async function checkEveryFix(text: string): Promise<string[]> {
  const { uri, diagnostics } = await publish(text);
  const rules = [...new Set(diagnostics.filter(fixable).map((d) => d.code))];
  for (const rule of rules) {
    const d = diagnostics.find((x) => x.code === rule && fixable(x))!;
    const actions = await actionsFor(uri, [d]);
    const preferred = actions.filter((a) => a.isPreferred);
    const edits = actions.filter((a) => a.edit);
    assert.ok(
      preferred.length <= 1,
      `${rule}: at most one preferred fix among ${actions.map((a) => a.title)}`,
    );
    if (fixesOf(d).length > 1) assert.equal(preferred.length, 0, `${rule}: several readings, none preferred`);
    const fix = preferred[0] ?? edits[0];
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
    'cost-total-mismatch',
    'level2-empty',
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

test('source.fixAll.jixiao applies every safe fix without overlap; repeated, nothing safely fixable is left', async () => {
  for (const seed of SEEDS) {
    let text = fixture(`${seed}.budget.yaml`);
    let { uri, diagnostics } = await publish(text);
    for (let pass = 0; pass < 3 && diagnostics.some(safelyFixable); pass++) {
      const actions = await actionsFor(uri, diagnostics, ['source.fixAll.jixiao']);
      assert.deepEqual(
        actions.map((a) => [a.title, a.kind]),
        [['修复所有可自动修复的问题（绩效检查）', 'source.fixAll.jixiao']],
      );
      const fixed = applyWorkspaceEdit(text, actions[0].edit, uri); // asserts no overlap
      assertOnlyTouchedLinesChanged(text, fixed, editsFor(actions[0].edit, uri));
      if (pass === 0) assert.equal(editsFor(actions[0].edit, uri).length >= 1, true);
      text = fixed;
      ({ uri, diagnostics } = await publish(text));
    }
    assert.deepEqual(
      diagnostics.filter(safelyFixable).map((d) => d.code),
      [],
      `${seed}: no safely fixable finding left`,
    );
  }
});

test('fix-all on 枣庄 applies its 8 safe fixes in one pass and none of its suggestions', async () => {
  const text = fixture('zaozhuang-shizhong-2026.budget.yaml');
  const { uri, diagnostics } = await publish(text);
  const safe = diagnostics.filter(safelyFixable);
  assert.ok(safe.length >= 8, `${safe.length} safe`);
  assert.ok(diagnostics.filter(fixable).length > safe.length, 'the draft has suggestions too');
  const [action] = await actionsFor(uri, [], ['source.fixAll']);
  assert.equal(action.kind, 'source.fixAll.jixiao');
  const fixed = applyWorkspaceEdit(text, action.edit, uri);
  assert.equal(assertOnlyTouchedLinesChanged(text, fixed, editsFor(action.edit, uri)), safe.length);
  const after = (await publish(fixed)).diagnostics;
  assert.equal(after.filter(safelyFixable).length, 0);
  assert.equal(after.filter(fixable).length, diagnostics.filter(fixable).length - safe.length);
  assert.match(fixed, /≤1218万元/, 'the operator is fixed, the amount (a judgment) is not');
  // `source` asks for every source action, ours included; `refactor` for none of ours.
  assert.equal((await actionsFor(uri, [], ['source'])).length, 1);
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
    { ...d, data: { rule: 'no-such-rule', path: '', fixes: [] } },
    { range: d.range, source: 'jixiao', message: '' },
  ];
  for (const x of odd) {
    const actions = await actionsFor(uri, [x]);
    assert.ok(Array.isArray(actions));
    assert.ok(!actions.some((a) => a.edit), `no edit from ${JSON.stringify((x as Diag).data)}`);
  }
  // A range that is off (the client mapped it through edits) still names the finding by its path.
  const moved = { ...d, range: { start: { line: 999, character: 0 }, end: { line: 999, character: 3 } } };
  const fix = (await actionsFor(uri, [moved])).find((a) => a.edit);
  assert.deepEqual(editsFor(fix?.edit, uri), (d.data as { fixes: { edits: unknown[] }[] }).fixes[0].edits);
  // A finding that no longer exists (fixed meanwhile) offers its rule's page, but no edit.
  const gone = {
    ...d,
    data: { ...(d.data as object), path: '项目[7].绩效目标.指标.成本指标.经济成本指标.总成本' },
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
  const wait = client.nextDiagnostics(uri);
  await client.conn.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ text: edited }],
  });
  await wait;
  const fix = (await actionsFor(uri, [stale])).find((a) => a.edit)!;
  const [e] = editsFor(fix.edit, uri);
  assert.equal(e.range.start.line, stale.range.start.line + 2);
  assert.match(applyWorkspaceEdit(edited, fix.edit, uri), /\n {12}总成本: ≤44\.36万元\n/);
});
