import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

// The TextMate grammar as package.json contributes it, checked by vscode-tmgrammar-test against
// the scope assertions in test/grammar/*.budget.yaml (columns count characters, not display width).
const root = join(__dirname, '..', '..');
const tool = join(root, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');
const spec = join(__dirname, 'budget.budget.yaml');

function run(file: string) {
  return spawnSync(process.execPath, [tool, file], { cwd: root, encoding: 'utf8' });
}

test('the grammar gives every asserted token its scope', () => {
  const r = run(spec);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /run successfuly/);
});

test('a wrong scope assertion fails (the check can fail)', () => {
  const broken = readFileSync(spec, 'utf8').replace(
    'constant.other.code.budget-yaml',
    'constant.numeric.amount.budget-yaml',
  );
  const file = join(mkdtempSync(join(tmpdir(), 'jixiao-grammar-')), 'broken.budget.yaml');
  writeFileSync(file, broken);
  const r = run(file);
  assert.notEqual(r.status, 0);
  assert.match(r.stdout, /missing required scopes: constant\.numeric\.amount\.budget-yaml/);
});
