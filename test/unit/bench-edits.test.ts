import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { incrementalChange } from '../../bench/lspTiming';

test('the benchmark sends a range edit that turns the old text into the new one', () => {
  const cases: [string, string][] = [
    ['项目:\n  - 名称: 项目1\n    金额: 10\n', '项目:\n  - 名称: 项目1x\n    金额: 10\n'],
    ['a\nb\nc', 'a\nc'],
    ['', '格式: 部门预算/1\n'],
    ['满意度 ≥90%\r\n', '满意度 ≥95%\r\n'],
    ['same', 'same'],
  ];
  for (const [before, after] of cases) {
    const doc = TextDocument.create('file:///x.budget.yaml', 'budget-yaml', 1, before);
    const change = incrementalChange(before, after);
    const updated = TextDocument.update(doc, [change], 2);
    assert.equal(updated.getText(), after);
    assert.ok(change.text.length <= Math.max(1, after.length - before.length + 2), JSON.stringify(change));
  }
  // A one-character insertion is sent as one character at its position.
  const c = incrementalChange('项目:\n  - 名称: 项目1\n', '项目:\n  - 名称: 项目1x\n');
  assert.deepEqual(c, {
    range: { start: { line: 1, character: 11 }, end: { line: 1, character: 11 } },
    text: 'x',
  });
});
