import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../server/src/engine/engine';
import { ParseCache } from '../../server/src/engine/yaml/chunks';
import {
  applyFix,
  assertFixWorks,
  check,
  draftWith,
  findings,
  fixture,
  GOOD_PROJECT,
  lineOf,
} from '../helpers';

/** A project in the older template: 成本指标 under 产出指标, 满意度 under 效益指标. */
const OLD = (name: string, amount: string, cost: string, satisfaction: string) => `  - 名称: ${name}
    类别: 其他运转类
    金额: ${amount}
    绩效目标:
      总体目标: 完成${name}
      指标:
        产出指标:
          数量指标:
            维护道路面积: ≥20万平方米
          成本指标:
            项目金额: ${cost}
        效益指标:
          社会效益指标:
            道路通行条件: 有效改善
          服务对象满意度指标:
            满意度: ${satisfaction}
`;

const rules = (text: string, config?: Parameters<typeof check>[1]) =>
  check(text, config).findings.map((f) => `${f.rule} @ ${f.path}`);

test('cost-operator finds a 成本指标 under 产出指标 and reports at the indicator', () => {
  const text = draftWith(OLD('道路维护经费', '5', '5万元', '≥90%'));
  const [f] = findings(text, 'cost-operator');
  assert.ok(f, rules(text).join('\n'));
  assert.equal(f.path, '项目[0].绩效目标.指标.产出指标.成本指标.项目金额');
  assert.equal(f.range.start.line, lineOf(text, '项目金额: 5万元'));
  assert.match(f.message, /成本指标“项目金额”5万元 没有写运算符；成本指标是控制上限，应写为 ≤5万元/);
  assert.equal(findings(text, 'cost-operator', { profile: 2015 }).length, 1, 'the same in profile 2015');
  assert.match(assertFixWorks(text, 'cost-operator'), /项目金额: ≤5万元/);
});

test('cost-total-mismatch and cost-exceeds-budget follow a misplaced 成本指标 too', () => {
  const text = draftWith(OLD('道路维护经费', '5', '≤8万元', '≥90%'));
  const [total] = findings(text, 'cost-total-mismatch');
  assert.ok(total);
  assert.equal(total.path, '项目[0].绩效目标.指标.产出指标.成本指标.项目金额');
  assert.match(total.message, /项目金额 ≤8万元，但项目“道路维护经费”年度预算资金总额为5万元（多3万元）/);
  assert.equal(findings(text, 'cost-exceeds-budget').length, 0, 'the total is cost-total-mismatch’s, once');
});

test('satisfaction-value finds 满意度 under 效益指标 (and by name elsewhere) and reports at the indicator', () => {
  const text = draftWith(OLD('道路维护经费', '5', '≤5万元', '90%'));
  const [f] = findings(text, 'satisfaction-value');
  assert.ok(f);
  assert.equal(f.path, '项目[0].绩效目标.指标.效益指标.服务对象满意度指标.满意度');
  assert.equal(f.range.start.line, lineOf(text, '满意度: 90%'));
  assert.match(f.message, /满意度指标“满意度” 90% 缺少“≥”；满意度是下限目标，应写为 ≥90%/);
  assert.match(assertFixWorks(text, 'satisfaction-value'), /满意度: ≥90%/);

  // A 满意度 三级 written under 社会效益指标: checked when it is a percentage, silent when qualitative.
  const byName = draftWith(GOOD_PROJECT.replace('减轻参保患者看病就医负担: 有所减轻', '群众满意度: 70%'));
  const [low] = findings(byName, 'satisfaction-value');
  assert.ok(low);
  assert.match(low.message, /“群众满意度” 70% 缺少“≥”，且低于最低要求 80%/);
  const words = draftWith(GOOD_PROJECT.replace('减轻参保患者看病就医负担: 有所减轻', '群众满意度: 明显提升'));
  assert.deepEqual(findings(words, 'satisfaction-value'), []);
});

