import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticTag, type Position } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { findingKeys, toDiagnostic } from '../../server/src/lsp/convert';
import { lspCodeActions } from '../../server/src/lsp/features/codeActions';
import type { CheckResult } from '../../server/src/engine/engine';
import type { Finding } from '../../server/src/engine/findings';
import { check, draftWith, fixture, GOOD_PROJECT } from '../helpers';
import { applyWorkspaceEdit, assertOnlyTouchedLinesChanged, editsFor } from '../lsp/edits';

const URI = 'file:///x.budget.yaml';
const SEEDS = ['jinan-lixia-2026', 'zaozhuang-shizhong-2026', 'zhaoyuan-2024'];

function actions(result: CheckResult, f: Finding | undefined, only?: string[]) {
  const keys = findingKeys(result.findings);
  const diagnostics = f ? [toDiagnostic(f, keys[result.findings.indexOf(f)])] : [];
  const doc = TextDocument.create(URI, 'budget-yaml', 3, result.draft.text);
  return lspCodeActions(doc, result, { context: { diagnostics, ...(only ? { only } : {}) } });
}

const at = (ds: Finding[], f: Finding) => ds.filter((x) => x.rule === f.rule && x.path === f.path).length;

test('忽略此处 on every finding of the seeds, with a reason written, silences exactly that finding', () => {
  let offered = 0;
  for (const seed of SEEDS) {
    const text = fixture(`${seed}.budget.yaml`);
    const result = check(text);
    for (const f of result.findings) {
      const ignore = actions(result, f).find((a) => a.title === '忽略此处（需填写理由）');
      assert.ok(ignore, `${seed} ${f.rule} ${f.path} can be ignored here`);
      offered++;
      const out = applyWorkspaceEdit(text, ignore.edit, URI);
      assertOnlyTouchedLinesChanged(text, out, editsFor(ignore.edit, URI));
      // The client selects this range for the reviewer to type over: it must be the placeholder.
      const [, sel] = ignore.command!.arguments as [string, { start: Position; end: Position }];
      const line = out.split('\n')[sel.start.line];
      assert.equal(sel.end.line, sel.start.line);
      assert.equal(line.slice(sel.start.character, sel.end.character), '请填写理由');
      const after = check(out.replace('请填写理由', '已与财政局核实')).findings;
      assert.equal(at(after, f), at(result.findings, f) - 1, `${f.rule} at ${f.path} is silenced`);
      assert.equal(after.length, result.findings.length - 1, `${f.rule}: nothing else changes`);
    }
  }
  assert.equal(offered, 17 + 62 + 3);
});

test('the ladder of one finding: its fixes (first preferred), fix all of its rule, ignore, rule page', () => {
  const result = check(fixture('jinan-lixia-2026.budget.yaml'));
  const f = result.findings.find((x) => x.rule === 'satisfaction-value')!;
  const list = actions(result, f);
  assert.deepEqual(
    list.map((a) => [a.title, a.kind, a.isPreferred ?? false]),
    [
      ['改为 ≥95%', 'quickfix', true],
      ['修复此文件中所有同类问题（satisfaction-value，共3处）', 'quickfix', false],
      ['忽略此处（需填写理由）', 'quickfix', false],
      ['查看规则说明：satisfaction-value', 'quickfix', false],
    ],
  );
  assert.deepEqual(list[3].command?.arguments, ['satisfaction-value']);
  assert.equal(list[3].edit, undefined);
});

test('kinds: a lightbulb gets no source action; `only` selects quick fixes or fix-all', () => {
  const result = check(fixture('jinan-lixia-2026.budget.yaml'));
  const f = result.findings.find((x) => x.rule === 'cost-total-mismatch')!;
  assert.ok(!actions(result, f).some((a) => a.kind?.startsWith('source')));
  assert.deepEqual(
    actions(result, f, ['source.fixAll']).map((a) => a.kind),
    ['source.fixAll.jixiao'],
  );
  assert.ok(actions(result, f, ['quickfix']).every((a) => a.kind === 'quickfix'));
  assert.deepEqual(actions(result, f, ['source.organizeImports']), []);
  assert.deepEqual(actions(check(draftWith(GOOD_PROJECT)), undefined, ['source.fixAll.jixiao']), []);
});

test('findings about suppression comments get their fix and page, not 忽略此处', () => {
  const text = draftWith(
    GOOD_PROJECT.replace('总成本: ≤44.36万元', '总成本: ≤44.36万元  # 绩效检查-忽略 cost-operator: 核实'),
  );
  const result = check(text);
  const f = result.findings.find((x) => x.rule === 'suppression-unused')!;
  assert.ok(f);
  assert.deepEqual(
    actions(result, f).map((a) => a.title),
    ['删除此忽略注释', '查看规则说明：suppression-unused'],
  );
});

test('diagnostics: rule page link, faded tag for removable text only', () => {
  const result = check(fixture('zaozhuang-shizhong-2026.budget.yaml'));
  const empty = toDiagnostic(result.findings.find((x) => x.rule === 'level2-empty')!);
  assert.deepEqual(empty.tags, [DiagnosticTag.Unnecessary]);
  assert.match(empty.codeDescription!.href, /docs\/rules\/level2-empty\.md$/);
  assert.equal(toDiagnostic(result.findings.find((x) => x.rule === 'cost-operator')!).tags, undefined);
});

test('the edit checker of these tests fails on a changed comment or a changed neighbour line', () => {
  const text = 'a: 1  # 说明\nb: 2\nc: 3\n';
  const edit = (newText: string, line = 0, s = 3, e = 4) => ({
    range: { start: { line, character: s }, end: { line, character: e } },
    newText,
  });
  assert.throws(() => assertOnlyTouchedLinesChanged(text, 'a: 9\nb: 2\nc: 3\n', [edit('9')]), /说明/);
  assert.throws(
    () => assertOnlyTouchedLinesChanged(text, 'a: 9  # 说明\nb: 3\nc: 3\n', [edit('9')]),
    /line 2/,
  );
  assert.equal(assertOnlyTouchedLinesChanged(text, 'a: 9  # 说明\nb: 2\nc: 3\n', [edit('9')]), 1);
  assert.throws(
    () => applyWorkspaceEdit(text, { changes: { [URI]: [edit('x', 0, 0, 2), edit('y', 0, 1, 3)] } }, URI),
    /overlap/,
  );
});
