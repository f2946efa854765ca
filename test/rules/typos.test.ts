import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, check, draftWith, GOOD_PROJECT, lineOf } from '../helpers';

/**
 * A misspelt key is one defect: one finding at the key, with "did you mean" as a fix — safe when
 * exactly one name is near (fix-all may apply it), a choice when several are — and the fix,
 * applied, leaves the draft clean.
 */
const CASES: [string, string, string, string][] = [
  // [rule, the right line, the typo, the finding's path]
  ['level1-unknown', '        满意度指标:', '        满意度指表:', '项目[0].绩效目标.指标.满意度指表'],
  ['level1-unknown', '        产出指标:', '        产出指表:', '项目[0].绩效目标.指标.产出指表'],
  ['level2-invalid', '          数量指标:', '          数量指表:', '项目[0].绩效目标.指标.产出指标.数量指表'],
  ['schema', '    金额: 44.36', '    金顿: 44.36', '项目[0].金顿'],
  ['schema', '      总体目标: 组织', '      总体木标: 组织', '项目[0].绩效目标.总体木标'],
];

test('a typo in a key: one finding, one safe fix, clean once applied', () => {
  assert.deepEqual(check(draftWith(GOOD_PROJECT)).findings, [], 'the draft is clean before the typo');
  for (const [rule, right, typo, path] of CASES) {
    const text = draftWith(GOOD_PROJECT.replace(right, typo));
    const findings = check(text).findings;
    assert.equal(findings.length, 1, `${typo.trim()}: ${JSON.stringify(findings.map((f) => f.message))}`);
    const [f] = findings;
    assert.equal(f.rule, rule);
    assert.equal(f.path, path);
    assert.equal(f.range.start.line, lineOf(text, typo));
    const name = right.trim().split(':')[0];
    assert.deepEqual(
      f.fixes.map((x) => [x.title, x.kind]),
      [[`改为“${name}”`, 'safe']],
    );
    const fixed = applyFix(text, f.fixes[0]);
    assert.equal(fixed, draftWith(GOOD_PROJECT));
    assert.deepEqual(check(fixed).findings, []);
  }
});

test('满意度指表: the message says what is wrong, and satisfaction-missing stays silent', () => {
  const text = draftWith(GOOD_PROJECT.replace('满意度指标:', '满意度指表:'));
  const [f] = check(text).findings;
  assert.equal(
    f.message,
    '一级指标“满意度指表”不在指标体系中；应为：成本指标、产出指标、效益指标、满意度指标',
  );
  // Without the typo's key the project really lacks its 满意度指标: reported as missing.
  const without = draftWith(GOOD_PROJECT.replace(/ {8}满意度指标:\n.*\n.*\n/, ''));
  assert.deepEqual(
    check(without).findings.map((x) => x.rule),
    ['satisfaction-missing'],
  );
});

test('several near names: each offered, none safe; a name the mapping has is not offered', () => {
  // 预算 at the top: 预算年度 and 预算单位 are equally near.
  const text = draftWith(GOOD_PROJECT).replace('预算年度: 2026\n', '预算年度: 2026\n预算: 1\n');
  const f = check(text).findings.find((x) => x.rule === 'schema')!;
  assert.match(f.message, /未知的键“预算”/);
  assert.deepEqual(
    f.fixes.map((x) => [x.title, x.kind]),
    [['改为“预算单位”', 'suggestion']],
    '预算年度 is already there: renaming to it would make a duplicate key',
  );
  const both = draftWith(GOOD_PROJECT).replace('预算年度: 2026\n', '预算: 2026\n');
  const g = check(both).findings.find((x) => x.rule === 'schema' && x.path === '预算')!;
  assert.deepEqual(
    g.fixes.map((x) => x.kind),
    ['suggestion', 'suggestion'],
  );
  // No near name at all: no fix, the message lists what may stand there.
  const far = check(
    draftWith(GOOD_PROJECT.replace('    类别: 其他运转类\n', '    类别: 其他运转类\n    指: 1\n')),
  );
  const h = far.findings.find((x) => x.rule === 'schema')!;
  assert.deepEqual(h.fixes, []);
  assert.match(h.message, /此处可用的键有/);
});
