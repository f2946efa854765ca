import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../../server/src/engine/config';
import { codeLenses } from '../../server/src/services/lenses';
import { check, draftWith, fixture, GOOD_PROJECT, lineOf } from '../helpers';

const EXAMPLE = readFileSync(join(__dirname, '..', '..', 'examples', 'lixia-yibao-2026.budget.yaml'), 'utf8');

function titles(text: string, config?: Partial<Config>): { line: number; title: string }[] {
  return codeLenses(check(text, config)).map((l) => ({ line: l.range.start.line, title: l.command!.title }));
}

function withDetails(amounts: string[]): string {
  const lines = amounts.map((a, i) => `      - { 内容: 第${i + 1}项支出, 金额: ${a} }`).join('\n');
  return draftWith(GOOD_PROJECT.replace('    绩效目标:', `    明细:\n${lines}\n    绩效目标:`));
}

test('a seed without 明细 gets one lens per project, over its 名称, with the four 一级 present', () => {
  const text = fixture('jinan-lixia-2026.budget.yaml');
  const lenses = titles(text);
  assert.equal(lenses.length, 8);
  assert.ok(lenses.every((l) => l.title === '成本 ✓ 产出 ✓ 效益 ✓ 满意度 ✓'));
  assert.equal(lenses[3].line, lineOf(text, '名称: 城乡居民医保政府资助缴费'));
});

test('projects with 明细 get the Σ明细 lens with the amounts as written', () => {
  const lenses = titles(EXAMPLE);
  const at = (name: string) => lenses.filter((l) => l.line === lineOf(EXAMPLE, `名称: ${name}`));
  assert.deepEqual(
    at('医保窗口服务经费').map((l) => l.title),
    ['Σ明细 225.00 = 金额 225.00 ✓', '成本 ✓ 产出 ✓ 效益 ✓ 满意度 ✓'],
  );
  assert.deepEqual(
    at('医保工作服务经费').map((l) => l.title),
    ['Σ明细 80.00 = 金额 80.00 ✓', '成本 ✓ 产出 ✓ 效益 ✓ 满意度 ✓'],
  );
  // 城乡居民医保政府资助缴费 has no 明细 in the example: no Σ lens.
  assert.deepEqual(
    at('城乡居民医保政府资助缴费').map((l) => l.title),
    ['成本 ✓ 产出 ✓ 效益 ✓ 满意度 ✓'],
  );
});

test('a 明细 sum that misses 金额 shows the difference', () => {
  assert.equal(titles(withDetails(['40.00', '5.00']))[0].title, 'Σ明细 45.00 ≠ 金额 44.36 ✗ 差 0.64');
  assert.equal(titles(withDetails(['40.00', '4.36']))[0].title, 'Σ明细 44.36 = 金额 44.36 ✓');
});

test('a rounding difference fails when exact and passes, marked, under the rounding tolerance', () => {
  const text = withDetails(['22.18', '22.17']);
  assert.equal(titles(text)[0].title, 'Σ明细 44.35 ≠ 金额 44.36 ✗ 差 0.01');
  assert.equal(titles(text, { tolerance: 'rounding' })[0].title, 'Σ明细 44.35 ≈ 金额 44.36 ✓ 尾差 0.01');
});

test('a 明细 without 金额, or a project without 金额, is said plainly', () => {
  const missing = draftWith(
    GOOD_PROJECT.replace(
      '    绩效目标:',
      '    明细:\n      - { 内容: 甲, 金额: 4 }\n      - { 内容: 乙 }\n    绩效目标:',
    ),
  );
  assert.equal(titles(missing)[0].title, 'Σ明细 ?（2 条明细中有未填写金额的）');
  const noAmount = withDetails(['40.00', '4.36']).replace('    金额: 44.36\n', '');
  assert.equal(titles(noAmount)[0].title, 'Σ明细 44.36，金额未填写');
});

test('a missing 一级 is marked ✗', () => {
  const noSatisfaction = GOOD_PROJECT.replace(
    '        满意度指标:\n          服务对象满意度指标:\n            人民群众对医疗救助工作满意度: ≥90%\n',
    '',
  );
  assert.notEqual(noSatisfaction, GOOD_PROJECT);
  assert.deepEqual(titles(draftWith(noSatisfaction)), [
    { line: lineOf(draftWith(noSatisfaction), '名称:'), title: '成本 ✓ 产出 ✓ 效益 ✓ 满意度 ✗' },
  ]);
  const noCost = GOOD_PROJECT.replace(
    '        成本指标:\n          经济成本指标:\n            总成本: ≤44.36万元\n',
    '',
  );
  assert.equal(titles(draftWith(noCost))[0].title, '成本 ✗ 产出 ✓ 效益 ✓ 满意度 ✓');
  const noGoals = draftWith('  - 名称: 空项目\n    金额: 1\n');
  assert.equal(titles(noGoals)[0].title, '绩效指标未填写');
});

test('in the 2015 layout, 成本 is found as a 二级 under 产出', () => {
  const p2015 = GOOD_PROJECT.replace(
    '        成本指标:\n          经济成本指标:\n            总成本: ≤44.36万元\n        产出指标:\n',
    '        产出指标:\n          成本指标:\n            总成本: ≤44.36万元\n',
  );
  assert.notEqual(p2015, GOOD_PROJECT);
  assert.equal(titles(draftWith(p2015), { profile: 2015 })[0].title, '成本 ✓ 产出 ✓ 效益 ✓ 满意度 ✓');
  // Under 2021 the costs are there too, misplaced: the lens shows what is present, as level1-missing
  // does; where they belong is profile-mismatch's (or level2-invalid's) finding.
  assert.equal(titles(draftWith(p2015), { profile: 2021 })[0].title, '成本 ✓ 产出 ✓ 效益 ✓ 满意度 ✓');
  const none = p2015.replace('          成本指标:\n            总成本: ≤44.36万元\n', '');
  assert.notEqual(none, p2015);
  assert.equal(titles(draftWith(none), { profile: 2021 })[0].title, '成本 ✗ 产出 ✓ 效益 ✓ 满意度 ✓');
});

test('lenses carry an inert command, so clicking them does nothing', () => {
  for (const l of codeLenses(check(EXAMPLE))) assert.equal(l.command?.command, '');
});

test('half-typed projects still get lenses and never throw', () => {
  const lines = EXAMPLE.split('\n');
  for (let n = 88; n < 200; n += 3)
    codeLenses(check(lines.slice(0, n).join('\n') + '\n' + lines[n].slice(0, 7)));
  assert.deepEqual(titles('项目:\n  - 名称:\n  -\n  - 金额: x'), [
    { line: 1, title: '绩效指标未填写' },
    // An empty item (`-`) is not a project.
    { line: 3, title: '绩效指标未填写' },
  ]);
});
