import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedFiles, ROOT, ruleModules } from '../../scripts/generate-rule-meta';
import { RULES } from '../../server/src/engine/rules';

test('the files generated from the rule metadata are up to date (else run `npm run generate`)', () => {
  const files = generatedFiles();
  assert.ok(
    files.size > RULES.length,
    'a doc page per rule, plus the schema, package.json, README, registry',
  );
  for (const [path, content] of files)
    assert.equal(
      readFileSync(join(ROOT, path), 'utf8'),
      content,
      `${path} is stale: run \`npm run generate\``,
    );
});

test('every rule module is registered, with metadata that agrees with its place', () => {
  const modules = ruleModules();
  assert.deepEqual(
    modules.map((m) => m.rule.id),
    RULES.map((r) => r.id),
  );
  for (const { rule } of modules) {
    assert.ok(
      rule.description.length > 4 && /[\u4e00-\u9fff]/.test(rule.description),
      `${rule.id}: description`,
    );
    assert.ok(['none', 'safe', 'suggestion', 'both'].includes(rule.fixable), `${rule.id}: fixable`);
  }
});
