import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_META } from '../../server/src/engine/rules';
import { docBlocks, runnable } from '../docExamples';
import { applyFix, check } from '../helpers';

const ROOT = join(__dirname, '..', '..');
let run = 0;

for (const meta of RULE_META) {
  test(`docs/rules/${meta.id}.md: its examples behave as documented`, () => {
    const blocks = docBlocks(readFileSync(join(ROOT, meta.docs), 'utf8'));
    const wrong = blocks.filter((b) => b.section === 'wrong');
    const right = blocks.filter((b) => b.section === 'right');
    const fixed = blocks.filter((b) => b.section === 'fixed');
    assert.ok(wrong.length && right.length, 'a wrong and a right example');
    for (const b of wrong) {
      const { text, marked } = runnable(b, meta.id);
      const where = `wrong example at line ${b.pageLine}`;
      assert.ok(marked.length, `${where}: marks a line with “# ← ${meta.id}”`);
      const found = check(text).findings.filter((f) => f.rule === meta.id);
      assert.deepEqual(
        [...new Set(found.map((f) => f.range.start.line + 1))],
        marked,
        `${where}: raises ${meta.id} exactly on the marked lines:\n${found.map((f) => f.message).join('\n')}\n${text}`,
      );
      run++;
    }
    for (const b of right) {
      const { text } = runnable(b, meta.id);
      const found = check(text).findings.filter((f) => f.rule === meta.id);
      assert.deepEqual(
        found.map((f) => f.message),
        [],
        `right example at line ${b.pageLine} raises nothing of ${meta.id}:\n${text}`,
      );
      run++;
    }
    if (meta.fixable !== 'none') assert.equal(fixed.length, 1, 'one block under “## 修复”: the fixed text');
    for (const b of fixed) {
      const source = runnable(wrong[0], meta.id).text;
      const [first] = check(source).findings.filter((f) => f.rule === meta.id && f.fixes.length);
      assert.ok(first, 'the first wrong example offers a fix');
      assert.equal(
        applyFix(source, first.fixes[0]),
        runnable(b, meta.id).text,
        `the fix gives the text at line ${b.pageLine}`,
      );
      run++;
    }
  });
}

after(() => console.log(`doc examples run: ${run}`));
