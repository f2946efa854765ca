import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

test('the .vsix holds the bundles, schemas, grammar, docs and translations, and no node_modules', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'jixiao-vsix-')), 'jixiao.vsix');
  const vsce = join(ROOT, 'node_modules', '.bin', 'vsce');
  const r = spawnSync(
    vsce,
    ['package', '--no-dependencies', '--no-rewrite-relative-links', '--allow-missing-repository', '-o', out],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  assert.equal(r.status, 0, r.stderr + r.stdout);
  const ls = spawnSync(vsce, ['ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' }).stdout.split('\n');
  for (const f of [
    'dist/extension.js',
    'dist/server.js',
    'dist/cli.js',
    'schemas/budget.schema.json',
    'syntaxes/budget-yaml.tmLanguage.json',
    'docs/rules/cost-total-mismatch.md',
    'package.nls.json',
    'package.nls.zh-cn.json',
    'package.nls.en.json',
    'l10n/bundle.l10n.en.json',
  ]) {
    assert.ok(ls.includes(f), `${f} is packaged`);
  }
  assert.ok(!ls.some((f) => f.startsWith('node_modules/')), 'no node_modules in the package');
  // The %key% placeholders of the manifest resolve to the Chinese default in the packaged manifest.
  const manifest = spawnSync('unzip', ['-p', out, 'extension.vsixmanifest'], { encoding: 'utf8' }).stdout;
  assert.match(manifest, /<DisplayName>Jixiao 绩效 — 部门预算检查<\/DisplayName>/);
});
