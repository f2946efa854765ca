import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRuleIds, RULES } from '../../server/src/engine/rules';

const ROOT = join(__dirname, '..', '..');
const SPEC = join(ROOT, '..', 'shared', 'spec', 'RULES.md');

test('every rule has a Chinese doc page with a wrong and a right example', () => {
  for (const id of allRuleIds()) {
    const p = join(ROOT, 'docs', 'rules', `${id}.md`);
    assert.ok(existsSync(p), `docs/rules/${id}.md exists`);
    const doc = readFileSync(p, 'utf8');
    assert.match(doc, new RegExp(`^# ${id}：`), `${id}: title`);
    assert.match(doc, /## 错误示例/, `${id}: wrong example`);
    assert.match(doc, /## 正确示例/, `${id}: right example`);
  }
});

test(
  'rule ids and default severities are exactly those of RULES.md',
  { skip: !existsSync(SPEC) && 'RULES.md not present' },
  () => {
    const spec = readFileSync(SPEC, 'utf8');
    const rows = new Map<string, string>();
    for (const m of spec.matchAll(/^\| `([a-z0-9-]+)` \| (error|warning|info|hint) \|/gm))
      rows.set(m[1], m[2]);
    for (const r of RULES)
      assert.equal(rows.get(r.id), r.severity, `${r.id} is in RULES.md with severity ${r.severity}`);
    const ids = new Set(RULES.map((r) => r.id));
    const implemented = new Set(allRuleIds());
    for (const id of rows.keys()) assert.ok(implemented.has(id), `${id} of RULES.md is implemented`);
    assert.equal(ids.size, RULES.length, 'no rule is registered twice');
  },
);
