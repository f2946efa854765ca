import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { findingKeys, toDiagnostic } from '../../server/src/lsp/convert';
import { lspCodeActions } from '../../server/src/lsp/features/codeActions';
import { check, fixture } from '../helpers';
import { applyWorkspaceEdit, assertOnlyTouchedLinesChanged, editsFor } from '../lsp/edits';

const URI = 'file:///x.budget.yaml';

test('枣庄: the blank template rows of every project go in one “fix all of this rule”, all safe', () => {
  const text = fixture('zaozhuang-shizhong-2026.budget.yaml');
  const result = check(text);
  const removable = result.findings.filter((f) => f.rule === 'level2-empty' && f.fixes.length);
  assert.ok(removable.length >= 16, `${removable.length} removable blank rows`);
  assert.ok(removable.every((f) => f.fixes[0].kind === 'safe'));
  const keys = findingKeys(result.findings);
  const first = removable[0];
  const diagnostics = [toDiagnostic(first, keys[result.findings.indexOf(first)])];
  const doc = TextDocument.create(URI, 'budget-yaml', 1, text);
  const action = lspCodeActions(doc, result, { context: { diagnostics } }).find((a) =>
    a.title.startsWith('修复此文件中所有同类问题（level2-empty'),
  );
  assert.ok(action, 'a fix-all of level2-empty is offered');
  const fixed = applyWorkspaceEdit(text, action.edit, URI);
  assertOnlyTouchedLinesChanged(text, fixed, editsFor(action.edit, URI));
  assert.deepEqual(
    check(fixed).findings.filter((f) => f.rule === 'level2-empty' && f.fixes.length),
    [],
    'every removable blank row is gone',
  );
  for (const name of ['生态环境成本指标:', '社会成本指标:'])
    assert.ok(text.includes(name) && !fixed.includes(name));
});
