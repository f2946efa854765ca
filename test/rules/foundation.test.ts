import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixWorks, check, draftWith, findings, GOOD_PROJECT, lineOf } from '../helpers';

test('a complete, correct draft has no errors or warnings', () => {
  const f = check(draftWith(GOOD_PROJECT)).findings.filter(
    (x) => x.severity === 'error' || x.severity === 'warning',
  );
  assert.deepEqual(f, []);
});

test('yaml-syntax: a value starting with > is explained and quoted by its fix', () => {
  const text = draftWith(GOOD_PROJECT.replace('≥2场次', '>40万人'));
  const [f] = findings(text, 'yaml-syntax');
  assert.ok(f);
  assert.match(f.message, /“>40万人”以“>”开头/);
  assert.equal(f.range.start.line, lineOf(text, '>40万人'));
  const fixed = assertFixWorks(text, 'yaml-syntax');
  assert.match(fixed, /医保政策宣传场次: ">40万人"/);
});

test('yaml-syntax: bad indentation is reported in Chinese with its line, other projects still checked', () => {
  const second = GOOD_PROJECT.replace('医疗保障工作经费', '第二个').replace('满意度指标:\n', '');
  const broken = GOOD_PROJECT.replace('    金额: 44.36', '    金额: 44.36\n   坏: 1');
  const text = draftWith(broken + second.replace(/ {10}服务对象满意度指标:\n.*\n/, ''));
  const syntax = findings(text, 'yaml-syntax');
  assert.equal(syntax.length, 1);
  assert.match(syntax[0].message, /缩进/);
  assert.match(syntax[0].message, new RegExp(`第${lineOf(text, '坏: 1') + 1}行`));
  assert.equal(findings(text, 'satisfaction-missing').length, 1, 'the second project is still checked');
});

test('yaml-syntax: a syntax error is reported once, not again by schema as an empty project or a missing key', () => {
  const inProject = draftWith(GOOD_PROJECT.replace('≥2场次', '>40万'));
  assert.deepEqual(
    check(inProject).findings.map((f) => f.rule),
    ['yaml-syntax'],
  );
  const inHeader = '格式: 部门预算/1\n部门: @测试局\n预算年度: 2026\n项目:\n' + GOOD_PROJECT;
  assert.deepEqual(
    check(inHeader).findings.map((f) => `${f.rule} ${f.range.start.line}`),
    ['yaml-syntax 1'],
  );
  // A key that is really missing is still reported, syntax error elsewhere or not.
  const missing = '格式: 部门预算/1\n预算年度: 2026\n收入: { 一般公共预算: @1 }\n项目:\n' + GOOD_PROJECT;
  assert.deepEqual(
    check(missing)
      .findings.map((f) => f.rule)
      .sort(),
    ['schema', 'yaml-syntax'],
  );
  assert.match(findings(missing, 'schema')[0].message, /缺少必填的“部门”/);
});

test('yaml-syntax: silent on valid YAML', () => {
  assert.deepEqual(findings(draftWith(GOOD_PROJECT), 'yaml-syntax'), []);
});

test('duplicate-key: a repeated indicator is reported at its second occurrence', () => {
  const text = draftWith(
    GOOD_PROJECT.replace(
      '            医保政策宣传场次: ≥2场次\n',
      '            医保政策宣传场次: ≥2场次\n            医保政策宣传场次: ≥4场次\n',
    ),
  );
  const f = findings(text, 'duplicate-key');
  assert.equal(f.length, 1);
  assert.equal(f[0].range.start.line, lineOf(text, '医保政策宣传场次: ≥4场次'));
  assert.equal(f[0].path, '项目[0].绩效目标.指标.产出指标.数量指标.医保政策宣传场次');
  assert.deepEqual(findings(draftWith(GOOD_PROJECT), 'duplicate-key'), []);
});

test('amount-format: a string amount is reported and rewritten as a number', () => {
  const text = draftWith(GOOD_PROJECT.replace('金额: 44.36', '金额: "1,751.54"'));
  const [f] = findings(text, 'amount-format');
  assert.ok(f);
  assert.match(f.message, /1751\.54/);
  const fixed = assertFixWorks(text, 'amount-format', ['cost-total-mismatch']);
  assert.match(fixed, /金额: 1751\.54\n/);
});

test('amount-format: more than two decimals in 万元 is a warning; 元 files are exempt', () => {
  assert.equal(
    findings(draftWith(GOOD_PROJECT.replace('金额: 44.36', '金额: 44.365')), 'amount-format').length,
    1,
  );
  assert.deepEqual(findings(draftWith(GOOD_PROJECT), 'amount-format'), []);
  const yuan = draftWith(GOOD_PROJECT.replace('金额: 44.36', '金额: 443600.125'), '金额单位: 元\n');
  assert.deepEqual(findings(yuan, 'amount-format'), []);
});

test('satisfaction-missing: fires without 满意度指标, and its fix inserts one', () => {
  const text = draftWith(GOOD_PROJECT.replace(/ {8}满意度指标:\n.*\n.*\n/, ''));
  const [f] = findings(text, 'satisfaction-missing');
  assert.ok(f);
  assert.match(f.message, /医疗保障工作经费/);
  const fixed = assertFixWorks(text, 'satisfaction-missing');
  assert.match(fixed, /满意度指标:\n {10}服务对象满意度指标:\n {12}服务对象满意度: ≥90%/);
  assert.deepEqual(findings(draftWith(GOOD_PROJECT), 'satisfaction-missing'), []);
});

test('satisfaction-missing: a 满意度指标 with no 三级指标 fires; the threshold follows the config', () => {
  const text = draftWith(GOOD_PROJECT.replace('            人民群众对医疗救助工作满意度: ≥90%\n', ''));
  assert.equal(findings(text, 'satisfaction-missing').length, 1);
  const fixed = assertFixWorks(text, 'satisfaction-missing', [], { satisfaction: { minimum: 95 } });
  assert.match(fixed, /服务对象满意度: ≥95%/);
});

test('level1-missing: each missing 一级 is reported on its own, with a skeleton fix', () => {
  const text = draftWith(
    GOOD_PROJECT.replace(/ {8}成本指标:\n.*\n.*\n/, '').replace(/ {8}效益指标:\n.*\n.*\n/, ''),
  );
  const f = findings(text, 'level1-missing');
  assert.deepEqual(f.map((x) => /一级指标“(.+?)”/.exec(x.message)![1]).sort(), ['成本指标', '效益指标']);
  const fixed = assertFixWorks(text, 'level1-missing', ['placeholder-text']);
  assert.match(fixed, /成本指标:\n {10}经济成本指标:\n {12}总成本: ≤44\.36万元/);
  assert.deepEqual(findings(draftWith(GOOD_PROJECT), 'level1-missing'), []);
});

test('level1-missing: aliases count (效果指标 = 效益指标), and profile 2015 does not require a 一级 成本指标', () => {
  const alias = draftWith(GOOD_PROJECT.replace('效益指标:', '效果指标:'));
  assert.deepEqual(findings(alias, 'level1-missing'), []);
  const old = draftWith(GOOD_PROJECT.replace(/ {8}成本指标:\n.*\n.*\n/, ''));
  assert.deepEqual(findings(old, 'level1-missing', { profile: 2015 }), []);
});
