import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDraft } from '../../bench/generate';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const FIXTURES = join(__dirname, '..', 'fixtures');

function run(args: string[], cwd: string, threads: string) {
  assert.ok(existsSync(CLI), 'run `npm run build` first');
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, JIXIAO_THREADS: threads },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Twelve drafts (enough for workers): generated ones, a real budget with defects, a broken one. */
function directory(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-par-'));
  mkdirSync(join(dir, 'drafts'));
  for (let i = 0; i < 10; i++)
    writeFileSync(join(dir, 'drafts', `d${i}.budget.yaml`), generateDraft(20 + i, i + 1));
  copyFileSync(join(FIXTURES, 'zhaoyuan-2024.budget.yaml'), join(dir, 'drafts', 'z.budget.yaml'));
  writeFileSync(join(dir, 'drafts', 'zz.budget.yaml'), '格式: 部门预算/1\n部门: [\n');
  return dir;
}

test('checking a directory on worker threads prints exactly what one thread prints, in the same order', () => {
  const dir = directory();
  for (const format of ['json', 'text', 'sarif']) {
    const one = run(['check', 'drafts', '--format', format, '--no-color'], dir, '1');
    const two = run(['check', 'drafts', '--format', format, '--no-color'], dir, '2');
    assert.equal(two.code, one.code);
    assert.equal(two.out, one.out, format);
    assert.equal(two.err, one.err);
  }
  const json = JSON.parse(run(['check', 'drafts', '--format', 'json'], dir, '2').out) as {
    file: string;
    rule: string;
  }[];
  // The broken draft and the real budget's defects are there, files in path order.
  assert.ok(json.some((f) => f.file.endsWith('zz.budget.yaml') && f.rule === 'yaml-syntax'));
  assert.ok(json.some((f) => f.file.endsWith('z.budget.yaml') && f.rule === 'project-name-amount'));
  const files = json.map((f) => f.file);
  assert.deepEqual(files, [...files].sort());
  assert.equal(run(['check', 'drafts'], dir, '2').code, 1);
});

test('exit codes through workers: 2 when a configuration file is broken, as without them', () => {
  const dir = directory();
  writeFileSync(join(dir, 'drafts', '.jixiao.yaml'), 'rules: [\n');
  const one = run(['check', 'drafts'], dir, '1');
  const two = run(['check', 'drafts'], dir, '3');
  assert.equal(one.code, 2);
  assert.equal(two.code, 2);
  assert.equal(two.err, one.err);
});
