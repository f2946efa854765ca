import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { StoredDocument, storedDocuments } from '../../server/src/lsp/documentStore';
import { LineIndex } from '../../server/src/engine/text/lineIndex';

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

test('the document store reads, positions and offsets as the library document of the same text, change after change', () => {
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
          // The library, one event at a time on a document made fresh of its text: its own
          // changed document keeps two line starts where an edit joined a CR and an LF (see the
          // next test), and the next event would land elsewhere.
          for (const e of events)
            theirs = TextDocument.create(
              theirs.uri,
              theirs.languageId,
              version,
              TextDocument.update(theirs, [e], version).getText(),
            );
          // Without reading, changes pile up as runs; reading joins them: both paths are compared.
          if (readBetween) assert.equal(ours.getText(), theirs.getText());
          assert.equal(ours.version, version);
          assert.equal(ours.lineCount, theirs.lineCount);
          assert.equal(ours.lineCount, new LineIndex(theirs.getText()).lineCount, 'as the check counts');
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
    { numRuns: 300, seed: 20261206 },
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

test('a lone CR is a line break; an edit that puts an LF right after it makes one CRLF, not two breaks', () => {
  const at = (line: number, character: number) => ({ line, character });
  const cases: [string, { start: ReturnType<typeof at>; end: ReturnType<typeof at> }, string, string][] = [
    // an LF typed after a lone CR
    ['甲\r乙', { start: at(1, 0), end: at(1, 0) }, '\n', '甲\r\n乙'],
    // a CR typed before an LF
    ['甲\n乙', { start: at(0, 1), end: at(0, 1) }, '\r', '甲\r\n乙'],
    // what stood between a CR and an LF deleted
    ['甲\rX\n乙', { start: at(1, 0), end: at(1, 1) }, '', '甲\r\n乙'],
    // a text ending in CR inserted before an LF
    ['甲\n乙', { start: at(0, 1), end: at(0, 1) }, '丙\r', '甲丙\r\n乙'],
  ];
  for (const [before, range, text, after] of cases) {
    const doc = new StoredDocument('file:///a.budget.yaml', 'budget-yaml', 1, before);
    assert.equal(doc.lineCount, new LineIndex(before).lineCount, JSON.stringify(before));
    doc.apply([{ range, text }], 2);
    assert.equal(doc.getText(), after);
    assert.equal(doc.lineCount, 2, JSON.stringify(after));
    assert.deepEqual(doc.positionAt(after.indexOf('乙')), { line: 1, character: 0 });
    assert.equal(doc.offsetAt(at(1, 0)), after.indexOf('乙'));
    // The end of line 0 is before the whole CRLF: no position stands between its CR and LF.
    assert.equal(doc.offsetAt(at(0, 9)), after.indexOf('\r'));
  }
  // A lone CR counts as one line, as LSP, the editor and the check's line index count it.
  const cr = new StoredDocument('file:///a.budget.yaml', 'budget-yaml', 1, '甲\r乙\r\r丙');
  assert.equal(cr.lineCount, 4);
  assert.deepEqual(cr.positionAt(5), { line: 3, character: 0 });
});
