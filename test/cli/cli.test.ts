import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { draftWith, GOOD_PROJECT } from '../helpers';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

function run(args: string[], cwd: string) {
  assert.ok(existsSync(CLI), 'run `npm run build` first');
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-cli-'));
  writeFileSync(join(dir, 'good.budget.yaml'), draftWith(GOOD_PROJECT));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(
    join(dir, 'sub', 'bad.budget.yaml'),
    draftWith(GOOD_PROJECT.replace('≤44.36万元', '≤270万元')),
  );
  writeFileSync(join(dir, 'notes.yaml'), 'a: 1\n');
  return dir;
}

test('exit 0 on a clean draft, 1 on errors, 2 on usage or input errors', () => {
  const dir = workspace();
  assert.equal(run(['check', 'good.budget.yaml'], dir).code, 0);
  assert.equal(run(['check', 'sub/bad.budget.yaml'], dir).code, 1);
  assert.equal(run(['check', 'missing.budget.yaml'], dir).code, 2);
  assert.equal(run(['check', '--format', 'xml', 'good.budget.yaml'], dir).code, 2);
  assert.equal(run(['frobnicate'], dir).code, 2);
  const empty = mkdtempSync(join(tmpdir(), 'jixiao-empty-'));
  const none = run(['check', '.'], empty);
  assert.equal(none.code, 2);
  assert.match(none.err, /没有找到/);
});

test('a directory means every *.budget.yaml below it; globs work', () => {
  const dir = workspace();
  const r = run(['check', '.'], dir);
  assert.match(r.out, /检查了 2 个文件/);
  assert.match(r.out, /^sub\/bad\.budget\.yaml:\d+:\d+ error cost-total-mismatch 总成本 ≤270万元/m);
  assert.match(run(['check', '**/*.budget.yaml'], dir).out, /检查了 2 个文件/);
});

test('a directory also means any YAML file whose first key is 格式: 部门预算/1 (FORMAT.md), and no other', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-first-key-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(
    join(dir, 'sub', 'plain.yaml'),
    '# 济南\n' + draftWith(GOOD_PROJECT.replace('≤44.36万元', '≤270万元')),
  );
  writeFileSync(join(dir, 'other.yml'), draftWith(GOOD_PROJECT));
  writeFileSync(join(dir, 'notes.yaml'), 'a: 1\n格式: 部门预算/1\n');
  writeFileSync(join(dir, '.jixiao.yaml'), 'rules:\n  qualitative-only: off\n');
  const r = run(['check', '.'], dir);
  assert.match(r.out, /检查了 2 个文件/);
  assert.match(r.out, /^sub\/plain\.yaml:\d+:\d+ error cost-total-mismatch /m);
  assert.doesNotMatch(r.out, /notes\.yaml|jixiao\.yaml/);
  assert.equal(r.code, 1);
});

test('--format json prints the RULES.md shape with zero-based LSP positions', () => {
  const dir = workspace();
  const r = run(['check', '--format', 'json', 'sub/bad.budget.yaml'], dir);
  const arr = JSON.parse(r.out) as Record<string, unknown>[];
  const f = arr.find((x) => x.rule === 'cost-total-mismatch')!;
  assert.deepEqual(Object.keys(f).sort(), ['file', 'fixes', 'message', 'path', 'range', 'rule', 'severity']);
  assert.equal(f.file, 'sub/bad.budget.yaml');
  assert.equal(f.path, '项目[0].绩效目标.指标.成本指标.经济成本指标.总成本');
  assert.deepEqual(f.range, { start: { line: 12, character: 17 }, end: { line: 12, character: 23 } });
  const fixes = f.fixes as { title: string; edits: { range: unknown; newText: string }[]; kind: string }[];
  assert.equal(fixes[0].edits[0].newText, '≤44.36万元');
  // Setting an amount is a judgment: fix-all must not apply it.
  assert.equal(fixes[0].kind, 'suggestion');
});

test('--format sarif prints SARIF 2.1.0', () => {
  const dir = workspace();
  const sarif = JSON.parse(run(['check', '--format', 'sarif', '.'], dir).out);
  assert.equal(sarif.version, '2.1.0');
  const res = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'cost-total-mismatch');
  assert.equal(res.level, 'error');
  assert.equal(res.locations[0].physicalLocation.region.startLine, 13);
  assert.ok(sarif.runs[0].tool.driver.rules.some((r: { id: string }) => r.id === 'cost-total-mismatch'));
});

test('.jixiao.yaml is found walking up; a bad one is a usage error', () => {
  const dir = workspace();
  writeFileSync(join(dir, '.jixiao.yaml'), 'rules:\n  cost-total-mismatch: warning\n');
  const r = run(['check', 'sub/bad.budget.yaml'], dir);
  assert.equal(r.code, 0);
  assert.match(r.out, /warning cost-total-mismatch/);
  writeFileSync(join(dir, '.jixiao.yaml'), 'rules:\n  no-such-rule: off\n');
  const bad = run(['check', 'sub/bad.budget.yaml'], dir);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /配置文件/);
});

test('report and tables say what is wrong with a bad configuration, and exit 2', () => {
  const dir = workspace();
  writeFileSync(join(dir, '.jixiao.yaml'), 'rules:\n  no-such-rule: off\n');
  for (const args of [
    ['tables', 'good.budget.yaml'],
    ['report', 'good.budget.yaml', '-o', join(dir, 'r.html')],
  ]) {
    const r = run(args, dir);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.err, /^jixiao: .*配置文件/, args.join(' '));
    assert.doesNotMatch(r.err, /at .*\.js:\d+/, 'no stack trace');
  }
});

test('tables prints the published tables as markdown and json', () => {
  const dir = workspace();
  const md = run(['tables', 'good.budget.yaml', '--format', 'md'], dir);
  assert.equal(md.code, 0);
  assert.match(md.out, /## 项目支出表[\s\S]*\| 医疗保障工作经费 \| 其他运转类 \| 44\.36 \| 44\.36 \| {2}\|/);
  const json = JSON.parse(run(['tables', 'good.budget.yaml', '--format', 'json'], dir).out);
  assert.ok(json.tables.some((t: { name: string }) => t.name === '三公经费表'));
});
