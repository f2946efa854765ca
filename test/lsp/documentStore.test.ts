import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { StoredDocument, storedDocuments } from '../../server/src/lsp/documentStore';

const START = '格式: 部门预算/1\r\n项目:\n  - 名称: 甲\r  - 名称: 乙\n金额: 12.5\n';

/**
 * An editor's change: a range on existing lines (characters possibly past a line's end, ends
 * possibly swapped) and new text. (Lines past the end are left out: the library itself then
 * leaves holes in its line table, and editors do not send them.)
 */
const change = fc.record({
  a: fc.record({ line: fc.nat(), character: fc.integer({ min: -1, max: 20 }) }),
  b: fc.record({ line: fc.nat(), character: fc.integer({ min: -1, max: 20 }) }),
  text: fc.constantFrom('', 'x', '名', '\n', '\r\n', '\r', 'a\nb', '  - 名称: 丙\n', '\n\n\n'),
  full: fc.boolean(),
});

test('the document store reads, positions and offsets exactly as the library document, change after change', () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 25 }),
      fc.boolean(),
      (batches, readBetween) => {
        const ours = storedDocuments.create('file:///a.budget.yaml', 'budget-yaml', 1, START);
        let theirs = TextDocument.create('file:///a.budget.yaml', 'budget-yaml', 1, START);
        let version = 1;
        for (const batch of batches) {
          const events = batch.map((c) =>
            c.full && c.a.line === 0
              ? { text: c.text + START }
              : { range: { start: c.a, end: c.b }, text: c.text },
          );
          version++;
          assert.equal(storedDocuments.update(ours, events, version), ours);
          theirs = TextDocument.update(theirs, events, version);
          // Without reading, changes pile up as runs; reading joins them: both paths are compared.
          if (readBetween) assert.equal(ours.getText(), theirs.getText());
          assert.equal(ours.version, version);
          assert.equal(ours.lineCount, theirs.lineCount);
          for (let line = -1; line <= theirs.lineCount; line++)
            for (const character of [-1, 0, 1, 2, 5, 40]) {
              const pos = { line, character };
              assert.equal(ours.offsetAt(pos), theirs.offsetAt(pos), `offsetAt ${line}:${character}`);
            }
          for (let offset = -1; offset <= theirs.getText().length + 1; offset++)
            assert.deepEqual(ours.positionAt(offset), theirs.positionAt(offset), `positionAt ${offset}`);
        }
        assert.equal(ours.getText(), theirs.getText());
        const range = { start: { line: 1, character: 1 }, end: { line: 3, character: 2 } };
        assert.equal(ours.getText(range), theirs.getText(range));
      },
    ),
    { numRuns: 300 },
  );
});

test('changes between reads join into the text once, not once per change', () => {
  const doc = new StoredDocument('file:///a.budget.yaml', 'budget-yaml', 1, 'abc\n'.repeat(1000));
  const runs = (d: StoredDocument) => (d as unknown as { spans: unknown[] }).spans.length;
  for (let k = 0; k < 20; k++)
    doc.apply(
      [{ range: { start: { line: k, character: 0 }, end: { line: k, character: 1 } }, text: 'X' }],
      k + 2,
    );
  // Each change only cut the runs: the untouched text is still shared, not copied.
  assert.equal(runs(doc) > 20, true);
  assert.equal(doc.getText(), 'Xbc\n'.repeat(20) + 'abc\n'.repeat(980));
  assert.equal(runs(doc), 1);
});
