import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { load } from 'js-yaml';

const ROOT = join(__dirname, '..', '..');

/** Relative link targets of a Markdown file (no web links, no in-page anchors). */
function relativeLinks(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1].split('#')[0])
    .filter((l) => l && !/^[a-z]+:/i.test(l));
}

test('every relative link of the README and of docs/format.md resolves, inside the packaged .vsix too', () => {
  const packaged = new Set(
    spawnSync(join(ROOT, 'node_modules', '.bin', 'vsce'), ['ls', '--no-dependencies'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).stdout.split('\n'),
  );
  assert.ok(packaged.has('README.md'));
  const links = [
    ...relativeLinks('README.md').map((l) => normalize(l)),
    ...relativeLinks('docs/format.md').map((l) => normalize(join('docs', l))),
  ];
  assert.ok(links.length > 40, `${links.length} links`);
  for (const l of links) {
    const path = l.replace(/\/$/, '');
    assert.ok(existsSync(join(ROOT, path)), `${l} exists`);
    // A folder link works when the folder's files are packaged; a file link when the file is.
    const inPackage = statSync(join(ROOT, path)).isDirectory()
      ? [...packaged].some((f) => f.startsWith(path + '/'))
      : packaged.has(path);
    assert.ok(inPackage, `${l} is in the .vsix`);
  }
  // No link leaves the repository (the spec files outside it are not shipped).
  assert.ok(!links.some((l) => l.startsWith('..')), links.filter((l) => l.startsWith('..')).join());
});

test('the pre-commit hook runs the package’s own command, which `npm pack` ships', () => {
  const hooks = load(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as {
    id: string;
    entry: string;
    language: string;
    files: string;
  }[];
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    bin: Record<string, string>;
    scripts: Record<string, string>;
    engines: { node: string };
  };
  assert.equal(hooks[0].id, 'jixiao');
  assert.equal(hooks[0].language, 'node');
  const command = hooks[0].entry.split(' ')[0];
  assert.ok(pkg.bin[command], `${command} is a bin of the package`);
  const packed = JSON.parse(
    spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' })
      .stdout,
  ) as { files: { path: string }[] }[];
  const files = packed[0].files.map((f) => f.path);
  assert.ok(files.includes(pkg.bin[command]), `the bin is packed: ${files.slice(0, 8).join()}`);
  assert.ok(files.includes('docs/format.md') && files.includes('docs/rules/schema.md'));
  assert.ok(!files.some((f) => f.startsWith('server/') || f.startsWith('test/')), 'only what runs is packed');
  assert.match(pkg.scripts.prepare, /build/, 'installing from git builds dist/ first');
  assert.ok(new RegExp(hooks[0].files).test('drafts/济南.budget.yaml'));
  assert.ok(!new RegExp(hooks[0].files).test('README.md'));
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  assert.ok(!readme.includes('npx jixiao check'), 'no recipe relies on an unpublished package');
});

test('Node: every installed dependency runs on the Node version the package requires', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
  const min = Number(/>=\s*(\d+)/.exec(pkg.engines.node)![1]);
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { engines?: { node?: string } }>;
  };
  const tooNew: string[] = [];
  for (const [name, p] of Object.entries(lock.packages)) {
    const want = p.engines?.node;
    // A `>=N` floor above ours (ranges with `||` that admit ours are fine).
    const floor = want && !want.includes('||') ? /^>=\s*(\d+)/.exec(want.trim()) : null;
    if (floor && Number(floor[1]) > min) tooNew.push(`${name} ${want}`);
  }
  assert.deepEqual(tooNew, []);
});
