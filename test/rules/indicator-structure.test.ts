import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixWorks, check, draftWith, findings, GOOD_PROJECT, lineOf } from '../helpers';

const GOOD = draftWith(GOOD_PROJECT);

test('level1-unknown: a 一级 outside the catalog; aliases are fine', () => {
  const text = draftWith(GOOD_PROJECT.replace('效益指标:', '投入指标:'));
  const [f] = findings(text, 'level1-unknown');
  assert.ok(f);
  assert.match(f.message, /“投入指标”不在指标体系中/);
  assert.deepEqual(findings(draftWith(GOOD_PROJECT.replace('效益指标:', '效果指标:')), 'level1-unknown'), []);
  assert.deepEqual(findings(GOOD, 'level1-unknown'), []);
});

test('level2-invalid: 成本指标 under 产出指标 is moved under the 一级 成本指标 by its fix', () => {
  const text = draftWith(
    GOOD_PROJECT.replace(
      '            医保政策宣传场次: ≥2场次\n',
      '            医保政策宣传场次: ≥2场次\n          社会成本指标:\n            社会成本: 无\n',
    ),
  );
  const [f] = findings(text, 'level2-invalid');
  assert.ok(f);
  assert.match(f.message, /“社会成本指标”不能放在“产出指标”下，它属于“成本指标”/);
  assert.equal(f.range.start.line, lineOf(text, '社会成本指标:'));
  const fixed = assertFixWorks(text, 'level2-invalid');
  assert.match(
    fixed,
    /经济成本指标:\n {12}总成本: ≤44\.36万元\n {10}社会成本指标:\n {12}社会成本: 无\n {8}产出指标:/,
  );
});

test('level2-invalid: silent in profile 2015 for 成本指标 under 产出指标', () => {
  const text = draftWith(
    GOOD_PROJECT.replace(/ {8}成本指标:\n {10}经济成本指标:\n(.*\n)/, '').replace(
      '            医保政策宣传场次: ≥2场次\n',
      '            医保政策宣传场次: ≥2场次\n          成本指标:\n            总成本: ≤44.36万元\n',
    ),
  );
  assert.deepEqual(findings(text, 'level2-invalid', { profile: 2015 }), []);
  // Under 2021 this one-project draft is wholly in the 2015 layout: one profile-mismatch instead.
  assert.equal(findings(text, 'profile-mismatch').length, 1);
  assert.deepEqual(findings(text, 'level2-invalid'), []);
});

test('level2-empty: a blank 二级 is reported and removed by its fix', () => {
  const text = draftWith(
    GOOD_PROJECT.replace(
      '            总成本: ≤44.36万元\n',
      '            总成本: ≤44.36万元\n          社会成本指标:\n          生态环境成本指标:\n',
    ),
  );
  const f = findings(text, 'level2-empty');
  assert.deepEqual(
    f.map((x) => x.path.split('.').pop()),
    ['社会成本指标', '生态环境成本指标'],
  );
  const fixed = assertFixWorks(text, 'level2-empty');
  assert.ok(!fixed.includes('社会成本指标:'));
  assert.deepEqual(findings(GOOD, 'level2-empty'), []);
});

test('level2-empty: an empty 满意度指标 is satisfaction-missing’s one finding, not a removal too', () => {
  const text = draftWith(GOOD_PROJECT.replace(/( {10}服务对象满意度指标:)\n.*\n/, '$1\n'));
  assert.deepEqual(
    check(text).findings.map((f) => `${f.rule} ${f.path}`),
    ['satisfaction-missing 项目[0].绩效目标.指标.满意度指标'],
  );
});

test('indicator-duplicate: one name under two 二级', () => {
  const text = draftWith(GOOD_PROJECT.replace('减轻参保患者看病就医负担', '医保政策宣传场次'));
  const [f] = findings(text, 'indicator-duplicate');
  assert.ok(f);
  assert.match(f.message, /已在“产出指标 › 数量指标”下出现/);
  assert.deepEqual(findings(GOOD, 'indicator-duplicate'), []);
});

test('placeholder-text: XX, 待定, and the "0 等 1 个" of the Zaozhuang seed', () => {
  const text = draftWith(GOOD_PROJECT.replace('组织实施医疗保障工作', '拟对 0 等 1 个项目开展绩效评价'));
  const [f] = findings(text, 'placeholder-text');
  assert.ok(f);
  assert.match(f.message, /0 等 1 个/);
  assert.equal(findings(draftWith(GOOD_PROJECT.replace('有所减轻', 'XX')), 'placeholder-text').length, 1);
  assert.deepEqual(findings(GOOD, 'placeholder-text'), []);
});
