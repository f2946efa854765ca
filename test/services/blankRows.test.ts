import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toDiagnostic } from '../../server/src/lsp/convert';
import { codeActions } from '../../server/src/services/codeActions';
import { check, fixture } from '../helpers';
import { applyWorkspaceEdit, assertOnlyTouchedLinesChanged, editsFor } from '../lsp/edits';

const URI = 'file:///x.budget.yaml';

test('枣庄: the blank template rows of every project go in one “fix all of this rule”, all safe', () => {
  const text = fixture('zaozhuang-shizhong-2026.budget.yaml');
  const result = check(text);
  const blanks = result.findings.filter((f) => f.rule === 'level2-empty');
  const removable = blanks.filter((f) => f.fixes.length);
  assert.ok(removable.length >= 16, `${removable.length} removable blank rows`);
  assert.ok(removable.every((f) => f.fixes[0].kind === 'safe'));
  const [action] = codeActions(URI, result, removable[0].range, {
    diagnostics: [toDiagnostic(removable[0])],
  }).filter((a) => a.title.startsWith('修复此文件中所有同类问题（level2-empty'));
  assert.ok(action, 'a fix-all of level2-empty is offered');
  const fixed = applyWorkspaceEdit(text, action.edit, URI);
  assertOnlyTouchedLinesChanged(text, fixed, editsFor(action.edit, URI));
  const after = check(fixed).findings;
  assert.deepEqual(
    after.filter((f) => f.rule === 'level2-empty' && f.fixes.length),
    [],
    'every removable blank row is gone',
  );
  for (const name of ['生态环境成本指标:', '社会成本指标:'])
    assert.ok(text.includes(name) && !fixed.includes(name));
});
