import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../server/src/engine/engine';
import { ParseCache } from '../../server/src/engine/yaml/chunks';
import { fixture } from '../helpers';

// What a caller may keep from a check when the next one reuses its cache (yaml/chunks.ts).
test('an older CheckResult keeps its findings, ranges and fixes after the next edit', () => {
  const cache = new ParseCache();
  const text = fixture('jinan-lixia-2026.budget.yaml');
  const older = checkText(text, { cache });
  assert.ok(
    older.findings.some((f) => f.fixes.length),
    'the fixture has fixable findings',
  );
  const snapshot = JSON.stringify(older.findings);
  // A line inserted at the top moves every piece below it: all of them are reused and shifted.
  const edited = `# 注释\n${text}`;
  const newer = checkText(edited, { cache });
  assert.equal(JSON.stringify(older.findings), snapshot, 'the older findings did not move');
  assert.equal(newer.findings.length, older.findings.length);
  for (const [i, f] of newer.findings.entries()) {
    const o = older.findings[i];
    assert.equal(f.range.start.line, o.range.start.line + 1, `${f.rule} moved one line down`);
    for (const [j, fix] of f.fixes.entries())
      for (const [k, e] of fix.edits.entries())
        assert.equal(e.range.start.line, o.fixes[j].edits[k].range.start.line + 1, 'its fix moved too');
  }
  // And back: the reused reports shift back without drifting.
  const again = checkText(text, { cache });
  assert.equal(JSON.stringify(again.findings), snapshot);
  assert.equal(JSON.stringify(older.findings), snapshot);
});