test('rate-direction and percent-range see rates in misplaced 二级', () => {
  const text = draftWith(OLD('道路维护经费', '5', '≤5万元', '≤95%'));
  const [f] = findings(text, 'rate-direction');
  assert.ok(f);
  assert.equal(f.path, '项目[0].绩效目标.指标.效益指标.服务对象满意度指标.满意度');
  assert.deepEqual(findings(text, 'satisfaction-value'), [], 'the upper bound is reported once');
  const over = draftWith(OLD('道路维护经费', '5', '≤5万元', '≥105%'));
  assert.equal(
    findings(over, 'percent-range')[0]?.path,
    '项目[0].绩效目标.指标.效益指标.服务对象满意度指标.满意度',
  );
});

test('one misplacement, one finding: level2-invalid with its move; no level1-missing, no satisfaction-missing', () => {
  // Two projects, the second in the 2021 layout: the draft is mixed, so each misplacement is reported.
  const text = draftWith(OLD('道路维护经费', '5', '≤5万元', '≥90%') + GOOD_PROJECT);
  const all = check(text).findings;
  assert.deepEqual(
    all.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.rule} @ ${f.path}`),
    [
      'level2-invalid @ 项目[0].绩效目标.指标.产出指标.成本指标',
      'level2-invalid @ 项目[0].绩效目标.指标.效益指标.服务对象满意度指标',
    ],
  );
  const [cost, sat] = all.filter((f) => f.rule === 'level2-invalid');
  assert.match(cost.message, /二级指标“成本指标”不能放在“产出指标”下，它是一级指标/);
  assert.match(sat.message, /“服务对象满意度指标”不能放在“效益指标”下，它属于“满意度指标”/);
  // Each move creates its 一级 and leaves nothing behind.
  let fixed = applyFix(text, cost.fixes[0]);
  fixed = applyFix(fixed, check(fixed).findings.find((f) => f.rule === 'level2-invalid')!.fixes[0]);
  assert.deepEqual(
    check(fixed).findings.filter((f) => f.severity !== 'info' && f.severity !== 'hint'),
    [],
    fixed,
  );
  assert.match(fixed, / {8}成本指标:\n {10}经济成本指标:\n {12}项目金额: ≤5万元\n {8}满意度指标:\n/);
});

test('a misplaced satisfaction 二级 moves under an existing 满意度指标 › 服务对象满意度指标', () => {
  const text = draftWith(
    GOOD_PROJECT.replace(
      '            减轻参保患者看病就医负担: 有所减轻\n',
      '            减轻参保患者看病就医负担: 有所减轻\n          满意度:\n            窗口服务满意度: ≥95%\n',
    ),
  );
  const [f] = findings(text, 'level2-invalid');
  assert.ok(f);
  assert.deepEqual(findings(text, 'satisfaction-missing'), []);
  const fixed = assertFixWorks(text, 'level2-invalid');
  assert.match(
    fixed,
    /服务对象满意度指标:\n {12}人民群众对医疗救助工作满意度: ≥90%\n {12}窗口服务满意度: ≥95%\n/,
  );
});

test('an empty misplaced 二级 is one finding, removed by a safe fix', () => {
  const text = draftWith(
    GOOD_PROJECT.replace(
      '            医保政策宣传场次: ≥2场次\n',
      '            医保政策宣传场次: ≥2场次\n          成本指标:\n',
    ),
  );
  const at = lineOf(text, '          成本指标:');
  const there = check(text).findings.filter((f) => f.range.start.line === at);
  assert.deepEqual(
    there.map((f) => f.rule),
    ['level2-invalid'],
  );
  assert.match(there[0].message, /该行没有三级指标，应删除/);
  assert.equal(there[0].fixes[0].kind, 'safe');
  const fixed = assertFixWorks(text, 'level2-invalid');
  assert.equal(fixed, draftWith(GOOD_PROJECT));
});

test('the blank template rows of every project are removed by safe fixes (fix-all)', () => {
  const blank = GOOD_PROJECT.replace(
    '            总成本: ≤44.36万元\n',
    '            总成本: ≤44.36万元\n          社会成本指标:\n          生态环境成本指标:\n',
  );
  const text = draftWith(blank + blank.replace('医疗保障工作经费', '医疗保障宣传经费'));
  const empties = findings(text, 'level2-empty');
  assert.equal(empties.length, 4);
  assert.ok(empties.every((f) => f.fixes.length === 1 && f.fixes[0].kind === 'safe'));
  // Applying every safe fix at once (what fix-all does) leaves the two good projects.
  const edits = empties.flatMap((f) => f.fixes[0].edits);
  const fixed = applyFix(text, { title: 'all', edits });
  assert.equal(fixed, draftWith(GOOD_PROJECT + GOOD_PROJECT.replace('医疗保障工作经费', '医疗保障宣传经费')));
});

test('the Zaozhuang seed: no line carries both level2-invalid and level2-empty', () => {
  const found = check(fixture('zaozhuang-shizhong-2026.budget.yaml')).findings;
  const lines = new Map<number, string[]>();
  for (const f of found) lines.set(f.range.start.line, [...(lines.get(f.range.start.line) ?? []), f.rule]);
  const both = [...lines].filter(([, r]) => r.includes('level2-invalid') && r.includes('level2-empty'));
  assert.deepEqual(both, []);
  const invalid = found.filter((f) => f.rule === 'level2-invalid');
  assert.equal(invalid.length, 8);
  assert.ok(invalid.every((f) => f.fixes[0]?.kind === 'safe'));
  assert.deepEqual(
    found.filter((f) => f.rule === 'profile-mismatch'),
    [],
    'a blank leftover next to a 一级 成本指标 is not the 2015 layout',
  );
});

test('profile-mismatch: a draft wholly in the 2015 layout is one finding, with two suggestion fixes', () => {
  const text = draftWith(
    OLD('道路维护经费', '5', '≤5万元', '≥90%') + OLD('路灯维护经费', '8', '≤8万元', '≥95%'),
  );
  const all = check(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
  assert.deepEqual(
    all.map((f) => `${f.rule} @ ${f.path}`),
    ['profile-mismatch @ 项目[0].绩效目标.指标.产出指标.成本指标'],
  );
  const [f] = all;
  assert.equal(f.severity, 'warning');
  assert.equal(f.range.start.line, lineOf(text, '          成本指标:'));
  assert.match(
    f.message,
    /全稿2个项目均按2015年口径（财预〔2015〕88号）填写绩效指标：成本指标写在产出指标下、服务对象满意度指标写在效益指标下/,
  );
  assert.equal(f.fixes.length, 2);
  assert.ok(
    f.fixes.every((x) => x.kind === 'suggestion'),
    'both are suggestions',
  );

  // 1: the whole draft converted: nothing left to report.
  const converted = applyFix(text, f.fixes[0]);
  assert.deepEqual(
    check(converted).findings.filter((x) => x.severity !== 'info' && x.severity !== 'hint'),
    [],
    converted,
  );
  assert.equal((converted.match(/^ {8}成本指标:\n {10}经济成本指标:\n/gm) ?? []).length, 2);
  assert.equal((converted.match(/^ {8}满意度指标:\n {10}服务对象满意度指标:\n/gm) ?? []).length, 2);

  // 2: a file-wide comment naming the setting; once profile 2015 is set it is reported unused.
  const accepted = applyFix(text, f.fixes[1]);
  assert.match(accepted, /^# 绩效检查-忽略-文件 profile-mismatch: .*profile: 2015/);
  assert.deepEqual(
    rules(accepted).filter((r) => !r.startsWith('qualitative')),
    [],
  );
  assert.deepEqual(
    check(accepted, { profile: 2015 }).findings.map((x) => x.rule),
    ['suppression-unused'],
  );

  // With profile 2015 the draft is right as it is.
  assert.deepEqual(
    check(text, { profile: 2015 }).findings.filter((x) => x.severity !== 'info' && x.severity !== 'hint'),
    [],
  );
});

test('profile-mismatch: silent for a mixed draft, and other misplacements are still reported', () => {
  const mixed = draftWith(OLD('道路维护经费', '5', '≤5万元', '≥90%') + GOOD_PROJECT);
  assert.deepEqual(findings(mixed, 'profile-mismatch'), []);
  const other = draftWith(
    OLD('道路维护经费', '5', '≤5万元', '≥90%').replace('          社会效益指标:', '          数量指标:'),
  );
  assert.equal(findings(other, 'profile-mismatch').length, 1);
  assert.deepEqual(
    findings(other, 'level2-invalid').map((f) => f.path),
    ['项目[0].绩效目标.指标.效益指标.数量指标'],
  );
  assert.deepEqual(findings(draftWith(GOOD_PROJECT), 'profile-mismatch'), []);
});

test('the 2015 spelling 社会公众或服务对象满意度指标 and the Anhui 满意度指标 › 满意度指标 are satisfaction 二级', () => {
  const anhui = draftWith(GOOD_PROJECT.replace('          服务对象满意度指标:\n', '          满意度指标:\n'));
  assert.deepEqual(rules(anhui), []);
  const old = draftWith(
    OLD('道路维护经费', '5', '≤5万元', '90%').replace('服务对象满意度指标:', '社会公众或服务对象满意度指标:'),
  );
  assert.equal(
    findings(old, 'satisfaction-value')[0]?.path,
    '项目[0].绩效目标.指标.效益指标.社会公众或服务对象满意度指标.满意度',
  );
  assert.deepEqual(findings(old, 'satisfaction-missing'), []);
  assert.deepEqual(
    check(old, { profile: 2015 }).findings.map((f) => f.rule),
    ['satisfaction-value'],
  );
});

test('the layout verdict follows edits through the edit cache (a per-project finding depends on the whole draft)', () => {
  const cache = new ParseCache();
  const two = draftWith(
    OLD('道路维护经费', '5', '≤5万元', '≥90%') + OLD('路灯维护经费', '8', '≤8万元', '≥95%'),
  );
  const rulesOf = (text: string) => checkText(text, { cache }).findings.map((f) => `${f.rule} @ ${f.path}`);
  assert.deepEqual(rulesOf(two), ['profile-mismatch @ 项目[0].绩效目标.指标.产出指标.成本指标']);
  // The second project moves to the 2021 layout: the first one's misplacements are its own again.
  const mixed = two.replace(OLD('路灯维护经费', '8', '≤8万元', '≥95%'), GOOD_PROJECT);
  assert.notEqual(mixed, two);
  const fresh = checkText(mixed).findings.map((f) => `${f.rule} @ ${f.path}`);
  assert.deepEqual(rulesOf(mixed), fresh);
  assert.ok(fresh.includes('level2-invalid @ 项目[0].绩效目标.指标.产出指标.成本指标'), fresh.join('\n'));
  assert.deepEqual(rulesOf(two), ['profile-mismatch @ 项目[0].绩效目标.指标.产出指标.成本指标']);
});

test('a cost written among the 产出指标 by its name is checked too; rates and savings are not costs', () => {
  const text = draftWith(
    OLD('道路维护经费', '5', '≤5万元', '≥90%').replace(
      '          成本指标:\n            项目金额: ≤5万元\n',
      '          质量指标:\n            项目成本: 5万元\n            成本节约率: ≥5%\n',
    ),
  );
  const [f] = findings(text, 'cost-operator');
  assert.ok(f, rules(text).join('\n'));
  assert.equal(f.path, '项目[0].绩效目标.指标.产出指标.质量指标.项目成本');
  assert.equal(findings(text, 'cost-operator').length, 1);
  // The missing 一级 成本指标 is one finding, at the cost that belongs there, moved by its fix.
  const [missing] = findings(text, 'level1-missing');
  assert.equal(missing.path, '项目[0].绩效目标.指标.产出指标.质量指标.项目成本');
  assert.match(
    missing.message,
    /成本指标“项目成本”写在“产出指标 › 质量指标”下；应设一级指标“成本指标”并放在其下/,
  );
  // The draft then has a 一级 成本指标: no longer wholly 2015, so its 满意度 under 效益指标 is level2-invalid.
  const moved = assertFixWorks(text, 'level1-missing', ['level2-invalid']);
  assert.match(moved, / {8}成本指标:\n {10}经济成本指标:\n {12}项目成本: 5万元/);
});

test('a 服务对象满意度指标 under 产出指标 joins the existing one: its 三级 are merged, no duplicate key', () => {
  const text = draftWith(
    GOOD_PROJECT.replace(
      '            医保政策宣传场次: ≥2场次\n',
      '            医保政策宣传场次: ≥2场次\n          服务对象满意度指标:\n            参保群众满意度: ≥92%\n',
    ),
  );
  const [f] = findings(text, 'level2-invalid');
  assert.ok(f);
  assert.match(f.fixes[0].title, /移到“满意度指标 › 服务对象满意度指标”下/);
  const fixed = assertFixWorks(text, 'level2-invalid');
  assert.match(
    fixed,
    /服务对象满意度指标:\n {12}人民群众对医疗救助工作满意度: ≥90%\n {12}参保群众满意度: ≥92%\n/,
  );
  assert.equal((fixed.match(/服务对象满意度指标:/g) ?? []).length, 1);
});

test('satisfaction-missing: a 满意度 三级 under 社会效益指标 is reported once, at it, and moved by its fix', () => {
  const text = draftWith(
    GOOD_PROJECT.replace(/ {8}满意度指标:\n.*\n.*\n/, '').replace(
      '            减轻参保患者看病就医负担: 有所减轻\n',
      '            减轻参保患者看病就医负担: 有所减轻\n            群众满意度: ≥90%\n',
    ),
  );
  const all = check(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
  assert.deepEqual(
    all.map((f) => `${f.rule} @ ${f.path}`),
    ['satisfaction-missing @ 项目[0].绩效目标.指标.效益指标.社会效益指标.群众满意度'],
  );
  assert.match(all[0].message, /满意度指标“群众满意度”写在“效益指标 › 社会效益指标”下/);
  assert.equal(all[0].range.start.line, lineOf(text, '群众满意度'));
  const fixed = assertFixWorks(text, 'satisfaction-missing');
  assert.match(fixed, / {8}满意度指标:\n {10}服务对象满意度指标:\n {12}群众满意度: ≥90%/);
});

test('a misplaced 二级 beside an existing one of its name: empty, it is removed; with a value, no safe fix deletes the value', () => {
  // 数量指标 also under 效益指标, where 产出指标 already has one: the move would merge into it.
  const withLevel2 = (value: string) =>
    draftWith(
      GOOD_PROJECT.replace(
        '            减轻参保患者看病就医负担: 有所减轻\n',
        `            减轻参保患者看病就医负担: 有所减轻\n          数量指标:${value}\n`,
      ),
    );
  const empty = withLevel2('');
  assert.ok(findings(empty, 'level2-invalid')[0]?.fixes.length, 'an empty duplicate 二级 has a fix');
  const removed = assertFixWorks(empty, 'level2-invalid');
  assert.equal((removed.match(/数量指标:/g) ?? []).length, 1);

  const valued = withLevel2(' 完成全年任务');
  const [f] = findings(valued, 'level2-invalid');
  assert.ok(f, 'the misplaced 二级 is still reported');
  const deleting = f.fixes.filter(
    (x) => x.kind === 'safe' && x.edits.some((e) => valued.slice(e.start, e.end).includes('完成全年任务')),
  );
  assert.deepEqual(deleting, []);
});
